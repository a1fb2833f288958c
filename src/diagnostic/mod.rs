//! What `check` finds: a code, a severity, a place in the file, the key it concerns and
//! the data its message is made from. Messages are rendered late, in the chosen language.
//! What is fixed about each code (its id, default severity, description, and whether it
//! rejects a file) is in one table, [`codes::CODES`].

pub mod codes;
pub mod fatal;
pub mod message;

use jiff::civil::Date;

use crate::text::lang::Lang;
pub use codes::Code;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Informational: never changes the exit code.
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Why a front-matter value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    NotText,
    BadDate,
    BadMoment,
    /// With the outline's category ids, to list them and offer the closest.
    UnknownCategory {
        known: Vec<String>,
    },
    Empty,
}

/// Why an appendix value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueProblem {
    NotANumber,
    NotWhole,
    Negative,
    PercentRange,
    TooLarge,
    /// A `%` after a count.
    PercentOnCount,
    /// `khoảng 640`, `trên 1.000`: a remark with the figure.
    Approximate,
    /// `866/964`: two figures in one cell.
    TwoNumbers,
    /// `200 (tăng 20%)`: a second figure in brackets after `figure`, the one that would
    /// count.
    Bracketed {
        figure: rust_decimal::Decimal,
    },
    /// A count given by period with one period's cell left empty: the others' sum is
    /// part of the figure, not the figure.
    PeriodBlank,
}

/// How a figure written otherwise than the Vietnamese way was read: each can mean one
/// figure only, which counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAs {
    /// `4,350` in a count: the comma groups thousands (a count has no decimals).
    CommaGrouping,
    /// `67.8`: the dot is the decimal mark (one or two digits after it group nothing).
    DotDecimal,
    /// `30*`, `30 (1)`, `30¹`: a footnote mark after the figure, not part of it.
    Footnote,
    /// `1.O38`, `2l9`: letters character recognition took for digits (a scan's text).
    LettersForDigits,
}

/// Why an appendix table present in the report could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableProblem {
    /// No `|---|` row and no header row with a recognisable column name.
    NoHeader,
    /// Headers, but none that says which column holds the figures.
    NoValueColumn,
    /// Columns understood, but no row is any indicator's.
    NoRows,
}

/// The heading most like a missing section: its line, its text, and the next line when
/// the heading is wrapped over two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closest {
    pub line: usize,
    pub heading: String,
    pub continues: Option<usize>,
}

/// Where another document stands to the report in its file ([`Finding::AttachedDocument`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filed {
    /// After it: a sub-unit's report under its own header.
    After,
    /// Over it: a cover letter with its own number or `V/v …` excerpt.
    Letter,
    /// Over it: an e-mail's headers and note, a chat's lines, the report pasted under them.
    Envelope,
}

/// How a file makes its headings: what a line read as one is to become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Headings {
    /// Markdown: `#` marks.
    #[default]
    Marks,
    /// Markdown with no `#` heading at all: its headings are bold or numbered lines, so
    /// there are no headings of its own to write a line like.
    Unmarked,
    /// Word: heading styles; a bold numbered paragraph is how most units write one.
    Styles,
    /// Plain text (Notepad, Word's "Plain Text"): a numbered or capitals line is all a
    /// heading can be.
    Lines,
    /// A cell of an account set out as a table (`Nội dung` | `Kết quả thực hiện`): its
    /// left cells are the parts' titles, a layout many campaigns ask for.
    Table,
}

