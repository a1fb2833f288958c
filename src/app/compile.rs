//! `baocao compile`: the provincial report in every format asked for, rendered side by
//! side under a timeout, and put in place only when all of them are complete.

use std::process::ExitCode;

use rayon::prelude::*;

use crate::cli::{CompileArgs, OutputFormat};
use crate::diagnostic::fatal::Fatal;
use crate::output::check as format;
use crate::output::formats::Rendering;

use super::settings::{Session, beside_campaign, campaign_dir, opened};
use super::submissions::{check_read, open_and_read};
use super::write_stdout;

pub fn compile(args: &CompileArgs, session: &Session) -> anyhow::Result<ExitCode> {
    session.choose_lang(args.lang);
    let dir = campaign_dir(args.outline.as_deref(), std::slice::from_ref(&args.submissions));
    let inputs = &[beside_campaign(&args.submissions, "submissions", dir.as_deref())];
    let out_dir = || crate::write::check_out_dir(&args.out, inputs);
    let (campaign, read) = open_and_read(session, dir.as_deref(), out_dir, inputs, args.date_source, true)?;
    let lang = opened(session, &campaign, dir.as_deref(), args.outline.is_some(), args.lang);
    // A template's fault is said before the reading's, as when nothing was done side by side.
    let renderer = crate::output::template::Renderer::new(&campaign.templates)?;
    let outcome = check_read(true, read?, &campaign, args.date_source);
    let as_of = args.as_of.unwrap_or_else(|| session.env.today(&campaign));
    let compiled = crate::compiled::compile(&campaign.outline, campaign.roster.as_ref(), &outcome, as_of);
    if compiled.status.submitted == 0 {
        // A report of zeros would read as "no unit did anything": nothing is written.
        let folder = crate::read::display(&inputs[0]);
        let (files, rejected) = (outcome.files.len(), compiled.status.rejected.len());
        return Err(Fatal::new(
            format!("không có báo cáo nào được tính trong “{folder}” ({files} tệp, {rejected} bị loại): không ghi báo cáo tổng hợp; kiểm tra --submissions, hoặc chạy `baocao check {folder}` để xem lỗi"),
            format!("no report counts in “{folder}” ({files} files, {rejected} rejected): no compiled report is written; check --submissions, or run `baocao check {folder}` to see why"),
        )
        .into());
    }
    let mut report = format::human::summary(&outcome, lang, campaign.roster.is_some());
    report.push('\n');
    report.push_str(&crate::compiled::other_summary(&compiled, lang));
    drop(outcome);
    let base = if campaign.outline.document.output_name.is_empty() {
        "bao-cao-tong-hop".to_owned()
    } else {
        campaign.outline.document.output_name.clone()
    };
    // `--format html,html` is one HTML report, not two renders racing for one file.
    let mut formats: Vec<OutputFormat> = Vec::with_capacity(args.format.len());
    for format in &args.format {
        if !formats.contains(format) {
            formats.push(*format);
        }
    }
    let reference = campaign.reference_docx.clone();
    let timeout = session.env.render_timeout;
    let out = args.out.clone();
    // Held until every file is in place; cleans what killed runs left behind.
    let _out_folder = crate::write::hold_out_folder(&out)?;
    let staging = crate::write::Staging::default();
    let staging_thread = staging.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut compiled = compiled;
        let templated = formats.iter().any(|f| f.format().templated);
        let context = templated.then(|| renderer.compiled_context("report.md.tera", &mut compiled));
        let rendering = Rendering {
            compiled: &compiled,
            renderer: &renderer,
            context: context.as_ref(),
            reference: reference.as_ref(),
            as_of,
        };
        // The formats are independent: rendered side by side, each straight into its file.
        let staged: anyhow::Result<Vec<crate::write::Staged>> = formats
            .par_iter()
            .map(|format| {
                let format = format.format();
                staging_thread.file(&out, &format!("{base}.{}", format.name), |out| {
                    (format.write)(&rendering, out)
                })
            })
            .collect();
        // The process ends right after: freeing a national view-model and its template
        // context piece by piece took a twentieth of the run, for memory the exit frees.
        std::mem::forget((context, compiled));
        // The receiver is gone only if the run already gave up on a timeout.
        let _ = sender.send(staged);
    });
    let staged = receiver.recv_timeout(timeout).map_err(|error| {
        staging.abandon();
        match error {
            // A template that loops is the likely cause: said as the campaign's to fix.
            std::sync::mpsc::RecvTimeoutError::Timeout => Fatal::new(
                format!(
                    "báo cáo tổng hợp chưa tạo xong sau {} giây: hãy xem lại các vòng lặp trong mẫu báo cáo (`outline/templates/`), hoặc cho thêm thời gian bằng biến môi trường `BAOCAO_RENDER_TIMEOUT_SECS`",
                    timeout.as_secs()
                ),
                format!("the report did not finish rendering in {} s", timeout.as_secs()),
            )
            .into(),
            std::sync::mpsc::RecvTimeoutError::Disconnected => anyhow::anyhow!("rendering the report failed"),
        }
    })??;
    // Every format is complete: only now, and only if every target can be replaced, does
    // any of them replace an earlier report.
    let written = crate::write::persist_all(staged)?;
    for path in written {
        report.push_str(&format!(
            "{} {}\n",
            lang.pick("Đã ghi", "Wrote"),
            crate::read::display(&path)
        ));
    }
    write_stdout(&report)?;
    Ok(ExitCode::SUCCESS)
}
