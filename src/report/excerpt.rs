//! A unit's own text as it goes into the compiled report: its headings pushed below the
//! section it sits in, and as HTML, sanitised, since a submission is untrusted data.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Parser, Tag, TagEnd, html};

use crate::campaign::outline::Outline;
use crate::read::dialect;
use crate::read::markdown::{self, Block};
use crate::report::structure::{Placed, Structure};

/// What one report has under one outline section, for the compiled report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Own {
    /// The section's heading is not in the report.
    NotPlaced,
    /// The heading is there over no words of the section's own (nothing, or a placeholder
    /// such as `(Đang tổng hợp)`); `children` when the report wrote sub-sections under it.
    Empty { children: bool },
    /// The unit's own Markdown, headings demoted below every outline level, blocks it left
    /// open closed.
    Written(Text),
}

/// An excerpt's text, held the way the template engine holds a string (shared, behind a
/// reference count), so that the compiled report's view-model and its template context
/// share every excerpt instead of copying it: the excerpts are nearly all of a national
/// report, and copying them into the context was a sixth of `compile` and 130 MB.
#[derive(Clone)]
pub struct Text(tera::Value);

impl Text {
    pub fn as_str(&self) -> &str {
        // Made only from strings, below.
        self.0.as_str().unwrap_or_default()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        if text.contains('\r') {
            return Text::from(text.as_str());
        }
        Text(tera::Value::from(text))
    }
}