/// Each variant is one diagnostic code (a code may have more than one: a stray workbook is
/// `unsupported-file` as any stray file is); its fields are what the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    MissingSection {
        section: String,
        title: String,
        /// First and last line of the part of the file the section was looked for in.
        looked: (usize, usize),
        /// The heading there most like it, if any is.
        closest: Option<Closest>,
    },
    EmptySection {
        section: String,
        title: String,
        words: usize,
        min: usize,
    },
    DuplicateSection {
        section: String,
        title: String,
        first_line: usize,
    },
    SectionOrder {
        section: String,
        title: String,
        after: String,
    },
    UnknownSection {
        heading: String,
    },
    NoDiacritics {
        section: String,
        title: String,
    },
    PseudoHeading {
        section: String,
        title: String,
        /// The Markdown level the file's own headings call for.
        level: u8,
        /// The line rewritten as that heading.
        line: String,
        /// The line is bold (`**…**`): the marks are to go.
        bold: bool,
        /// How the file makes headings, which says what the remedy is.
        written: Headings,
    },
    /// The title block's subject names documents (`05-CT/TW`) the campaign's title does
    /// not: a report of another campaign.
    OtherCampaign {
        subject: String,
        expected: String,
    },
    /// A heading that says no section (`III. ĐÁNH GIÁ CHUNG`, `heading`) is `section`, the
    /// one the outline lacks there, by what its text says.
    SectionByText {
        section: String,
        title: String,
        heading: String,
    },
    /// `section` has no heading of its own, but its sub-sections are there, under the part
    /// before it (`first`, the first of them): the section starts there.
    SectionWithoutHeading {
        section: String,
        title: String,
        first: String,
    },
    /// A file of a unit that holds no section of the outline, beside the unit's report
    /// (`report`): a cover letter, the appendix sent as a file of its own. Not a second
    /// report; `figures`: its appendix is the report's, which has none of its own.
    CompanionFile {
        report: String,
        figures: Figures,
        /// Not read at all: the signed copy as a PDF, in the unit's folder beside it.
        copy: bool,
        /// Where its figures, not counted, differ from the report's: the indicator's
        /// name, this file's figure, the report's (each as written, or empty).
        differ: Vec<(String, String, String)>,
    },
    /// A cover letter (`Số 47-CV/ĐU`, `V/v gửi báo cáo …`) holding no section of the
    /// outline, with no report of its unit beside it: the unit has not sent its report.
    LetterWithoutReport {
        /// Its number, if it has one.
        number: Option<String>,
    },
    /// Another document filed with the report in the same file: after it, a sub-unit's
    /// report under its own header and `BÁO CÁO`; before it, a cover letter over the
    /// report's own title block, or an envelope (an e-mail's, a chat's lines). Not the
    /// unit's report, compiled nowhere.
    AttachedDocument {
        /// The other document's number and issuer, its subject (a letter's `V/v …`).
        number: String,
        issuer: Option<String>,
        subject: String,
        /// Its paragraphs (an envelope's: its lines), none of them compiled.
        paragraphs: usize,
        filed: Filed,
    },
    /// A list of people filed after the report's signature (`DANH SÁCH ĐẠI BIỂU …`):
    /// compiled nowhere; its caption (empty when none) and rows.
    AttachedList {
        title: String,
        rows: usize,
    },
    /// One heading stands for two sections (`Hạn chế, khuyết điểm và nguyên nhân`):
    /// `section` is filled by the heading of `with`.
    MergedSections {
        section: String,
        title: String,
        with: String,
    },
    FrontMatterMissing,
    /// `None`: no closing `---` line; else the YAML library's own words.
    FrontMatterInvalid {
        error: Option<String>,
    },
    FieldMissing {
        field: String,
    },
    FieldInvalid {
        field: String,
        value: String,
        problem: FieldProblem,
    },
    UnknownUnit {
        code: String,
        /// The roster code most like it (or whose unit's name it is), if any.
        suggestion: Option<String>,
    },
    UnitMismatch {
        given: String,
        roster: String,
    },
    DuplicateUnit {
        code: String,
        others: Vec<String>,
        /// Further claimants not named.
        more: usize,
    },
    Late {
        days: i64,
        due: Date,
        submitted: Date,
    },
    ModifiedAfterDue {
        changed: Date,
        due: Date,
    },
    /// `submitted` is earlier than the commit that first added the file.
    SubmittedBeforeCommit {
        submitted: Date,
        committed: Date,
    },
    /// `submitted` is earlier than the report's own `date`.
    SubmittedBeforeDate {
        submitted: Date,
        dated: Date,
    },
    Encoding {
        from: &'static str,
    },
    NotText,
    UnsupportedFile {
        symlink: bool,
        /// Named on the command line: an error, since the user asked for this file.
        named: bool,
    },
    Unreadable {
        error: String,
    },
    /// More table cells than [`crate::report::MAX_TABLE_CELLS`]: the file is not read
    /// further.
    TooManyCells {
        limit: usize,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// `cell`: a workbook cell (`bieu.xlsx!Sheet1!D7`) when the value is due in one, else
    /// empty; `closest`: the nearest row label no indicator took, when there is no row.
    AppendixValueMissing {
        indicator: String,
        name: String,
        cell: String,
        closest: Option<String>,
    },
    AppendixValueInvalid {
        indicator: String,
        name: String,
        value: String,
        problem: ValueProblem,
        cell: String,
    },
    /// A figure that counts, written otherwise than the Vietnamese way; `read`: the figure
    /// as counted, written the Vietnamese way.
    AppendixValueReadAs {
        indicator: String,
        name: String,
        value: String,
        read: String,
        how: ReadAs,
        cell: String,
    },
    /// A table that is there but not understood; `seen`: its headers, first row or row
    /// labels, so the unit sees what was read; `expected`: an indicator's name.
    AppendixTableUnclear {
        problem: TableProblem,
        seen: Vec<String>,
        expected: String,
    },
    /// The appendix section holds no table (`table: false`) or no figure at all;
    /// `pictures` when the reading dropped pictures, where a table may have been pasted as
    /// one (a scan, a screenshot).
    AppendixEmpty {
        table: bool,
        pictures: bool,
    },
    AppendixTotalMismatch {
        indicator: String,
        name: String,
        total: String,
        sum: String,
        cell: String,
    },
    /// Two rows name one indicator with different figures: the first counts.
    AppendixValueTwice {
        indicator: String,
        name: String,
        counted: String,
        other: String,
        cell: String,
    },
    /// An indicator's row without a figure, the rows under it summed.
    AppendixPartsSummed {
        indicator: String,
        name: String,
        sum: String,
        parts: Vec<String>,
    },
    /// An indicator with no figure, not applicable by the report's own words (`Hội không
    /// có nhiệm vụ tiếp công dân`): the sentence, cut.
    AppendixNotApplicable {
        indicator: String,
        name: String,
        sentence: String,
    },
    /// The Excel appendix beside the report could not be read.
    AppendixWorkbook {
        file: String,
        problem: WorkbookProblem,
    },
    /// Period columns and no total column: their sum was counted.
    AppendixPeriodsSummed {
        columns: Vec<String>,
        /// The periods are tables (`Biểu 1: 2015 - 2020`, `Biểu 2: 2021 - 2025`), not columns.
        tables: bool,
    },
    /// Columns of single years apart (`Năm 2015 | Năm 2025`) and no total: the latest
    /// year's column was read.
    AppendixLatestYear {
        columns: Vec<String>,
        latest: String,
    },
    AppendixConstraint {
        indicator: String,
        name: String,
        value: String,
        other: String,
        other_value: String,
    },
    /// A metadata value read from the document (header or signature block, or the
    /// roster for the unit the header names) because the front matter does not give it.
    MetadataInferred {
        field: String,
        value: String,
        /// `header`, `signature` or `roster`.
        source: &'static str,
    },
    /// The front matter and the document give different values; the front matter's stands.
    MetadataConflict {
        field: String,
        front_matter: String,
        document: String,
    },
    /// The file's name points at one roster unit, its header at another (a colleague's
    /// draft saved under its name): the header's stands.
    FileNameConflict {
        file_name: String,
        /// `name (code)` of the unit the file name points at, and of the header's.
        named: String,
        document: String,
    },
    /// The name the report gives fits several roster units equally.
    UnitAmbiguous {
        given: String,
        /// `name (code)` of each unit that fits.
        candidates: Vec<String>,
    },
    /// The name the report gives fits no roster unit.
    UnitUnidentified {
        given: String,
        /// `name (code)` of the closest roster units, best first.
        closest: Vec<String>,
    },
    /// Something of a Word file was changed or left out on reading it.
    Conversion {
        note: ConversionNote,
    },
    /// A `.docx` that is not a readable Word package.
    WordInvalid {
        problem: WordProblem,
    },
    /// A `.doc`, `.odt`, `.rtf` or `.pdf` that cannot be read as it is.
    NeedsDocx {
        /// The extension, lowercase, without the dot.
        format: String,
        /// Why: LibreOffice missing, or its conversion failed (its words).
        problem: ConversionProblem,
    },
    /// An Excel workbook no report claims, whose title rows or file name tie it to a unit
    /// (or to several): it is not read as an appendix, and why is said.
    LoneWorkbook {
        case: LoneCase,
    },
    /// An Excel workbook no report claims and that cannot be tied to a unit (code
    /// `unsupported-file`); `given`: the name its title rows write, when the roster has
    /// no such unit.
    UntiedWorkbook {
        given: Option<String>,
    },
    /// What an Excel appendix hides was not read (only what Excel shows is): hidden sheets
    /// by name, hidden rows and columns that hold something by their names
    /// (`bieu.xlsx!Sheet1!10:10`, `bieu.xlsx!Sheet1!C:C`).
    AppendixHidden {
        file: String,
        sheets: Vec<String>,
        rows: Vec<String>,
        columns: Vec<String>,
    },
}

