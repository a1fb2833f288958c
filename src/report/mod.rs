//! One file of the submissions folder, read and checked on its own: decoding, front
//! matter, structure, appendix. Pure: bytes in, findings out.

pub mod apparatus;
pub mod appendix;
pub mod duty;
pub mod excerpt;
pub mod footnote;
pub mod front_matter;
pub mod header;
pub mod identify;
pub mod structure;

use crate::campaign::outline::Outline;
use crate::diagnostic::{Diagnostic, Finding, Headings, LineIndex};
use crate::read::markdown;
use crate::read::table::Grid;
use crate::read::workbook::Workbook;
use crate::read::{self, Source};
use appendix::Reading;
use excerpt::Own;
use front_matter::FrontMatter;
use header::{Issuer, Metadata};
use structure::Placed;

/// A report as far as one file can tell.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub front_matter: FrontMatter,
    /// Sections found, in document order.
    pub placed: Vec<Placed>,
    /// Appendix readings in indicator order (all `Missing` for a file that is not text).
    pub readings: Vec<Reading>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the report says under each outline section, cut only when the caller makes a
    /// compiled report; empty otherwise, and for a file that is not text.
    pub excerpts: Vec<Own>,
    /// What the report says outside every outline section (cut with the excerpts), and
    /// how many paragraphs that is: compile puts it in a part of its own.
    pub other: Option<excerpt::Text>,
    pub other_paragraphs: usize,
    /// The issuing body the header block names, for `check` to find in the roster.
    pub issuer: Option<Issuer>,
    /// Every metadata value known from this file, with its source.
    pub metadata: Metadata,
    /// The appendix was read from a table of the report or from a workbook: the report has
    /// figures of its own, and a lone workbook of its unit is not taken for them.
    pub appendix_read: bool,
    /// The appendix was read from a workbook (beside the report, or embedded in it).
    pub workbook_read: bool,
    /// A cover letter, by its top (a `V/v …` excerpt or a `-CV/` number, no `BÁO CÁO`
    /// title), short, holding no section of the outline: read only for such a file.
    pub letter: bool,
    /// Holding no section of the outline, and no `BÁO CÁO` title at its top either (an
    /// appendix on its own, a letter): read only for such a file.
    pub untitled: bool,
    /// The report a line near the top says this file goes with (`(Kèm theo Báo cáo số
    /// 52-BC/ĐU ngày …)`, over an appendix sent as a file of its own): its number. Read
    /// only for a file holding no section of the outline.
    pub cites: Option<String>,
}

impl Report {
    /// Whether the report holds any section of `outline` but its appendix: a report, not
    /// a file sent with one (a cover letter, the appendix on its own).
    pub fn holds_text(&self, outline: &Outline) -> bool {
        self.placed.iter().any(|p| Some(p.section) != outline.appendix.section)
    }
}

/// An Excel appendix beside a report, as `app` found it.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// The workbook, or why it could not be read.
    pub workbook: Result<std::sync::Arc<Workbook>, crate::diagnostic::WorkbookProblem>,
    /// The file name as findings show it.
    pub name: String,
    /// Named in the front matter (`appendix: bieu.xlsx`): it stands for the appendix even
    /// where the report has a table of its own.
    pub named: bool,
}

/// Finds the workbook of a report, given the front matter's `appendix:` and `unit_code`.
pub type Attach<'a> = &'a (dyn Fn(Option<&str>, Option<&str>) -> Option<Attachment> + Sync);

/// Most `|`, `<td` and `<th` a report may hold: each starts or ends a table cell, and a
/// unit's report needs a few hundred (its appendix: a dozen rows of four or five columns).
pub const MAX_TABLE_CELLS: usize = 50_000;

