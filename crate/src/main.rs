//! `yieldscope run FILE.py` and friends.

use std::io::Write;
use std::process::ExitCode;

use yieldscope::run::{run_source_streaming, RunOptions};

const USAGE: &str = "usage: yieldscope run [--max-steps N] [--recursion-limit N] FILE.py
       yieldscope disassemble FILE.py";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
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
    let stdout = std::io::stdout();
    let mut stdout = stdout.lock();
    let (stderr, code) = run_source_streaming(&source, &path, &options, &mut |text| {
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
