//! A traced run with time travel: the program runs once, recording a
//! compact event per step and a checkpoint (a deep copy of the VM) every so
//! often; the full state of any step is rebuilt by copying the nearest
//! earlier checkpoint and replaying to that step. Replays are exact because
//! the VM is deterministic.

use std::rc::Rc;

use super::inspect::Inspection;
use super::schema::*;
use crate::compiler::code::Program;
use crate::compiler::compile_source;
use crate::runtime::events::{Event, EventKind, Payload, SinkMode, NO_FRAME, NO_PAYLOAD};
use crate::runtime::{RunStatus, Vm};
use crate::syntax::error::CompileError;

/// Output kept in each step's state; older text is cut off.
const OUTPUT_TAIL: usize = 20_000;

#[derive(Debug, Clone)]
pub struct TraceOptions {
    /// Steps (events) recorded before the trace stops with `budget`.
    pub max_steps: u64,
    /// Smallest distance between checkpoints, in steps.
    pub checkpoint_interval: u64,
    pub recursion_limit: usize,
}

impl Default for TraceOptions {
    fn default() -> TraceOptions {
        TraceOptions {
            max_steps: 1_000_000,
            checkpoint_interval: 10_000,
            recursion_limit: crate::runtime::vm::DEFAULT_RECURSION_LIMIT,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    Finished,
    /// An uncaught exception: its traceback and last line.
    Error {
        traceback: String,
        line: String,
    },
    /// The step budget ran out; `extend_budget` continues the trace.
    Budget,
}

struct Checkpoint {
    /// Events recorded before this position.
    count: u64,
    vm: Vm,
}

pub struct Session {
    live: Vm,
    events: Vec<Event>,
    payloads: Vec<Payload>,
    output: String,
    /// `(events recorded, output length)` after each output event.
    output_marks: Vec<(u64, usize)>,
    checkpoints: Vec<Checkpoint>,
    next_checkpoint: u64,
    /// A replay VM left where the last seek put it, so stepping forward
    /// does not start over from a checkpoint.
    cursor: Option<Checkpoint>,
    end: Option<End>,
    options: TraceOptions,
    program: Rc<Program>,
}

impl Session {
    pub fn new(
        source: &str,
        filename: &str,
        options: TraceOptions,
    ) -> Result<Session, CompileError> {
        let program = Rc::new(compile_source(source, filename)?);
        let mut live = Vm::new(program.clone());
        live.recursion_limit = options.recursion_limit;
        live.set_step_budget(options.max_steps);
        live.events.mode = SinkMode::Record;
        let first = Checkpoint {
            count: 0,
            vm: live.replicate(),
        };
        Ok(Session {
            live,
            events: Vec::new(),
            payloads: Vec::new(),
            output: String::new(),
            output_marks: Vec::new(),
            checkpoints: vec![first],
            next_checkpoint: options.checkpoint_interval,
            cursor: None,
            end: None,
            options,
            program,
        })
    }

    pub fn step_count(&self) -> u64 {
        self.events.len() as u64
    }

    pub fn end(&self) -> Option<&End> {
        self.end.as_ref()
    }

    pub fn is_complete(&self) -> bool {
        self.end.is_some()
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    /// Runs the program for up to `steps` more steps (or to its end).
    pub fn extend(&mut self, steps: u64) {
        if matches!(self.end, Some(End::Finished | End::Error { .. })) {
            return;
        }
        if self.end == Some(End::Budget) {
            return;
        }
        let target = (self.step_count() + steps).min(self.options.max_steps);
        while self.end.is_none() && self.step_count() < target {
            let pause_at = self.next_checkpoint.min(target);
            self.live.events.pause_at = Some(pause_at);
            let status = self.live.run();
            self.collect_events();
            match status {
                RunStatus::Paused => {
                    if self.step_count() >= self.next_checkpoint {
                        self.take_checkpoint();
                    }
                }
                RunStatus::Finished => self.end = Some(End::Finished),
                RunStatus::Uncaught => {
                    let (traceback, line) = match &self.live.uncaught {
                        Some(exception) => (
                            self.live.format_traceback(exception),
                            self.live.exception_line(exception),
                        ),
                        None => (String::new(), String::new()),
                    };
                    self.end = Some(End::Error { traceback, line });
                }
                RunStatus::BudgetExhausted => self.end = Some(End::Budget),
            }
        }
        if self.end.is_none() && self.step_count() >= self.options.max_steps {
            self.end = Some(End::Budget);
        }
    }

    /// Allows `steps` more steps after the budget stopped the trace.
    pub fn extend_budget(&mut self, steps: u64) {
        self.options.max_steps += steps;
        let remaining = self.live.steps_remaining;
        self.live.set_step_budget(remaining + steps);
        if self.end == Some(End::Budget) {
            self.end = None;
        }
    }

    fn collect_events(&mut self) {
        let base = self.payloads.len() as u32;
        let first = self.events.len() as u64;
        let events = std::mem::take(&mut self.live.events.events);
        let payloads = std::mem::take(&mut self.live.events.payloads);
        for (offset, mut event) in events.into_iter().enumerate() {
            if event.payload != NO_PAYLOAD {
                let payload = &payloads[event.payload as usize];
                if event.kind == EventKind::Output {
                    if let Some(text) = &payload.text {
                        self.output.push_str(text);
                        self.output_marks
                            .push((first + offset as u64 + 1, self.output.len()));
                    }
                }
                event.payload += base;
            }
            self.events.push(event);
        }
        self.payloads.extend(payloads);
        self.live.output.clear();
    }

    fn take_checkpoint(&mut self) {
        let count = self.step_count();
        let (vm, weight) = self.live.replicate_weighed();
        self.checkpoints.push(Checkpoint { count, vm });
        // Big heaps make copies expensive: space them out so that copies
        // stay a fraction of the trace's memory, at the price of longer
        // replays.
        let interval = (weight as u64 * 4).clamp(self.options.checkpoint_interval, 2_000_000);
        self.next_checkpoint = count + interval;
    }

    /// The VM positioned just after event `step`.
    fn position(&mut self, step: u64) -> Option<&Vm> {
        if step >= self.step_count() {
            return None;
        }
        let target = step + 1;
        if self.live.events.count == target {
            return Some(&self.live);
        }
        let checkpoint_index = self.checkpoints.partition_point(|c| c.count <= target) - 1;
        let checkpoint_count = self.checkpoints[checkpoint_index].count;
        let reuse = self
            .cursor
            .as_ref()
            .is_some_and(|cursor| cursor.count <= target && cursor.count >= checkpoint_count);
        if !reuse {
            let mut vm = self.checkpoints[checkpoint_index].vm.replicate();
            vm.events.count = checkpoint_count;
            self.cursor = Some(Checkpoint {
                count: checkpoint_count,
                vm,
            });
        }
        let cursor = self.cursor.as_mut()?;
        if cursor.count < target {
            cursor.vm.events.mode = SinkMode::Count;
            cursor.vm.events.pause_at = Some(target);
            cursor.vm.set_step_budget(u64::MAX);
            cursor.vm.run();
            cursor.vm.output.clear();
            cursor.vm.events.events.clear();
            cursor.vm.events.payloads.clear();
            cursor.count = cursor.vm.events.count;
        }
        Some(&self.cursor.as_ref()?.vm)
    }

    pub fn event(&self, step: u64) -> Option<EventView> {
        let event = self.events.get(step as usize)?;
        let payload = (event.payload != NO_PAYLOAD).then(|| &self.payloads[event.payload as usize]);
        Some(EventView {
            index: step,
            kind: event.kind.as_str(),
            via: event.via.as_str(),
            implicit: event.implicit,
            line: event.line,
            frame: event.frame,
            from: (event.from != NO_FRAME).then_some(event.from),
            value: payload.and_then(|p| p.value.clone()),
            value_id: payload.and_then(|p| p.value_id),
            generator: payload.and_then(|p| p.generator),
            text: payload.and_then(|p| p.text.clone()),
        })
    }

    pub fn event_kind(&self, step: u64) -> Option<EventKind> {
        self.events.get(step as usize).map(|event| event.kind)
    }

    pub fn is_implicit(&self, step: u64) -> bool {
        self.events
            .get(step as usize)
            .is_some_and(|event| event.implicit)
    }

    /// The output printed up to and including `step`.
    pub fn output_length_at(&self, step: u64) -> usize {
        let index = self
            .output_marks
            .partition_point(|(count, _)| *count <= step + 1);
        if index == 0 {
            0
        } else {
            self.output_marks[index - 1].1
        }
    }

    pub fn output(&self) -> &str {
        &self.output
    }

    /// The complete state at `step`.
    pub fn state(&mut self, step: u64) -> Option<StepState> {
        let event = self.event(step)?;
        let last = step + 1 == self.step_count();
        let end = if last { self.end.clone() } else { None };
        let output_length = self.output_length_at(step);
        let Inspection {
            frames,
            generators,
            objects,
            memory,
            in_flight,
        } = self.position(step)?.inspect();
        let start = output_length.saturating_sub(OUTPUT_TAIL);
        let start = (start..=output_length)
            .find(|&index| self.output.is_char_boundary(index))
            .unwrap_or(output_length);
        Some(StepState {
            schema: SCHEMA_VERSION,
            step,
            event,
            frames,
            generators,
            objects,
            output: self.output[start..output_length].to_owned(),
            output_length,
            output_truncated: start > 0,
            memory,
            in_flight,
            end: end.map(|end| match end {
                End::Finished => EndView {
                    reason: "finished",
                    traceback: None,
                    error: None,
                },
                End::Error { traceback, line } => EndView {
                    reason: "error",
                    traceback: Some(traceback),
                    error: Some(line),
                },
                End::Budget => EndView {
                    reason: "budget",
                    traceback: None,
                    error: None,
                },
            }),
        })
    }

    /// The nearest step after (or before) `from` whose event is one of
    /// `kinds`; implicit `iter`/`next` steps only when asked for.
    pub fn find(
        &self,
        kinds: &[EventKind],
        from: u64,
        forward: bool,
        include_implicit: bool,
    ) -> Option<u64> {
        let matches =
            |event: &Event| kinds.contains(&event.kind) && (include_implicit || !event.implicit);
        if forward {
            let start = (from + 1) as usize;
            self.events
                .get(start..)?
                .iter()
                .position(matches)
                .map(|offset| (start + offset) as u64)
        } else {
            let end = (from as usize).min(self.events.len());
            self.events[..end]
                .iter()
                .rposition(matches)
                .map(|index| index as u64)
        }
    }

    /// For a timeline of `buckets` cells: which event kinds occur in each
    /// cell, as bit sets over [`EventKind::ALL`].
    pub fn kind_map(&self, buckets: usize) -> Vec<u16> {
        let buckets = buckets.max(1);
        let mut map = vec![0u16; buckets];
        let total = self.events.len().max(1);
        for (index, event) in self.events.iter().enumerate() {
            let bucket = index * buckets / total;
            let bit = EventKind::ALL
                .iter()
                .position(|kind| *kind == event.kind)
                .unwrap_or(0);
            map[bucket] |= 1 << bit;
        }
        map
    }

    /// Checkpoints held, and their spacing, for memory reports.
    pub fn checkpoint_count(&self) -> usize {
        self.checkpoints.len()
    }
}
