//! `yieldscope run FILE.py` and friends.

use std::io::Write;
use std::process::ExitCode;

use yieldscope::run::{run_source_streaming, RunOptions};

const USAGE: &str = "usage: yieldscope run [--max-steps N] [--recursion-limit N] FILE.py
       yieldscope trace [--json] [--max-steps N] FILE.py
       yieldscope disassemble FILE.py";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("trace") => trace(&args[1..]),
        Some("disassemble") => disassemble(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read_file(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|error| {
        eprintln!("yieldscope: can't open file '{path}': {error}");
        ExitCode::from(2)
    })
}

fn run(args: &[String]) -> ExitCode {
    let mut options = RunOptions::default();
    let mut file = None;
    let mut index = 0;
    while index < args.len() {
        match args[index].as_str() {
            "--max-steps" | "--recursion-limit" => {
                let Some(value) = args.get(index + 1).and_then(|v| v.parse::<u64>().ok()) else {
                    eprintln!("yieldscope: {} needs a number\n{USAGE}", args[index]);
                    return ExitCode::from(2);
                };
                if args[index] == "--max-steps" {
                    options.max_steps = value;
                } else {
                    options.recursion_limit = value as usize;
                }
                index += 2;
            }
            path => {
                file = Some(path.to_owned());
                index += 1;
            }
        }
    }
    let Some(path) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let source = match read_file(&path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    // CPython (3.9+) names the main script by its absolute path.
    let filename = std::path::absolute(&path)
        .map(|absolute| absolute.to_string_lossy().into_owned())
        .unwrap_or(path);
    let stdout = std::io::stdout();
    let mut stdout = stdout.lock();
    let (stderr, code) = run_source_streaming(&source, &filename, &options, &mut |text| {
        let _ = stdout.write_all(text.as_bytes());
    });
    let _ = stdout.flush();
    eprint!("{stderr}");
    ExitCode::from(code as u8)
}

fn disassemble(args: &[String]) -> ExitCode {
    let Some(path) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let source = match read_file(path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    match yieldscope::compiler::compile_source(&source, path) {
        Ok(program) => {
            print!(
                "{}",
                yieldscope::compiler::disassemble::disassemble(&program.module)
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!(
                "{}",
                yieldscope::run::format_compile_error(&error, &source, path)
            );
            ExitCode::from(1)
        }
    }
}

/// `yieldscope trace`: the events of a run, one per line, or with `--json`
/// the complete state of every step as one JSON object per line.
fn trace(args: &[String]) -> ExitCode {
    let mut options = yieldscope::trace::TraceOptions::default();
    let mut json = false;
    let mut file = None;
    let mut index = 0;
    while index < args.len() {
        match args[index].as_str() {
            "--json" => {
                json = true;
                index += 1;
            }
            "--max-steps" => {
                let Some(value) = args.get(index + 1).and_then(|v| v.parse::<u64>().ok()) else {
                    eprintln!("yieldscope: --max-steps needs a number\n{USAGE}");
                    return ExitCode::from(2);
                };
                options.max_steps = value;
                index += 2;
            }
            path => {
                file = Some(path.to_owned());
                index += 1;
            }
        }
    }
    let Some(path) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let source = match read_file(&path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    let mut session = match yieldscope::trace::Session::new(&source, &path, options) {
        Ok(session) => session,
        Err(error) => {
            eprint!(
                "{}",
                yieldscope::run::format_compile_error(&error, &source, &path)
            );
            return ExitCode::from(1);
        }
    };
    session.extend(u64::MAX);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for step in 0..session.step_count() {
        let line = if json {
            match session.state(step) {
                Some(state) => serde_json::to_string(&state).unwrap_or_default(),
                None => continue,
            }
        } else {
            match session.event(step) {
                Some(event) => describe_event(&event),
                None => continue,
            }
        };
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    let _ = out.flush();
    match session.end() {
        Some(yieldscope::trace::End::Error { traceback, .. }) => {
            eprint!("{traceback}");
            ExitCode::from(1)
        }
        Some(yieldscope::trace::End::Budget) => {
            eprintln!("yieldscope: the trace stopped at its step budget");
            ExitCode::from(yieldscope::run::BUDGET_EXIT_CODE as u8)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn describe_event(event: &yieldscope::trace::schema::EventView) -> String {
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