/// Where a text passes [`MAX_TABLE_CELLS`] marks of a table's cells: pipes, and HTML's
/// cell tags (a 13 MB file of `<tr><td>x` rows took 700 MB to read).
fn past_cell_limit(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'|', b'<', bytes)
        .filter(|&i| {
            bytes[i] == b'|'
                || bytes.get(i + 1).is_some_and(|b| b.eq_ignore_ascii_case(&b't'))
                    && bytes
                        .get(i + 2)
                        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'd' | b'h'))
        })
        .nth(MAX_TABLE_CELLS)
}

/// A Markdown report checked on its own (the tests', benchmarks' and fuzzers' way in).
pub fn analyze(bytes: &[u8], outline: &Outline, excerpts: bool) -> Report {
    analyze_source((read::MARKDOWN.read)(bytes, "md"), outline, excerpts, &|_, _| None)
}

/// A Word report checked on its own.
pub fn analyze_docx(bytes: &[u8], outline: &Outline, excerpts: bool) -> Report {
    analyze_source(read::docx::source(bytes, "docx"), outline, excerpts, &|_, _| None)
}

/// The worksheets embedded in a Word report, as one workbook of the sheets of those that
/// can be read (`Biểu 1` and `Biểu 2` embedded one after the other), named after the
/// first of them; and how many cannot be read (objects dropped). None read: the first's
/// error.
fn embedded_sheets(sheets: &[(String, Vec<u8>)]) -> Option<(Attachment, usize)> {
    let mut read = sheets
        .iter()
        .map(|(name, bytes)| (name, crate::read::workbook::read(bytes, name)));
    let (first_name, first) = read.next()?;
    let mut unread = 0;
    let mut book: Result<(String, crate::read::workbook::Workbook), String> = first.map(|b| (first_name.clone(), b));
    for (name, more) in read {
        match (&mut book, more) {
            (Ok((_, book)), Ok(more)) => {
                book.sheets.extend(more.sheets);
                book.hidden_sheets.extend(more.hidden_sheets);
                book.hidden_lines.extend(more.hidden_lines);
            }
            // The first could not be read: the next that can stands for it.
            (Err(_), Ok(more)) => {
                book = Ok((name.clone(), more));
                unread += 1;
            }
            (_, Err(_)) => unread += 1,
        }
    }
    let name = book
        .as_ref()
        .map_or_else(|_| first_name.clone(), |(name, _)| name.clone());
    Some((
        Attachment {
            workbook: book
                .map(|(_, book)| std::sync::Arc::new(book))
                .map_err(crate::diagnostic::WorkbookProblem::Unreadable),
            name,
            named: false,
        },
        unread,
    ))
}

/// `count` more objects dropped, in the reading's note of them.
fn dropped(notes: &mut Vec<Diagnostic>, count: usize) {
    use crate::diagnostic::ConversionNote;
    if count == 0 {
        return;
    }
    for note in notes.iter_mut() {
        if let Finding::Conversion {
            note: ConversionNote::ImagesDropped { count: n },
        } = &mut note.finding
        {
            *n += count;
            return;
        }
    }
    notes.push(Diagnostic::whole_file(Finding::Conversion {
        note: ConversionNote::ImagesDropped { count },
    }));
}

