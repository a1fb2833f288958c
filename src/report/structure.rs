//! Finding the outline's sections in a report: an alignment of the report's headings to
//! the outline, not a title lookup. Heading levels are free (`#`, `##`, …) and numbering
//! styles vary, so structure is relative: the shallowest heading that matches a top-level
//! section sets the top level; sub-sections are looked for inside their parent's span,
//! deeper than it. Bold, numbered or upper-case lines stand in for missing headings.
//!
//! A heading that starts with a section's title or alias is that section (an anchor).
//! Every other heading of the level is scored against the sections the anchors leave
//! room for, by the section's keywords (folded, without diacritics): the best score
//! wins, the outline's order breaks ties, so the alignment never goes backwards. A heading
//! that scores for two neighbouring sections fills both; one that scores only for the
//! section just before it continues that section; a wrapper (`PHẦN THỨ HAI`, or a part
//! with its title on its line that holds the outline's sections) or a context part
//! (`Đặc điểm tình hình`) is transparent. A heading wrapped over two paragraphs is one
//! heading; a numbered title run into its paragraph (`a) Ưu điểm: …`) is a heading over
//! the rest of the paragraph; a section no heading of its level is, that a deeper heading
//! names clearly, is found there. The unit's apparatus (header, signature, recipients) is
//! never looked in.

// foldhash: block and section numbers hashed by the thousand for every report; SipHash was
// a tenth of the alignment.
use foldhash::{HashSet, HashSetExt};
use std::ops::Range;

use crate::campaign::outline::Outline;
use crate::diagnostic::{Closest, Diagnostic, Finding, Headings, LineIndex, Location};
use crate::read::markdown::{Block, BlockKind};
use crate::text::heading::{matches_title, normalize, normalize_bare, starts_with_numbering};
use crate::text::is_capitals;

/// One outline section found in a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Index into `Outline::sections`.
    pub section: usize,
    /// Index of the heading block (or the line standing in for it).
    pub heading: usize,
    /// Blocks after the heading up to the end of the span.
    pub body: Range<usize>,
    /// Byte range of the heading line and of the span's content after it.
    pub heading_bytes: Range<usize>,
    pub content_bytes: Range<usize>,
    pub pseudo: bool,
    /// Filled by a heading that also fills the section before it: the text is that
    /// section's, this one is only present.
    pub merged: bool,
}

/// The sections found, in document order, and what was wrong with them.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub placed: Vec<Placed>,
    pub diagnostics: Vec<Diagnostic>,
    /// Block ranges of the unit's apparatus (header, title, signature, recipients).
    pub apparatus: Vec<Range<usize>>,
    /// Wrapper headings (`PHẦN THỨ HAI`): structure only, no text of their own.
    pub wrappers: Vec<usize>,
    /// Paragraphs that are the second line of a heading wrapped over two paragraphs
    /// (`III. ĐÁNH GIÁ TÁC ĐỘNG …` / `ĐỐI VỚI CÔNG TÁC XÂY DỰNG ĐẢNG`): heading, not text.
    pub continued: Vec<usize>,
    /// The lines of an attachment's title after its first, and its `(Kèm theo …)` note
    /// (`KẾT QUẢ 10 NĂM THỰC HIỆN …` under `PHỤ LỤC`), in order: a title block, no text.
    pub attached_titles: Vec<usize>,
    /// Where another document filed after the report starts (its first block), or the
    /// certification of a copy stamped under it: the report, its signature and its
    /// figures are before it.
    pub attached: Option<usize>,
    /// Where the report starts after a cover letter filed over it (its header block):
    /// who sent it and when are read from there.
    pub report_start: Option<usize>,
    /// A copy's certification between the signature and the appendix (its blocks): not
    /// where the signer is.
    pub certification: Option<Range<usize>>,
}

impl Structure {
    pub fn find(&self, section: usize) -> Option<&Placed> {
        self.placed.iter().find(|p| p.section == section)
    }
}

/// A heading or stand-in that matched a section.
#[derive(Debug, Clone, Copy)]
struct Hit {
    block: usize,
    section: usize,
    folded: bool,
    pseudo: bool,
    /// The heading level, or for a stand-in the level its span is bounded by.
    level: Option<u8>,
    /// A second section the same heading fills (`Hạn chế … và nguyên nhân`).
    merged: Option<usize>,
    /// The block is a paragraph opening with the section's title and a colon (`**Nguyên
    /// nhân:** …`): the section's text from its start, title and all, not a heading.
    lead_in: bool,
}

/// A set of block numbers, as a flag for each of the report's blocks: the alignment asks
/// whether a block is in one for every block of its range at every level, and reading a
/// flag costs less than hashing the number.
#[derive(Debug)]
struct BlockSet(Vec<bool>);

impl BlockSet {
    fn new(blocks: usize) -> Self {
        BlockSet(vec![false; blocks])
    }

    fn contains(&self, block: usize) -> bool {
        self.0.get(block).copied().unwrap_or(false)
    }

    fn insert(&mut self, block: usize) {
        if block >= self.0.len() {
            self.0.resize(block + 1, false);
        }
        self.0[block] = true;
    }

    fn extend(&mut self, blocks: impl IntoIterator<Item = usize>) {
        for block in blocks {
            self.insert(block);
        }
    }

    /// The blocks in the set, in document order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|&(_, &set)| set)
            .map(|(block, _)| block)
    }
}

/// Words from which a block of another document is a paragraph of its text, not a line of
/// its header, title or signature.
const TEXT_MIN_WORDS: usize = 12;

struct Matcher<'a> {
    /// See [`Structure::attached_titles`].
    attached: Vec<usize>,
    blocks: &'a [Block],
    text: &'a str,
    index: &'a LineIndex<'a>,
    outline: &'a Outline,
    normalized: Vec<Option<(String, String)>>,
    /// Without diacritics, a heading's normalised title whole where `normalized` holds it
    /// without the campaign's subject it quotes ([`without_subject`]): titles are matched
    /// whole, keywords counted in the rest.
    whole: Vec<Option<String>>,
    /// Captions over the last table, which may stand in for the appendix only.
    captions: Vec<bool>,
    apparatus: Vec<Range<usize>>,
    /// The apparatus ranges that are sheets' sign-offs: they end no section.
    sign_offs: Vec<Range<usize>>,
    /// Run-in headings, by block.
    run_ins: Vec<RunIn>,
    placed: Vec<Placed>,
    used: BlockSet,
    /// Headings that bound no span of their own: wrappers and context parts end the span
    /// before them; continuations and unmatched headings stay inside it.
    wrappers: BlockSet,
    context: BlockSet,
    inside: BlockSet,
    /// Second lines of section headings wrapped over two heading lines or paragraphs.
    wrapped: BlockSet,
    /// Those that are paragraphs (a capitals line under a capitals heading).
    continued: Vec<usize>,
    /// Heading levels as the outline sees them: headings inside a part wrapper
    /// (`# PHẦN THỨ NHẤT` over `## I. …`) are raised to the wrapper's level.
    levels: Vec<Option<u8>>,
    /// How each block's marker is numbered, worked out when first asked: the parts and
    /// every level of the alignment ask it of the same lines again and again.
    numbering: Vec<std::cell::OnceCell<Kind>>,
    /// The levels of the `#` headings the report's own text has (not its title block's):
    /// whether a line standing in for one of a level can be written like the others.
    marked: [bool; 7],
    diagnostics: Vec<Diagnostic>,
}

/// Matches the report's blocks to the outline.
pub fn analyze(blocks: &[Block], text: &str, index: &LineIndex, outline: &Outline) -> Structure {
    let crate::report::apparatus::Apparatus {
        ranges: mut apparatus,
        mut subject,
        attached: other_document,
        letter,
        copy,
        certification,
        lists,
        sign_offs,
    } = crate::report::apparatus::find(blocks, text);
    end_title_block_at_a_section(blocks, outline, &mut apparatus, &mut subject);
    let in_apparatus = |i: usize| crate::report::apparatus::contains(&apparatus, i);
    // Paragraphs opening with a numbered title and a colon (`a) Những kết quả nổi bật:
    // Cải cách …`): the title is a sub-heading run into its text.
    let mut run_ins: Vec<RunIn> = blocks
        .iter()
        .enumerate()
        .filter(|&(i, _)| !in_apparatus(i))
        .filter_map(|(i, b)| {
            run_in(b, text).map(|(title, heading_end, content)| RunIn {
                block: i,
                title,
                heading_end,
                content,
            })
        })
        .collect();
    // A question in bold and unnumbered opens a paragraph as a title only in a report
    // answered question by question: one among headed sections is the unit's own
    // (`**Kiến nghị của cử tri được giải quyết ra sao?** …` in the achievements).
    let unnumbered_question = |r: &RunIn| {
        let b = &blocks[r.block];
        r.asks(b) && !crate::text::heading::starts_with_numbering(&b.text)
    };
    if run_ins.iter().filter(|r| unnumbered_question(r)).count() < QUESTIONS_MIN {
        run_ins.retain(|r| !unnumbered_question(r));
    }
    let is_run_in = |i: usize| run_ins.binary_search_by_key(&i, |r| r.block).is_ok();
    // Headings set apart (`#`, or bold numbered lines): a plain numbered line among them is
    // text, when it reads as a sentence.
    let styled = blocks
        .iter()
        .any(|b| b.heading_level().is_some() || (b.all_bold && b.lines == 1 && opens_with_numbering(b, text)));
    let stand_in: Vec<bool> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| b.heading_level().is_none() && !in_apparatus(i) && (is_run_in(i) || is_stand_in(b, text, styled)))
        .collect();
    // A caption over the last tables after every heading and stand-in (`Biểu số liệu kèm
    // theo:` over the figures; `**Biểu 02**` / `**KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 07-ĐA/TU**`
    // over another review's, in bold as a stand-in is) may stand in for the appendix, and
    // for nothing else: a caption inside a section names its table, not a part of the
    // outline.
    let mut captions = vec![false; blocks.len()];
    let attached = attached_titles(blocks, &stand_in, &in_apparatus, &mut captions);
    if outline.appendix.section.is_some() {
        for i in (0..blocks.len()).rev() {
            if in_apparatus(i) {
                continue;
            }
            let caption = is_caption(&blocks[i], blocks.get(i + 1));
            if blocks[i].heading_level().is_some() || stand_in[i] && !caption && !is_table_number(&blocks[i]) {
                break;
            }
            captions[i] = caption;
        }
    }
    let normalized: Vec<Option<(String, String)>> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let candidate = (b.heading_level().is_some() || stand_in[i] || captions[i])
                && !in_apparatus(i)
                && attached.binary_search(&i).is_err();
            candidate.then(|| {
                // A run-in heading is its title: the text after the colon is the section's.
                let heading = match run_ins.binary_search_by_key(&i, |r| r.block) {
                    Ok(r) => &b.text[..run_ins[r].title],
                    Err(_) => b.text.as_str(),
                };
                let n = normalize(heading);
                let bare = normalize_bare(&n);
                (n, bare)
            })
        })
        .collect();
    // Said by keywords without the campaign's subject it quotes, where it quotes it; its
    // whole title kept for matching the outline's titles.
    let mut normalized = normalized;
    let whole: Vec<Option<String>> = normalized
        .iter_mut()
        .map(|n| {
            let (_, bare) = n.as_mut()?;
            let keyed = without_subject(bare, &outline.match_subject, &outline.subject_words)?;
            // What is left must say some section: `ĐÁNH GIÁ HIỆU QUẢ CÔNG TÁC DÂN VẬN CỦA
            // CƠ QUAN NHÀ NƯỚC` is scored whole.
            let says = outline
                .sections
                .iter()
                .any(|s| keyword_score(&keyed, &s.match_keywords) > 0);
            says.then(|| std::mem::replace(bare, keyed))
        })
        .collect();
    let marked = blocks
        .iter()
        .enumerate()
        .filter(|&(i, _)| !in_apparatus(i))
        .filter_map(|(_, b)| b.heading_level())
        .fold([false; 7], |mut marked, level| {
            marked[usize::from(level.min(6))] = true;
            marked
        });
    let mut matcher = Matcher {
        attached,
        blocks,
        text,
        index,
        outline,
        normalized,
        whole,
        captions,
        apparatus,
        sign_offs,
        run_ins,
        placed: Vec::new(),
        used: BlockSet::new(blocks.len()),
        wrappers: BlockSet::new(blocks.len()),
        context: BlockSet::new(blocks.len()),
        inside: BlockSet::new(blocks.len()),
        wrapped: BlockSet::new(blocks.len()),
        continued: Vec::new(),
        levels: blocks.iter().map(Block::heading_level).collect(),
        numbering: vec![std::cell::OnceCell::new(); blocks.len()],
        marked,
        diagnostics: Vec::new(),
    };
    for (block, n) in matcher.normalized.iter().enumerate() {
        if n.as_ref().is_some_and(|(n, _)| is_wrapper(&blocks[block].text, n)) {
            matcher.wrappers.insert(block);
        }
    }
    matcher.closing_parts();
    matcher.titled_parts();
    matcher.unwrap_parts();
    matcher.used.extend(matcher.wrappers.iter());
    matcher.continued_headings();
    // The report is looked through to where another document filed after it starts.
    let others = other_document.as_ref().map(|d| d.start);
    let end = copy.or(others).unwrap_or(blocks.len());
    matcher.level(0..end, 0, 1, &outline.roots(), true);
    matcher.leads_under_a_wider_title();
    matcher.other_campaign(subject);
    if let Some(document) = &other_document {
        matcher.other_document(document);
    }
    if let Some(letter) = &letter {
        matcher.cover_letter(letter);
    }
    for list in lists {
        matcher.list_of_people(list);
    }
    let mut structure = matcher.finish();
    structure.attached = copy.or(others);
    structure.report_start = letter.map(|l| l.report);
    structure.certification = certification;
    structure
}

/// A title block that runs on into the first section. The apparatus takes up to three
/// bold or capital lines after `BÁO CÁO` for the subject; a report without an opening
/// sentence may put its first section's heading right there (`**Tổng kết 10 năm …**` /
/// `**CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**` / its text). A line after the subject's first that says
/// a top-level section by its title, where running text follows the title block, is that
/// section's heading: the title block ends before it.
fn end_title_block_at_a_section(
    blocks: &[Block],
    outline: &Outline,
    apparatus: &mut [Range<usize>],
    subject: &mut Option<(usize, String)>,
) {
    let Some((first, _)) = subject.as_ref() else {
        return;
    };
    let first = *first;
    let Some(head) = apparatus.iter_mut().find(|r| r.start == 0 && r.end > first + 1) else {
        return;
    };
    let text_follows = blocks.get(head.end).is_some_and(|b| {
        b.kind == BlockKind::Paragraph && !b.all_bold && !is_capitals(&b.text) && !starts_with_numbering(&b.text)
    });
    if !text_follows {
        return;
    }
    let says_a_section = |b: &Block| {
        let n = normalize(&b.text);
        outline
            .sections
            .iter()
            .filter(|s| s.parent.is_none())
            .any(|s| s.match_titles.iter().any(|t| matches_title(&n, t)))
    };
    if let Some(section) = (first + 1..head.end).find(|&b| says_a_section(&blocks[b])) {
        head.end = section;
        let lines: Vec<&str> = blocks[first..section].iter().map(|b| b.text.trim()).collect();
        *subject = Some((first, lines.join(" ")));
    }
}

/// The title over a note of what it is attached to (`PHỤ LỤC` / `KẾT QUẢ 10 NĂM THỰC HIỆN
/// KẾT LUẬN SỐ 114-KL/TW` / `(Kèm theo Báo cáo số 71-BC/ĐU ngày …)`): it names the
/// attachment, so it may stand for the appendix and for no other section (its first line
/// is marked a caption), and the lines after its first are that name's subject, no
/// headings: an appendix sent on its own under `KẾT QUẢ …` was read as a results part.
/// The blocks of such subjects, and the notes, are returned in order: a title block, no
/// text of the unit's.
fn attached_titles(
    blocks: &[Block],
    stand_in: &[bool],
    in_apparatus: &dyn Fn(usize) -> bool,
    captions: &mut [bool],
) -> Vec<usize> {
    let mut titles = Vec::new();
    let title_line = |i: usize| {
        let b = &blocks[i];
        !in_apparatus(i)
            && (b.heading_level().is_some() || stand_in[i])
            && b.text.split_whitespace().nth(ATTACHED_TITLE_MAX_WORDS).is_none()
    };
    for note in (1..blocks.len()).filter(|&i| is_attached_note(&blocks[i])) {
        let first = (note.saturating_sub(ATTACHED_TITLE_LINES)..note)
            .rev()
            .take_while(|&i| title_line(i))
            .last();
        if let Some(first) = first {
            captions[first] = true;
            titles.extend(first + 1..=note);
        }
    }
    titles.sort_unstable();
    titles.dedup();
    titles
}

/// Most lines of a title over an attachment note: `PHỤ LỤC`, its subject over two lines,
/// a period.
const ATTACHED_TITLE_LINES: usize = 4;
/// Most words of one line of such a title.
const ATTACHED_TITLE_MAX_WORDS: usize = 24;

/// `(Kèm theo Báo cáo số 71-BC/ĐU ngày 13/4/2026 …)`, `(Ban hành kèm theo …)`: a note in
/// brackets of the document this one is attached to.
fn is_attached_note(block: &Block) -> bool {
    let text = block.text.trim().trim_matches(['*', '_']).trim();
    if block.kind != BlockKind::Paragraph || !text.starts_with('(') || !text.ends_with(')') {
        return false;
    }
    let folded = crate::text::fold::bare(&text[1..]);
    folded.starts_with("kem theo ") || folded.starts_with("ban hanh kem theo ")
}

/// A paragraph whose numbered title runs into its text (`a) Những kết quả nổi bật: Cải
/// cách …`).
#[derive(Debug, Clone, Copy)]
struct RunIn {
    block: usize,
    /// Bytes of the block's text before the title's colon.
    title: usize,
    /// Where, in the source, the title (with its colon and emphasis marks) ends and the
    /// text starts.
    heading_end: usize,
    content: usize,
}

impl RunIn {
    /// Whether its title is a question (`**Những kết quả nổi bật …?** …`), in `block`, its
    /// paragraph.
    fn asks(&self, block: &Block) -> bool {
        block.text[self.title..]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
            .starts_with('?')
    }
}

/// The length of the longest of `titles` that `heading` opens with, if any.
fn longest_title(heading: &str, titles: &[String]) -> Option<usize> {
    titles
        .iter()
        .filter(|t| matches_title(heading, t))
        .map(|t| t.len())
        .max()
}

/// Longest run-in title, in bytes of text before its colon.
const RUN_IN_MAX_BYTES: usize = 160;
/// Most words of a run-in title: a sub-heading, not a sentence with a colon in it.
const RUN_IN_MAX_WORDS: usize = 12;

/// How far into a paragraph under a merged heading the first section's words may go
/// before the second's title (`Những hạn chế nêu trên có nguyên nhân …`).
const LEAD_BACK_WORDS: usize = 11;

/// The last word of a phrase pointing back at what was just said (`những hạn chế nêu
/// trên`, `… đó`, `… này`, `… trên đây`), normalised.
const POINTING_BACK: [&str; 4] = ["trên", "đó", "này", "đây"];

/// Words that may join such a phrase to the next section's title (`… nêu trên có nguyên
/// nhân`, `… đó là do các nguyên nhân`, `… trên do một số nguyên nhân`, `… có cả nguyên
/// nhân`, `… xuất phát từ nhiều nguyên nhân`), normalised.
const LEAD_BACK_LINKS: [&str; 18] = [
    "có", "là", "do", "bởi", "vì", "từ", "các", "những", "một", "số", "nhiều", "cả", "chủ", "yếu", "xuất", "phát",
    "bắt", "nguồn",
];

/// Words before a noun that say how many (`những`, `các`, `một số`), normalised.
const DETERMINERS: [&str; 6] = ["những", "các", "một", "số", "mọi", "nhiều"];

/// The first words of a paragraph or list item, normalised and without diacritics: how it
/// opens, for telling which section it starts.
fn opening(block: &Block) -> Option<(String, String)> {
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) {
        return None;
    }
    let words: Vec<&str> = block.text.split_whitespace().take(RUN_IN_MAX_WORDS).collect();
    let full = normalize(&words.join(" "));
    let bare = normalize_bare(&full);
    Some((full, bare))
}

/// The title an unnumbered paragraph or list item opens with before a colon (`Nguyên
/// nhân` of `* Nguyên nhân: …` or `**Nguyên nhân:** …`), if it opens with one.
fn lead_in_title(block: &Block) -> Option<&str> {
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) {
        return None;
    }
    let window = &block.text.as_bytes()[..block.text.len().min(RUN_IN_MAX_BYTES)];
    let colon = memchr::memchr(b':', window)?;
    let title = &block.text[..colon];
    let words = title.split_whitespace().count();
    (words > 0 && words <= RUN_IN_MAX_WORDS).then_some(title)
}

/// Whether a paragraph or list item opens with a title and a colon, its text after them
/// (`* Về hạn chế: việc …`): a title run into the text, not set apart from it.
fn opens_a_paragraph(block: &Block) -> bool {
    lead_in_title(block).is_some_and(|title| crate::read::markdown::count_words(&block.text[title.len() + 1..], 1) > 0)
}

/// A paragraph or list item that opens with a numbering marker and a short title ending in
/// `:`, with text after it on the same paragraph: the title's length in the block's text,
/// and where the title ends and the text starts in the source.
fn run_in(block: &Block, text: &str) -> Option<(usize, usize, usize)> {
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) {
        return None;
    }
    let t = block.text.as_str();
    if let Some(bold) = bold_run_in(block, text) {
        return Some(bold);
    }
    let window = &t.as_bytes()[..t.len().min(RUN_IN_MAX_BYTES)];
    // Most paragraphs have no colon near their start: passed over before anything else.
    if memchr::memchr(b':', window).is_none() || !opens_with_numbering(block, text) {
        return None;
    }
    // The first colon may be the marker's own (`Phần I:`): the title is what ends at the
    // first colon with words before it besides the numbering.
    let mut nth = 0;
    let mut colon = None;
    for at in memchr::memchr_iter(b':', window).take(2) {
        nth += 1;
        let title = &t[..at];
        if title.split_whitespace().count() > RUN_IN_MAX_WORDS {
            return None;
        }
        if !normalize(title).is_empty() {
            colon = Some(at);
            break;
        }
    }
    let colon = colon?;
    if crate::read::markdown::count_words(&t[colon + 1..], 1) == 0 {
        return None;
    }
    // The same colon in the source's first line.
    let source = &text[block.start..block.end];
    let first_line = &source[..source.find('\n').unwrap_or(source.len())];
    let at = memchr::memchr_iter(b':', first_line.as_bytes()).nth(nth - 1)?;
    let after = &source[at + 1..];
    let closers = after.len() - after.trim_start_matches(['*', '_']).len();
    let heading_end = block.start + at + 1 + closers;
    let rest = &text[heading_end..block.end];
    let content = heading_end + (rest.len() - rest.trim_start().len());
    Some((colon, heading_end, content))
}

/// Verbs the outline's guidance opens with (`Nêu rõ …`, `Đánh giá …`), normalised: the
/// guidance asks for what the hint names.
const GUIDANCE_VERBS: [&str; 5] = ["nêu rõ", "nêu", "trình bày", "làm rõ", "đánh giá"];

/// Fewest questions in bold, unnumbered, opening paragraphs for a report to be read as the
/// outline answered question by question.
const QUESTIONS_MIN: usize = 3;

/// Most words of a bold title run into its paragraph, numbering included: a sentence
/// (`**1. Công tác lãnh đạo, chỉ đạo được Ban Thường vụ quan tâm, triển khai kịp thời,
/// nghiêm túc.** Ban Thường vụ …`), not a paragraph set in bold.
const BOLD_RUN_IN_MAX_WORDS: usize = 30;

/// Most words (syllables, as Vietnamese writes them) of the outline's question asked in
/// bold: as long as the outline wrote it (`Đề xuất chủ trương, giải pháp nâng cao chất
/// lượng, hiệu quả công tác dân vận của cơ quan nhà nước … trong giai đoạn mới?`).
const QUESTION_MAX_WORDS: usize = 60;

/// A paragraph that opens with a numbered title in bold, ended with a period or a colon
/// (or a question mark, numbered or not), and goes on in regular type (`**1. Công tác lãnh đạo, chỉ đạo.** Ban Thường vụ …`, a
/// Word paragraph whose first run alone is bold): the bold run is its title, run in, the
/// rest the section's text — never the whole paragraph taken for a heading.
fn bold_run_in(block: &Block, text: &str) -> Option<(usize, usize, usize)> {
    let source = text.get(block.start..block.end)?;
    let inner = source.strip_prefix("**")?;
    let close = inner.find("**")?;
    let bold = &inner[..close];
    let ended = bold.trim_end();
    // The outline's question asked in bold (`**Việc quán triệt … được tiến hành như thế
    // nào?** Ban Thường vụ …`) is a title by its form, numbered or not.
    let question = ended.ends_with('?');
    if !(question || ended.ends_with(['.', ':']))
        || ended
            .split_whitespace()
            .nth(if question {
                QUESTION_MAX_WORDS
            } else {
                BOLD_RUN_IN_MAX_WORDS
            })
            .is_some()
        || ended.contains('\n')
        || !(question || crate::text::heading::starts_with_numbering(ended))
        || !block.text.starts_with(ended)
    {
        return None;
    }
    let title = ended.trim_end_matches(['.', ':', '?']).trim_end();
    if normalize(title).split(' ').filter(|w| !w.is_empty()).count() < 2 {
        return None;
    }
    let heading_end = block.start + 2 + close + 2;
    let rest = text.get(heading_end..block.end)?;
    if crate::read::markdown::count_words(rest, 1) == 0 {
        return None;
    }
    let content = heading_end + (rest.len() - rest.trim_start().len());
    Some((title.len(), heading_end, content))
}

