//! The words of every diagnostic, in Vietnamese and English. Unit staff read these:
//! each message says what is wrong and, where it is not obvious, what to do.

use crate::diagnostic::{
    ConversionNote, ConversionProblem, Evidence, FieldProblem, Figures, Filed, Finding, Headings, LoneCase, ReadAs,
    TableProblem, ValueProblem, WordProblem, WorkbookProblem,
};
use crate::text::date::written_vi;

/// How many differing figures a `companion-file` message names.
const DIFFER_LISTED: usize = 5;
use crate::text::lang::Lang;

impl Finding {
    /// What the finding says to a person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        message(self, lang)
    }
}

fn message(finding: &Finding, lang: Lang) -> String {
    nest_quotes(&words(finding, lang))
}

/// Quotes inside quotes become single ones (“mục “Dân vận khéo”” → “mục ‘Dân vận khéo’”):
/// titles and values people write carry their own quotation marks.
pub fn nest_quotes(text: &str) -> String {
    if text.matches('“').count() < 2 {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '“' => {
                out.push(if depth == 0 { '“' } else { '‘' });
                depth += 1;
            }
            '”' => {
                depth = depth.saturating_sub(1);
                out.push(if depth == 0 { '”' } else { '’' });
            }
            _ => out.push(c),
        }
    }
    out
}