/// `appendix: bieu.xlsx` in the front matter, without the YAML library (front matter
/// keeps only the keys it knows).
fn named_workbook(front: &str) -> Option<String> {
    front.lines().find_map(|line| {
        let value = line.strip_prefix("appendix:")?.trim().trim_matches(['"', '\'']).trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}

/// A report as its reader gave it, checked on its own, with its Excel appendix (if
/// `attach` finds one) read in place of, or for want of, a table in the report. Every
/// finding on a converted file is given the original's place of the line it was found on.
pub fn analyze_source(source: Source<'_>, outline: &Outline, excerpts: bool, attach: Attach<'_>) -> Report {
    if source.refused() {
        return Report {
            readings: vec![Reading::Missing; outline.appendix.indicators.len()],
            diagnostics: source.notes,
            ..Report::default()
        };
    }
    let letterhead = source.origins.as_ref().and_then(|o| o.letterhead.as_deref());
    // A worksheet embedded in the document is its appendix where no workbook beside it is.
    let embedded = source
        .origins
        .as_ref()
        .map_or(&[][..], |o| o.embedded_sheets.as_slice());
    // (Whether they were offered, and how many of them could not be read.)
    let offered = std::sync::atomic::AtomicBool::new(false);
    let unread = std::sync::atomic::AtomicUsize::new(0);
    let attach = |named: Option<&str>, code: Option<&str>| {
        attach(named, code).or_else(|| {
            offered.store(true, std::sync::atomic::Ordering::Relaxed);
            let (attachment, failed) = embedded_sheets(embedded)?;
            unread.store(failed, std::sync::atomic::Ordering::Relaxed);
            Some(attachment)
        })
    };
    let mut report = analyze_text(&source.text, letterhead, outline, excerpts, &attach);
    let mut notes = source.notes;
    let read = offered.into_inner() && report.workbook_read;
    if !embedded.is_empty() {
        // Not read (the report has a table, or a workbook beside it), or not readable:
        // dropped, and said so.
        dropped(&mut notes, if read { unread.into_inner() } else { embedded.len() });
    }
    if let Some(origins) = &source.origins {
        // A place outside the text (the first page's header) is placed already.
        relocate(&mut report, |location| {
            if location.locator.is_none() {
                location.locator = origins.locator(location.line, location.column).map(Box::new);
            }
        });
    }
    // A Word user makes a heading with a style, a Notepad user with a line: not `#`; a
    // title in an account table's left cell is read as one where it is.
    for d in &mut report.diagnostics {
        if let Finding::PseudoHeading { written, .. } = &mut d.finding {
            let in_account = source.origins.as_ref().is_some_and(|o| {
                d.location
                    .line
                    .checked_sub(1)
                    .and_then(|l| o.lines.get(l))
                    .is_some_and(|origin| origin.as_ref().is_some_and(|origin| origin.account))
            });
            if in_account {
                *written = Headings::Table;
            } else if source.headings != Headings::Marks {
                *written = source.headings;
            }
        }
    }
    if let Some(moved) = &source.moved {
        let (read, file) = (LineIndex::new(&source.text), LineIndex::new(&moved.file));
        for d in &mut report.diagnostics {
            if let Finding::PseudoHeading { written, .. } = &mut d.finding
                && moved.written_anew(d.location.line, &read, &file)
            {
                *written = Headings::Table;
            }
        }
        relocate(&mut report, |location| moved.place(location, &read, &file));
        // The lines a message names, and those the metadata were read from, too.
        for d in &mut report.diagnostics {
            for line in d.finding.lines_mut() {
                *line = moved.line(*line);
            }
        }
        for field in &mut report.metadata.fields {
            field.line = field.line.map(|l| moved.line(l));
        }
    }
    // Where pictures were dropped, an appendix with no table may be one of them.
    let pictures = notes.iter().any(|d| {
        matches!(
            d.finding,
            Finding::Conversion {
                note: crate::diagnostic::ConversionNote::ImagesDropped { count }
            } if count > 0
        )
    });
    for d in &mut report.diagnostics {
        if let Finding::AppendixEmpty {
            table: false,
            pictures: p,
        } = &mut d.finding
        {
            *p = pictures;
        }
    }
    let mut diagnostics = notes;
    diagnostics.append(&mut report.diagnostics);
    report.diagnostics = diagnostics;
    report
}

/// Every place a report's findings name, and the places the cross-file checks will name
/// (where its unit, code, category and dates were written), given `place`.
fn relocate(report: &mut Report, mut place: impl FnMut(&mut crate::diagnostic::Location)) {
    report.diagnostics.iter_mut().for_each(|d| place(&mut d.location));
    let fm = &mut report.front_matter;
    for field in [&mut fm.unit, &mut fm.unit_code, &mut fm.category]
        .into_iter()
        .flatten()
    {
        place(&mut field.location);
    }
    for location in [&mut fm.submitted_location, &mut fm.date_location]
        .into_iter()
        .flatten()
    {
        place(location);
    }
    if let Some(issuer) = &mut report.issuer {
        place(&mut issuer.found.location);
        issuer.partners.iter_mut().for_each(|p| place(&mut p.location));
        for signed in &mut issuer.signatures {
            place(&mut signed.signer.location);
            if let Some(title) = &mut signed.title {
                place(&mut title.location);
            }
        }
    }
}

/// The checks of one report's text (front matter, structure, appendix, excerpts), after
/// the findings of reading it; `letterhead` is the first page's header of a Word file.
fn analyze_text(text: &str, letterhead: Option<&str>, outline: &Outline, excerpts: bool, attach: Attach<'_>) -> Report {
    let index = LineIndex::new(text);
    let mut diagnostics = Vec::new();
    // A table of empty rows is amplified a hundredfold in parsing and in every output (a
    // 15 MB file of `|||||||||` rows took 5 GB to compile): such a file is not read.
    if let Some(at) = past_cell_limit(text) {
        return Report {
            readings: vec![Reading::Missing; outline.appendix.indicators.len()],
            diagnostics: vec![Diagnostic::new(
                Finding::TooManyCells { limit: MAX_TABLE_CELLS },
                index.locate(at, at + 1),
            )],
            ..Report::default()
        };
    }
    // Body checks run even when the front matter is broken: a unit wants every problem at once.
    let mut top = front_matter::parse(text, &index, outline);
    let markdown::Body { blocks, pasted_lines } = markdown::read(&text[top.body_start..], top.body_start);
    let mut structure = structure::analyze(&blocks, text, &index, outline);
    // The report ends where another document filed after it starts: who sent it and
    // when, and its figures, are read before that.
    let (own, own_blocks) = match structure.attached {
        Some(start) => (&text[..blocks[start].start], &blocks[..start]),
        None => (text, &blocks[..]),
    };
    // Who sent it and when, from the document itself where the front matter is silent.
    let signature = top.front_matter.signer.is_none() || top.front_matter.signer_title.is_none();
    // After a cover letter filed over it, the report's own header.
    let from = structure.report_start.map_or(top.body_start, |b| blocks[b].start);
    // A copy's certification between the signature and the appendix is the copier's.
    let skip = structure
        .certification
        .as_ref()
        .map(|c| blocks[c.start].start..blocks.get(c.end).map_or(text.len(), |b| b.start));
    let mut found = header::read_around(own, from, &index, signature, skip);
    if let Some(page) = letterhead {
        header::fill_from_letterhead(&mut found, page);
    }
    // No header block and no front matter naming the unit: the opening formula names it
    // (`…, Đảng ủy xã Anh Sơn báo cáo kết quả … như sau:`), as an officer reads it.
    let fm = &top.front_matter;
    if found.issuer.is_none()
        && fm.unit.is_none()
        && fm.unit_code.is_none()
        && let Some(b) = apparatus::reporting_formula(own_blocks, structure.report_start.unwrap_or(0))
    {
        let location = index.locate(blocks[b].start, blocks[b].end);
        found.issuer = header::issuer_in_opening(&blocks[b].text, location);
    }
    // Nor an opening formula: an annex filed alone as the report — its sections, not only
    // figures (an appendix sent alone is no report) — names who sent it in the line citing
    // the report it goes with (`(Kèm theo Báo cáo số 318-BC/ĐU ngày 10/4/2026 của Ban
    // Thường vụ Đảng ủy Quân sự tỉnh …)`), among its first lines.
    let fm = &top.front_matter;
    if found.issuer.is_none()
        && structure
            .placed
            .iter()
            .any(|p| Some(p.section) != outline.appendix.section)
        && fm.unit.is_none()
        && fm.unit_code.is_none()
        && let Some(cited) = own_blocks
            .iter()
            .take(CITED_LINE_BLOCKS)
            .filter(|b| b.kind == markdown::BlockKind::Paragraph)
            .find_map(|block| header::cited_in_annex(&block.text, index.locate(block.start, block.end)))
    {
        found.issuer = cited.issuer;
        // The cited report's number and date, where the document has neither of its own.
        found.cited = found.doc_number.is_none() && found.date.is_none();
        if found.cited {
            found.doc_number = cited.doc_number;
            found.date = cited.date;
        }
    }
    let metadata = header::apply(&mut top.front_matter, &mut top.diagnostics, &found);
    diagnostics.extend(top.diagnostics);
    let mut appendix = appendix::read(own_blocks, own, top.body_start, &index, &structure, outline);
    let named = named_workbook(&text[..top.body_start]);
    let code = top.front_matter.unit_code.as_ref().map(|f| f.value.as_str());
    let mut used_workbook = false;
    if !outline.appendix.indicators.is_empty()
        && let Some(attachment) = attach(named.as_deref(), code)
        && (attachment.named || appendix.tables == 0)
    {
        // Findings in the workbook are placed at the appendix heading (or the first line)
        // and name their cell.
        let anchor = outline.appendix.section.and_then(|s| structure.find(s)).map_or_else(
            || index.locate_line(1),
            |p| index.locate(blocks[p.heading].start, blocks[p.heading].end),
        );
        used_workbook = true;
        appendix = match &attachment.workbook {
            Ok(book) => {
                let (grids, sheet): (Vec<Grid>, _) = match code.and_then(|c| book.unit_sheet_named(c)) {
                    Some((name, sheet)) => (vec![sheet.clone()], Some(name.as_str())),
                    None => (book.sheets.iter().map(|(_, g)| g.clone()).collect(), None),
                };
                let mut read = appendix::read_grids(&grids, outline, &anchor);
                // Only what Excel shows is read; what it hides is said, not counted.
                let hidden = book.hidden(sheet);
                if !hidden.is_empty() {
                    read.diagnostics.push(Diagnostic::new(
                        Finding::AppendixHidden {
                            file: attachment.name.clone(),
                            sheets: hidden.sheets,
                            rows: hidden.rows,
                            columns: hidden.columns,
                        },
                        anchor.clone(),
                    ));
                }
                read
            }
            Err(error) => appendix::Appendix {
                readings: vec![Reading::Missing; outline.appendix.indicators.len()],
                diagnostics: vec![Diagnostic::new(
                    Finding::AppendixWorkbook {
                        file: attachment.name.clone(),
                        problem: error.clone(),
                    },
                    anchor,
                )],
                ..appendix::Appendix::default()
            },
        };
    }
    // A table read (an HTML one, whose words Markdown does not count), or an Excel file
    // standing for the appendix, is the appendix section's content; the Excel file is the
    // appendix itself ("có biểu số liệu kèm theo"), so the report needs no heading for it.
    let appendix_id = outline.appendix.section.map(|s| outline.sections[s].id.as_str());
    let has_figures = appendix.tables > 0 || used_workbook;
    // Figures read from a table outside any appendix section (at the end, with no heading
    // over it) are the appendix: the section is there in substance.
    let figures_stand_for_section = used_workbook || !appendix.outside.is_empty();
    diagnostics.extend(std::mem::take(&mut structure.diagnostics).into_iter().filter(|d| {
        let about_appendix = |section: &str| Some(section) == appendix_id;
        !(has_figures && matches!(&d.finding, Finding::EmptySection { section, .. } if about_appendix(section))
            || figures_stand_for_section
                && matches!(&d.finding, Finding::MissingSection { section, .. } if about_appendix(section)))
    }));
    diagnostics.extend(appendix.diagnostics);
    diagnostics.sort_by_key(|d| (d.location.line, d.location.column));
    let (excerpts, (other, other_paragraphs)) = if excerpts {
        (
            excerpt::cut(
                text,
                &blocks,
                &pasted_lines,
                &structure,
                outline,
                &appendix.outside,
                &appendix.read,
            ),
            excerpt::other(text, &blocks, &pasted_lines, &structure, outline, &appendix.outside),
        )
    } else {
        (Vec::new(), (None, 0))
    };
    let mut report = Report {
        front_matter: top.front_matter,
        placed: structure.placed,
        readings: appendix.readings,
        diagnostics,
        excerpts,
        other,
        other_paragraphs,
        issuer: found.issuer,
        metadata,
        appendix_read: has_figures,
        workbook_read: used_workbook,
        cites: None,
        letter: false,
        untitled: false,
    };
    if !report.holds_text(outline) {
        let body = &text[top.body_start..];
        let number = report.metadata.fields.iter().find(|f| f.field == "doc_number");
        let top = Top::read(body, number.map(|f| f.value.as_str()));
        report.untitled = !top.titled;
        report.letter = top.is_letter();
        report.cites = cited_report(body);
    }
    report
}

/// Most words of a cover letter: a paragraph or two under its header, and its signature.
const LETTER_MAX_WORDS: usize = 400;

/// How far into a document without a header block its line citing the report it goes with
/// is looked for (`Phụ lục 02` / its subject / `(Kèm theo Báo cáo số …)`).
const CITED_LINE_BLOCKS: usize = 6;

/// What a file's top says of what it is.
struct Top {
    /// A `BÁO CÁO` title line.
    titled: bool,
    /// A `V/v …` excerpt under the number, or a number of the kind `CV` (`Số 47-CV/ĐU`).
    lettered: bool,
    words: usize,
}

impl Top {
    fn read(body: &str, number: Option<&str>) -> Top {
        let pieces: Vec<String> = body
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(CITING_LINES)
            .flat_map(|l| l.split(['|', '\t']))
            .map(|p| {
                crate::text::fold::bare(p.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#')))
            })
            .collect();
        // `BÁO CÁO`, `BÁO CÁO TỔNG KẾT 10 NĂM …`; not `Báo cáo số 52-BC/ĐU …` a letter cites.
        let titled = pieces
            .iter()
            .any(|p| p == "bao cao" || p.starts_with("bao cao ") && !p.starts_with("bao cao so") && p.len() <= 160);
        let excerpt = pieces.iter().any(|p| p.starts_with("v/v"));
        let cv = number.is_some_and(|n| {
            n.split(|c: char| !c.is_alphanumeric())
                .any(|t| t.eq_ignore_ascii_case("cv"))
        });
        Top {
            titled,
            lettered: excerpt || cv,
            words: body.split_whitespace().take(LETTER_MAX_WORDS + 1).count(),
        }
    }

    /// A cover letter: lettered, untitled and short — a report sent in a letter's form
    /// (`V/v báo cáo kết quả …` over pages of text) is no cover letter.
    fn is_letter(&self) -> bool {
        self.lettered && !self.titled && self.words <= LETTER_MAX_WORDS
    }
}

/// Lines of a file's top where a note of what it goes with is looked for.
const CITING_LINES: usize = 20;

/// The number of the report a line of the file's top says it goes with: `Kèm theo Báo
/// cáo số 52-BC/ĐU` (an appendix's or a table's caption, in any case), `… gửi Báo cáo số
/// 322-BC/MTTQ-BTT …` (a cover letter, an e-mail's body).
fn cited_report(body: &str) -> Option<String> {
    body.lines()
        .filter(|l| !l.trim().is_empty())
        .take(CITING_LINES)
        .filter(|l| {
            let lower = l.to_lowercase();
            lower.contains("kèm theo") || lower.contains("báo cáo số")
        })
        .find_map(header::cited_number)
}