/// Fewest words of a keyword phrase that names a missing section by itself when it opens
/// a deeper heading.
const RESCUE_PHRASE_WORDS: usize = 2;

/// Whole titles (without diacritics, numbering left out) of a closing part a unit adds
/// after the outline's sections.
const CLOSING_TITLES: [&str; 5] = ["ket luan", "phan ket luan", "ket luan chung", "loi ket", "phan ket"];

/// How far into a paragraph a request of a superior opens it (`Đảng ủy xã Mường Xén đề
/// nghị Tỉnh ủy …`).
const REQUEST_MAX_WORDS: usize = 10;

/// Most candidate × anchor comparisons the alignment of one level makes.
const ALIGN_MAX_WORK: usize = 1 << 20;

/// Longest heading compared by keywords or likeness: longer is prose (or an attack), and
/// comparing it would cost time for every section.
const HEADING_MAX_BYTES: usize = 600;

/// Most words of a heading's second line when the heading is wrapped over two paragraphs.
const CONTINUATION_MAX_WORDS: usize = 12;

/// Most words of a clause announcing a section before a colon (`Qua thực hiện Kết luận,
/// Đảng ủy rút ra một số bài học kinh nghiệm:`).
const ANNOUNCE_MAX_WORDS: usize = 20;

/// Fewest short bold lines saying sections that make bold the report's way of setting
/// headings apart, where none is numbered: one or two may be emphasis.
const BOLD_OUTLINE_MIN_LINES: usize = 3;

/// Longest line a stand-in heading may have: a heading, not a paragraph of prose.
const STAND_IN_MAX_CHARS: usize = 200;

/// A paragraph or list item that may be a pasted heading: all bold, one line that starts
/// with a numbering marker, or one or two lines in capitals (a plain-text paste, the
/// heading wrapped over two lines).
fn is_stand_in(block: &Block, text: &str, styled: bool) -> bool {
    // Counting stops past the limit: most paragraphs are far longer.
    let long = crate::text::words::longer_than(&block.text, STAND_IN_MAX_CHARS);
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) || long {
        return false;
    }
    if block.all_bold {
        return true;
    }
    let numbered = opens_with_numbering(block, text) && !(styled && is_sentence(&block.text));
    (block.lines == 1 && (numbered || is_bullet_title(block, text))) || (block.lines <= 2 && is_capitals(&block.text))
}

/// Most words of a numbered heading that ends as a sentence does (`2.1. Công tác quán
/// triệt, tuyên truyền.`).
const HEADING_SENTENCE_MAX_WORDS: usize = 10;

/// A line that reads as a sentence: it ends with `.` or `;` after more words than a
/// heading has (`3. Bài học kinh nghiệm của xã được các địa phương khác học tập.`, an
/// item of a numbered list that opens with a section's words). Only among headings set
/// apart: where every heading is a plain line, a long one ending with `.` is a heading.
fn is_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    text.ends_with(['.', ';']) && text.split_whitespace().nth(HEADING_SENTENCE_MAX_WORDS).is_some()
}

/// A bulleted title line (`* Ưu điểm:`, `- Hạn chế:`, `+ Nguyên nhân:`): a sub-heading as
/// commune reports write them, a few words ending with a colon and nothing after it.
fn is_bullet_title(block: &Block, text: &str) -> bool {
    let title = block.text.trim().trim_end_matches(['*', '_']).trim_end();
    if !title.ends_with(':') || title.split_whitespace().count() > BULLET_TITLE_MAX_WORDS {
        return false;
    }
    let line = text[..block.start].rfind('\n').map_or(0, |i| i + 1);
    let raw = text[line..].trim_start();
    block.kind == BlockKind::Item || raw.starts_with(['*', '-', '+', '•', '\\'])
}

/// Most words of a bulleted title line.
const BULLET_TITLE_MAX_WORDS: usize = 8;

/// Most words of a stand-in that may be promoted to a part of its own: a heading, not an
/// item of a numbered list.
const PART_MAX_WORDS: usize = 16;

/// A line that reads as a heading rather than a sentence: short, not ended as a sentence
/// or a list item is (`.`, `;`, `,`) — but for a full stop after a title in bold or in
/// capitals (`VII. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI.`), a habit of many
/// units' parts, which no sentence is written as.
fn is_heading_like(block: &Block) -> bool {
    let text = block
        .text
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let titled = |title: &str| {
        !title.ends_with(['.', '…'])
            && (block.all_bold || title.chars().any(char::is_alphabetic) && !title.chars().any(char::is_lowercase))
    };
    let ended = match text.strip_suffix('.') {
        Some(title) => !titled(title),
        None => text.ends_with([';', ',']),
    };
    // The outline's question set apart in bold (`**7. Đề xuất chủ trương, giải pháp nâng
    // cao … trong giai đoạn mới?**`) is as long as the outline wrote it.
    let most = if block.all_bold && text.ends_with('?') {
        QUESTION_MAX_WORDS
    } else {
        PART_MAX_WORDS
    };
    !ended && text.split_whitespace().count() <= most
}

/// A short line right above a table (a pipe or HTML table, or rows of tab-separated cells
/// pasted from Word or Excel): its caption.
fn is_caption(block: &Block, next: Option<&Block>) -> bool {
    let table = |n: &Block| n.kind == BlockKind::Table || (n.kind == BlockKind::Paragraph && n.text.contains('\t'));
    block.kind == BlockKind::Paragraph
        && block.lines == 1
        && next.is_some_and(table)
        && block.text.split_whitespace().count() <= CAPTION_MAX_WORDS
}

/// A table's number on a line of its own (`Biểu 02`, `Biểu số 1`, `Bảng 2.`), over its
/// caption.
fn is_table_number(block: &Block) -> bool {
    let folded = crate::text::fold::fold_name(block.text.trim().trim_matches(['*', '_']));
    let mut words = folded.split_whitespace();
    matches!(words.next(), Some("biểu" | "bảng"))
        && words
            .find(|w| *w != "số")
            .is_some_and(|n| n.trim_end_matches(['.', ':']).chars().all(|c| c.is_ascii_digit()))
        && folded.split_whitespace().count() <= 3
}

/// Longest caption line over a table that may stand in for the appendix's heading.
pub(crate) const CAPTION_MAX_WORDS: usize = 12;

/// Whether the source line of a block opens with a numbering marker, list markers
/// (`2.` of an ordered list, which the block's text leaves out) included.
fn opens_with_numbering(block: &Block, text: &str) -> bool {
    starts_with_numbering(&marker_line(block, text))
}

/// The block's first source line with Markdown's backslash escapes removed: a Word
/// paragraph typed `5. Giải pháp` is written `5\. Giải pháp` so that it stays text, and its
/// numbering is still `5.`.
fn marker_line<'t>(block: &Block, text: &'t str) -> std::borrow::Cow<'t, str> {
    let line = source_line(block, text);
    if !line.contains('\\') {
        return std::borrow::Cow::Borrowed(line);
    }
    std::borrow::Cow::Owned(crate::text::unescaped(line))
}

/// Where the block's line starts when only list and quote markers stand before the block
/// on it (`2. ` of a loose list item, whose paragraph starts after its marker): a section
/// cut there leaves no marker behind in the section before it. Else the block's start.
fn marked_start(block: &Block, text: &str) -> usize {
    let line_start = text[..block.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..block.start.min(text.len())];
    let markup = prefix
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '\t' | '>' | '-' | '+' | '*' | '.' | ')'));
    if markup && prefix.len() <= MARKER_MAX_BYTES {
        line_start
    } else {
        block.start
    }
}

/// Longest run of markers before a block on its line (`> > 12. `).
const MARKER_MAX_BYTES: usize = 16;

/// The block's first source line, without quote and emphasis marks before it.
fn source_line<'t>(block: &Block, text: &'t str) -> &'t str {
    let line_start = text[..block.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[block.start..].find('\n').map_or(text.len(), |i| block.start + i);
    text[line_start..line_end].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '>' | '*' | '_'))
}

/// The stand-in's line as a Markdown heading of `level`: emphasis marks removed, the
/// numbering kept.
fn as_heading(block: &Block, text: &str, level: u8, end: usize) -> String {
    let first = source_line(block, text);
    // A heading wrapped over two lines becomes one line.
    let start = first.as_ptr() as usize - text.as_ptr() as usize;
    let whole = text.get(start..end.max(start + 1)).unwrap_or(first);
    let line = whole.split_whitespace().collect::<Vec<_>>().join(" ");
    // Pandoc's spans (Word's underline) go as the emphasis does: a heading needs neither.
    let plain = crate::read::dialect::spans_shown(&line)
        .replace("**", "")
        .replace("__", "");
    let plain = plain.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    format!("{} {plain}", "#".repeat(usize::from(level.clamp(1, 6))))
}

/// How strongly a heading (normalised, without diacritics) says a section by its keywords:
/// the words of every keyword phrase found in it, at word boundaries.
fn keyword_score(bare: &str, keywords: &[Vec<String>]) -> usize {
    if bare.len() > HEADING_MAX_BYTES {
        return 0;
    }
    phrases_in(bare, keywords.iter()).map(Vec::len).sum()
}

/// Fewest words of the campaign's title quoted in a heading that are the subject, not
/// the heading's own words (`công tác dân vận`, `nâng cao hiệu quả công tác dân vận`).
const SUBJECT_MIN_WORDS: usize = 4;

/// A heading's words without the campaign's subject where it quotes it (`phương hướng,
/// nhiệm vụ nâng cao hiệu quả công tác dân vận thời gian tới`: its `hiệu quả` is the
/// subject's, no word of the impact's): the rest says which section it is.
fn without_subject(bare: &str, subject: &[String], vocabulary: &HashSet<String>) -> Option<String> {
    let words: Vec<&str> = bare.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < SUBJECT_MIN_WORDS || subject.len() < SUBJECT_MIN_WORDS {
        return None;
    }
    // Nearly every heading shares fewer words with the title than a quotation has: told
    // before any run is looked for (every heading candidate of every report comes here).
    let shared = words.iter().filter(|w| vocabulary.contains(**w)).count();
    if shared < SUBJECT_MIN_WORDS {
        return None;
    }
    let mut quoted = vec![false; words.len()];
    for start in 0..words.len() {
        for from in (0..subject.len()).filter(|&from| subject[from] == words[start]) {
            let run = words[start..]
                .iter()
                .zip(&subject[from..])
                .take_while(|(w, s)| *w == s)
                .count();
            if run >= SUBJECT_MIN_WORDS {
                quoted[start..start + run].iter_mut().for_each(|q| *q = true);
            }
        }
    }
    // A heading that is all subject (`NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN`) keeps its words.
    if !quoted.contains(&true) || quoted.iter().all(|&q| q) {
        return None;
    }
    let kept: Vec<&str> = words
        .iter()
        .zip(&quoted)
        .filter(|(_, q)| !**q)
        .map(|(w, _)| *w)
        .collect();
    Some(kept.join(" "))
}

/// The keywords said whole, at word boundaries, in a folded text.
fn phrases_in<'k>(
    bare: &str,
    keywords: impl Iterator<Item = &'k Vec<String>>,
) -> impl Iterator<Item = &'k Vec<String>> {
    // Sized once for the words a text of this length can hold: a heading is asked about
    // every section, and growing the list a word at a time was most of the asking.
    let mut words: Vec<&str> = Vec::with_capacity(bare.len() / 2 + 1);
    words.extend(bare.split(' ').filter(|w| !w.is_empty()));
    keywords.filter(move |k| {
        !k.is_empty()
            && words
                .windows(k.len())
                .any(|w| w.iter().zip(k.iter()).all(|(a, b)| a == b))
    })
}

/// A paragraph's clause before its first colon, normalised, where it is short enough to
/// announce what follows (`Qua thực hiện Kết luận, Đảng ủy rút ra một số bài học: …`).
fn announcing_clause(block: &Block) -> Option<String> {
    let (lead, _) = block.text.split_once(':')?;
    lead.split_whitespace()
        .nth(ANNOUNCE_MAX_WORDS)
        .is_none()
        .then(|| normalize(lead))
}

/// Verbs of remedy, folded: a clause naming the limitations after one (`tháo gỡ khó khăn,
/// vướng mắc:`) tells what was done about them, not what is lacking.
const REMEDIES: &[&[&str]] = &[
    &["thao", "go"],
    &["giai", "quyet"],
    &["khac", "phuc"],
    &["xu", "ly"],
    &["vuot", "qua"],
    &["thao", "do"],
];

/// Whether `phrase` stands word for word in `words`.
fn contains_words(words: &[&str], phrase: &[&str]) -> bool {
    words.windows(phrase.len()).any(|w| w == phrase)
}

/// The numbers a line's marker joins (`2.3.` → `2`, `3`), emphasis and heading marks
/// before it aside.
fn marker_numbers(line: &str) -> Vec<&str> {
    let start = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '>'));
    let start = crate::text::heading::without_question_word(start);
    let token = &start[..start
        .find(|c: char| !(crate::text::is_alphanumeric(c) || c == '.'))
        .unwrap_or(start.len())];
    token.split('.').filter(|n| !n.is_empty()).collect()
}

/// How many numbers a line's marker joins (`II.` and `2.` one, `2.3.` two): parts are
/// numbered with one.
fn number_depth(line: &str) -> usize {
    marker_numbers(line).len()
}

/// Whether `line` is numbered as the item right after `earlier` in one list (`5.` after
/// `4.`, `2.3.` after `2.2.`, `c)` after `b)`, `III.` after `II.`), both numbered as `kind`.
fn numbered_next(earlier: &str, line: &str, kind: Kind) -> bool {
    marker_number(earlier, kind)
        .zip(marker_number(line, kind))
        .is_some_and(|((outer, before), (inner, own))| outer == inner && own == before + 1)
}

/// A marker's numbers above its own (`2` of `2.3.`) and its own value (3), numbered as
/// `kind`.
fn marker_number(line: &str, kind: Kind) -> Option<(Vec<&str>, u32)> {
    let mut parts = marker_numbers(line);
    let last = parts.pop()?;
    let value = match kind {
        Kind::Arabic => last.parse::<u32>().ok(),
        Kind::Roman => crate::text::heading::roman_value(last),
        Kind::Letter => {
            let mut chars = last.chars();
            let letter = chars.next()?.to_lowercase().next()?;
            let place = "abcdđeghiklmnopqrstuvxy".chars().position(|l| l == letter);
            chars
                .next()
                .is_none()
                .then_some(place)
                .flatten()
                .and_then(|p| u32::try_from(p).ok())
        }
        Kind::Division | Kind::Plain => None,
    }?;
    Some((parts, value))
}

/// Whether `inner` is numbered as an item of `outer`: `2.1.` under `2.`, `II.1` under `II.`.
fn numbered_under(outer: &str, inner: &str) -> bool {
    let number = |line: &str| {
        let token = line.split_whitespace().next().unwrap_or("");
        token.trim_end_matches(['.', ')', ':']).to_owned()
    };
    let (outer, inner) = (number(outer), number(inner));
    !outer.is_empty()
        && outer.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        && inner
            .strip_prefix(&outer)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'))
}

/// A part wrapper: `PHẦN THỨ NHẤT`, `Phần I:` (its title, if any, on the same line is
/// matched as usual; alone, it is only structure).
fn is_wrapper(raw: &str, normalized: &str) -> bool {
    normalized.is_empty() && starts_with_numbering(raw)
}

/// How a line is numbered, to tell parts (`II.`) from the items inside them (`1.`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Roman,
    Arabic,
    Letter,
    Division,
    Plain,
}

fn numbering_kind(line: &str) -> Kind {
    if !starts_with_numbering(line) {
        return Kind::Plain;
    }
    kind_if_numbered(line)
}

/// How `line` is numbered if it opens with a numbering marker, told by its first word
/// alone.
fn kind_if_numbered(line: &str) -> Kind {
    let start = crate::text::heading::without_question_word(line.trim_start());
    let first = &start[..start.find(|c| !crate::text::is_alphanumeric(c)).unwrap_or(start.len())];
    if first.chars().all(|c| c.is_ascii_digit()) {
        Kind::Arabic
    } else if first.chars().all(|c| "IVXLCivxlc".contains(c)) && first.chars().count() > 1
        || matches!(first, "I" | "V" | "X")
    {
        Kind::Roman
    } else if first.chars().count() == 1 {
        Kind::Letter
    } else {
        Kind::Division
    }
}