/// What tied a lone workbook to a unit, as its message says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// The issuing body (or `Đơn vị: …`) in the title rows, as written, and its cell
    /// (`bieu.xlsx!Sheet1!A1`).
    Title { text: String, cell: String },
    /// A report number in the title rows (`Kèm theo Báo cáo số 52-BC/ĐU`) that a report of
    /// the folder carries, and its cell.
    Number { number: String, cell: String },
    /// The file name holds the unit's code or every word of its name.
    FileName,
}

/// What becomes of a companion file's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figures {
    /// It holds none (a cover letter).
    None,
    /// They are the report's appendix: the report has no figures of its own.
    Counted,
    /// The report has figures of its own: those count, these do not.
    Ignored,
}

/// Why a workbook tied to a unit is not read as its appendix. Units are written
/// `name (code)`, reports by their paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoneCase {
    /// No report of the unit was read: it sent its figures without its report.
    NoReport {
        unit: String,
        code: String,
        by: Vec<Evidence>,
    },
    /// The unit's report is in another folder.
    ReportElsewhere {
        unit: String,
        by: Vec<Evidence>,
        report: String,
    },
    /// The unit's report already has figures of its own (a table, or a workbook).
    HasFigures {
        unit: String,
        by: Vec<Evidence>,
        report: String,
    },
    /// The folder holds several reports of the unit: which one it belongs to is not guessed.
    SeveralReports {
        unit: String,
        by: Vec<Evidence>,
        reports: Vec<String>,
    },
    /// Other lone workbooks are the same report's too: which one is its appendix is not
    /// guessed.
    SeveralWorkbooks {
        unit: String,
        by: Vec<Evidence>,
        report: String,
        others: Vec<String>,
    },
    /// Several units fit: never chosen between.
    SeveralUnits { units: Vec<String>, by: Vec<Evidence> },
}

/// What reading a Word file changed or left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConversionNote {
    /// Tracked changes taken as accepted: insertions kept, deletions dropped.
    TrackedChanges { insertions: usize, deletions: usize },
    /// Pictures, charts, shapes and embedded objects, not read (a text box's text is read
    /// where the box is anchored).
    ImagesDropped { count: usize },
    /// Converted to `.docx` by LibreOffice before reading.
    ConvertedByLibreOffice { from: String },
}

/// Why a `.docx` could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordProblem {
    /// Not a zip archive at all (or a damaged one).
    NotZip {
        error: String,
    },
    /// A part Word always writes is absent.
    MissingPart {
        part: String,
    },
    /// A part inflates past the bound (a zip bomb, or not a report).
    PartTooLarge {
        part: String,
        limit: u64,
    },
    TooManyParts {
        count: usize,
        limit: usize,
    },
    /// A part is not well-formed XML, or declares a DTD (entity expansion is refused).
    Xml {
        part: String,
        error: String,
    },
    /// Elements nested deeper than any Word document nests them.
    TooDeep {
        part: String,
        limit: usize,
    },
}

