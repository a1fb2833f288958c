//! Every diagnostic code and what is fixed about it, in one table: [`CODES`], indexed by
//! [`Code`] (a code's discriminant is its place in the table).
//!
//! The table is the single source of:
//! - a code's id (`missing-section`), as every output prints it ([`Code::id`]);
//! - its default severity: [`Finding::severity`](super::Finding::severity) is the table's,
//!   but for the few exceptions that depend on the finding's data, written there as
//!   overrides (a Word report's pseudo-heading is a note, an unsupported file named on the
//!   command line an error);
//! - its one-line English description, and the order of codes: SARIF's rules are the
//!   table's rows in order, and a result's `ruleIndex` is its code's discriminant;
//! - whether the file carrying it was read as a report at all ([`Facts::unread`]): a file
//!   that was not gets no submission time in `across`;
//! - whether `compile` (and `status`) reject the file carrying it, with which precedence
//!   when a file carries several, and in which words, Vietnamese and English
//!   ([`Rejection`]); a code that never rejects has none.
//!
//! The README's "Diagnostics" table lists the same codes, in the same order, with the same
//! severities (a test below reads it; its "when" column says more than the description).
//! What a finding says is not here: its message depends on its data, and is written per
//! variant in [`message`](super::message).

use super::Severity::{self, Error, Note, Warning};
use crate::text::lang::Lang;

/// One diagnostic code. Its discriminant is its row in [`CODES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    MissingSection,
    EmptySection,
    DuplicateSection,
    SectionOrder,
    UnknownSection,
    NoDiacritics,
    PseudoHeading,
    MergedSections,
    FrontMatterMissing,
    FrontMatterInvalid,
    FieldMissing,
    FieldInvalid,
    UnknownUnit,
    UnitMismatch,
    DuplicateUnit,
    Late,
    ModifiedAfterDue,
    Encoding,
    NotText,
    UnsupportedFile,
    Unreadable,
    TooLarge,
    AppendixValueMissing,
    AppendixValueInvalid,
    AppendixValueReadAs,
    AppendixConstraint,
    MetadataInferred,
    MetadataConflict,
    UnitAmbiguous,
    UnitUnidentified,
    AppendixTableUnclear,
    AppendixEmpty,
    AppendixTotalMismatch,
    AppendixPeriodsSummed,
    AppendixWorkbook,
    SubmittedBeforeCommit,
    SubmittedBeforeDate,
    TooManyCells,
    Conversion,
    WordInvalid,
    NeedsDocx,
    OtherCampaign,
    LoneWorkbook,
    AppendixHidden,
    AppendixValueTwice,
    AppendixPartsSummed,
    AppendixNotApplicable,
    SectionByText,
    CompanionFile,
    LetterWithoutReport,
    AttachedDocument,
    AppendixLatestYear,
    SectionWithoutHeading,
}

/// What is fixed about one code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub code: Code,
    /// The code as outputs print it: `missing-section`.
    pub id: &'static str,
    /// The severity of its findings, unless the finding's data overrides it.
    pub severity: Severity,
    /// One line, in English: SARIF's rule description.
    pub description: &'static str,
    /// The file carrying it was not read as a report (not a report file, not text, too
    /// large, not a readable Word document…).
    pub unread: bool,
    /// `Some`: a file carrying it is rejected by `compile` and `status`.
    pub rejection: Option<Rejection>,
    /// Its findings are about the statistics appendix's figures: moot where those figures
    /// do not count (a companion file's, beside a report with figures of its own).
    pub figures: bool,
}

/// Why `compile` sets a file aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejection {
    /// Precedence among the codes a rejected file carries: 0 is the most telling, the one
    /// the file is rejected for.
    pub rank: u8,
    /// The reason, as the compiled report says it (the words of an official document,
    /// never a code).
    pub vi: &'static str,
    pub en: &'static str,
}

