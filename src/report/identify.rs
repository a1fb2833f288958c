//! Which roster unit a name written in a report is: `ĐẢNG ỦY PHƯỜNG VINH PHÚ`,
//! `ĐU phường Vinh Phú`, `UBND TỈNH NGHỆ AN / SỞ Y TẾ`. Names are folded (NFC, case,
//! tone placement, then without diacritics), the abbreviations units use are spelled
//! out from a table, and the roster's `aliases` count as names. A match must be exact
//! after that, or the roster name must stand whole inside the written one (`HỘI NÔNG
//! DÂN TỈNH NGHỆ AN` is `Hội Nông dân tỉnh`). Two units that fit equally are never
//! chosen between: the caller reports them.

use rayon::prelude::*;

use crate::campaign::roster::{Roster, Unit};
use crate::text::fold::{bare, fold_name, strip_diacritics};

/// Abbreviations in unit names and what they stand for, folded. Data, not code: a
/// campaign's new abbreviation is a new row. Keys are single words as written
/// (`nn&mt`, `ct-xh` keep their `&` and `-`).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("đu", "đảng ủy"),
    ("đuk", "đảng ủy khối"),
    ("bch", "ban chấp hành"),
    ("btv", "ban thường vụ"),
    ("ubnd", "ủy ban nhân dân"),
    // `UB MTTQ VIỆT NAM`: a committee, whichever.
    ("ub", "ủy ban"),
    ("bdv", "ban dân vận"),
    ("vp", "văn phòng"),
    ("đtn", "đoàn thanh niên"),
    ("hđnd", "hội đồng nhân dân"),
    ("mttq", "mặt trận tổ quốc"),
    ("ubmttq", "ủy ban mặt trận tổ quốc"),
    ("ct-xh", "chính trị xã hội"),
    ("ctxh", "chính trị xã hội"),
    ("nn&mt", "nông nghiệp và môi trường"),
    ("nn-mt", "nông nghiệp và môi trường"),
    ("nnmt", "nông nghiệp và môi trường"),
    ("nn&ptnt", "nông nghiệp và phát triển nông thôn"),
    ("tn&mt", "tài nguyên và môi trường"),
    ("gd&đt", "giáo dục và đào tạo"),
    ("gdđt", "giáo dục và đào tạo"),
    ("kh&cn", "khoa học và công nghệ"),
    ("khcn", "khoa học và công nghệ"),
    ("kh&đt", "kế hoạch và đầu tư"),
    ("vh,tt&dl", "văn hóa thể thao và du lịch"),
    ("vhtt&dl", "văn hóa thể thao và du lịch"),
    ("vhttdl", "văn hóa thể thao và du lịch"),
    ("lđtb&xh", "lao động thương binh và xã hội"),
    ("gtvt", "giao thông vận tải"),
    ("tt&tt", "thông tin và truyền thông"),
    ("lđlđ", "liên đoàn lao động"),
    ("lhpn", "liên hiệp phụ nữ"),
    ("hlhpn", "hội liên hiệp phụ nữ"),
    ("hnd", "hội nông dân"),
    ("hccb", "hội cựu chiến binh"),
    ("ubkt", "ủy ban kiểm tra"),
    ("tg&dv", "tuyên giáo và dân vận"),
    ("tgdv", "tuyên giáo và dân vận"),
    ("ccb", "cựu chiến binh"),
    ("tncs", "thanh niên cộng sản"),
    ("hcm", "hồ chí minh"),
    ("bchqs", "ban chỉ huy quân sự"),
    // A commune's kind cut short in a header (`ĐẢNG ỦY P. VINH PHÚ`, `UBND TX. HOÀNG MAI`;
    // `TP` is below); not `TT`, which is a centre (`TT Y tế`) as often as a township.
    ("p", "phường"),
    ("x", "xã"),
    ("tx", "thị xã"),
    ("vn", "việt nam"),
    ("tp", "thành phố"),
    ("tw", "trung ương"),
];

/// Longer ways of writing a name that mean the same body, folded: the Party
/// committee's executive committee is the Party committee.
pub const EQUIVALENTS: &[(&str, &str)] = &[
    ("ban chấp hành đảng bộ", "đảng ủy"),
    // `BCH ĐOÀN TỈNH NGHỆ AN`: the province's Youth Union committee is the Tỉnh đoàn.
    ("ban chấp hành đoàn tỉnh", "tỉnh đoàn"),
    ("ban chấp hành tỉnh đoàn", "tỉnh đoàn"),
    ("ban thường vụ đảng ủy", "đảng ủy"),
    ("đảng bộ", "đảng ủy"),
    // `TỈNH HỘI NÔNG DÂN NGHỆ AN`: the provincial association, named as the roster does.
    ("tỉnh hội nông dân", "hội nông dân tỉnh"),
    ("tỉnh hội cựu chiến binh", "hội cựu chiến binh tỉnh"),
    ("tỉnh hội liên hiệp phụ nữ", "hội liên hiệp phụ nữ tỉnh"),
    ("tỉnh hội phụ nữ", "hội liên hiệp phụ nữ tỉnh"),
    ("tỉnh hội chữ thập đỏ", "hội chữ thập đỏ tỉnh"),
];

