//! The command line, as clap sees it. Resolved once into the values `app` works with.

use std::path::PathBuf;

use clap::builder::{EnumValueParser, TypedValueParser as _};
use clap::{Parser, Subcommand, ValueEnum};

use crate::across::DateSource;
use crate::text::lang::Lang;

/// `--lang`'s values. The domain's `Lang` knows nothing of the command line: the values
/// are spelled here and turned into it by the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// `--date-source`'s values, each with its help, turned into the checks' `DateSource`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateSourceArg {
    /// `submitted`, else the commit that first added the file, else `date`.
    Auto,
    /// `submitted`, else `date`.
    FrontMatter,
    /// The commit that first added the file.
    Git,
}

impl From<DateSourceArg> for DateSource {
    fn from(source: DateSourceArg) -> DateSource {
        match source {
            DateSourceArg::Auto => DateSource::Auto,
            DateSourceArg::FrontMatter => DateSource::FrontMatter,
            DateSourceArg::Git => DateSource::Git,
        }
    }
}

/// Checks and compiles the unit reports of a Party review campaign ("tổng kết").
/// Kiểm tra và tổng hợp báo cáo của các đơn vị trong đợt tổng kết.
#[derive(Debug, Parser)]
#[command(
    name = "baocao",
    version,
    about,
    long_about = LONG_ABOUT,
    after_help = MAIN_AFTER_HELP,
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

const LONG_ABOUT: &str = "\
Checks and compiles the unit reports of a Party review campaign (\"tổng kết\").
Kiểm tra và tổng hợp báo cáo của các đơn vị trong đợt tổng kết.

The campaign is the nearest folder, here or above (as git finds .git), that holds
outline/ (outline.yaml, units.yaml, templates/); --outline names another.
Chiến dịch là thư mục gần nhất (ở đây hoặc ở thư mục cha) có thư mục outline/;
--outline chỉ ra thư mục khác.";

const MAIN_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao new --unit SNV              a unit's draft / bản nháp của đơn vị
  baocao check snv.md                check it / kiểm tra
  baocao status                      who has reported / tình hình nộp
  baocao compile --format md,html    the compiled report / báo cáo tổng hợp

Dates / Ngày: 15/4/2026, 15-04-2026, 15.04.2026, 15/4/26, 2026-04-15, \"ngày 15 tháng 4 năm 2026\".

Exit codes / Mã thoát: 0 ok / đạt; 1 findings (check) / có lỗi; 2 could not run / không chạy được.";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check unit reports against the campaign outline. / Kiểm tra báo cáo theo đề cương.
    #[command(after_help = CHECK_AFTER_HELP)]
    Check(CheckArgs),
    /// Compile every submission into the provincial report. / Tổng hợp các báo cáo.
    #[command(after_help = COMPILE_AFTER_HELP)]
    Compile(CompileArgs),
    /// Write a draft report for a unit, from the outline and the roster. / Tạo bản nháp.
    #[command(after_help = NEW_AFTER_HELP)]
    New(NewArgs),
    /// Print the outline in effect and where each piece of it came from. / Xem đề cương.
    #[command(after_help = OUTLINE_AFTER_HELP)]
    Outline(OutlineArgs),
    /// Show who has reported, who is late and who is missing. / Tình hình nộp báo cáo.
    #[command(after_help = STATUS_AFTER_HELP)]
    Status(StatusArgs),
    /// Print a shell completion script. / In tệp tự hoàn thành lệnh cho shell.
    #[command(after_help = COMPLETIONS_AFTER_HELP)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff). / In trang hướng dẫn (man).
    #[command(
        after_help = "Example / Ví dụ:\n  baocao man > baocao.1 && man ./baocao.1\n\nExit codes / Mã thoát: 0 written / đã in; 2 could not write / không in được."
    )]
    Man,
}

const CHECK_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao check snv.md                     one draft / một bản nháp
  baocao check                            the whole submissions/ folder / cả thư mục
  baocao check --format json submissions  for programs / cho chương trình
  baocao check --fail-on late             CI: a late report fails / báo cáo muộn là lỗi