fn words(finding: &Finding, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match finding {
        Finding::MissingSection {
            title, looked, closest, ..
        } => {
            let (from, to) = *looked;
            let (near_vi, near_en) = match closest {
                Some(c) => {
                    let (cont_vi, cont_en) = match c.continues {
                        Some(next) => (format!(" — tiêu đề này còn tiếp ở dòng {next}"), format!(" — it continues on line {next}")),
                        None => (String::new(), String::new()),
                    };
                    (
                        format!("; tiêu đề gần nhất là dòng {} ‘{}’{cont_vi}", c.line, c.heading),
                        format!("; the closest heading is line {} ‘{}’{cont_en}", c.line, c.heading),
                    )
                }
                None => (String::new(), String::new()),
            };
            pick(
                vi,
                format!("thiếu mục “{title}” (đã tìm từ dòng {from} đến dòng {to}{near_vi})"),
                format!("section “{title}” is missing (looked for on lines {from}–{to}{near_en})"),
            )
        }
        Finding::EmptySection { title, words: 0, min, .. } => pick(
            vi,
            format!("mục “{title}” chưa có nội dung (cần ít nhất {min} từ)"),
            format!("section “{title}” is empty (at least {min} words needed)"),
        ),
        Finding::EmptySection { title, words, min, .. } => pick(
            vi,
            format!("nội dung mục “{title}” còn quá ngắn ({words} từ, cần ít nhất {min})"),
            format!("section “{title}” is too short ({words} words, at least {min} needed)"),
        ),
        Finding::DuplicateSection { title, first_line, .. } => pick(
            vi,
            format!("mục “{title}” bị lặp lại (đã có ở dòng {first_line})"),
            format!("section “{title}” is repeated (already at line {first_line})"),
        ),
        Finding::SectionOrder { title, after, .. } => pick(
            vi,
            format!("mục “{title}” phải đứng trước mục “{after}” theo đề cương"),
            format!("section “{title}” should come before “{after}” in the outline's order"),
        ),
        Finding::UnknownSection { heading } => pick(
            vi,
            format!("tiêu đề “{heading}” không có trong đề cương"),
            format!("heading “{heading}” is not in the outline"),
        ),
        Finding::NoDiacritics { title, .. } => pick(
            vi,
            format!("tiêu đề viết thiếu hoặc sai dấu; đề nghị viết đúng “{title}”"),
            format!("heading typed without (or with wrong) diacritics; write it as “{title}”"),
        ),
        Finding::PseudoHeading {
            title,
            line,
            written: Headings::Lines,
            ..
        } => {
            let plain = line.trim_start_matches('#').trim().replace('\\', "");
            pick(
                vi,
                format!("dòng này được đọc là tiêu đề mục “{title}”: {plain}"),
                format!("this line is read as the heading of “{title}”: {plain}"),
            )
        }
        Finding::PseudoHeading {
            title,
            line,
            written: Headings::Table,
            ..
        } => {
            let plain = line.trim_start_matches('#').trim().replace('\\', "");
            pick(
                vi,
                format!("ô này của bảng được đọc là tiêu đề mục “{title}” (bảng được đọc như các mục của báo cáo: tiêu đề ở cột trái, nội dung ở cột phải): {plain}"),
                format!("this table cell is read as the heading of “{title}” (the table is read as the report's parts: titles on the left, their text on the right): {plain}"),
            )
        }
        Finding::PseudoHeading {
            title,
            level,
            line,
            written: Headings::Styles,
            ..
        } => {
            let plain = line.trim_start_matches('#').trim().replace('\\', "");
            pick(
                vi,
                format!("đoạn này được hiểu là tiêu đề mục “{title}”; trong Word, hãy đặt cho nó kiểu tiêu đề Heading {level} (Đề mục {level}), như các tiêu đề cùng cấp: {plain}"),
                format!("this paragraph is taken as the heading of “{title}”; in Word, give it the Heading {level} style, as the document's headings of that rank: {plain}"),
            )
        }
        Finding::PseudoHeading {
            title,
            level,
            line,
            bold,
            written,
            ..
        } => {
            let hashes = "#".repeat(usize::from(*level));
            let (unbold_vi, unbold_en) = if *bold { ("bỏ dấu ** và ", "remove the ** and ") } else { ("", "") };
            // Written like the file's own headings of the level, where it has some.
            let (like_vi, like_en) = if *written == Headings::Unmarked {
                ("", "")
            } else {
                (", như các tiêu đề cùng cấp trong tệp", ", as the file's headings of that rank")
            };
            pick(
                vi,
                format!("dòng này được hiểu là tiêu đề mục “{title}”; hãy {unbold_vi}viết thành tiêu đề cấp {level} ({hashes} ở đầu dòng{like_vi}): {line}"),
                format!("this line is taken as the heading of “{title}”; {unbold_en}make it a level-{level} heading ({hashes} at the start{like_en}): {line}"),
            )
        }
        Finding::OtherCampaign { subject, expected } => pick(
            vi,
            format!("báo cáo này viết về “{subject}”, không phải về {expected} của đợt tổng kết này: kiểm tra lại đã gửi đúng báo cáo chưa"),
            format!("this report is about “{subject}”, not about {expected} of this campaign: check that the right report was sent"),
        ),
        Finding::SectionByText { title, heading, .. } => pick(
            vi,
            format!("tiêu đề “{heading}” không nêu tên mục nào, nhưng nội dung dưới nó là mục “{title}”: được tính cho mục này (nên đặt lại tiêu đề cho rõ)"),
            format!("the heading “{heading}” names no section, but its text is “{title}”: counted as that section (a clearer title would help)"),
        ),
        Finding::SectionWithoutHeading { title, first, .. } => pick(
            vi,
            format!("mục “{title}” không có tiêu đề riêng, nhưng các mục con của nó có, từ “{first}” (nằm sau mục trước): mục được tính từ đó (nên thêm tiêu đề của mục)"),
            format!("the section “{title}” has no heading of its own, but its sub-sections do, from “{first}” (after the section before): the section is counted from there (its heading would help)"),
        ),
        Finding::AttachedDocument {
            paragraphs,
            filed: Filed::Envelope,
            ..
        } => pick(
            vi,
            format!("trước phần đầu văn bản của báo cáo, tệp này có {paragraphs} dòng không thuộc báo cáo (lời gửi kèm, thư điện tử hoặc tin nhắn chuyển báo cáo): không được tổng hợp; báo cáo của đơn vị là phần từ phần đầu văn bản trở đi"),
            format!("before the report's own header block, this file holds {paragraphs} lines that are no part of the report (a note sending it, the e-mail or the chat it came in): not compiled; the unit's report is the part from its header block on"),
        ),
        Finding::AttachedDocument {
            number,
            subject,
            paragraphs,
            filed: Filed::Letter,
            ..
        } => {
            let (vi_number, en_number) = if number.is_empty() {
                (String::new(), String::new())
            } else {
                (format!(" số {number}"), format!(" {number}"))
            };
            let (vi_subject, en_subject) = if subject.is_empty() {
                (String::new(), String::new())
            } else {
                (format!(" (“{subject}”)"), format!(" (“{subject}”)"))
            };
            pick(
                vi,
                format!("trước báo cáo, tệp này có công văn gửi kèm{vi_number}{vi_subject}, {paragraphs} đoạn: không được tổng hợp; báo cáo của đơn vị, người ký và số liệu là phần sau nó"),
                format!("before the report, this file holds its cover letter{en_number}{en_subject}, {paragraphs} paragraphs: not compiled; the unit's report, its signer and figures are the part after it"),
            )
        }
        Finding::AttachedList { title, rows } => {
            let (vi_title, en_title) = if title.is_empty() {
                ("một danh sách tên người".to_owned(), "a list of names".to_owned())
            } else {
                (format!("“{title}”"), format!("“{title}”"))
            };
            pick(
                vi,
                format!("sau chữ ký, tệp này có kèm {vi_title} ({rows} dòng): không được tổng hợp; báo cáo của đơn vị và số liệu là phần khác của tệp"),
                format!("after the signature, this file holds {en_title} ({rows} rows): not compiled; the unit's report and figures are the rest of the file"),
            )
        }
        Finding::AttachedDocument {
            number,
            issuer,
            subject,
            paragraphs,
            ..
        } => {
            let (vi_issuer, en_issuer) = issuer
                .as_ref()
                .map_or((String::new(), String::new()), |i| (format!(" của {i}"), format!(" of {i}")));
            pick(
                vi,
                format!("sau báo cáo, tệp này có kèm một văn bản khác: báo cáo số {number}{vi_issuer} (“{subject}”, {paragraphs} đoạn); văn bản đó không được tổng hợp, báo cáo của đơn vị là phần trước nó (nếu cần, hãy gửi văn bản đó thành tệp riêng)"),
                format!("after the report, this file holds another document: report {number}{en_issuer} (“{subject}”, {paragraphs} paragraphs); it is not compiled, the unit's report is the part before it (send it as a file of its own if it is needed)"),
            )
        }
        Finding::LetterWithoutReport { number } => {
            let (vi_number, en_number) = number
                .as_ref()
                .map_or((String::new(), String::new()), |n| (format!(" số {n}"), format!(" {n}")));
            pick(
                vi,
                format!("tệp này là công văn gửi kèm{vi_number}, không có mục nào của đề cương, và không có báo cáo nào của đơn vị đi kèm: đơn vị chưa gửi báo cáo (hãy gửi kèm tệp báo cáo)"),
                format!("this file is a cover letter{en_number}, holding no section of the outline, and no report of the unit is with it: the unit has not sent its report (send the report file with it)"),
            )
        }
                Finding::CompanionFile { report, copy: true, .. } => pick(
            vi,
            format!("bản PDF này (bản ký, bản chụp) đi kèm báo cáo {report} của đơn vị trong cùng thư mục: không đọc, không phải một báo cáo thứ hai, không cần gửi lại"),
            format!("this PDF (the signed copy, a scan) goes with the unit's report {report} in the same folder: not read, not a second report, nothing to send again"),
        ),
        Finding::CompanionFile {
            report, figures, differ, ..
        } => {
            let (vi_figures, en_figures) = match figures {
                Figures::None => ("", ""),
                Figures::Counted => (
                    "; số liệu trong tệp này được dùng làm phụ lục của báo cáo",
                    "; its figures are taken as the report's appendix",
                ),
                Figures::Ignored => (
                    "; số liệu trong tệp này không được tính, vì báo cáo đã có phụ lục số liệu riêng",
                    "; its figures are not counted, as the report has an appendix of its own",
                ),
            };
            let shown = |blank: &str| {
                let mut listed: Vec<String> = differ
                    .iter()
                    .take(DIFFER_LISTED)
                    .map(|(name, here, there)| {
                        let or_blank = |v: &str| if v.is_empty() { blank.to_owned() } else { v.to_owned() };
                        format!("“{name}” {} / {}", or_blank(here), or_blank(there))
                    })
                    .collect();
                if differ.len() > DIFFER_LISTED {
                    listed.push(format!("… ({})", differ.len() - DIFFER_LISTED));
                }
                listed.join("; ")
            };
            let (vi_differ, en_differ) = if differ.is_empty() {
                (String::new(), String::new())
            } else {
                (
                    format!(", và khác với phụ lục của báo cáo (tệp này / báo cáo): {}; đề nghị đơn vị xác nhận số liệu đúng", shown("trống")),
                    format!(", and they differ from the report's appendix (this file / the report): {}; the unit should confirm which figures are right", shown("blank")),
                )
            };
            pick(
                vi,
                format!("tệp này không có mục nào của đề cương: được coi là tệp gửi kèm báo cáo {report} của đơn vị (công văn gửi kèm, phụ lục riêng), không phải một báo cáo thứ hai, và nội dung của nó không được tổng hợp{vi_figures}{vi_differ}"),
                format!("this file holds no section of the outline: it is taken as going with the unit's report {report} (a cover letter, an appendix on its own), not as a second report, and its text is not compiled{en_figures}{en_differ}"),
            )
        }
        Finding::MergedSections { title, with, .. } => pick(
            vi,
            format!("tiêu đề này gồm cả mục “{with}” và mục “{title}”: nội dung được tính cho cả hai"),
            format!("this heading covers both “{with}” and “{title}”: its text counts for both"),
        ),
        Finding::FrontMatterMissing => pick(
            vi,
            "thiếu phần thông tin đầu tệp (giữa hai dòng ---): unit, unit_code, category, date".into(),
            "no front matter (between two --- lines): unit, unit_code, category, date".into(),
        ),
        Finding::FrontMatterInvalid { error: None } => pick(
            vi,
            "thiếu dòng --- đóng phần thông tin đầu tệp".into(),
            "the front matter has no closing --- line".into(),
        ),
        Finding::FrontMatterInvalid { error: Some(error) } => pick(
            vi,
            format!("phần thông tin đầu tệp (giữa hai dòng ---) sai cú pháp YAML (chi tiết kỹ thuật: {error})"),
            format!("front matter is not valid YAML: {error}"),
        ),
        Finding::FieldMissing { field } => pick(
            vi,
            format!("thiếu trường “{field}” trong phần thông tin đầu tệp"),
            format!("front matter field “{field}” is missing"),
        ),
        Finding::FieldInvalid { field, value, problem } => field_invalid(vi, field, value, problem),
        Finding::UnknownUnit { code, suggestion } => {
            let (vi_hint, en_hint) = crate::diagnostic::fatal::did_you_mean(suggestion.as_deref());
            pick(
                vi,
                format!("mã đơn vị “{code}” không có trong danh sách đơn vị{vi_hint}"),
                format!("unit code “{code}” is not in the roster{en_hint}"),
            )
        }
        Finding::UnitMismatch { given, roster } => pick(
            vi,
            format!("tên đơn vị “{given}” khác với tên trong danh sách đơn vị: “{roster}”"),
            format!("unit name “{given}” differs from the roster's “{roster}”"),
        ),
        Finding::DuplicateUnit { code, others, more: 0 } => pick(
            vi,
            format!("mã đơn vị “{code}” cũng được khai ở: {}", others.join(", ")),
            format!("unit code “{code}” is also claimed by: {}", others.join(", ")),
        ),
        Finding::DuplicateUnit { code, others, more } => pick(
            vi,
            format!("mã đơn vị “{code}” cũng được khai ở: {} và {more} tệp khác", others.join(", ")),
            format!("unit code “{code}” is also claimed by: {} and {more} more files", others.join(", ")),
        ),
        Finding::Late { days, due, submitted } => pick(
            vi,
            format!(
                "nộp muộn {days} ngày (nộp {}, hạn cuối {})",
                written_vi(*submitted),
                written_vi(*due)
            ),
            format!(
                "submitted {days} day{} late (on {submitted}, last day on time {due})",
                if *days == 1 { "" } else { "s" }
            ),
        ),
        Finding::ModifiedAfterDue { changed, due } => pick(
            vi,
            format!(
                "báo cáo được sửa sau hạn (sửa {}, hạn cuối {})",
                written_vi(*changed),
                written_vi(*due)
            ),
            format!("report changed after the deadline (on {changed}, last day on time {due})"),
        ),
        Finding::Encoding { from } if from.starts_with("TCVN3") || from.starts_with("VNI") => pick(
            vi,
            format!("văn bản gõ bằng phông chữ cũ {from} đã được chuyển sang Unicode để đọc; nên chuyển mã văn bản (ví dụ bằng công cụ chuyển mã của Unikey), đặt phông Unicode như Times New Roman rồi lưu lại"),
            format!("text typed with the legacy {from} font was converted to Unicode to be read; convert the text (for example with Unikey's converter), set a Unicode font such as Times New Roman and save it again"),
        ),
        Finding::MetadataInferred { field, value, source } => {
            let (vi_source, en_source) = match *source {
                "signature" => ("phần chữ ký", "the signature block"),
                "roster" => ("danh sách đơn vị, theo tên ở đầu văn bản", "the roster, for the name in the header block"),
                "opening" => (
                    "câu mở đầu của báo cáo, vì văn bản không có phần đầu (tên cơ quan, số, ngày)",
                    "the report's opening sentence, the document having no header block",
                ),
                "roster-opening" => (
                    "danh sách đơn vị, theo tên trong câu mở đầu của báo cáo",
                    "the roster, for the name in the report's opening sentence",
                ),
                "cited" => (
                    "dòng “Kèm theo Báo cáo số …” ở đầu văn bản, vì văn bản không có phần đầu (tên cơ quan, số, ngày)",
                    "the “Kèm theo Báo cáo số …” line at the top, the document having no header block",
                ),
                "roster-cited" => (
                    "danh sách đơn vị, theo tên trong dòng “Kèm theo Báo cáo số …”",
                    "the roster, for the name in the “Kèm theo Báo cáo số …” line",
                ),
                _ => ("phần đầu văn bản", "the header block"),
            };
            pick(
                vi,
                format!("“{field}” = “{value}”, lấy từ {vi_source} (không có trong phần thông tin đầu tệp)"),
                format!("“{field}” = “{value}”, read from {en_source} (not in the front matter)"),
            )
        }
        Finding::MetadataConflict { field, front_matter, document } => pick(
            vi,
            format!("“{field}” trong phần thông tin đầu tệp là “{front_matter}” nhưng văn bản ghi “{document}”; dùng giá trị trong phần thông tin đầu tệp"),
            format!("front matter “{field}” is “{front_matter}” but the document says “{document}”; the front matter's value is used"),
        ),
        Finding::FileNameConflict { file_name, named, document } => pick(
            vi,
            format!("tên tệp “{file_name}” chỉ {named} nhưng văn bản ghi {document}; báo cáo được tính cho {document} — hãy kiểm tra tệp có gửi nhầm không"),
            format!("the file name “{file_name}” points at {named} but the document names {document}; the report counts as {document}'s — check the file was not sent in error"),
        ),
        Finding::UnitAmbiguous { given, candidates } => pick(
            vi,
            format!("không xác định được đơn vị “{given}”: khớp với nhiều đơn vị ({}); hãy ghi đúng tên đơn vị hoặc thêm unit_code vào phần thông tin đầu tệp", candidates.join("; ")),
            format!("cannot tell which unit “{given}” is: it fits several ({}); write the unit's full name or add unit_code in front matter", candidates.join("; ")),
        ),
        Finding::UnitUnidentified { given, closest } if closest.is_empty() => pick(
            vi,
            format!("đơn vị “{given}” không có trong danh sách đơn vị"),
            format!("unit “{given}” is not in the roster"),
        ),
        Finding::UnitUnidentified { given, closest } => pick(
            vi,
            format!("đơn vị “{given}” không có trong danh sách đơn vị; gần nhất: {} (có thể là báo cáo của đợt khác, hoặc cần thêm tên gọi khác vào aliases trong danh sách)", closest.join("; ")),
            format!("unit “{given}” is not in the roster; closest: {} (a report of another campaign, or a name to add to the roster's aliases)", closest.join("; ")),
        ),
        Finding::SubmittedBeforeCommit { submitted, committed } => pick(
            vi,
            format!(
                "`submitted` ghi {} nhưng git ghi nhận tệp lần đầu {}",
                written_vi(*submitted),
                written_vi(*committed)
            ),
            format!("`submitted` says {submitted}, but git first recorded the file on {committed}"),
        ),
        Finding::SubmittedBeforeDate { submitted, dated } => pick(
            vi,
            format!(
                "`submitted` ({}) sớm hơn ngày ký báo cáo `date` ({}): báo cáo không thể gửi trước khi ký",
                written_vi(*submitted),
                written_vi(*dated)
            ),
            format!("`submitted` ({submitted}) is earlier than the report's own `date` ({dated}): a report cannot be sent before it is dated"),
        ),
        Finding::Encoding { from } if from.starts_with("UTF-8 read as") => pick(
            vi,
            "văn bản bị lỗi mã (chữ Unicode UTF-8 từng bị đọc nhầm thành Windows-1252 rồi lưu lại, như “Äáº£ng á»§y”) đã được đọc lại thành chữ tiếng Việt; nên mở bản gốc và lưu lại bằng UTF-8".into(),
            "the text was mis-encoded (UTF-8 once read as Windows-1252 and saved again, as in “Äáº£ng á»§y”) and was read back as Vietnamese; open the original and save it as UTF-8".into(),
        ),
        Finding::Encoding { from } => pick(
            vi,
            format!("tệp được lưu bằng bảng mã {from}, đã chuyển sang UTF-8; nên lưu lại bằng UTF-8"),
            format!("file was saved as {from} and converted to UTF-8; save it as UTF-8"),
        ),
        Finding::NotText => pick(
            vi,
            "tệp không phải văn bản (có thể là tệp nhị phân)".into(),
            "file is not text (binary content)".into(),
        ),
        Finding::UnsupportedFile { symlink: true, .. } => pick(
            vi,
            "đây là lối tắt (liên kết tượng trưng), không được đọc".into(),
            "symbolic link (shortcut): not followed".into(),
        ),
        Finding::UnsupportedFile { symlink: false, .. } => pick(
            vi,
            "không phải tệp báo cáo (.md, .txt, .docx) nên không được đọc; hãy lưu báo cáo thành .docx hoặc .md (xem lệnh `baocao new`)".into(),
            "not a report file (.md, .txt, .docx), so it is not read; save the report as .docx or .md (see `baocao new`)".into(),
        ),
        Finding::Unreadable { error } => pick(
            vi,
            format!("không đọc được tệp: {error}"),
            format!("cannot read the file: {error}"),
        ),
        Finding::TooLarge { bytes, limit } => pick(
            vi,
            format!("tệp quá lớn ({}, tối đa {}); tệp này không được đọc", megabytes(*bytes, ","), megabytes(*limit, ",")),
            format!("file too large ({}, at most {}); not read", megabytes(*bytes, "."), megabytes(*limit, ".")),
        ),
        Finding::TooManyCells { limit } => pick(
            vi,
            format!("báo cáo có quá nhiều ô bảng (quá {limit} ô tính đến dòng này); tệp này không được đọc tiếp"),
            format!("too many table cells (more than {limit} by this line); the file is not read further"),
        ),
        Finding::AppendixValueMissing {
            name, cell, closest, ..
        } => match closest {
            _ if !cell.is_empty() => pick(
                vi,
                format!("chưa điền số liệu “{name}” (ô {cell} đang trống)"),
                format!("no value for “{name}” (cell {cell} is empty)"),
            ),
            Some(closest) => pick(
                vi,
                format!("phụ lục thiếu số liệu “{name}”: không có dòng nào cho chỉ tiêu này; dòng gần nhất là “{closest}” (nếu đúng, hãy sửa tên dòng cho rõ)"),
                format!("appendix has no value for “{name}”: no row for it; the nearest row is “{closest}” (if that is it, make its label clear)"),
            ),
            None => pick(
                vi,
                format!("phụ lục thiếu số liệu “{name}”"),
                format!("appendix has no value for “{name}”"),
            ),
        },
        Finding::AppendixValueInvalid {
            name,
            value,
            problem,
            cell,
            ..
        } => {
            let text = value_invalid(vi, name, value, *problem);
            if cell.is_empty() { text } else { format!("{text} ({cell})") }
        }
        Finding::AppendixValueReadAs {
            name,
            value,
            read,
            how,
            cell,
            ..
        } => {
            let text = value_read_as(vi, name, value, read, *how);
            if cell.is_empty() { text } else { format!("{text} ({cell})") }
        }
        Finding::AppendixTableUnclear {
            problem,
            seen,
            expected,
        } => table_unclear(vi, *problem, seen, expected),
        Finding::AppendixEmpty {
            table: false,
            pictures: false,
        } => pick(
            vi,
            "phụ lục chưa có biểu số liệu: hãy điền bảng “STT | Chỉ tiêu | Số liệu | Ghi chú” (xem lệnh `baocao new`) hoặc gửi kèm tệp Excel".into(),
            "the appendix has no table of figures: fill in the “STT | Chỉ tiêu | Số liệu | Ghi chú” table (see `baocao new`) or attach the Excel file".into(),
        ),
        Finding::AppendixEmpty {
            table: false,
            pictures: true,
        } => pick(
            vi,
            "phụ lục chưa có biểu số liệu đọc được: tệp có hình ảnh, và số liệu trong ảnh (ảnh chụp, bản quét biểu) không đọc được; hãy gửi biểu dưới dạng bảng trong Word (“STT | Chỉ tiêu | Số liệu | Ghi chú”) hoặc tệp Excel".into(),
            "the appendix has no table of figures that can be read: the file holds pictures, and figures in a picture (a photo or scan of the table) cannot be read; send the table as a Word table (“STT | Chỉ tiêu | Số liệu | Ghi chú”) or an Excel file".into(),
        ),
        Finding::AppendixEmpty { table: true, .. } => pick(
            vi,
            "biểu số liệu chưa có số liệu nào: hãy điền cột số liệu (ghi “x” cho chỉ tiêu không áp dụng)".into(),
            "the appendix table holds no figure: fill in the value column (write “x” where an indicator does not apply)".into(),
        ),
        Finding::AppendixTotalMismatch {
            name, total, sum, cell, ..
        } => {
            let at = if cell.is_empty() { String::new() } else { format!(" ({cell})") };
            pick(
                vi,
                format!("cột tổng của “{name}” ({total}) khác tổng các giai đoạn ({sum}){at}; số ở cột tổng được tính"),
                format!("the total of “{name}” ({total}) differs from the sum of its periods ({sum}){at}; the total is counted"),
            )
        }
        Finding::AppendixValueTwice {
            name, counted, other, cell, ..
        } => {
            let at = if cell.is_empty() { String::new() } else { format!(" ({cell})") };
            pick(
                vi,
                format!("“{name}” có hai dòng với số liệu khác nhau: “{counted}” được tính, “{other}”{at} không; hãy giữ một dòng"),
                format!("“{name}” is given twice with different figures: “{counted}” is counted, “{other}”{at} is not; keep one row"),
            )
        }
        Finding::AppendixPartsSummed { name, sum, parts, .. } => pick(
            vi,
            format!("dòng “{name}” không có số liệu riêng: tổng các dòng dưới nó được tính ({sum}: {})", parts.join(", ")),
            format!("the row of “{name}” has no figure of its own: the sum of the rows under it counts ({sum}: {})", parts.join(", ")),
        ),
        Finding::AppendixNotApplicable { name, sentence, .. } => pick(
            vi,
            format!("“{name}” không có số liệu và được hiểu là không áp dụng, theo báo cáo: “{sentence}”"),
            format!("“{name}” has no figure and is read as not applicable, as the report says: “{sentence}”"),
        ),
        Finding::AppendixWorkbook {
            file,
            problem: WorkbookProblem::Unreadable(error),
        } => pick(
            vi,
            format!("không đọc được biểu số liệu Excel “{file}” ({error}); hãy lưu lại tệp bằng Excel dưới dạng .xlsx"),
            format!("the Excel appendix “{file}” cannot be read ({error}); save it again from Excel as .xlsx"),
        ),
        Finding::AppendixWorkbook {
            file,
            problem: WorkbookProblem::NoLibreOffice,
        } => pick(
            vi,
            format!("biểu số liệu “{file}” chỉ đọc được khi máy có LibreOffice (soffice); hãy mở tệp bằng Excel và chọn Lưu thành (Save As) → Excel Workbook (.xlsx), hoặc cài LibreOffice"),
            format!("the appendix “{file}” can only be read with LibreOffice (soffice) installed; open it in Excel and Save As → Excel Workbook (.xlsx), or install LibreOffice"),
        ),
        Finding::AppendixWorkbook {
            file,
            problem: WorkbookProblem::ConversionFailed(error),
        } => pick(
            vi,
            format!("LibreOffice không chuyển được biểu số liệu “{file}” sang .xlsx ({error}); hãy mở bằng Excel và lưu thành .xlsx"),
            format!("LibreOffice could not convert the appendix “{file}” to .xlsx ({error}); open it in Excel and save it as .xlsx"),
        ),
        Finding::AppendixPeriodsSummed { columns, tables: false } => pick(
            vi,
            format!("biểu không có cột tổng: số liệu được cộng từ các cột {} (tỷ lệ lấy theo giai đoạn sau cùng)", columns.join(", ")),
            format!("the table has no total column: figures are the sum of the columns {} (percentages take the latest period)", columns.join(", ")),
        ),
        Finding::AppendixPeriodsSummed { columns, tables: true } => {
            let tables = columns.iter().map(|c| format!("“{c}”")).collect::<Vec<_>>().join(", ");
            pick(
                vi,
                format!("các biểu là các giai đoạn nối tiếp, không có biểu tổng: số liệu được cộng từ các biểu {tables} (tỷ lệ lấy theo giai đoạn sau cùng)"),
                format!("the tables are successive periods and none is the whole: figures are the sum of the tables {tables} (percentages take the latest period)"),
            )
        }
        Finding::AppendixLatestYear { columns, latest } => {
            let columns = columns.iter().map(|c| format!("“{c}”")).collect::<Vec<_>>().join(", ");
            pick(
                vi,
                format!(
                    "các cột {columns} là các năm cách nhau, không phải từng năm của cả giai đoạn, và biểu không có cột tổng: số liệu lấy theo cột năm sau cùng “{latest}”; nếu số liệu cả giai đoạn khác, hãy thêm cột “Tổng cộng”"
                ),
                format!(
                    "the columns {columns} are years apart, not each year of the period, and the table has no total column: figures are taken from the latest year's column “{latest}”; if the period's figures differ, add a “Tổng cộng” column"
                ),
            )
        }
        Finding::AppendixConstraint {
            name,
            value,
            other,
            other_value,
            ..
        } => pick(
            vi,
            format!("“{name}” ({value}) lớn hơn “{other}” ({other_value})"),
            format!("“{name}” ({value}) exceeds “{other}” ({other_value})"),
        ),
        Finding::Conversion { note } => conversion(vi, note),
        Finding::WordInvalid { problem } => word_invalid(vi, problem),
        Finding::NeedsDocx { format, problem } => needs_docx(vi, format, problem),
        Finding::LoneWorkbook { case } => lone_workbook(vi, case),
        Finding::AppendixHidden {
            file,
            sheets,
            rows,
            columns,
        } => appendix_hidden(vi, file, sheets, rows, columns),
        Finding::UntiedWorkbook { given: None } => pick(
            vi,
            format!("bảng tính Excel không thuộc báo cáo nào và không xác định được của đơn vị nào (theo các dòng tiêu đề hay tên tệp) nên không được đọc; {NAME_IT_VI}"),
            format!("an Excel workbook no report claims, and whose title rows and file name tie it to no unit: not read; {NAME_IT_EN}"),
        ),
        Finding::UntiedWorkbook { given: Some(given) } => pick(
            vi,
            format!("bảng tính Excel không thuộc báo cáo nào nên không được đọc; dòng tiêu đề ghi “{given}”, không có trong danh sách đơn vị; {NAME_IT_VI}"),
            format!("an Excel workbook no report claims: not read; its title rows name “{given}”, which is not in the roster; {NAME_IT_EN}"),
        ),
    }
}