impl From<&str> for Text {
    /// A report saved on Windows (`\r\n`) or an old Mac (`\r`) ends its lines as the
    /// compiled report does, `\n`: a `\r` left in would be a stray character in every
    /// format written.
    fn from(text: &str) -> Text {
        if text.contains('\r') {
            return Text(tera::Value::from(text.replace("\r\n", "\n").replace('\r', "\n")));
        }
        Text(tera::Value::from(text))
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// A string wherever it is serialized; into a template context, the shared string itself.
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Cuts a report into what it says under each outline section (indexed like
/// `Outline::sections`), from the blocks and sections its check found. Done while the file
/// is read, so the report's whole text need not be kept until the compiled report is made.
/// `pasted_lines` start the paragraphs written one per line ([`markdown::Body`]). A
/// footnote written at the report's end goes to the end of the section citing it; under
/// the appendix section, only the unit's notes on its figures are kept ([`figure_notes`]):
/// the tables `read` for the figures are counted, not quoted.
pub fn cut(
    text: &str,
    blocks: &[Block],
    pasted_lines: &[usize],
    structure: &Structure,
    outline: &Outline,
    figures: &[Range<usize>],
    read: &[Range<usize>],
) -> Vec<Own> {
    let placed = &structure.placed;
    // Units' own headings go below every outline level, so they never read as sections.
    let content_level = outline.sections.iter().map(|s| s.depth).max().unwrap_or(1) + 1;
    let moved = moved_notes(blocks, placed, outline.appendix.section);
    // Moved notes leave holes where they were written, as the figures do.
    let mut holes: Vec<Range<usize>> = figures.to_vec();
    holes.extend(moved.iter().map(|&(note, _)| blocks[note].start..blocks[note].end));
    // A part's line (`PHẦN THỨ NHẤT`, `**3. Đánh giá chung**` over `**a) Ưu điểm**`) is
    // structure, in no section's text.
    holes.extend(
        structure
            .wrappers
            .iter()
            .chain(&structure.attached_titles)
            .filter_map(|&w| blocks.get(w))
            .map(|b| b.start..b.end),
    );
    holes.sort_by_key(|h| h.start);
    let mut owns = vec![Own::NotPlaced; outline.sections.len()];
    for (at, here) in placed.iter().enumerate() {
        if here.merged {
            // Its text is the section whose heading it shares.
            owns[here.section] = Own::Empty { children: true };
            continue;
        }
        if outline.appendix.section == Some(here.section) {
            // `moved` is in document order, as the notes are.
            let elsewhere = |i: usize| {
                crate::report::apparatus::contains(&structure.apparatus, i)
                    || structure.attached_titles.binary_search(&i).is_ok()
                    || moved.binary_search_by_key(&i, |&(note, _)| note).is_ok()
            };
            owns[here.section] = figure_notes(text, blocks, pasted_lines, here, read, &elsewhere, content_level);
            continue;
        }
        let children = &outline.sections[here.section].children;
        // The unit's figures (a table read as the appendix, with no heading of its own)
        // are cut out: they are counted, not quoted.
        let mut pieces = own_pieces(placed, here, &holes);
        pieces.extend(
            moved
                .iter()
                .filter(|&&(_, to)| to == at)
                .map(|&(note, _)| blocks[note].start..blocks[note].end),
        );
        // A section written in two places (the results told field by field, then summed
        // up): its second place goes on after its first, as `placed` is in document order.
        let before = match std::mem::replace(&mut owns[here.section], Own::NotPlaced) {
            Own::Written(text) => Some(text),
            _ => None,
        };
        owns[here.section] =
            if before.is_none() && pieces.iter().all(|p| markdown::count_words(&text[p.clone()], 1) == 0) {
                Own::Empty {
                    children: placed.iter().any(|p| children.contains(&p.section)),
                }
            } else {
                // Each piece is trimmed of its blank lines: the pieces are paragraphs apart.
                let mut written = before.map(|t| t.as_str().to_owned()).unwrap_or_default();
                for piece in pieces {
                    let headings = blocks
                        .iter()
                        .filter(|b| b.heading_level().is_some() && piece.contains(&b.start));
                    let part = demote_within(text, piece.start, piece.end, headings, pasted_lines, content_level);
                    if part.trim().is_empty() {
                        continue;
                    }
                    if !written.is_empty() {
                        written.push_str("\n\n");
                    }
                    written.push_str(&part);
                }
                Own::Written(Text::from(written.as_str()))
            };
    }
    owns
}

/// A placed section's own text: its content but the spans of the other sections found
/// inside it — its sub-sections, which run to its end, and a section written as its first
/// item (the leadership part as `1.` of the results part), after which its own text goes
/// on — and but `holes`.
pub fn own_pieces(placed: &[Placed], here: &Placed, holes: &[Range<usize>]) -> Vec<Range<usize>> {
    let content = here.content_bytes.clone();
    let mut cut: Vec<Range<usize>> = placed
        .iter()
        .filter(|p| p.section != here.section && !p.merged)
        .filter(|p| p.heading_bytes.start >= content.start && p.heading_bytes.start < content.end)
        // A part counted from its first sub-section's line (no heading of its own) holds
        // that sub-section, which starts where it does: no hole in it.
        .filter(|p| {
            !(p.heading == here.heading
                && p.heading_bytes.is_empty()
                && p.section < here.section
                && p.content_bytes.start <= content.start
                && p.content_bytes.end >= content.end)
        })
        .map(|p| p.heading_bytes.start..p.content_bytes.end.clamp(p.heading_bytes.start, content.end))
        .chain(
            holes
                .iter()
                .filter(|h| h.start >= content.start && h.end <= content.end)
                .cloned(),
        )
        .collect();
    cut.sort_by_key(|r| r.start);
    // Sections inside sections, and figures inside them: one hole each.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(cut.len());
    for range in cut {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    without(content, &merged)
}

/// Footnotes written away from the section that cites them (after the signature, at the
/// report's end), with the index in `placed` of that section: `(note block, placed)`.
/// The section is the innermost whose span holds the citing block; a note cited outside
/// every section, or from the appendix, stays where it is.
fn moved_notes(blocks: &[Block], placed: &[Placed], appendix: Option<usize>) -> Vec<(usize, usize)> {
    let span = |p: &Placed| p.heading..p.body.end;
    let innermost = |block: usize| {
        placed
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.merged && span(p).contains(&block))
            .max_by_key(|(_, p)| p.heading)
            .map(|(at, _)| at)
    };
    crate::report::footnote::citations(blocks)
        .into_iter()
        .filter_map(|(note, citing)| {
            let to = innermost(citing).filter(|&to| Some(placed[to].section) != appendix)?;
            (innermost(note) != Some(to)).then_some((note, to))
        })
        .collect()
}

/// Whether a line right over a table read names that table — a short line, or one
/// naming it however long (`Biểu số 01: Số liệu kết quả thực hiện Kết luận số
/// 114-KL/TW`) — rather than qualifying its figures (see [`qualifies_figures`]), unless it
/// is numbered, or named with a colon, as a table's name is (`Bảng 1.`, `Biểu mẫu số 01`,
/// `Bảng: Tình hình đơn thư chưa giải quyết`).
fn is_caption_text(text: &str) -> bool {
    // Longest first: `biểu mẫu` before `biểu`.
    const NAMES: [&str; 5] = ["biểu mẫu", "phụ lục", "biểu", "bảng", "mẫu"];
    let folded = crate::text::fold::fold_name(text.trim_start_matches(['*', '_', ' ']));
    let rest = NAMES.iter().find_map(|name| {
        folded
            .strip_prefix(name)
            .filter(|rest| rest.is_empty() || rest.starts_with([' ', ':', '.']))
    });
    let numbered = rest.is_some_and(|rest| {
        let rest = rest.trim_start();
        let rest = rest.strip_prefix("số").map_or(rest, str::trim_start);
        let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        rest.starts_with(':')
            || !first.is_empty()
                && (first.chars().all(|c| c.is_ascii_digit()) || first.chars().all(|c| "ivxlc".contains(c)))
    });
    let count = text.split_whitespace().count();
    (numbered && count <= TITLE_MAX_WORDS)
        || (!qualifies_figures(text)
            && (count <= crate::report::structure::CAPTION_MAX_WORDS || rest.is_some() && count <= TITLE_MAX_WORDS))
}

/// Whether a line says what the figures under it leave out (`chưa`, `không`, `trừ`,
/// `ngoài`: `(Số liệu tính đến ngày 31/3/2026, chưa bao gồm 2 xã mới sáp nhập)`): the
/// unit's word on them, compiled, however it is set (bracketed, bold, in capitals).
fn qualifies_figures(text: &str) -> bool {
    crate::text::fold::fold_name(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ["chưa", "không", "trừ", "ngoài"].contains(&w))
}

/// What a unit writes in its appendix section besides its figures — the scope of its
/// data and caveats on it (`Số liệu tổng hợp từ ngày 14/7/2015 …; một số chỉ tiêu chưa
/// thống kê đầy đủ`), a second appendix (`Phụ lục 2: Danh sách mô hình …` and its table)
/// — for the compiled appendix. Left out: the tables the figures were read from (`read`:
/// counted, not quoted) with their captions (a short line right over one) and the
/// appendix's own title lines before the first of them (`**SỐ LIỆU TỔNG KẾT …**`, `(Kèm
/// theo Báo cáo số …)`), and the blocks `elsewhere` (the apparatus, footnotes moved to the
/// sections citing them).
fn figure_notes(
    text: &str,
    blocks: &[Block],
    pasted_lines: &[usize],
    here: &Placed,
    read: &[Range<usize>],
    elsewhere: &dyn Fn(usize) -> bool,
    level: usize,
) -> Own {
    let counted = |b: &Block| read.iter().any(|t| t.start < b.end && b.start < t.end);
    let first_table = (here.body.start..here.body.end).find(|&i| counted(&blocks[i]));
    let keep = |i: usize| {
        let b = &blocks[i];
        let caption = b.lines == 1 && is_caption_text(&b.text) && blocks.get(i + 1).is_some_and(counted);
        let title = first_table.is_some_and(|t| i < t) && is_title_line(b) && !qualifies_figures(&b.text);
        !counted(b) && !caption && !title && !elsewhere(i)
    };
    let mut parts: Vec<Cow<'_, str>> = Vec::new();
    let mut at = here.body.start;
    while at < here.body.end {
        if !keep(at) {
            at += 1;
            continue;
        }
        let first = at;
        while at < here.body.end && keep(at) {
            at += 1;
        }
        let (start, end) = (blocks[first].start, blocks[at - 1].end);
        if markdown::count_words(&text[start..end], 1) > 0 {
            let headings = blocks[first..at].iter().filter(|b| b.heading_level().is_some());
            parts.push(demote_within(text, start, end, headings, pasted_lines, level));
        }
    }
    if parts.is_empty() {
        return Own::Empty { children: false };
    }
    Own::Written(Text::from(parts.join("\n\n")))
}

/// A line of a title over the figures: bold or in capitals, or a remark in brackets
/// (`(Kèm theo Báo cáo số 33-BC/ĐU …)`); short.
fn is_title_line(block: &Block) -> bool {
    let text = block.text.trim();
    let capitals = crate::text::is_capitals(text);
    let bracketed = text.starts_with('(') && text.ends_with(')');
    block.lines <= 2 && text.split_whitespace().count() <= TITLE_MAX_WORDS && (block.all_bold || capitals || bracketed)
}

/// Most words of a title line over the figures.
const TITLE_MAX_WORDS: usize = 40;

/// Most title lines and captions over a table of figures read outside every section: a
/// form's label, its name, the period and the report it goes with (`Biểu số: 01/KL114`,
/// `TỔNG HỢP KẾT QUẢ …`, `Số liệu tính từ …`, `(Kèm theo Báo cáo số …)`), its unit of count.
const APPENDIX_TITLE_MAX_LINES: usize = 5;

/// `range` less the parts of it in `holes` (sorted, not overlapping), in order; the whole
/// of it when no hole lies inside.
fn without(range: Range<usize>, holes: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut from = range.start;
    for hole in holes.iter().filter(|h| h.start >= range.start && h.end <= range.end) {
        pieces.push(from..hole.start.max(from));
        from = from.max(hole.end);
    }
    pieces.push(from..range.end.max(from));
    pieces
}

/// What a report says outside every outline section: text before the first section (a
/// context part such as "Đặc điểm tình hình", an opening sentence), under a repeated
/// heading, or after the appendix; never the unit's apparatus nor its wrapper lines.
/// Joined in document order with its headings demoted, and the number of paragraphs,
/// list items and tables in it.
pub fn other(
    text: &str,
    blocks: &[Block],
    pasted_lines: &[usize],
    structure: &Structure,
    outline: &Outline,
    figures: &[Range<usize>],
) -> (Option<Text>, usize) {
    let content_level = outline.sections.iter().map(|s| s.depth).max().unwrap_or(1) + 1;
    let mut covered = vec![false; blocks.len()];
    for here in structure.placed.iter().filter(|p| !p.merged) {
        for flag in covered.iter_mut().take(here.body.end).skip(here.heading) {
            *flag = true;
        }
    }
    for range in &structure.apparatus {
        for flag in covered.iter_mut().take(range.end).skip(range.start) {
            *flag = true;
        }
    }
    for &wrapper in structure.wrappers.iter().chain(&structure.attached_titles) {
        if let Some(flag) = covered.get_mut(wrapper) {
            *flag = true;
        }
    }
    for (flag, block) in covered.iter_mut().zip(blocks) {
        *flag |= figures.iter().any(|f| {
            // Or a block holding the figures and a line or two besides (a PDF's text laid
            // out: the page number and the title over the table, one preformatted block).
            let around = || {
                [&text[block.start..f.start], &text[f.end..block.end]]
                    .iter()
                    .flat_map(|t| t.lines())
                    .filter(|l| !l.trim().is_empty())
                    .count()
            };
            f.contains(&block.start)
                || (block.start <= f.start
                    && f.end <= block.end
                    && !f.is_empty()
                    && around() <= APPENDIX_TITLE_MAX_LINES)
        });
    }
    // Over figures read outside every section (an appendix page after the signature with
    // no heading the outline knows), its title lines and caption are the appendix's, as
    // in its section (`BIỂU TỔNG HỢP SỐ LIỆU`, `(Kèm theo Báo cáo số …)`, `Biểu 1. …`).
    for table in (0..blocks.len()).filter(|&i| figures.iter().any(|f| f.contains(&blocks[i].start))) {
        let mut at = table;
        while let Some(above) = at.checked_sub(1) {
            // An attachment's title block is passed over to the line that opens it.
            if structure.attached_titles.binary_search(&above).is_ok() {
                at = above;
                continue;
            }
            let b = &blocks[above];
            let title = (is_title_line(b) && !qualifies_figures(&b.text)) || (b.lines == 1 && is_caption_text(&b.text));
            if covered[above] || table - above > APPENDIX_TITLE_MAX_LINES || !title {
                break;
            }
            covered[above] = true;
            at = above;
        }
    }
    for (note, _) in moved_notes(blocks, &structure.placed, outline.appendix.section) {
        covered[note] = true;
    }
    let mut parts: Vec<String> = Vec::new();
    let mut paragraphs = 0;
    let mut at = 0;
    while at < blocks.len() {
        if covered[at] {
            at += 1;
            continue;
        }
        let start = at;
        while at < blocks.len() && !covered[at] {
            at += 1;
        }
        let run = &blocks[start..at];
        paragraphs += run
            .iter()
            .filter(|b| b.heading_level().is_none() && b.words(1) > 0)
            .count();
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let headings = run.iter().filter(|b| b.heading_level().is_some());
        let part = demote_within(text, first.start, last.end, headings, pasted_lines, content_level);
        if !part.trim().is_empty() {
            parts.push(part.into_owned());
        }
    }
    if paragraphs == 0 {
        return (None, 0);
    }
    (Some(Text::from(parts.join("\n\n"))), paragraphs)
}

/// Rewrites the headings of `text[start..end]` (given, as found in the whole text) so the
/// shallowest becomes `level` and the others keep their distance below it (capped at 6),
/// sets apart the paragraphs written one per line (starting at `pasted_lines`, offsets in
/// the whole text), writes pandoc's tables as pipe tables and its spans as their text, and closes what the excerpt
/// leaves open. Most excerpts need none of it,
/// and are borrowed: the excerpts are nearly all of a national report, copied once into
/// the compiled one.
fn demote_within<'t, 'b>(
    text: &'t str,
    start: usize,
    end: usize,
    headings: impl Iterator<Item = &'b Block> + Clone,
    pasted_lines: &[usize],
    level: usize,
) -> Cow<'t, str> {
    let own = &text[start..end];
    // Line ends of either kind: a report saved on Windows ends its lines with `\r\n`.
    let trimmed = own.trim_matches(['\n', '\r']);
    let offset = start + (own.len() - own.trim_start_matches(['\n', '\r']).len());
    let first = pasted_lines.partition_point(|&l| l < offset);
    let count = pasted_lines[first..].partition_point(|&l| l < offset + trimmed.len());
    let demoted = demote_headings(trimmed, offset, headings, &pasted_lines[first..first + count], level);
    let demoted = match demote_raw_headings(&demoted, level) {
        Some(raw) => Cow::Owned(raw),
        None => demoted,
    };
    // A table pandoc wrote is no table to CommonMark: its borders would show as text.
    let demoted = match crate::read::pandoc_table::as_pipe_tables(&demoted) {
        Some(piped) => Cow::Owned(piped),
        None => demoted,
    };
    let demoted = match dedent_code(&demoted) {
        Some(plain) => Cow::Owned(plain),
        None => demoted,
    };
    // Pandoc's spans (Word's underline, its bookmarks) would show their brackets.
    let demoted = match dialect::markdown_without_spans(&demoted) {
        Cow::Owned(shown) => Cow::Owned(shown),
        Cow::Borrowed(_) => demoted,
    };
    match closing(&demoted) {
        Closing::Closed(closing) if closing.is_empty() => demoted,
        Closing::Closed(closing) => Cow::Owned(demoted.into_owned() + &closing),
        Closing::Fenced => Cow::Owned(fence_whole(&demoted)),
    }
}

/// The excerpt with the lines Markdown would now read as indented code set flush left,
/// and lines of only spaces or tabs emptied; `None` when it has neither. A unit's text
/// under a numbered line (`1. Kết quả đạt được:` over paragraphs indented with a tab, as
/// Notepad writes them) was that list item's content in the unit's file; under the
/// compiled report's own heading it would be code, its tab shown. A report holds no code
/// (a top-level indented block is read as paragraphs too: see [`markdown::read`]).
fn dedent_code(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    // Most excerpts have no line opening with a tab or four spaces: they are not parsed.
    let opens_indented = |at: usize| bytes.get(at) == Some(&b'\t') || bytes.get(at..at + 4) == Some(b"    ");
    let indented = opens_indented(0) || memchr::memchr_iter(b'\n', bytes).any(|at| opens_indented(at + 1));
    if !indented {
        return None;
    }
    let mut code: Vec<Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(text, dialect::options()).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented)) = event {
            code.push(range);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (start, content) = (at, line.trim_end_matches(['\n', '\r']));
        at += line.len();
        // A code block's range starts past the first line's indentation.
        let in_code = code.iter().any(|r| r.start < at && start < r.end);
        if content.trim().is_empty() && !content.is_empty() {
            out.push_str(&line[content.len()..]);
            changed = true;
        } else if in_code {
            out.push_str(line.trim_start_matches([' ', '\t']));
            changed = true;
        } else {
            out.push_str(line);
        }
    }
    changed.then_some(out)
}

