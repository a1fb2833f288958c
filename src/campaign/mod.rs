//! A campaign: its outline, its roster, its templates, each optional, as types and pure
//! parsers. Reading them from the campaign folder is `read::campaign`.

pub mod error;
pub mod outline;
pub mod roster;

use crate::campaign::outline::Outline;
use crate::campaign::roster::Roster;

/// Where each piece of the campaign came from, for `baocao outline` and messages.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub outline: Outline,
    pub outline_origin: Option<String>,
    pub roster: Option<Roster>,
    pub roster_origin: Option<String>,
    /// Templates in `templates/` that override or add to the built-in ones.
    pub templates: Vec<TemplateFile>,
    /// `reference.docx`, whose styles replace the Word output's built-in ones: its path as
    /// shown, and its bytes.
    pub reference_docx: Option<(String, Vec<u8>)>,
}

/// A template file of the campaign.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The file name, which is the template's name (`report.md.tera`).
    pub name: String,
    /// The path as shown in messages.
    pub path: String,
    pub text: String,
}
