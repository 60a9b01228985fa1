//! Frames ending and their results arriving: the bookkeeping of a returning,
//! yielding or failing frame, and the delivery of its outcome to whoever
//! asked for it.

use std::rc::Rc;

use crate::compiler::code::Instruction;
use crate::runtime::builtins::types::ExcType;
use crate::runtime::delivery::{ClassSpec, Completion, Outcome, Protocol, Requester};
use crate::runtime::exceptions::Exc;
use crate::runtime::frame::Frame;
use crate::runtime::objects::{FrameVariables, GenState, GeneratorObj};
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, Origin, StackEntry, Vm};

impl Vm {
    /// The running frame returned, yielded, or let an exception escape.
    pub(crate) fn finish_frame(
        &mut self,
        mut frame: Box<Frame>,
        completion: Completion,
    ) -> Activity {
        self.python_depth -= 1;
        let delivery = std::mem::replace(
            &mut frame.delivery,
            crate::runtime::delivery::Delivery::call(),
        );
        if let Completion::Raise(exception) = &completion {
            keep_variables(&mut frame, exception);
        }
        let outcome = match frame.generator.take() {
            Some(generator) => self.finish_generator_frame(&generator, frame, completion),
            None => {
                let outcome = self.interpret(delivery.protocol, completion, &frame);
                if self.events.is_on() {
                    // `__next__` returning hands its value on as an item.
                    if let Outcome::Value(value) | Outcome::Item(value) = &outcome {
                        self.emit_return(&frame, value);
                    }
                }
                self.recycle_frame(frame);
                outcome
            }
        };
        self.route(outcome, delivery.requester)
    }

    fn finish_generator_frame(
        &mut self,
        generator: &Rc<GeneratorObj>,
        frame: Box<Frame>,
        completion: Completion,
    ) -> Outcome {
        match completion {
            Completion::Yield(value) => {
                if self.events.is_on() {
                    self.emit_yield(generator, &frame, &value);
                }
                if self.events.is_on() {
                    *generator.last_yielded.borrow_mut() = Some(self.summarize(&value));
                }
                *generator.state.borrow_mut() = GenState::Suspended(frame);
                Outcome::Item(value)
            }
            Completion::Return(value) => {
                if self.events.is_on() {
                    self.emit_gen_return(generator, &frame, &value);
                }
                *generator.state.borrow_mut() = GenState::Closed;
                self.recycle_frame(frame);
                Outcome::Done(value)
            }
            Completion::Raise(exception) => {
                *generator.state.borrow_mut() = GenState::Closed;
                self.recycle_frame(frame);
                Outcome::Error(self.convert_stop_iteration(exception))
            }
        }
    }

    /// PEP 479: a `StopIteration` escaping a generator becomes a
    /// `RuntimeError`, chained to it.
    fn convert_stop_iteration(&mut self, exception: Value) -> Value {
        if !self.is_instance_of_exc(&exception, ExcType::StopIteration) {
            return exception;
        }
        let error = self.new_exception(
            ExcType::RuntimeError,
            vec![Value::str("generator raised StopIteration")],
        );
        if let Value::Instance(instance) = &error {
            if let Some(data) = &instance.exception {
                let mut data = data.borrow_mut();
                data.cause = Some(exception.clone());
                data.context = Some(exception);
                data.suppress_context = true;
            }
        }
        error
    }

