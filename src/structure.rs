//! Finding the outline's sections in a report. Heading levels are free (`#`, `##`, …)
//! and numbering styles vary, so structure is relative: the shallowest heading that matches a
//! top-level section sets the top level; sub-sections are looked for only inside their
//! parent's span, deeper than it. Bold or numbered lines stand in for missing headings.

use std::collections::HashSet;
use std::ops::Range;

use crate::diagnostic::{Diagnostic, Finding, LineIndex, Location};
use crate::heading::{matches_title, normalize, normalize_bare, starts_with_numbering};
use crate::markdown::{Block, BlockKind};
use crate::outline::Outline;

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
}

/// The sections found, in document order, and what was wrong with them.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub placed: Vec<Placed>,
    pub diagnostics: Vec<Diagnostic>,
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
}

struct Matcher<'a> {
    blocks: &'a [Block],
    text: &'a str,
    index: &'a LineIndex<'a>,
    outline: &'a Outline,
    normalized: Vec<Option<(String, String)>>,
    placed: Vec<Placed>,
    used: HashSet<usize>,
    diagnostics: Vec<Diagnostic>,
}

/// Matches the report's blocks to the outline.
pub fn analyze(blocks: &[Block], text: &str, index: &LineIndex, outline: &Outline) -> Structure {
    let normalized = blocks
        .iter()
        .map(|b| {
            let candidate = b.heading_level().is_some() || is_stand_in(b, text);
            candidate.then(|| {
                let n = normalize(&b.text);
                let bare = normalize_bare(&n);
                (n, bare)
            })
        })
        .collect();
    let mut matcher = Matcher {
        blocks,
        text,
        index,
        outline,
        normalized,
        placed: Vec::new(),
        used: HashSet::new(),
        diagnostics: Vec::new(),
    };
    matcher.level(0..blocks.len(), 0, &outline.roots(), true);
    matcher.finish()
}

/// Longest line a stand-in heading may have: a heading, not a paragraph of prose.
const STAND_IN_MAX_CHARS: usize = 200;

/// A paragraph or list item that may be a pasted heading: all bold, or one line that
/// starts with a numbering marker.
fn is_stand_in(block: &Block, text: &str) -> bool {
    // Counting stops past the limit: most paragraphs are far longer.
    let long = block.text.len() > STAND_IN_MAX_CHARS && block.text.chars().nth(STAND_IN_MAX_CHARS).is_some();
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) || long {
        return false;
    }
    if block.all_bold {
        return true;
    }
    block.lines == 1 && opens_with_numbering(block, text)
}

/// Whether the source line of a block opens with a numbering marker, list markers
/// (`2.` of an ordered list, which the block's text leaves out) included.
fn opens_with_numbering(block: &Block, text: &str) -> bool {
    let line_start = text[..block.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[block.start..].find('\n').map_or(text.len(), |i| block.start + i);
    let raw =
        text[line_start..line_end].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '>' | '*' | '_'));
    starts_with_numbering(raw)
}