impl Matcher<'_> {
    fn level_of(&self, block: usize) -> Option<u8> {
        self.levels.get(block).copied().flatten()
    }

    /// The run-in heading at `block`, if it is one.
    fn run_in_of(&self, block: usize) -> Option<RunIn> {
        self.run_ins
            .binary_search_by_key(&block, |r| r.block)
            .ok()
            .map(|r| self.run_ins[r])
    }

    /// The line a heading or stand-in opens with, numbering included (the text of a
    /// heading, the source line of a paragraph: an ordered list's marker is not in its
    /// text).
    fn marker(&self, block: usize) -> std::borrow::Cow<'_, str> {
        let b = &self.blocks[block];
        if b.heading_level().is_some() {
            std::borrow::Cow::Borrowed(b.text.as_str())
        } else {
            marker_line(b, self.text)
        }
    }

    /// How the marker of `block` is numbered.
    fn kind(&self, block: usize) -> Kind {
        *self.numbering[block].get_or_init(|| numbering_kind(&self.marker(block)))
    }

    /// Parts with their title on the same line — `# PHẦN THỨ NHẤT: KẾT QUẢ 10 NĂM …`,
    /// `**Phần II: PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ**`, `# A. KẾT QUẢ …` over
    /// `## I. …` — are wrappers too, whatever their title says, when what they hold is
    /// the outline's sections: a line inside (a deeper heading, or a numbered stand-in
    /// before the next part) says by its title a section the outline puts before the one
    /// the part's title says (any, when it says none), or the first line inside is
    /// numbered `I.` and the part's title says no section with sections below it. A part
    /// whose lines say its own sub-sections (an outline with parts) is that section; one
    /// with text and no lines inside is a section promoted to a part (`PHẦN THỨ HAI:
    /// PHƯƠNG HƯỚNG …`).
    fn titled_parts(&mut self) {
        let mut all: Vec<usize> = Vec::new();
        for part in 0..self.blocks.len() {
            let Some((n, _)) = self.normalized[part].as_ref() else {
                continue;
            };
            if n.is_empty() || self.wrappers.contains(part) || self.captions[part] || self.run_in_of(part).is_some() {
                continue;
            }
            // `Phần`, `Mục`, `Chương`, or a capital letter (`A.`, `B.`): the numbering of
            // what stands above the Roman-numbered parts.
            let marker = self.marker(part);
            // Told first by the first word, which passes over the Roman-numbered parts
            // (`II.`) without matching the whole numbering pattern.
            let kind = match marker.trim_start().chars().next() {
                Some(c)
                    if (c.is_uppercase() || matches!(c, 'p' | 'm' | 'c'))
                        && matches!(kind_if_numbered(&marker), Kind::Division | Kind::Letter) =>
                {
                    self.kind(part)
                }
                _ => continue,
            };
            let capital_letter = kind == Kind::Letter && marker.trim_start().starts_with(char::is_uppercase);
            if kind != Kind::Division && !capital_letter {
                continue;
            }
            // A heading's part ends at the next heading as shallow; a stand-in's at the next
            // stand-in numbered as it is, or at a real heading.
            let level = self.blocks[part].heading_level();
            let end = (part + 1..self.blocks.len())
                .find(|&b| match (level, self.blocks[b].heading_level()) {
                    (Some(l), h) => h.is_some_and(|h| h <= l),
                    (None, Some(_)) => true,
                    (None, None) => {
                        self.normalized[b].is_some()
                            && self.kind(b) == kind
                            && (kind == Kind::Division || self.marker(b).trim_start().starts_with(char::is_uppercase))
                    }
                })
                .unwrap_or(self.blocks.len());
            // Inside a heading, its deeper headings (or, for a `Phần` with none, numbered
            // stand-ins); inside a stand-in, numbered stand-ins.
            let lines = |real: bool| -> Vec<usize> {
                (part + 1..end)
                    .filter(|&b| self.normalized[b].is_some() && !self.is_apparatus(b))
                    .filter(|&b| match self.blocks[b].heading_level() {
                        Some(_) => real,
                        None => !real && opens_with_numbering(&self.blocks[b], self.text),
                    })
                    .collect()
            };
            let mut inner = lines(level.is_some());
            if inner.is_empty() && level.is_some() && kind == Kind::Division {
                inner = lines(false);
            }
            if inner.is_empty() {
                continue;
            }
            if all.is_empty() {
                all = (0..self.outline.sections.len()).collect();
            }
            let own = self.match_block(part, &all).map(|(s, _)| s);
            // What the part holds first is numbered as the outline's parts are (`I.`).
            let roman_inside = self.kind(inner[0]) == Kind::Roman;
            // A capital letter stands above Roman numerals (`A.` over `I.`), or is only an
            // item's letter typed in capitals (`B) TỒN TẠI, HẠN CHẾ` among `a)`, `c)`).
            if capital_letter && !roman_inside {
                continue;
            }
            // A part whose title says a section holds the sections before it in the
            // outline (`PHẦN I: KẾT QUẢ THỰC HIỆN` over `I. Công tác lãnh đạo, chỉ đạo`);
            // one with text of its own over a later section is that section, the later
            // one found where it is written.
            let says_another = inner.iter().any(|&b| {
                self.match_block(b, &all)
                    .is_some_and(|(s, _)| own.is_none_or(|o| self.root(s) < self.root(o)))
            });
            let numbered_as_parts = own.is_none_or(|o| self.outline.sections[o].children.is_empty()) && roman_inside;
            if says_another || numbered_as_parts {
                self.wrappers.insert(part);
            }
        }
    }

    /// A heading wrapped over two paragraphs, both in capitals (`III. ĐÁNH GIÁ TÁC ĐỘNG
    /// CỦA VIỆC THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW` / `ĐỐI VỚI CÔNG TÁC XÂY DỰNG ĐẢNG, CHÍNH
    /// QUYỀN`): a short line in capitals without numbering right after a numbered heading
    /// in capitals that does not end with `:` or `.` is its continuation, unless it says a
    /// section by its title.
    fn continued_headings(&mut self) {
        let mut all: Vec<usize> = Vec::new();
        for second in 1..self.blocks.len() {
            let first = second - 1;
            let b = &self.blocks[second];
            if self.normalized[second].is_none()
                || b.heading_level().is_some()
                || self.normalized[first].is_none()
                || self.used.contains(second)
                || self.used.contains(first)
                || self.captions[second]
                || self.run_in_of(second).is_some()
                || self.run_in_of(first).is_some()
                || b.lines > 1
                || b.text.split_whitespace().count() > CONTINUATION_MAX_WORDS
                || !is_capitals(&b.text)
                || opens_with_numbering(b, self.text)
            {
                continue;
            }
            let a = &self.blocks[first];
            let open = !a.text.trim_end().ends_with([':', '.']);
            if !open || !is_capitals(&a.text) || !starts_with_numbering(&self.marker(first)) {
                continue;
            }
            if all.is_empty() {
                all = (0..self.outline.sections.len()).collect();
            }
            if self.match_block(second, &all).is_some() {
                continue;
            }
            self.wrapped.insert(second);
            self.used.insert(second);
            self.continued.push(second);
        }
    }

    /// Makes part wrappers transparent: a part's title on the heading after it
    /// (`# PHẦN THỨ NHẤT` / `# KẾT QUẢ 10 NĂM THỰC HIỆN…` / `## I. …`) is part of the
    /// wrapper when sections follow deeper, and the headings inside a wrapper are raised
    /// to its level, so the sections of part one align with those written at the top.
    fn unwrap_parts(&mut self) {
        let wrappers: Vec<usize> = self.wrappers.iter().collect();
        for &wrapper in &wrappers {
            let Some(level) = self.blocks[wrapper].heading_level() else {
                // A wrapper pasted as a bold or capitals line (`**PHẦN THỨ NHẤT**`): its
                // unnumbered title on the next such line (`**KẾT QUẢ 10 NĂM …**`) is the
                // wrapper's when a heading line follows it (the part's sections), and the
                // part's one section when text follows it.
                if self.normalized[wrapper].as_ref().is_some_and(|(n, _)| !n.is_empty()) {
                    continue;
                }
                let title = wrapper + 1;
                let heading_after = |b: usize| {
                    self.normalized.get(b).is_some_and(Option::is_some)
                        || self
                            .blocks
                            .get(b)
                            .is_some_and(|next| next.heading_level().is_some() || opens_with_numbering(next, self.text))
                };
                if self.normalized.get(title).is_some_and(Option::is_some)
                    && self.level_of(title).is_none()
                    && !self.wrappers.contains(title)
                    && !opens_with_numbering(&self.blocks[title], self.text)
                    && heading_after(title + 1)
                {
                    self.wrappers.insert(title);
                }
                continue;
            };
            let mut first = wrapper + 1;
            let next_heading =
                |from: usize| (from..self.blocks.len()).find(|&b| self.blocks[b].heading_level().is_some());
            // A part with its title on its own line (`# PHẦN THỨ NHẤT: KẾT QUẢ …`) has no
            // title line after it.
            let bare = self.normalized[wrapper].as_ref().is_none_or(|(n, _)| n.is_empty());
            if bare
                && let Some(title) = self.blocks.get(first).and_then(|b| b.heading_level())
                && title <= level + 1
                && next_heading(first + 1).is_some_and(|n| self.blocks[n].heading_level().is_some_and(|l| l > title))
                && self.normalized[first].is_some()
                && self.titles_its_part(first, level)
            {
                self.wrappers.insert(first);
                first += 1;
            }
            // The part ends at the next heading as shallow: the next part's wrapper too.
            let end = (first..self.blocks.len())
                .find(|&b| self.blocks[b].heading_level().is_some_and(|l| l <= level))
                .unwrap_or(self.blocks.len());
            let Some(inner) = (first..end).filter_map(|b| self.blocks[b].heading_level()).min() else {
                continue;
            };
            let shift = inner.saturating_sub(level);
            for b in first..end {
                if let Some(l) = self.blocks[b].heading_level() {
                    self.levels[b] = Some(l.saturating_sub(shift).max(1));
                }
            }
        }
    }

    /// Whether the heading after a bare part wrapper (`# PHẦN THỨ HAI` / `# PHƯƠNG HƯỚNG,
    /// NHIỆM VỤ, GIẢI PHÁP …`), with deeper headings after it, is the part's title rather
    /// than its first section: when a deeper heading follows it at once, when it says no
    /// section, or when the deeper headings of the part say by their titles sections the
    /// outline puts before the one it says (`KẾT QUẢ 10 NĂM …` over `I. CÔNG TÁC LÃNH ĐẠO`).
    /// A title with its own text over a later part (`PHƯƠNG HƯỚNG …`, then `## ĐỀ XUẤT,
    /// KIẾN NGHỊ`) is the section it says.
    fn titles_its_part(&self, title: usize, level: u8) -> bool {
        if self.blocks.get(title + 1).is_some_and(|b| b.heading_level().is_some()) {
            return true;
        }
        let all: Vec<usize> = (0..self.outline.sections.len()).collect();
        let own = self.match_block(title, &all).map(|(s, _)| s).or_else(|| {
            all.iter()
                .map(|&s| (self.score(title, s), s))
                .filter(|&(score, _)| score > 0)
                .max_by_key(|&(score, s)| (score, std::cmp::Reverse(s)))
                .map(|(_, s)| s)
        });
        let Some(own) = own else {
            return true;
        };
        (title + 1..self.blocks.len())
            .take_while(|&b| self.blocks[b].heading_level().is_none_or(|l| l > level))
            .filter(|&b| self.blocks[b].heading_level().is_some())
            .any(|b| {
                self.match_block(b, &all)
                    .is_some_and(|(s, _)| self.root(s) < self.root(own))
            })
    }

    /// The top-level section a section is in.
    fn root(&self, section: usize) -> usize {
        let mut root = section;
        while let Some(parent) = self.outline.sections[root].parent {
            root = parent;
        }
        root
    }

    /// The section among `candidates` whose title the block matches, the longest title
    /// winning; with diacritics folded only if nothing matches with them.
    fn match_block(&self, block: usize, candidates: &[usize]) -> Option<(usize, bool)> {
        let (full, bare) = self.normalized[block].as_ref()?;
        let bare = self.whole[block].as_ref().unwrap_or(bare);
        let caption = self.captions[block];
        let best = |folded: bool| {
            candidates
                .iter()
                .filter(|&&s| !caption || Some(s) == self.outline.appendix.section)
                .filter_map(|&s| {
                    let section = &self.outline.sections[s];
                    let titles = if folded {
                        &section.bare_titles
                    } else {
                        &section.match_titles
                    };
                    let heading = if folded { bare } else { full };
                    longest_title(heading, titles).map(|len| (len, s))
                })
                .max_by_key(|&(len, s)| (len, std::cmp::Reverse(s)))
                .map(|(_, s)| (s, folded))
        };
        best(false).or_else(|| best(true))
    }

    /// Whether the heading opens with one of the section's keyword phrases of two words
    /// or more.
    fn opens_with_keyword(&self, block: usize, section: usize) -> bool {
        self.normalized[block].as_ref().is_some_and(|(_, bare)| {
            let words: Vec<&str> = bare.split(' ').filter(|w| !w.is_empty()).collect();
            self.opening_keywords(&words, section).next().is_some()
        })
    }

    /// The word counts of `section`'s keyword phrases of two words or more that `words`
    /// open with.
    fn opening_keywords<'w>(&'w self, words: &'w [&str], section: usize) -> impl Iterator<Item = usize> + 'w {
        self.outline.sections[section]
            .match_keywords
            .iter()
            .filter(|k| {
                k.len() >= RESCUE_PHRASE_WORDS
                    && words.len() >= k.len()
                    && words.iter().zip(k.iter()).all(|(a, b)| a == b)
            })
            .map(Vec::len)
    }

    /// Whether a heading's title opens, after its determiners (`Một số`, `Những`), with a
    /// keyword phrase of `section` of two words or more, and says what it is about after
    /// it (`về …`): `KIẾN NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP`, not `ĐỀ XUẤT GIẢI PHÁP`,
    /// where the first words are the verb of the second's.
    fn opens_with_phrase_of(&self, block: usize, section: usize) -> bool {
        let words: Vec<&str> = self
            .bare(block)
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .skip_while(|w| DETERMINERS.iter().any(|d| crate::text::fold::bare(d) == **w))
            .collect();
        self.opening_keywords(&words, section)
            .any(|n| words[n..].contains(&"ve"))
    }

    /// How a stand-in for a heading of `level` can be written: like the file's own `#`
    /// headings of that level, or (none) only by the level's marks.
    fn written_at(&self, level: u8) -> Headings {
        if self.marked[usize::from(level.min(6))] {
            Headings::Marks
        } else {
            Headings::Unmarked
        }
    }

    /// A heading candidate's title without diacritics; empty for any other block.
    fn bare(&self, block: usize) -> &str {
        self.normalized[block].as_ref().map_or("", |(_, bare)| bare.as_str())
    }

    fn score(&self, block: usize, section: usize) -> usize {
        keyword_score(self.bare(block), &self.outline.sections[section].match_keywords)
    }

    /// A closing part of the unit's own after the last section's heading (`KẾT LUẬN`,
    /// `VI. KẾT LUẬN`, `PHẦN KẾT LUẬN`; only the appendix may follow): like the context
    /// before the first section, its text is the unit's other content, not the last
    /// section's. Said by its whole title: `… THỰC HIỆN KẾT LUẬN SỐ 114` is no closing.
    fn closing_parts(&mut self) {
        // The appendix's heading and captions (`SỐ LIỆU KẾT QUẢ THỰC HIỆN …`, whose
        // `kết quả` is no results part) may follow.
        let says = |b: usize, s: usize| self.score(b, s) > 0 || self.match_block(b, &[s]).is_some();
        let says_a_section = |b: usize| match self.outline.appendix.section {
            Some(appendix) if says(b, appendix) => false,
            _ => (0..self.outline.sections.len()).any(|s| says(b, s)),
        };
        // So may the captions of its tables after its heading (`Biểu 1. Lãnh đạo, chỉ đạo,
        // bồi dưỡng` under `PHỤ LỤC`), which name a table, not a part.
        let appendix_at = self.outline.appendix.section.and_then(|appendix| {
            (0..self.blocks.len()).find(|&b| self.normalized[b].is_some() && self.match_block(b, &[appendix]).is_some())
        });
        let caption = |b: usize| {
            appendix_at.is_some_and(|a| b > a)
                && is_caption(&self.blocks[b], self.blocks.get(b + 1))
                && !CLOSING_TITLES.contains(&self.bare(b))
        };
        let closing: Vec<usize> = (0..self.blocks.len())
            .rev()
            .filter(|&b| self.normalized[b].is_some() && !caption(b))
            .take_while(|&b| !says_a_section(b))
            .filter(|&b| CLOSING_TITLES.contains(&self.bare(b)))
            .collect();
        for b in closing {
            self.context.insert(b);
        }
    }

    fn is_context(&self, block: usize) -> bool {
        self.normalized[block]
            .as_ref()
            .is_some_and(|(_, bare)| keyword_score(bare, &self.outline.match_context) > 0)
    }

    fn location(&self, block: usize) -> Location {
        let b = &self.blocks[block];
        self.index.locate(b.start, b.end)
    }

    fn is_apparatus(&self, block: usize) -> bool {
        crate::report::apparatus::contains(&self.apparatus, block)
    }

    /// Sections of this level and, for the top level, every section below them: a
    /// sub-section a unit promoted to a part (solutions as part IV) is found there too.
    fn family(&self, sections: &[usize], top: bool) -> Vec<usize> {
        if !top {
            return sections.to_vec();
        }
        (0..self.outline.sections.len()).collect()
    }

    /// Finds `sections` (siblings) inside `range`, below heading level `parent_level`;
    /// a stand-in found here would be a heading of level `suggest`.
    fn level(&mut self, range: Range<usize>, parent_level: u8, suggest: u8, sections: &[usize], top: bool) {
        // Sections placed already (a sub-section promoted to a part) are not looked for.
        let sections: Vec<usize> = sections
            .iter()
            .copied()
            .filter(|&s| !self.placed.iter().any(|p| p.section == s))
            .collect();
        let sections = &sections[..];
        // The shallowest level at which some heading matches is this level's: headings
        // deeper than it that happen to match (a unit's own sub-heading, a demoted heading
        // in a compiled report) are content, not sections.
        let real: Vec<(usize, u8, usize, bool)> = range
            .clone()
            .filter(|&block| !self.wrappers.contains(block))
            .filter_map(|block| {
                let level = self.level_of(block).filter(|&l| l > parent_level)?;
                let (section, folded) = self.match_block(block, sections)?;
                Some((block, level, section, folded))
            })
            .collect();
        let family = self.family(sections, top);
        let mut top_level: Option<u8> = real.iter().map(|r| r.1).min();
        // Lines standing in for sections by their titles set the level's style: then
        // headings are the units' own, inside those sections.
        // Not the appendix's `**PHỤ LỤC**`, set in bold under real headings as often as not.
        let stand_in_titles = top_level.is_none()
            && range.clone().any(|b| {
                self.level_of(b).is_none()
                    && !self.used.contains(b)
                    && self
                        .match_block(b, sections)
                        .is_some_and(|(s, _)| Some(s) != self.outline.appendix.section)
            });
        if top_level.is_none() && !stand_in_titles {
            // No title matched: the shallowest heading that says a section by its keywords.
            top_level = range
                .clone()
                .filter(|&b| self.normalized[b].is_some())
                .filter_map(|b| self.level_of(b).filter(|&l| l > parent_level).map(|l| (b, l)))
                .filter(|&(b, _)| sections.iter().any(|&s| self.score(b, s) > 0))
                .map(|(_, l)| l)
                .min();
        }
        let mut hits: Vec<Hit> = real
            .iter()
            .filter(|r| Some(r.1) == top_level)
            .map(|&(block, level, section, folded)| Hit {
                block,
                section,
                folded,
                pseudo: false,
                level: Some(level),
                merged: None,
                lead_in: false,
            })
            .collect();
        let unfound: Vec<usize> = sections
            .iter()
            .copied()
            .filter(|&s| !hits.iter().any(|h| h.section == s))
            .collect();
        if !unfound.is_empty() {
            // What follows the appendix's own heading is the appendix: a bold caption there
            // (`**KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU**`) names its table, not a section.
            // So does a line standing in for the appendix's heading after every heading
            // styled as such and the signature (`PHỤ LỤC` in bold after the signature of a
            // report in Word's styles; not `Phụ lục số liệu kèm theo` closing a part).
            let appendix_at = hits
                .iter()
                .find(|h| Some(h.section) == self.outline.appendix.section)
                .map(|h| h.block)
                .or_else(|| {
                    let appendix = self.outline.appendix.section?;
                    top_level?;
                    let last = hits.iter().map(|h| h.block).max()?;
                    (last + 1..range.end).find(|&b| {
                        self.level_of(b).is_none()
                            && !self.used.contains(b)
                            && self.match_block(b, &[appendix]).is_some()
                            && (last + 1..b).any(|x| self.is_apparatus(x))
                    })
                })
                .unwrap_or(usize::MAX);
            let mut stand_ins: Vec<Hit> = Vec::new();
            for block in range.clone() {
                if self.level_of(block).is_some() || self.used.contains(block) || block > appendix_at {
                    continue;
                }
                if let Some((section, folded)) = self.match_block(block, &unfound) {
                    stand_ins.push(Hit {
                        block,
                        section,
                        folded,
                        pseudo: true,
                        level: top_level,
                        merged: None,
                        lead_in: false,
                    });
                }
            }
            // With no heading styled, the stand-ins bound it themselves: after one for the
            // appendix's heading after the signature (apparatus between it and the
            // stand-in before it), a bold line over a table captions it (`**KẾT QUẢ THỰC
            // HIỆN MỘT SỐ CHỈ TIÊU**`); a part written there (`**KIẾN NGHỊ, ĐỀ XUẤT**` and
            // its paragraph) is still a part, out of place.
            if let Some(appendix) = self.outline.appendix.section
                && let Some(at) = (1..stand_ins.len()).find(|&i| {
                    stand_ins[i].section == appendix
                        && (stand_ins[i - 1].block + 1..stand_ins[i].block).any(|b| self.is_apparatus(b))
                })
            {
                let blocks = self.blocks;
                let mut i = 0;
                stand_ins.retain(|h| {
                    i += 1;
                    i <= at + 1 || !is_caption(&blocks[h.block], blocks.get(h.block + 1))
                });
            }
            // The first item of a part (`**1. Công tác lãnh đạo, chỉ đạo**` under `**II. KẾT
            // QUẢ THỰC HIỆN**` or `**II. KẾT QUẢ 10 NĂM …**`), numbered below it, that says a
            // section the outline puts before the one the part says (by its title or its
            // keywords), is no heading of this level: the part goes on past it, and the
            // rescue finds the section there, as that item.
            let first_items: Vec<usize> = stand_ins
                .iter()
                .filter(|item| {
                    // The part: a line standing in for its heading, or a heading over bold
                    // numbered items (`### I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC` / `**1. Công tác lãnh
                    // đạo, chỉ đạo, hướng dẫn**`).
                    let Some(part) = (range.start..item.block).rev().find(|&b| {
                        self.normalized[b].is_some()
                            && match self.level_of(b) {
                                // Only where headings of its level are this level's parts.
                                Some(level) => top_level == Some(level),
                                None => self.numbered_or_capitals(b),
                            }
                    }) else {
                        return false;
                    };
                    // The part says a section the outline puts later, or a sub-section of
                    // one (`1. Những mặt làm được` over `a) Công tác lãnh đạo, chỉ đạo`).
                    !self.wrappers.contains(part)
                        && self.first_item(part, range.end) == Some(item.block)
                        && (0..self.outline.sections.len()).any(|s| {
                            (sections.contains(&s) && s > item.section || self.root(s) > self.root(item.section))
                                && (self.score(part, s) > 0 || self.match_block(part, &[s]).is_some())
                        })
                })
                .map(|item| item.block)
                .collect();
            stand_ins.retain(|h| !first_items.contains(&h.block));
            // Where several lines numbered differently stand in for one section (`3.
            // Nguyên nhân` over `a) Nguyên nhân khách quan`, `b) …`), the one numbered as
            // the level's other stand-ins is its heading, and those after it, before the
            // level's next, its items.
            let kinds: Vec<Kind> = stand_ins.iter().map(|h| self.kind(h.block)).collect();
            let alone = |i: usize| stand_ins.iter().filter(|h| h.section == stand_ins[i].section).count() == 1;
            let mut tally: Vec<(Kind, usize)> = Vec::new();
            for i in (0..stand_ins.len()).filter(|&i| alone(i)) {
                match tally.iter_mut().find(|(k, _)| *k == kinds[i]) {
                    Some((_, n)) => *n += 1,
                    None => tally.push((kinds[i], 1)),
                }
            }
            let most = tally.iter().map(|&(_, n)| n).max().unwrap_or(0);
            let mut level_kinds = tally.iter().filter(|&&(_, n)| n == most).map(|&(k, _)| k);
            // With no one numbering for the level, the first line is the heading (`III.
            // TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN` over `1. Tồn tại, hạn chế`), unless it is
            // a part around the sections.
            let level_kind = match (level_kinds.next(), level_kinds.next()) {
                (Some(kind), None) => Some(kind),
                _ => None,
            };
            // Stand-ins are in document order.
            let item_of = |i: usize, j: usize| {
                let Some(kind) = level_kind.or((!self.wrappers.contains(stand_ins[j].block)).then_some(kinds[j]))
                else {
                    return false;
                };
                j < i
                    && stand_ins[j].section == stand_ins[i].section
                    && kinds[j] == kind
                    && kinds[i] != kind
                    && !(j + 1..i).any(|k| kinds[k] == kind)
            };
            // A title run into its paragraph (`1. Nguyên nhân khách quan: …`, items under a
            // lead in the limitations) is no heading where a line of its own, numbered as the
            // level's others and as much as it, stands in for the same section (`**3.
            // Nguyên nhân**`), before it or after it: that line is the heading, and the
            // run-in titles are the unit's text where they stand.
            let numbered_at = |i: usize| opens_with_numbering(&self.blocks[stand_ins[i].block], self.text);
            let beside_heading = |i: usize| {
                self.run_in_of(stand_ins[i].block).is_some()
                    && (0..stand_ins.len()).any(|j| {
                        j != i
                            && stand_ins[j].section == stand_ins[i].section
                            && self.run_in_of(stand_ins[j].block).is_none()
                            && level_kind.is_none_or(|k| kinds[j] == k)
                            && (numbered_at(j) || !numbered_at(i))
                    })
            };
            let keep: Vec<bool> = (0..stand_ins.len())
                .map(|i| alone(i) || !(0..i).any(|j| item_of(i, j)) && !beside_heading(i))
                .collect();
            let mut at = 0;
            stand_ins.retain(|_| {
                at += 1;
                keep[at - 1]
            });
            // Where several lines could stand in for one section, a numbered one is the
            // heading: an unnumbered bold line is then the document's subject line
            // ("**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**") or emphasis, not a section.
            let numbered = |hit: &Hit| opens_with_numbering(&self.blocks[hit.block], self.text);
            let has_numbered: HashSet<usize> = stand_ins.iter().filter(|h| numbered(h)).map(|h| h.section).collect();
            // Before the first real section heading is the title block. There an unnumbered
            // bold line is a section only where the outline's order puts it (the first
            // sections, written as bold lines); one that would come later is the
            // document's subject line ("**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**").
            let first_real = hits.iter().min_by_key(|h| h.block).map(|h| (h.block, h.section));
            let position = |section: usize| sections.iter().position(|&s| s == section);
            let in_title_block_out_of_order = |hit: &Hit| {
                top && first_real
                    .is_some_and(|(block, section)| hit.block < block && position(hit.section) > position(section))
            };
            hits.extend(
                stand_ins
                    .into_iter()
                    .filter(|h| !has_numbered.contains(&h.section) || numbered(h))
                    .filter(|h| numbered(h) || !in_title_block_out_of_order(h)),
            );
        }
        hits.sort_by_key(|h| h.block);
        self.used.extend(hits.iter().map(|h| h.block));

        // Stand-ins aligned by keywords number like those that matched by title (`II.`
        // parts, not the `1.` items inside them).
        // Not the appendix's: `PHỤ LỤC` stands unnumbered after numbered parts.
        let kinds: HashSet<Kind> = hits
            .iter()
            .filter(|h| h.pseudo && Some(h.section) != self.outline.appendix.section)
            .map(|h| self.kind(h.block))
            .collect();
        // One numbered as the part around them (`**III. BÀI HỌC KINH NGHIỆM**` inside
        // `**II. KẾT QUẢ …**`) is a sub-section promoted to a part: it admits the parts
        // numbered as it is, and says nothing of how the part's own items are numbered
        // (`**1. Kết quả đạt được**`, `**2. Hạn chế và nguyên nhân**` before it).
        let parent_kind = (!top)
            .then(|| range.start.checked_sub(1).map(|b| self.kind(b)))
            .flatten()
            .filter(|&k| k != Kind::Plain);
        let item_kinds: HashSet<Kind> = kinds.iter().copied().filter(|&k| Some(k) != parent_kind).collect();
        let admitted = |kind: Kind| {
            if Some(kind) == parent_kind {
                kinds.is_empty() || kinds.contains(&kind)
            } else {
                item_kinds.is_empty() || item_kinds.contains(&kind)
            }
        };
        // Where the lines that say sections by their titles are unnumbered bold lines
        // (`**Những kết quả nổi bật**`, `**Nguyên nhân**`), so are their siblings that say
        // theirs by keywords (`**Giải pháp**`); elsewhere a bold line may be emphasis. The
        // appendix's caption (`**BIỂU SỐ LIỆU**` after the signature) says nothing of how
        // the parts are set apart (`***Về hiệu quả, tác động***` inside `**II. …**`).
        let bold_plain = hits.iter().any(|h| {
            h.pseudo
                && Some(h.section) != self.outline.appendix.section
                && self.blocks[h.block].all_bold
                && self.kind(h.block) == Kind::Plain
        });
        let has_real_level = top_level.is_some();
        // So are they where the report sets its headings apart by bold alone: no line
        // numbered or in capitals says a section, and several short bold lines do
        // (`**Kết quả đạt được**`, `**Hạn chế, khuyết điểm**`, `**Bài học kinh nghiệm**`).
        let bold_headings = !has_real_level && self.bold_outline(range.clone(), &family);
        let bold_plain = bold_plain || bold_headings;
        // The alignment: every other heading of this level, in order, between the anchors.
        let candidates: Vec<usize> = range
            .clone()
            .filter(|&b| self.normalized[b].is_some() && !self.used.contains(b))
            .filter(|&b| match self.level_of(b) {
                Some(l) => l > parent_level && top_level.is_some_and(|t| l <= t),
                None => {
                    !has_real_level
                        && (self.numbered_or_capitals(b) || bold_plain && self.blocks[b].all_bold || self.asked(b))
                }
            })
            .collect();
        let mut aligned: Vec<Hit> = Vec::new();
        // Each candidate looks at the anchors: a report has tens of headings, a file with
        // tens of thousands is no report, and aligning it would cost time quadratically.
        let candidates = if candidates.len().saturating_mul(hits.len() + 1) > ALIGN_MAX_WORK {
            Vec::new()
        } else {
            candidates
        };
        for &block in &candidates {
            let before = hits
                .iter()
                .chain(&aligned)
                .filter(|h| h.block < block)
                .max_by_key(|h| h.block)
                .copied();
            let after = hits.iter().filter(|h| h.block > block).map(|h| h.section).min();
            // A linear search: a level has a few hits, and a set built for every candidate
            // cost more than all the lookups in it.
            let taken = |s: usize| hits.iter().chain(&aligned).any(|h| h.section == s);
            let shallower = self.level_of(block).is_some_and(|l| top_level.is_some_and(|t| l < t));
            let raw = &self.blocks[block].text;
            if self.wrappers.contains(block) {
                continue;
            }
            let _ = raw;
            let pseudo = self.level_of(block).is_none();
            // A stand-in right after a part wrapper is the part's title (`**PHẦN THỨ HAI**` /
            // `**PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP**`): a part, numbered as parts are.
            let part_title = pseudo && block.checked_sub(1).is_some_and(|b| self.wrappers.contains(b));
            // A stand-in's marker is its source line.
            let kind = if pseudo { self.kind(block) } else { Kind::Plain };
            // A part (`PHẦN THỨ HAI: …`) is a part whatever the numbering of the others.
            let division = kind == Kind::Division;
            if pseudo && !part_title && !division && !admitted(kind) {
                continue;
            }
            // A real heading promotes a sub-section to a part, and so does a stand-in
            // numbered as a part (`PHẦN THỨ HAI: …`, or as the parts that matched by title
            // are) after a part that comes after its own (`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI
            // PHÁP` after `III. HIỆU QUẢ, TÁC ĐỘNG`): written as a part, where a part stands,
            // it is one.
            // Where no stand-in says a section by its title, those aligned before it by
            // their keywords set the parts' numbering (`I. CÔNG TÁC QUÁN TRIỆT`, `IV. TÁC
            // ĐỘNG` before `V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ`).
            let part_kind = kinds.contains(&kind)
                || kinds.is_empty() && aligned.iter().any(|h| h.pseudo && self.kind(h.block) == kind);
            // Where bold sets the headings apart, a bold line is as a numbered part; so is
            // the outline's question asked, an item of the outline as every other.
            let numbered_as_parts = pseudo
                && (division
                    || kind != Kind::Plain && part_kind
                    || bold_headings && self.blocks[block].all_bold
                    || self.asked(block))
                // A title run into its paragraph is as short as its title.
                && (is_heading_like(&self.blocks[block]) || self.run_in_of(block).is_some());
            // A line numbered below the line before it that stands in for a part (`6. Hiệu
            // quả:` after `II. KẾT QUẢ …`, before `VI. KIẾN NGHỊ`) is an item of that part,
            // not a part: the rescue may find its section there.
            let deeper = |part: &Hit| {
                self.rank(part.block)
                    .zip(self.rank(block))
                    .is_some_and(|(p, own)| own > p)
            };
            if pseudo && !part_title && !numbered_as_parts && before.is_some_and(|h| h.pseudo && deeper(&h)) {
                continue;
            }
            let family = if pseudo && !part_title && !numbered_as_parts {
                sections
            } else {
                &family[..]
            };
            // A sub-section promoted to a part may come after its parent's later siblings
            // (solutions as the last part): only the part it belongs to must be before.
            let root = |s: usize| {
                let mut r = s;
                while let Some(p) = self.outline.sections[r].parent {
                    r = p;
                }
                r
            };
            // The part furthest on that a hit says: a heading saying the results and the
            // impact (`**II. KẾT QUẢ ĐẠT ĐƯỢC VÀ TÁC ĐỘNG**`) is a part that comes after the
            // limitations' own, which may follow it as parts (`**III. HẠN CHẾ …**`).
            let furthest_root = |h: &Hit| h.merged.map_or(root(h.section), |m| root(h.section).max(root(m)));
            // A line numbered as the parts between the part before and this one (`III. ĐÁNH
            // GIÁ CHUNG`, which says no section) ended that part: this one is not inside it.
            let part_between = pseudo
                && kind != Kind::Plain
                && before.is_some_and(|h| {
                    (h.block + 1..block).any(|b| {
                        self.normalized[b].is_some()
                            && self.level_of(b).is_none()
                            && self.kind(b) == kind
                            && is_heading_like(&self.blocks[b])
                            && (0..self.outline.sections.len())
                                .all(|s| self.score(b, s) == 0 && self.match_block(b, &[s]).is_none())
                    })
                });
            // After a sub-section written as a part, its later siblings numbered as it is
            // are parts too (`**IV. BÀI HỌC KINH NGHIỆM**` after `**III. HẠN CHẾ VÀ NGUYÊN
            // NHÂN**`); not where parts wrap them (`**B. TỒN TẠI …**` over `**I. Tồn tại, hạn
            // chế**`, `**II. Nguyên nhân**`): they are that part's items.
            let chains = before.filter(|h| {
                numbered_as_parts
                    && h.pseudo
                    && !sections.contains(&h.section)
                    && self.kind(h.block) == kind
                    && number_depth(&self.marker(block)) == 1
                    && !(range.start..block).any(|b| self.wrappers.contains(b))
            });
            // Numbered at the depth of the part before it (`III.` after `II.`, not `2.1.`
            // after `2.`): the part before may end at it.
            let level_with_before = pseudo
                && before.is_some_and(|h| number_depth(&self.marker(h.block)) == number_depth(&self.marker(block)));
            // A sub-section that has its own heading under its part, before this one and
            // deeper (`5. Phương hướng, giải pháp thời gian tới` under `II. KẾT QUẢ THỰC
            // HIỆN`), is not promoted to a part by a later heading that says it too (`IV.
            // NHIỆM VỤ TRỌNG TÂM VÀ KIẾN NGHỊ`) whose text opens by asking a superior, as
            // the other section it says does: that part is the requests alone. Asked once a
            // heading, whichever sub-section is weighed.
            let opens_asking = std::cell::OnceCell::new();
            let opens_asking = || {
                *opens_asking.get_or_init(|| {
                    let first = (block + 1..range.end)
                        .find(|&b| !self.is_apparatus(b) && !self.blocks[b].text.trim().is_empty());
                    first.is_some_and(|b| {
                        self.level_of(b).is_none()
                            && self.normalized[b].is_none()
                            && sections
                                .iter()
                                .any(|&t| self.score(block, t) > 0 && self.asks_as(&self.blocks[b], t))
                    })
                })
            };
            let headed_under_part = |s: usize| {
                if !opens_asking() {
                    return false;
                }
                let starts = hits.iter().chain(&aligned).map(|h| h.block);
                let Some(part) = hits
                    .iter()
                    .chain(&aligned)
                    .find(|h| h.section == root(s))
                    .map(|h| h.block)
                else {
                    return false;
                };
                let end = starts.filter(|&b| b > part).min().unwrap_or(block).min(block);
                (part + 1..end).any(|b| {
                    self.normalized[b].is_some()
                        && !self.wrappers.contains(b)
                        && !self.as_high_as(b, block)
                        && self.match_block(b, &[s]).is_some()
                })
            };
            let room = |s: usize| {
                let promoted = !sections.contains(&s);
                if promoted && headed_under_part(s) {
                    return false;
                }
                // Numbered as the parts, where no line says the part it belongs to
                // (`**II. NHỮNG MẶT LÀM ĐƯỢC**` … `**IV. NGUYÊN NHÂN**` between `**I. VIỆC
                // TRIỂN KHAI …**` and `**VII. ĐỀ XUẤT, KIẾN NGHỊ**`), it is a part of its own.
                let orphan = numbered_as_parts && !taken(root(s));
                let chained = chains.is_some_and(|h| s > h.merged.unwrap_or(h.section));
                if promoted
                    && pseudo
                    && !part_title
                    && !part_between
                    && !orphan
                    && !chained
                    && before.is_none_or(|h| if level_with_before { furthest_root(&h) } else { root(h.section) } <= root(s))
                {
                    return false;
                }
                let after_before = before.is_none_or(|h| s > h.section || (promoted && root(s) <= root(h.section)));
                after_before
                    && after.is_none_or(|a| if promoted { root(s) < a } else { s < a })
                    && !taken(s)
                    && family.contains(&s)
            };
            let mut scored: Vec<(usize, usize)> = family
                .iter()
                .copied()
                .filter(|&s| room(s))
                .map(|s| (self.score(block, s), s))
                .filter(|&(score, _)| score > 0)
                .collect();
            // Best score, then the outline's order — but of sections tied for the best, the
            // one the heading opens with, saying what it is about after it (`IV. MỘT SỐ KIẾN
            // NGHỊ, ĐỀ XUẤT VỀ CHỦ TRƯƠNG, GIẢI PHÁP`: the requests, about policies and
            // solutions).
            scored.sort_by_key(|&(score, s)| (std::cmp::Reverse(score), s));
            let tied = scored
                .iter()
                .take_while(|&&(score, _)| Some(score) == scored.first().map(|f| f.0))
                .count();
            if tied > 1
                && let Some(first) = (0..tied).find(|&i| self.opens_with_phrase_of(block, scored[i].1))
            {
                let opening = scored.remove(first);
                scored.insert(0, opening);
            }
            // A heading opening with the words of the sibling before the best one
            // (`V. NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM`) says that one first: both, in order.
            // So does one opening with the words of a sibling further back, every sibling
            // between said too (`IV. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM`).
            let opener = scored.first().and_then(|&(_, best)| {
                let parent = self.outline.sections[best].parent;
                let said = |s: usize| scored.iter().any(|&(_, t)| t == s);
                (0..best)
                    .rev()
                    .filter(|&s| self.outline.sections[s].parent == parent)
                    .take_while(|&s| said(s))
                    .find(|&s| self.opens_with_keyword(block, s))
            });
            // A part that lists its own contents (`II. KẾT QUẢ, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI
            // HỌC KINH NGHIỆM`): opening with this level's section and saying nothing but it
            // and sections under it, it is that section, its list the sub-headings to come —
            // not the last of them it names in full.
            let lister = scored.iter().map(|&(_, s)| s).find(|&p| {
                sections.contains(&p)
                    && self.opens_with_keyword(block, p)
                    && (0..self.outline.sections.len()).any(|s| s != p && root(s) == p && self.score(block, s) > 0)
                    && (0..self.outline.sections.len()).all(|s| root(s) == p || self.score(block, s) == 0)
            });
            let Some(section) = lister.or(opener).or_else(|| scored.first().map(|&(_, s)| s)) else {
                if self.is_context(block) {
                    self.context.insert(block);
                } else if !pseudo && before.is_some_and(|h| self.score(block, h.section) > 0) && !shallower {
                    // One section written under two headings: the second continues it.
                    self.inside.insert(block);
                    self.used.insert(block);
                } else if let Some(next) = hits.iter().position(|h| h.block > block && Some(h.section) == after)
                    // Both headings, or both lines standing in for headings numbered alike
                    // (`**I. CÔNG TÁC QUÁN TRIỆT, TUYÊN TRUYỀN**` over `**II. CÔNG TÁC LÃNH
                    // ĐẠO, CHỈ ĐẠO, CỤ THỂ HÓA**`).
                    && (if pseudo { hits[next].pseudo && self.kind(hits[next].block) == kind } else { !hits[next].pseudo })
                    && !shallower
                    && before.is_none_or(|h| h.block < block)
                    // Numbered where the two lines around it leave its place (`1.`, not
                    // between `**2. Tồn tại, hạn chế**` and `**3. Nguyên nhân**`), it is an
                    // item of the section before (`1. Nguyên nhân khách quan: …`).
                    && !before.is_some_and(|h| {
                        let (own, first, second) = (self.marker(block), self.marker(h.block), self.marker(hits[next].block));
                        numbered_next(&first, &second, kind) && !numbered_next(&first, &own, kind)
                    })
                    && self.score(block, hits[next].section) > 0
                    // Not a line opening with another section's title (`Đề xuất chủ
                    // trương, giải pháp …?` before `Kiến nghị, đề xuất …?`): that one's.
                    && self
                        .match_block(block, &(0..self.outline.sections.len()).collect::<Vec<_>>())
                        .is_none_or(|(s, _)| s == hits[next].section)
                    && !(block + 1..hits[next].block)
                        .any(|b| self.level_of(b).is_some_and(|l| Some(l) <= top_level) && !self.inside.contains(b))
                {
                    // The same, the first heading saying it by keywords and the second by
                    // its title: the section starts at the first.
                    let anchor = hits.remove(next);
                    self.inside.insert(anchor.block);
                    self.used.insert(block);
                    hits.push(Hit { block, ..anchor });
                    hits.sort_by_key(|h| h.block);
                }
                continue;
            };
            // The next sibling, where the heading says it too.
            let merged = (section + 1..self.outline.sections.len())
                .find(|&s| self.outline.sections[s].parent == self.outline.sections[section].parent)
                .filter(|&s| scored.iter().any(|&(_, t)| t == s))
                .or_else(|| {
                    // A sub-section promoted to a part that says the next part too
                    // (`IV. PHƯƠNG HƯỚNG VÀ ĐỀ XUẤT`, `GIẢI PHÁP VÀ KIẾN NGHỊ` after the impact
                    // part): both, where every part between them is found before it and no
                    // heading after it says the second (`3. Kiến nghị` under the part).
                    // Not a heading that is the first's own title (`ĐỀ XUẤT CHỦ TRƯƠNG, GIẢI
                    // PHÁP …`, whose `đề xuất` is no proposal).
                    let promoted = !sections.contains(&section)
                        && self.normalized[block]
                            .as_ref()
                            .is_some_and(|(full, bare)| !self.titled(full, bare, section));
                    let placed = |p: usize| taken(p) || self.placed.iter().any(|q| q.section == p);
                    // A part line between that says no section (`III. ĐÁNH GIÁ CHUNG`) may
                    // be the parts not found yet. A sentence announcing the requests
                    // (`Đảng ủy xã đề nghị Tỉnh ủy, Ủy ban nhân dân tỉnh:`) is no heading.
                    let says_later = |b: usize, s: usize| {
                        self.normalized[b].is_some()
                            && !self.blocks[b].text.trim_end().ends_with(':')
                            && self.score(b, s) > 0
                    };
                    scored.iter().map(|&(_, s)| s).filter(|&s| s != section).find(|&s| {
                        promoted
                            && sections.contains(&s)
                            && root(section) < s
                            && (part_between || (root(section) + 1..s).all(|p| !sections.contains(&p) || placed(p)))
                            && !(block + 1..range.end).any(|b| says_later(b, s))
                    })
                });
            aligned.push(Hit {
                block,
                section,
                folded: false,
                pseudo,
                level: if pseudo { top_level } else { self.level_of(block) },
                merged,
                lead_in: false,
            });
            self.used.insert(block);
        }
        hits.extend(aligned);
        hits.sort_by_key(|h| h.block);
        // An annex filed as the report (`Phụ lục 02` / its subject / `(Kèm theo Báo cáo số
        // …)`, then the sections): its first line names the document, a title line as its
        // subject's, not the appendix before every section.
        if top
            && let Some(appendix) = self.outline.appendix.section
            && hits.first().is_some_and(|h| h.section == appendix && h.pseudo)
            && hits.iter().filter(|h| h.section != appendix).nth(1).is_some()
        {
            let title = hits.remove(0).block;
            if let Err(at) = self.attached.binary_search(&title) {
                self.attached.insert(at, title);
            }
        }
        // The appendix's words heading a stretch that the report's own sections follow, with
        // the appendix written again after them (`# Phụ lục ảnh hoạt động` in a part, then
        // `2. Tồn tại, hạn chế`, `III. …`, and `# Phụ lục` at the end): the last is the
        // appendix, an earlier one a heading of the unit's own in the section it is in.
        if top
            && let Some(appendix) = self.outline.appendix.section
            && let Some(last) = hits.iter().rposition(|h| h.section == appendix)
        {
            let early: Vec<usize> = (0..last)
                .filter(|&i| hits[i].section == appendix && hits[i + 1..last].iter().any(|h| h.section != appendix))
                .collect();
            for i in early.into_iter().rev() {
                self.inside.insert(hits.remove(i).block);
            }
        }
        self.merge_anchors(&mut hits, sections, top);
        self.lead_ins(&mut hits, sections, &family, range.clone(), top_level, top);
        let top_level = top_level.or_else(|| hits.iter().find_map(|h| h.level));

        if let (Some(level), Some(first)) = (top_level, hits.first()) {
            for block in first.block..range.end {
                let b = &self.blocks[block];
                if self.level_of(block).is_some_and(|l| l > parent_level && l <= level)
                    && !self.used.contains(block)
                    && !self.wrappers.contains(block)
                    && !self.context.contains(block)
                    && !self.is_apparatus(block)
                {
                    // Its text stays with the section before it; only a top-level heading
                    // is worth a warning (below, units add headings of their own).
                    self.inside.insert(block);
                    if self.continues_heading(block, &hits) {
                        // A heading wrapped over two heading lines: the second line is
                        // the first's title, not a heading of its own.
                        self.wrapped.insert(block);
                    } else if top {
                        let finding = Finding::UnknownSection {
                            heading: b.text.clone(),
                        };
                        self.diagnostics.push(Diagnostic::new(finding, self.location(block)));
                    }
                }
            }
        }

        // A repeated heading does not end the span before it: one section written in two
        // places keeps its second part with the part before (and is reported).
        let mut firsts: HashSet<usize> = HashSet::new();
        let repeated: Vec<bool> = hits.iter().map(|h| !firsts.insert(h.section)).collect();
        for (hit, _) in hits.iter().zip(&repeated).filter(|(_, r)| **r) {
            self.inside.insert(hit.block);
        }
        let mut seen: Vec<(usize, usize)> = Vec::new(); // (section, block) of first occurrences
        let mut latest: Option<usize> = None; // the furthest section seen
        let mut nested: Vec<(Hit, usize)> = Vec::new();
        for (i, hit) in hits.iter().enumerate() {
            // Its id and title are copied only into a finding: most hits make none.
            let outline = self.outline;
            let (id, title) = (&outline.sections[hit.section].id, &outline.sections[hit.section].title);
            if let Some(&(_, first)) = seen.iter().find(|(s, _)| *s == hit.section) {
                // Appendices numbered on (`PHỤ LỤC 2: DANH SÁCH MÔ HÌNH …`, `Biểu 2`) are
                // the appendix's parts, not the section written twice.
                if Some(hit.section) == self.outline.appendix.section {
                    continue;
                }
                // A group's first sub-heading saying the group's words again (`2.1. Tồn
                // tại, hạn chế` under `2. Tồn tại, hạn chế và nguyên nhân`) is inside it.
                if numbered_under(&self.marker(first), &self.marker(hit.block)) {
                    continue;
                }
                // One section told under two sibling headings in a row, each with its own
                // words after the title (`4. Nguyên nhân khách quan`, `5. Nguyên nhân chủ
                // quan`): the second goes on with the first, as one saying it by keywords
                // does. The same heading twice is the section written twice.
                let kind = self.kind(hit.block);
                if i > 0
                    && hits[i - 1].block == first
                    && self.kind(first) == kind
                    && numbered_next(&self.marker(first), &self.marker(hit.block), kind)
                    && self.bare(first) != self.bare(hit.block)
                {
                    continue;
                }
                let first_line = self.index.line_number(self.blocks[first].start);
                let finding = Finding::DuplicateSection {
                    section: id.clone(),
                    title: title.clone(),
                    first_line,
                };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
                continue;
            }
            seen.push((hit.section, hit.block));
            let promoted = !sections.contains(&hit.section);
            match latest {
                _ if promoted => {}
                Some(furthest) if furthest > hit.section => {
                    let after = self.outline.sections[furthest].title.clone();
                    let finding = Finding::SectionOrder {
                        section: id.clone(),
                        title: title.clone(),
                        after,
                    };
                    self.diagnostics
                        .push(Diagnostic::new(finding, self.location(hit.block)));
                }
                _ => latest = Some(hit.section),
            }
            if hit.folded {
                let finding = Finding::NoDiacritics {
                    section: id.clone(),
                    title: title.clone(),
                };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
            }
            let level = hit.level.unwrap_or(suggest);
            if hit.pseudo && !hit.lead_in {
                let line = as_heading(&self.blocks[hit.block], self.text, level, self.heading_end(hit.block));
                let finding = Finding::PseudoHeading {
                    section: id.clone(),
                    title: title.clone(),
                    level,
                    line,
                    bold: self.blocks[hit.block].all_bold,
                    written: self.written_at(level),
                };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
            }
            let next = (i + 1..hits.len()).find(|&j| !repeated[j]).map(|j| hits[j].block);
            let end = self.span_end(hit, next, range.end);
            // One heading for two sections ("Hạn chế, khuyết điểm và nguyên nhân") whose
            // own sub-headings part them ("a) Hạn chế, khuyết điểm", "b) Nguyên nhân"):
            // the second section starts at the sub-heading that says it.
            // Or, in a merged heading's text, a paragraph opening with the second's title
            // and a colon (`* Nguyên nhân: …`): that paragraph is the second's, whole.
            // A heading saying three (`HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM`): the
            // second's text is parted again where the third's starts.
            let mut hit = *hit;
            let mut parted = false;
            while let Some(second) = hit.merged
                && let Some((split, lead_in)) = self.split_merged(&hit, second, end)
            {
                seen.push((second, split));
                latest = Some(second);
                self.place(&hit, split, false);
                nested.push((hit, split));
                let parent = self.outline.sections[second].parent;
                let third = (second + 1..self.outline.sections.len())
                    .find(|&s| self.outline.sections[s].parent == parent)
                    .filter(|&t| {
                        self.score(hits[i].block, t) > 0
                            && !seen.iter().any(|&(s, _)| s == t)
                            && !hits.iter().any(|h| h.section == t || h.merged == Some(t))
                    });
                hit = Hit {
                    block: split,
                    section: second,
                    merged: third,
                    lead_in,
                    ..hit
                };
                self.used.insert(split);
                parted = true;
            }
            if parted && hit.merged.is_none() {
                self.place(&hit, end, false);
                nested.push((hit, end));
                continue;
            }
            let hit = &hit;
            self.place(hit, end, false);
            if let Some(second) = hit.merged {
                seen.push((second, hit.block));
                latest = Some(second);
                let finding = Finding::MergedSections {
                    section: self.outline.sections[second].id.clone(),
                    title: self.outline.sections[second].title.clone(),
                    with: self.outline.sections[hit.section].title.clone(),
                };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
                self.place(hit, end, true);
            }
            nested.push((*hit, end));
        }
        // Sub-sections once every section of this level is placed, so that one promoted
        // to this level is not also looked for, and reported missing, inside its parent.
        // Promoted sub-sections first: the sub-sections under them are then not looked
        // for, and reported missing, under their outline parent.
        nested.sort_by_key(|(hit, _)| sections.contains(&hit.section));
        for (hit, end) in nested {
            let mut children = self.outline.sections[hit.section].children.clone();
            let mut regrouped: Option<Placed> = None;
            if !sections.contains(&hit.section)
                && let Some(parent) = self.outline.sections[hit.section].parent
            {
                // A promoted sub-section: the sub-sections after it are looked for under it,
                // and those before it that its heading names too (`II. HẠN CHẾ, NGUYÊN NHÂN
                // VÀ BÀI HỌC KINH NGHIỆM` over `1. Hạn chế`, `2. Nguyên nhân`, `3. Bài học
                // kinh nghiệm`: the part is the lessons by its best words, and a heading
                // over the three).
                let placed = |c: usize| self.placed.iter().any(|p| p.section == c);
                children = self.outline.sections[parent]
                    .children
                    .iter()
                    .copied()
                    .filter(|&c| c > hit.section || (!placed(c) && self.score(hit.block, c) > 0))
                    .collect();
                // Such a heading over the three is their group: its own section is the
                // heading's under it that says it (`3. Bài học kinh nghiệm`), where there
                // is one.
                let said_under = (hit.block + 1..end.min(self.blocks.len()))
                    .any(|b| self.normalized[b].is_some() && self.match_block(b, &[hit.section]).is_some());
                if said_under
                    && children.iter().any(|&c| c < hit.section)
                    && let Some(own) = self
                        .placed
                        .iter()
                        .position(|p| p.section == hit.section && p.heading == hit.block && !p.merged)
                {
                    let own = self.placed.remove(own);
                    let at = children.partition_point(|&c| c < hit.section);
                    children.insert(at, hit.section);
                    regrouped = Some(own);
                }
            }
            if !children.is_empty() {
                let child_parent_level = if hit.pseudo {
                    parent_level
                } else {
                    hit.level.unwrap_or(parent_level)
                };
                let own_level = hit.level.unwrap_or(suggest);
                self.level(
                    hit.block + 1..end,
                    child_parent_level,
                    own_level.saturating_add(1),
                    &children,
                    false,
                );
            }
            if let Some(own) = regrouped
                && !self.placed.iter().any(|p| p.section == own.section)
            {
                self.placed.push(own);
            }
        }

        let placed_now: HashSet<usize> = self.placed.iter().map(|p| p.section).collect();
        let mut unfound: Vec<(usize, Location)> = Vec::new();
        for (position, &section) in sections.iter().enumerate() {
            if seen.iter().any(|(s, _)| *s == section) || placed_now.contains(&section) {
                continue;
            }
            let next_present = sections[position + 1..]
                .iter()
                .find_map(|s| seen.iter().find(|(f, _)| f == s).map(|&(_, block)| block));
            let location = match next_present {
                Some(block) => self.location(block),
                None if range.end < self.blocks.len() => self.location(range.end),
                None if !top && range.start > 0 => self.location(range.start - 1),
                // Never past the end of the file: at its last block.
                None => self.last_line(),
            };
            if !top && self.parent_heading_fills(section, &range, &seen) {
                continue;
            }
            if self.rescue(section, &range, sections, &seen, parent_level, suggest) {
                continue;
            }
            if self.lead_in_after_placed(section, &range) {
                continue;
            }
            if self.by_text(section, &range, sections, &seen, parent_level, suggest) {
                continue;
            }
            if !top && self.titled_elsewhere(section, &range) {
                continue;
            }
            if self.headed_by_children(section, &range, parent_level, suggest) {
                continue;
            }
            // Its sub-sections written as parts of their own (`II. NHỮNG MẶT LÀM ĐƯỢC`, `III.
            // TỒN TẠI, HẠN CHẾ` … with no results part): the section is there through them,
            // and only the sub-sections not found are missing.
            let children: Vec<usize> = (0..self.outline.sections.len())
                .filter(|&c| self.outline.sections[c].parent == Some(section))
                .collect();
            let placed = |c: &usize| self.placed.iter().any(|p| p.section == *c);
            if children.iter().any(placed) {
                unfound.extend(children.iter().filter(|c| !placed(c)).map(|&c| (c, location.clone())));
                continue;
            }
            unfound.push((section, location));
        }
        // A section written as the first item of a part that only the rescue found (the
        // leadership part as `* Công tác lãnh đạo, chỉ đạo: …` under a results part found
        // by its keywords after it): looked for again with those parts placed.
        let rescued: Vec<(usize, usize)> = self
            .placed
            .iter()
            .filter(|p| !placed_now.contains(&p.section) && sections.contains(&p.section) && range.contains(&p.heading))
            .map(|p| (p.section, p.heading))
            .collect();
        if !rescued.is_empty() && !unfound.is_empty() {
            let mut anchors = seen.clone();
            anchors.extend(rescued);
            unfound.retain(|&(section, _)| !self.rescue(section, &range, sections, &anchors, parent_level, suggest));
        }
        for (section, location) in unfound {
            let s = &self.outline.sections[section];
            let looked = self.lines(&range);
            // Looked for again under each sub-section written as a part (`## 2.`, `## 3.` …
            // under `# PHẦN THỨ NHẤT`): said once, for every span it was looked for in.
            let said = self.diagnostics.iter_mut().find_map(|d| match &mut d.finding {
                Finding::MissingSection {
                    section: id, looked, ..
                } if *id == s.id => Some(looked),
                _ => None,
            });
            if let Some(before) = said {
                *before = (before.0.min(looked.0), before.1.max(looked.1));
                continue;
            }
            let finding = Finding::MissingSection {
                section: s.id.clone(),
                title: s.title.clone(),
                looked,
                closest: self.closest(section, &range),
            };
            self.diagnostics.push(Diagnostic::new(finding, location));
        }
    }

    /// The first item of the part whose heading a line stands in for at `part`: the first
    /// line standing in for a heading, numbered otherwise than the part (`1.` under
    /// `II.`), or paragraph opening with a title and a colon, before any heading, any
    /// line numbered as the part and anything placed; a sentence announcing the items
    /// (ending with a colon) is passed over.
    fn first_item(&self, part: usize, end: usize) -> Option<usize> {
        let rank = self.rank(part)?;
        for b in part + 1..end {
            if self.wrapped.contains(b) && b == part + 1 {
                continue;
            }
            if self.level_of(b).is_some() || self.wrappers.contains(b) || self.is_apparatus(b) {
                return None;
            }
            if self.normalized[b].is_some() && self.numbered_or_capitals(b) {
                return self.rank(b).is_some_and(|inner| inner > rank).then_some(b);
            }
            // A line set apart in bold is how a Word user makes a sub-heading without
            // numbers (`***Về công tác quán triệt …***`).
            if self.normalized[b].is_some() && self.blocks[b].all_bold {
                return Some(b);
            }
            if lead_in_title(&self.blocks[b]).is_some() {
                return Some(b);
            }
            // Only a sentence announcing the items (`… đạt được kết quả như sau:`) may
            // come before the first.
            if self.used.contains(b) || !self.blocks[b].text.trim_end().ends_with(':') {
                return None;
            }
        }
        None
    }

    /// How deep a line's numbering puts it, shallowest first: `Phần`, `A.`, `I.`, `1.`,
    /// `a)`; none for a line not numbered.
    /// Whether the heading or stand-in `block` stands as high as `other` or higher: by
    /// their heading levels, else by how they are numbered (`III.` as `II.`, `4.` as `3.`,
    /// not `3.1.`).
    fn as_high_as(&self, block: usize, other: usize) -> bool {
        // `3.1.` is numbered as `3.` is, one level deeper.
        let numbered = |or: bool| match (self.rank(block), self.rank(other)) {
            (Some(own), Some(higher)) if own == higher => {
                number_depth(&self.marker(block)) <= number_depth(&self.marker(other))
            }
            (Some(own), Some(higher)) => own < higher,
            _ => or,
        };
        match (self.level_of(block), self.level_of(other)) {
            (Some(own), Some(higher)) if own != higher => own < higher,
            // One heading style for every heading (`## II.` over `## 1.`): their numbering
            // tells.
            (Some(_), Some(_)) => numbered(true),
            (None, None) => numbered(false),
            _ => false,
        }
    }

    fn rank(&self, block: usize) -> Option<u8> {
        match self.kind(block) {
            Kind::Division => Some(0),
            Kind::Letter if self.marker(block).trim_start().starts_with(char::is_uppercase) => Some(1),
            Kind::Roman => Some(2),
            Kind::Arabic => Some(3),
            Kind::Letter => Some(4),
            Kind::Plain => None,
        }
    }

    /// Where an item found by [`Self::first_item`] ends: at the next line numbered as it
    /// is (a paragraph `2. Việc xây dựng, thực hiện quy chế dân chủ ở cơ sở: …` too), the
    /// next paragraph opening with a title and a colon or heading-like line (for an item
    /// that is such a paragraph), or any heading or placed line.
    fn item_end(&self, item: usize, end: usize) -> usize {
        let kind = self.kind(item);
        let lead = self.normalized[item].is_none();
        // An unnumbered bold item ends at the next line set apart as it is.
        let bold = kind == Kind::Plain && self.blocks[item].all_bold;
        (item + 1..end)
            .find(|&b| {
                self.level_of(b).is_some()
                    || self.wrappers.contains(b)
                    || self.is_apparatus(b)
                    || self.placed.iter().any(|p| p.heading == b)
                    || self.normalized[b].is_some() && (lead || bold && self.blocks[b].all_bold)
                    || kind != Kind::Plain && self.kind(b) == kind
                    || lead && lead_in_title(&self.blocks[b]).is_some()
            })
            .unwrap_or(end)
    }

    /// A section that none of its level's headings is, but a deeper heading or a stand-in
    /// names clearly (`### 5. Tác động` under `## III. ĐÁNH GIÁ CHUNG`, which matches
    /// nothing): by its title, or by keywords no other section has that make up half its
    /// words or a phrase of two words at least opening it, where the outline's order has room for it
    /// (after the sections before it that were found, before those after). Failing that, a
    /// heading of its siblings' own level that by keywords is this section and no other,
    /// out of the outline's order (a `section-order` warning). Its span runs to the end of
    /// the innermost span it was in (else to the next heading as shallow); the spans that
    /// held it end before it.
    fn rescue(
        &mut self,
        section: usize,
        range: &Range<usize>,
        sections: &[usize],
        seen: &[(usize, usize)],
        parent_level: u8,
        suggest: u8,
    ) -> bool {
        let Some(position) = sections.iter().position(|&s| s == section) else {
            return false;
        };
        let block_of = |s: &usize| seen.iter().find(|(f, _)| f == s).map(|&(_, b)| b);
        let from = sections[..position]
            .iter()
            .filter_map(block_of)
            .max()
            .map_or(range.start, |b| b + 1);
        let to = sections[position + 1..]
            .iter()
            .filter_map(block_of)
            .min()
            .unwrap_or(range.end)
            .min(range.end);
        let clearly = |b: usize| {
            if let Some((_, folded)) = self.match_block(b, &[section]) {
                return Some(folded);
            }
            // A phrase of two words at least that opens the heading says it, where half
            // the heading's words do not (`4. Tác động của việc thực hiện Kết luận`; not
            // `a) Tạo chuyển biến về tác phong …`).
            let bare = self.bare(b);
            (self.said_by_keywords(bare, section)
                || self.opens_with_keyword(b, section) && self.says_only(bare, section))
            .then_some(false)
        };
        let candidate = |b: usize| {
            self.normalized[b].is_some()
                && (!self.used.contains(b) || self.inside.contains(b))
                && !self.wrappers.contains(b)
                && !self.context.contains(b)
                && !self.captions[b]
                && !self.is_apparatus(b)
                && !self.placed.iter().any(|p| p.heading == b)
        };
        // Out of the outline's order (`III. KIẾN NGHỊ` before `IV. TÁC ĐỘNG CỦA VIỆC
        // THỰC HIỆN …`), a heading of its siblings' own level that by its keywords is this
        // section and no other.
        // Its siblings' level: their heading level, or for lines standing in for headings
        // their numbering (`III.`, not `3.`).
        let shape = |b: usize| (self.level_of(b), self.kind(b));
        let sibling = seen.first().map(|&(_, b)| shape(b));
        // Or numbered as the parts around the sections are (`E. TÁC ĐỘNG` after `D.
        // PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ`): a part of its own there.
        let part_shaped = |b: usize| (0..self.blocks.len()).any(|w| self.wrappers.contains(w) && shape(w) == shape(b));
        let out_of_order = |b: usize| {
            let bare = self.bare(b);
            ((sibling == Some(shape(b)) || part_shaped(b)) && self.says_only(bare, section)).then_some(false)
        };
        let in_order = (from..to).find_map(|b| candidate(b).then(|| clearly(b).map(|folded| (b, folded))).flatten());
        // Where it stands says half of it: as the first sub-heading of the section after
        // it, a title holding two phrases of this section's and none of another's is it,
        // however many other words it has (`1. Việc quán triệt, tổ chức triển khai thực
        // hiện`; not `1. Công tác tuyên truyền, học tập`).
        let first_says = |b: usize| {
            clearly(b).or_else(|| {
                let bare = self.bare(b);
                (self.says_only(bare, section)
                    && phrases_in(bare, self.outline.sections[section].match_keywords.iter())
                        .filter(|k| k.len() >= RESCUE_PHRASE_WORDS)
                        .count()
                        >= 2)
                    .then_some(false)
            })
        };
        // Written as the first sub-heading of the section after it (`# II. KẾT QUẢ THỰC
        // HIỆN KẾT LUẬN` over `## 1. Lãnh đạo, chỉ đạo`, `## 2. Ưu điểm` …): by its title
        // or keywords, the first heading under that section's, deeper than it.
        let next_heading = sections[position + 1..].first().and_then(block_of).filter(|&b| b == to);
        let next_section = sections.get(position + 1).copied();
        // The first item itself, or the first item of the sub-section that opens that
        // section (`I. KẾT QUẢ THỰC HIỆN` / `1. Những mặt làm được` / `a) Công tác lãnh
        // đạo, chỉ đạo`).
        let says_item = |first: usize| {
            let says = |b: usize| {
                (self.normalized[b].is_some() && candidate(b))
                    .then(|| first_says(b).map(|folded| (b, folded)))
                    .flatten()
            };
            says(first).or_else(|| {
                let opens_child = self.placed.iter().any(|p| {
                    p.heading == first && !p.merged && self.outline.sections[p.section].parent == next_section
                });
                opens_child
                    .then(|| self.first_item(first, range.end).and_then(says))
                    .flatten()
            })
        };
        let under_next = || {
            let next = next_heading?;
            // A heading over items numbered below it, set apart only in bold (`###
            // I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC` / `**1. Công tác lãnh đạo, chỉ đạo, hướng dẫn**`):
            // its first item, as under a line standing in for the part.
            let stand_in_item = || says_item(self.first_item(next, range.end)?);
            let Some(depth) = self.level_of(next) else {
                // A line standing in for that section's heading (`**II. KẾT QUẢ THỰC
                // HIỆN**`): its first item numbered below it (`**1. Công tác quán triệt,
                // lãnh đạo, chỉ đạo**`), by its title or keywords, or its first paragraph
                // opening with this section's title and a colon (`* Công tác lãnh đạo, chỉ
                // đạo: …`), after a sentence announcing the items.
                let first = self.first_item(next, range.end)?;
                if self.normalized[first].is_none() {
                    // A paragraph, numbered or not, whose title before the colon says it.
                    return (self.label_says(first, section) && !self.used.contains(first)).then_some((first, false));
                }
                return says_item(first);
            };
            let Some(first) = (next + 1..range.end).find(|&b| self.level_of(b).is_some()) else {
                return stand_in_item();
            };
            if self.level_of(first).is_some_and(|l| l <= depth) {
                return stand_in_item();
            }
            says_item(first)
        };
        let nested_in_next = in_order.is_none().then(under_next).flatten();
        let moved = in_order.is_none() && nested_in_next.is_none();
        let Some((block, folded)) = in_order.or(nested_in_next).or_else(|| {
            (range.start..range.end).find_map(|b| candidate(b).then(|| out_of_order(b).map(|f| (b, f))).flatten())
        }) else {
            return false;
        };
        // The first item of a part standing in for its heading ends at the part's next
        // item: the part's own text goes on after it.
        let item_end = nested_in_next
            .filter(|_| self.level_of(block).is_none())
            .map(|_| self.item_end(block, range.end));
        let lead_in = item_end.is_some() && self.normalized[block].is_none();
        let level = self.level_of(block);
        let ancestor = |s: usize| {
            let mut at = self.outline.sections[section].parent;
            while let Some(a) = at {
                if a == s {
                    return true;
                }
                at = self.outline.sections[a].parent;
            }
            false
        };
        // The spans it was in, but its parent's, and the section it is written under the
        // heading of, whose sub-sections follow it there.
        let holding: Vec<usize> = (0..self.placed.len())
            .filter(|&i| {
                let p = &self.placed[i];
                p.heading < block
                    && block < p.body.end
                    && !ancestor(p.section)
                    && !(nested_in_next.is_some() && Some(p.heading) == next_heading)
            })
            .collect();
        let end = holding
            .iter()
            .map(|&i| self.placed[i].body.end)
            .chain(item_end)
            .min()
            .unwrap_or_else(|| {
                let to = if moved || nested_in_next.is_some() {
                    range.end
                } else {
                    to
                };
                (block + 1..to)
                    .find(|&b| {
                        self.wrappers.contains(b)
                            || self.is_apparatus(b)
                            || level.is_some_and(|l| self.level_of(b).is_some_and(|m| m <= l))
                    })
                    .unwrap_or(to)
            });
        let start = self.blocks[block].start;
        let mut rest = Vec::new();
        for &i in &holding {
            let p = &mut self.placed[i];
            // An item ends before the span that held it does: the span goes on after it
            // (the achievements after the leadership item `a)` under `1. Những mặt làm được`).
            if item_end.is_some_and(|e| e < p.body.end) {
                let from = self.blocks[end].start;
                rest.push(Placed {
                    section: p.section,
                    heading: end,
                    body: end..p.body.end,
                    heading_bytes: from..from,
                    content_bytes: from..p.content_bytes.end.max(from),
                    pseudo: p.pseudo,
                    merged: false,
                });
            }
            p.body.end = block;
            p.content_bytes.end = start.max(p.content_bytes.start);
        }
        self.placed.extend(rest);
        self.used.insert(block);
        let at = self.location(block);
        self.diagnostics
            .retain(|d| !(matches!(d.finding, Finding::UnknownSection { .. }) && d.location == at));
        let hit = Hit {
            block,
            section,
            folded,
            pseudo: level.is_none(),
            level,
            merged: None,
            lead_in,
        };
        self.place(&hit, end, false);
        let s = &self.outline.sections[section];
        if moved {
            // Found by the weaker test, but out of order only where it stands outside its
            // siblings' span (the appendix's title after the signature, past the requests,
            // is in its place): after a later sibling, or before an earlier one.
            let found = |of: &[usize]| -> Vec<(usize, usize)> {
                of.iter().filter_map(|s| block_of(s).map(|b| (b, *s))).collect()
            };
            let order = if block >= to {
                found(&sections[position + 1..])
                    .into_iter()
                    .filter(|&(b, _)| b < block)
                    .min()
                    .map(|(_, later)| (section, later, at.clone()))
            } else if block < from {
                found(&sections[..position])
                    .into_iter()
                    .filter(|&(b, _)| b > block)
                    .max()
                    .map(|(b, earlier)| (earlier, section, self.location(b)))
            } else {
                None
            };
            if let Some((first, then, location)) = order {
                let finding = Finding::SectionOrder {
                    section: self.outline.sections[first].id.clone(),
                    title: self.outline.sections[first].title.clone(),
                    after: self.outline.sections[then].title.clone(),
                };
                self.diagnostics.push(Diagnostic::new(finding, location));
            }
        }
        if folded {
            let finding = Finding::NoDiacritics {
                section: s.id.clone(),
                title: s.title.clone(),
            };
            self.diagnostics.push(Diagnostic::new(finding, at.clone()));
        }
        if hit.pseudo && !lead_in {
            let line = as_heading(&self.blocks[block], self.text, suggest, self.heading_end(block));
            let finding = Finding::PseudoHeading {
                section: s.id.clone(),
                title: s.title.clone(),
                level: suggest,
                line,
                bold: self.blocks[block].all_bold,
                written: self.written_at(suggest),
            };
            self.diagnostics.push(Diagnostic::new(finding, at));
        }
        let children = self.outline.sections[section].children.clone();
        if !children.is_empty() {
            let own = level.unwrap_or(suggest);
            self.level(
                block + 1..end,
                level.unwrap_or(parent_level),
                own.saturating_add(1),
                &children,
                false,
            );
        }
        true
    }

    /// A title block whose subject names documents (`Chỉ thị số 05-CT/TW`), none of which
    /// the campaign's title names (`Kết luận số 114-KL/TW`): a report of another campaign,
    /// whatever sections it happens to have.
    /// Another document filed after the report: said, with how many paragraphs of it
    /// go uncompiled.
    fn other_document(&mut self, document: &crate::report::apparatus::Attached) {
        let paragraphs = self.paragraphs_of_text(document.text..self.blocks.len());
        let finding = Finding::AttachedDocument {
            number: document.number.clone(),
            issuer: document.issuer.clone(),
            subject: document.subject.clone(),
            paragraphs,
            filed: crate::diagnostic::Filed::After,
        };
        let location = self.location(document.start);
        self.diagnostics.push(Diagnostic::new(finding, location));
    }

    /// How many paragraphs of text another document holds in `blocks`: not its header's,
    /// title's or signature's lines.
    fn paragraphs_of_text(&self, blocks: Range<usize>) -> usize {
        self.blocks[blocks]
            .iter()
            .filter(|b| b.kind != crate::read::markdown::BlockKind::Table && b.words(TEXT_MIN_WORDS) >= TEXT_MIN_WORDS)
            .count()
    }

    /// A list of people filed after the signature: said, with its caption and rows.
    fn list_of_people(&mut self, list: Range<usize>) {
        let captions: Vec<&str> = self.blocks[list.clone()]
            .iter()
            .filter(|b| b.kind != crate::read::markdown::BlockKind::Table)
            .map(|b| b.text.trim().trim_matches(['*', '_']).trim())
            .collect();
        // Its own title (`DANH SÁCH …`) rather than the appendix number over it.
        let title = captions
            .iter()
            .find(|c| normalize_bare(&normalize(c)).starts_with("danh sach"))
            .or(captions.first())
            .map_or_else(String::new, |c| (*c).to_owned());
        let rows = self.blocks[list.end - 1].rows.len().saturating_sub(1);
        let finding = Finding::AttachedList { title, rows };
        let location = self.location(list.start);
        self.diagnostics.push(Diagnostic::new(finding, location));
    }

    /// Sections still missing whose titles open lead-ins in the text of a part whose title
    /// says more than its own section (`III. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT, KIẾN NGHỊ`, the
    /// requests by its tail, over `- Hạn chế: …`, `- Nguyên nhân: …`, `- Tác động: …`,
    /// `- Đề xuất, kiến nghị: …`): each lead-in is its section's, to the next one, and a
    /// lead-in saying the part's own section goes back to it. Two lead-ins at least, by
    /// their sections' titles: a part written so is a list of the sections it assesses.
    fn leads_under_a_wider_title(&mut self) {
        let mut missing: Vec<usize> = (0..self.outline.sections.len())
            .filter(|&s| {
                let id = &self.outline.sections[s].id;
                self.diagnostics
                    .iter()
                    .any(|d| matches!(&d.finding, Finding::MissingSection { section, .. } if section == id))
            })
            .collect();
        for i in 0..self.placed.len() {
            if missing.is_empty() {
                return;
            }
            let part = self.placed[i].clone();
            // A lead-in itself among lead-ins (`- Bài học kinh nghiệm: …` over `- Tác động:
            // …`): the next lead-in naming a missing section is that one's.
            let lead = self.normalized[part.heading].is_none() && lead_in_title(&self.blocks[part.heading]).is_some();
            let wider = self.normalized[part.heading].is_some()
                && !self.opens_with_keyword(part.heading, part.section)
                && self.match_block(part.heading, &[part.section]).is_none();
            if part.merged || !(lead || wider) {
                continue;
            }
            let leads: Vec<(usize, usize)> = part
                .body
                .clone()
                .filter(|&b| !self.used.contains(b))
                .filter_map(|b| {
                    let full = normalize(lead_in_title(&self.blocks[b])?);
                    let bare = normalize_bare(&full);
                    missing
                        .iter()
                        .copied()
                        .chain([part.section])
                        .find(|&s| self.titled(&full, &bare, s) || self.said_by_keywords(&bare, s))
                        .map(|s| (b, s))
                })
                .collect();
            let needed = if lead { 1 } else { 2 };
            if leads.len() < needed || leads.iter().all(|&(_, s)| s == part.section) {
                continue;
            }
            let first = self.blocks[leads[0].0].start;
            let own = &mut self.placed[i];
            own.body.end = leads[0].0;
            own.content_bytes.end = first.max(own.content_bytes.start);
            for (k, &(block, section)) in leads.iter().enumerate() {
                let stop = leads.get(k + 1).map_or(part.body.end, |&(next, _)| next);
                self.place_lead_in(block, section, stop);
                if section != part.section {
                    let id = self.outline.sections[section].id.clone();
                    self.diagnostics
                        .retain(|d| !matches!(&d.finding, Finding::MissingSection { section, .. } if *section == id));
                    missing.retain(|&s| s != section);
                }
            }
        }
    }

    /// A cover letter filed over the report: said, at its first line.
    fn cover_letter(&mut self, letter: &crate::report::apparatus::Letter) {
        let (paragraphs, filed) = if letter.envelope {
            (letter.report - letter.text, crate::diagnostic::Filed::Envelope)
        } else {
            (
                self.paragraphs_of_text(letter.text..letter.report),
                crate::diagnostic::Filed::Letter,
            )
        };
        let finding = Finding::AttachedDocument {
            number: letter.number.clone(),
            issuer: None,
            subject: letter.excerpt.clone(),
            paragraphs,
            filed,
        };
        let location = self.location(0);
        self.diagnostics.push(Diagnostic::new(finding, location));
    }

    fn other_campaign(&mut self, subject: Option<(usize, String)>) {
        let Some((block, subject)) = subject else {
            return;
        };
        let named = crate::report::apparatus::document_references(&subject);
        if named.is_empty() {
            return;
        }
        let expected = self
            .outline
            .title_references
            .get_or_init(|| crate::report::apparatus::document_references(&self.outline.title));
        if expected.is_empty() || named.iter().any(|n| expected.contains(n)) {
            return;
        }
        let finding = Finding::OtherCampaign {
            subject,
            expected: expected.join(", "),
        };
        self.diagnostics.push(Diagnostic::new(finding, self.location(block)));
    }

    /// An anchor (a heading that says a section's title) that also says the next sibling
    /// by its keywords, where no other heading is that sibling, fills both (`Tồn tại, hạn
    /// chế và nguyên nhân`), as a heading aligned by keywords does. A part may so say a
    /// sub-section of a part before it, too ([`Self::said_back`]).
    fn merge_anchors(&self, hits: &mut [Hit], sections: &[usize], top: bool) {
        let present: HashSet<usize> = hits
            .iter()
            .flat_map(|h| [Some(h.section), h.merged])
            .flatten()
            .collect();
        let mut claimed: HashSet<usize> = HashSet::new();
        let free = |s: usize, claimed: &HashSet<usize>| {
            sections.contains(&s) && !present.contains(&s) && !claimed.contains(&s)
        };
        for i in 0..hits.len() {
            let hit = hits[i];
            if hit.merged.is_some() {
                continue;
            }
            let parent = self.outline.sections[hit.section].parent;
            let sibling = |s: &usize| self.outline.sections[*s].parent == parent;
            let next = (hit.section + 1..self.outline.sections.len()).find(sibling);
            if let Some(next) = next.filter(|&n| free(n, &claimed) && self.score(hit.block, n) > 0) {
                hits[i].merged = Some(next);
                claimed.insert(next);
                continue;
            }
            // The sibling before, said first (`V. NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM`, the
            // lessons' title after the causes'): the heading opens its pair, where no
            // heading before says a later section. The first sub-section is said by its
            // part's words too (`1. Kết quả và hạn chế` under `II. KẾT QUẢ THỰC HIỆN`: the
            // achievements and the limitations).
            let previous = (0..hit.section).rev().find(sibling);
            let said_by_part = |p: usize| {
                parent.is_some_and(|parent| {
                    self.outline.sections[parent].children.first() == Some(&p)
                        && self.opens_with_keyword(hit.block, parent)
                })
            };
            if let Some(previous) = previous.filter(|&p| {
                free(p, &claimed)
                    && (self.opens_with_keyword(hit.block, p) || said_by_part(p))
                    && hits[..i].iter().all(|h| h.section < p || !sibling(&h.section))
            }) {
                hits[i].section = previous;
                hits[i].merged = Some(hit.section);
                claimed.insert(previous);
                continue;
            }
            if top && let Some(back) = self.said_back(&hit, hits, |s| !present.contains(&s) && !claimed.contains(&s)) {
                hits[i].merged = Some(back);
                claimed.insert(back);
            }
        }
    }

    /// The sub-section of a part found before `hit` that `hit`'s heading says after its
    /// own title, by a phrase of two words or more (`III. ĐÁNH GIÁ TÁC ĐỘNG VÀ BÀI HỌC
    /// KINH NGHIỆM` after `II. KẾT QUẢ …`, which has no lessons): the unit wrote the
    /// lessons with the impact. Not where a heading outside the part, or a paragraph's
    /// title before it, says that sub-section: then another part has it.
    fn said_back(&self, hit: &Hit, hits: &[Hit], free: impl Fn(usize) -> bool) -> Option<usize> {
        let bare = self.bare(hit.block);
        let sections = &self.outline.sections;
        let found_before = |p: usize| hits.iter().any(|h| h.section == p && h.block < hit.block);
        // The part's own span: a sub-heading in it may say the sub-section (`2. Bài học
        // kinh nghiệm` under it), which then parts it.
        let next = hits.iter().map(|h| h.block).filter(|&b| b > hit.block).min();
        let own = hit.block..next.unwrap_or(self.blocks.len());
        (0..sections.len()).find(|&s| {
            sections[s].parent.is_some_and(|p| p < hit.section && found_before(p))
                && free(s)
                && !self.opens_with_keyword(hit.block, s)
                && sections[s]
                    .match_keywords
                    .iter()
                    .any(|k| k.len() >= RESCUE_PHRASE_WORDS && keyword_score(bare, std::slice::from_ref(k)) > 0)
                && !(0..self.blocks.len()).filter(|b| !own.contains(b)).any(|b| {
                    self.normalized[b].is_some() && (self.score(b, s) > 0 || self.match_block(b, &[s]).is_some())
                        || b < hit.block && self.label_says(b, s)
                })
        })
    }

    /// A sub-section with no heading of its own, before the first sub-section found, that
    /// its parent's heading says by keywords (`III. KẾT QUẢ ĐẠT ĐƯỢC` with no
    /// `1. Ưu điểm` under it, or `II. Kết quả nổi bật` beside `III. Hạn chế …`): the
    /// parent's own text, up to its first sub-section, is this one's, with a
    /// `merged-sections` note.
    fn parent_heading_fills(&mut self, section: usize, range: &Range<usize>, seen: &[(usize, usize)]) -> bool {
        let Some(parent_block) = range.start.checked_sub(1) else {
            return false;
        };
        let Some(parent) = self.outline.sections[section].parent else {
            return false;
        };
        let Some(parent_at) = self
            .placed
            .iter()
            .position(|p| p.heading == parent_block && p.section == parent)
        else {
            return false;
        };
        let parent_hit = &self.placed[parent_at];
        // A parent said by a lead-in (`**Về kết quả đạt được:** Lãnh đạo xã tiếp …`, in a
        // report whose parts are all lead-ins): its paragraph is its text, and its label
        // may say its first sub-section too.
        let lead_in = parent_hit.heading_bytes.is_empty() && parent_hit.body.start == parent_block;
        if seen.iter().any(|&(s, _)| s < section) || self.normalized[parent_block].is_none() && !lead_in {
            return false;
        }
        let first_sub = seen
            .iter()
            .map(|&(_, b)| b)
            .filter(|&b| b >= range.start)
            .min()
            .unwrap_or(range.end);
        // The parent's own text ends at a part of the unit's own as high as the parent
        // (`III. ĐÁNH GIÁ CHUNG` after `II. KẾT QUẢ THỰC HIỆN`, the limits under it): what
        // is found under that part is not set apart under the parent.
        let first_sub = (range.start..first_sub)
            .find(|&b| self.normalized[b].is_some() && self.as_high_as(b, parent_block))
            .unwrap_or(first_sub);
        // Said by the parent's heading, or the parent's first sub-section where the parent
        // sets none of its sub-sections apart under it (`II. KẾT QUẢ TRÊN CÁC LĨNH VỰC`
        // over the results, field by field, the limits a part of their own after it, `III.
        // HẠN CHẾ …`, or a run-in `* Về hạn chế: …`): its text, enough for the section, is
        // what the first one asks. A parent with `2. Tồn tại, hạn chế` under it, and no
        // `1.`, lacks the first.
        let set_apart_below = |b: usize| {
            self.run_in_of(b).is_none()
                && !opens_a_paragraph(&self.blocks[b])
                && !crate::text::words::longer_than(&self.blocks[b].text, STAND_IN_MAX_CHARS)
                && match (
                    self.blocks[b].heading_level(),
                    self.blocks[parent_block].heading_level(),
                ) {
                    (Some(own), Some(parent)) => own > parent,
                    // Numbered deeper than the parent (`2.` under `II.`), not above it (`II.
                    // HẠN CHẾ` after `2. Kết quả thực hiện` under `I.`: a part of its own).
                    _ => match (self.rank(b), self.rank(parent_block)) {
                        (Some(own), Some(parent)) => own > parent,
                        _ => self.kind(b) != self.kind(parent_block),
                    },
                }
        };
        // Or the parent's text before it is told under headings of the unit's own (`1. Về
        // xây dựng đội ngũ …`, `a) Trong tiếp dân …` under `II. KẾT QUẢ THỰC HIỆN`, before
        // `3. Hạn chế`): results told field by field, not an opening paragraph.
        let first_child = (first_sub >= range.end
            || !set_apart_below(first_sub)
            || self.own_heading_in(parent_block, range.start..first_sub).is_some())
            && !self.outline.sections[..section]
                .iter()
                .any(|s| s.parent == Some(parent));
        let written = || {
            let min = self.outline.sections[section].min_words.max(1);
            let mut words = 0;
            for block in &self.blocks[range.start..first_sub] {
                if words >= min {
                    break;
                }
                if block.heading_level().is_none() {
                    words += block.words(min - words);
                }
            }
            words >= min
        };
        let says = if lead_in {
            lead_in_title(&self.blocks[parent_block]).is_some_and(|title| {
                let full = normalize(title);
                let bare = normalize_bare(&full);
                self.titled(&full, &bare, section)
                    || keyword_score(&bare, &self.outline.sections[section].match_keywords) > 0
            })
        } else {
            self.score(parent_block, section) > 0
        };
        if !(says || first_child && written()) {
            return false;
        }
        let content_start = parent_hit.content_bytes.start;
        let parent_heading = parent_hit.heading_bytes.clone();
        let pseudo = parent_hit.pseudo;
        let content_end = self
            .blocks
            .get(first_sub)
            .map_or(self.text.len(), |b| b.start)
            .max(content_start);
        // A heading saying two of its sub-sections with nothing under it to part them
        // (`II. KẾT QUẢ ĐẠT ĐƯỢC VÀ HẠN CHẾ`): the second starts at the paragraph that
        // opens it (`Bên cạnh những kết quả đạt được, … còn một số hạn chế: …`), as under
        // a heading merging two sections.
        if let Some(sharer) = self.placed.iter().position(|p| {
            p.heading == parent_block
                && !p.merged
                && p.body.len() > 1
                && self.outline.sections[p.section].parent == Some(parent)
                && p.section < section
        }) {
            let (before, body) = (self.placed[sharer].section, self.placed[sharer].body.clone());
            let opens = (body.start + 1..body.end).find(|&b| {
                let block = &self.blocks[b];
                !self.used.contains(b)
                    && !self.is_apparatus(b)
                    && !self.wrappers.contains(b)
                    && self.level_of(b).is_none()
                    && self.normalized[b].is_none()
                    && (self.opens_as(block, section, before) || self.announces_still(block, section))
            });
            if let Some(split) = opens {
                let start = marked_start(&self.blocks[split], self.text);
                let shared = &mut self.placed[sharer];
                let end = shared.body.end;
                let content_end = shared.content_bytes.end;
                shared.body.end = split;
                shared.content_bytes.end = start.max(shared.content_bytes.start);
                self.used.insert(split);
                self.placed.push(Placed {
                    section,
                    heading: split,
                    body: split..end,
                    heading_bytes: start..start,
                    content_bytes: start..content_end.max(start),
                    pseudo: true,
                    merged: false,
                });
                return true;
            }
        }
        let finding = Finding::MergedSections {
            section: self.outline.sections[section].id.clone(),
            title: self.outline.sections[section].title.clone(),
            with: self.outline.sections[parent].title.clone(),
        };
        self.diagnostics
            .push(Diagnostic::new(finding, self.location(parent_block)));
        // A heading saying several sub-sections (`II/ KẾT QUẢ ĐẠT ĐƯỢC, HẠN CHẾ VÀ NGUYÊN
        // NHÂN`) gives its text to the first; the others share it, as a merged heading's
        // second section does: the text once, counted for each.
        let shared = self
            .placed
            .iter()
            .any(|p| p.heading == parent_block && !p.merged && self.outline.sections[p.section].parent == Some(parent));
        // Its heading is the parent's, its text starts where the parent's does: the
        // parent's own text ends there (see `excerpt`). A sharer's is empty.
        let (body, heading_bytes, content_bytes) = if shared {
            (first_sub..first_sub, parent_heading, content_end..content_end)
        } else {
            (
                if lead_in { parent_block } else { range.start }..first_sub,
                content_start..content_start,
                content_start..content_end,
            )
        };
        // A lead-in's paragraph is the parent's text and its heading at once: given to the
        // sub-section whole, the parent keeps none of it (each would cut the other's out).
        if lead_in && !shared {
            let parent = &mut self.placed[parent_at];
            parent.content_bytes.end = parent.content_bytes.start;
        }
        self.placed.push(Placed {
            section,
            heading: parent_block,
            body,
            heading_bytes,
            content_bytes,
            pseudo,
            merged: shared,
        });
        true
    }

    /// A section with sub-sections and no heading of its own, whose sub-sections are there
    /// under the section placed before it (`I. CÔNG TÁC LÃNH ĐẠO …` then `1. Những kết quả
    /// nổi bật`, `2. Tồn tại, hạn chế` … and no `II. KẾT QUẢ …`; the outline's questions
    /// run in, `**Những kết quả nổi bật …?** …`): it starts at its first sub-section's
    /// line, which ends the section before, and its sub-sections are looked for from there;
    /// a `section-without-heading` note. Two of them at least, by their titles, in the
    /// outline's order, inside that one section's span.
    fn headed_by_children(&mut self, section: usize, range: &Range<usize>, parent_level: u8, suggest: u8) -> bool {
        let children = &self.outline.sections[section].children;
        if children.len() < 2 {
            return false;
        }
        let mut found: Vec<(usize, usize)> = Vec::new();
        for b in range.clone() {
            if self.normalized[b].is_none()
                || self.used.contains(b)
                || self.is_apparatus(b)
                || self.wrappers.contains(b)
                || self.placed.iter().any(|p| p.heading == b)
            {
                continue;
            }
            if let Some((child, _)) = self.match_block(b, children)
                && found.last().is_none_or(|&(_, c)| c < child)
            {
                found.push((b, child));
            }
        }
        let (Some(&(mut first, mut first_child)), true) = (found.first(), found.len() >= 2) else {
            return false;
        };
        // The sub-sections before it numbered on to it and saying earlier ones by their
        // keywords (`1. Mặt được`, `2. Mặt chưa được` before `3. Nguyên nhân`) are the
        // part's too.
        let kind = self.kind(first);
        while kind != Kind::Plain
            && let Some(before) = (0..first).rev().find(|&b| self.normalized[b].is_some())
            && self.kind(before) == kind
            && numbered_next(&self.marker(before), &self.marker(first), kind)
            && !self.used.contains(before)
            && !self.placed.iter().any(|p| p.heading == before)
            && let Some(&earlier) = children.iter().find(|&&c| c < first_child && self.score(before, c) > 0)
        {
            first = before;
            first_child = earlier;
        }
        // The section before, in the outline's order, whose span holds them all.
        let last = found[found.len() - 1].0;
        let Some(host) = self
            .placed
            .iter()
            .filter(|p| !p.merged && p.section < section && p.body.start <= first && last < p.body.end)
            .max_by_key(|p| p.body.end)
        else {
            return false;
        };
        let (end, content_end) = (host.body.end, host.content_bytes.end);
        let start = marked_start(&self.blocks[first], self.text);
        for p in self.placed.iter_mut().filter(|p| p.body.contains(&first)) {
            p.body.end = first;
            p.content_bytes.end = start.max(p.content_bytes.start);
        }
        self.placed.push(Placed {
            section,
            heading: first,
            body: first..end,
            heading_bytes: start..start,
            content_bytes: start..content_end.max(start),
            pseudo: true,
            merged: false,
        });
        let finding = Finding::SectionWithoutHeading {
            section: self.outline.sections[section].id.clone(),
            title: self.outline.sections[section].title.clone(),
            first: self.outline.sections[first_child].title.clone(),
        };
        self.diagnostics.push(Diagnostic::new(finding, self.location(first)));
        let children = children.clone();
        self.level(first..end, parent_level, suggest.saturating_add(1), &children, false);
        true
    }

    /// A section no heading says, nor any line the rescue looks at: a heading at this
    /// level that says no section of the outline and is no context part (`III. ĐÁNH GIÁ
    /// CHUNG`, `V. Nhận xét chung`) is it when its first paragraphs say it by the section's
    /// keywords or the phrases its text uses (`text_keywords`: `niềm tin`, `chuyển biến`),
    /// and it is the only such heading. A heading over a text that says nothing of the
    /// section (`Nhìn chung, … kết quả giữa các đơn vị chưa đồng đều`) is not it, and the
    /// section stays missing, the heading named as the closest. At this level: a heading
    /// as deep as a section found here, or a line numbered as one. Its text is read to the
    /// next heading or line numbered as it is; its span runs on over the unit's own parts
    /// after it to the next section found; a `section-by-text` note.
    fn by_text(
        &mut self,
        section: usize,
        range: &Range<usize>,
        sections: &[usize],
        seen: &[(usize, usize)],
        parent_level: u8,
        suggest: u8,
    ) -> bool {
        // The sections of this level found, by the alignment or the rescue (the
        // leadership part as the first item of the results part).
        let siblings: Vec<usize> = seen
            .iter()
            .filter(|(s, _)| sections.contains(s))
            .map(|&(_, b)| b)
            .chain(
                self.placed
                    .iter()
                    .filter(|p| !p.merged && sections.contains(&p.section))
                    .map(|p| p.heading),
            )
            .collect();
        let at_level = |b: usize| {
            siblings.iter().any(|&h| match (self.level_of(b), self.level_of(h)) {
                (Some(own), Some(theirs)) => own == theirs,
                // A line numbered as the parts are, whether they are headings or lines.
                _ => self.rank(b).is_some() && self.rank(b) == self.rank(h),
            })
        };
        let placed_at = |b: usize| self.placed.iter().any(|p| p.heading == b);
        let candidates: Vec<usize> = range
            .clone()
            .filter(|&b| {
                self.normalized[b].as_ref().is_some_and(|(_, bare)| !bare.is_empty())
                    && (self.level_of(b).is_some() || is_heading_like(&self.blocks[b]))
                    && !placed_at(b)
                    && !self.used.contains(b)
                    && !self.wrappers.contains(b)
                    && !self.is_apparatus(b)
                    && !self.is_context(b)
                    && at_level(b)
                    && self.says_none(b)
            })
            .collect();
        let end_of = |b: usize| self.part_end(b, range.end);
        let found: Vec<usize> = candidates
            .into_iter()
            .filter(|&b| end_of(b) > b + 1 && self.text_says(b + 1..end_of(b), section))
            .collect();
        let [block] = found[..] else {
            return false;
        };
        let hit = Hit {
            block,
            section,
            folded: false,
            pseudo: self.level_of(block).is_none(),
            level: self.level_of(block),
            merged: None,
            lead_in: false,
        };
        let end = end_of(block);
        // Its span runs on over the unit's own parts after it to the next section found: a
        // part of models after the results said by their text is the results', not the
        // section's before them, whose span ends here.
        let span_end = (end..range.end)
            .find(|&n| placed_at(n) || self.wrappers.contains(n) || self.is_apparatus(n))
            .unwrap_or(range.end);
        let start = self.blocks[block].start;
        let parent = self.outline.sections[section].parent;
        for p in self.placed.iter_mut() {
            if p.heading < block && block < p.body.end && Some(p.section) != parent && !p.merged {
                p.body.end = block;
                p.content_bytes.end = start.max(p.content_bytes.start);
            }
        }
        self.used.insert(block);
        self.place(&hit, span_end, false);
        // Said, not unknown.
        let at = self.location(block);
        self.diagnostics
            .retain(|d| !(matches!(d.finding, Finding::UnknownSection { .. }) && d.location == at));
        let finding = Finding::SectionByText {
            section: self.outline.sections[section].id.clone(),
            title: self.outline.sections[section].title.clone(),
            heading: self.blocks[block]
                .text
                .trim_matches(|c: char| c == '*' || c.is_whitespace())
                .to_owned(),
        };
        self.diagnostics.push(Diagnostic::new(finding, self.location(block)));
        // Its sub-sections are looked for under it, as under a heading that says it, and
        // under the parts of the unit's own after it that say none either, one after the
        // other, where one of their sub-headings is a sub-section by its title (`III. ĐÁNH
        // GIÁ CHUNG` over `1. Tồn tại, hạn chế`, `2. Nguyên nhân`) — not a part of models
        // whose names happen to hold its keywords (`1. Mô hình “Tháo gỡ khó khăn …”`).
        let children = self.outline.sections[section].children.clone();
        if !children.is_empty() {
            let level = self.level_of(block);
            let mut to = end;
            while to < range.end
                && to > block
                && self.says_none(to)
                && !self.placed.iter().any(|p| p.heading == to)
                && !self.wrappers.contains(to)
                && !self.is_apparatus(to)
            {
                let part_end = self.part_end(to, range.end);
                if !(to + 1..part_end).any(|b| self.normalized[b].is_some() && self.match_block(b, &children).is_some())
                {
                    break;
                }
                to = part_end;
            }
            self.level(
                block + 1..to,
                level.unwrap_or(parent_level),
                level.unwrap_or(suggest).saturating_add(1),
                &children,
                false,
            );
        }
        true
    }

    /// Where the part a heading of the unit's own opens ends: at the next heading or line
    /// numbered as it is, or at the next section found, before `to`.
    fn part_end(&self, heading: usize, to: usize) -> usize {
        (heading + 1..to)
            .find(|&n| {
                self.placed.iter().any(|p| p.heading == n)
                    || match (self.level_of(n), self.level_of(heading)) {
                        (Some(own), Some(theirs)) => own <= theirs,
                        (None, None) => {
                            self.normalized[n].is_some() && self.rank(n).is_some() && self.rank(n) <= self.rank(heading)
                        }
                        _ => false,
                    }
            })
            .unwrap_or(to)
    }

    /// Whether a heading says no section of the outline by its keywords.
    fn says_none(&self, block: usize) -> bool {
        (0..self.outline.sections.len()).all(|s| self.score(block, s) == 0)
    }

    /// Whether the first paragraphs of `blocks` (a heading's text) say `section` by its
    /// keywords or the phrases its text uses (`text_keywords`).
    fn text_says(&self, blocks: Range<usize>, section: usize) -> bool {
        const PARAGRAPHS_READ: usize = 2;
        let s = &self.outline.sections[section];
        blocks
            .filter(|&n| self.blocks[n].heading_level().is_none())
            .take(PARAGRAPHS_READ)
            .any(|n| {
                let bare = normalize_bare(&normalize(&self.blocks[n].text));
                phrases_in(&bare, s.match_keywords.iter().chain(&s.match_text_keywords))
                    .next()
                    .is_some()
            })
    }

    /// The first heading of the unit's own among `blocks`, under the part at `parent`: a
    /// heading deeper than the part's, or a line standing in for one numbered below it
    /// (`***1. Về xây dựng đội ngũ …***`, `2.1. Về cải cách hành chính` under `II. KẾT
    /// QUẢ THỰC HIỆN`), that no section was found at.
    fn own_heading_in(&self, parent: usize, blocks: Range<usize>) -> Option<usize> {
        let parent_rank = self.rank(parent);
        blocks.into_iter().find(|&b| {
            !self.placed.iter().any(|p| p.heading == b)
                && !self.is_apparatus(b)
                && !self.wrapped.contains(b)
                && match (self.level_of(b), self.level_of(parent)) {
                    (Some(own), Some(parent)) => own > parent,
                    (Some(_), None) => true,
                    (None, _) => {
                        self.normalized[b].is_some()
                            && is_heading_like(&self.blocks[b])
                            && match self.rank(b) {
                                Some(r) => parent_rank.is_none_or(|p| r > p),
                                // Set apart in bold without numbers, under a numbered part.
                                None => self.blocks[b].all_bold && parent_rank.is_some(),
                            }
                    }
                }
        })
    }

    /// A part's first sub-section written in two places: the results told field by field
    /// under headings of the unit's own (`2.1. Về xây dựng chính quyền …`, `2.2. Về cải
    /// cách hành chính …` under `II. KẾT QUẢ THỰC HIỆN`), then summed up where the unit
    /// sets them apart later (`3. Đánh giá chung` / `a) Ưu điểm`). The part's own text
    /// before the first sub-section found is that sub-section's too, when that one is
    /// the part's first and the text is told under such headings: the section is filled
    /// from both places, in document order (`excerpt` joins them), and the part keeps
    /// only its opening sentence when it has nothing else. A part whose own text is an
    /// opening paragraph, with no heading of the unit's own in it, keeps it.
    fn split_first_child(&mut self) {
        let mut found = Vec::new();
        for part in self.placed.iter().filter(|p| !p.merged) {
            let Some(&first) = self.outline.sections[part.section].children.first() else {
                continue;
            };
            let inside = |p: &&Placed| p.heading > part.heading && p.heading < part.body.end;
            let Some(child) = self
                .placed
                .iter()
                .filter(inside)
                .filter(|p| self.outline.sections[p.section].parent == Some(part.section))
                .min_by_key(|p| p.heading)
            else {
                continue;
            };
            if child.section != first || child.merged || self.placed.iter().filter(|p| p.section == first).count() > 1 {
                continue;
            }
            // Blocks of the part's own text before the child: not inside another section
            // found in the part (the leadership part as its item `1.`).
            let others: Vec<Range<usize>> = self
                .placed
                .iter()
                .filter(inside)
                .filter(|p| p.heading < child.heading)
                .map(|p| p.heading..p.body.end)
                .collect();
            let own = |b: &usize| !others.iter().any(|r| r.contains(b));
            let Some(opening) = (part.heading + 1..child.heading)
                .filter(own)
                .find(|&b| self.own_heading_in(part.heading, b..b + 1).is_some())
            else {
                continue;
            };
            let min = self.outline.sections[first].min_words.max(1);
            let mut words = 0;
            for b in (opening + 1..child.heading).filter(own) {
                if words >= min {
                    break;
                }
                if self.blocks[b].heading_level().is_none() {
                    words += self.blocks[b].words(min - words);
                }
            }
            if words < min {
                continue;
            }
            let start = self.blocks[opening].start;
            let end = self.blocks[child.heading].start;
            found.push(Placed {
                section: first,
                heading: opening,
                body: opening..child.heading,
                heading_bytes: start..start,
                content_bytes: start..end,
                pseudo: part.pseudo,
                merged: false,
            });
        }
        self.placed.extend(found);
    }

    /// Where a heading or stand-in ends in the source: after its second line when it is
    /// wrapped over two, after its title when it runs into its text.
    fn heading_end(&self, block: usize) -> usize {
        if let Some(run_in) = self.run_in_of(block) {
            return run_in.heading_end;
        }
        if self.wrapped.contains(block + 1) {
            return self.blocks[block + 1].end;
        }
        self.blocks[block].end
    }

    /// A heading line right after a section's heading, at its level, with no text
    /// between: the section's heading wrapped over two heading lines.
    fn continues_heading(&self, block: usize, hits: &[Hit]) -> bool {
        let Some(previous) = block.checked_sub(1) else {
            return false;
        };
        hits.iter().any(|h| h.block == previous && !h.pseudo)
            && self.level_of(block) == self.level_of(previous)
            && is_capitals(&self.blocks[block].text) == is_capitals(&self.blocks[previous].text)
    }

    /// Whether the report's headings in `range` are short bold lines, unnumbered and in
    /// small letters: at least [`BOLD_OUTLINE_MIN_LINES`] of them say one of `family`
    /// by its title or keywords, and no line numbered or in capitals says one (the
    /// appendix and what follows it aside).
    fn bold_outline(&self, range: Range<usize>, family: &[usize]) -> bool {
        let appendix = self.outline.appendix.section;
        let says = |b: usize| {
            self.normalized[b].is_some()
                && self.level_of(b).is_none()
                && !self.used.contains(b)
                && !self.wrappers.contains(b)
                && !self.is_apparatus(b)
                && family
                    .iter()
                    .any(|&s| Some(s) != appendix && (self.score(b, s) > 0 || self.match_block(b, &[s]).is_some()))
        };
        let end = (range.start..range.end)
            .find(|&b| appendix.is_some_and(|a| self.match_block(b, &[a]).is_some()))
            .unwrap_or(range.end);
        let mut bold = 0;
        for b in range.start..end {
            if !says(b) {
                continue;
            }
            if self.numbered_or_capitals(b) {
                return false;
            }
            let block = &self.blocks[b];
            if block.all_bold && self.kind(b) == Kind::Plain && is_heading_like(block) {
                bold += 1;
            }
        }
        bold >= BOLD_OUTLINE_MIN_LINES
    }

    /// A numbered or capitals line: the only stand-ins aligned by keywords (a bold line
    /// that says "kết quả" may be emphasis).
    fn numbered_or_capitals(&self, block: usize) -> bool {
        let b = &self.blocks[block];
        opens_with_numbering(b, self.text) || is_capitals(&b.text)
    }

    /// The file's last line with text: a finding about the end of the file is placed
    /// inside it, not on the empty line after the final newline.
    fn last_line(&self) -> Location {
        let end = self.text.trim_end().len();
        self.index.locate_line(self.index.line_number(end.saturating_sub(1)))
    }

    /// First and last line of a range of blocks.
    fn lines(&self, range: &Range<usize>) -> (usize, usize) {
        let first = self
            .blocks
            .get(range.start)
            .map_or(1, |b| self.index.line_number(b.start));
        let last = range
            .end
            .checked_sub(1)
            .and_then(|i| self.blocks.get(i))
            .map_or(first, |b| self.index.line_number(b.end.saturating_sub(1)));
        (first, last.max(first))
    }

    /// The heading in `range` most like the section: by keywords, then by how close its
    /// words are to the title's (Sørensen–Dice over character pairs).
    fn closest(&self, section: usize, range: &Range<usize>) -> Option<Closest> {
        let s = &self.outline.sections[section];
        let mut best: Option<(usize, f64)> = None;
        for block in range.clone() {
            let Some((_, bare)) = self.normalized[block].as_ref() else {
                continue;
            };
            // A heading that is another section already is not this one's; a row of a
            // table pasted as tab-separated cells (`7<TAB>Đơn thư đã giải quyết<TAB>…`) is
            // no heading (`I.<TAB>CÔNG TÁC …` has one tab).
            if self.is_apparatus(block)
                || self.used.contains(block) && !self.inside.contains(block)
                || bare.is_empty()
                || bare.len() > HEADING_MAX_BYTES
                || self.blocks[block].text.matches('\t').nth(1).is_some()
            {
                continue;
            }
            let likeness = s
                .bare_titles
                .iter()
                .map(|t| strsim::sorensen_dice(bare, t))
                .fold(0.0, f64::max)
                + self.score(block, section) as f64;
            if best.is_none_or(|(_, l)| likeness > l) {
                best = Some((block, likeness));
            }
        }
        let (block, likeness) = best?;
        if likeness < 0.3 {
            return None;
        }
        let b = &self.blocks[block];
        let line = self.index.line_number(b.start);
        let last = self.index.line_number(b.end.saturating_sub(1));
        Some(Closest {
            line,
            heading: b.text.chars().take(120).collect(),
            continues: (last > line).then_some(line + 1),
        })
    }

    /// A span ends at the next hit, at the next real heading shallower than the hit's
    /// level or as shallow that bounds a part of its own (not one the alignment put
    /// inside), at the unit's closing apparatus, or at the end of the enclosing range.
    fn span_end(&self, hit: &Hit, next_hit: Option<usize>, range_end: usize) -> usize {
        let mut bound = next_hit.unwrap_or(range_end).min(range_end);
        if let Some(apparatus) = self
            .apparatus
            .iter()
            .find(|r| r.start > hit.block && r.start < bound && !self.sign_offs.contains(r))
        {
            bound = apparatus.start;
        }
        let Some(level) = hit.level else {
            return (hit.block + 1..bound)
                .find(|&b| self.wrappers.contains(b) || self.context.contains(b))
                .unwrap_or(bound);
        };
        (hit.block + 1..bound)
            .find(|&b| {
                self.wrappers.contains(b) || self.level_of(b).is_some_and(|l| l <= level && !self.inside.contains(b))
            })
            .unwrap_or(bound)
    }

    /// Whether a paragraph opens as `section`, the text before it being `before`'s: with
    /// the section's very title, colon or not (`Nguyên nhân chủ yếu là …`), or with
    /// `before`'s words then the title (`Những hạn chế nêu trên có nguyên nhân …`: the
    /// limitations, given their causes).
    fn opens_as(&self, block: &Block, section: usize, before: usize) -> bool {
        let Some((full, bare)) = opening(block) else {
            return false;
        };
        if self.titled(&full, &bare, section) {
            return true;
        }
        let (words, bare_words): (Vec<&str>, Vec<&str>) = (full.split(' ').collect(), bare.split(' ').collect());
        if words.len() != bare_words.len() {
            return false;
        }
        let first = &self.outline.sections[before].match_keywords;
        let titles = &self.outline.sections[section].bare_titles;
        // `(Những) hạn chế …`: the sentence is about the section before, named first.
        let named_from = words.iter().take_while(|w| DETERMINERS.contains(w)).count();
        if !first
            .iter()
            .any(|k| bare_words[named_from..].starts_with(&k.iter().map(String::as_str).collect::<Vec<_>>()))
        {
            return false;
        }
        (named_from + 1..words.len().min(LEAD_BACK_WORDS)).any(|at| {
            // `Những hạn chế nêu trên (có cả | do một số | đó là do các) | nguyên nhân`: the
            // section before, pointed back at. Without the pointing back (`Kỹ năng dân vận
            // còn hạn chế, nguyên nhân do …`) the sentence is one of that section's.
            let mut head = &words[..at];
            while let Some((last, rest)) = head.split_last()
                && LEAD_BACK_LINKS.contains(last)
            {
                head = rest;
            }
            head.last().is_some_and(|w| POINTING_BACK.contains(w))
                && titles.iter().any(|t| matches_title(&bare_words[at..].join(" "), t))
        })
    }

    /// Whether a paragraph opens with one of `section`'s keyword phrases of two words or
    /// more, after a determiner (`Bài học rút ra là …`, `Những kinh nghiệm …`): under a
    /// heading saying two sections, where the second's part of the text starts.
    fn opens_with_phrase(&self, block: &Block, section: usize) -> bool {
        let Some((full, bare)) = opening(block) else {
            return false;
        };
        let (words, bare_words): (Vec<&str>, Vec<&str>) = (full.split(' ').collect(), bare.split(' ').collect());
        if words.len() != bare_words.len() {
            return false;
        }
        let from = words.iter().take_while(|w| DETERMINERS.contains(w)).count();
        let phrases = || {
            self.outline.sections[section]
                .match_keywords
                .iter()
                .filter(|k| k.len() >= RESCUE_PHRASE_WORDS)
        };
        if phrases().any(|k| bare_words[from..].iter().zip(k).filter(|(a, b)| *a == b).count() == k.len()) {
            return true;
        }
        // Or announces it in a clause ended by a colon (`Qua thực hiện Kết luận, Đảng ủy
        // rút ra một số bài học kinh nghiệm: một là …`).
        let Some(lead) = announcing_clause(block) else {
            return false;
        };
        let lead = normalize_bare(&lead);
        let lead: Vec<&str> = lead.split(' ').filter(|w| !w.is_empty()).collect();
        phrases().any(|k| {
            let k: Vec<&str> = k.iter().map(String::as_str).collect();
            lead.ends_with(&k) || lead.len() > k.len() && lead[..lead.len() - 1].ends_with(&k)
        })
    }

    /// Whether a paragraph announces what is lacking in a clause ended by a colon,
    /// in one of `section`'s phrases (`Bên cạnh những kết quả đạt được, công tác dân vận
    /// của xã còn một số hạn chế: …`, `Tuy nhiên, vẫn còn những khó khăn, vướng mắc: …`):
    /// a sentence opening with the words (`Khó khăn, vướng mắc của Nhân dân được giải quyết
    /// …`, `Hạn chế tối đa …`) or a clause naming them as what was remedied (`… tháo gỡ khó
    /// khăn, vướng mắc: …`) tells what was done; `bộc lộ`, `vẫn tồn tại`, `gặp` say it.
    fn announces_still(&self, block: &Block, section: usize) -> bool {
        let Some(full) = announcing_clause(block) else {
            return false;
        };
        let named_from = full.split(' ').take_while(|w| DETERMINERS.contains(w)).count();
        let lead = normalize_bare(&full);
        let lead: Vec<&str> = lead.split(' ').filter(|w| !w.is_empty()).collect();
        self.outline.sections[section]
            .match_keywords
            .iter()
            .filter(|k| !k.is_empty())
            .any(|k| {
                let k: Vec<&str> = k.iter().map(String::as_str).collect();
                // Named first after a determiner (`Những hạn chế của công tác dân vận của xã
                // là: …`; `Hạn chế tối đa việc …:` is what was done), or said
                // still there at the clause's end, a word after it at most (`… còn một số
                // hạn chế sau:`).
                named_from > 0 && lead.get(named_from..).is_some_and(|rest| rest.starts_with(&k))
                    || (0..lead.len()).any(|at| {
                        lead[at..].starts_with(&k)
                            && lead.len() - (at + k.len()) <= 1
                            && (lead[..at].contains(&"con") || !REMEDIES.iter().any(|r| contains_words(&lead[..at], r)))
                    })
            })
    }

    /// Whether a paragraph opens with a request of a superior in a keyword of `section`
    /// (`Đề nghị Tỉnh ủy …`, `Đảng ủy xã kiến nghị Trung ương …`): under a heading saying
    /// the solutions and the proposals together, the proposals start there.
    fn asks_as(&self, block: &Block, section: usize) -> bool {
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) {
            return false;
        }
        let opening: Vec<&str> = block.text.split_whitespace().take(REQUEST_MAX_WORDS).collect();
        let bare = normalize_bare(&normalize(&opening.join(" ")));
        let words: Vec<&str> = bare.split(' ').collect();
        self.outline.sections[section].match_keywords.iter().any(|k| {
            (0..words.len()).any(|i| {
                words.len() > i + k.len()
                    && words[i..i + k.len()].iter().zip(k).all(|(w, k)| w == k)
                    && crate::report::apparatus::names_superior(&words[i + k.len()..])
            })
        })
    }

    /// Whether block `b`, a paragraph of `before`'s text that no heading or apparatus
    /// took, starts `section`: by the section's title and a colon, or as [`Self::opens_as`]
    /// says (with no section before it, right under its parent's heading, only by the
    /// first). A numbered line is a heading the alignment placed or left, not a paragraph.
    fn leads_in(&self, b: usize, section: usize, before: Option<usize>) -> bool {
        let block = &self.blocks[b];
        !self.used.contains(b)
            && self.level_of(b).is_none()
            && !opens_with_numbering(block, self.text)
            && !self.is_apparatus(b)
            && !self.wrappers.contains(b)
            && !self.context.contains(b)
            && (self.label_says(b, section) || before.is_some_and(|before| self.opens_as(block, section, before)))
    }

    /// Whether the title block `b` opens with before a colon says `section`: by the
    /// section's title, or, for a label with its text after it (`**Hạn chế, khuyết
    /// điểm:** Việc …`), which has no other reading, by its keywords alone. A line standing
    /// alone (`\\* Hạn chế:`) is left to the stand-ins, which weigh keywords against
    /// every section's.
    fn label_says(&self, b: usize, section: usize) -> bool {
        lead_in_title(&self.blocks[b]).is_some_and(|title| {
            let full = normalize(title);
            let bare = normalize_bare(&full);
            self.titled(&full, &bare, section) || self.normalized[b].is_none() && self.said_by_keywords(&bare, section)
        })
    }

    /// Whether a short title (without diacritics) says `section` by its keywords alone:
    /// they make up half its words at least, and no other section's are in it (`Hạn chế,
    /// khuyết điểm`).
    fn said_by_keywords(&self, bare: &str, section: usize) -> bool {
        let score = keyword_score(bare, &self.outline.sections[section].match_keywords);
        2 * score >= bare.split(' ').filter(|w| !w.is_empty()).count() && self.says_only(bare, section)
    }

    /// Whether a title (without diacritics) holds keywords of `section` and of no other.
    fn says_only(&self, bare: &str, section: usize) -> bool {
        let sections = &self.outline.sections;
        keyword_score(bare, &sections[section].match_keywords) > 0
            && (0..sections.len()).all(|s| s == section || keyword_score(bare, &sections[s].match_keywords) == 0)
    }

    /// Whether a title (normalised, and without diacritics) opens with one of `section`'s.
    fn titled(&self, full: &str, bare: &str, section: usize) -> bool {
        let s = &self.outline.sections[section];
        s.match_titles.iter().any(|t| matches_title(full, t)) || s.bare_titles.iter().any(|t| matches_title(bare, t))
    }

    /// Sections this level has not found that open a paragraph of the text before them
    /// (`**Nguyên nhân:** …` under the limitations, with no heading of its own): found
    /// there by their titles, after the hit of a section the outline puts before them
    /// and before any it puts after, the paragraph kept whole as their text. Besides this
    /// level's sections, a sub-section whose sibling before it was promoted to this level
    /// (`IV- NHỮNG TỒN TẠI, HẠN CHẾ` as a part) is looked for so too; the first of a
    /// parent's sub-sections is looked for inside its parent, at the level below.
    fn lead_ins(
        &mut self,
        hits: &mut Vec<Hit>,
        sections: &[usize],
        family: &[usize],
        range: Range<usize>,
        level: Option<u8>,
        top: bool,
    ) {
        let outline = self.outline;
        let sibling_before = |s: usize| {
            let parent = outline.sections[s].parent;
            (0..s).rev().find(|&t| outline.sections[t].parent == parent)
        };
        let wanted: Vec<usize> = family
            .iter()
            .copied()
            .filter(|&s| {
                sections.contains(&s)
                    || sibling_before(s).is_some_and(|b| !sections.contains(&b) && hits.iter().any(|h| h.section == b))
            })
            .collect();
        // No part found but the appendix: the parts may be written as lead-ins before it.
        let appendix = self.outline.appendix.section;
        if top && hits.iter().all(|h| Some(h.section) == appendix) {
            let end = hits.first().map_or(range.end, |h| h.block);
            let parts: Vec<usize> = wanted.iter().copied().filter(|&s| Some(s) != appendix).collect();
            self.lead_in_outline(hits, &parts, range.start..end, level);
            hits.sort_by_key(|h| h.block);
        }
        for section in wanted {
            if hits.iter().any(|h| h.section == section || h.merged == Some(section))
                || self.placed.iter().any(|p| p.section == section)
            {
                continue;
            }
            // Sections are numbered in the outline's order, parents before their children.
            let before = hits
                .iter()
                .filter(|h| h.section < section)
                .max_by_key(|h| h.block)
                .copied();
            let to = hits
                .iter()
                .filter(|h| h.section > section)
                .map(|h| h.block)
                .min()
                .unwrap_or(range.end)
                .min(range.end);
            let found = match before {
                // After some text of the section before: a title right under its heading
                // would leave that section nothing. A lead-in is its section's text.
                Some(before) => {
                    let from = before.block + if before.lead_in { 1 } else { 2 };
                    (from..to)
                        .find(|&b| self.leads_in(b, section, Some(before.section)) && self.leads_to(b, to, section))
                }
                // A sub-section before any other of its parent's: right under the parent's
                // heading, by its title and a colon (`### II. ĐÁNH GIÁ KẾT QUẢ` over `**Ưu
                // điểm:** …`, `**Hạn chế:** …`).
                None if outline.sections[section].parent.is_some() && !top => {
                    (range.start..to).find(|&b| self.leads_in(b, section, None) && self.leads_to(b, to, section))
                }
                None => None,
            };
            if let Some(block) = found {
                self.used.insert(block);
                hits.push(Hit {
                    block,
                    section,
                    folded: false,
                    pseudo: true,
                    level,
                    merged: None,
                    lead_in: true,
                });
                hits.sort_by_key(|h| h.block);
            }
        }
    }

    /// A report whose parts are written only as lead-ins (`**Về công tác lãnh đạo, chỉ
    /// đạo:** Ban Thường vụ …`, `**Về kết quả đạt được:** …`, `**Về tác động:** …`), no
    /// heading or line standing in for one saying any part: the lead-ins, in the outline's
    /// order, are the parts, each one's text running to the next; taken only where two
    /// parts at least are so written.
    fn lead_in_outline(&mut self, hits: &mut Vec<Hit>, wanted: &[usize], range: Range<usize>, level: Option<u8>) {
        let mut found: Vec<Hit> = Vec::new();
        for b in range {
            let after = found.last().map(|h| h.section);
            let Some(section) = wanted.iter().copied().find(|&s| self.leads_part(b, s, wanted)) else {
                continue;
            };
            // Out of the outline's order the labels are no outline of the report.
            if after.is_some_and(|a| section <= a) {
                return;
            }
            found.push(Hit {
                block: b,
                section,
                folded: false,
                pseudo: true,
                level,
                merged: None,
                lead_in: true,
            });
        }
        if found.len() >= 2 {
            for hit in &found {
                self.used.insert(hit.block);
            }
            hits.extend(found);
        }
    }

    /// Whether paragraph `b` opens with a label in bold saying the part `section` (its
    /// title, or more of its keywords than of any other part's among `parts`) and a colon:
    /// a label set apart, not a sentence announcing what follows (`Kết quả cụ thể như
    /// sau:`).
    fn leads_part(&self, b: usize, section: usize, parts: &[usize]) -> bool {
        let block = &self.blocks[b];
        let labelled = self.text.get(block.start..block.end).is_some_and(|source| {
            source
                .strip_prefix("**")
                .and_then(|inner| inner.find("**").map(|close| &inner[..close]))
                .is_some_and(|bold| {
                    bold.trim_end().ends_with(':')
                        || source
                            .get(2 + bold.len() + 2..)
                            .is_some_and(|after| after.starts_with(':'))
                })
        });
        if !labelled
            || self.used.contains(b)
            || self.level_of(b).is_some()
            || opens_with_numbering(block, self.text)
            || self.is_apparatus(b)
            || self.wrappers.contains(b)
            || self.context.contains(b)
        {
            return false;
        }
        lead_in_title(block).is_some_and(|title| {
            let full = normalize(title);
            let bare = normalize_bare(&full);
            let score = |s: usize| keyword_score(&bare, &self.outline.sections[s].match_keywords);
            self.titled(&full, &bare, section)
                || (score(section) > 0 && parts.iter().all(|&s| s == section || score(s) < score(section)))
        })
    }

    /// Whether a paragraph at `lead` that opens as `section` may start it, the text up to
    /// `to` then being that section's: no heading comes after it there, and no line that
    /// says another section. A paragraph of `1. Những kết quả nổi bật` opening `Kiến nghị,
    /// đề xuất của cử tri …` is what the achievements say, with `2. Tồn tại, hạn chế` after
    /// it; a `**Nguyên nhân:** …` over its own `- Khách quan:`, `- Chủ quan:` starts the
    /// causes.
    fn leads_to(&self, lead: usize, to: usize, section: usize) -> bool {
        (lead + 1..to).all(|b| {
            self.level_of(b).is_none()
                && (self.normalized[b].is_none()
                    || (0..self.outline.sections.len())
                        .filter(|&s| s != section)
                        .all(|s| self.score(b, s) == 0 && self.match_block(b, &[s]).is_none()))
        })
    }

    /// A sub-section its parent's span does not hold, whose own title heads a line inside
    /// another part (`1. Bài học kinh nghiệm` under `IV. BÀI HỌC KINH NGHIỆM VÀ TÁC ĐỘNG`,
    /// the part the impact took): that line is it, to the next line set apart or placed,
    /// its text cut out of the part's. By its title only, no other section's: keywords say
    /// too little so far from where it belongs.
    fn titled_elsewhere(&mut self, section: usize, range: &Range<usize>) -> bool {
        let all: Vec<usize> = (0..self.outline.sections.len()).collect();
        // Only in a part after the parent's whose own title names this section too: a
        // line under another part that opens with its words is that part's.
        let names_it = |p: &Placed| {
            p.heading >= range.end
                && (self.score(p.heading, section) > 0
                    || self.match_block(p.heading, &all).is_some_and(|(s, _)| s == section))
        };
        let found = (range.end..self.blocks.len()).find_map(|b| {
            let free = self.normalized[b].is_some()
                && !self.used.contains(b)
                && !self.wrappers.contains(b)
                && !self.context.contains(b)
                && !self.captions[b]
                && !self.is_apparatus(b)
                && !self.placed.iter().any(|p| p.heading == b);
            if !free {
                return None;
            }
            let container = self
                .placed
                .iter()
                .filter(|p| p.body.contains(&b))
                .min_by_key(|p| p.body.len())?;
            if !names_it(container) {
                return None;
            }
            let container = container.body.end;
            let (matched, folded) = self.match_block(b, &all)?;
            (matched == section).then_some((b, folded, container))
        });
        let Some((block, folded, container)) = found else {
            return false;
        };
        let end = self.item_end(block, container);
        self.used.insert(block);
        let hit = Hit {
            block,
            section,
            folded,
            pseudo: self.level_of(block).is_none(),
            level: self.level_of(block),
            merged: None,
            lead_in: false,
        };
        self.place(&hit, end, false);
        true
    }

    /// A section no heading is, that opens a paragraph of the section placed before it in
    /// `range` ([`Self::lead_ins`], for sections placed after the alignment: by the rescue
    /// or as a parent's own text): that section ends there, this one goes on to its end.
    fn lead_in_after_placed(&mut self, section: usize, range: &Range<usize>) -> bool {
        // The sections placed before it, the last first and of two at one heading the
        // inner (the results' first sub-section under the results' part): the paragraph
        // is looked for in each one's own text, `- Về tác động: …` among the results'
        // lead-ins too.
        let mut before: Vec<usize> = (0..self.placed.len())
            .filter(|&i| {
                let p = &self.placed[i];
                !p.merged && p.section < section && range.contains(&p.heading)
            })
            .collect();
        before.sort_by_key(|&i| (std::cmp::Reverse(self.placed[i].heading), self.placed[i].body.len()));
        let inner = |b: usize| self.placed.iter().any(|p| p.heading == b);
        // In a section placed earlier than the last, only a lead-in among lead-ins (`- Về
        // kết quả nổi bật: …` / `- Về tác động: …`, as army and police reports write the
        // results), ending where the next one starts: a paragraph of its own
        // (`**Hiệu quả:** …` over the leadership's text) stays that section's.
        let among_lead_ins = |b: usize, end: usize| {
            lead_in_title(&self.blocks[b - 1]).is_some()
                && (b + 1 >= end || lead_in_title(&self.blocks[b + 1]).is_some())
        };
        let Some((i, block)) = before.iter().enumerate().find_map(|(nth, &i)| {
            let p = &self.placed[i];
            let (from, end, owner) = (p.heading, p.body.end.min(range.end), p.section);
            (from + 2..end)
                .take_while(|&b| !inner(b))
                .find(|&b| {
                    self.leads_in(b, section, Some(owner))
                        && self.leads_to(b, end, section)
                        && (nth == 0 || among_lead_ins(b, end))
                })
                .map(|b| (i, b))
        }) else {
            return false;
        };
        let before = &self.placed[i];
        let stop = (block + 1..before.body.end)
            .find(|&b| inner(b))
            .unwrap_or(before.body.end);
        let start = self.blocks[block].start;
        let p = &mut self.placed[i];
        p.body.end = block;
        p.content_bytes.end = start.max(p.content_bytes.start);
        self.place_lead_in(block, section, stop);
        true
    }

    /// Places `section` at the paragraph `block` it opens as a lead-in (`- Tác động: …`), the
    /// whole paragraph its text, to `stop`.
    fn place_lead_in(&mut self, block: usize, section: usize, stop: usize) {
        self.used.insert(block);
        let hit = Hit {
            block,
            section,
            folded: false,
            pseudo: true,
            level: None,
            merged: None,
            lead_in: true,
        };
        self.place(&hit, stop, false);
    }

    /// Where a merged heading's span (`hit.block..end`) parts, after some text or
    /// sub-heading of its first section: at a sub-heading deeper than the heading, or a
    /// line standing in for one (`b) Nguyên nhân`), that says `second` by its title or by
    /// keywords of it alone; or at a paragraph that opens with such a title and a colon
    /// (`* Nguyên nhân: …`, `**Nguyên nhân:** …`), with the second's title itself, or
    /// with a request of a superior in the second's words ([`Self::asks_as`]), which is
    /// then text (`true`).
    fn split_merged(&self, hit: &Hit, second: usize, end: usize) -> Option<(usize, bool)> {
        let says_second = |full: &str, bare: &str| {
            let keywords = |s: usize| keyword_score(bare, &self.outline.sections[s].match_keywords);
            self.titled(full, bare, second) || keywords(second) > 0 && keywords(hit.section) == 0
        };
        // Under a heading, its first paragraph is the first's; after a paragraph that
        // opens a section, the next may open the next.
        let from = if hit.lead_in { hit.block + 1 } else { hit.block + 2 };
        (from..end).find_map(|b| {
            if self.used.contains(b) || self.is_apparatus(b) || self.wrappers.contains(b) {
                return None;
            }
            match (self.level_of(b), &self.normalized[b]) {
                (Some(l), Some((full, bare))) => {
                    (hit.level.is_some_and(|level| l > level) && says_second(full, bare)).then_some((b, false))
                }
                (Some(_), None) => None,
                (None, Some((full, bare))) => says_second(full, bare).then_some((b, false)),
                (None, _) => {
                    let block = &self.blocks[b];
                    let titled = lead_in_title(block).is_some_and(|title| {
                        let full = normalize(title);
                        says_second(&full, &normalize_bare(&full))
                    });
                    (titled
                        || self.opens_as(block, second, hit.section)
                        || self.asks_as(block, second)
                        || self.opens_with_phrase(block, second))
                    .then_some((b, true))
                }
            }
        })
    }

    /// Whether a heading says its section's title and more after it (`Nguyên nhân khách
    /// quan`, `Nguyên nhân của hạn chế`): words of the unit's, not only the title's.
    fn qualifies(&self, hit: &Hit) -> bool {
        let Some((full, bare)) = self.normalized[hit.block].as_ref() else {
            return false;
        };
        let section = &self.outline.sections[hit.section];
        let (heading, titles) = if hit.folded {
            (bare, &section.bare_titles)
        } else {
            (full, &section.match_titles)
        };
        longest_title(heading, titles).is_some_and(|len| heading.len() > len)
    }

    /// Whether `block` is the outline's guidance for `section` left in by a unit writing
    /// over the template (`(Những kết quả nổi bật, có số liệu minh họa.)` under `a) Những
    /// kết quả nổi bật`): one paragraph in brackets saying the section's hint, or most of
    /// it — the outline's words, not the unit's.
    fn is_guidance(&self, block: usize, section: usize) -> bool {
        let Some(hint) = self.outline.sections[section].hint.as_deref() else {
            return false;
        };
        let Some(b) = self.blocks.get(block).filter(|b| b.kind == BlockKind::Paragraph) else {
            return false;
        };
        let text = b.text.trim().trim_matches(['*', '_']).trim_end_matches('.').trim();
        let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
            return false;
        };
        // The hint, or most of it, asked with a verb (`(Nêu những kết quả nổi bật …)`) —
        // never more than it: words of the unit's added (`(Không có kiến nghị …)`, `…:
        // tích cực, rõ nét`) make the line the unit's.
        let (said, hint) = (normalize(inner), normalize(hint));
        let said = GUIDANCE_VERBS
            .iter()
            .find_map(|v| said.strip_prefix(v).and_then(|r| r.strip_prefix(' ')))
            .unwrap_or(&said);
        !said.is_empty() && hint.contains(said) && said.len() * 10 >= hint.len() * 6
    }

    /// Whether `block` opens with a question run in (`**Những kết quả nổi bật …?** …`): the
    /// outline answered question by question.
    fn asked(&self, block: usize) -> bool {
        self.run_in_of(block).is_some_and(|r| r.asks(&self.blocks[block]))
    }

    fn place(&mut self, hit: &Hit, end: usize, merged: bool) {
        let heading = &self.blocks[hit.block];
        let content_end = self
            .blocks
            .get(end)
            .map_or(self.text.len(), |b| marked_start(b, self.text));
        // A heading wrapped over two lines: its second line is heading, not text. So is
        // the outline's guidance left under it by a unit writing over the template.
        let first_body = if (self.wrapped.contains(hit.block + 1) || self.is_guidance(hit.block + 1, hit.section))
            && hit.block + 1 < end
        {
            hit.block + 2
        } else {
            hit.block + 1
        };
        // A run-in heading: the text after its title is the section's; a paragraph
        // opening with the title is the section's whole, and so is one whose title says
        // more than the section's (`1. Nguyên nhân khách quan: …`: which causes) — but
        // not the outline's question asked (`**Những kết quả nổi bật …?** …`): the
        // outline's words, not the unit's.
        let whole = hit.lead_in || self.run_in_of(hit.block).is_some() && self.qualifies(hit) && !self.asked(hit.block);
        let (first_body, heading_end, content_start) = match self.run_in_of(hit.block) {
            _ if whole => (hit.block, heading.start, heading.start),
            Some(run_in) => (hit.block, run_in.heading_end, run_in.content),
            None => {
                let heading_end = self.blocks[first_body - 1].end;
                (first_body, heading_end, heading_end)
            }
        };
        let content_start = content_start.min(content_end);
        self.placed.push(Placed {
            section: if merged {
                hit.merged.unwrap_or(hit.section)
            } else {
                hit.section
            },
            heading: hit.block,
            body: if merged { end..end } else { first_body..end },
            heading_bytes: if whole {
                heading.start..heading.start
            } else {
                marked_start(heading, self.text)..heading_end.max(heading.end)
            },
            content_bytes: if merged {
                content_end..content_end
            } else {
                content_start..content_end
            },
            pseudo: hit.pseudo,
            merged,
        });
    }

    /// A top-level heading the outline does not have, right over a section found under it
    /// (`# IV. ĐÁNH GIÁ CHUNG` over `## 1. Ưu điểm`, `## 2. Hạn chế` …), is a part around
    /// them: structure, as a wrapper is — not an `unknown-section`, and not the last line
    /// of the text before it.
    fn umbrellas(&mut self) {
        let unknown: Vec<Location> = self
            .diagnostics
            .iter()
            .filter(|d| matches!(d.finding, Finding::UnknownSection { .. }))
            .map(|d| d.location.clone())
            .collect();
        let over: Vec<(usize, usize, usize)> = self
            .placed
            .iter()
            .filter(|p| !p.merged && p.heading > 0)
            .map(|p| (p.heading - 1, p.section, p.heading))
            .collect();
        for (b, under, first) in over {
            if self.normalized[b].is_none() {
                continue;
            }
            let at = || self.location(b);
            // A heading the outline does not have, or one of the unit's own right over a
            // deeper one found (`## 3. Đánh giá chung` over `### a) Ưu điểm`).
            let heading = match (self.level_of(b), self.level_of(first)) {
                (Some(part), Some(item)) if part < item => !self.placed.iter().any(|p| p.heading == b),
                (Some(_), _) => !unknown.is_empty() && unknown.contains(&at()),
                (None, _) => false,
            };
            // A line standing in for a heading over sections it names (`**III. HẠN CHẾ,
            // NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM**` over `**1. Hạn chế**`), or numbered
            // above the one right under it (`**3. Đánh giá chung**` over `**a) Ưu điểm**`,
            // `**I. KẾT QUẢ ĐẠT ĐƯỢC**` over `***1. Công tác lãnh đạo, chỉ đạo***`): their
            // part, not a line of the text before it, nor text outside every section.
            let above = || matches!((self.rank(b), self.rank(first)), (Some(part), Some(item)) if part < item);
            let stand_in = self.level_of(b).is_none()
                && !self.used.contains(b)
                && !self.placed.iter().any(|p| p.heading == b)
                && is_heading_like(&self.blocks[b])
                && (self.score(b, under) > 0 || above());
            if !heading && !stand_in {
                continue;
            }
            let at = at();
            self.diagnostics
                .retain(|d| !(matches!(d.finding, Finding::UnknownSection { .. }) && d.location == at));
            self.wrappers.insert(b);
            let start = self.blocks[b].start;
            // The text before it ends there; a part holding both it and the sections under
            // it (`II. KẾT QUẢ` over `1. Kết quả` over `a) …`) goes on, without the line.
            for p in self
                .placed
                .iter_mut()
                .filter(|p| p.heading < b && b < p.body.end && p.body.end <= first)
            {
                p.body.end = b;
                p.content_bytes.end = p.content_bytes.end.min(start).max(p.content_bytes.start);
            }
        }
    }

    /// A section's heading said again right under it, by a line or sub-heading of its
    /// own (`**V. GIẢI PHÁP VÀ KIẾN NGHỊ**` over `**1. Giải pháp**`, `Hạn chế, khuyết điểm
    /// và nguyên nhân` over `a) Tồn tại, hạn chế`): the heading's, structure as a wrapper
    /// is, not the first line of the section's text.
    fn repeated_titles(&mut self) {
        for i in 0..self.placed.len() {
            let p = &self.placed[i];
            let b = p.heading + 1;
            if p.merged || !p.body.contains(&b) || self.normalized[b].is_none() {
                continue;
            }
            let block = &self.blocks[b];
            let at_start = self
                .text
                .get(p.content_bytes.start..block.start)
                .is_some_and(|before| before.trim().is_empty());
            // Its title and nothing more (`a) Nguyên nhân khách quan` is an item of the
            // causes, not their title again).
            let bare = self.bare(b);
            let section = &self.outline.sections[p.section];
            let says = section.bare_titles.iter().any(|t| t == bare)
                || self.says_only(bare, p.section)
                    && keyword_score(bare, &section.match_keywords)
                        >= bare.split(' ').filter(|w| !w.is_empty()).count();
            if !at_start
                || !says
                || !is_heading_like(block)
                || self.is_apparatus(b)
                || self.placed.iter().any(|q| q.heading == b)
            {
                continue;
            }
            let next = self.blocks.get(b + 1).map_or(usize::MAX, |n| n.start);
            let p = &mut self.placed[i];
            p.content_bytes.start = next.min(p.content_bytes.end);
            self.used.insert(b);
            self.wrappers.insert(b);
        }
    }

    /// Counts words once every heading and stand-in is known, then flags empty sections.
    fn finish(mut self) -> Structure {
        self.split_first_child();
        self.umbrellas();
        self.repeated_titles();
        // A section written in two places (see `split_first_child`) is counted whole, at
        // its first.
        let mut words_of: Vec<Option<usize>> = vec![None; self.outline.sections.len()];
        // Where the text starts in a paragraph that is a section's heading and its text.
        let run_into = |b: usize| {
            self.run_in_of(b).map(|r| r.heading_end).or_else(|| {
                self.placed
                    .iter()
                    .find(|p| p.heading == b && !p.merged && self.blocks[b].heading_level().is_none())
                    .map(|p| p.content_bytes.start)
                    .filter(|&start| (self.blocks[b].start..self.blocks[b].end).contains(&start))
            })
        };
        for placed in self.placed.iter().filter(|p| !p.merged) {
            let section = &self.outline.sections[placed.section];
            // Counted only as far as the minimum: a section past it is not empty, and
            // counting every word of every report was a fifth of `check`'s time.
            let mut words = words_of[placed.section].unwrap_or(0);
            // The heading's block first where the span leaves it out: a run-in title's
            // text is in it.
            let heading = Some(placed.heading).filter(|h| !placed.body.contains(h));
            for b in heading.into_iter().chain(placed.body.clone()) {
                if words >= section.min_words {
                    break;
                }
                let block = &self.blocks[b];
                if b == placed.heading {
                    // A run-in heading's text.
                    let start = self.run_in_of(b).map_or(placed.content_bytes.start, |r| r.heading_end);
                    let text = &self.text[start.clamp(block.start, block.end)..block.end];
                    words += crate::read::markdown::count_words(text, section.min_words - words);
                } else if block.heading_level().is_none() && (!self.used.contains(b) || self.inside.contains(b)) {
                    words += block.words(section.min_words - words);
                } else if let Some(start) = run_into(b) {
                    // A sub-section run into its paragraph (`a) Những kết quả nổi bật: …`,
                    // `**Ưu điểm:** …`): its text is in the section over it too.
                    let text = &self.text[start.clamp(block.start, block.end)..block.end];
                    words += crate::read::markdown::count_words(text, section.min_words - words);
                }
            }
            words_of[placed.section] = Some(words);
        }
        let mut said = vec![false; self.outline.sections.len()];
        for placed in self.placed.iter().filter(|p| !p.merged) {
            let section = &self.outline.sections[placed.section];
            let words = words_of[placed.section].unwrap_or(0);
            if !std::mem::replace(&mut said[placed.section], true) && words < section.min_words {
                let finding = Finding::EmptySection {
                    section: section.id.clone(),
                    title: section.title.clone(),
                    words,
                    min: section.min_words,
                };
                let b = &self.blocks[placed.heading];
                self.diagnostics
                    .push(Diagnostic::new(finding, self.index.locate(b.start, b.end)));
            }
        }
        self.placed.sort_by_key(|p| (p.heading, p.merged));
        let wrappers: Vec<usize> = self.wrappers.iter().collect();
        Structure {
            placed: self.placed,
            diagnostics: self.diagnostics,
            apparatus: self.apparatus,
            wrappers,
            continued: self.continued,
            attached_titles: self.attached,
            attached: None,
            report_start: None,
            certification: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::markdown::blocks;

    fn placed_ids(text: &str) -> (Vec<String>, Vec<String>) {
        let outline = Outline::builtin();
        let index = LineIndex::new(text);
        let b = blocks(text, 0);
        let structure = analyze(&b, text, &index, &outline);
        let placed = structure
            .placed
            .iter()
            .filter(|p| !p.merged)
            .map(|p| format!("{}@{}", outline.sections[p.section].id, b[p.heading].text))
            .collect();
        let codes = structure
            .diagnostics
            .iter()
            .map(|d| d.finding.code().id().to_owned())
            .collect();
        (placed, codes)
    }

    #[test]
    fn a_run_in_title_ends_at_its_colon_and_its_text_follows() {
        let cases = [
            (
                "a) Những kết quả nổi bật: Cải cách hành chính đạt kết quả rõ nét.",
                Some(("a) Những kết quả nổi bật", "Cải cách hành chính đạt kết quả rõ nét.")),
            ),
            // The title in bold, its colon inside or outside the bold.
            (
                "**b) Tồn tại, hạn chế:** Một số cán bộ còn chậm.",
                Some(("b) Tồn tại, hạn chế", "Một số cán bộ còn chậm.")),
            ),
            (
                "**c) Nguyên nhân**: Nhận thức chưa đầy đủ.",
                Some(("c) Nguyên nhân", "Nhận thức chưa đầy đủ.")),
            ),
            // The marker's own colon is not the title's.
            (
                "Phần I: Kết quả thực hiện: qua 10 năm, nhiều chuyển biến.",
                Some(("Phần I: Kết quả thực hiện", "qua 10 năm, nhiều chuyển biến.")),
            ),
            // A heading ending with a colon, a sentence with a colon, no numbering.
            ("1. Ưu điểm:", None),
            (
                "2. Trong giai đoạn 2015 - 2025, đơn vị đã tổ chức nhiều hội nghị với các nội dung như sau: a, b.",
                None,
            ),
            ("Kết quả: tỷ lệ đạt 98%.", None),
        ];
        for (text, want) in cases {
            let b = blocks(text, 0);
            let got = run_in(&b[0], text).map(|(title, heading_end, content)| {
                let heading = text[..heading_end].trim_matches('*');
                assert!(
                    heading.trim_end_matches(['*', ':']).ends_with(&b[0].text[..title]),
                    "{text}"
                );
                (&b[0].text[..title], &text[content..])
            });
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_section_named_by_keywords_is_found_out_of_order_and_a_numbered_sentence_is_no_heading() {
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        for style in ["## ", "**"] {
            let h = |title: &str| {
                if style == "**" {
                    format!("**{title}**")
                } else {
                    format!("{style}{title}")
                }
            };
            let text = format!(
                "{}\n\n{prose}\n\n{}\n\n{}\n\n{prose}\n\n3\\. Bài học kinh nghiệm của xã được các địa phương khác học tập.\n\n\
                 {}\n\n{prose}\n\n{}\n\n{prose}\n\n{}\n\n{prose}\n\n{}\n\n{prose}\n\n{}\n\n{prose}\n\n{}\n\n{prose}\n",
                h("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
                h("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
                h("1. Những kết quả nổi bật"),
                h("2. Hạn chế, khuyết điểm"),
                h("3. Nguyên nhân"),
                h("4. Bài học kinh nghiệm"),
                h("5. Giải pháp"),
                h("III. KIẾN NGHỊ, ĐỀ XUẤT"),
                h("IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN"),
            ) + &format!("\n{}\n\n{prose}\n", h("PHỤ LỤC"));
            let (placed, codes) = placed_ids(&text);
            assert!(
                placed.contains(&"tac-dong@IV. TÁC ĐỘNG CỦA VIỆC THỰC HIỆN KẾT LUẬN".to_owned()),
                "{style}: {placed:?}"
            );
            assert!(
                placed.contains(&"ket-qua.bai-hoc@4. Bài học kinh nghiệm".to_owned()),
                "{style}: {placed:?}"
            );
            assert!(codes.contains(&"section-order".to_owned()), "{style}: {codes:?}");
            assert!(
                !codes
                    .iter()
                    .any(|c| ["duplicate-section", "unknown-section", "missing-section"].contains(&c.as_str())),
                "{style}: {codes:?} {placed:?}"
            );
        }
    }

    #[test]
    fn among_plain_headings_a_long_one_ending_with_a_period_is_a_heading() {
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        let text = format!(
            "I. Công tác lãnh đạo, chỉ đạo\n\n{prose}\n\nII. Kết quả triển khai thực hiện\n\n1. Những kết quả nổi bật\n\n{prose}\n\n\
             2. Tồn tại, hạn chế\n\n{prose}\n\n3. Nguyên nhân\n\n{prose}\n\n\
             4. Bài học kinh nghiệm rút ra qua 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư.\n\n{prose}\n\n\
             5. Giải pháp\n\n{prose}\n\nIII. Đánh giá tác động\n\n{prose}\n\nIV. Kiến nghị, đề xuất\n\n{prose}\n\nPHỤ LỤC\n\n{prose}\n"
        );
        let (placed, codes) = placed_ids(&text);
        assert!(
            placed
                .iter()
                .any(|p| p.starts_with("ket-qua.bai-hoc@Bài học kinh nghiệm rút ra")),
            "{placed:?}"
        );
        assert!(!codes.iter().any(|c| c == "missing-section"), "{codes:?}");
    }

    #[test]
    fn a_merged_heading_is_parted_by_its_own_sub_headings() {
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        let text = format!(
            "# I. Công tác lãnh đạo, chỉ đạo\n\n{prose}\n\n# II. Kết quả thực hiện\n\n## 1. Kết quả đạt được\n\n{prose}\n\n\
             ## 2. Hạn chế, khuyết điểm và nguyên nhân\n\n### a) Hạn chế, khuyết điểm\n\n{prose}\n\n### b) Nguyên nhân\n\n{prose}\n\n\
             ## 3. Bài học kinh nghiệm\n\n{prose}\n\n## 4. Giải pháp\n\n{prose}\n\n# III. Tác động\n\n{prose}\n\n# IV. Kiến nghị\n\n{prose}\n\n# Phụ lục\n\n{prose}\n"
        );
        let (placed, codes) = placed_ids(&text);
        assert!(
            placed.contains(&"ket-qua.han-che@2. Hạn chế, khuyết điểm và nguyên nhân".to_owned()),
            "{placed:?}"
        );
        assert!(
            placed.contains(&"ket-qua.nguyen-nhan@b) Nguyên nhân".to_owned()),
            "{placed:?}"
        );
        assert!(
            !codes.iter().any(|c| c == "merged-sections" || c == "empty-section"),
            "{codes:?}"
        );
    }

    #[test]
    fn a_group_heading_saying_its_sub_headings_is_parted_by_them() {
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        for (group, first) in [
            ("Tồn tại, hạn chế và nguyên nhân", "Tồn tại, hạn chế"),
            ("Hạn chế, khuyết điểm và nguyên nhân", "Hạn chế, khuyết điểm"),
        ] {
            for marks in [["# ", "## ", "### "], ["", "", ""]] {
                let [one, two, three] = marks;
                let text = format!(
                    "{one}I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n\n{prose}\n\n{one}II. KẾT QUẢ THỰC HIỆN\n\n{two}1. Kết quả đạt được\n\n{prose}\n\n\
                     {two}2. {group}\n\n{three}2.1. {first}\n\n{prose}\n\n{three}2.2. Nguyên nhân\n\n{prose}\n\n\
                     {two}3. Bài học kinh nghiệm\n\n{prose}\n\n{two}4. Giải pháp\n\n{prose}\n\n{one}III. TÁC ĐỘNG\n\n{prose}\n\n{one}IV. KIẾN NGHỊ\n\n{prose}\n\n{one}PHỤ LỤC\n\n{prose}\n"
                );
                let (placed, codes) = placed_ids(&text);
                assert!(
                    placed
                        .iter()
                        .any(|p| p.starts_with("ket-qua.nguyen-nhan@2.2. Nguyên nhân")),
                    "{group} {marks:?}: {placed:?}"
                );
                assert!(
                    !codes
                        .iter()
                        .any(|c| c == "duplicate-section" || c == "empty-section" || c == "missing-section"),
                    "{group} {marks:?}: {codes:?} {placed:?}"
                );
            }
        }
    }

    #[test]
    fn an_escaped_numbering_marker_is_numbering() {
        // Word's `5. Giải pháp…` typed in a bold paragraph reads as `**5\\. Giải pháp…**`; said
        // by keywords only, it is aligned as the numbered sibling of the titled ones.
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        let text = format!(
            "**I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\n{prose}\n\n**II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**\n\n{prose}\n\n\
             **1\\. Những kết quả nổi bật**\n\n{prose}\n\n**2\\. Tồn tại, hạn chế, khó khăn, vướng mắc**\n\n{prose}\n\n\
             **3\\. Nguyên nhân**\n\n{prose}\n\n**4\\. Bài học kinh nghiệm**\n\n{prose}\n\n**5\\. Giải pháp trong giai đoạn mới**\n\n{prose}\n\n\
             **III. ĐÁNH GIÁ TÁC ĐỘNG**\n\n{prose}\n\n**IV. KIẾN NGHỊ, ĐỀ XUẤT**\n\n{prose}\n\n**PHỤ LỤC**\n\n{prose}\n"
        );
        let (placed, codes) = placed_ids(&text);
        assert!(
            placed.contains(&"ket-qua.giai-phap@5. Giải pháp trong giai đoạn mới".to_owned()),
            "{placed:?}"
        );
        assert!(!codes.iter().any(|c| c == "missing-section"), "{codes:?}");
    }

    #[test]
    fn the_subject_of_an_attached_title_is_no_section() {
        // `KẾT QUẢ …` under `PHỤ LỤC`, over `(Kèm theo Báo cáo số …)`, names the appendix: no
        // second results part, no merged or misplaced section.
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        let table = "| STT | Nội dung | Số liệu |\n|---|---|---|\n| 1 | Văn bản lãnh đạo, chỉ đạo | 25 |\n";
        let text = format!(
            "**I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**\n\n{prose}\n\n**II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN**\n\n{prose}\n\n\
             **III. ĐÁNH GIÁ TÁC ĐỘNG**\n\n{prose}\n\n**IV. KIẾN NGHỊ, ĐỀ XUẤT**\n\n{prose}\n\n**PHỤ LỤC**\n\n\
             **KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**\n\n*(Kèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026)*\n\n{table}"
        );
        let (placed, codes) = placed_ids(&text);
        assert!(placed.contains(&"phu-luc@PHỤ LỤC".to_owned()), "{placed:?}");
        assert_eq!(
            placed.iter().filter(|p| p.starts_with("ket-qua@")).count(),
            1,
            "{placed:?}"
        );
        // The same findings as without the title's subject and note.
        let plain = text.replace(
            "**KẾT QUẢ 10 NĂM THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**\n\n*(Kèm theo Báo cáo số 52-BC/ĐU ngày 10/4/2026)*\n\n",
            "",
        );
        assert_ne!(plain, text);
        // (A table alone is an empty section here; its figures fill it where it is read.)
        let without_empty = |codes: Vec<String>| codes.into_iter().filter(|c| c != "empty-section").collect::<Vec<_>>();
        assert_eq!(codes, without_empty(placed_ids(&plain).1));
        // A caption of another kind (`(có biểu số liệu kèm theo)`) says what is attached to
        // this document, not what this one is attached to: a heading over it stays one.
        let note = "*(Có biểu số liệu kèm theo)*";
        assert!(!is_attached_note(&blocks(note, 0)[0]));
        assert!(is_attached_note(
            &blocks("(Ban hành kèm theo Kế hoạch số 86-KH/TU)", 0)[0]
        ));
    }

    #[test]
    fn a_bold_subject_line_in_the_title_block_is_not_a_section() {
        let prose = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; kết quả được đánh giá cao.";
        let text = format!(
            "**BÁO CÁO**\n\n**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW**\n\n# I. Đánh giá công tác lãnh đạo, chỉ đạo\n\n{prose}\n\n# III. Đánh giá tác động\n\n{prose}\n\n# IV. Kiến nghị, đề xuất\n\n{prose}\n\n# Phụ lục\n\n{prose}\n"
        );
        let outline = Outline::builtin();
        let index = LineIndex::new(&text);
        let structure = analyze(&blocks(&text, 0), &text, &index, &outline);
        let codes: Vec<String> = structure
            .diagnostics
            .iter()
            .map(|d| format!("{}:{}", d.finding.code().id(), d.finding.section().unwrap_or("")))
            .collect();
        assert_eq!(
            codes,
            ["missing-section:ket-qua"],
            "one missing section, its children not reported"
        );
    }

    #[test]
    fn a_bold_subject_line_gives_way_to_a_numbered_heading() {
        let p = "Đơn vị đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt sâu rộng đến cán bộ, \
                 đảng viên và Nhân dân trong toàn tỉnh.";
        let headings = [
            "ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
            "a) Những kết quả nổi bật",
            "b) Tồn tại, hạn chế, khó khăn, vướng mắc",
            "c) Nguyên nhân",
            "d) Bài học kinh nghiệm",
            "đ) Chủ trương, giải pháp trong giai đoạn mới",
            "ĐÁNH GIÁ TÁC ĐỘNG",
            "KIẾN NGHỊ, ĐỀ XUẤT",
            "PHỤ LỤC",
        ];
        // Bold headings numbered I., II., …; and plain lines numbered 1., 2., … (an ordered
        // list, whose marker is not part of the item's text).
        for bold in [true, false] {
            // The subject line of a Party report often reads like a section's alias.
            let mut text =
                String::from("**BÁO CÁO**\n\n**KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW CỦA BAN BÍ THƯ**\n\n");
            let mut top = 0;
            for heading in headings {
                let line = if heading.contains(')') {
                    heading.to_owned()
                } else {
                    top += 1;
                    if bold {
                        format!("**{}. {heading}**", ["I", "II", "III", "IV", "V"][top - 1])
                    } else {
                        format!("{top}. {heading}")
                    }
                };
                text.push_str(&format!("{line}\n\n{p}\n\n"));
            }
            let outline = Outline::builtin();
            let index = LineIndex::new(&text);
            let structure = analyze(&blocks(&text, 0), &text, &index, &outline);
            let codes: Vec<&str> = structure.diagnostics.iter().map(|d| d.finding.code().id()).collect();
            assert_eq!(codes, ["pseudo-heading"; 10], "{:?}", structure.diagnostics);
            let ket_qua = structure
                .diagnostics
                .iter()
                .find(|d| d.finding.section() == Some("ket-qua"))
                .expect("ket-qua found");
            assert_eq!(ket_qua.location.line, 9, "the numbered line, not the subject line");
        }
    }
}