    /// Reads a completion through the protocol the frame ran under.
    fn interpret(&mut self, protocol: Protocol, completion: Completion, frame: &Frame) -> Outcome {
        let value = match completion {
            Completion::Return(value) | Completion::Yield(value) => value,
            Completion::Raise(exception) => {
                if matches!(protocol, Protocol::NextMethod)
                    && self.is_instance_of_exc(&exception, ExcType::StopIteration)
                {
                    return Outcome::Done(self.stop_iteration_value(&exception));
                }
                if matches!(protocol, Protocol::SequenceItem)
                    && (self.is_instance_of_exc(&exception, ExcType::IndexError)
                        || self.is_instance_of_exc(&exception, ExcType::StopIteration))
                {
                    return Outcome::Done(Value::None);
                }
                return Outcome::Error(exception);
            }
        };
        let checked = match protocol {
            Protocol::Call | Protocol::Generator => Ok(value),
            Protocol::NextMethod | Protocol::SequenceItem => return Outcome::Item(value),
            Protocol::Init(instance) => {
                if value.is_none() {
                    Ok(instance)
                } else {
                    Err(Exc::type_error(format!(
                        "__init__() should return None, not '{}'",
                        value.qualified_type_name()
                    )))
                }
            }
            Protocol::Len => self.check_len_result(value),
            Protocol::Text(method) => match value {
                Value::Str(_) => Ok(value),
                other => Err(Exc::type_error(format!(
                    "{method} returned non-string (type {})",
                    other.qualified_type_name()
                ))),
            },
            Protocol::Truth { negate } => match value {
                Value::Bool(b) => Ok(Value::Bool(b != negate)),
                Value::Int(n) => Ok(Value::Bool((n != 0) != negate)),
                other => match self.truth_fast(&other) {
                    Some(truth) if !matches!(other, Value::Instance(_)) => {
                        Ok(Value::Bool(truth != negate))
                    }
                    _ => Err(Exc::type_error(format!(
                        "__bool__ should return bool, returned {}",
                        other.qualified_type_name()
                    ))),
                },
            },
            Protocol::Iter => {
                if self.is_iterator(&value) {
                    Ok(value)
                } else {
                    Err(Exc::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        value.qualified_type_name()
                    )))
                }
            }
            Protocol::ClassBody(spec) => self.build_class(*spec, frame),
        };
        match checked {
            Ok(value) => Outcome::Value(value),
            Err(exc) => Outcome::Error(self.materialize(exc)),
        }
    }

    fn check_len_result(&self, value: Value) -> Result<Value, Exc> {
        match value {
            Value::Int(n) if n >= 0 => Ok(Value::Int(n)),
            Value::Bool(b) => Ok(Value::Int(i64::from(b))),
            Value::Int(_) => Err(Exc::value_error("__len__() should return >= 0")),
            Value::BigInt(_) => Err(Exc::overflow(
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.qualified_type_name()
            ))),
        }
    }

    fn build_class(&mut self, spec: ClassSpec, frame: &Frame) -> Result<Value, Exc> {
        let namespace = frame.namespace.clone();
        let class_cell = frame
            .code
            .cell_names
            .iter()
            .position(|name| &**name == "__class__")
            .map(|index| frame.cells[index].clone());
        let class = self.create_class(spec, namespace)?;
        if let Some(cell) = class_cell {
            *cell.value.borrow_mut() = Some(class.clone());
        }
        Ok(class)
    }

    /// Sends an outcome on its way: straight into a waiting Python frame, or
    /// back to the run loop when a native routine must continue (so that the
    /// loop can stop between the two events).
    pub(crate) fn route(&mut self, outcome: Outcome, requester: Requester) -> Activity {
        match self.stack.last() {
            Some(StackEntry::Python(_)) | None => self.deliver(outcome, requester),
            Some(StackEntry::Native(_)) => Activity::Deliver { outcome, requester },
        }
    }

    pub(crate) fn deliver(&mut self, outcome: Outcome, requester: Requester) -> Activity {
        match self.stack.pop() {
            None => {
                if let Outcome::Error(exception) = outcome {
                    self.uncaught = Some(exception);
                }
                Activity::Idle
            }
            Some(StackEntry::Native(native)) => {
                let input = self.as_call_result(outcome, requester);
                Activity::Drive { native, input }
            }
            Some(StackEntry::Python(frame)) => self.apply(frame, outcome, requester),
        }
    }

    /// The waiting Python frame receives an outcome.
    pub(crate) fn apply(
        &mut self,
        mut frame: Box<Frame>,
        outcome: Outcome,
        requester: Requester,
    ) -> Activity {
        match (requester, outcome) {
            (Requester::Close, Outcome::Error(exception))
                if self.is_instance_of_exc(&exception, ExcType::GeneratorExit)
                    || self.is_instance_of_exc(&exception, ExcType::StopIteration) =>
            {
                frame.stack.push(Value::None);
            }
            (Requester::CloseDelegate, outcome) => {
                let exc = match outcome {
                    Outcome::Item(_) => Exc::runtime_error("generator ignored GeneratorExit"),
                    Outcome::Error(exception)
                        if !self.is_instance_of_exc(&exception, ExcType::GeneratorExit)
                            && !self.is_instance_of_exc(&exception, ExcType::StopIteration) =>
                    {
                        return Activity::Unwind {
                            frame,
                            exception,
                            origin: Origin::Propagated,
                        }
                    }
                    _ => Exc::with_args(ExcType::GeneratorExit, Vec::new()),
                };
                return self.raise_in(frame, exc);
            }
            (_, Outcome::Error(exception)) => {
                return Activity::Unwind {
                    frame,
                    exception,
                    origin: Origin::Propagated,
                }
            }
            (Requester::Discard, _) => {}
            (Requester::Push { .. }, Outcome::Value(value) | Outcome::Item(value)) => {
                frame.stack.push(value);
            }
            (
                Requester::Push {
                    default: Some(default),
                },
                Outcome::Done(_),
            ) => {
                frame.stack.push(default);
            }
            (Requester::Push { default: None }, Outcome::Done(value)) => {
                return self.raise_in(frame, Exc::stop_iteration(value));
            }
            (Requester::ForIter, Outcome::Item(value) | Outcome::Value(value)) => {
                frame.stack.push(value);
            }
            (Requester::ForIter, Outcome::Done(_)) => {
                frame.stack.pop();
                if let Instruction::ForIter(target) = frame.code.instructions[frame.ip - 1] {
                    frame.ip = target as usize;
                }
            }
            (Requester::YieldFrom, Outcome::Item(value) | Outcome::Value(value)) => {
                frame.stack.push(value);
            }
            (Requester::YieldFrom, Outcome::Done(value)) => {
                frame.stack.pop();
                frame.stack.push(value);
                if let Instruction::Send(target) = frame.code.instructions[frame.ip - 1] {
                    frame.ip = target as usize;
                }
            }
            (Requester::Close, Outcome::Item(_)) => {
                return self.raise_in(frame, Exc::runtime_error("generator ignored GeneratorExit"));
            }
            (Requester::Close, Outcome::Done(_) | Outcome::Value(_)) => {
                frame.stack.push(Value::None);
            }
            (Requester::PushItems, Outcome::Value(Value::List(list))) => {
                let items = std::mem::take(&mut *list.items.borrow_mut());
                frame.stack.extend(items.into_iter().rev());
            }
            (Requester::Native | Requester::NativeCall { .. } | Requester::PushItems, outcome) => {
                // A native requester always sits directly below its callee;
                // reaching a Python frame here is a VM bug, reported as one.
                drop(outcome);
                return self.raise_in(
                    frame,
                    Exc::new(ExcType::SystemError, "internal error: misrouted result"),
                );
            }
        }
        Activity::Run(frame)
    }

    /// A native routine that made a call reads the answer as a call's
    /// result: an item is the value, exhaustion is `StopIteration`.
    pub(crate) fn as_call_result(&mut self, outcome: Outcome, requester: Requester) -> Outcome {
        if let Requester::Close = requester {
            return match outcome {
                Outcome::Item(_) => {
                    let exc = Exc::runtime_error("generator ignored GeneratorExit");
                    Outcome::Error(self.materialize_fresh(exc))
                }
                Outcome::Error(exception)
                    if !self.is_instance_of_exc(&exception, ExcType::GeneratorExit)
                        && !self.is_instance_of_exc(&exception, ExcType::StopIteration) =>
                {
                    Outcome::Error(exception)
                }
                _ => Outcome::Value(Value::None),
            };
        }
        let Requester::NativeCall { default } = requester else {
            return outcome;
        };
        match (outcome, default) {
            (Outcome::Item(value), _) => Outcome::Value(value),
            (Outcome::Done(_), Some(default)) => Outcome::Value(default),
            (Outcome::Done(value), None) => {
                let exception = self.materialize_fresh(Exc::stop_iteration(value));
                Outcome::Error(exception)
            }
            (other, _) => other,
        }
    }

    /// `StopIteration.value`: its first argument, or `None`.
    pub(crate) fn stop_iteration_value(&self, exception: &Value) -> Value {
        match exception {
            Value::Instance(instance) => instance
                .exception
                .as_ref()
                .and_then(|data| data.borrow().args.first().cloned())
                .unwrap_or(Value::None),
            _ => Value::None,
        }
    }
}

/// An exception escaping `frame` keeps its variables alive, as CPython's
/// traceback keeps the frame; what is left on its value stack goes now,
/// top first. The exception itself is not kept (a bare `raise` in an
/// `except ... as error` block would make a cycle that never goes away).
fn keep_variables(frame: &mut Frame, exception: &Value) {
    while frame.stack.pop().is_some() {}
    let Value::Instance(instance) = exception else {
        return;
    };
    let Some(data) = &instance.exception else {
        return;
    };
    let mut locals = std::mem::take(&mut frame.locals);
    for local in &mut locals {
        if local.as_ref().is_some_and(|value| value.is_same(exception)) {
            *local = None;
        }
    }
    let cells = std::mem::take(&mut frame.cells);
    data.borrow_mut()
        .escaped_frames
        .push(FrameVariables { locals, cells });
}