/// Words dropped before comparing: `và` and `&` come and go between spellings.
const DROPPED: &[&str] = &["và", "&", "-"];

/// The result of looking a written name up in the roster.
#[derive(Debug)]
pub enum Identified<'r> {
    Unit(&'r Unit),
    /// Several units fit equally: listed, never chosen between.
    Ambiguous(Vec<&'r Unit>),
    /// None fits: the closest names, best first.
    Unknown(Vec<&'r Unit>),
}

/// `text` with the keys of a Vietnamese keyboard taken out of its words typed in plain
/// letters, or `None` when no word holds any: VNI's digits after letters (`D9A3NG` is
/// `DANG`), Telex's doubled letters and `w` (`dd`, `aa`, `ow`, `uw`: `d`, `a`, `o`, `u`) and
/// its tone keys — `f`, `j`, `z`, which no Vietnamese word has, and `s`, `r`, `x` after a
/// vowel, where no Vietnamese syllable has them (`DDARNG` is `DANG`, `UYR` is `UY`).
/// What is left has no diacritics, and is compared as such.
fn keys_undone(text: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            if !word.is_ascii() || !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
                return word.to_owned();
            }
            let lower = word.to_ascii_lowercase();
            let undone = if lower.bytes().any(|b| b.is_ascii_digit()) {
                lower.chars().filter(|c| !c.is_ascii_digit()).collect()
            } else {
                telex_undone(&lower)
            };
            changed |= undone != lower;
            undone
        })
        .collect();
    changed.then(|| words.join(" "))
}

fn telex_undone(word: &str) -> String {
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut seen_vowel = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let previous = out.chars().last();
        match c {
            'd' | 'a' | 'e' | 'o' if next == Some(c) => {
                out.push(c);
                i += 1;
            }
            'w' if previous.is_some_and(|p| matches!(p, 'a' | 'o' | 'u')) => {}
            'w' => out.push('u'),
            'f' | 'j' | 'z' => {}
            's' | 'r' | 'x' if seen_vowel => {}
            c => out.push(c),
        }
        seen_vowel |= is_vowel(c);
        i += 1;
    }
    out
}

/// A name as compared: words, folded, abbreviations spelled out.
/// The abbreviation and equivalence tables as `words` compares them, folded once: with
/// diacritics (index 0) and without (index 1). Folding them for every word of every name
/// was most of a national `check`.
struct FoldedTables {
    abbreviations: Vec<(String, String)>,
    /// ` long `, ` short `: whole words, padded for replacing inside a padded name.
    equivalents: Vec<(String, String)>,
    /// The first two words of each long form: a name holding none of them is left as it is.
    equivalent_starts: Vec<(String, String)>,
}

static FOLDED_TABLES: std::sync::LazyLock<[FoldedTables; 2]> = std::sync::LazyLock::new(|| {
    let table = |convert: fn(&str) -> String| FoldedTables {
        abbreviations: ABBREVIATIONS.iter().map(|(s, l)| (convert(s), convert(l))).collect(),
        equivalents: EQUIVALENTS
            .iter()
            .map(|(l, s)| (format!(" {} ", convert(l)), format!(" {} ", convert(s))))
            .collect(),
        equivalent_starts: EQUIVALENTS
            .iter()
            .filter_map(|(l, _)| {
                let mut words = l.split(' ').map(convert);
                Some((words.next()?, words.next()?))
            })
            .collect(),
    };
    [table(str::to_owned), table(strip_diacritics)]
});

