//! A unit's own text as it goes into the compiled report: its headings pushed below the
//! section it sits in, and as HTML, sanitised, since a submission is untrusted data.

use std::sync::LazyLock;

use pulldown_cmark::{Parser, html};

use crate::markdown::{self, BlockKind};

/// Rewrites the headings of `text` so the shallowest becomes `level` and the others keep
/// their distance below it (capped at 6).
pub fn demote(text: &str, level: usize) -> String {
    let trimmed = text.trim_matches('\n');
    let blocks = markdown::blocks(trimmed, 0);
    let headings: Vec<_> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(_)))
        .collect();
    let Some(shallowest) = headings.iter().filter_map(|b| b.heading_level()).min() else {
        return trimmed.to_owned();
    };
    let mut out = String::with_capacity(trimmed.len() + 16);
    let mut at = 0;
    for block in headings {
        let new_level = (level + usize::from(block.heading_level().unwrap_or(shallowest) - shallowest)).min(6);
        out.push_str(&trimmed[at..block.start]);
        out.push_str(&"#".repeat(new_level));
        out.push(' ');
        out.push_str(&block.text);
        let source = &trimmed[block.start..block.end];
        if source.ends_with('\n') {
            out.push('\n');
        }
        at = block.end;
    }
    out.push_str(&trimmed[at..]);
    out
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    // Images would be fetched when the page opens: no external resource may get through.
    builder.rm_tags(["img"]);
    builder.link_rel(Some("noopener noreferrer"));
    builder
});

/// Markdown to HTML with the program's one set of options; raw HTML in the text is
/// sanitised (no script, no event handler, no external resource).
pub fn to_html(text: &str) -> String {
    let mut raw = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(text, markdown::options()));
    SANITIZER.clean(&raw).to_string()
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
}
