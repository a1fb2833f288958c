//! An HTML part imported into a Word document (`w:altChunk`): what a web system that
//! exports a report "to Word" writes — the body, or a part of it, as an HTML page (or a
//! web archive, `.mht`) that Word lays out when it opens the file. Its blocks are read as
//! the report's own paragraphs: headings, paragraphs (bold when all their text is),
//! list items, and tables, passed on as plain HTML tables (the Markdown reader's HTML
//! tables). The HTML is tokenized by `html5ever` (every named character reference, as a
//! browser reads them); the web archive's HTML part is decoded from quoted-printable or
//! base64. Pure: bytes in, pieces out.

use std::cell::RefCell;

use base64::Engine as _;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};

/// One block of the chunk, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// `<h1>` … `<h6>`: the level and the text.
    Heading(u8, String),
    /// A paragraph's text; `bold` when all of it is set in `<b>`/`<strong>`.
    Text { text: String, bold: bool },
    /// A list item's text.
    Item(String),
    /// A table as plain HTML: rows, cells with their spans, text escaped, `<br>` kept.
    Table(String),
}

/// Most pieces one chunk gives: a hostile part of many empty paragraphs stops here.
const MAX_PIECES: usize = 20_000;

/// The blocks of an HTML or web-archive part named `part`.
pub fn pieces(bytes: &[u8], part: &str) -> Vec<Piece> {
    let lower = part.to_ascii_lowercase();
    let html = if lower.ends_with(".mht") || lower.ends_with(".mhtml") || starts_as_mime(bytes) {
        web_archive_html(bytes)
    } else {
        decoded(bytes, declared_charset(bytes))
    };
    let sink = Sink::default();
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&html));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut state = tokenizer.sink.state.into_inner();
    state.flush();
    state.pieces
}

fn starts_as_mime(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    head.trim_start().starts_with("mime-version") || head.contains("\ncontent-type: multipart/related")
}

/// `bytes` as text in the named character set (UTF-8 when none is named or known),
/// composed (NFC): Windows-1258, which Word's "Save as Web Page" writes, sets tone marks
/// apart from their letters.
fn decoded(bytes: &[u8], charset: Option<String>) -> String {
    let encoding = charset
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    let text = encoding.decode(bytes).0;
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
        .normalize(&text)
        .into_owned()
}

/// The `charset` an HTML page declares in its first bytes (`<meta charset="…">`, or the
/// `content` of a `Content-Type` meta).
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    charset_in(&head)
}