A folder inside submissions/ (one unit's) or files named are a unit's own view: no roll
of missing units, and no lateness judged from `date:` alone.
Thư mục của một đơn vị hoặc tệp được nêu tên: không liệt kê đơn vị chưa nộp, không tính
nộp muộn chỉ từ `date:`.

Exit codes / Mã thoát:
  0  no error (and nothing --fail-on names) / không có lỗi
  1  errors, or what --fail-on names / có lỗi
  2  could not run: no such file, bad outline… / không chạy được";

const COMPILE_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao compile                                  md, html and docx in output/
  baocao compile --format md,html --out ketqua
  baocao compile --format json --format md        repeated / lặp lại cũng được

A folder with no report that counts is refused (exit 2): nothing is written.
Thư mục không có báo cáo nào được tính: không ghi gì (mã thoát 2).

Exit codes / Mã thoát:
  0  written / đã ghi (findings are in the summary / lỗi được nêu trong tóm tắt)
  2  could not compile: no report, bad outline or template… / không tổng hợp được";

const NEW_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao new --unit SNV
  baocao new --unit SNV -o bao-cao/snv.md --as-of 10/4/2026

Exit codes / Mã thoát:
  0  written / đã tạo
  2  unknown unit, file exists, no folder… / mã sai, tệp đã có, chưa có thư mục…";

const OUTLINE_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao outline
  baocao outline --format json --outline ../chien-dich/outline

Exit codes / Mã thoát: 0 shown / đã in; 2 bad outline or roster / đề cương sai.";

const STATUS_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao status
  baocao status --format json --as-of 22/4/2026
  baocao status --format html --out output

Exit codes / Mã thoát: 0 shown / đã in; 2 could not run (--out without --format html…)
/ không chạy được.";

const COMPLETIONS_AFTER_HELP: &str = "\
Examples / Ví dụ:
  baocao completions bash > ~/.local/share/bash-completion/completions/baocao
  baocao completions powershell >> $PROFILE

Exit codes / Mã thoát: 0 written / đã in; 2 could not write / không in được.";

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell. / Loại shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `--color`: whether diagnostics are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Color {
    /// When the output is a terminal and NO_COLOR is unset.
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The unit's code in the roster.
    #[arg(long)]
    pub unit: String,
    /// The file to write (default: the unit code in lowercase, `.md`). Never overwritten.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// The campaign folder [default: the nearest outline/, here or above]. / Thư mục chiến dịch.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// The day the draft is dated (default: today in the outline's time zone, or
    /// `SOURCE_DATE_EPOCH` when set). / Ngày ghi trên bản nháp.
    #[arg(long, value_parser = parse_as_of, long_help = AS_OF_LONG)]
    pub as_of: Option<jiff::civil::Date>,
    /// Language of messages (default: the outline's `language`).
    #[arg(long, value_parser = EnumValueParser::<LangArg>::new().map(Lang::from))]
    pub lang: Option<Lang>,
    /// Also write the unit's blank appendix beside the draft, in this format (`x.xlsx`
    /// next to `x.md`; never overwritten).
    #[arg(long, value_enum)]
    pub appendix: Option<AppendixFormat>,
    /// `md` (Markdown) or `docx` (a Word document in the Party layout, which `check` reads).
    #[arg(long, value_enum, default_value_t = DraftFormat::Md)]
    pub format: DraftFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DraftFormat {
    Md,
    Docx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AppendixFormat {
    /// An Excel workbook: STT | Chỉ tiêu | ĐVT | Số liệu | Ghi chú.
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutlineFormat {
    /// Text for people.
    Human,
    /// One JSON document, for programs.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct OutlineArgs {
    /// The campaign folder [default: the nearest outline/, here or above]. / Thư mục chiến dịch.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// Output format. / Dạng in ra.
    #[arg(long, value_enum, default_value_t = OutlineFormat::Human)]
    pub format: OutlineFormat,
    /// Language of the labels (default: the outline's `language`).
    #[arg(long, value_parser = EnumValueParser::<LangArg>::new().map(Lang::from))]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table on the terminal.
    Human,
    /// One JSON document on stdout.
    Json,
    /// A self-contained page written to `--out`.
    Html,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// The folder of unit reports.
    #[arg(long, default_value = "submissions")]
    pub submissions: PathBuf,
    /// The campaign folder [default: the nearest outline/, here or above]. / Thư mục chiến dịch.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// The day the board is for (default: today in the outline's time zone). / Tính đến ngày.
    #[arg(long, value_parser = parse_as_of, long_help = AS_OF_LONG)]
    pub as_of: Option<jiff::civil::Date>,
    /// Output format. / Dạng in ra.
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub format: StatusFormat,
    /// Where `--format html` writes its page [default: output].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Language of the labels (default: the outline's `language`).
    #[arg(long, value_parser = EnumValueParser::<LangArg>::new().map(Lang::from))]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, default_value = "auto", value_parser = EnumValueParser::<DateSourceArg>::new().map(DateSource::from))]
    pub date_source: DateSource,
}

/// A format of the compiled report, as `--format` names it: one of
/// [`crate::output::formats::FORMATS`], which lists, names and documents them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputFormat(usize);

impl OutputFormat {
    pub fn format(self) -> &'static crate::output::formats::Format {
        &crate::output::formats::FORMATS[self.0]
    }
}

/// Every format, made from the table's length.
const OUTPUT_FORMATS: [OutputFormat; crate::output::formats::FORMATS.len()] = {
    let mut all = [OutputFormat(0); crate::output::formats::FORMATS.len()];
    let mut i = 0;
    while i < all.len() {
        all[i] = OutputFormat(i);
        i += 1;
    }
    all
};

impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &OUTPUT_FORMATS
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let format = self.format();
        Some(clap::builder::PossibleValue::new(format.name).help(format.help))
    }
}

#[derive(Debug, clap::Args)]
pub struct CompileArgs {
    /// The folder of unit reports.
    #[arg(long, default_value = "submissions")]
    pub submissions: PathBuf,
    /// The campaign folder (outline.yaml, units.yaml, templates/) [default: the nearest
    /// outline/, here or above]. / Thư mục chiến dịch.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// Where the report is written (nothing is written elsewhere).
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Formats to write: `md,html`, `"md, html"` or `--format` repeated [default:
    /// md,html,docx,xlsx]. / Các dạng cần ghi.
    #[arg(
        long,
        value_delimiter = ',',
        value_parser = Trimmed::<OutputFormat>::default(),
        default_values = crate::output::formats::DEFAULT,
        hide_default_value = true
    )]
    pub format: Vec<OutputFormat>,
    /// The reporting date printed in the document (default: today in the outline's time
    /// zone). / Ngày ghi trên báo cáo.
    #[arg(long, value_parser = parse_as_of, long_help = AS_OF_LONG)]
    pub as_of: Option<jiff::civil::Date>,
    /// Language of messages (default: the outline's `language`).
    #[arg(long, value_parser = EnumValueParser::<LangArg>::new().map(Lang::from))]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, default_value = "auto", value_parser = EnumValueParser::<DateSourceArg>::new().map(DateSource::from))]
    pub date_source: DateSource,
}