/// Why a file in a format LibreOffice converts (or a PDF) was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConversionProblem {
    /// A PDF is the signed copy, not the text to compile.
    Pdf,
    /// `soffice` is not on this machine.
    NoLibreOffice,
    /// LibreOffice ran and gave no document (its words, or a timeout).
    ConversionFailed { error: String },
}

/// Why an Excel appendix could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookProblem {
    /// The file is no workbook calamine reads (its words).
    Unreadable(String),
    /// An `.xls` or `.ods`, read through LibreOffice, on a machine without it.
    NoLibreOffice,
    /// LibreOffice ran and gave no `.xlsx` (its words, or a timeout).
    ConversionFailed(String),
}

impl From<ConversionProblem> for WorkbookProblem {
    fn from(problem: ConversionProblem) -> WorkbookProblem {
        match problem {
            ConversionProblem::NoLibreOffice => WorkbookProblem::NoLibreOffice,
            ConversionProblem::ConversionFailed { error } => WorkbookProblem::ConversionFailed(error),
            // A workbook is never sent to be read as a PDF.
            ConversionProblem::Pdf => WorkbookProblem::Unreadable("PDF".into()),
        }
    }
}

impl Finding {
    /// The finding's code: its id, default severity and the rest are in [`codes::CODES`].
    pub fn code(&self) -> Code {
        match self {
            Finding::MissingSection { .. } => Code::MissingSection,
            Finding::EmptySection { .. } => Code::EmptySection,
            Finding::DuplicateSection { .. } => Code::DuplicateSection,
            Finding::SectionOrder { .. } => Code::SectionOrder,
            Finding::UnknownSection { .. } => Code::UnknownSection,
            Finding::NoDiacritics { .. } => Code::NoDiacritics,
            Finding::PseudoHeading { .. } => Code::PseudoHeading,
            Finding::MergedSections { .. } => Code::MergedSections,
            Finding::SectionByText { .. } => Code::SectionByText,
            Finding::SectionWithoutHeading { .. } => Code::SectionWithoutHeading,
            Finding::CompanionFile { .. } => Code::CompanionFile,
            Finding::LetterWithoutReport { .. } => Code::LetterWithoutReport,
            Finding::AttachedDocument { .. } | Finding::AttachedList { .. } => Code::AttachedDocument,
            Finding::OtherCampaign { .. } => Code::OtherCampaign,
            Finding::FrontMatterMissing => Code::FrontMatterMissing,
            Finding::FrontMatterInvalid { .. } => Code::FrontMatterInvalid,
            Finding::FieldMissing { .. } => Code::FieldMissing,
            Finding::FieldInvalid { .. } => Code::FieldInvalid,
            Finding::UnknownUnit { .. } => Code::UnknownUnit,
            Finding::UnitMismatch { .. } => Code::UnitMismatch,
            Finding::DuplicateUnit { .. } => Code::DuplicateUnit,
            Finding::Late { .. } => Code::Late,
            Finding::ModifiedAfterDue { .. } => Code::ModifiedAfterDue,
            Finding::SubmittedBeforeCommit { .. } => Code::SubmittedBeforeCommit,
            Finding::SubmittedBeforeDate { .. } => Code::SubmittedBeforeDate,
            Finding::Encoding { .. } => Code::Encoding,
            Finding::NotText => Code::NotText,
            Finding::UnsupportedFile { .. } => Code::UnsupportedFile,
            Finding::Unreadable { .. } => Code::Unreadable,
            Finding::TooLarge { .. } => Code::TooLarge,
            Finding::TooManyCells { .. } => Code::TooManyCells,
            Finding::AppendixValueMissing { .. } => Code::AppendixValueMissing,
            Finding::AppendixValueInvalid { .. } => Code::AppendixValueInvalid,
            Finding::AppendixValueReadAs { .. } => Code::AppendixValueReadAs,
            Finding::AppendixConstraint { .. } => Code::AppendixConstraint,
            Finding::MetadataInferred { .. } => Code::MetadataInferred,
            Finding::MetadataConflict { .. } | Finding::FileNameConflict { .. } => Code::MetadataConflict,
            Finding::UnitAmbiguous { .. } => Code::UnitAmbiguous,
            Finding::UnitUnidentified { .. } => Code::UnitUnidentified,
            Finding::AppendixTableUnclear { .. } => Code::AppendixTableUnclear,
            Finding::AppendixEmpty { .. } => Code::AppendixEmpty,
            Finding::AppendixTotalMismatch { .. } => Code::AppendixTotalMismatch,
            Finding::AppendixValueTwice { .. } => Code::AppendixValueTwice,
            Finding::AppendixPartsSummed { .. } => Code::AppendixPartsSummed,
            Finding::AppendixNotApplicable { .. } => Code::AppendixNotApplicable,
            Finding::AppendixPeriodsSummed { .. } => Code::AppendixPeriodsSummed,
            Finding::AppendixLatestYear { .. } => Code::AppendixLatestYear,
            Finding::AppendixWorkbook { .. } => Code::AppendixWorkbook,
            Finding::Conversion { .. } => Code::Conversion,
            Finding::WordInvalid { .. } => Code::WordInvalid,
            Finding::NeedsDocx { .. } => Code::NeedsDocx,
            Finding::LoneWorkbook { .. } => Code::LoneWorkbook,
            Finding::AppendixHidden { .. } => Code::AppendixHidden,
            Finding::UntiedWorkbook { .. } => Code::UnsupportedFile,
        }
    }

