"""What probe44's reports share: probe43's common parts (its r43_common.py, loaded, not
copied: probe42's subject, header lines, appendix rows, the usual body writer) and a few
helpers of this set: the Party header table, the usual closing and signature, figures
split over the years 2015-2025."""
import importlib.util as _util
import pathlib as _pathlib

_spec = _util.spec_from_file_location(
    "r43_common", _pathlib.Path(__file__).resolve().parents[2] / "probe43" / "gen" / "r43_common.py")
_c43 = _util.module_from_spec(_spec)
_spec.loader.exec_module(_c43)
globals().update({k: v for k, v in vars(_c43).items() if not k.startswith("__")})

YEARS = list(range(2015, 2026))


def party_header(R, body, number, place_date, superior="ĐẢNG BỘ TỈNH NGHỆ AN", leak=None):
    """The Party header block as a borderless two-column table (36-HD/VPTW)."""
    R.header([([(superior, False, False), (body, True, False), ("*", False, False),
                (f"Số {number}", False, False)],
               [PARTY, ("", False, False), (place_date, False, True)])],
             leak=leak if leak is not None else [number, place_date.split(" năm")[0]])


def closing(R, text, leak):
    R.app(text, leak=leak)


def split_years(total, weights):
    """`total` split over 11 years in proportion to weights, the rounding put on the last
    year, so that the years add up to the total exactly."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[-1] += total - sum(parts)
    assert sum(parts) == total and all(p >= 0 for p in parts), (total, parts)
    return parts