impl Rejection {
    pub fn words(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

impl Code {
    pub fn facts(self) -> &'static Facts {
        &CODES[self as usize]
    }

    pub fn id(self) -> &'static str {
        self.facts().id
    }

    /// The default severity; [`Finding::severity`](super::Finding::severity) may override it.
    pub fn severity(self) -> Severity {
        self.facts().severity
    }

    pub fn description(self) -> &'static str {
        self.facts().description
    }

    pub fn unread(self) -> bool {
        self.facts().unread
    }

    pub fn about_figures(self) -> bool {
        self.facts().figures
    }

    pub fn rejection(self) -> Option<&'static Rejection> {
        self.facts().rejection.as_ref()
    }

    /// The code whose id is `id`.
    pub fn from_id(id: &str) -> Option<Code> {
        CODES.iter().find(|facts| facts.id == id).map(|facts| facts.code)
    }

    /// The code a file carrying `codes` is rejected for: the most telling of those that
    /// reject, if any does.
    pub fn rejecting(codes: impl IntoIterator<Item = Code>) -> Option<Code> {
        codes
            .into_iter()
            .filter_map(|code| code.rejection().map(|rejection| (rejection.rank, code)))
            .min()
            .map(|(_, code)| code)
    }
}

const fn row(code: Code, id: &'static str, severity: Severity, description: &'static str) -> Facts {
    Facts {
        code,
        id,
        severity,
        description,
        unread: false,
        rejection: None,
        figures: false,
    }
}

impl Facts {
    const fn unread(self) -> Facts {
        Facts { unread: true, ..self }
    }

    const fn on_figures(self) -> Facts {
        Facts { figures: true, ..self }
    }

    const fn rejects(self, rank: u8, vi: &'static str, en: &'static str) -> Facts {
        Facts {
            rejection: Some(Rejection { rank, vi, en }),
            ..self
        }
    }
}

/// Every code, in the order of SARIF's rules and of the README's table. A new code goes
/// at the end: a code's place is its rule's index in SARIF output already written.
pub static CODES: [Facts; 53] = TABLE;

