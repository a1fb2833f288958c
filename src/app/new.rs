//! `baocao new`: a unit's draft (Markdown or Word), and its blank Excel appendix if
//! asked, never over an existing file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::campaign::Campaign;
use crate::cli::NewArgs;
use crate::diagnostic::fatal::Fatal;

use super::settings::{Session, campaign_dir, opened};
use super::write_stdout;

pub fn new(args: &NewArgs, session: &Session) -> anyhow::Result<ExitCode> {
    session.choose_lang(args.lang);
    let starts: Vec<PathBuf> = args.output.iter().cloned().collect();
    let dir = campaign_dir(args.outline.as_deref(), &starts);
    let campaign = crate::read::campaign::open(dir.as_deref())?;
    let lang = opened(session, &campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    let Some(roster) = &campaign.roster else {
        let path = crate::read::display(&dir.unwrap_or_else(|| PathBuf::from("outline")).join("units.yaml"));
        return Err(Fatal::new(
            format!("không có danh sách đơn vị ({path}): lệnh `new` lấy tên và loại đơn vị từ đó; hãy tạo tệp này hoặc chỉ ra thư mục chiến dịch bằng --outline"),
            format!("no roster ({path}): `new` fills the front matter from it; create it, or name the campaign folder with --outline"),
        )
        .into());
    };
    let Some(unit) = roster.get(&args.unit) else {
        let (vi_hint, en_hint) = crate::diagnostic::fatal::did_you_mean(roster.suggest(&args.unit));
        let unit = &args.unit;
        return Err(Fatal::new(
            format!("mã đơn vị “{unit}” không có trong danh sách đơn vị{vi_hint}; mã phân biệt chữ hoa, chữ thường (xem `baocao outline`)"),
            format!("unit code “{unit}” is not in the roster{en_hint}; codes are case-sensitive (see `baocao outline`)"),
        )
        .into());
    };
    let extension = match args.format {
        crate::cli::DraftFormat::Md => "md",
        crate::cli::DraftFormat::Docx => "docx",
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| format!("{}.{extension}", unit.code.to_lowercase()).into());
    let shown = crate::read::display(&path);
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Fatal::new(
            format!("tệp “{shown}” đã có: bản nháp không bao giờ bị ghi đè; hãy đổi tên hoặc xoá tệp cũ, hoặc chọn tên khác bằng -o"),
            format!("“{shown}” already exists: a draft is never overwritten; rename or remove it, or choose another name with -o"),
        )
        .into());
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
        let folder = crate::read::display(parent);
        return Err(Fatal::new(
            format!("chưa có thư mục “{folder}” để ghi “{shown}”: hãy tạo thư mục trước, hoặc chọn chỗ khác bằng -o"),
            format!(
                "there is no folder “{folder}” to write “{shown}” in: create it first, or choose another place with -o"
            ),
        )
        .into());
    }
    let day = args.as_of.unwrap_or_else(|| session.env.today(&campaign));
    let appendix = blank_appendix(args, &campaign, unit, &path, day)?;
    let bytes = match args.format {
        crate::cli::DraftFormat::Md => crate::output::draft::draft(&campaign.outline, unit, day).into_bytes(),
        crate::cli::DraftFormat::Docx => crate::output::docx::draft(&campaign.outline, unit, day)?,
    };
    crate::write::write_new(&path, &bytes)?;
    write_stdout(&format!("{} {shown}\n", lang.pick("Đã tạo", "Created")))?;
    if let Some((beside, bytes)) = appendix {
        crate::write::write_new(&beside, &bytes)?;
        write_stdout(&format!(
            "{} {}\n",
            lang.pick("Đã tạo", "Created"),
            crate::read::display(&beside)
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The unit's blank appendix asked for with `--appendix`, and where it goes (beside the
/// draft, `x.xlsx` next to `x.md`). Made and its place checked before the draft is
/// written: a refused workbook leaves no draft behind to refuse the next try.
fn blank_appendix(
    args: &NewArgs,
    campaign: &Campaign,
    unit: &crate::campaign::roster::Unit,
    draft: &Path,
    day: jiff::civil::Date,
) -> anyhow::Result<Option<(std::path::PathBuf, Vec<u8>)>> {
    let Some(crate::cli::AppendixFormat::Xlsx) = args.appendix else {
        return Ok(None);
    };
    let beside = draft.with_extension("xlsx");
    if std::fs::symlink_metadata(&beside).is_ok() {
        let shown = crate::read::display(&beside);
        return Err(Fatal::new(
            format!("tệp “{shown}” đã có: biểu số liệu không bao giờ bị ghi đè; hãy đổi tên hoặc xoá tệp cũ, hoặc chọn tên khác bằng -o"),
            format!("“{shown}” already exists: an appendix is never overwritten; rename or remove it, or choose another name with -o"),
        )
        .into());
    }
    let bytes = crate::output::xlsx::blank_appendix(&campaign.outline, unit, day)
        .map_err(|e| anyhow::anyhow!("cannot make the Excel workbook: {e}"))?;
    Ok(Some((beside, bytes)))
}