    /// The line numbers its message names (where a section was looked for, where it was
    /// first written): a reader that moves lines moves these with the finding's place.
    pub fn lines_mut(&mut self) -> Vec<&mut usize> {
        match self {
            Finding::MissingSection { looked, .. } => vec![&mut looked.0, &mut looked.1],
            Finding::DuplicateSection { first_line, .. } => vec![first_line],
            _ => Vec::new(),
        }
    }

    /// The code's default severity, but where the finding's data changes it.
    pub fn severity(&self) -> Severity {
        match self {
            // In Word, a bold numbered paragraph is how most units write a heading: it is
            // read as one, and the style is only advice.
            Finding::PseudoHeading {
                written: Headings::Styles | Headings::Lines | Headings::Table,
                ..
            } => Severity::Note,
            // Named on the command line: the user asked for this file and it was not read.
            Finding::UnsupportedFile { named: true, .. } => Severity::Error,
            // Two sets of figures from one unit that disagree: the unit should say which.
            Finding::CompanionFile { differ, .. } if !differ.is_empty() => Severity::Warning,
            _ => self.code().severity(),
        }
    }

    pub fn section(&self) -> Option<&str> {
        match self {
            Finding::MissingSection { section, .. }
            | Finding::EmptySection { section, .. }
            | Finding::DuplicateSection { section, .. }
            | Finding::SectionOrder { section, .. }
            | Finding::NoDiacritics { section, .. }
            | Finding::PseudoHeading { section, .. }
            | Finding::MergedSections { section, .. }
            | Finding::SectionByText { section, .. }
            | Finding::SectionWithoutHeading { section, .. } => Some(section),
            _ => None,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Finding::FieldMissing { field } | Finding::FieldInvalid { field, .. } => Some(field),
            Finding::UnknownUnit { .. }
            | Finding::DuplicateUnit { .. }
            | Finding::UnitAmbiguous { .. }
            | Finding::UnitUnidentified { .. }
            | Finding::FileNameConflict { .. } => Some("unit_code"),
            Finding::MetadataInferred { field, .. } | Finding::MetadataConflict { field, .. } => Some(field),
            Finding::UnitMismatch { .. } => Some("unit"),
            _ => None,
        }
    }

    pub fn indicator(&self) -> Option<&str> {
        match self {
            Finding::AppendixValueMissing { indicator, .. }
            | Finding::AppendixValueInvalid { indicator, .. }
            | Finding::AppendixValueReadAs { indicator, .. }
            | Finding::AppendixConstraint { indicator, .. }
            | Finding::AppendixTotalMismatch { indicator, .. }
            | Finding::AppendixValueTwice { indicator, .. }
            | Finding::AppendixPartsSummed { indicator, .. }
            | Finding::AppendixNotApplicable { indicator, .. } => Some(indicator),
            _ => None,
        }
    }
}

/// Where in a file: 1-based line and column (in characters, as an editor counts them),
/// and the line itself so a report can show it without keeping the file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    /// The source line, cut at [`SNIPPET_MAX_CHARS`]; empty for a whole-file finding.
    pub source: String,
    /// How many characters of `source` the finding covers, from `column`.
    pub width: usize,
    /// For a file converted to text on reading (Word), where the finding is in the
    /// original: line and column then name the converted text, which the user never sees.
    pub locator: Option<Box<Locator>>,
}

/// A place in a Word document, as its reader can find it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locator {
    pub place: Place,
    /// The nearest heading before it, as written.
    pub heading: Option<String>,
    /// The paragraph's (or cell's) text, cut at [`SNIPPET_MAX_CHARS`].
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The n-th paragraph of the body with text in it (1-based, tables excluded).
    Paragraph(usize),
    /// 1-based table, row and column (grid columns: a merged cell counts as its first).
    Cell { table: usize, row: usize, column: usize },
    /// A text box, by the paragraph it is anchored at (the next one with text when the
    /// anchoring paragraph holds nothing else): a box's paragraphs are not counted among
    /// the body's, so the body's numbers stay those a reader counts.
    TextBox { paragraph: usize },
    /// A footnote, numbered as the reader numbers them (1-based, in reference order).
    Footnote(usize),
    /// A custom document property (File ▸ Properties ▸ Custom).
    Property(String),
    /// The header Word prints at the top of the first page, where a letterhead template
    /// keeps the header block.
    PageHeader,
}

