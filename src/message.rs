//! The words of every diagnostic, in Vietnamese and English. Unit staff read these:
//! each message says what is wrong and, where it is not obvious, what to do.

use crate::date::written_vi;
use crate::diagnostic::{FieldProblem, Finding, ValueProblem};
use crate::lang::Lang;

pub fn message(finding: &Finding, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match finding {
        Finding::MissingSection { title, .. } => pick(
            vi,
            format!("thiếu mục “{title}”"),
            format!("section “{title}” is missing"),
        ),
        Finding::EmptySection { title, words, min, .. } => pick(
            vi,
            format!("mục “{title}” chưa có nội dung ({words} từ, cần ít nhất {min})"),
            format!("section “{title}” is empty ({words} words, at least {min} needed)"),
        ),
        Finding::DuplicateSection { title, first_line, .. } => pick(
            vi,
            format!("mục “{title}” xuất hiện lần thứ hai (lần đầu ở dòng {first_line})"),
            format!("section “{title}” appears a second time (first at line {first_line})"),
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
            format!("tiêu đề viết không dấu; đề nghị viết đúng “{title}”"),
            format!("heading typed without diacritics; write it as “{title}”"),
        ),
        Finding::PseudoHeading { title, .. } => pick(
            vi,
            format!("dòng này được hiểu là tiêu đề mục “{title}”; nên định dạng là tiêu đề (#)"),
            format!("this line is taken as the heading of “{title}”; make it a real heading (#)"),
        ),
        Finding::FrontMatterMissing => pick(
            vi,
            "thiếu phần thông tin đầu tệp (giữa hai dòng ---): unit, unit_code, category, date".into(),
            "no front matter (between two --- lines): unit, unit_code, category, date".into(),
        ),
        Finding::FrontMatterInvalid { error } => pick(
            vi,
            format!("phần thông tin đầu tệp sai cú pháp YAML: {error}"),
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
            format!("tên đơn vị “{given}” khác với danh sách: “{roster}”"),
            format!("unit name “{given}” differs from the roster's “{roster}”"),
        ),
        Finding::DuplicateUnit { code, others } => pick(
            vi,
            format!("mã đơn vị “{code}” cũng được khai ở: {}", others.join(", ")),
            format!("unit code “{code}” is also claimed by: {}", others.join(", ")),
        ),
        Finding::Late { days, due, submitted } => pick(
            vi,
            format!(
                "nộp muộn {days} ngày (nộp {}, hạn cuối {})",
                written_vi(*submitted),
                written_vi(*due)
            ),
            format!("submitted {days} day(s) late (on {submitted}, last day on time {due})"),
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
            "liên kết tượng trưng: không đọc theo liên kết".into(),
            "symbolic link: not followed".into(),
        ),
        Finding::UnsupportedFile { symlink: false } => pick(
            vi,
            "không phải báo cáo Markdown (.md); tệp này được bỏ qua".into(),
            "not a Markdown report (.md); this file is skipped".into(),
        ),
        Finding::Unreadable { error } => pick(
            vi,
            format!("không đọc được tệp: {error}"),
            format!("cannot read the file: {error}"),
        ),
        Finding::TooLarge { bytes, limit } => pick(
            vi,
            format!("tệp quá lớn ({bytes} byte, tối đa {limit}); tệp này được bỏ qua"),
            format!("file too large ({bytes} bytes, at most {limit}); skipped"),
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
    }
}

fn pick(vi: bool, vi_text: String, en_text: String) -> String {
    if vi { vi_text } else { en_text }
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
        FieldProblem::Empty => ("đang để trống", "is empty"),
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
    };
    pick(
        vi,
        format!("số liệu “{name}” = “{value}” {why_vi}"),
        format!("value of “{name}” = “{value}” {why_en}"),
    )
}