impl Matcher<'_> {
    /// The section among `candidates` whose title the block matches, the longest title
    /// winning; with diacritics folded only if nothing matches with them.
    fn match_block(&self, block: usize, candidates: &[usize]) -> Option<(usize, bool)> {
        let (full, bare) = self.normalized[block].as_ref()?;
        let best = |folded: bool| {
            candidates
                .iter()
                .filter_map(|&s| {
                    let section = &self.outline.sections[s];
                    let titles = if folded {
                        &section.bare_titles
                    } else {
                        &section.match_titles
                    };
                    let heading = if folded { bare } else { full };
                    titles
                        .iter()
                        .filter(|t| matches_title(heading, t))
                        .map(|t| t.len())
                        .max()
                        .map(|len| (len, s))
                })
                .max_by_key(|&(len, s)| (len, std::cmp::Reverse(s)))
                .map(|(_, s)| (s, folded))
        };
        best(false).or_else(|| best(true))
    }

    fn location(&self, block: usize) -> Location {
        let b = &self.blocks[block];
        self.index.locate(b.start, b.end)
    }

    /// Finds `sections` (siblings) inside `range`, below heading level `parent_level`.
    fn level(&mut self, range: Range<usize>, parent_level: u8, sections: &[usize], top: bool) {
        // The shallowest level at which some heading matches is this level's: headings
        // deeper than it that happen to match (a unit's own sub-heading, a demoted heading
        // in a compiled report) are content, not sections.
        let real: Vec<(usize, u8, usize, bool)> = range
            .clone()
            .filter_map(|block| {
                let level = self.blocks[block].heading_level().filter(|&l| l > parent_level)?;
                let (section, folded) = self.match_block(block, sections)?;
                Some((block, level, section, folded))
            })
            .collect();
        let top_level: Option<u8> = real.iter().map(|r| r.1).min();
        let mut hits: Vec<Hit> = real
            .iter()
            .filter(|r| Some(r.1) == top_level)
            .map(|&(block, level, section, folded)| Hit {
                block,
                section,
                folded,
                pseudo: false,
                level: Some(level),
            })
            .collect();
        let found: HashSet<usize> = hits.iter().map(|h| h.section).collect();
        let unfound: Vec<usize> = sections.iter().copied().filter(|s| !found.contains(s)).collect();
        if !unfound.is_empty() {
            let mut stand_ins: Vec<Hit> = Vec::new();
            for block in range.clone() {
                if self.blocks[block].heading_level().is_some() || self.used.contains(&block) {
                    continue;
                }
                if let Some((section, folded)) = self.match_block(block, &unfound) {
                    stand_ins.push(Hit {
                        block,
                        section,
                        folded,
                        pseudo: true,
                        level: top_level,
                    });
                }
            }
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

        if top && let (Some(level), Some(first)) = (top_level, hits.first()) {
            for block in first.block..range.end {
                let b = &self.blocks[block];
                if b.heading_level().is_some_and(|l| l > parent_level && l <= level) && !self.used.contains(&block) {
                    let finding = Finding::UnknownSection {
                        heading: b.text.clone(),
                    };
                    self.diagnostics.push(Diagnostic::new(finding, self.location(block)));
                }
            }
        }

        let mut seen: Vec<(usize, usize)> = Vec::new(); // (section, block) of first occurrences
        let mut latest: Option<usize> = None; // position in `sections` of the furthest seen
        for (i, hit) in hits.iter().enumerate() {
            let title = self.outline.sections[hit.section].title.clone();
            let id = self.outline.sections[hit.section].id.clone();
            if let Some(&(_, first)) = seen.iter().find(|(s, _)| *s == hit.section) {
                let first_line = self.index.line_number(self.blocks[first].start);
                let finding = Finding::DuplicateSection {
                    section: id,
                    title,
                    first_line,
                };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
                continue;
            }
            seen.push((hit.section, hit.block));
            let position = sections.iter().position(|&s| s == hit.section).unwrap_or(0);
            match latest {
                Some(furthest) if furthest > position => {
                    let after = self.outline.sections[sections[furthest]].title.clone();
                    let finding = Finding::SectionOrder {
                        section: id.clone(),
                        title: title.clone(),
                        after,
                    };
                    self.diagnostics
                        .push(Diagnostic::new(finding, self.location(hit.block)));
                }
                _ => latest = Some(position),
            }
            if hit.folded {
                let finding = Finding::NoDiacritics {
                    section: id.clone(),
                    title: title.clone(),
                };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
            }
            if hit.pseudo {
                let finding = Finding::PseudoHeading { section: id, title };
                self.diagnostics
                    .push(Diagnostic::new(finding, self.location(hit.block)));
            }
            let end = self.span_end(hit, hits.get(i + 1).map(|h| h.block), range.end);
            self.place(hit, end);
            let children = self.outline.sections[hit.section].children.clone();
            if !children.is_empty() {
                let child_parent_level = if hit.pseudo {
                    parent_level
                } else {
                    hit.level.unwrap_or(parent_level)
                };
                self.level(hit.block + 1..end, child_parent_level, &children, false);
            }
        }

        for (position, &section) in sections.iter().enumerate() {
            if seen.iter().any(|(s, _)| *s == section) {
                continue;
            }
            let next_present = sections[position + 1..]
                .iter()
                .find_map(|s| seen.iter().find(|(f, _)| f == s).map(|&(_, block)| block));
            let location = match next_present {
                Some(block) => self.location(block),
                None if range.end < self.blocks.len() => self.location(range.end),
                None if !top && range.start > 0 => self.location(range.start - 1),
                None => self.index.locate_line(self.index.line_number(self.text.len())),
            };
            let s = &self.outline.sections[section];
            let finding = Finding::MissingSection {
                section: s.id.clone(),
                title: s.title.clone(),
            };
            self.diagnostics.push(Diagnostic::new(finding, location));
        }
    }

    /// A span ends at the next hit, at the next real heading as shallow as the hit's
    /// level, or at the end of the enclosing range.
    fn span_end(&self, hit: &Hit, next_hit: Option<usize>, range_end: usize) -> usize {
        let bound = next_hit.unwrap_or(range_end).min(range_end);
        let Some(level) = hit.level else {
            return bound;
        };
        (hit.block + 1..bound)
            .find(|&b| self.blocks[b].heading_level().is_some_and(|l| l <= level))
            .unwrap_or(bound)
    }

    fn place(&mut self, hit: &Hit, end: usize) {
        let heading = &self.blocks[hit.block];
        let content_end = self.blocks.get(end).map_or(self.text.len(), |b| b.start);
        let content_start = heading.end.min(content_end);
        self.placed.push(Placed {
            section: hit.section,
            heading: hit.block,
            body: hit.block + 1..end,
            heading_bytes: heading.start..heading.end,
            content_bytes: content_start..content_end,
            pseudo: hit.pseudo,
        });
    }

    /// Counts words once every heading and stand-in is known, then flags empty sections.
    fn finish(mut self) -> Structure {
        for placed in &self.placed {
            let section = &self.outline.sections[placed.section];
            // Counted only as far as the minimum: a section past it is not empty, and
            // counting every word of every report was a fifth of `check`'s time.
            let mut words = 0;
            for b in placed.body.clone() {
                if words >= section.min_words {
                    break;
                }
                let block = &self.blocks[b];
                if block.heading_level().is_none() && !self.used.contains(&b) {
                    words += block.words(section.min_words - words);
                }
            }
            if words < section.min_words {
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
        self.placed.sort_by_key(|p| p.heading);
        Structure {
            placed: self.placed,
            diagnostics: self.diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::blocks;

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
            .map(|d| format!("{}:{}", d.finding.code(), d.finding.section().unwrap_or("")))
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
            let codes: Vec<&str> = structure.diagnostics.iter().map(|d| d.finding.code()).collect();
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