/// What closes the blocks a unit's text leaves open, which would otherwise swallow
/// everything after it in the compiled report — every later section, the appendix, the
/// signature. Empty when nothing is left open.
///
/// Rather than a rule per construct, the excerpt is parsed with a plain paragraph after a
/// blank line — what the templates put after every excerpt — and whatever still holds
/// that paragraph gets its closer, until the paragraph stands at the top level. Lists,
/// block quotes, tables and HTML blocks of kinds 6 and 7 end at that blank line; what
/// does not is a code fence or an HTML block of kinds 1–5, each closed by what its
/// opening line calls for. Should that not settle it, the excerpt is not closed but
/// fenced whole (see [`fence_whole`]).
fn closing(text: &str) -> Closing {
    // Only a fence (` or ~) or raw HTML (<) can outlast a blank line; most excerpts
    // have neither, and parsing every excerpt again was a fifth of `compile`'s time.
    if memchr::memchr3(b'`', b'~', b'<', text.as_bytes()).is_none() {
        return Closing::Closed(String::new());
    }
    let mut closing = String::new();
    for _ in 0..MAX_CLOSERS {
        let probe = format!("{text}{closing}\n\n{PROBE}\n");
        match holder(&probe, text.len() + closing.len()) {
            None => return Closing::Closed(closing),
            Some(Holder::Fence(marker, run)) => {
                closing.push('\n');
                closing.extend(std::iter::repeat_n(marker, run));
            }
            Some(Holder::Html(end)) => {
                closing.push('\n');
                closing.push_str(end);
            }
            Some(Holder::Other) => break,
        }
    }
    Closing::Fenced
}