fn words(text: &str, diacritics: bool) -> Vec<String> {
    let folded = if diacritics { fold_name(text) } else { bare(text) };
    // Slices of the folded text, not a string per word: every report's header names are
    // split here, each several times.
    let mut raw: Vec<&str> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in folded.char_indices() {
        // `&` and `-` inside a word are part of an abbreviation (`nn&mt`, `ct-xh`).
        if crate::text::is_alphanumeric(c) || (matches!(c, '&' | '-' | ',') && start.is_some()) {
            start.get_or_insert(i);
        } else {
            if let Some(from) = start.take() {
                raw.push(&folded[from..i]);
            }
            if c == '&' {
                raw.push("&");
            }
        }
    }
    if let Some(from) = start {
        raw.push(&folded[from..]);
    }
    let tables = &FOLDED_TABLES[usize::from(!diacritics)];
    let mut out: Vec<&str> = Vec::new();
    for word in raw {
        let word = word.trim_end_matches([',', '-', '&']);
        match tables.abbreviations.iter().find(|(short, _)| short == word) {
            Some((_, long)) => out.extend(long.split(' ')),
            None => {
                // A word with `,` or `-` inside that is no abbreviation is two words.
                out.extend(word.split([',', '-']).filter(|w| !w.is_empty()));
            }
        }
    }
    out.retain(|w| !w.is_empty() && !DROPPED.contains(w));
    // The country's name comes and goes in a national body's local name (`Ủy ban MTTQ Việt
    // Nam tỉnh Nghệ An`, `UBMTTQ tỉnh Nghệ An`, `Hội Liên hiệp Phụ nữ Việt Nam tỉnh`).
    let country: [&str; 2] = if diacritics { ["việt", "nam"] } else { ["viet", "nam"] };
    while let Some(at) = out.windows(2).position(|w| w == country) {
        out.drain(at..at + 2);
    }
    // Most names hold no long form's first two words: their words are final.
    let starts = |pair: &[&str]| {
        tables
            .equivalent_starts
            .iter()
            .any(|(a, b)| a == pair[0] && b == pair[1])
    };
    if !out.windows(2).any(starts) {
        return out.into_iter().map(str::to_owned).collect();
    }
    let mut joined = format!(" {} ", out.join(" "));
    for (long, short) in &tables.equivalents {
        // Most names hold none of them: searched for, not copied.
        if joined.contains(long.as_str()) {
            joined = joined.replace(long.as_str(), short);
        }
    }
    joined.split_whitespace().map(str::to_owned).collect()
}

/// The levels of a commune, folded: `xã`, `phường`, `thị trấn`, `đặc khu`.
const COMMUNE_LEVELS: &[&[&str]] = &[&["xã"], &["phường"], &["thị", "trấn"], &["đặc", "khu"]];

/// The commune a name is of, from its first commune level on (`đảng ủy xã quỳnh lưu` →
/// `xã quỳnh lưu`), at least one word of a place after the level. A `thị xã` is a town,
/// no commune.
fn commune_of(name: &[String]) -> Option<&[String]> {
    (0..name.len()).find_map(|at| {
        let town = at > 0 && name[at - 1] == "thị";
        COMMUNE_LEVELS.iter().find_map(|level| {
            let after = at + level.len();
            (name.len() > after
                && name[at..after].iter().zip(level.iter()).all(|(w, l)| w == l)
                && !(town && level == &["xã"]))
                .then(|| &name[at..])
        })
    })
}

/// The commune whose People's Committee a name is (`ủy ban nhân dân xã quỳnh lưu`, `ubnd`
/// spelled out already): its own words and nothing else before the commune.
fn commune_of_state_body(name: &[String]) -> Option<&[String]> {
    const STATE_BODY: [&str; 4] = ["ủy", "ban", "nhân", "dân"];
    let commune = commune_of(name)?;
    (name.len() - commune.len() == STATE_BODY.len() && name.iter().zip(STATE_BODY).all(|(w, b)| w == b))
        .then_some(commune)
}

/// Whether `needle` stands whole, word for word, inside `haystack`.
fn contains(haystack: &[String], needle: &[String]) -> bool {
    needle.len() >= 2 && haystack.windows(needle.len()).any(|w| w == needle)
}

/// A unit's names (the roster's and its aliases) as compared, with and without diacritics.
type Names = Vec<(Vec<String>, Vec<String>)>;

/// The roster's names, each unit's folded once for a run, when first compared.
pub struct Matcher<'r> {
    roster: &'r Roster,
    /// Per unit. Folded on demand: a report whose front matter gives its code is compared
    /// with its own unit only, so a national run folds each unit once, on the thread that
    /// reads its report, rather than the whole roster on one thread while the others wait.
    names: Vec<std::sync::OnceLock<Names>>,
}

impl<'r> Matcher<'r> {
    pub fn new(roster: &'r Roster) -> Self {
        let names = roster.units.iter().map(|_| std::sync::OnceLock::new()).collect();
        Matcher { roster, names }
    }

    /// The names of the roster's unit `index`.
    fn names(&self, index: usize) -> &Names {
        self.names[index].get_or_init(|| {
            let unit = &self.roster.units[index];
            std::iter::once(&unit.name)
                .chain(&unit.aliases)
                .map(|n| (words(n, true), words(n, false)))
                .collect()
        })
    }

