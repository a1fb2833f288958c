//! Scale benchmark: the whole tool against the floor, on one generated national-size
//! corpus (default 5,000 reports of 15–40 KB).
//!
//! ```text
//! cargo bench --bench scale                      # 5,000 reports, 5 runs each
//! cargo bench --bench scale -- --units 20000 --runs 3 --dir /tmp/corpus --problems
//! cargo bench --bench scale -- --scaling         # check at 500, 5,000 and 20,000 reports
//! cargo bench --bench scale -- --workbooks       # 1,000 reports with their appendix as .xlsx
//! ```
//!
//! `cargo bench` builds `baocao` with the release settings and this file runs that very
//! binary as a subprocess (stdout to a file), as a user would. It times, as medians:
//! (a) the floor: walk the folder, read every file and run pulldown-cmark over it with the
//! program's options and rayon's default parallelism, nothing else (this binary runs
//! itself with a hidden `--floor` flag, so the floor pays the same process start);
//! (b) `check --format json`; (c) `compile --format md,html,json`; (d) the same with
//! `docx` (printed as not available when the CLI refuses that format). The steps take
//! turns, a round of all four per run, in orders where each step runs right after every
//! other equally often, so a machine whose speed drifts slows the floor as much as the
//! rest and no step is always timed right after the same one. Peak memory is the child's
//! maximum resident set size, from `/usr/bin/time -f %M` when it exists, else by polling
//! `VmHWM` in `/proc/<pid>/status` (Linux only; elsewhere it is not measured).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

#[path = "../examples/corpus.rs"]
#[allow(dead_code)]
mod corpus;

const BAOCAO: &str = env!("CARGO_BIN_EXE_baocao");
const SEED: u64 = 114;

struct Options {
    units: usize,
    runs: Option<usize>,
    dir: Option<PathBuf>,
    problems: bool,
    scaling: bool,
    stages: bool,
    workbooks: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        units: 5_000,
        runs: None,
        dir: None,
        problems: false,
        scaling: false,
        stages: false,
        workbooks: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--units" => options.units = value("--units")?.parse().map_err(|e| format!("--units: {e}"))?,
            "--runs" => options.runs = Some(value("--runs")?.parse().map_err(|e| format!("--runs: {e}"))?),
            "--dir" => options.dir = Some(PathBuf::from(value("--dir")?)),
            "--problems" => options.problems = true,
            "--scaling" => options.scaling = true,
            "--stages" => options.stages = true,
            "--workbooks" => options.workbooks = true,
            // `cargo bench` passes `--bench` to every benchmark binary.
            "--bench" => {}
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(options)
}

/// The floor, run in a child process: every `.md` file under `dir`, read and parsed.
fn floor(dir: &Path) -> std::io::Result<usize> {
    use rayon::prelude::*;
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    let events: usize = files
        .par_iter()
        .map(|path| {
            let Ok(bytes) = std::fs::read(path) else {
                return 0;
            };
            let text = String::from_utf8_lossy(&bytes);
            pulldown_cmark::Parser::new_ext(&text, baocao::read::dialect::options()).count()
        })
        .sum();
    Ok(std::hint::black_box(events))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|x| x == "md") {
            files.push(path);
        }
    }
    Ok(())
}

/// One timed run of a child process.
struct Sample {
    seconds: f64,
    /// Peak resident set size in bytes, if it could be measured.
    peak: Option<u64>,
}

enum RunError {
    /// The CLI refused the arguments (exit 2 with a usage error).
    Refused,
    Failed(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Refused => f.write_str("the command line was refused"),
            RunError::Failed(message) => f.write_str(message),
        }
    }
}

fn time_available() -> bool {
    cfg!(target_os = "linux") && Path::new("/usr/bin/time").exists()
}