/// What the closing found.
enum Closing {
    /// The text needs this appended (often nothing).
    Closed(String),
    /// Nothing appended settles it: the text goes in whole as a code block.
    Fenced,
}

/// A code fence and an HTML block can both be left open at once (a comment opened in a
/// fence's closing attempt…); more than this many closers is not a report but an attack.
const MAX_CLOSERS: usize = 8;

/// The paragraph put after an excerpt to see whether it stands on its own.
const PROBE: &str = "baocao-probe-7f3a";

/// What holds the probe paragraph when it does not stand at the top level.
#[derive(Debug, PartialEq, Eq)]
enum Holder {
    /// A fenced code block opened with `run` times `marker`.
    Fence(char, usize),
    /// An HTML block of kinds 1–5, ended by a line that contains this.
    Html(&'static str),
    /// Anything else (not expected: lists and quotes end at a blank line).
    Other,
}

/// What holds the probe at byte `probe_at` of `probe`, or `None` when it is a
/// paragraph of its own at the top level.
fn holder(probe: &str, probe_at: usize) -> Option<Holder> {
    // Offsets of the open blocks, outermost first.
    let mut open: Vec<(Tag<'_>, usize)> = Vec::new();
    for (event, range) in Parser::new_ext(probe, dialect::options()).into_offset_iter() {
        match event {
            Event::Start(tag) => open.push((tag, range.start)),
            Event::End(_) => {
                open.pop();
            }
            // The first text past the blank line is the probe's.
            Event::Text(_) | Event::Html(_) | Event::InlineHtml(_) | Event::Code(_) if range.end > probe_at + 2 => {
                return match open.as_slice() {
                    [(Tag::Paragraph, start)] if *start >= probe_at + 2 => None,
                    _ => Some(
                        open.iter()
                            .rev()
                            .find_map(|(tag, start)| leaf_holder(tag, &probe[*start..]))
                            .unwrap_or(Holder::Other),
                    ),
                };
            }
            _ => {}
        }
    }
    Some(Holder::Other)
}

/// The holder a leaf block is, from the block's own text.
fn leaf_holder(tag: &Tag<'_>, from: &str) -> Option<Holder> {
    match tag {
        Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(_)) => {
            let line = from.trim_start_matches([' ', '>']);
            let marker = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
            Some(Holder::Fence(marker, line.chars().take_while(|c| *c == marker).count()))
        }
        Tag::HtmlBlock => html_block_end(from.trim_start_matches(' ')).map(Holder::Html),
        _ => None,
    }
}

/// What ends an HTML block of kinds 1–5 (CommonMark 4.6) that starts `line`; kinds 6
/// and 7 end at a blank line and need nothing.
fn html_block_end(line: &str) -> Option<&'static str> {
    let head: String = line.chars().take(12).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!--") {
        return Some("-->");
    }
    if head.starts_with("<?") {
        return Some("?>");
    }
    if head.starts_with("<![cdata[") {
        return Some("]]>");
    }
    if head.starts_with("<!") {
        return Some(">");
    }
    for (tag, end) in [
        ("<pre", "</pre>"),
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("<textarea", "</textarea>"),
    ] {
        if head
            .strip_prefix(tag)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '>', '\n', '\r']))
        {
            return Some(end);
        }
    }
    None
}