impl Place {
    /// The kind, as JSON names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Place::Paragraph(_) => "paragraph",
            Place::Cell { .. } => "cell",
            Place::TextBox { .. } => "text-box",
            Place::Footnote(_) => "footnote",
            Place::Property(_) => "property",
            Place::PageHeader => "page-header",
        }
    }

    /// How a person finds it: `đoạn 12`, `bảng 2, hàng 5, cột 3`.
    pub fn describe(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            Place::Paragraph(n) if vi => format!("đoạn {n}"),
            Place::Paragraph(n) => format!("paragraph {n}"),
            Place::Cell { table, row, column } if vi => format!("bảng {table}, hàng {row}, cột {column}"),
            Place::Cell { table, row, column } => format!("table {table}, row {row}, column {column}"),
            Place::TextBox { paragraph } if vi => format!("khung chữ (text box) ở đoạn {paragraph}"),
            Place::TextBox { paragraph } => format!("text box at paragraph {paragraph}"),
            Place::Footnote(n) if vi => format!("chú thích {n}"),
            Place::Footnote(n) => format!("footnote {n}"),
            Place::Property(name) if vi => format!("thuộc tính tài liệu “{name}”"),
            Place::Property(name) => format!("document property “{name}”"),
            Place::PageHeader if vi => "đầu trang (header) của trang đầu".to_owned(),
            Place::PageHeader => "the first page's header".to_owned(),
        }
    }
}

impl Locator {
    /// One line: the place, the heading it is under, and the quoted text.
    pub fn describe(&self, lang: Lang) -> String {
        let mut out = self.place.describe(lang);
        if let Some(heading) = &self.heading {
            out.push_str(&match lang {
                Lang::Vi => format!(" (trong mục “{heading}”)"),
                Lang::En => format!(" (under “{heading}”)"),
            });
        }
        if !self.quote.is_empty() {
            out.push_str(&format!(": «{}»", self.quote));
        }
        out
    }
}

/// Longest source line kept for display: a 50 MB one-line file must not be copied.
pub const SNIPPET_MAX_CHARS: usize = 240;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub finding: Finding,
    pub location: Location,
}

impl Diagnostic {
    pub fn new(finding: Finding, location: Location) -> Self {
        Diagnostic { finding, location }
    }

    /// A finding about the whole file, placed at its first line.
    pub fn whole_file(finding: Finding) -> Self {
        Diagnostic {
            finding,
            location: Location {
                line: 1,
                column: 1,
                ..Location::default()
            },
        }
    }

    pub fn severity(&self) -> Severity {
        self.finding.severity()
    }
}

