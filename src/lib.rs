//! baocao: checks unit reports of a Party review campaign against its outline and
//! compiles them into one report. Data flows one way, and the modules are its stages:
//! `read` (bytes → blocks with locators) → `report` (one file on its own) → `lone` (the
//! workbooks no report claimed, tied to their units) → `across` (the files together:
//! roster, lateness) → `roll` and `compiled` (who reported, the
//! view-model) → `output` (templates, Word, Excel, check's formats) → `write`. `campaign`
//! holds the outline and roster types, `diagnostic` the findings, `text` the Vietnamese
//! text rules every stage shares. Only `app` (one module per command) sequences the
//! stages and does I/O, through `read` and `write`.

pub mod across;
pub mod app;
pub mod campaign;
pub mod cli;
pub mod compiled;
pub mod diagnostic;
pub mod lone;
pub mod output;
pub mod read;
pub mod report;
pub mod roll;
pub mod text;
pub mod write;