/// The whole text as a fenced code block: its fence longer than any run of backticks in
/// it, so nothing inside can end it. Shown as written, never read as Markdown.
fn fence_whole(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}text\n{text}\n{fence}")
}

/// The text with its raw HTML heading tags (`<h1>`…`<h6>`) pushed to `level` or below,
/// as its Markdown headings are: an `<h1>` in a unit's text would otherwise stand as one
/// of the report's own parts. Only tags in raw HTML are touched, not text in code.
/// `None` when there is none.
fn demote_raw_headings(text: &str, level: usize) -> Option<String> {
    let lower = memchr::memchr(b'<', text.as_bytes()).map(|_| text.to_ascii_lowercase())?;
    if !lower.contains("<h") && !lower.contains("</h") {
        return None;
    }
    let mut digits = Vec::new();
    for (event, range) in Parser::new_ext(text, dialect::options()).into_offset_iter() {
        if let Event::Html(_) | Event::InlineHtml(_) = event {
            let raw = &lower[range.clone()];
            for (at, _) in raw.match_indices('<') {
                let name = raw[at + 1..].strip_prefix('/').unwrap_or(&raw[at + 1..]);
                let bytes = name.as_bytes();
                if bytes.len() >= 2
                    && bytes[0] == b'h'
                    && (b'1'..=b'6').contains(&bytes[1])
                    && bytes.get(2).is_none_or(|c| !c.is_ascii_alphanumeric())
                {
                    let digit = range.start + at + 1 + (raw[at + 1..].len() - name.len()) + 1;
                    digits.push((digit, usize::from(bytes[1] - b'0')));
                }
            }
        }
    }
    let mut out = text.to_owned();
    let mut changed = false;
    for (at, n) in digits {
        let new = n.max(level).min(6);
        if new != n {
            out.replace_range(at..at + 1, &new.to_string());
            changed = true;
        }
    }
    changed.then_some(out)
}

/// `trimmed` starts at byte `offset` of the text the heading blocks were found in; each of
/// `lines` (offsets in that text, in order, inside `trimmed`) starts a line that is a
/// paragraph of its own with no blank line before it (a plain-text paste): it gets one, and
/// loses its indentation, which after a blank line would make it code.
fn demote_headings<'t, 'b>(
    trimmed: &'t str,
    offset: usize,
    headings: impl Iterator<Item = &'b Block> + Clone,
    lines: &[usize],
    level: usize,
) -> Cow<'t, str> {
    let shallowest = headings.clone().filter_map(|b| b.heading_level()).min();
    if shallowest.is_none() && lines.is_empty() {
        return Cow::Borrowed(trimmed);
    }
    let shallowest = shallowest.unwrap_or(1);
    let mut out = String::with_capacity(trimmed.len() + 16 + lines.len());
    let mut at = 0;
    let mut lines = lines.iter().map(|l| l - offset).peekable();
    let mut apart = |out: &mut String, at: &mut usize, before: usize| {
        while let Some(line) = lines.next_if(|&l| l <= before) {
            if line < *at {
                continue;
            }
            out.push_str(&trimmed[*at..line]);
            // A blank line before it, unless there is one already or nothing yet.
            let written = out.trim_end_matches([' ', '\t', '\r', '\n']).len();
            if written > 0 && out[written..].matches('\n').count() < 2 {
                out.push('\n');
            }
            let indent = trimmed[line..].len() - trimmed[line..].trim_start_matches([' ', '\t']).len();
            *at = line + indent;
        }
    };
    for block in headings {
        apart(&mut out, &mut at, block.start.saturating_sub(offset));
        // A heading's block may run into the line ends trimmed off the excerpt.
        let end = block.end.saturating_sub(offset).min(trimmed.len()).max(at);
        let start = block.start.saturating_sub(offset).clamp(at, end);
        let new_level = (level + usize::from(block.heading_level().unwrap_or(shallowest) - shallowest)).min(6);
        out.push_str(&trimmed[at..start]);
        out.push_str(&"#".repeat(new_level));
        out.push(' ');
        out.push_str(&block.text);
        if trimmed[start..end].ends_with('\n') {
            out.push('\n');
        }
        at = end;
    }
    apart(&mut out, &mut at, usize::MAX);
    out.push_str(&trimmed[at..]);
    Cow::Owned(out)
}

/// Folded forms of what the compiled report's own lines say (units' names, categories'
/// names), which no unit's paragraph may say alone.
pub type OwnLines = std::collections::HashSet<String>;

/// The start of the compiled report's note on units silent in a section, and the mark
/// of a late unit, folded.
static SILENT_NOTE: LazyLock<String> = LazyLock::new(|| crate::text::fold::fold_name("Chưa báo cáo nội dung này"));
static LATE_MARK: LazyLock<String> = LazyLock::new(|| crate::text::fold::fold_name("(nộp muộn)"));