/// Byte offsets to the line and column a person sees.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Where lines start, found as far as asked: a clean report is never scanned, and the
    /// front matter's fields only scan the top of the file.
    starts: std::cell::RefCell<Vec<usize>>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LineIndex {
            text,
            starts: std::cell::RefCell::new(vec![0]),
        }
    }

    /// The 0-based line holding byte `offset` (at most the text's length), and where that
    /// line and the next start.
    fn line_of(&self, offset: usize) -> (usize, usize, Option<usize>) {
        let mut starts = self.starts.borrow_mut();
        let last = starts.last().copied().unwrap_or(0);
        if last <= offset {
            // One scan on from the last line known, to the line after `offset`'s: a
            // search started anew for each line cost more than the lines.
            for i in memchr::memchr_iter(b'\n', &self.text.as_bytes()[last..]) {
                starts.push(last + i + 1);
                if last + i + 1 > offset {
                    break;
                }
            }
        }
        let line = starts.partition_point(|&s| s <= offset).saturating_sub(1);
        (line, starts[line], starts.get(line + 1).copied())
    }

    /// Where 0-based line `index` starts (the last line if there are fewer), and the next.
    fn line_start(&self, index: usize) -> (usize, Option<usize>) {
        let mut starts = self.starts.borrow_mut();
        if starts.len() <= index + 1 {
            let last = starts[starts.len() - 1];
            for i in memchr::memchr_iter(b'\n', &self.text.as_bytes()[last..]) {
                starts.push(last + i + 1);
                if starts.len() > index + 1 {
                    break;
                }
            }
        }
        let index = index.min(starts.len() - 1);
        (starts[index], starts.get(index + 1).copied())
    }

    /// The 1-based line number of `offset`.
    pub fn line_number(&self, offset: usize) -> usize {
        self.line_of(offset.min(self.text.len())).0 + 1
    }

    /// The location of the text between two byte offsets (cut at the end of its line).
    pub fn locate(&self, start: usize, end: usize) -> Location {
        let start = floor_char_boundary(self.text, start.min(self.text.len()));
        let (line, line_start, next) = self.line_of(start);
        let line_end = next.map_or(self.text.len(), |next| next - 1);
        let raw = self.text[line_start..line_end].trim_end_matches('\r');
        let column = self.text[line_start..start].chars().count() + 1;
        // Cut where the characters end (a line that short in bytes is whole), then copied
        // at once: a character at a time cost more than finding the line.
        let cut = match raw.len() {
            short if short <= SNIPPET_MAX_CHARS => short,
            _ => raw.char_indices().nth(SNIPPET_MAX_CHARS).map_or(raw.len(), |(i, _)| i),
        };
        let source = raw[..cut].to_owned();
        // `start` may sit on the line's `\r`; the span never reaches past the visible line.
        let visible_end = line_start + raw.len();
        let end = floor_char_boundary(self.text, end.min(visible_end).max(start.min(visible_end)));
        let width = self.text[start.min(end)..end].chars().count().max(1);
        Location {
            line: line + 1,
            column,
            source,
            width,
            locator: None,
        }
    }

    /// The location of a whole line (1-based), pointing at its first non-blank character.
    pub fn locate_line(&self, line: usize) -> Location {
        let (start, next) = self.line_start(line.saturating_sub(1));
        let end = next.map_or(self.text.len(), |n| n - 1);
        let text = self.text[start..end].trim_end_matches('\r');
        let indent = text.len() - text.trim_start().len();
        let content = text.trim().len();
        self.locate(start + indent, start + indent + content)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One finding of every variant (both sides of each variant-dependent severity), with
    /// the severity it had when the table of codes replaced the hand-kept lists.
    fn every_variant() -> Vec<(Finding, Severity)> {
        use Severity::{Error, Note, Warning};
        let day = Date::constant(2026, 4, 19);
        let text = || String::from("x");
        let pseudo = |written| Finding::PseudoHeading {
            section: text(),
            title: text(),
            level: 2,
            line: text(),
            bold: true,
            written,
        };
        vec![
            (
                Finding::MissingSection {
                    section: text(),
                    title: text(),
                    looked: (1, 2),
                    closest: None,
                },
                Error,
            ),
            (
                Finding::EmptySection {
                    section: text(),
                    title: text(),
                    words: 0,
                    min: 10,
                },
                Error,
            ),
            (
                Finding::DuplicateSection {
                    section: text(),
                    title: text(),
                    first_line: 1,
                },
                Error,
            ),
            (
                Finding::SectionOrder {
                    section: text(),
                    title: text(),
                    after: text(),
                },
                Warning,
            ),
            (Finding::UnknownSection { heading: text() }, Warning),
            (
                Finding::NoDiacritics {
                    section: text(),
                    title: text(),
                },
                Warning,
            ),
            (pseudo(Headings::Marks), Warning),
            (pseudo(Headings::Unmarked), Warning),
            (pseudo(Headings::Styles), Note),
            (pseudo(Headings::Lines), Note),
            (pseudo(Headings::Table), Note),
            (
                Finding::OtherCampaign {
                    subject: text(),
                    expected: text(),
                },
                Error,
            ),
            (
                Finding::MergedSections {
                    section: text(),
                    title: text(),
                    with: text(),
                },
                Note,
            ),
            (Finding::FrontMatterMissing, Error),
            (Finding::FrontMatterInvalid { error: None }, Error),
            (Finding::FieldMissing { field: text() }, Error),
            (
                Finding::FieldInvalid {
                    field: text(),
                    value: text(),
                    problem: FieldProblem::Empty,
                },
                Error,
            ),
            (
                Finding::UnknownUnit {
                    code: text(),
                    suggestion: None,
                },
                Error,
            ),
            (
                Finding::UnitMismatch {
                    given: text(),
                    roster: text(),
                },
                Warning,
            ),
            (
                Finding::DuplicateUnit {
                    code: text(),
                    others: Vec::new(),
                    more: 0,
                },
                Error,
            ),
            (
                Finding::Late {
                    days: 1,
                    due: day,
                    submitted: day,
                },
                Warning,
            ),
            (Finding::ModifiedAfterDue { changed: day, due: day }, Note),
            (
                Finding::SubmittedBeforeCommit {
                    submitted: day,
                    committed: day,
                },
                Warning,
            ),
            (
                Finding::SubmittedBeforeDate {
                    submitted: day,
                    dated: day,
                },
                Error,
            ),
            (Finding::Encoding { from: "windows-1258" }, Warning),
            (Finding::NotText, Error),
            (
                Finding::UnsupportedFile {
                    symlink: false,
                    named: false,
                },
                Warning,
            ),
            (
                Finding::UnsupportedFile {
                    symlink: true,
                    named: false,
                },
                Warning,
            ),
            (
                Finding::UnsupportedFile {
                    symlink: false,
                    named: true,
                },
                Error,
            ),
            (
                Finding::UnsupportedFile {
                    symlink: true,
                    named: true,
                },
                Error,
            ),
            (Finding::Unreadable { error: text() }, Error),
            (Finding::TooManyCells { limit: 1 }, Error),
            (Finding::TooLarge { bytes: 2, limit: 1 }, Error),
            (
                Finding::AppendixValueMissing {
                    indicator: text(),
                    name: text(),
                    cell: String::new(),
                    closest: None,
                },
                Warning,
            ),
            (
                Finding::AppendixValueInvalid {
                    indicator: text(),
                    name: text(),
                    value: text(),
                    problem: ValueProblem::NotANumber,
                    cell: String::new(),
                },
                Error,
            ),
            (
                Finding::AppendixValueReadAs {
                    indicator: text(),
                    name: text(),
                    value: text(),
                    read: text(),
                    how: ReadAs::Footnote,
                    cell: String::new(),
                },
                Warning,
            ),
            (
                Finding::AppendixTableUnclear {
                    problem: TableProblem::NoHeader,
                    seen: Vec::new(),
                    expected: text(),
                },
                Error,
            ),
            (
                Finding::AppendixEmpty {
                    table: false,
                    pictures: false,
                },
                Error,
            ),
            (
                Finding::AppendixEmpty {
                    table: false,
                    pictures: true,
                },
                Error,
            ),
            (
                Finding::AppendixTotalMismatch {
                    indicator: text(),
                    name: text(),
                    total: text(),
                    sum: text(),
                    cell: String::new(),
                },
                Warning,
            ),
            (
                Finding::AppendixValueTwice {
                    indicator: text(),
                    name: text(),
                    counted: text(),
                    other: text(),
                    cell: String::new(),
                },
                Warning,
            ),
            (
                Finding::AppendixWorkbook {
                    file: text(),
                    problem: WorkbookProblem::Unreadable(text()),
                },
                Error,
            ),
            (
                Finding::AppendixPeriodsSummed {
                    columns: Vec::new(),
                    tables: false,
                },
                Note,
            ),
            (
                Finding::AppendixLatestYear {
                    columns: Vec::new(),
                    latest: text(),
                },
                Warning,
            ),
            (
                Finding::AppendixPartsSummed {
                    indicator: text(),
                    name: text(),
                    sum: text(),
                    parts: Vec::new(),
                },
                Note,
            ),
            (
                Finding::AppendixNotApplicable {
                    indicator: text(),
                    name: text(),
                    sentence: text(),
                },
                Note,
            ),
            (
                Finding::SectionByText {
                    section: text(),
                    title: text(),
                    heading: text(),
                },
                Note,
            ),
            (
                Finding::SectionWithoutHeading {
                    section: text(),
                    title: text(),
                    first: text(),
                },
                Note,
            ),
            (
                Finding::CompanionFile {
                    report: text(),
                    figures: Figures::Counted,
                    copy: false,
                    differ: Vec::new(),
                },
                Note,
            ),
            (Finding::LetterWithoutReport { number: None }, Error),
            (
                Finding::AttachedDocument {
                    number: text(),
                    issuer: None,
                    subject: text(),
                    paragraphs: 3,
                    filed: Filed::After,
                },
                Note,
            ),
            (Finding::AttachedList { title: text(), rows: 9 }, Note),
            (
                Finding::AppendixConstraint {
                    indicator: text(),
                    name: text(),
                    value: text(),
                    other: text(),
                    other_value: text(),
                },
                Error,
            ),
            (
                Finding::MetadataInferred {
                    field: text(),
                    value: text(),
                    source: "header",
                },
                Note,
            ),
            (
                Finding::MetadataConflict {
                    field: text(),
                    front_matter: text(),
                    document: text(),
                },
                Warning,
            ),
            (
                Finding::UnitAmbiguous {
                    given: text(),
                    candidates: Vec::new(),
                },
                Error,
            ),
            (
                Finding::UnitUnidentified {
                    given: text(),
                    closest: Vec::new(),
                },
                Error,
            ),
            (
                Finding::Conversion {
                    note: ConversionNote::ConvertedByLibreOffice { from: text() },
                },
                Note,
            ),
            (
                Finding::WordInvalid {
                    problem: WordProblem::NotZip { error: text() },
                },
                Error,
            ),
            (
                Finding::NeedsDocx {
                    format: text(),
                    problem: ConversionProblem::Pdf,
                },
                Error,
            ),
            (
                Finding::LoneWorkbook {
                    case: LoneCase::NoReport {
                        unit: text(),
                        code: text(),
                        by: vec![Evidence::FileName],
                    },
                },
                Warning,
            ),
            (Finding::UntiedWorkbook { given: None }, Warning),
            (
                Finding::AppendixHidden {
                    file: text(),
                    sheets: vec![text()],
                    rows: Vec::new(),
                    columns: Vec::new(),
                },
                Note,
            ),
        ]
    }

    #[test]
    fn every_finding_keeps_its_severity() {
        let findings = every_variant();
        let mut covered: Vec<Code> = findings.iter().map(|(finding, _)| finding.code()).collect();
        covered.sort();
        covered.dedup();
        let every: Vec<Code> = codes::CODES.iter().map(|facts| facts.code).collect();
        assert_eq!(covered, every, "a code with no finding here");
        for (finding, severity) in &findings {
            assert_eq!(finding.severity(), *severity, "{finding:?}");
        }
    }

    #[test]
    fn lines_found_on_demand_agree_in_any_order_of_asking() {
        let text = "a\nbb\r\n\nĐơn vị\nlast";
        let lines = text.split('\n').count();
        let mut offsets: Vec<usize> = (0..=text.len()).filter(|&o| text.is_char_boundary(o)).collect();
        for round in 0..3 {
            // Forwards, backwards, and from the middle out.
            match round {
                1 => offsets.reverse(),
                2 => offsets.sort_by_key(|&o| o.abs_diff(text.len() / 2)),
                _ => {}
            }
            let index = LineIndex::new(text);
            for &offset in &offsets {
                assert_eq!(
                    index.line_number(offset),
                    1 + text[..offset].matches('\n').count(),
                    "{offset}"
                );
                if offset % 3 == 0 {
                    let line = 1 + offset % (lines + 2);
                    assert_eq!(index.locate_line(line).line, line.min(lines), "line {line}");
                }
            }
        }
        assert_eq!(LineIndex::new(text).locate(text.len(), text.len()).line, lines);
        assert_eq!(LineIndex::new("").locate_line(3).line, 1);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "---\nĐơn vị: X\r\nthứ hai";
        let index = LineIndex::new(text);
        let at = text.find('X').expect("present");
        let location = index.locate(at, at + 1);
        assert_eq!((location.line, location.column, location.width), (2, 9, 1));
        assert_eq!(location.source, "Đơn vị: X");
        assert_eq!(index.locate_line(3).source, "thứ hai");
    }

    #[test]
    fn blank_crlf_lines_do_not_panic() {
        for text in ["\r\n# x\r\n", "  \r\n", "a\r\n  \r", "\r", ""] {
            let index = LineIndex::new(text);
            for line in 1..=3 {
                let location = index.locate_line(line);
                assert!(location.width >= 1, "{text:?}");
            }
            let _ = index.locate(text.len(), text.len() + 5);
        }
    }
}