/// How a unit makes a workbook its report's appendix.
const NAME_IT_VI: &str = "nếu là biểu số liệu kèm báo cáo, hãy đặt tệp cạnh báo cáo và cùng tên (x083.docx, x083.xlsx) hoặc ghi `appendix: tên-tệp.xlsx` trong báo cáo";
const NAME_IT_EN: &str = "if it is a report's appendix, put it beside the report under the same name (x083.docx, x083.xlsx) or write `appendix: file.xlsx` in the report";

/// `theo dòng tiêu đề “…” (ô bieu.xlsx!Sheet1!A1) và theo tên tệp`.
fn evidence(vi: bool, by: &[Evidence]) -> String {
    by.iter()
        .map(|e| match e {
            Evidence::Title { text, cell } => pick(
                vi,
                format!("theo dòng tiêu đề “{text}” (ô {cell})"),
                format!("by its title row “{text}” (cell {cell})"),
            ),
            Evidence::Number { number, cell } => pick(
                vi,
                format!("theo số báo cáo “{number}” (ô {cell})"),
                format!("by the report number “{number}” (cell {cell})"),
            ),
            Evidence::FileName => pick(vi, "theo tên tệp".into(), "by its file name".into()),
        })
        .collect::<Vec<_>>()
        .join(if vi { " và " } else { " and " })
}