/// The text with every paragraph that could pass for a line of the compiled report's own
/// structure — one that says no more than a unit's or category's name (`***Sở Tài
/// chính:***`, `<p><b><i>Sở Tài chính:</i></b></p>`), or starts as the note on silent
/// units does — made a plain paragraph of its words: its emphasis or markup, which made it
/// look like an attribution line, is gone, its words stay. `None` when there is none.
pub fn unforgeable(text: &str, structure: &OwnLines) -> Option<String> {
    // Short stretches between blank lines first; most excerpts have no candidate, and a
    // second parse of every excerpt would cost a good part of `compile`.
    let candidate = text.split("\n\n").any(|chunk| {
        chunk.len() <= 400
            && is_structure(
                &crate::read::raw_html::text(&chunk.replace(['*', '_', '#'], " ")),
                structure,
            )
    });
    if !candidate {
        return None;
    }
    let mut replacements: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut depth = 0usize;
    let mut block: Option<(usize, String)> = None;
    for (event, range) in Parser::new_ext(text, dialect::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::HtmlBlock) if depth == 0 => {
                block = Some((range.start, String::new()));
                depth += 1;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0
                    && let Some((start, words)) = block.take()
                {
                    let words = crate::read::raw_html::text(&words);
                    if is_structure(&words, structure) {
                        replacements.push((start..range.end, escape_markdown(&words)));
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, words)) = block.as_mut() {
                    // As text, so `raw_html::text` reads it as it is.
                    words.push_str(&t.replace('&', "&amp;").replace('<', "&lt;"));
                }
            }
            Event::Html(t) | Event::InlineHtml(t) => {
                if let Some((_, words)) = block.as_mut() {
                    words.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, words)) = block.as_mut() {
                    words.push(' ');
                }
            }
            _ => {}
        }
    }
    if replacements.is_empty() {
        return None;
    }
    let mut out = text.to_owned();
    for (range, words) in replacements.into_iter().rev() {
        let end = if text[..range.end].ends_with('\n') {
            range.end - 1
        } else {
            range.end
        };
        out.replace_range(range.start..end, &words);
    }
    Some(out)
}

/// A footnote's label, cited (`[^1]`) or defined (`[^1]:`), as Markdown writes it and as
/// the Word reader writes a Word footnote.
static FOOTNOTE_LABEL: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"\[\^([^\]\s]{1,32})\]").expect("valid pattern"));

/// The text with its footnote labels made the unit's own (`[^1]` → `[^x003-1]`): every
/// unit numbers its notes from 1, and in one Markdown document two `[^1]` are one note,
/// the second unit's text cited under the first's. `None` when it has no label.
pub fn own_footnotes(text: &str, unit_code: &str) -> Option<String> {
    if !text.contains("[^") {
        return None;
    }
    let prefix = label_prefix(unit_code);
    match FOOTNOTE_LABEL.replace_all(text, |caps: &regex::Captures<'_>| format!("[^{prefix}-{}]", &caps[1])) {
        Cow::Owned(own) => Some(own),
        Cow::Borrowed(_) => None,
    }
}

/// A unit's code as the start of a footnote label, one code one prefix: Markdown matches
/// labels ignoring case, and a roster code may hold anything, so an ASCII capital or digit
/// is itself (lower-cased: `X003` → `x003`), a small letter is marked (`~a`), and any
/// other character is its number (`X.1` → `x-2e-1`, `X-1` → `x-2d-1`).
fn label_prefix(unit_code: &str) -> String {
    let mut prefix = String::with_capacity(unit_code.len());
    for c in unit_code.chars() {
        match c {
            'A'..='Z' | '0'..='9' => prefix.push(c.to_ascii_lowercase()),
            'a'..='z' => {
                prefix.push('~');
                prefix.push(c);
            }
            _ => {
                use std::fmt::Write as _;
                let _ = write!(prefix, "-{:x}-", u32::from(c));
            }
        }
    }
    prefix
}

/// Whether a paragraph's words say no more than a name of the report's structure.
fn is_structure(words: &str, structure: &OwnLines) -> bool {
    let folded = crate::text::fold::fold_name(words);
    let trimmed = folded
        .trim()
        .trim_end_matches(':')
        .trim()
        .trim_end_matches(LATE_MARK.as_str())
        .trim()
        .trim_end_matches(':')
        .trim();
    !trimmed.is_empty() && (structure.contains(trimmed) || trimmed.starts_with(SILENT_NOTE.as_str()))
}

/// Words as Markdown that shows them as they are: every ASCII punctuation escaped.
fn escape_markdown(words: &str) -> String {
    let mut out = String::with_capacity(words.len() + 8);
    for c in words.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    // Images would be fetched when the page opens: no external resource may get through.
    builder.rm_tags(["img"]);
    builder.link_rel(Some("noopener noreferrer"));
    builder
});

/// Raw HTML longer than this is shown as text rather than sanitised: the sanitiser's
/// time grows faster than the text, and a unit's report needs no more than a few tags.
const SANITISE_MAX_BYTES: usize = 256 * 1024;

/// Markdown to HTML with the program's one set of options. A submission is untrusted:
/// Markdown images (fetched when the page opens) become their alt text, links other than
/// web, mail and in-page ones lose their target, and raw HTML is sanitised by ammonia
/// (no script, no event handler, no external resource) — or, when large, shown as text.
pub fn to_html(text: &str) -> String {
    // Rendered once with raw HTML as text; only a text that turns out to hold raw HTML,
    // and is small enough to sanitise, is rendered again (a second parse of every excerpt
    // to look for HTML first was a third of the HTML report's time).
    let (html, has_raw_html) = render_html(text, false);
    if has_raw_html && text.len() <= SANITISE_MAX_BYTES {
        SANITIZER.clean(&render_html(text, true).0).to_string()
    } else {
        html
    }
}

