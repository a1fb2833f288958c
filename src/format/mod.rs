//! How `check` results are written out: for people (`human`), programs (`json`), and CI
//! systems (`github`, `sarif`, `junit`).

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
