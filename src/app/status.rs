//! `baocao status`: who has reported, who is late, who is missing, as text, JSON or a
//! page.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::{StatusArgs, StatusFormat};
use crate::diagnostic::fatal::Fatal;

use super::settings::{Session, beside_campaign, campaign_dir, opened};
use super::submissions::{check_read, open_and_read};
use super::write_stdout;

pub fn status(args: &StatusArgs, session: &Session) -> anyhow::Result<ExitCode> {
    session.choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), std::slice::from_ref(&args.submissions));
    let inputs = &[beside_campaign(&args.submissions, "submissions", dir.as_deref())];
    let out = args.out.clone().unwrap_or_else(|| PathBuf::from("output"));
    let out_dir = || match args.format {
        StatusFormat::Html => crate::write::check_out_dir(&out, inputs),
        StatusFormat::Human | StatusFormat::Json => match &args.out {
            // Said, not ignored: the person expects a page in that folder.
            Some(out) => {
                let out = crate::read::display(out);
                Err(Fatal::new(
                    format!("--out {out} chỉ dùng với --format html (chỉ trang HTML được ghi ra tệp); thêm --format html, hoặc bỏ --out"),
                    format!("--out {out} is only used with --format html (only the HTML page is written to a file); add --format html, or leave --out out"),
                )
                .into())
            }
            None => Ok(()),
        },
    };
    let (campaign, read) = open_and_read(session, dir.as_deref(), out_dir, inputs, args.date_source, false)?;
    let lang = opened(session, &campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    let outcome = check_read(true, read?, &campaign, args.date_source);
    let roll = crate::roll::roll(&campaign.outline, campaign.roster.as_ref(), &outcome);
    let as_of = args.as_of.unwrap_or_else(|| session.env.today(&campaign));
    let board = crate::output::status::board(&campaign.outline, &roll, as_of, lang);
    match args.format {
        StatusFormat::Human => write_stdout(&crate::output::status::human(&board, lang))?,
        StatusFormat::Json => write_stdout(&crate::output::status::json(&board))?,
        StatusFormat::Html => {
            let renderer = crate::output::template::Renderer::new(&campaign.templates)?;
            let page = renderer.render("status.html.tera", &crate::output::status::page(&board, lang))?;
            let path = crate::write::write_atomic(&out, "tinh-hinh-nop-bao-cao.html", page.as_bytes())?;
            write_stdout(&format!(
                "{} {}\n",
                lang.pick("Đã ghi", "Wrote"),
                crate::read::display(&path)
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
