//! Everything a run hands to people or programs: the compiled report through Tera
//! (Markdown, HTML) and as Word and Excel, check's formats, the status board, the outline
//! description, a unit's draft. Pure: view-models in, strings or bytes out.

pub mod check;
pub mod docx;
pub mod draft;
pub mod formats;
pub mod outline;
pub mod status;
pub mod template;
pub mod xlsx;