const TABLE: [Facts; 53] = [
    row(
        Code::MissingSection,
        "missing-section",
        Error,
        "A section of the outline is absent",
    ),
    row(
        Code::EmptySection,
        "empty-section",
        Error,
        "A section has fewer words than its minimum",
    ),
    row(
        Code::DuplicateSection,
        "duplicate-section",
        Error,
        "A second heading matches a section already seen",
    ),
    row(
        Code::SectionOrder,
        "section-order",
        Warning,
        "A section comes after one the outline puts after it",
    ),
    row(
        Code::UnknownSection,
        "unknown-section",
        Warning,
        "A top-level heading matches no section of the outline",
    ),
    row(
        Code::NoDiacritics,
        "no-diacritics",
        Warning,
        "A heading matched only with diacritics removed",
    ),
    row(
        Code::PseudoHeading,
        "pseudo-heading",
        Warning,
        "A bold or numbered line stands in for a section heading",
    ),
    row(
        Code::MergedSections,
        "merged-sections",
        Note,
        "One heading stands for two neighbouring sections",
    ),
    row(
        Code::FrontMatterMissing,
        "front-matter-missing",
        Error,
        "The report has no front matter",
    )
    .rejects(8, "không rõ đơn vị gửi", "no sender named"),
    row(
        Code::FrontMatterInvalid,
        "front-matter-invalid",
        Error,
        "The front matter is not valid YAML",
    )
    .rejects(9, "thông tin đầu tệp sai cú pháp", "front matter not valid"),
    row(
        Code::FieldMissing,
        "field-missing",
        Error,
        "A required front-matter field is absent",
    )
    .rejects(13, "thiếu trường thông tin bắt buộc", "a required field is missing"),
    row(
        Code::FieldInvalid,
        "field-invalid",
        Error,
        "A front-matter value is malformed",
    )
    .rejects(14, "trường thông tin không hợp lệ", "a field is not valid"),
    row(
        Code::UnknownUnit,
        "unknown-unit",
        Error,
        "The unit code is not in the roster",
    )
    .rejects(10, "mã đơn vị không có trong danh sách", "unit code not in the roster"),
    row(
        Code::UnitMismatch,
        "unit-mismatch",
        Warning,
        "The unit name differs from the roster's",
    ),
    row(
        Code::DuplicateUnit,
        "duplicate-unit",
        Error,
        "Two files claim the same unit code",
    ),
    row(
        Code::Late,
        "late",
        Warning,
        "The report was submitted after the unit's deadline",
    ),
    row(
        Code::ModifiedAfterDue,
        "modified-after-due",
        Note,
        "The report was changed in git after the deadline",
    ),
    row(
        Code::Encoding,
        "encoding",
        Warning,
        "The file was not UTF-8 and was converted",
    ),
    row(Code::NotText, "not-text", Error, "The file is not text")
        .unread()
        .rejects(1, "tệp không phải văn bản", "not a text file"),
    row(
        Code::UnsupportedFile,
        "unsupported-file",
        Warning,
        "The file is not a Markdown report, or is a symbolic link",
    )
    .unread()
    .rejects(
        7,
        "không phải tệp báo cáo (.md, .txt, .docx)",
        "not a report file (.md, .txt, .docx)",
    ),
    row(
        Code::Unreadable,
        "unreadable",
        Error,
        "The file or folder could not be read",
    )
    .unread()
    .rejects(4, "không đọc được tệp", "the file could not be read"),
    row(Code::TooLarge, "too-large", Error, "The file is larger than the limit")
        .unread()
        .rejects(5, "tệp quá lớn", "the file is too large"),
    row(
        Code::AppendixValueMissing,
        "appendix-value-missing",
        Warning,
        "An appendix indicator has no value",
    )
    .on_figures(),
    row(
        Code::AppendixValueInvalid,
        "appendix-value-invalid",
        Error,
        "An appendix value is not valid for its indicator",
    )
    .on_figures(),
    row(
        Code::AppendixValueReadAs,
        "appendix-value-read-as",
        Warning,
        "An appendix figure written otherwise than the Vietnamese way was read as the one figure it can mean",
    )
    .on_figures(),
    row(
        Code::AppendixConstraint,
        "appendix-constraint",
        Error,
        "An appendix value exceeds the one its rule names",
    )
    .on_figures(),
    row(
        Code::MetadataInferred,
        "metadata-inferred",
        Note,
        "A metadata value was read from the header or signature block",
    ),
    row(
        Code::MetadataConflict,
        "metadata-conflict",
        Warning,
        "The front matter and the header block give different values, or the file name and the header different units",
    ),
    row(
        Code::UnitAmbiguous,
        "unit-ambiguous",
        Error,
        "The unit named in the header fits several roster units",
    )
    .rejects(
        11,
        "tên đơn vị khớp với nhiều đơn vị",
        "the unit's name fits several units",
    ),
    row(
        Code::UnitUnidentified,
        "unit-unidentified",
        Error,
        "The unit named in the header fits no roster unit",
    )
    .rejects(
        12,
        "tên đơn vị không có trong danh sách",
        "the unit's name is not in the roster",
    ),
    row(
        Code::AppendixTableUnclear,
        "appendix-table-unclear",
        Error,
        "An appendix table is there but its columns or rows cannot be read",
    )
    .on_figures(),
    row(
        Code::AppendixEmpty,
        "appendix-empty",
        Error,
        "The appendix has no table, or not one figure",
    )
    .on_figures(),
    row(
        Code::AppendixTotalMismatch,
        "appendix-total-mismatch",
        Warning,
        "A total column disagrees with the sum of its period columns",
    )
    .on_figures(),
    row(
        Code::AppendixPeriodsSummed,
        "appendix-periods-summed",
        Note,
        "Period columns without a total column, or tables of successive periods: their sum counts",
    )
    .on_figures(),
    row(
        Code::AppendixWorkbook,
        "appendix-workbook",
        Error,
        "The Excel appendix beside the report cannot be read",
    )
    .on_figures(),
    row(
        Code::SubmittedBeforeCommit,
        "submitted-before-commit",
        Warning,
        "The declared submission is earlier than git's first record of the file",
    ),
    row(
        Code::SubmittedBeforeDate,
        "submitted-before-date",
        Error,
        "The declared submission is earlier than the report's own date",
    ),
    row(
        Code::TooManyCells,
        "too-many-cells",
        Error,
        "The report has more table cells than any report needs; it is not read",
    )
    .unread()
    .rejects(6, "tệp có quá nhiều ô bảng", "too many table cells"),
    row(
        Code::Conversion,
        "conversion",
        Note,
        "Reading a Word file accepted tracked changes, dropped pictures, or converted it",
    ),
    row(
        Code::WordInvalid,
        "word-invalid",
        Error,
        "A .docx file is not a readable Word document",
    )
    .unread()
    .rejects(2, "tệp Word bị hỏng, không đọc được", "a damaged Word file"),
    row(
        Code::NeedsDocx,
        "needs-docx",
        Error,
        "A .doc, .odt, .rtf or .pdf file could not be read: send it as .docx or .md",
    )
    .unread()
    .rejects(3, "cần gửi lại dưới dạng .docx", "to be sent again as .docx"),
    // A report of another campaign: sent back whoever sent it, before anything else.
    row(
        Code::OtherCampaign,
        "other-campaign",
        Error,
        "The title block's subject names another campaign's documents",
    )
    .rejects(
        0,
        "báo cáo của đợt khác, không phải báo cáo của đợt tổng kết này",
        "a report of another campaign",
    ),
    // A workbook sent without its report, or that cannot be told which report it goes
    // with: not a report, so not read as one and never counted.
    row(
        Code::LoneWorkbook,
        "lone-workbook",
        Warning,
        "An Excel workbook no report claims is a unit's by its title rows or name, and is not read",
    )
    .unread()
    .rejects(
        15,
        "biểu số liệu Excel không gắn với báo cáo nào",
        "an Excel appendix with no report to go with",
    ),
    row(
        Code::AppendixHidden,
        "appendix-hidden",
        Note,
        "Sheets, rows or columns an Excel appendix hides were not read",
    )
    .on_figures(),
    row(
        Code::AppendixValueTwice,
        "appendix-value-twice",
        Warning,
        "Two rows of the appendix give one indicator different figures",
    )
    .on_figures(),
    row(
        Code::AppendixPartsSummed,
        "appendix-parts-summed",
        Note,
        "An indicator's row has no figure of its own: the sum of the rows under it counts",
    )
    .on_figures(),
    row(
        Code::AppendixNotApplicable,
        "appendix-not-applicable",
        Note,
        "An indicator with no figure is not applicable: the report says the duty is not the unit's",
    )
    .on_figures(),
    row(
        Code::SectionByText,
        "section-by-text",
        Note,
        "A heading that names no section is read as the one its text is",
    ),
    row(
        Code::CompanionFile,
        "companion-file",
        Note,
        "A file that holds no section of the outline goes with its unit's report (a cover letter, the appendix on its own)",
    ),
    row(
        Code::LetterWithoutReport,
        "letter-without-report",
        Error,
        "A cover letter holding no section of the outline, and no report of its unit with it",
    )
    .rejects(
        16,
        "chỉ có công văn gửi kèm, chưa có báo cáo",
        "a cover letter without its report",
    ),
    row(
        Code::AttachedDocument,
        "attached-document",
        Note,
        "Another document (its own header, number and BÁO CÁO, or a list of people after the signature) filed with the report in the same file: not compiled",
    ),
    row(
        Code::AppendixLatestYear,
        "appendix-latest-year",
        Warning,
        "Columns of single years apart and no total: the latest year's figure counts",
    )
    .on_figures(),
    row(
        Code::SectionWithoutHeading,
        "section-without-heading",
        Note,
        "A part with no heading of its own whose sub-sections are there, under the part before it: it starts at the first of them",
    ),
];

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// Checked as the crate builds: each row sits at its code's discriminant, no id is given
// twice, and the rejecting codes' ranks are 0, 1, 2… each once.
const _: () = {
    let mut rejecting = 0;
    let mut i = 0;
    while i < TABLE.len() {
        assert!(TABLE[i].code as usize == i, "a row is not at its code's discriminant");
        let mut j = i + 1;
        while j < TABLE.len() {
            assert!(!same(TABLE[i].id, TABLE[j].id), "an id is given twice");
            j += 1;
        }
        if TABLE[i].rejection.is_some() {
            rejecting += 1;
        }
        i += 1;
    }
    let mut rank = 0;
    while rank < rejecting {
        let mut holders = 0;
        let mut i = 0;
        while i < TABLE.len() {
            if let Some(rejection) = TABLE[i].rejection
                && rejection.rank as usize == rank
            {
                holders += 1;
            }
            i += 1;
        }
        assert!(holders == 1, "rejection ranks are not 0, 1, 2… each once");
        rank += 1;
    }
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_lead_back_to_their_codes() {
        for facts in &CODES {
            assert_eq!(Code::from_id(facts.id), Some(facts.code));
            assert_eq!(facts.code.id(), facts.id);
        }
        assert_eq!(Code::from_id("no-such-code"), None);
    }

    /// Each code's default severity as it was when the table replaced the hand-kept lists.
    #[test]
    fn default_severities_are_pinned() {
        let pinned = [
            ("missing-section", Error),
            ("empty-section", Error),
            ("duplicate-section", Error),
            ("section-order", Warning),
            ("unknown-section", Warning),
            ("no-diacritics", Warning),
            ("pseudo-heading", Warning),
            ("merged-sections", Note),
            ("front-matter-missing", Error),
            ("front-matter-invalid", Error),
            ("field-missing", Error),
            ("field-invalid", Error),
            ("unknown-unit", Error),
            ("unit-mismatch", Warning),
            ("duplicate-unit", Error),
            ("late", Warning),
            ("modified-after-due", Note),
            ("encoding", Warning),
            ("not-text", Error),
            ("unsupported-file", Warning),
            ("unreadable", Error),
            ("too-large", Error),
            ("appendix-value-missing", Warning),
            ("appendix-value-invalid", Error),
            ("appendix-value-read-as", Warning),
            ("appendix-constraint", Error),
            ("metadata-inferred", Note),
            ("metadata-conflict", Warning),
            ("unit-ambiguous", Error),
            ("unit-unidentified", Error),
            ("appendix-table-unclear", Error),
            ("appendix-empty", Error),
            ("appendix-total-mismatch", Warning),
            ("appendix-periods-summed", Note),
            ("appendix-workbook", Error),
            ("submitted-before-commit", Warning),
            ("submitted-before-date", Error),
            ("too-many-cells", Error),
            ("conversion", Note),
            ("word-invalid", Error),
            ("needs-docx", Error),
            ("other-campaign", Error),
            ("lone-workbook", Warning),
            ("appendix-hidden", Note),
            ("appendix-value-twice", Warning),
            ("appendix-parts-summed", Note),
            ("appendix-not-applicable", Note),
            ("section-by-text", Note),
            ("companion-file", Note),
            ("letter-without-report", Error),
            ("attached-document", Note),
            ("appendix-latest-year", Warning),
            ("section-without-heading", Note),
        ];
        let table: Vec<(&str, Severity)> = CODES.iter().map(|f| (f.id, f.severity)).collect();
        assert_eq!(table, pinned);
    }

    #[test]
    fn the_most_telling_rejecting_code_wins() {
        let rejecting: Vec<&str> = {
            let mut rows: Vec<&Facts> = CODES.iter().filter(|f| f.rejection.is_some()).collect();
            rows.sort_by_key(|f| f.rejection.map(|r| r.rank));
            rows.iter().map(|f| f.id).collect()
        };
        // The order `compile` has always rejected files in, most telling first.
        assert_eq!(
            rejecting,
            [
                "other-campaign",
                "not-text",
                "word-invalid",
                "needs-docx",
                "unreadable",
                "too-large",
                "too-many-cells",
                "unsupported-file",
                "front-matter-missing",
                "front-matter-invalid",
                "unknown-unit",
                "unit-ambiguous",
                "unit-unidentified",
                "field-missing",
                "field-invalid",
                "lone-workbook",
                "letter-without-report",
            ]
        );
        let carried = [Code::Late, Code::FieldInvalid, Code::UnknownUnit, Code::MissingSection];
        assert_eq!(Code::rejecting(carried), Some(Code::UnknownUnit));
        assert_eq!(Code::rejecting([Code::Late, Code::MissingSection]), None);
        assert_eq!(
            Code::OtherCampaign.rejection().map(|r| r.words(Lang::En)),
            Some("a report of another campaign")
        );
    }

    /// The codes about the appendix's figures, which a companion file's figures that do
    /// not count no longer carry.
    #[test]
    fn codes_about_figures_are_the_appendix_codes() {
        let figures: Vec<&str> = CODES.iter().filter(|f| f.figures).map(|f| f.id).collect();
        let appendix: Vec<&str> = CODES
            .iter()
            .map(|f| f.id)
            .filter(|id| id.starts_with("appendix-"))
            .collect();
        assert_eq!(figures, appendix);
        assert!(Code::AppendixValueMissing.about_figures() && !Code::MissingSection.about_figures());
    }

    /// The codes of a file not read as a report at all, as `across` has always listed them;
    /// each of them also rejects the file.
    #[test]
    fn unread_codes_are_pinned() {
        let unread: Vec<&str> = CODES.iter().filter(|f| f.unread).map(|f| f.id).collect();
        assert_eq!(
            unread,
            [
                "not-text",
                "unsupported-file",
                "unreadable",
                "too-large",
                "too-many-cells",
                "word-invalid",
                "needs-docx",
                "lone-workbook",
            ]
        );
        assert!(CODES.iter().filter(|f| f.unread).all(|f| f.rejection.is_some()));
    }

    /// The README's "Diagnostics" table: the same codes, in the table's order, with the
    /// same severities. Its "when" column may say more than the one-line description.
    #[test]
    fn the_readme_lists_the_codes_as_the_table_does() {
        let readme = include_str!("../../README.md");
        let (_, section) = readme.split_once("\n## Diagnostics\n").expect("a Diagnostics section");
        let section = section.split("\n## ").next().unwrap_or(section);
        let mut lines = section.lines().skip_while(|line| !line.starts_with("| code |"));
        assert_eq!(
            lines.next().map(str::trim_end),
            Some("| code | severity | when |"),
            "the table's header"
        );
        let rows: Vec<(String, String)> = lines
            .skip(1)
            .take_while(|line| line.starts_with('|'))
            .map(|line| {
                let cells: Vec<&str> = line.splitn(4, '|').map(str::trim).collect();
                (cells[1].trim_matches('`').to_owned(), cells[2].to_owned())
            })
            .collect();
        let table: Vec<(String, String)> = CODES
            .iter()
            .map(|f| (f.id.to_owned(), f.severity.as_str().to_owned()))
            .collect();
        assert_eq!(rows, table);
    }
}
