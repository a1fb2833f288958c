//! `baocao outline`: the outline in effect and where each piece came from.

use std::process::ExitCode;

use crate::cli::{OutlineArgs, OutlineFormat};

use super::settings::{Session, campaign_dir};
use super::write_stdout;

pub fn outline(args: &OutlineArgs, session: &Session) -> anyhow::Result<ExitCode> {
    session.choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), &[]);
    let campaign = crate::read::campaign::open(dir.as_deref())?;
    let lang = args.lang.unwrap_or(campaign.outline.language);
    session.choose_lang(Some(lang));
    let text = match args.format {
        OutlineFormat::Human => crate::output::outline::human(&campaign, lang),
        OutlineFormat::Json => crate::output::outline::json(&campaign),
    };
    write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}