fn lone_workbook(vi: bool, case: &LoneCase) -> String {
    // Whose it is and why, as every case opens.
    let whose = |unit: &str, by: &[Evidence]| {
        pick(
            vi,
            format!("bảng tính Excel này là biểu số liệu của {unit}, {}", evidence(true, by)),
            format!("this Excel workbook is the appendix of {unit}, {}", evidence(false, by)),
        )
    };
    match case {
        LoneCase::NoReport { unit, by, .. } => pick(
            vi,
            format!(
                "{}, nhưng không có báo cáo nào của đơn vị này: đơn vị mới gửi số liệu, chưa gửi báo cáo, nên chưa được tính là đã báo cáo; số liệu được đọc cùng báo cáo khi báo cáo được đặt cạnh tệp này",
                whose(unit, by)
            ),
            format!(
                "{}, but no report of that unit was read: the unit sent its figures without its report, so it does not count as reported; the figures are read with the report once it is put beside this file",
                whose(unit, by)
            ),
        ),
        LoneCase::ReportElsewhere { unit, by, report } => pick(
            vi,
            format!(
                "{}, nhưng báo cáo của đơn vị ở thư mục khác ({report}) nên tệp này không được đọc; hãy đặt tệp cạnh báo cáo",
                whose(unit, by)
            ),
            format!(
                "{}, but the unit's report is in another folder ({report}), so this file is not read; put it beside the report",
                whose(unit, by)
            ),
        ),
        LoneCase::HasFigures { unit, by, report } => pick(
            vi,
            format!(
                "{}, nhưng báo cáo {report} đã có biểu số liệu riêng nên tệp này không được đọc; nếu số liệu cần tính là ở tệp này, hãy ghi `appendix: <tên tệp này>` trong báo cáo",
                whose(unit, by)
            ),
            format!(
                "{}, but the report {report} has figures of its own, so this file is not read; if the figures to count are in this file, write `appendix: <this file's name>` in the report",
                whose(unit, by)
            ),
        ),
        LoneCase::SeveralReports { unit, by, reports } => {
            let list = reports.join(", ");
            pick(
                vi,
                format!(
                    "{}, nhưng thư mục có nhiều báo cáo của đơn vị ({list}): không tự chọn báo cáo nào; hãy ghi `appendix: <tên tệp này>` trong báo cáo cần dùng",
                    whose(unit, by)
                ),
                format!(
                    "{}, but the folder holds several reports of that unit ({list}): none is chosen; write `appendix: <this file's name>` in the one it belongs to",
                    whose(unit, by)
                ),
            )
        }
        LoneCase::SeveralWorkbooks {
            unit,
            by,
            report,
            others,
        } => {
            let list = others.join(", ");
            pick(
                vi,
                format!(
                    "{} cho báo cáo {report}, nhưng {list} cũng vậy: không tự chọn tệp nào; hãy ghi `appendix: <tên tệp>` trong báo cáo",
                    whose(unit, by)
                ),
                format!(
                    "{} for the report {report}, but so is {list}: none is chosen; write `appendix: <file name>` in the report",
                    whose(unit, by)
                ),
            )
        }
        LoneCase::SeveralUnits { units, by } => {
            let list = units.join("; ");
            pick(
                vi,
                format!(
                    "không xác định được bảng tính Excel này là biểu số liệu của đơn vị nào: {} khớp với nhiều đơn vị ({list}); không tự chọn, tệp không được đọc; {NAME_IT_VI}",
                    evidence(true, by)
                ),
                format!(
                    "cannot tell whose appendix this Excel workbook is: {} it fits several units ({list}); none is chosen and the file is not read; {NAME_IT_EN}",
                    evidence(false, by)
                ),
            )
        }
    }
}

