//! The compiled report's formats: what `compile --format` takes, and how each is written.
//! A new output format is its writer beside this module and one line in [`FORMATS`]; the
//! command line lists, parses and documents the formats from this table.

use std::io::Write;

use jiff::civil::Date;

use crate::campaign::error::ConfigError;
use crate::compiled::Compiled;
use crate::output::template::Renderer;

/// One format of the compiled report.
pub struct Format {
    /// As `--format` takes it, and the file's extension.
    pub name: &'static str,
    /// For `--help`.
    pub help: &'static str,
    /// Rendered from the Tera template context (made once for all such formats).
    pub templated: bool,
    /// Writes the report in this format into `out`.
    pub write: fn(&Rendering<'_>, &mut dyn Write) -> anyhow::Result<()>,
}

/// Everything a format is written from.
pub struct Rendering<'a> {
    pub compiled: &'a Compiled,
    pub renderer: &'a Renderer,
    /// The template context, when a templated format was asked for.
    pub context: Option<&'a Result<tera::Context, ConfigError>>,
    /// The campaign's `reference.docx`: its path as shown, and its bytes.
    pub reference: Option<&'a (String, Vec<u8>)>,
    pub as_of: Date,
}

/// Every format, in the order `--help` lists them.
pub static FORMATS: [Format; 5] = [
    Format {
        name: "md",
        help: "Markdown, itself a valid report of the outline",
        templated: true,
        write: markdown,
    },
    Format {
        name: "html",
        help: "A self-contained page that prints on A4",
        templated: true,
        write: html,
    },
    Format {
        name: "json",
        help: "The figures, for programs",
        templated: false,
        write: json,
    },
    Format {
        name: "docx",
        help: "A Word document in the Party-document format",
        templated: false,
        write: docx,
    },
    Format {
        name: "xlsx",
        help: "The appendix as an Excel workbook: totals by category as formulas over one row per unit",
        templated: false,
        write: xlsx,
    },
];

/// The formats written when `--format` is not given.
pub const DEFAULT: [&str; 4] = ["md", "html", "docx", "xlsx"];

fn template(rendering: &Rendering<'_>, name: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    match rendering.context {
        Some(Ok(context)) => rendering.renderer.render_to(name, context, out),
        Some(Err(error)) => Err(error.clone().into()),
        None => Err(anyhow::anyhow!("no template context")),
    }
}

fn markdown(rendering: &Rendering<'_>, out: &mut dyn Write) -> anyhow::Result<()> {
    template(rendering, "report.md.tera", out)
}

fn html(rendering: &Rendering<'_>, out: &mut dyn Write) -> anyhow::Result<()> {
    if let Some(Ok(context)) = rendering.context {
        rendering.renderer.prerender_excerpts(context);
    }
    template(rendering, "report.html.tera", out)
}

fn json(rendering: &Rendering<'_>, out: &mut dyn Write) -> anyhow::Result<()> {
    Ok(out.write_all(crate::output::template::figures_json(rendering.compiled).as_bytes())?)
}

fn docx(rendering: &Rendering<'_>, out: &mut dyn Write) -> anyhow::Result<()> {
    let reference = rendering.reference.map(|(_, bytes)| bytes.as_slice());
    // With a campaign's `reference.docx`, a fault is said as one of the campaign's files.
    let bytes = crate::output::docx::render(rendering.compiled, reference).map_err(|e| match rendering.reference {
        Some((path, _)) => ConfigError::file(path, e.vi(), e.to_string()).into(),
        None => anyhow::anyhow!("{e}"),
    })?;
    Ok(out.write_all(&bytes)?)
}

fn xlsx(rendering: &Rendering<'_>, out: &mut dyn Write) -> anyhow::Result<()> {
    let bytes = crate::output::xlsx::compiled(rendering.compiled, rendering.as_of)
        .map_err(|e| anyhow::anyhow!("cannot make the Excel workbook: {e}"))?;
    Ok(out.write_all(&bytes)?)
}
