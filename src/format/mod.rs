//! How `check` results are written out: for people (`human`) and for programs (`json`).

pub mod human;
pub mod json;
