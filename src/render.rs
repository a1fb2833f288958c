//! The compiled report through Tera templates. Defaults are embedded; a campaign
//! overrides any of them with a file of the same name in `outline/templates/`. Pure: the
//! template texts come in, strings go out.

use std::collections::HashMap;

use serde::Serialize;
use tera::{Context, ErrorKind, Kwargs, State, Tera};

use crate::campaign::{ConfigError, TemplateFile};
use crate::compile::Compiled;

/// The embedded templates: (name, text).
pub const BUILT_IN: [(&str, &str); 7] = [
    ("report.md.tera", include_str!("templates/report.md.tera")),
    ("signature.md.tera", include_str!("templates/signature.md.tera")),
    ("appendix.md.tera", include_str!("templates/appendix.md.tera")),
    ("report.html.tera", include_str!("templates/report.html.tera")),
    ("signature.html.tera", include_str!("templates/signature.html.tera")),
    ("appendix.html.tera", include_str!("templates/appendix.html.tera")),
    ("status.html.tera", include_str!("templates/status.html.tera")),
];

pub struct Renderer {
    tera: Tera,
    /// Template name → where it came from, for error messages.
    origins: HashMap<String, String>,
}

/// A unit's Markdown as sanitised HTML, for HTML templates (`{{ e.markdown | markdown | safe }}`).
fn markdown(value: &str, _: Kwargs, _: &State) -> String {
    crate::excerpt::to_html(value)
}

/// A Markdown table cell: pipes escaped, lines joined.
fn cell(value: &str, _: Kwargs, _: &State) -> String {
    value.replace('|', "\\|").replace(['\n', '\r'], " ")
}

impl Renderer {
    pub fn new(overrides: &[TemplateFile]) -> Result<Renderer, ConfigError> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html.tera"]);
        tera.register_filter("cell", cell);
        tera.register_filter("markdown", markdown);
        let mut origins = HashMap::new();
        let mut sources: Vec<(String, String)> = Vec::new();
        for (name, text) in BUILT_IN {
            if !overrides.iter().any(|o| o.name == name) {
                sources.push((name.to_owned(), text.to_owned()));
                origins.insert(name.to_owned(), format!("<built-in>/{name}"));
            }
        }
        for file in overrides {
            sources.push((file.name.clone(), file.text.clone()));
            origins.insert(file.name.clone(), file.path.clone());
        }
        let renderer = |tera| Renderer {
            tera,
            origins: origins.clone(),
        };
        tera.add_raw_templates(sources)
            .map_err(|e| renderer(Tera::new()).located(&e, ""))?;
        Ok(renderer(tera))
    }

    /// Renders template `name` with a view-model (the compiled report, the status board).
    pub fn render<T: Serialize>(&self, name: &str, view: &T) -> Result<String, ConfigError> {
        self.render_context(name, &self.context(name, view)?)
    }

    /// The template context of a view-model: made once when several templates render it
    /// (copying a national view-model is a good part of a render).
    pub fn context<T: Serialize>(&self, name: &str, view: &T) -> Result<Context, ConfigError> {
        Context::from_serialize(view).map_err(|e| self.located(&e, name))
    }

    pub fn render_context(&self, name: &str, context: &Context) -> Result<String, ConfigError> {
        self.tera.render(name, context).map_err(|e| self.located(&e, name))
    }

    /// Renders straight into `out`: a template's fault is located in the template, a
    /// failed write is said as one.
    pub fn render_to(&self, name: &str, context: &Context, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
        self.tera.render_to(name, context, out).map_err(|e| match e.kind() {
            ErrorKind::Io(kind) => anyhow::anyhow!("cannot write the report: {}", std::io::Error::from(*kind)),
            _ => self.located(&e, name).into(),
        })
    }

    fn origin(&self, name: &str) -> String {
        self.origins.get(name).cloned().unwrap_or_else(|| name.to_owned())
    }

    fn located(&self, error: &tera::Error, rendering: &str) -> ConfigError {
        match error.kind() {
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
                let name = if report.filename().is_empty() {
                    rendering
                } else {
                    report.filename()
                };
                ConfigError {
                    path: self.origin(name),
                    line: report.span().start_line.max(1),
                    column: report.span().start_col + 1,
                    message: format!("template error: {}", report.message()),
                }
            }
            _ => {
                let mut message = error.to_string();
                let mut source = std::error::Error::source(error);
                while let Some(inner) = source {
                    message = format!("{message}: {inner}");
                    source = inner.source();
                }
                ConfigError::file(&self.origin(rendering), format!("template error: {message}"))
            }
        }
    }
}

#[derive(Serialize)]
struct Figures<'a> {
    units: Units<'a>,
    appendix: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct Units<'a> {
    expected: usize,
    submitted: usize,
    on_time: usize,
    late: usize,
    missing: Vec<&'a str>,
    rejected: &'a [crate::compile::Rejected],
    superseded: &'a [crate::compile::Superseded],
}

fn number(value: rust_decimal::Decimal) -> serde_json::Value {
    use rust_decimal::prelude::ToPrimitive;
    if value.fract().is_zero()
        && let Some(whole) = value.to_u64()
    {
        return whole.into();
    }
    value.to_f64().map_or(serde_json::Value::Null, Into::into)
}

/// The figures as JSON: unit counts and the aggregated appendix.
pub fn figures_json(compiled: &Compiled) -> String {
    let status = &compiled.status;
    let appendix = compiled
        .appendix
        .indicators
        .iter()
        .map(|indicator| {
            let figures = &indicator.figures;
            let by_category: serde_json::Map<String, serde_json::Value> = figures
                .by_category
                .iter()
                .map(|(id, value)| (id.clone(), value.map_or(serde_json::Value::Null, number)))
                .collect();
            let entry = serde_json::json!({
                "total": figures.total.map_or(serde_json::Value::Null, number),
                "reported": figures.reported,
                "by_category": by_category,
            });
            (indicator.id.clone(), entry)
        })
        .collect();
    let figures = Figures {
        units: Units {
            expected: status.expected,
            submitted: status.submitted,
            on_time: status.on_time,
            late: status.late,
            missing: status.missing.iter().map(|u| u.code.as_str()).collect(),
            rejected: &status.rejected,
            superseded: &status.superseded,
        },
        appendix,
    };
    let mut text = serde_json::to_string_pretty(&figures).unwrap_or_default();
    text.push('\n');
    text
}
