//! baocao: checks unit reports of a Party review campaign against its outline and
//! compiles them into one report. Data flows one way: load → decode → parse → model →
//! check / compile → render → write; only `run` (and the loaders it calls) does I/O.

pub mod apparatus;
pub mod appendix;
pub mod board;
pub mod campaign;
pub mod check;
pub mod cli;
pub mod collation;
pub mod compile;
pub mod date;
pub mod decode;
pub mod describe;
pub mod diagnostic;
pub mod discover;
pub mod docx;
pub mod draft;
pub mod excerpt;
pub mod fatal;
pub mod fold;
pub mod format;
pub mod front_matter;
pub mod git;
pub mod header;
pub mod heading;
pub mod identify;
pub mod lang;
pub mod legacy;
pub mod markdown;
pub mod message;
pub mod number;
pub mod outline;
pub mod read;
pub mod render;
pub mod roster;
pub mod run;
pub mod structure;
pub mod submission;
pub mod suggest;
pub mod table;
pub mod workbook;
pub mod write;
pub mod xlsx;
pub mod xml;
pub mod yaml;