fn charset_in(text: &str) -> Option<String> {
    let at = text.find("charset=")? + "charset=".len();
    let value: String = text[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The HTML part of a web archive (MIME `multipart/related`, as Word saves `.mht`), decoded;
/// a single-part message is its body. The message is read as Latin-1, a character a byte,
/// so that an 8-bit part goes back to its own bytes for its own character set.
fn web_archive_html(bytes: &[u8]) -> String {
    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
    let boundary = boundary(&text);
    let parts: Vec<&str> = match &boundary {
        Some(boundary) => text.split(&format!("--{boundary}")).skip(1).collect(),
        None => vec![&text],
    };
    for part in parts {
        let (headers, body) = split_headers(part);
        let lower = headers.to_ascii_lowercase();
        if boundary.is_some() && !lower.contains("text/html") {
            continue;
        }
        let raw: Vec<u8> = if lower.contains("quoted-printable") {
            quoted_printable(body)
        } else if lower.contains("base64") {
            let joined: String = body.split_whitespace().collect();
            base64::engine::general_purpose::STANDARD
                .decode(joined.as_bytes())
                .unwrap_or_default()
        } else {
            body.chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                .collect()
        };
        let charset = charset_in(&lower).or_else(|| declared_charset(&raw));
        return decoded(&raw, charset);
    }
    String::new()
}

/// The `boundary` parameter of the message's `Content-Type` (quoted or not, other
/// parameters after it: `boundary="----=_NextPart"; type="text/html"`).
fn boundary(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("boundary=")? + "boundary=".len();
    let rest = &text[at..];
    let value = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next().unwrap_or_default(),
        None => rest
            .split(|c: char| c == ';' || c.is_whitespace())
            .next()
            .unwrap_or_default(),
    };
    (!value.is_empty()).then(|| value.to_owned())
}

/// A MIME part's headers and body, at the first blank line.
fn split_headers(part: &str) -> (&str, &str) {
    let part = part.trim_start_matches(['\r', '\n']);
    for separator in ["\r\n\r\n", "\n\n"] {
        if let Some(at) = part.find(separator) {
            return (&part[..at], &part[at + separator.len()..]);
        }
    }
    (part, "")
}

/// Quoted-printable (RFC 2045): `=XX` a byte, `=` at a line's end a soft break.
fn quoted_printable(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'=' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        match bytes.get(i + 1..i + 3) {
            Some([b'\r', b'\n']) => i += 3,
            Some([b'\n', _]) => i += 2,
            Some(&[a, b]) if a.is_ascii_hexdigit() && b.is_ascii_hexdigit() => {
                let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                out.push(hex(a) * 16 + hex(b));
                i += 3;
            }
            _ if i + 1 == bytes.len() || bytes.get(i + 1) == Some(&b'\n') => i += 2,
            _ => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

#[derive(Default)]
struct Sink {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    pieces: Vec<Piece>,
    text: String,
    /// Text outside `<b>`/`<strong>` in the block being read.
    plain: bool,
    bold: usize,
    /// Inside `<head>`, `<script>`, `<style>`, `<title>`: nothing to read.
    hidden: usize,
    heading: Option<u8>,
    item: bool,
    /// Tables open (a table in a cell is read as its cell's text), and the outer one's HTML.
    tables: usize,
    table: String,
}

impl State {
    fn flush(&mut self) {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.text.clear();
        // Nothing read yet (`<li><p>…`): the item or heading goes on to the text inside.
        if text.is_empty() {
            return;
        }
        let (plain, heading, item) = (self.plain, self.heading.take(), self.item);
        self.plain = false;
        self.item = false;
        if self.pieces.len() >= MAX_PIECES {
            return;
        }
        self.pieces.push(match (heading, item) {
            (Some(level), _) => Piece::Heading(level, text),
            (None, true) => Piece::Item(text),
            (None, false) => Piece::Text { text, bold: !plain },
        });
    }

    fn start(&mut self, tag: &Tag) {
        let name = tag.name.as_ref();
        if matches!(name, "head" | "script" | "style" | "title") {
            self.hidden += 1;
            return;
        }
        if self.tables > 0 {
            match name {
                "table" => self.tables += 1,
                "tr" if self.tables == 1 => self.table.push_str("<tr>"),
                "td" | "th" if self.tables == 1 => {
                    self.table.push('<');
                    self.table.push_str(name);
                    for attr in &tag.attrs {
                        let key = attr.name.local.as_ref();
                        if matches!(key, "colspan" | "rowspan")
                            && let Ok(n) = attr.value.trim().parse::<u16>()
                        {
                            self.table.push_str(&format!(" {key}=\"{n}\""));
                        }
                    }
                    self.table.push('>');
                }
                // A line of the cell's own, and a cell or row of a table inside it: a line
                // each, never run together (`52` and `7` are not `527`).
                "br" | "p" | "div" | "li" | "tr" | "td" | "th" if !self.table.ends_with('>') => {
                    self.table.push_str("<br>");
                }
                _ => {}
            }
            return;
        }
        match name {
            "table" => {
                self.flush();
                self.tables = 1;
                self.table = "<table>".into();
            }
            "b" | "strong" => self.bold += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.heading = name[1..].parse().ok();
            }
            "li" => {
                self.flush();
                self.item = true;
            }
            // A line break inside a paragraph keeps it one paragraph, as Word's does.
            "br" => self.text.push(' '),
            "p" | "div" | "blockquote" | "pre" | "ul" | "ol" | "dl" | "dt" | "dd" | "hr" | "section" | "article" => {
                self.flush();
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: &Tag) {
        let name = tag.name.as_ref();
        if matches!(name, "head" | "script" | "style" | "title") {
            self.hidden = self.hidden.saturating_sub(1);
            return;
        }
        if self.tables > 0 {
            match name {
                "table" if self.tables == 1 => {
                    self.tables = 0;
                    self.table.push_str("</table>");
                    let table = std::mem::take(&mut self.table);
                    if self.pieces.len() < MAX_PIECES {
                        self.pieces.push(Piece::Table(table));
                    }
                }
                "table" => self.tables -= 1,
                "tr" | "td" | "th" if self.tables == 1 => {
                    self.table.push_str("</");
                    self.table.push_str(name);
                    self.table.push('>');
                }
                _ => {}
            }
            return;
        }
        match name {
            "b" | "strong" => self.bold = self.bold.saturating_sub(1),
            "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "dt" | "dd" => {
                self.flush();
            }
            _ => {}
        }
    }

    fn characters(&mut self, text: &str) {
        if self.hidden > 0 {
            return;
        }
        if self.tables > 0 {
            // On one line: a blank line would end the Markdown reader's HTML block.
            crate::read::xml::escape_into(&mut self.table, &text.replace(['\n', '\r', '\t'], " "));
            return;
        }
        if self.bold == 0 && !text.trim().is_empty() {
            self.plain = true;
        }
        self.text.push_str(text);
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        match token {
            TagToken(tag) => match tag.kind {
                StartTag => {
                    state.start(&tag);
                    if tag.self_closing {
                        state.end(&tag);
                    }
                }
                EndTag => state.end(&tag),
            },
            CharacterTokens(text) => state.characters(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_chunk_gives_headings_paragraphs_items_and_tables() {
        let html = "<html><head><meta charset=\"utf-8\"><title>x</title><style>p{}</style></head><body>\
            <p><strong>I.&nbsp;C&Ocirc;NG T&Aacute;C L&Atilde;NH ĐẠO</strong></p>\
            <p>Đảng ủy ban hành <b>25</b> văn bản.</p><h2>1. Kết quả</h2><ul><li>Một</li></ul>\
            <table><tr><td colspan=\"2\">STT &amp; nội dung</td></tr><tr><td>1</td><td>a<br>b</td></tr></table>\
            </body></html>";
        assert_eq!(
            pieces(html.as_bytes(), "word/afchunk.htm"),
            [
                Piece::Text {
                    text: "I. CÔNG TÁC LÃNH ĐẠO".into(),
                    bold: true
                },
                Piece::Text {
                    text: "Đảng ủy ban hành 25 văn bản.".into(),
                    bold: false
                },
                Piece::Heading(2, "1. Kết quả".into()),
                Piece::Item("Một".into()),
                Piece::Table(
                    "<table><tr><td colspan=\"2\">STT &amp; nội dung</td></tr><tr><td>1</td><td>a<br>b</td></tr></table>"
                        .into()
                ),
            ]
        );
    }

    #[test]
    fn cells_of_a_table_in_a_cell_and_breaks_in_a_paragraph_stay_apart() {
        let html = "<table><tr><td>6</td><td><table><tr><td>52</td></tr><tr><td>7</td></tr></table></td></tr></table>\
            <p>Tiếp nhận 311 đơn thư,<br>đã giải quyết 302 đơn.</p><ul><li><p>Một</p></li></ul>";
        assert_eq!(
            pieces(html.as_bytes(), "afchunk.htm"),
            [
                Piece::Table("<table><tr><td>6</td><td>52<br>7</td></tr></table>".into()),
                Piece::Text {
                    text: "Tiếp nhận 311 đơn thư, đã giải quyết 302 đơn.".into(),
                    bold: false
                },
                Piece::Item("Một".into()),
            ]
        );
    }

    #[test]
    fn windows_1258_is_composed_and_an_8_bit_part_read_in_its_own_charset() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1258.encode("<p>KẾT QUẢ thực hiện</p>");
        let mut html = b"<meta charset=\"windows-1258\">".to_vec();
        html.extend_from_slice(&bytes);
        let want = [Piece::Text {
            text: "KẾT QUẢ thực hiện".into(),
            bold: false,
        }];
        assert_eq!(pieces(&html, "afchunk.htm"), want);
        let mut mht = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"; type=\"text/html\"\r\n\r\n--B\r\nContent-Type: text/html; charset=\"windows-1258\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".to_vec();
        mht.extend_from_slice(&bytes);
        mht.extend_from_slice(b"\r\n--B--\r\n");
        assert_eq!(pieces(&mht, "afchunk.mht"), want);
    }

    #[test]
    fn a_web_archive_gives_its_html_part_decoded() {
        let mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart\"\r\n\r\n\
            ------=_NextPart\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
            <p>=C4=90=E1=BA=A3ng =E1=BB=A7y ban h=C3=A0nh 25 v=C4=83n b=E1=BA=A3n, t=\r\n=E1=BB=95 ch=E1=BB=A9c 17 h=E1=BB=99i ngh=E1=BB=8B.</p>\r\n\
            ------=_NextPart--\r\n";
        assert_eq!(
            pieces(mht.as_bytes(), "word/afchunk.mht"),
            [Piece::Text {
                text: "Đảng ủy ban hành 25 văn bản, tổ chức 17 hội nghị.".into(),
                bold: false
            }]
        );
    }
}