const AS_OF_LONG: &str = "The day (default: today in the outline's time zone, or SOURCE_DATE_EPOCH when set). \
Ngày tính (mặc định: hôm nay theo múi giờ của đề cương).

Dates / Ngày: 15/4/2026, 15/04/2026, 15-04-2026, 15.04.2026, 15/4/26 (20xx), 2026-04-15, \
\"ngày 15/4/2026\", \"ngày 15 tháng 4 năm 2026\". Day first; a month over 12 is refused.";

/// A value of `E` with the spaces around it dropped: `--format "md, html"` is split at the
/// comma by clap and each piece trimmed here, while the help still lists the values.
#[derive(Clone)]
pub struct Trimmed<E>(std::marker::PhantomData<E>);

impl<E> Default for Trimmed<E> {
    fn default() -> Self {
        Trimmed(std::marker::PhantomData)
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Trimmed<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        let trimmed = value.to_string_lossy().trim().to_owned();
        clap::builder::EnumValueParser::<E>::new().parse_ref(cmd, arg, std::ffi::OsStr::new(&trimmed))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants().iter().filter_map(ValueEnum::to_possible_value),
        ))
    }
}

fn parse_as_of(text: &str) -> Result<jiff::civil::Date, String> {
    use crate::text::lang::Lang;
    // Said in both languages: the campaign, and so its language, is not read yet.
    crate::text::date::read_date(text).map_err(|why| {
        format!(
            "“{text}” {} / {}; {}: {}",
            why.message(Lang::Vi),
            why.message(Lang::En),
            "các dạng được chấp nhận / accepted forms",
            crate::text::date::FORMS
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics with the offending line, for people.
    Human,
    /// One JSON document on stdout, for programs.
    Json,
    /// GitHub Actions annotations, then the human report.
    Github,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML, one test case per unit.
    Junit,
}

/// What makes `check` exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors.
    Error,
    /// Errors or warnings.
    Warning,
    /// Errors or a late report.
    Late,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check (folders are walked recursively).
    #[arg(default_value = "submissions")]
    pub paths: Vec<PathBuf>,
    /// The campaign folder (outline.yaml, units.yaml); missing files take the defaults
    /// [default: the nearest outline/, here or above]. / Thư mục chiến dịch.
    #[arg(long)]
    pub outline: Option<PathBuf>,
    /// Output format. / Dạng in ra.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Colour the human output: auto (a terminal, NO_COLOR unset), always, never. / Tô màu.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Language of messages (default: the outline's `language`).
    #[arg(long, value_parser = EnumValueParser::<LangArg>::new().map(Lang::from))]
    pub lang: Option<Lang>,
    /// Where the submission time comes from.
    #[arg(long, default_value = "auto", value_parser = EnumValueParser::<DateSourceArg>::new().map(DateSource::from))]
    pub date_source: DateSource,
    /// What makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Exit with 1 on warnings too (the same as `--fail-on warning`).
    #[arg(long)]
    pub deny_warnings: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