fn conversion(vi: bool, note: &ConversionNote) -> String {
    match note {
        ConversionNote::TrackedChanges { insertions, deletions } => pick(
            vi,
            format!(
                "tệp còn theo dõi thay đổi (Track Changes): đã đọc như khi chấp nhận tất cả ({insertions} chỗ thêm được giữ, {deletions} chỗ xóa được bỏ); hãy chấp nhận hoặc từ chối các thay đổi trong Word trước khi gửi"
            ),
            format!(
                "the file still has tracked changes: read as if all were accepted ({insertions} insertions kept, {deletions} deletions dropped); accept or reject them in Word before sending"
            ),
        ),
        ConversionNote::ImagesDropped { count } => pick(
            vi,
            format!("{count} hình ảnh, biểu đồ hoặc đối tượng nhúng không có chữ để kiểm tra nên được bỏ qua"),
            format!("{count} pictures, charts or embedded objects have no text to check and were left out"),
        ),
        ConversionNote::ConvertedByLibreOffice { from } => pick(
            vi,
            format!("tệp .{from} đã được LibreOffice chuyển sang .docx để đọc; nên lưu lại thành .docx"),
            format!("the .{from} file was converted to .docx by LibreOffice to be read; save it as .docx"),
        ),
    }
}

fn word_invalid(vi: bool, problem: &WordProblem) -> String {
    let (why_vi, why_en) = match problem {
        // The zip library's own words are English and technical: left out.
        WordProblem::NotZip { .. } => (
            "không phải tệp Word .docx hợp lệ (tệp hỏng, hoặc là loại tệp khác được đặt tên .docx); hãy mở trong Word và lưu lại thành .docx".to_owned(),
            "is not a valid Word .docx file (damaged, or another kind of file named .docx); open it in Word and save it as .docx again".to_owned(),
        ),
        WordProblem::MissingPart { part } => (
            format!("thiếu phần {part} của tệp Word; hãy mở trong Word và lưu lại thành .docx"),
            format!("the Word file has no {part}; open it in Word and save it as .docx again"),
        ),
        WordProblem::PartTooLarge { part, limit } => (
            format!("phần {part} khi giải nén lớn hơn {} nên không được đọc", megabytes(*limit, ",")),
            format!("part {part} inflates past {} and is not read", megabytes(*limit, ".")),
        ),
        WordProblem::TooManyParts { count, limit } => (
            format!("tệp Word có {count} phần, quá giới hạn {limit}; không được đọc"),
            format!("the Word file has {count} parts, more than {limit}; not read"),
        ),
        WordProblem::Xml { part, error } => (
            format!("phần {part} của tệp Word bị hỏng ({error}); hãy mở trong Word và lưu lại"),
            format!("part {part} of the Word file is damaged ({error}); open it in Word and save it again"),
        ),
        WordProblem::TooDeep { part, limit } => (
            format!("phần {part} lồng nhau sâu hơn {limit} cấp; không được đọc"),
            format!("part {part} is nested deeper than {limit} levels; not read"),
        ),
    };
    pick(vi, why_vi, why_en)
}

