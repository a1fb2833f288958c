//! The words of every diagnostic, in Vietnamese and English. Unit staff read these:
//! each message says what is wrong and, where it is not obvious, what to do.

use crate::date::written_vi;
use crate::diagnostic::{ConversionNote, FieldProblem, Finding, NeedsDocxProblem, ValueProblem, WordProblem};
use crate::lang::Lang;

pub fn message(finding: &Finding, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match finding {
        Finding::MissingSection { title, .. } => pick(
            vi,
            format!("thiếu mục “{title}”"),
            format!("section “{title}” is missing"),
        ),
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
        Finding::PseudoHeading { title, .. } => pick(
            vi,
            format!("dòng này được hiểu là tiêu đề mục “{title}”; hãy thêm dấu # (hoặc ##) ở đầu dòng để thành tiêu đề"),
            format!("this line is taken as the heading of “{title}”; put # (or ##) at the start of the line to make it a heading"),
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
        Finding::UnknownUnit { code } => pick(
            vi,
            format!("mã đơn vị “{code}” không có trong danh sách đơn vị"),
            format!("unit code “{code}” is not in the roster"),
        ),
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
        Finding::UnsupportedFile { symlink: true } => pick(
            vi,
            "đây là lối tắt (liên kết tượng trưng), không được đọc".into(),
            "symbolic link (shortcut): not followed".into(),
        ),
        Finding::UnsupportedFile { symlink: false } => pick(
            vi,
            "không phải báo cáo dạng Markdown (.md) nên không được đọc; hãy lưu báo cáo thành tệp .md (xem lệnh `baocao new`)".into(),
            "not a Markdown report (.md), so it is not read; save the report as a .md file (see `baocao new`)".into(),
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
        Finding::AppendixValueMissing { name, .. } => pick(
            vi,
            format!("phụ lục thiếu số liệu “{name}”"),
            format!("appendix has no value for “{name}”"),
        ),
        Finding::AppendixValueInvalid {
            name, value, problem, ..
        } => value_invalid(vi, name, value, *problem),
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

fn needs_docx(vi: bool, format: &str, problem: &NeedsDocxProblem) -> String {
    match problem {
        NeedsDocxProblem::Pdf => pick(
            vi,
            "tệp PDF (bản scan, bản đã ký) là bản chính thức, không phải văn bản để tổng hợp; hãy gửi báo cáo dạng .docx hoặc .md".into(),
            "a PDF (scanned or signed) is the official copy, not the text to compile; send the report as .docx or .md".into(),
        ),
        NeedsDocxProblem::NoLibreOffice => pick(
            vi,
            format!("tệp .{format} chỉ đọc được khi máy có LibreOffice (soffice); hãy mở tệp trong Word và chọn Lưu thành (Save As) → Word Document (.docx), hoặc cài LibreOffice"),
            format!("a .{format} file can only be read with LibreOffice (soffice) installed; open it in Word and Save As → Word Document (.docx), or install LibreOffice"),
        ),
        NeedsDocxProblem::ConversionFailed { error } => pick(
            vi,
            format!("LibreOffice không chuyển được tệp .{format} sang .docx ({error}); hãy mở trong Word và lưu thành .docx"),
            format!("LibreOffice could not convert the .{format} file to .docx ({error}); open it in Word and save it as .docx"),
        ),
    }
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
            "không phải ngày hợp lệ (dùng 15/4/2026, 2026-04-15 hoặc “ngày 15 tháng 4 năm 2026”)",
            "is not a valid date (use 15/4/2026, 2026-04-15 or “ngày 15 tháng 4 năm 2026”)",
        ),
        FieldProblem::BadMoment => (
            "không phải ngày hoặc thời điểm hợp lệ (ví dụ 2026-04-15T09:30:00+07:00)",
            "is not a valid date or date-time (e.g. 2026-04-15T09:30:00+07:00)",
        ),
        FieldProblem::UnknownCategory => (
            "không phải loại đơn vị có trong đề cương",
            "is not a category of the outline",
        ),
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
    };
    pick(
        vi,
        format!("số liệu “{name}” = “{value}” {why_vi}"),
        format!("value of “{name}” = “{value}” {why_en}"),
    )
}
