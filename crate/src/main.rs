//! `yieldscope run FILE.py` and friends.

mod export;

use std::io::Write;
use std::process::ExitCode;

use yieldscope::run::{format_compile_error, run_source_streaming, RunOptions, BUDGET_EXIT_CODE};
use yieldscope::trace::schema::EventView;
use yieldscope::trace::{End, Session, TraceOptions};

const USAGE: &str = "usage: yieldscope run [--max-steps N] [--recursion-limit N] FILE.py
       yieldscope trace [--json] [--max-steps N] FILE.py
       yieldscope export [--max-steps N] [-o OUT.html] FILE.py
       yieldscope disassemble FILE.py";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        return usage();
    };
    let parsed = match Arguments::parse(rest) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("yieldscope: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command.as_str() {
        "run" => run(parsed),
        "trace" => trace(parsed),
        "export" => export(parsed),
        "disassemble" => disassemble(parsed),
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// The options every command understands, and the file.
struct Arguments {
    file: String,
    source: String,
    max_steps: Option<u64>,
    recursion_limit: Option<usize>,
    json: bool,
    output: Option<String>,
}

impl Arguments {
    fn parse(args: &[String]) -> Result<Arguments, String> {
        let mut file = None;
        let mut max_steps = None;
        let mut recursion_limit = None;
        let mut json = false;
        let mut output = None;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--json" => json = true,
                "-o" | "--output" => {
                    output = Some(
                        rest.next()
                            .ok_or_else(|| format!("{arg} needs a file"))?
                            .clone(),
                    );
                }
                "--max-steps" | "--recursion-limit" => {
                    let number = rest
                        .next()
                        .and_then(|value| value.parse::<u64>().ok())
                        .ok_or_else(|| format!("{arg} needs a number"))?;
                    if arg == "--max-steps" {
                        max_steps = Some(number);
                    } else {
                        recursion_limit = Some(number as usize);
                    }
                }
                path => file = Some(path.to_owned()),
            }
        }
        let file = file.ok_or("no file given")?;
        let source = std::fs::read_to_string(&file)
            .map_err(|error| format!("can't open file '{file}': {error}"))?;
        Ok(Arguments {
            file,
            source,
            max_steps,
            recursion_limit,
            json,
            output,
        })
    }
}

fn run(args: Arguments) -> ExitCode {
    let defaults = RunOptions::default();
    let options = RunOptions {
        max_steps: args.max_steps.unwrap_or(defaults.max_steps),
        recursion_limit: args.recursion_limit.unwrap_or(defaults.recursion_limit),
    };
    // CPython (3.9+) names the main script by its absolute path.
    let filename = std::path::absolute(&args.file)
        .map(|absolute| absolute.to_string_lossy().into_owned())
        .unwrap_or(args.file);
    let stdout = std::io::stdout();
    let mut stdout = stdout.lock();
    let (stderr, code) = run_source_streaming(&args.source, &filename, &options, &mut |text| {
        let _ = stdout.write_all(text.as_bytes());
    });
    let _ = stdout.flush();
    eprint!("{stderr}");
    ExitCode::from(code as u8)
}

fn disassemble(args: Arguments) -> ExitCode {
    match yieldscope::compiler::compile_source(&args.source, &args.file) {
        Ok(program) => {
            print!(
                "{}",
                yieldscope::compiler::disassemble::disassemble(&program.module)
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", format_compile_error(&error, &args.source, &args.file));
            ExitCode::from(1)
        }
    }
}

/// Traces the whole program (up to the step budget); a compile error is
/// reported as CPython reports it.
fn traced(args: &Arguments, default_max_steps: u64) -> Result<Session, ExitCode> {
    let defaults = TraceOptions::default();
    let options = TraceOptions {
        max_steps: args.max_steps.unwrap_or(default_max_steps),
        recursion_limit: args.recursion_limit.unwrap_or(defaults.recursion_limit),
        ..defaults
    };
    let mut session = Session::new(&args.source, &args.file, options).map_err(|error| {
        eprint!("{}", format_compile_error(&error, &args.source, &args.file));
        ExitCode::from(1)
    })?;
    session.extend(u64::MAX);
    Ok(session)
}

/// A step's complete state as one line of JSON (what `trace --json` prints).
fn state_json(session: &mut Session, step: u64) -> Option<String> {
    session
        .state(step)
        .map(|state| serde_json::to_string(&state).unwrap_or_default())
}

/// How the run ended, as `trace` and `export` report it on stderr and in
/// the exit code.
fn ending(session: &Session) -> ExitCode {
    match session.end() {
        Some(End::Error { traceback, .. }) => {
            eprint!("{traceback}");
            ExitCode::from(1)
        }
        Some(End::Budget) => {
            eprintln!("yieldscope: the trace stopped at its step budget");
            ExitCode::from(BUDGET_EXIT_CODE as u8)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// `yieldscope trace`: the events of a run, one per line, or with `--json`
/// the complete state of every step as one JSON object per line.
fn trace(args: Arguments) -> ExitCode {
    let mut session = match traced(&args, TraceOptions::default().max_steps) {
        Ok(session) => session,
        Err(code) => return code,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for step in 0..session.step_count() {
        let line = if args.json {
            state_json(&mut session, step)
        } else {
            session.event(step).map(|event| describe_event(&event))
        };
        let Some(line) = line else { continue };
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    let _ = out.flush();
    ending(&session)
}

/// `yieldscope export`: the trace as one self-contained HTML file. A run
/// that ends in an exception or at the budget is exported all the same
/// (the viewer shows how it ended); the exit code still says so.
fn export(args: Arguments) -> ExitCode {
    let mut session = match traced(&args, export::DEFAULT_MAX_STEPS) {
        Ok(session) => session,
        Err(code) => return code,
    };
    let states: Vec<String> = (0..session.step_count())
        .filter_map(|step| state_json(&mut session, step))
        .collect();
    let target = args
        .output
        .clone()
        .unwrap_or_else(|| export::default_output(&args.file));
    let name = std::path::Path::new(&args.file)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.file.clone());
    if let Err(error) = std::fs::write(&target, export::page(&args.source, &name, &states)) {
        eprintln!("yieldscope: can't write '{target}': {error}");
        return ExitCode::from(1);
    }
    eprintln!("yieldscope: wrote {target} ({} steps)", states.len());
    ending(&session)
}

fn describe_event(event: &EventView) -> String {
    let mut line = format!(
        "{:>6} {:<10} line {:<4} frame {}",
        event.index, event.kind, event.line, event.frame
    );
    if let Some(from) = event.from {
        line.push_str(&format!(" from {from}"));
    }
    if !event.via.is_empty() {
        line.push_str(&format!(" via {}", event.via));
    }
    if event.implicit {
        line.push_str(" (implicit)");
    }
    if let Some(value) = &event.value {
        line.push_str(&format!(" value {value}"));
    }
    if let Some(text) = &event.text {
        line.push_str(&format!(" {text:?}"));
    }
    line
}