fn needs_docx(vi: bool, format: &str, problem: &ConversionProblem) -> String {
    match problem {
        ConversionProblem::Pdf => pick(
            vi,
            "tệp PDF (bản scan, bản đã ký) là bản chính thức, không phải văn bản để tổng hợp; hãy gửi báo cáo dạng .docx hoặc .md".into(),
            "a PDF (scanned or signed) is the official copy, not the text to compile; send the report as .docx or .md".into(),
        ),
        ConversionProblem::NoLibreOffice => pick(
            vi,
            format!("tệp .{format} chỉ đọc được khi máy có LibreOffice (soffice); hãy mở tệp trong Word và chọn Lưu thành (Save As) → Word Document (.docx), hoặc cài LibreOffice"),
            format!("a .{format} file can only be read with LibreOffice (soffice) installed; open it in Word and Save As → Word Document (.docx), or install LibreOffice"),
        ),
        ConversionProblem::ConversionFailed { error } => pick(
            vi,
            format!("LibreOffice không chuyển được tệp .{format} sang .docx ({error}); hãy mở trong Word và lưu thành .docx"),
            format!("LibreOffice could not convert the .{format} file to .docx ({error}); open it in Word and save it as .docx"),
        ),
    }
}

/// What an Excel appendix hides: each kind listed (the first few), then the advice.
fn appendix_hidden(vi: bool, file: &str, sheets: &[String], rows: &[String], columns: &[String]) -> String {
    const LISTED: usize = 5;
    let list = |items: &[String], quoted: bool| {
        let shown: Vec<String> = items
            .iter()
            .take(LISTED)
            .map(|item| if quoted { format!("“{item}”") } else { item.clone() })
            .collect();
        let more = items.len().saturating_sub(LISTED);
        let tail = match (more, vi) {
            (0, _) => String::new(),
            (n, true) => format!(" và {n} chỗ khác"),
            (n, false) => format!(" and {n} more"),
        };
        format!("{}{tail}", shown.join(", "))
    };
    let kinds = [
        (sheets, true, "trang tính ẩn", "hidden sheets"),
        (rows, false, "dòng ẩn", "hidden rows"),
        (columns, false, "cột ẩn", "hidden columns"),
    ];
    let parts: Vec<String> = kinds
        .iter()
        .filter(|(items, ..)| !items.is_empty())
        .map(|(items, quoted, vi_kind, en_kind)| {
            format!("{} {}", if vi { vi_kind } else { en_kind }, list(items, *quoted))
        })
        .collect();
    let parts = parts.join("; ");
    pick(
        vi,
        format!(
            "biểu số liệu Excel “{file}” có phần đang ẩn nên không được đọc (chỉ đọc phần hiển thị): {parts}; nếu số liệu đúng nằm ở phần ẩn, hãy bỏ ẩn (Unhide), nếu không thì xóa phần đó"
        ),
        format!(
            "what the Excel appendix “{file}” hides was not read (only what shows is): {parts}; if the right figures are there, unhide them, otherwise delete them"
        ),
    )
}