/// Runs `program args`, stdout to `stdout`, and measures wall time and peak memory.
fn run_once(program: &str, args: &[String], stdout: &Path, ok_codes: &[i32]) -> Result<Sample, RunError> {
    let rss_file = stdout.with_extension("rss");
    let mut command = if time_available() {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(program);
        c
    } else {
        Command::new(program)
    };
    command.args(args);
    let out = std::fs::File::create(stdout).map_err(|e| RunError::Failed(e.to_string()))?;
    command.stdout(out).stderr(Stdio::piped()).env("NO_COLOR", "1");
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| RunError::Failed(format!("{program}: {e}")))?;
    let mut polled: Option<u64> = None;
    let status = if time_available() {
        child.wait().map_err(|e| RunError::Failed(e.to_string()))?
    } else {
        loop {
            if let Some(status) = child.try_wait().map_err(|e| RunError::Failed(e.to_string()))? {
                break status;
            }
            if let Some(hwm) = vm_hwm(child.id()) {
                polled = Some(polled.map_or(hwm, |p| p.max(hwm)));
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        use std::io::Read as _;
        let _ = pipe.read_to_string(&mut stderr);
    }
    let code = status.code().unwrap_or(-1);
    if !ok_codes.contains(&code) {
        // With /usr/bin/time, its own notes come after the program's stderr.
        if code == 2 && (stderr.contains("invalid value") || stderr.contains("possible values")) {
            return Err(RunError::Refused);
        }
        return Err(RunError::Failed(format!("exit {code}: {stderr}")));
    }
    let peak = if time_available() {
        std::fs::read_to_string(&rss_file)
            .ok()
            .and_then(|t| t.lines().last()?.trim().parse::<u64>().ok())
            .map(|kb| kb * 1024)
    } else {
        polled
    };
    Ok(Sample { seconds, peak })
}

/// `VmHWM` of a running process, in bytes (Linux).
fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// A step's result: median time, its spread, peak memory over the runs.
struct Measured {
    median: f64,
    min: f64,
    max: f64,
    peak: Option<u64>,
}

/// One warm-up run, then `runs` timed ones.
/// The floor: this binary re-run to read and parse every report, nothing else.
fn measure_floor(me: &str, submissions: &Path, work: &Path, runs: usize) -> Result<Measured, RunError> {
    measure(me, &["--floor".into(), path_arg(submissions)], work, &[0], runs)
}

fn measure(
    program: &str,
    args: &[String],
    work: &Path,
    ok_codes: &'static [i32],
    runs: usize,
) -> Result<Measured, RunError> {
    let step = Step {
        program: program.to_owned(),
        args: args.to_vec(),
        ok_codes,
    };
    measure_interleaved(std::slice::from_ref(&step), work, runs)?
        .pop()
        .flatten()
        .ok_or(RunError::Refused)
}

/// One step of the benchmark: a program and its arguments.
struct Step {
    program: String,
    args: Vec<String>,
    ok_codes: &'static [i32],
}

/// Each step once as a warm-up, then `runs` rounds of every step in turn: the machine's
/// speed drifts over minutes, and timing one step after another let the drift land on
/// one step and not its floor. The rounds follow a balanced Latin square
/// ([`round_order`]), so every step runs right after every other equally often: on a
/// virtual machine that hands freed memory back to its host, a step right after a big one
/// finds its memory warm, and the Word step always after the plain `compile` looked
/// cheaper than it is. `None` for a step the binary refused (a format not built).
fn measure_interleaved(steps: &[Step], work: &Path, runs: usize) -> Result<Vec<Option<Measured>>, RunError> {
    let stdout = work.join("stdout.txt");
    let mut samples: Vec<Option<Vec<Sample>>> = Vec::with_capacity(steps.len());
    for step in steps {
        samples.push(match run_once(&step.program, &step.args, &stdout, step.ok_codes) {
            Ok(_) => Some(Vec::with_capacity(runs)),
            Err(RunError::Refused) => None,
            Err(e) => return Err(e),
        });
    }
    for round in 0..runs {
        for i in round_order(steps.len(), round) {
            if let Some(taken) = &mut samples[i] {
                let step = &steps[i];
                taken.push(run_once(&step.program, &step.args, &stdout, step.ok_codes)?);
            }
        }
    }
    Ok(samples.iter().map(|s| s.as_deref().map(summarize)).collect())
}

/// The order of the steps in a round: a Williams design, the rows of a Latin square in
/// which each step comes right after every other step once (for an odd count, the rows
/// and then the same rows reversed), so over `n` rounds (`2n` for odd `n`) no step
/// follows one step more than another.
fn round_order(n: usize, round: usize) -> Vec<usize> {
    // 0, 1, n-1, 2, n-2, …
    let first = (0..n).map(|j| if j % 2 == 1 { j.div_ceil(2) } else { (n - j / 2) % n });
    let rows = if n.is_multiple_of(2) { n } else { 2 * n };
    let row = round % rows.max(1);
    let mut order: Vec<usize> = first.map(|step| (step + row) % n).collect();
    if row >= n {
        order.reverse();
    }
    order
}

fn summarize(samples: &[Sample]) -> Measured {
    let mut times: Vec<f64> = samples.iter().map(|s| s.seconds).collect();
    times.sort_by(f64::total_cmp);
    Measured {
        median: times[times.len() / 2],
        min: times[0],
        max: times[times.len() - 1],
        peak: samples.iter().filter_map(|s| s.peak).max(),
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1e6)
}

fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))?
                .split(':')
                .nth(1)
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!(
        "{cores} cores, {cpu}, {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

struct Corpus {
    submissions: PathBuf,
    outline: PathBuf,
    files: usize,
    bytes: u64,
}

/// Generates a corpus into `dir` unless one is already there.
fn corpus(dir: &Path, units: usize, problems: bool) -> Result<Corpus, String> {
    let submissions = dir.join("submissions");
    let outline = dir.join("outline");
    if !outline.join("units.yaml").exists() {
        eprint!("generating {units} reports in {} … ", dir.display());
        let start = Instant::now();
        corpus::generate(dir, units, SEED, problems).map_err(|e| format!("cannot generate the corpus: {e}"))?;
        eprintln!("{:.1} s", start.elapsed().as_secs_f64());
    }
    let mut files = Vec::new();
    walk(&submissions, &mut files).map_err(|e| format!("{}: {e}", submissions.display()))?;
    let bytes = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    Ok(Corpus {
        submissions,
        outline,
        files: files.len(),
        bytes,
    })
}

fn path_arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn check_args(corpus: &Corpus) -> Vec<String> {
    vec![
        "check".into(),
        path_arg(&corpus.submissions),
        "--outline".into(),
        path_arg(&corpus.outline),
        "--format".into(),
        "json".into(),
    ]
}

fn compile_args(corpus: &Corpus, out: &Path, formats: &str) -> Vec<String> {
    [
        "compile",
        "--submissions",
        &path_arg(&corpus.submissions),
        "--outline",
        &path_arg(&corpus.outline),
        "--out",
        &path_arg(out),
        "--format",
        formats,
        "--as-of",
        "2026-04-29",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

fn self_exe() -> Result<String, String> {
    std::env::current_exe()
        .map(|p| path_arg(&p))
        .map_err(|e| format!("cannot find this benchmark's binary: {e}"))
}

fn row(name: &str, m: &Measured, floor: f64) -> String {
    format!(
        "| {name} | {:.3} s | {:.2}× | {} | {:.3}–{:.3} s |",
        m.median,
        m.median / floor,
        m.peak.map_or_else(|| "n/a".into(), mb),
        m.min,
        m.max
    )
}

fn bench(options: &Options, dir: &Path) -> Result<(), String> {
    let corpus = corpus(dir, options.units, options.problems)?;
    let runs = options.runs.unwrap_or(if corpus.files > 10_000 { 3 } else { 5 });
    let work = dir.join("bench-work");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let me = self_exe()?;
    let fail = |step: &str, e: RunError| format!("{step}: {e}");

    let out = work.join("out");
    let step = |program: &str, args: Vec<String>, ok_codes| Step {
        program: program.to_owned(),
        args,
        ok_codes,
    };
    let steps = [
        step(&me, vec!["--floor".into(), path_arg(&corpus.submissions)], &[0]),
        step(BAOCAO, check_args(&corpus), &[0, 1]),
        step(BAOCAO, compile_args(&corpus, &out, "md,html,json"), &[0]),
        step(BAOCAO, compile_args(&corpus, &out, "md,html,json,docx"), &[0]),
    ];
    let measured = measure_interleaved(&steps, &work, runs).map_err(|e| fail("benchmark", e))?;
    let [Some(floor), Some(check), Some(compile), docx] =
        <[Option<Measured>; 4]>::try_from(measured).map_err(|_| "one measurement per step".to_owned())?
    else {
        return Err("the floor, check and compile must all run".into());
    };

    println!();
    println!("machine: {}", machine());
    println!(
        "corpus: {} reports, {} ({}, seed {SEED}); {runs} rounds of every step after one warm-up, median",
        corpus.files,
        mb(corpus.bytes),
        if options.problems { "with problems" } else { "clean" }
    );
    println!();
    println!("| step | median | × floor | peak RSS | range |");
    println!("|---|---:|---:|---:|---|");
    println!("{}", row("floor: read + pulldown-cmark (rayon)", &floor, floor.median));
    println!("{}", row("check --format json", &check, floor.median));
    println!("{}", row("compile --format md,html,json", &compile, floor.median));
    match &docx {
        Some(m) => println!("{}", row("compile --format md,html,json,docx", m, floor.median)),
        None => println!("| compile --format md,html,json,docx | docx: not available | | | |"),
    }
    println!();
    if let Some(peak) = compile.peak {
        println!(
            "compile peak memory: {:.2}× the corpus size",
            peak as f64 / corpus.bytes as f64
        );
    }
    if let Some(docx) = &docx {
        println!(
            "docx adds {:.2}× the floor",
            (docx.median - compile.median) / floor.median
        );
    }
    if !time_available() {
        println!("note: peak memory by polling /proc/<pid>/status (Linux only; /usr/bin/time is more exact)");
    }
    Ok(())
}

fn scaling(options: &Options, dir: &Path) -> Result<(), String> {
    let me = self_exe()?;
    println!();
    println!("machine: {}", machine());
    println!();
    println!("| reports | corpus | floor | check | check per report | check peak RSS |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for units in [500, 5_000, 20_000] {
        let sub = dir.join(format!("scale-{units}"));
        let corpus = corpus(&sub, units, options.problems)?;
        let runs = options.runs.unwrap_or(if units > 10_000 { 3 } else { 5 });
        let work = sub.join("bench-work");
        std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
        let floor = measure_floor(&me, &corpus.submissions, &work, runs).map_err(|e| format!("floor: {e}"))?;
        let check = measure(BAOCAO, &check_args(&corpus), &work, &[0, 1], runs).map_err(|e| format!("check: {e}"))?;
        println!(
            "| {} | {} | {:.3} s | {:.3} s | {:.1} µs | {} |",
            corpus.files,
            mb(corpus.bytes),
            floor.median,
            check.median,
            check.median * 1e6 / corpus.files as f64,
            check.peak.map_or_else(|| "n/a".into(), mb)
        );
        let _ = std::io::stdout().flush();
    }
    Ok(())
}

/// How many reports the workbook measurement sends with their appendix as `.xlsx`.
const WORKBOOK_REPORTS: usize = 1_000;

/// Reading Excel appendices: the first 1,000 reports of the corpus checked as they are
/// (the appendix a table in the Markdown), and the same reports with that table moved
/// into a `.xlsx` of the same name beside each (the file a unit sends as "biểu số liệu kèm
/// theo"), the two taking turns.
fn workbooks(options: &Options, dir: &Path) -> Result<(), String> {
    let corpus = corpus(dir, options.units, options.problems)?;
    let mut files = Vec::new();
    walk(&corpus.submissions, &mut files).map_err(|e| e.to_string())?;
    files.truncate(WORKBOOK_REPORTS);
    let root = dir.join(format!("workbooks-{}", files.len()));
    let (inline, beside) = (root.join("inline"), root.join("beside"));
    let mut moved = 0;
    if !beside.exists() {
        for path in &files {
            let relative = path.strip_prefix(&corpus.submissions).map_err(|e| e.to_string())?;
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            for target in [inline.join(relative), beside.join(relative)] {
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                }
            }
            std::fs::write(inline.join(relative), &text).map_err(|e| e.to_string())?;
            let (rest, rows) = take_last_table(&text);
            if !rows.is_empty() {
                write_workbook(&beside.join(relative).with_extension("xlsx"), &rows)?;
                moved += 1;
            }
            std::fs::write(beside.join(relative), rest).map_err(|e| e.to_string())?;
        }
        println!(
            "{moved} of {} reports have their appendix moved into a .xlsx",
            files.len()
        );
    }
    let work = root.join("bench-work");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let step = |folder: &Path| Step {
        program: BAOCAO.to_owned(),
        args: vec![
            "check".into(),
            path_arg(folder),
            "--outline".into(),
            path_arg(&corpus.outline),
            "--format".into(),
            "json".into(),
        ],
        ok_codes: &[0, 1],
    };
    let runs = options.runs.unwrap_or(7);
    let measured = measure_interleaved(&[step(&inline), step(&beside)], &work, runs).map_err(|e| e.to_string())?;
    let [Some(inline), Some(beside)] = &measured[..] else {
        return Err("check was refused".into());
    };
    println!();
    println!("machine: {}", machine());
    println!("{} reports, {runs} rounds taking turns, medians", files.len());
    println!();
    println!("| step | median | peak RSS |");
    println!("|---|---:|---:|");
    for (name, m) in [
        ("check, appendix in the Markdown", inline),
        ("check, appendix in a .xlsx beside", beside),
    ] {
        println!(
            "| {name} | {:.3} s | {} |",
            m.median,
            m.peak.map_or_else(|| "n/a".into(), mb)
        );
    }
    println!();
    println!(
        "a workbook read instead of a table: {:+.0} µs a report",
        (beside.median - inline.median) * 1e6 / files.len() as f64
    );
    Ok(())
}

/// The report without its last pipe table, and that table's rows as cells (the
/// `|---|` row left out).
fn take_last_table(text: &str) -> (String, Vec<Vec<String>>) {
    let lines: Vec<&str> = text.lines().collect();
    let is_row = |l: &str| l.trim_start().starts_with('|');
    let Some(last) = lines.iter().rposition(|l| is_row(l)) else {
        return (text.to_owned(), Vec::new());
    };
    let first = lines[..last].iter().rposition(|l| !is_row(l)).map_or(0, |i| i + 1);
    let rows = lines[first..=last]
        .iter()
        .filter(|l| !l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')))
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect();
    let mut rest: Vec<&str> = lines[..first].to_vec();
    rest.extend(&lines[last + 1..]);
    (rest.join("\n") + "\n", rows)
}

fn write_workbook(path: &Path, rows: &[Vec<String>]) -> Result<(), String> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (
                u32::try_from(r).unwrap_or(u32::MAX),
                u16::try_from(c).unwrap_or(u16::MAX),
            );
            sheet.write_string(r, c, cell).map_err(|e| e.to_string())?;
        }
    }
    book.save(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Where `check`'s time goes: each stage of the per-file path, on one thread, in-process.
fn stages(options: &Options, dir: &Path) -> Result<(), String> {
    use baocao::diagnostic::LineIndex;
    const NAMES: [&str; 10] = [
        "read",
        "UTF-8 check (floor)",
        "pulldown-cmark (floor)",
        "decode (UTF-8, NFC, copy)",
        "line index",
        "front matter",
        "header block and signature",
        "blocks (pulldown-cmark, words)",
        "structure",
        "appendix",
    ];
    let corpus = corpus(dir, options.units, options.problems)?;
    let mut files = Vec::new();
    walk(&corpus.submissions, &mut files).map_err(|e| e.to_string())?;
    let outline = baocao::campaign::outline::Outline::builtin();
    let mut spent = [Duration::ZERO; NAMES.len()];
    for path in &files {
        let mut lap = Instant::now();
        let mut stop = |i: usize, spent: &mut [Duration; NAMES.len()]| {
            spent[i] += lap.elapsed();
            lap = Instant::now();
        };
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        stop(0, &mut spent);
        let lossy = String::from_utf8_lossy(&bytes);
        stop(1, &mut spent);
        std::hint::black_box(pulldown_cmark::Parser::new_ext(&lossy, baocao::read::dialect::options()).count());
        stop(2, &mut spent);
        let baocao::read::decode::Decoded::Text { text, .. } = baocao::read::decode::decode(&bytes) else {
            continue;
        };
        stop(3, &mut spent);
        let index = LineIndex::new(&text);
        stop(4, &mut spent);
        let top = baocao::report::front_matter::parse(&text, &index, &outline);
        stop(5, &mut spent);
        let signature = top.front_matter.signer.is_none() || top.front_matter.signer_title.is_none();
        std::hint::black_box(baocao::report::header::read(&text, top.body_start, &index, signature));
        stop(6, &mut spent);
        let blocks = baocao::read::markdown::blocks(&text[top.body_start..], top.body_start);
        stop(7, &mut spent);
        let structure = baocao::report::structure::analyze(&blocks, &text, &index, &outline);
        stop(8, &mut spent);
        std::hint::black_box(baocao::report::appendix::read(
            &blocks,
            &text,
            top.body_start,
            &index,
            &structure,
            &outline,
        ));
        stop(9, &mut spent);
    }
    let seconds = |d: &[Duration]| d.iter().map(Duration::as_secs_f64).sum::<f64>();
    let floor = seconds(&spent[1..3]);
    println!("one thread, {} files, {}:", files.len(), mb(corpus.bytes));
    println!("| stage | time | × floor (UTF-8 + pulldown-cmark) |");
    println!("|---|---:|---:|");
    for (name, time) in NAMES.iter().zip(spent) {
        println!(
            "| {name} | {:.3} s | {:.2}× |",
            time.as_secs_f64(),
            time.as_secs_f64() / floor
        );
    }
    let analysis = seconds(&spent[3..]);
    println!(
        "| report::analyze, all stages | {analysis:.3} s | {:.2}× |",
        analysis / floor
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--floor") {
        let Some(dir) = args.get(2) else {
            return ExitCode::from(2);
        };
        return match floor(Path::new(dir)) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("floor: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!(
                "usage: cargo bench --bench scale -- [--units N] [--runs R] [--dir DIR] [--problems] [--scaling | --stages | --workbooks]"
            );
            return ExitCode::from(2);
        }
    };
    let temp = match &options.dir {
        Some(_) => None,
        None => match tempfile::Builder::new().prefix("baocao-bench-").tempdir() {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("error: cannot create a temporary folder: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let dir = options
        .dir
        .clone()
        .or_else(|| temp.as_ref().map(|t| t.path().to_owned()))
        .unwrap_or_default();
    let result = if options.stages {
        stages(&options, &dir)
    } else if options.workbooks {
        workbooks(&options, &dir)
    } else if options.scaling {
        scaling(&options, &dir)
    } else {
        bench(&options, &dir)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
