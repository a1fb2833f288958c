//! The compiled report through Tera templates. Defaults are embedded; a campaign
//! overrides any of them with a file of the same name in `outline/templates/`. Pure: the
//! template texts come in, strings go out.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use rayon::prelude::*;

use serde::Serialize;
use tera::{Context, ErrorKind, Kwargs, State, Tera};

use crate::campaign::TemplateFile;
use crate::campaign::error::ConfigError;
use crate::compiled::Compiled;

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
    prerendered: Arc<Ahead>,
}

/// The HTML of the excerpts, made ahead on every core: inside a template the `markdown`
/// filter meets one excerpt after another, and making their HTML one by one was most of
/// the HTML report's time. Batches of [`BATCH`] excerpts, in the order the report shows
/// them, are made in the background a few batches ahead of the template, so the HTML is
/// being made while the template writes, and at most a few batches wait in memory.
/// Excerpts are known by where their text lives in the template context, which stays put
/// while it renders: the filter is handed those very strings, and makes the HTML itself of
/// any other.
#[derive(Default)]
struct Ahead {
    state: Mutex<Prerendered>,
    /// Signalled when a batch lands.
    landed: Condvar,
    /// The threads making the batches: a pool of their own, since a template waiting for
    /// a batch must never be the thread that would run it (in the pool rendering the
    /// templates, a worker waiting inside a batch may be handed a template's render that
    /// waits for that very batch). `None` if no thread could be started: the filter then
    /// makes every excerpt itself.
    pool: std::sync::OnceLock<Option<rayon::ThreadPool>>,
}

#[derive(Default)]
struct Prerendered {
    /// Which plan this is: a batch of an earlier plan lands nowhere.
    plan: u64,
    /// The excerpts' texts in the order the report shows them (shared with the context).
    planned: Vec<tera::Value>,
    /// Address of a planned text not yet started → its place in `planned`.
    place: HashMap<(usize, usize), usize>,
    /// Started in a batch, not landed yet.
    in_flight: HashSet<(usize, usize)>,
    /// Made and not yet used: each with its place in `planned`.
    made: HashMap<(usize, usize), (usize, String)>,
    /// The place of the planned excerpt the filter served last.
    served: usize,
    /// Where the next batch starts looking in `planned`.
    cursor: usize,
    /// Batches started and not landed.
    running: usize,
    /// Planned excerpts whose HTML was made ahead, so far.
    ahead: usize,
    /// Planned excerpts the filter met before their batch, and made itself.
    met_first: usize,
}

/// Excerpts whose HTML is made in one batch: enough to keep every core busy, few enough
/// that their HTML is a few megabytes.
const BATCH: usize = 256;

/// Batches under way at once; the HTML made and not yet used is kept to about this many.
const BATCHES_AHEAD: usize = 2;

impl Ahead {
    /// Starts batches until [`BATCHES_AHEAD`] are under way or made and waiting.
    fn top_up(self: &Arc<Self>, state: &mut Prerendered) {
        // Without threads of its own, the filter makes every excerpt as it meets it.
        let Some(pool) = self.pool() else { return };
        while state.running < BATCHES_AHEAD && state.made.len() < BATCHES_AHEAD * BATCH {
            // The look-ahead is bounded, or a template going backwards would scan the rest
            // every time.
            let mut batch = Vec::new();
            let end = (state.cursor + 2 * BATCH).min(state.planned.len());
            while batch.len() < BATCH && state.cursor < end {
                let value = &state.planned[state.cursor];
                state.cursor += 1;
                if let Some(key) = value.as_str().map(address)
                    && let Some(at) = state.place.remove(&key)
                {
                    state.in_flight.insert(key);
                    batch.push((at, value.clone()));
                }
            }
            if batch.is_empty() {
                return;
            }
            state.running += 1;
            let (ahead, plan) = (Arc::clone(self), state.plan);
            pool.spawn(move || {
                // A panic here would abort the run (a pool's job has nowhere to unwind to):
                // an excerpt whose HTML fails is left for the filter to make again, on the
                // render's own thread, where a failure is reported as one.
                let made: Vec<_> = batch
                    .par_iter()
                    .filter_map(|(at, value)| Some((*at, value.as_str()?)))
                    .map(|(at, text)| {
                        let html = std::panic::catch_unwind(|| crate::report::excerpt::to_html(text));
                        (address(text), at, html.ok())
                    })
                    .collect();
                let mut state = ahead.lock();
                if state.plan == plan {
                    state.running -= 1;
                    for (key, at, html) in made {
                        state.in_flight.remove(&key);
                        if let Some(html) = html {
                            state.ahead += 1;
                            state.made.insert(key, (at, html));
                        }
                    }
                    ahead.top_up(&mut state);
                }
                drop(state);
                ahead.landed.notify_all();
            });
        }
    }