fn pick(vi: bool, vi_text: String, en_text: String) -> String {
    if vi { vi_text } else { en_text }
}

/// `16777216` → `16,0 MB` (or `16.0 MB` in English).
fn megabytes(bytes: u64, mark: &str) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    format!("{}{mark}{} MB", tenths / 10, tenths % 10)
}

fn field_invalid(vi: bool, field: &str, value: &str, problem: &FieldProblem) -> String {
    let (why_vi, why_en) = match problem {
        FieldProblem::NotText => ("phải là một chuỗi văn bản", "must be a text value"),
        FieldProblem::BadDate => (
            "không phải ngày hợp lệ (dùng 15/4/2026, 15-04-2026, 15.04.2026, 2026-04-15 hoặc “ngày 15 tháng 4 năm 2026”)",
            "is not a valid date (use 15/4/2026, 15-04-2026, 15.04.2026, 2026-04-15 or “ngày 15 tháng 4 năm 2026”)",
        ),
        FieldProblem::BadMoment => (
            "không phải ngày hoặc thời điểm hợp lệ (ví dụ 2026-04-15T09:30:00+07:00)",
            "is not a valid date or date-time (e.g. 2026-04-15T09:30:00+07:00)",
        ),
        FieldProblem::UnknownCategory { known } => {
            let (vi_hint, en_hint) = crate::diagnostic::fatal::did_you_mean(crate::text::suggest::closest(
                value,
                known.iter().map(String::as_str),
            ));
            let list = known.join(", ");
            return pick(
                vi,
                format!(
                    "trường “{field}” = “{value}” không phải loại đơn vị có trong đề cương{vi_hint}; dùng một trong: {list}"
                ),
                format!("field “{field}” = “{value}” is not a category of the outline{en_hint}; use one of: {list}"),
            );
        }
        FieldProblem::Empty => {
            return pick(
                vi,
                format!("trường “{field}” đang để trống"),
                format!("field “{field}” is empty"),
            );
        }
    };
    pick(
        vi,
        format!("trường “{field}” = “{value}” {why_vi}"),
        format!("field “{field}” = “{value}” {why_en}"),
    )
}

fn value_read_as(vi: bool, name: &str, value: &str, read: &str, how: ReadAs) -> String {
    let (why_vi, why_en) = match how {
        ReadAs::CommaGrouping => (
            format!("số đếm không có phần thập phân nên dấu phẩy được hiểu là ngăn cách hàng nghìn; hãy viết “{read}”"),
            format!("a count has no decimals, so the comma is taken to group thousands; write “{read}”"),
        ),
        ReadAs::DotDecimal => (
            format!("dấu chấm được hiểu là dấu thập phân; hãy viết “{read}” (dấu phẩy là dấu thập phân)"),
            format!("the dot is taken for the decimal mark; write “{read}” (`,` is the decimal mark)"),
        ),
        ReadAs::Footnote => (
            "dấu chú thích sau số không phải số liệu; hãy bỏ dấu và ghi phần chú thích vào cột “Ghi chú”".to_owned(),
            "the footnote mark after the figure is not part of it; remove it and put the note in the “Ghi chú” (notes) column".to_owned(),
        ),
        ReadAs::LettersForDigits => (
            format!("chữ “O”, “l” hay “I” trong số (văn bản quét qua nhận dạng ký tự) được hiểu là chữ số 0 hay 1; hãy kiểm tra với bản gốc và viết “{read}”"),
            format!("the letters “O”, “l” or “I” inside the figure (a scan's recognised text) are taken for the digits 0 and 1; check it against the original and write “{read}”"),
        ),
    };
    pick(
        vi,
        format!("số liệu “{name}” = “{value}” được tính là {read}: {why_vi}"),
        format!("value of “{name}” = “{value}” counts as {read}: {why_en}"),
    )
}

