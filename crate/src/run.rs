//! Running a whole program to completion, as `yieldscope run` does: the
//! program's stdout, CPython-style error text and exit status.

use std::rc::Rc;

use crate::compiler::compile_source;
use crate::runtime::{RunStatus, Vm};
use crate::syntax::error::CompileError;

#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Statements (and native loop iterations) the program may execute.
    pub max_steps: u64,
    /// CPython's `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            max_steps: 10_000_000_000,
            recursion_limit: crate::runtime::vm::DEFAULT_RECURSION_LIMIT,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Exit status when the step budget stops a program.
pub const BUDGET_EXIT_CODE: i32 = 3;

/// Runs `source` to the end. `write_stdout` receives output as it is
/// produced (in chunks), so long-running programs show progress.
pub fn run_source_streaming(
    source: &str,
    filename: &str,
    options: &RunOptions,
    write_stdout: &mut dyn FnMut(&str),
) -> (String, i32) {
    let program = match compile_source(source, filename) {
        Ok(program) => program,
        Err(error) => return (format_compile_error(&error, source, filename), 1),
    };
    let mut vm = Vm::new(Rc::new(program));
    vm.recursion_limit = options.recursion_limit;
    let slice = 5_000_000u64;
    let mut remaining = options.max_steps;
    loop {
        let grant = remaining.min(slice);
        remaining -= grant;
        vm.set_step_budget(grant);
        let status = vm.run();
        write_stdout(&vm.output);
        vm.output.clear();
        match status {
            RunStatus::BudgetExhausted if remaining > 0 => continue,
            RunStatus::BudgetExhausted => {
                let mut stderr = std::mem::take(&mut vm.errors);
                stderr.push_str(&format!(
                    "yieldscope: stopped after {} steps: the step budget ran out (raise it with --max-steps)\n",
                    options.max_steps
                ));
                return (stderr, BUDGET_EXIT_CODE);
            }
            RunStatus::Paused => continue,
            RunStatus::Finished => return (std::mem::take(&mut vm.errors), 0),
            RunStatus::Uncaught => {
                let exception = vm.uncaught.clone();
                let mut stderr = std::mem::take(&mut vm.errors);
                if let Some(exception) = exception {
                    stderr = vm.format_traceback(&exception) + &stderr;
                }
                return (stderr, 1);
            }
        }
    }
}

/// Runs `source` and collects everything.
pub fn run_source(source: &str, filename: &str, options: &RunOptions) -> RunOutcome {
    let mut stdout = String::new();
    let (stderr, exit_code) =
        run_source_streaming(source, filename, options, &mut |text| stdout.push_str(text));
    RunOutcome {
        stdout,
        stderr,
        exit_code,
    }
}

/// CPython's report of an error found before running:
/// the file and line, the source line with a caret, and the message.
pub fn format_compile_error(error: &CompileError, source: &str, filename: &str) -> String {
    let mut out = format!("  File \"{filename}\", line {}\n", error.span.line);
    if let Some(line) = source
        .lines()
        .nth((error.span.line as usize).saturating_sub(1))
    {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            out.push_str("    ");
            out.push_str(trimmed);
            out.push('\n');
            let column = (error.span.col as usize).saturating_sub(indent);
            let width =
                if error.span.end_line == error.span.line && error.span.end_col > error.span.col {
                    (error.span.end_col - error.span.col) as usize
                } else {
                    1
                };
            out.push_str(&" ".repeat(4 + column));
            out.push_str(&"^".repeat(width.max(1)));
            out.push('\n');
        }
    }
    out.push_str(error.kind.python_name());
    out.push_str(": ");
    out.push_str(&error.message);
    out.push('\n');
    out
}