/// The HTML of `text` with images and unsafe links dropped, raw HTML passed on for the
/// sanitiser or shown as text; and whether there was raw HTML.
///
/// Raw HTML reaches the sanitiser as one document, where an element whose content is not
/// markup (`<style>`, `<xmp>`, `<textarea>`…) left open would take in everything after
/// it, the unit's later paragraphs shown as tags or gone: such tags never reach it. What
/// they held is shown or hidden as in the Word output (`docx::raw_html`): an inline
/// `<script>` or `<style>` hides the rest of its own paragraph at most, a block one its
/// own block; the other such elements' text is shown as text.
fn render_html(text: &str, sanitise: bool) -> (String, bool) {
    let mut has_raw_html = false;
    let mut links_dropped = Vec::new();
    let mut hidden = 0u32;
    let mut block: Option<String> = None;
    // Notes (`[^x003-1]`) as the marks and notes they are.
    let options = dialect::options() | pulldown_cmark::Options::ENABLE_FOOTNOTES;
    let events = Parser::new_ext(text, options).filter_map(|event| match event {
        Event::Start(Tag::HtmlBlock) if sanitise => {
            block = Some(String::new());
            None
        }
        Event::End(TagEnd::HtmlBlock) if sanitise => {
            block.take().map(|html| Event::Html(neutralise_block(&html).into()))
        }
        Event::Html(raw) if sanitise && block.is_some() => {
            has_raw_html = true;
            if let Some(html) = block.as_mut() {
                html.push_str(&raw);
            }
            None
        }
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link { ref dest_url, .. }) => {
            let keep = safe_url(dest_url);
            links_dropped.push(!keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Link) => (!links_dropped.pop().unwrap_or(false)).then_some(event),
        Event::Html(raw) | Event::InlineHtml(raw) => {
            has_raw_html = true;
            if !sanitise {
                return Some(Event::Text(raw));
            }
            match crate::read::raw_html::tag(&raw) {
                Some((name, closing)) if crate::read::raw_html::hides_content(&name) => {
                    if !raw.trim_end().ends_with("/>") {
                        hidden = if closing { hidden.saturating_sub(1) } else { hidden + 1 };
                    }
                    None
                }
                Some((name, _)) if is_raw_text(&name) => None,
                _ => (hidden == 0).then_some(Event::Html(raw)),
            }
        }
        Event::Text(_) | Event::Code(_) | Event::SoftBreak | Event::HardBreak if hidden > 0 => None,
        Event::End(end) => {
            // Hidden no further than its own block, as in the Word output.
            if !matches!(
                end,
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link
            ) {
                hidden = 0;
            }
            Some(Event::End(end))
        }
        other => Some(other),
    });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut html, events);
    (html, has_raw_html)
}

/// Elements whose content an HTML parser does not read as markup, apart from those whose
/// content is hidden (`docx::raw_html::hides_content`): left open, each swallows the rest.
fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "xmp" | "textarea" | "title" | "plaintext" | "noembed" | "noframes" | "listing" | "select" | "option"
    )
}

/// A raw HTML block as the sanitiser may see it: the tags of [`is_raw_text`] elements
/// dropped (their text stays), each hiding element dropped with what it holds, up to the
/// block's end when it is not closed in it — what the Word output shows of the block.
fn neutralise_block(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        out.push_str(&html[at..start]);
        let end = html[start..].find('>').map_or(html.len(), |e| start + e + 1);
        match crate::read::raw_html::tag(&html[start..end]) {
            Some((name, false)) if crate::read::raw_html::hides_content(&name) && !html[start..end].ends_with("/>") => {
                let close = format!("</{name}");
                at = lower[end..]
                    .find(&close)
                    .and_then(|c| lower[end + c..].find('>').map(|e| end + c + e + 1))
                    .unwrap_or(html.len());
            }
            Some((name, _)) if crate::read::raw_html::hides_content(&name) || is_raw_text(&name) => at = end,
            _ => {
                out.push('<');
                at = start + 1;
            }
        }
    }
    out.push_str(&html[at..]);
    out
}

