//! A report quoted in an e-mail reply saved as text: Gmail and Outlook set `> ` before
//! every line of the message replied to. The report is those lines, one level of quoting
//! taken off.

/// Fewest quoted lines that make a quoted report: a header, a title and a few parts.
const QUOTED_MIN_LINES: usize = 10;

/// The text with one level of quoting taken off every quoted line, the `>` made a space
/// so that every byte stays where it was (lines and columns are the file's), when most
/// lines with text are quoted: the file is a reply with the report under it, not a report
/// quoting a passage. `None` otherwise.
pub fn unquoted(text: &str) -> Option<String> {
    // Most files have no line opening with `>`.
    if !text.starts_with('>') && memchr::memmem::find(text.as_bytes(), b"\n>").is_none() {
        return None;
    }
    let quoted = |line: &str| line.trim_start_matches([' ', '\t']).starts_with('>');
    let (mut lines, mut with_text) = (0, 0);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        with_text += 1;
        if quoted(line) {
            lines += 1;
        }
    }
    if lines < QUOTED_MIN_LINES || lines * 2 <= with_text {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.find('>') {
            Some(at) if quoted(line) => {
                out.push_str(&line[..at]);
                out.push(' ');
                out.push_str(&line[at + 1..]);
            }
            _ => out.push_str(line),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_quoting_the_report_is_the_report_in_place() {
        let report: String = (1..=12).map(|i| format!("> Dòng {i} của báo cáo.\n>\n")).collect();
        let reply = format!("Ban đã nhận.\n\nVào Th 5, 16 thg 4 … đã viết:\n\n{report}");
        let read = unquoted(&reply).expect("a quoted report");
        assert_eq!(read.len(), reply.len());
        assert!(read.contains("\n  Dòng 1 của báo cáo.\n \n"), "{read}");
        assert!(read.starts_with("Ban đã nhận."));
    }

    #[test]
    fn a_report_quoting_a_passage_keeps_its_quote() {
        let text: String = (1..=30).map(|i| format!("Đoạn {i} của báo cáo.\n\n")).collect();
        let quoting = format!("{text}> Trích Kết luận số 114-KL/TW.\n");
        assert_eq!(unquoted(&quoting), None);
        assert_eq!(unquoted("Không có trích dẫn.\n"), None);
    }
}
