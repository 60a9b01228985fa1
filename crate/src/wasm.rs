//! The WebAssembly boundary: one session type over the trace engine, plus a
//! plain `run`. Everything crossing it is a typed, serialisable value
//! (TypeScript declarations generated from the Rust types); errors come back
//! as structured values, never as panics.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Converts a Rust value to its JS form (plain objects, not Maps).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

use crate::run::{run_source, RunOptions};
use crate::runtime::events::EventKind;
use crate::syntax::error::CompileError;
use crate::trace::schema::{EventView, StepState};
use crate::trace::{End, Session, TraceOptions};

#[wasm_bindgen(start)]
fn start() {
    // Any remaining bug becomes a readable message in the console instead
    // of "unreachable executed".
    console_error_panic_hook::set_once();
}

/// An error found before the program ran (a `SyntaxError`, or valid Python
/// Yieldscope does not run).
#[derive(Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompileFailure {
    /// `SyntaxError`, `IndentationError`, `TabError` or `NotImplementedError`.
    #[tsify(
        type = "\"SyntaxError\" | \"IndentationError\" | \"TabError\" | \"NotImplementedError\""
    )]
    pub kind: &'static str,
    pub message: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// CPython's full report (file, line, caret, message).
    pub report: String,
}

fn compile_failure(error: &CompileError, source: &str, filename: &str) -> CompileFailure {
    CompileFailure {
        kind: error.kind.python_name(),
        message: error.message.clone(),
        line: error.span.line,
        col: error.span.col,
        end_line: error.span.end_line,
        end_col: error.span.end_col,
        report: crate::run::format_compile_error(error, source, filename),
    }
}

/// Where a trace stands after extending it.
#[derive(Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TraceProgress {
    pub steps: u64,
    pub complete: bool,
    /// `finished`, `error`, `budget`, or absent while the program can run on.
    #[tsify(type = "\"finished\" | \"error\" | \"budget\" | undefined")]
    pub end: Option<&'static str>,
    pub error: Option<String>,
    pub traceback: Option<String>,
}

#[derive(Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

#[wasm_bindgen]
pub struct TraceSession {
    session: Session,
}

fn event_kind(name: &str) -> Option<EventKind> {
    EventKind::ALL
        .into_iter()
        .find(|kind| kind.as_str() == name)
}

#[wasm_bindgen]
impl TraceSession {
    /// Compiles `source`; a syntax error is thrown as a `CompileFailure`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        source: &str,
        filename: &str,
        max_steps: f64,
        checkpoint_interval: f64,
    ) -> Result<TraceSession, JsValue> {
        let defaults = TraceOptions::default();
        let options = TraceOptions {
            max_steps: if max_steps > 0.0 {
                max_steps as u64
            } else {
                defaults.max_steps
            },
            checkpoint_interval: if checkpoint_interval > 0.0 {
                checkpoint_interval as u64
            } else {
                defaults.checkpoint_interval
            },
            ..defaults
        };
        Session::new(source, filename, options)
            .map(|session| TraceSession { session })
            .map_err(|error| to_js(&compile_failure(&error, source, filename)))
    }

    /// Runs up to `steps` more steps of the program.
    #[wasm_bindgen(unchecked_return_type = "TraceProgress")]
    pub fn extend(&mut self, steps: f64) -> JsValue {
        self.session.extend(steps.max(0.0) as u64);
        self.progress()
    }

    #[wasm_bindgen(unchecked_return_type = "TraceProgress")]
    pub fn progress(&self) -> JsValue {
        to_js(&self.report())
    }
}

impl TraceSession {
    fn report(&self) -> TraceProgress {
        let (end, error, traceback) = match self.session.end() {
            None => (None, None, None),
            Some(End::Finished) => (Some("finished"), None, None),
            Some(End::Budget) => (Some("budget"), None, None),
            Some(End::Error { traceback, line }) => {
                (Some("error"), Some(line.clone()), Some(traceback.clone()))
            }
        };
        TraceProgress {
            steps: self.session.step_count(),
            complete: self.session.is_complete(),
            end,
            error,
            traceback,
        }
    }
}

#[wasm_bindgen]
impl TraceSession {
    /// Lets a trace stopped by its step budget run `steps` further.
    #[wasm_bindgen(js_name = extendBudget)]
    pub fn extend_budget(&mut self, steps: f64) {
        self.session.extend_budget(steps.max(0.0) as u64);
    }

    #[wasm_bindgen(js_name = stepCount)]
    pub fn step_count(&self) -> f64 {
        self.session.step_count() as f64
    }

    /// The complete state at `step` (time travel: any step, any order),
    /// or `null` past the end.
    #[wasm_bindgen(unchecked_return_type = "StepState | null")]
    pub fn state(&mut self, step: f64) -> JsValue {
        let state: Option<StepState> = self.session.state(step.max(0.0) as u64);
        state.map_or(JsValue::NULL, |state| to_js(&state))
    }

    #[wasm_bindgen(unchecked_return_type = "EventView | null")]
    pub fn event(&self, step: f64) -> JsValue {
        let event: Option<EventView> = self.session.event(step.max(0.0) as u64);
        event.map_or(JsValue::NULL, |event| to_js(&event))
    }

    /// The next (or previous) step whose event kind is in `kinds`.
    pub fn find(
        &self,
        kinds: Vec<String>,
        from: f64,
        forward: bool,
        include_implicit: bool,
    ) -> Option<f64> {
        let kinds: Vec<EventKind> = kinds.iter().filter_map(|name| event_kind(name)).collect();
        self.session
            .find(&kinds, from.max(0.0) as u64, forward, include_implicit)
            .map(|step| step as f64)
    }

    /// For a timeline of `buckets` cells, a bit set of the event kinds in
    /// each (bit order: `eventKinds()`).
    #[wasm_bindgen(js_name = kindMap)]
    pub fn kind_map(&self, buckets: u32) -> Vec<u16> {
        self.session.kind_map(buckets as usize)
    }

    /// Everything printed up to and including `step`.
    #[wasm_bindgen(js_name = outputAt)]
    pub fn output_at(&self, step: f64) -> String {
        let length = self.session.output_length_at(step.max(0.0) as u64);
        self.session.output()[..length].to_owned()
    }
}

/// The event kinds, in the bit order `kindMap` uses.
#[wasm_bindgen(js_name = eventKinds)]
pub fn event_kinds() -> Vec<String> {
    EventKind::ALL
        .iter()
        .map(|kind| kind.as_str().to_owned())
        .collect()
}

/// Runs a program to the end, like `yieldscope run`.
#[wasm_bindgen(unchecked_return_type = "RunResult")]
pub fn run(source: &str, filename: &str, max_steps: f64) -> JsValue {
    let defaults = RunOptions::default();
    let options = RunOptions {
        max_steps: if max_steps > 0.0 {
            max_steps as u64
        } else {
            defaults.max_steps
        },
        ..defaults
    };
    let outcome = run_source(source, filename, &options);
    to_js(&RunResult {
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        exit_code: outcome.exit_code,
    })
}

/// The schema version states carry.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    crate::trace::schema::SCHEMA_VERSION
}