/// Web and mail links, and links within the page; never `javascript:` or `file:`.
fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => matches!(scheme, "http" | "https" | "mailto"),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_keep_their_distance_below_the_section() {
        let text = "\nMở đầu.\n\n# Một\n\nA\n\n## Hai\n\nB\n";
        assert_eq!(demote(text, 3), "Mở đầu.\n\n### Một\n\nA\n\n#### Hai\n\nB");
        assert_eq!(demote("Setext\n======\n\nx", 2), "## Setext\n\nx");
        assert_eq!(demote("# a\n\n###### b", 5), "##### a\n\n###### b");
    }

    /// An excerpt demoted on its own: its headings found by parsing it alone, as
    /// `compile` did before excerpts were cut while reading (the reference `cut` must equal).
    fn demote(text: &str, level: usize) -> String {
        let blocks = markdown::blocks(text, 0);
        demote_within(
            text,
            0,
            text.len(),
            blocks.iter().filter(|b| b.heading_level().is_some()),
            &[],
            level,
        )
        .into_owned()
    }

    #[test]
    fn paragraphs_written_one_per_line_are_set_apart_and_lose_their_indentation() {
        // A paste: the reader read each line alone; so must the compiled report.
        let text = "\nQua 10 năm triển khai, công tác dân vận có nhiều chuyển biến.\n1. Những kết quả nổi bật\nCải cách hành chính đạt kết quả.\n\tNgười đứng đầu tiếp dân.\n# Riêng\r\nII. KẾT QUẢ\n\nĐoạn sau dòng trống.\n";
        let body = markdown::read(text, 0);
        assert_eq!(body.pasted_lines.len(), 6, "{body:?}");
        let headings = body.blocks.iter().filter(|b| b.heading_level().is_some());
        let got = demote_within(text, 0, text.len(), headings, &body.pasted_lines, 3);
        assert_eq!(
            got,
            "Qua 10 năm triển khai, công tác dân vận có nhiều chuyển biến.\n\n1. Những kết quả nổi bật\n\nCải cách hành chính đạt kết quả.\n\nNgười đứng đầu tiếp dân.\n\n### Riêng\r\n\nII. KẾT QUẢ\n\nĐoạn sau dòng trống."
        );
        let again: Vec<String> = markdown::blocks(&got, 0).into_iter().map(|b| b.text).collect();
        let read: Vec<String> = body.blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(again, read);
        // Nothing of it in a Markdown excerpt: borrowed as it is.
        let markdown = "Một.\n\nHai.";
        assert!(matches!(
            demote_within(markdown, 0, markdown.len(), std::iter::empty(), &[], 3),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn text_without_headings_is_only_trimmed() {
        assert_eq!(
            demote("\nMột đoạn văn.\n\n- một mục\n", 3),
            "Một đoạn văn.\n\n- một mục"
        );
    }

    /// The excerpts cut from a whole report's blocks are the ones each section's own text
    /// gives when parsed alone (how they were made before they were cut while reading).
    #[test]
    fn cutting_from_the_whole_report_equals_demoting_each_section_alone() {
        let outline = Outline::builtin();
        let level = outline.sections.iter().map(|s| s.depth).max().unwrap_or(1) + 1;
        let samples = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/submissions"));
        let mut texts: Vec<String> = crate::read::discover::discover(&[samples])
            .expect("sample submissions")
            .iter()
            .filter_map(|e| std::fs::read(&e.path).ok())
            .filter_map(|bytes| match crate::read::decode::decode(&bytes) {
                crate::read::decode::Decoded::Text { text, .. } => Some(text.into_owned()),
                crate::read::decode::Decoded::Binary => None,
            })
            .collect();
        texts.push(
            "# I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n\nMở đầu có đủ chữ để không rỗng.\n\n### Riêng\r\n\nA b c\n\nTiêu đề\n------\n\n> ## Trích\n\n- # Trong danh sách\n\n#### Cuối\n\n\n"
                .into(),
        );
        let mut written = 0;
        for text in &texts {
            let report = crate::report::analyze(text.as_bytes(), &outline, true);
            // The appendix section keeps only the notes on the figures (`figure_notes`).
            for placed in report
                .placed
                .iter()
                .filter(|p| Some(p.section) != outline.appendix.section)
            {
                let pieces = own_pieces(&report.placed, placed, &[]);
                if let Own::Written(cut) = &report.excerpts[placed.section]
                    && let [piece] = &pieces[..]
                {
                    written += 1;
                    let alone = demote(&text[piece.clone()], level);
                    // Line ends made `\n` as every excerpt's are.
                    assert_eq!(&**cut, &*Text::from(alone.as_str()));
                }
            }
        }
        assert!(written > 50, "{written}");
    }

    #[test]
    fn html_is_sanitised() {
        let html = to_html(
            "Xin chào <script>alert(1)</script> <b onclick=\"x()\">đậm</b> <img src=\"http://x/y.png\">\n\n{{ 7*7 }}",
        );
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("img"), "{html}");
        assert!(html.contains("{{ 7*7 }}"), "{html}");
        assert!(html.contains("<b>đậm</b>"), "{html}");
    }

    #[test]
    fn blocks_left_open_are_closed() {
        assert_eq!(demote("Mã:\n\n```rust\nfn x()", 3), "Mã:\n\n```rust\nfn x()\n```");
        assert_eq!(demote("~~~~\nx\n~~~", 3), "~~~~\nx\n~~~\n~~~~");
        assert_eq!(demote("```\nx\n```", 3), "```\nx\n```");
        assert_eq!(demote("Ghi chú <!-- chưa xong", 3), "Ghi chú <!-- chưa xong");
        assert_eq!(demote("<pre>\nx", 3), "<pre>\nx\n</pre>");
        assert_eq!(demote("<!-- a --> b", 3), "<!-- a --> b");
    }

    /// Every construct CommonMark can leave open, alone and after a fence line: what
    /// follows the excerpt in the compiled report is still a heading of its own.
    #[test]
    fn each_units_footnote_labels_are_its_own() {
        let text = "Tiếp công dân[^1].\n\n[^1]: Theo sổ theo dõi.\n";
        let own = |code: &str| own_footnotes(text, code).expect("relabelled");
        assert_eq!(own("X003"), "Tiếp công dân[^x003-1].\n\n[^x003-1]: Theo sổ theo dõi.\n");
        // Codes that differ only in punctuation or case are apart.
        let labels: std::collections::HashSet<String> =
            ["X.1", "X-1", "X1", "x1", "X 1", "Đ1"].iter().map(|c| own(c)).collect();
        assert_eq!(labels.len(), 6, "{labels:?}");
        assert_eq!(own_footnotes("Không có chú thích.", "X003"), None);
    }

    #[test]
    fn every_construct_left_open_is_closed() {
        let openers = [
            "<!--",
            "<!-- x",
            "<pre>",
            "<PRE class=a>",
            "<script>",
            "<style>",
            "<textarea>",
            "<?php",
            "<!DOCTYPE html",
            "<![CDATA[",
            "```",
            "~~~~",
            "````x",
            "<div>",
            "<b>",
            "- mục",
            "1. mục",
            "> trích",
            "    mã",
            "| a |\n|---|",
            "> ```",
            "- <!--",
            "<!-- ```",
            "```\n<!--",
            "<pre>\n```",
            "<!--\n~~~",
            "<?\n<!--",
        ];
        for opener in openers {
            for tail in ["", "\n```", "\n~~~", "\n\ntiếp"] {
                let text = format!("Đoạn đầu.\n\n{opener}{tail}");
                let excerpt = demote(&text, 3);
                let doc = format!("{excerpt}\n\n## II. PHẦN SAU\n\n*Đơn vị khác:*\n\nVăn bản khác.\n");
                let events: Vec<Event> = Parser::new_ext(&doc, dialect::options()).collect();
                let heading = events.windows(2).any(|w| {
                    matches!(&w[0], Event::Start(Tag::Heading { .. })) && w[1] == Event::Text("II. PHẦN SAU".into())
                });
                assert!(heading, "{opener:?}{tail:?} → {excerpt:?}");
                assert!(
                    events.contains(&Event::Text("Văn bản khác.".into())),
                    "{opener:?}{tail:?} → {excerpt:?}"
                );
            }
        }
    }

    #[test]
    fn raw_html_headings_are_demoted_like_markdown_ones() {
        assert_eq!(
            demote("<h1>IV- KIẾN NGHỊ GIẢ MẠO</h1>\n\nA <H2 class=x>b</H2> `<h1>`", 3),
            "<h3>IV- KIẾN NGHỊ GIẢ MẠO</h3>\n\nA <H3 class=x>b</H3> `<h1>`"
        );
        assert_eq!(demote("<h5>x</h5> <hr>", 3), "<h5>x</h5> <hr>");
    }

    #[test]
    fn an_excerpt_nothing_closes_is_fenced_whole() {
        assert_eq!(fence_whole("a ```` b"), "`````text\na ```` b\n`````");
        assert_eq!(fence_whole("x"), "```text\nx\n```");
    }

    #[test]
    fn markdown_images_and_script_links_are_neutralised() {
        let html = to_html(
            "![ảnh](http://example.com/x.png) [bấm](javascript:alert(1)) [web](https://x.vn/a) [mục](#phu-luc)",
        );
        assert!(!html.contains("<img") && !html.contains("example.com"), "{html}");
        assert!(html.contains("ảnh"), "{html}");
        assert!(!html.contains("javascript"), "{html}");
        assert!(
            html.contains("href=\"https://x.vn/a\"") && html.contains("href=\"#phu-luc\""),
            "{html}"
        );
    }

    #[test]
    fn large_raw_html_is_shown_as_text() {
        let text = format!("<div onclick=\"x()\">{}</div>\n", "&".repeat(SANITISE_MAX_BYTES));
        let html = to_html(&text);
        assert!(html.starts_with("&lt;div onclick"), "{}", &html[..60]);
    }
}
