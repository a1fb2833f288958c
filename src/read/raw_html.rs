//! Raw HTML inside a Markdown submission, as text: what a reader would see of it. Tags and
//! comments are dropped, and so is everything inside `script` and `style`. The excerpts
//! count these words, and the Word writer prints them (Word has no use for markup, and a
//! submission is untrusted). Why not ammonia, which the HTML output uses: it only turns
//! HTML into safer HTML and has no text extraction, and pulldown-cmark hands raw HTML
//! over in pieces (a tag per event), which an HTML parser would have to put back
//! together; the few tag rules here are all that text extraction needs.

/// A tag's lower-case name and whether it closes (`</b>`), or `None` for comments,
/// declarations and text that only looks like a tag.
pub fn tag(html: &str) -> Option<(String, bool)> {
    let rest = html.trim_start().strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let name: String = rest.chars().take_while(char::is_ascii_alphanumeric).collect();
    if name.is_empty() {
        None
    } else {
        Some((name.to_ascii_lowercase(), closing))
    }
}

/// Elements whose content is not text for a reader.
pub fn hides_content(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "template" | "noscript" | "iframe" | "object" | "svg" | "math"
    )
}

/// The visible text of an HTML fragment, whitespace collapsed.
pub fn text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut visible = String::with_capacity(html.len());
    let mut at = 0;
    while at < html.len() {
        let Some(offset) = html[at..].find('<') else {
            visible.push_str(&html[at..]);
            break;
        };
        visible.push_str(&html[at..at + offset]);
        at += offset;
        if lower[at..].starts_with("<!--") {
            at = lower[at..].find("-->").map_or(html.len(), |end| at + end + 3);
            continue;
        }
        match tag(&html[at..]) {
            Some((name, closing)) => {
                let end = html[at..].find('>').map_or(html.len(), |end| at + end + 1);
                let self_closing = html[at..end].ends_with("/>");
                at = end;
                if !closing && !self_closing && hides_content(&name) {
                    let close = format!("</{name}");
                    at = lower[at..]
                        .find(&close)
                        .and_then(|start| lower[at + start..].find('>').map(|end| at + start + end + 1))
                        .unwrap_or(html.len());
                }
                visible.push(' ');
            }
            None if html[at..].starts_with("<!") || html[at..].starts_with("<?") => {
                at = html[at..].find('>').map_or(html.len(), |end| at + end + 1);
            }
            None => {
                visible.push('<');
                at += 1;
            }
        }
    }
    let decoded = decode_entities(&visible);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The character references a hand-written fragment is likely to hold; others stay
/// as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        // A reference is at most ten bytes: look no further, or `&` after `&` is quadratic.
        let window = &rest.as_bytes()[..rest.len().min(11)];
        let decoded = window.iter().position(|&b| b == b';').and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_visible_text() {
        assert_eq!(text("<div class=\"x\">Xin <b>chào</b></div>"), "Xin chào");
        assert_eq!(
            text("<p>a</p><script>alert('x')</script><style>p{}</style><!-- c -->b"),
            "a b"
        );
        assert_eq!(
            text("<SCRIPT src=x>bad()</SCRIPT>ok &amp; &#273;&#x1ED3;ng"),
            "ok & đồng"
        );
        assert_eq!(text("1 < 2 &unknown; <br/>x"), "1 < 2 &unknown; x");
        assert_eq!(tag("</Script>"), Some(("script".into(), true)));
        assert_eq!(tag("<!-- x -->"), None);
    }
}