    /// Whether one of `candidates` is `unit`'s name or an alias (or holds it whole), the
    /// common case of a report whose front matter names its unit: checked against that unit
    /// alone, not the whole roster.
    pub fn names_unit(&self, candidates: &[String], unit: &Unit) -> bool {
        let Some(index) = self.roster.index(&unit.code) else {
            return false;
        };
        // Most headers write the name as the roster does, in capitals: told by folding
        // alone (`words` splits the folded name, so equal folds are equal words), without
        // splitting every name into words, which was most of a national run's checks
        // across files.
        let folded: Vec<String> = std::iter::once(&unit.name)
            .chain(&unit.aliases)
            .map(|n| fold_name(n))
            .collect();
        if candidates.iter().any(|c| folded.contains(&fold_name(c))) {
            return true;
        }
        let names = self.names(index);
        candidates.iter().any(|c| {
            // Without diacritics only when the name is not there with them: a header
            // nearly always writes its unit's name as the roster does.
            let with = words(c, true);
            names.iter().any(|(w, _)| *w == with || contains(&with, w)) || {
                let without = words(c, false);
                names.iter().any(|(_, wo)| *wo == without || contains(&without, wo))
            }
        })
    }

    /// Looks `candidates` up, best first (the issuing body, then the whole block). A
    /// roster name found only inside the `superior` body is the superior, not the unit
    /// (a department's Party committee under `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH`).
    pub fn identify(&self, candidates: &[String], superior: Option<&str>) -> Identified<'r> {
        let superior = superior.map(|s| (words(s, true), words(s, false)));
        let in_superior = |name: &Vec<String>| {
            superior
                .as_ref()
                .is_some_and(|(with, without)| contains(with, name) || contains(without, name))
        };
        let forms: Vec<(Vec<String>, Vec<String>)> =
            candidates.iter().map(|c| (words(c, true), words(c, false))).collect();
        // Exact, with diacritics then without; then a roster name inside the written one.
        for diacritics in [true, false] {
            for form in &forms {
                let written = if diacritics { &form.0 } else { &form.1 };
                let hits = self.units_where(|name| name == written);
                if let Some(found) = self.decide(hits) {
                    return found;
                }
            }
        }
        for diacritics in [true, false] {
            for form in &forms {
                let written = if diacritics { &form.0 } else { &form.1 };
                let hits = self.units_where(|name| contains(written, name) && !in_superior(name));
                // Of two names inside, the longer one is the unit (`Đảng ủy Sở Y tế`
                // over `Sở Y tế`) when it holds the shorter.
                let hits = self.most_specific(hits, diacritics);
                if let Some(found) = self.decide(hits) {
                    return found;
                }
            }
        }
        // A commune's or ward's People's Committee reporting for it (`ỦY BAN NHÂN DÂN XÃ
        // QUỲNH LƯU`: a campaign on state bodies' work, drafted by the commune's state
        // body): the roster's one unit of that commune, two of them ambiguous.
        for form in &forms {
            let Some(commune) = commune_of_state_body(&form.0) else {
                continue;
            };
            if let Some(found) = self.decide(self.units_where(|name| commune_of(name) == Some(commune))) {
                return found;
            }
        }
        // Keys of a Vietnamese keyboard left in, its input method off (`DDARNG UYR` typed in
        // Telex, `D9A3NG U3Y` in VNI, for `ĐẢNG ỦY`): the name with them taken out, looked
        // up as a name without diacritics is. Last, as nothing else fits such a name.
        let keyed: Vec<Vec<String>> = candidates
            .iter()
            .filter_map(|c| keys_undone(c))
            .map(|c| words(&c, false))
            .collect();
        for exact in [true, false] {
            for written in &keyed {
                let hits = self.units_where(|name| {
                    if exact {
                        name == written
                    } else {
                        contains(written, name) && !in_superior(name)
                    }
                });
                let hits = if exact { hits } else { self.most_specific(hits, false) };
                if let Some(found) = self.decide(hits) {
                    return found;
                }
            }
        }
        // A written name that stands inside several roster names (`PHƯỜNG VINH`) is
        // ambiguous; else the closest names are offered.
        for form in &forms {
            let hits = self.units_where(|name| contains(name, &form.1));
            if hits.len() > 1 {
                return Identified::Ambiguous(hits.into_iter().map(|i| &self.roster.units[i]).collect());
            }
        }
        Identified::Unknown(self.closest(&forms))
    }

    /// The unit a file name points at, by [`file_name_agrees`]: a workbook's last hint.
    /// Where several agree (`So Y te` is every word of `Sở Y tế` and, Đảng ủy aside, of
    /// `Đảng ủy Sở Y tế`), the one whose every word the name holds wins, and of those the
    /// longest name; units still equal are ambiguous. `None` when no unit agrees.
    pub fn by_file_name(&self, path: &str) -> Option<Identified<'r>> {
        let agreeing: Vec<usize> = (0..self.roster.units.len())
            .filter(|&i| file_name_agrees(path, &self.roster.units[i]))
            .collect();
        if agreeing.len() < 2 {
            return self.decide(agreeing);
        }
        let tokens = file_name_tokens(path);
        let whole = |i: usize| {
            self.names(i)
                .iter()
                .filter(|(_, without)| without.iter().all(|w| tokens.contains(w)))
                .map(|(_, without)| without.len())
                .max()
        };
        let best = agreeing.iter().filter_map(|&i| whole(i)).max();
        let chosen: Vec<usize> = match best {
            Some(best) => agreeing.iter().copied().filter(|&i| whole(i) == Some(best)).collect(),
            None => agreeing,
        };
        self.decide(chosen)
    }

    /// The units one of whose names passes `test`, in roster order. The whole roster is
    /// looked through (its names folded, the first time) on every thread there is: a
    /// national roster takes milliseconds, which one thread would spend alone at the end
    /// of a run.
    fn units_where(&self, test: impl Fn(&Vec<String>) -> bool + Sync) -> Vec<usize> {
        (0..self.names.len())
            .into_par_iter()
            .filter(|&i| self.names(i).iter().any(|(with, without)| test(with) || test(without)))
            .collect()
    }

    fn most_specific(&self, hits: Vec<usize>, diacritics: bool) -> Vec<usize> {
        let longest = |i: usize| {
            self.names(i)
                .iter()
                .map(|(w, wo)| if diacritics { w.clone() } else { wo.clone() })
                .max_by_key(Vec::len)
                .unwrap_or_default()
        };
        hits.iter()
            .copied()
            .filter(|&i| {
                let mine = longest(i);
                !hits.iter().any(|&j| {
                    j != i && {
                        let other = longest(j);
                        other.len() > mine.len() && contains(&other, &mine)
                    }
                })
            })
            .collect()
    }

    fn decide(&self, hits: Vec<usize>) -> Option<Identified<'r>> {
        match hits.len() {
            0 => None,
            1 => Some(Identified::Unit(&self.roster.units[hits[0]])),
            _ => Some(Identified::Ambiguous(
                hits.into_iter().map(|i| &self.roster.units[i]).collect(),
            )),
        }
    }

    /// The three roster units whose names come closest (normalised Levenshtein on the
    /// folded names without diacritics).
    fn closest(&self, forms: &[(Vec<String>, Vec<String>)]) -> Vec<&'r Unit> {
        // Every unit is compared: the written names joined once, not once per unit.
        let written: Vec<String> = forms.iter().map(|(_, written)| written.join(" ")).collect();
        let mut scored: Vec<(f64, usize)> = (0..self.names.len())
            .into_par_iter()
            .map(|i| {
                let best = self
                    .names(i)
                    .iter()
                    .flat_map(|(_, name)| {
                        let name = name.join(" ");
                        written
                            .iter()
                            .map(move |written| strsim::normalized_levenshtein(written, &name))
                    })
                    .fold(0.0, f64::max);
                (best, i)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored
            .into_iter()
            .take(3)
            .filter(|(score, _)| *score > 0.0)
            .map(|(_, i)| &self.roster.units[i])
            .collect()
    }
}