fn value_invalid(vi: bool, name: &str, value: &str, problem: ValueProblem) -> String {
    let (why_vi, why_en) = match problem {
        ValueProblem::NotANumber => (
            "không phải số (dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân)",
            "is not a number (`.` groups thousands, `,` is the decimal mark)",
        ),
        ValueProblem::NotWhole => ("phải là số nguyên", "must be a whole number"),
        ValueProblem::Negative => ("không được âm", "must not be negative"),
        ValueProblem::PercentRange => ("phải nằm trong khoảng 0–100", "must be between 0 and 100"),
        ValueProblem::TooLarge => ("quá lớn", "is too large"),
        ValueProblem::PercentOnCount => (
            "là số đếm, không phải tỷ lệ: bỏ dấu %",
            "is a count, not a percent: remove the %",
        ),
        ValueProblem::Approximate => (
            "không phải một con số: ghi số liệu cụ thể và chuyển phần diễn giải sang cột “Ghi chú”",
            "is not a figure: write the number and move the remark to the “Ghi chú” (notes) column",
        ),
        ValueProblem::TwoNumbers => (
            "có hai số trong một ô: ghi một số liệu đúng chỉ tiêu, số còn lại chuyển sang cột “Ghi chú”",
            "holds two figures: write the one figure of this indicator and move the other to the “Ghi chú” (notes) column",
        ),
        ValueProblem::PeriodBlank => (
            "để trống số liệu của một giai đoạn: cộng các giai đoạn còn lại chỉ là một phần số liệu, chưa được tính; ghi đủ số liệu từng giai đoạn (không có thì ghi 0)",
            "leaves one period's cell empty: the other periods' sum is part of the figure, and is not counted; give every period's figure (0 where there was none)",
        ),
        ValueProblem::Bracketed { figure } => {
            let figure = crate::text::number::format_decimal(figure, figure.scale());
            return pick(
                vi,
                format!(
                    "số liệu “{name}” = “{value}” có thêm một số trong ngoặc: nếu số liệu của chỉ tiêu là {figure} thì chỉ ghi “{figure}”, phần trong ngoặc chuyển sang cột “Ghi chú”"
                ),
                format!(
                    "value of “{name}” = “{value}” holds a second figure in brackets: if this indicator's figure is {figure}, write “{figure}” alone and move the brackets to the “Ghi chú” (notes) column"
                ),
            );
        }
    };
    pick(
        vi,
        format!("số liệu “{name}” = “{value}” {why_vi}"),
        format!("value of “{name}” = “{value}” {why_en}"),
    )
}

fn table_unclear(vi: bool, problem: TableProblem, seen: &[String], expected: &str) -> String {
    let seen = seen
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| format!("“{s}”"))
        .collect::<Vec<_>>()
        .join(", ");
    match problem {
        TableProblem::NoHeader => pick(
            vi,
            format!(
                "không đọc được biểu số liệu: bảng không có dòng tiêu đề cột (dòng đầu là {seen}); hãy thêm dòng “| STT | Chỉ tiêu | Số liệu | Ghi chú |” và dòng “|---|---|---|---|” ngay dưới"
            ),
            format!(
                "the appendix table cannot be read: it has no header row (its first row is {seen}); add “| STT | Chỉ tiêu | Số liệu | Ghi chú |” and a “|---|---|---|---|” line under it"
            ),
        ),
        TableProblem::NoValueColumn => pick(
            vi,
            format!(
                "không đọc được biểu số liệu: không có cột số liệu (các cột: {seen}); hãy đặt tên cột chứa số là “Số liệu” (hoặc “Kết quả”, “Tổng số”, một năm hay giai đoạn)"
            ),
            format!(
                "the appendix table cannot be read: no column holds the figures (columns: {seen}); name the column of figures “Số liệu” (or “Kết quả”, “Tổng số”, a year or a period)"
            ),
        ),
        TableProblem::NoRows => pick(
            vi,
            format!(
                "không đọc được biểu số liệu: không dòng nào khớp với chỉ tiêu của đề cương (các dòng: {seen}); hãy ghi tên chỉ tiêu như “{expected}”"
            ),
            format!(
                "the appendix table cannot be read: no row matches an indicator of the outline (rows: {seen}); name the rows as in “{expected}”"
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_in_quotes_become_single() {
        let finding = Finding::MissingSection {
            section: "x".into(),
            title: "Phong trào “Dân vận khéo”".into(),
            looked: (1, 1),
            closest: None,
        };
        let text = message(&finding, Lang::Vi);
        assert!(text.starts_with("thiếu mục “Phong trào ‘Dân vận khéo’”"), "{text}");
        assert_eq!(nest_quotes("“a” và “b”"), "“a” và “b”");
    }

    /// A second figure in brackets is named as such, with the figure that would count;
    /// a footnote mark or a figure written the English way is counted, and said.
    #[test]
    fn a_second_figure_in_brackets_is_no_footnote_mark() {
        let finding = |value: &str, problem| Finding::AppendixValueInvalid {
            indicator: "tap-huan".into(),
            name: "Số lượt tập huấn".into(),
            value: value.into(),
            problem,
            cell: String::new(),
        };
        let bracketed = finding(
            "1.250 (tăng 20%)",
            ValueProblem::Bracketed {
                figure: rust_decimal::Decimal::from(1250),
            },
        );
        let vi = message(&bracketed, Lang::Vi);
        assert_eq!(
            vi,
            "số liệu “Số lượt tập huấn” = “1.250 (tăng 20%)” có thêm một số trong ngoặc: nếu số liệu của chỉ tiêu là 1.250 thì chỉ ghi “1.250”, phần trong ngoặc chuyển sang cột “Ghi chú”"
        );
        let en = message(&bracketed, Lang::En);
        assert_eq!(
            en,
            "value of “Số lượt tập huấn” = “1.250 (tăng 20%)” holds a second figure in brackets: if this indicator's figure is 1.250, write “1.250” alone and move the brackets to the “Ghi chú” (notes) column"
        );
        // A footnote mark is read past: the figure counts, and the unit is told.
        let read = |value: &str, read: &str, how| Finding::AppendixValueReadAs {
            indicator: "tap-huan".into(),
            name: "Số lượt tập huấn".into(),
            value: value.into(),
            read: read.into(),
            how,
            cell: "C7".into(),
        };
        assert_eq!(
            message(&read("48*", "48", ReadAs::Footnote), Lang::Vi),
            "số liệu “Số lượt tập huấn” = “48*” được tính là 48: dấu chú thích sau số không phải số liệu; hãy bỏ dấu và ghi phần chú thích vào cột “Ghi chú” (C7)"
        );
        assert_eq!(
            message(&read("4,350", "4.350", ReadAs::CommaGrouping), Lang::En),
            "value of “Số lượt tập huấn” = “4,350” counts as 4.350: a count has no decimals, so the comma is taken to group thousands; write “4.350” (C7)"
        );
    }
}