    fn pool(&self) -> Option<&rayon::ThreadPool> {
        self.pool
            .get_or_init(|| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(rayon::current_num_threads())
                    .thread_name(|i| format!("html-{i}"))
                    .build()
                    .ok()
            })
            .as_ref()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Prerendered> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The `markdown` filter: the HTML made ahead, or made now. The lock is never held
    /// while HTML is made or awaited, since a rayon worker waiting may be handed another
    /// template's render that meets the filter too.
    fn html(self: &Arc<Self>, text: &str) -> String {
        let key = address(text);
        let mut state = self.lock();
        loop {
            if let Some((at, html)) = state.made.remove(&key) {
                state.served = at;
                self.top_up(&mut state);
                return html;
            }
            if let Some(at) = state.place.remove(&key) {
                // Met before its batch (the template skipped ahead): the batches go on
                // from here, this one is made now.
                state.served = at;
                state.cursor = at + 1;
                state.met_first += 1;
                // A template that skips excerpts leaves their HTML behind, and the look-ahead
                // full of it stops: what the template has passed gives way. Only here, where
                // the look-ahead fell behind: sweeping whenever it was full was a hundredth
                // of the HTML report's time.
                let served = state.served;
                state.made.retain(|_, (made_at, _)| *made_at > served);
                self.top_up(&mut state);
                drop(state);
                return crate::report::excerpt::to_html(text);
            }
            if !state.in_flight.contains(&key) {
                // Not planned, or served once already.
                drop(state);
                return crate::report::excerpt::to_html(text);
            }
            // Its batch is under way in the pool of its own, which waits for nothing.
            state = self.landed.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

fn address(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// The excerpts in a compiled report's context (`sections[].groups[].excerpts[].markdown`).
fn excerpt_texts(context: &Context) -> Vec<tera::Value> {
    fn list(value: Option<&tera::Value>) -> &[tera::Value] {
        value.and_then(tera::Value::as_array).unwrap_or_default()
    }
    fn get<'a>(value: &'a tera::Value, name: &'static str) -> Option<&'a tera::Value> {
        value.as_map()?.get(&tera::value::Key::from(name))
    }
    let mut texts = Vec::new();
    for section in list(context.get("sections")) {
        for group in list(get(section, "groups")) {
            for excerpt in list(get(group, "excerpts")) {
                // Only a text the clone shares, not a short one copied along with it, is
                // the string the filter will be handed.
                if let Some(value) = get(excerpt, "markdown")
                    && let Some(text) = value.as_str()
                {
                    let clone = value.clone();
                    if clone.as_str().map(address) == Some(address(text)) {
                        texts.push(clone);
                    }
                }
            }
        }
    }
    texts
}

/// A Markdown code span of any text (a file name): control characters shown escaped, so
/// a line end cannot start a heading of its own, and a fence longer than any run of
/// backticks in it, so a backtick cannot end the span early.
pub fn code_span(value: &str, _: Kwargs, _: &State) -> String {
    code_span_of(value)
}

pub fn code_span_of(value: &str) -> String {
    let shown: String = value
        .chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_debug().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect();
    let longest = shown.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    // A span that starts or ends with a backtick needs a space inside its fence.
    let pad = if shown.starts_with('`') || shown.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{shown}{pad}{fence}")
}

/// A unit's text in a line of Markdown: shown as written, never as markup.
fn text(value: &str, _: Kwargs, _: &State) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    crate::text::escape_inline(&value.replace(['\n', '\r'], " "), &mut out);
    out
}

/// A Markdown table cell: as [`text`] (pipes are escaped with the rest of the markup).
fn cell(value: &str, kwargs: Kwargs, state: &State) -> String {
    text(value, kwargs, state)
}

impl Renderer {
    pub fn new(overrides: &[TemplateFile]) -> Result<Renderer, ConfigError> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html.tera"]);
        tera.register_filter("cell", cell);
        tera.register_filter("text", text);
        tera.register_filter("code", code_span);
        let prerendered = Arc::new(Ahead::default());
        let ahead = Arc::clone(&prerendered);
        // A unit's Markdown as sanitised HTML, for HTML templates (`{{ e.markdown | markdown | safe }}`).
        tera.register_filter("markdown", move |value: &str, _: Kwargs, _: &State| ahead.html(value));
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
            prerendered: Arc::clone(&prerendered),
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

    /// The template context of a compiled report — the same as [`Renderer::context`]
    /// makes — with its sections (nearly all of it) converted in parallel: converting a
    /// national view-model on one thread was a sixth of `compile`. The excerpts' texts are
    /// shared with `compiled`, not copied.
    pub fn compiled_context(&self, name: &str, compiled: &mut Compiled) -> Result<Context, ConfigError> {
        // Out of the view-model while the rest of it is converted, so they are not twice.
        let sections = std::mem::take(&mut compiled.sections);
        let context = self.context(name, compiled);
        compiled.sections = sections;
        let mut context = context?;
        let converted: Result<Vec<tera::Value>, _> = compiled
            .sections
            .par_iter()
            .map(tera::Value::try_from_serializable)
            .collect();
        let sections = converted.map_err(|e| self.located(&e, name))?;
        context.insert_value("sections", tera::Value::from(sections));
        Ok(context)
    }

    /// Plans the HTML of the excerpts in `context`, made in batches ahead of the
    /// template's `markdown` filter (see [`Ahead`]).
    pub fn prerender_excerpts(&self, context: &Context) {
        let planned = excerpt_texts(context);
        // A text shown twice is planned where it first appears.
        let mut place = HashMap::new();
        for (i, value) in planned.iter().enumerate() {
            if let Some(text) = value.as_str() {
                place.entry(address(text)).or_insert(i);
            }
        }
        let mut state = self.prerendered.lock();
        *state = Prerendered {
            plan: state.plan + 1,
            planned,
            place,
            ..Prerendered::default()
        };
        self.prerendered.top_up(&mut state);
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
                let path = self.origin(name);
                ConfigError {
                    vi: template_error_vi(&path, name, report.message()),
                    path,
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
                let path = self.origin(rendering);
                ConfigError::file(
                    &path,
                    template_error_vi(&path, rendering, &message),
                    format!("template error: {message}"),
                )
            }
        }
    }
}

/// A fault of template `name` (shown as `path`) in Vietnamese, around Tera's English
/// words. A campaign's template that replaces a built-in one may also be removed.
fn template_error_vi(path: &str, name: &str, message: &str) -> String {
    let replaces_built_in = !path.starts_with("<built-in>") && BUILT_IN.iter().any(|(built_in, _)| *built_in == name);
    let remedy = if replaces_built_in {
        "hãy sửa mẫu ở chỗ đã chỉ, hoặc xoá tệp mẫu này để dùng lại mẫu có sẵn"
    } else {
        "hãy sửa mẫu ở chỗ đã chỉ"
    };
    format!("lỗi trong mẫu báo cáo (template): {message}; {remedy}")
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
    /// Units with no report at all, as `status` counts them.
    missing: Vec<&'a str>,
    /// Units whose only file was rejected: `expected` is `submitted` plus these two.
    rejected_units: Vec<&'a str>,
    rejected: &'a [crate::roll::Rejected],
    superseded: &'a [crate::roll::Superseded],
    companions: &'a [crate::roll::Companion],
}

fn units_in(compiled: &Compiled, status: crate::roll::UnitStatus) -> Vec<&str> {
    compiled
        .units
        .iter()
        .filter(|u| u.status == status)
        .map(|u| u.code.as_str())
        .collect()
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
            missing: units_in(compiled, crate::roll::UnitStatus::Missing),
            rejected_units: units_in(compiled, crate::roll::UnitStatus::Rejected),
            rejected: &status.rejected,
            superseded: &status.superseded,
            companions: &status.companions,
        },
        appendix,
    };
    let mut text = serde_json::to_string_pretty(&figures).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sample campaign's compiled report gives the same context either way.
    #[test]
    fn the_parallel_context_is_the_plain_one() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let campaign = crate::read::campaign::open(Some(&root.join("outline"))).expect("sample campaign");
        let outcome = crate::app::check_files(
            &[root.join("submissions")],
            &campaign,
            crate::across::DateSource::FrontMatter,
            true,
        )
        .expect("sample submissions");
        let as_of = jiff::civil::date(2026, 4, 29);
        let mut compiled = crate::compiled::compile(&campaign.outline, campaign.roster.as_ref(), &outcome, as_of);
        assert!(compiled.sections.iter().any(|s| !s.groups.is_empty()));
        let renderer = Renderer::new(&[]).expect("built-in templates");
        let plain = renderer.context("report.md.tera", &compiled).expect("context");
        let kept = renderer
            .compiled_context("report.md.tera", &mut compiled)
            .expect("context");
        assert!(plain == kept);
        // The excerpts in the context are the view-model's own strings, not copies.
        let model: HashSet<_> = compiled
            .sections
            .iter()
            .flat_map(|s| &s.groups)
            .flat_map(|g| &g.excerpts)
            .map(|e| address(e.markdown.as_str()))
            .collect();
        let shown = excerpt_texts(&kept);
        assert!(shown.len() > 20, "{}", shown.len());
        assert!(
            shown
                .iter()
                .all(|v| v.as_str().is_some_and(|t| model.contains(&address(t))))
        );
        assert!(
            compiled.sections.iter().any(|s| !s.groups.is_empty()),
            "the sections are kept"
        );
    }

    /// A template's fault is located in its file and said in both languages; a campaign's
    /// template that replaces a built-in one may be removed, another may not.
    #[test]
    fn template_errors_are_said_in_vietnamese() {
        let file = |name: &str, text: &str| TemplateFile {
            name: name.into(),
            path: format!("outline/templates/{name}"),
            text: text.into(),
        };
        let Err(error) = Renderer::new(&[file("report.md.tera", "Một\n{% for x in %}\n")]) else {
            panic!("a syntax error is refused");
        };
        assert_eq!(
            (error.path.as_str(), error.line),
            ("outline/templates/report.md.tera", 2)
        );
        assert!(error.message.starts_with("template error: "), "{error:?}");
        assert!(
            error.vi.starts_with("lỗi trong mẫu báo cáo (template): ")
                && error
                    .vi
                    .ends_with("hãy sửa mẫu ở chỗ đã chỉ, hoặc xoá tệp mẫu này để dùng lại mẫu có sẵn"),
            "{error:?}"
        );
        let renderer = Renderer::new(&[file("extra.md.tera", "{{ khong_co }}")]).expect("template");
        let error = renderer
            .render("extra.md.tera", &serde_json::json!({}))
            .expect_err("unknown variable");
        assert!(
            error.message.contains("khong_co") && error.vi.contains("khong_co"),
            "{error:?}"
        );
        assert!(error.vi.ends_with("hãy sửa mẫu ở chỗ đã chỉ"), "{error:?}");
    }

    /// The filter is handed the context's own strings, so the HTML made ahead is used —
    /// every piece of it — and the page is the one the filter would make alone.
    #[test]
    fn excerpts_made_ahead_are_the_ones_the_template_uses() {
        let loop_excerpts = "{% for s in sections %}{% for g in s.groups %}{% for e in g.excerpts %}\
            <div>{{ e.markdown | markdown | safe }}</div>{% endfor %}{% endfor %}{% endfor %}\
            {{ \"**tự làm**\" | markdown | safe }}";
        let template = TemplateFile {
            name: "report.html.tera".into(),
            path: "outline/templates/report.html.tera".into(),
            text: loop_excerpts.into(),
        };
        let excerpt = |n: usize| serde_json::json!({ "markdown": format!("Đơn vị {n} báo cáo **kết quả** <b onclick=\"x()\">rõ</b> {}", "chữ ".repeat(n % 50)) });
        // More than the batches kept ahead, so they are topped up as the template goes.
        let many: Vec<serde_json::Value> = (0..5 * BATCH + 40).map(excerpt).collect();
        // A short text is copied with its value, not shared: never planned, made when met.
        let short = serde_json::json!({ "markdown": "**ngắn**" });
        let view = serde_json::json!({
            "sections": [
                { "groups": [ { "excerpts": [excerpt(1), short, excerpt(40)] } ] },
                { "groups": [] },
                { "groups": [ { "excerpts": [excerpt(7)] }, { "excerpts": many } ] },
            ]
        });
        let renderer = Renderer::new(std::slice::from_ref(&template)).expect("template");
        let context = renderer.context("report.html.tera", &view).expect("context");
        let alone = renderer.render_context("report.html.tera", &context).expect("rendered");
        renderer.prerender_excerpts(&context);
        let planned = 5 * BATCH + 43;
        assert_eq!(renderer.prerendered.lock().planned.len(), planned);
        let ahead = renderer.render_context("report.html.tera", &context).expect("rendered");
        let done = renderer.prerendered.lock();
        // Every excerpt was met as planned and made once, none was left over.
        assert_eq!(done.ahead, planned);
        assert!(done.in_flight.is_empty() && done.running == 0);
        assert!(done.made.is_empty(), "{} not used", done.made.len());
        drop(done);
        // A template that shows every excerpt twice, backwards, while another template
        // using the filter renders beside it: the same pages, no excerpt made twice ahead,
        // no lock held across a batch (it would deadlock or panic here).
        let twice = TemplateFile {
            name: "report.md.tera".into(),
            path: "outline/templates/report.md.tera".into(),
            text: "{% for s in sections | reverse %}{% for g in s.groups | reverse %}{% for e in g.excerpts | reverse %}\
                {{ e.markdown | markdown | safe }}{{ e.markdown | markdown | safe }}{% endfor %}{% endfor %}{% endfor %}"
                .into(),
        };
        let renderer = Renderer::new(&[template, twice]).expect("templates");
        let plain_twice = renderer.render_context("report.md.tera", &context).expect("rendered");
        renderer.prerender_excerpts(&context);
        let (html, md) = rayon::join(
            || renderer.render_context("report.html.tera", &context).expect("rendered"),
            || renderer.render_context("report.md.tera", &context).expect("rendered"),
        );
        assert_eq!(html, alone);
        assert_eq!(md, plain_twice);
        let done = renderer.prerendered.lock();
        assert_eq!(done.ahead + done.met_first, planned, "an excerpt was made twice");
        assert!(done.made.is_empty(), "{} not used", done.made.len());
        drop(done);
        assert_eq!(ahead, alone);
        assert!(
            ahead.contains("<strong>tự làm</strong>")
                && ahead.contains("<strong>ngắn</strong>")
                && !ahead.contains("onclick"),
            "{ahead}"
        );
        // A template that shows one excerpt in three leaves HTML made ahead unused, until
        // the look-ahead is full: the rest are made as they are met, and the page is the same.
        let sparse = TemplateFile {
            name: "report.html.tera".into(),
            path: "outline/templates/report.html.tera".into(),
            text: "{% for s in sections %}{% for g in s.groups %}{% for e in g.excerpts %}{% if loop.index % 3 == 0 %}\
                {{ e.markdown | markdown | safe }}{% endif %}{% endfor %}{% endfor %}{% endfor %}"
                .into(),
        };
        let renderer = Renderer::new(&[sparse]).expect("template");
        let plain = renderer.render_context("report.html.tera", &context).expect("rendered");
        renderer.prerender_excerpts(&context);
        let ahead = renderer.render_context("report.html.tera", &context).expect("rendered");
        assert_eq!(ahead, plain);
        assert!(plain.matches("<p>").count() > 400, "{plain}");
        // The look-ahead kept going: nearly every excerpt shown was ready when met.
        let done = renderer.prerendered.lock();
        assert!(done.met_first < BATCH / 4, "{} made when met", done.met_first);
    }
}