/// Whether a file name points at a unit: its code, or every word of its name (without
/// diacritics) among the file name's words (`x004-hoang-mai`, `BC 114 - So Y te`).
/// Only ever a confirmation: a file name alone identifies nothing.
pub fn file_name_agrees(path: &str, unit: &Unit) -> bool {
    let tokens = file_name_tokens(path);
    if holds_code(&tokens, unit) {
        return true;
    }
    let name = words(&unit.name, false);
    let significant: Vec<&String> = name.iter().filter(|w| !matches!(w.as_str(), "dang" | "uy")).collect();
    !significant.is_empty() && significant.iter().all(|w| tokens.contains(w))
}

/// Whether a file name mentions a unit at all: its code, or two words of its name in a
/// row (`Do Luong - BC KL114 gui VPTU` mentions `Đảng ủy xã Đô Lương`, though it names
/// another unit too and leaves out `xã`).
pub fn file_name_mentions(path: &str, unit: &Unit) -> bool {
    let tokens = file_name_tokens(path);
    if holds_code(&tokens, unit) {
        return true;
    }
    let name = words(&unit.name, false);
    tokens
        .windows(2)
        .any(|pair| name.windows(2).any(|words| words == pair && words != ["dang", "uy"]))
}

/// Whether one of a file name's words is the unit's code.
fn holds_code(tokens: &[String], unit: &Unit) -> bool {
    let code = unit.code.to_lowercase();
    tokens.contains(&code)
}

/// The words of a file's name, folded without diacritics (`BC 114 - So Y te.docx`: `bc`,
/// `114`, `so`, `y`, `te`).
fn file_name_tokens(path: &str) -> Vec<String> {
    let stem = path.rsplit('/').next().unwrap_or(path);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    bare(stem)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roster(units: &[(&str, &str, &[&str])]) -> Roster {
        let mut text = String::from("units:\n");
        for (code, name, aliases) in units {
            text.push_str(&format!(
                "  - code: {code}\n    name: \"{name}\"\n    category: so-nganh\n"
            ));
            if !aliases.is_empty() {
                let list: Vec<String> = aliases.iter().map(|a| format!("\"{a}\"")).collect();
                text.push_str(&format!("    aliases: [{}]\n", list.join(", ")));
            }
        }
        Roster::parse(&text, "units.yaml", &crate::campaign::outline::Outline::builtin()).expect("valid roster")
    }

    fn code(found: Identified) -> String {
        match found {
            Identified::Unit(u) => u.code.clone(),
            Identified::Ambiguous(us) => {
                format!("?{}", us.iter().map(|u| u.code.as_str()).collect::<Vec<_>>().join(","))
            }
            Identified::Unknown(us) => format!("!{}", us.iter().map(|u| u.code.as_str()).collect::<Vec<_>>().join(",")),
        }
    }

    impl Matcher<'_> {
        fn identify_one(&self, candidates: &[String]) -> Identified<'_> {
            self.identify(candidates, None)
        }
    }

    #[test]
    fn a_name_without_a_long_form_keeps_its_words_and_one_with_it_is_shortened() {
        // Every long form is two words at least: the quick test looks for its first two.
        assert!(EQUIVALENTS.iter().all(|(long, _)| long.split(' ').count() >= 2));
        for diacritics in [true, false] {
            let folded = |s: &str| if diacritics { fold_name(s) } else { bare(s) };
            assert_eq!(
                words("Ban Tuyên giáo Tỉnh ủy", diacritics),
                folded("ban tuyên giáo tỉnh ủy").split(' ').collect::<Vec<_>>()
            );
            assert_eq!(
                words("BAN CHẤP HÀNH ĐẢNG BỘ XÃ ANH SƠN", diacritics),
                folded("đảng ủy xã anh sơn").split(' ').collect::<Vec<_>>()
            );
            assert_eq!(
                words("Tỉnh hội Nông dân Nghệ An", diacritics),
                folded("hội nông dân tỉnh nghệ an").split(' ').collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_name_typed_with_the_input_method_off_is_its_units() {
        assert_eq!(
            keys_undone("DDARNG UYR PHƯỜNG HOÀNG MAI").as_deref(),
            Some("dang uy PHƯỜNG HOÀNG mai")
        );
        assert_eq!(
            keys_undone("D9A3NG U3Y XÃ ANH SƠN").as_deref(),
            Some("dang uy XÃ anh SƠN")
        );
        assert_eq!(
            keys_undone("dang uy phuowngf Vinh Phu").as_deref(),
            Some("dang uy phuong vinh phu")
        );
        // Plain letters with nothing of a keyboard's keys are left alone.
        assert_eq!(keys_undone("Dang uy xa Thanh Chuong"), None);
        assert_eq!(keys_undone("Phường 1"), None);
        let r = roster(&[
            ("X004", "Đảng ủy phường Hoàng Mai", &[]),
            ("X007", "Đảng ủy xã Anh Sơn", &[]),
            ("X001", "Đảng ủy phường Vinh Phú", &[]),
        ]);
        let m = Matcher::new(&r);
        for (written, unit) in [
            ("DDARNG UYR PHƯỜNG HOÀNG MAI", "X004"),
            ("D9A3NG U3Y XÃ ANH SƠN", "X007"),
            ("DDARNG UYR PHUWOWNGF VINH PHUS", "X001"),
        ] {
            assert_eq!(code(m.identify_one(&[written.to_owned()])), unit, "{written}");
        }
    }

    #[test]
    fn a_superior_in_the_roster_is_not_the_unit() {
        let r = roster(&[("DUK", "Đảng ủy Khối các cơ quan tỉnh", &[])]);
        let m = Matcher::new(&r);
        let superior = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH";
        let candidates = [
            "ĐẢNG ỦY SỞ XÂY DỰNG",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY SỞ XÂY DỰNG",
        ]
        .map(String::from);
        assert!(code(m.identify(&candidates, Some(superior))).starts_with('!'));
    }

    #[test]
    fn a_communes_peoples_committee_reports_for_the_commune() {
        let r = roster(&[
            ("X001", "Đảng ủy phường Vinh Phú", &[]),
            ("X003", "Đảng ủy xã Quỳnh Lưu", &[]),
            ("X004", "Đảng ủy phường Hoàng Mai", &[]),
            ("M004", "Ủy ban MTTQ phường Hoàng Mai", &[]),
        ]);
        let m = Matcher::new(&r);
        assert_eq!(code(m.identify_one(&one("ỦY BAN NHÂN DÂN XÃ QUỲNH LƯU"))), "X003");
        assert_eq!(code(m.identify_one(&one("UBND PHƯỜNG VINH PHÚ"))), "X001");
        // Two units of the ward: not chosen between.
        assert!(code(m.identify_one(&one("UBND PHƯỜNG HOÀNG MAI"))).starts_with('?'));
        // Another commune, or a part of a name: no unit.
        assert!(code(m.identify_one(&one("UBND XÃ QUỲNH"))).starts_with('!'));
        assert!(code(m.identify_one(&one("UBND PHƯỜNG VINH"))).starts_with('!'));
        // A town (`thị xã`) is no commune, on either side.
        let towns = roster(&[
            ("T009", "Đảng ủy thị xã Hoàng Mai", &[]),
            ("X009", "Đảng ủy xã Quỳnh Lưu", &[]),
        ]);
        let t = Matcher::new(&towns);
        assert!(code(t.identify_one(&one("ỦY BAN NHÂN DÂN XÃ HOÀNG MAI"))).starts_with('!'));
        assert!(code(t.identify_one(&one("ỦY BAN NHÂN DÂN THỊ XÃ QUỲNH LƯU"))).starts_with('!'));
        // Another body of the commune is not its People's Committee.
        assert!(code(m.identify_one(&one("HỘI NÔNG DÂN XÃ QUỲNH LƯU"))).starts_with('!'));
    }

    fn one(text: &str) -> Vec<String> {
        vec![text.to_owned()]
    }

    #[test]
    fn names_fold_and_abbreviations_expand() {
        let r = roster(&[
            ("X001", "Đảng ủy phường Vinh Phú", &[]),
            ("X009", "Đảng ủy phường Vinh Lộc", &[]),
            ("SNNMT", "Sở Nông nghiệp và Môi trường", &[]),
            ("MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An", &[]),
            ("HND", "Hội Nông dân tỉnh", &[]),
            ("TD", "Tỉnh đoàn", &["Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An"]),
        ]);
        let m = Matcher::new(&r);
        assert_eq!(code(m.identify_one(&one("ĐẢNG ỦY PHƯỜNG VINH PHÚ"))), "X001");
        assert_eq!(code(m.identify_one(&one("ĐẢNG UỶ PHƯỜNG VINH PHÚ"))), "X001");
        assert_eq!(code(m.identify_one(&one("ĐU phường Vinh Phú"))), "X001");
        assert_eq!(code(m.identify_one(&one("ĐẢNG ỦY P. VINH PHÚ"))), "X001");
        assert_eq!(
            code(m.identify_one(&one("BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG VINH PHÚ"))),
            "X001"
        );
        assert_eq!(code(m.identify_one(&one("DANG UY PHUONG VINH PHU"))), "X001");
        assert_eq!(code(m.identify_one(&one("SỞ NN&MT"))), "SNNMT");
        assert_eq!(code(m.identify_one(&one("Sở Nông nghiệp & Môi trường"))), "SNNMT");
        assert_eq!(
            code(m.identify_one(&one("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN"))),
            "MTTQ"
        );
        assert_eq!(code(m.identify_one(&one("HỘI NÔNG DÂN TỈNH NGHỆ AN"))), "HND");
        assert_eq!(code(m.identify_one(&one("TỈNH HỘI NÔNG DÂN NGHỆ AN"))), "HND");
        assert_eq!(
            code(m.identify_one(&one("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN"))),
            "TD"
        );
        // The province's Youth Union committee, named by its body and the province.
        assert_eq!(code(m.identify_one(&one("BCH ĐOÀN TỈNH NGHỆ AN"))), "TD");
        assert_eq!(code(m.identify_one(&one("BAN CHẤP HÀNH TỈNH ĐOÀN NGHỆ AN"))), "TD");
        assert_eq!(code(m.identify_one(&one("ĐẢNG ỦY PHƯỜNG VINH"))), "?X001,X009");
        assert!(code(m.identify_one(&one("ĐẢNG ỦY XÃ NAM ĐÀN"))).starts_with('!'));
    }

    #[test]
    fn mass_organisations_are_known_by_their_abbreviations() {
        let r = roster(&[
            ("LHPN", "Hội Liên hiệp Phụ nữ tỉnh", &[]),
            ("HND", "Hội Nông dân tỉnh", &[]),
            ("CCB", "Hội Cựu chiến binh tỉnh", &[]),
            ("UBKT", "Ủy ban Kiểm tra Tỉnh ủy", &[]),
        ]);
        let m = Matcher::new(&r);
        assert_eq!(code(m.identify_one(&one("HỘI LHPN TỈNH NGHỆ AN"))), "LHPN");
        assert_eq!(code(m.identify_one(&one("HLHPN TỈNH NGHỆ AN"))), "LHPN");
        assert_eq!(code(m.identify_one(&one("HND TỈNH NGHỆ AN"))), "HND");
        assert_eq!(code(m.identify_one(&one("HỘI CCB TỈNH NGHỆ AN"))), "CCB");
        assert_eq!(code(m.identify_one(&one("UBKT TỈNH ỦY NGHỆ AN"))), "UBKT");
    }

    #[test]
    fn the_more_specific_of_two_names_wins_and_exact_names_are_exact() {
        let r = roster(&[("SYT", "Sở Y tế", &[]), ("DUSYT", "Đảng ủy Sở Y tế", &[])]);
        let m = Matcher::new(&r);
        assert_eq!(code(m.identify_one(&one("SỞ Y TẾ"))), "SYT");
        assert_eq!(code(m.identify_one(&one("ĐẢNG ỦY SỞ Y TẾ"))), "DUSYT");
        assert_eq!(
            code(m.identify_one(&one("BAN CHẤP HÀNH ĐẢNG BỘ SỞ Y TẾ TỈNH NGHỆ AN"))),
            "DUSYT"
        );
    }

    #[test]
    fn candidates_are_tried_in_order() {
        let r = roster(&[("MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An", &[])]);
        let m = Matcher::new(&r);
        let candidates = vec![
            "TỈNH NGHỆ AN".to_owned(),
            "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN".to_owned(),
        ];
        assert_eq!(code(m.identify(&candidates, None)), "MTTQ");
        // `UB` is a committee, as the Front's header often abbreviates it.
        assert_eq!(code(m.identify_one(&one("UB MTTQ VIỆT NAM TỈNH NGHỆ AN"))), "MTTQ");
    }

    #[test]
    fn an_advisory_body_under_the_provincial_committee() {
        let r = roster(&[
            ("BTCTU", "Ban Tổ chức Tỉnh ủy", &[]),
            ("VPTU", "Văn phòng Tỉnh ủy", &[]),
        ]);
        let m = Matcher::new(&r);
        let candidates = [
            "BAN TỔ CHỨC",
            "TỈNH ỦY NGHỆ AN BAN TỔ CHỨC",
            "BAN TỔ CHỨC TỈNH ỦY NGHỆ AN",
        ]
        .map(String::from);
        assert_eq!(code(m.identify(&candidates, None)), "BTCTU");
    }

    #[test]
    fn a_file_name_points_at_the_unit_it_names_whole() {
        let r = roster(&[
            ("SYT", "Sở Y tế", &[]),
            ("DUSYT", "Đảng ủy Sở Y tế", &[]),
            ("X001", "Đảng ủy phường Vinh Phú", &[]),
            ("X009", "Đảng ủy phường Vinh Lộc", &[]),
        ]);
        let m = Matcher::new(&r);
        let by = |path: &str| m.by_file_name(path).map(code);
        assert_eq!(by("s/Bieu so lieu - So Y te.xlsx").as_deref(), Some("SYT"));
        assert_eq!(by("s/Biểu số liệu Đảng ủy Sở Y tế.xlsx").as_deref(), Some("DUSYT"));
        assert_eq!(by("s/x009.xlsx").as_deref(), Some("X009"));
        assert_eq!(by("s/bieu-phuong-vinh-phu.xlsx").as_deref(), Some("X001"));
        assert_eq!(by("s/bieu-so-lieu.xlsx"), None);
    }

    #[test]
    fn file_names_confirm() {
        let r = roster(&[("X004", "Đảng ủy phường Hoàng Mai", &[]), ("SYT", "Sở Y tế", &[])]);
        assert!(file_name_agrees("s/x004-hoang-mai.md", &r.units[0]));
        assert!(file_name_agrees("s/BC 114 - So Y te.docx", &r.units[1]));
        assert!(!file_name_agrees("s/bao-cao.md", &r.units[1]));
    }
}
