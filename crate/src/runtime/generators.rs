//! The generator protocol: `next`, `send`, `throw` and `close` on a
//! generator object (CPython's `gen_send_ex2`, `_gen_throw`, `gen_close`),
//! including forwarding to a `yield from` delegate.
//!
//! Every entry point assumes whoever asked (a parked Python frame or a
//! native routine) is on top of the stack, and returns the VM's next
//! activity: usually running the generator's frame.

use std::rc::Rc;

use crate::compiler::code::Instruction;
use crate::runtime::builtins::types::ExcType;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::{Delivery, Outcome, Protocol, Requester};
use crate::runtime::events::Via;
use crate::runtime::exceptions::Exc;
use crate::runtime::frame::Frame;
use crate::runtime::objects::{GenState, GeneratorObj};
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, Origin, StackEntry, Vm};

pub enum ResumeAction {
    /// `next()`, a `for` loop, or `send(None)`.
    Next,
    Send(Value),
    /// An exception instance to raise at the paused `yield`.
    Throw(Value),
    Close,
}

impl Vm {
    pub(crate) fn resume_generator(
        &mut self,
        generator: &Rc<GeneratorObj>,
        action: ResumeAction,
        requester: Requester,
        via: Via,
    ) -> Activity {
        let state = std::mem::replace(
            &mut *generator.state.borrow_mut(),
            GenState::Running { frame_id: 0 },
        );
        match state {
            GenState::Running { frame_id } => {
                *generator.state.borrow_mut() = GenState::Running { frame_id };
                self.fail(Exc::value_error("generator already executing"), requester)
            }
            GenState::Closed => {
                *generator.state.borrow_mut() = GenState::Closed;
                match action {
                    ResumeAction::Next | ResumeAction::Send(_) => {
                        self.route(Outcome::Done(Value::None), requester)
                    }
                    ResumeAction::Throw(exception) => self.fail(Exc::object(exception), requester),
                    ResumeAction::Close => self.route(Outcome::Value(Value::None), requester),
                }
            }
            GenState::Created(frame) => match action {
                ResumeAction::Send(value) if !value.is_none() => {
                    *generator.state.borrow_mut() = GenState::Created(frame);
                    self.fail(
                        Exc::type_error("can't send non-None value to a just-started generator"),
                        requester,
                    )
                }
                ResumeAction::Close => {
                    *generator.state.borrow_mut() = GenState::Closed;
                    self.recycle_frame(frame);
                    self.route(Outcome::Value(Value::None), requester)
                }
                ResumeAction::Next | ResumeAction::Send(_) => {
                    self.start_generator_frame(generator, frame, requester, via, None)
                }
                ResumeAction::Throw(exception) => {
                    self.start_generator_frame(generator, frame, requester, via, Some(exception))
                }
            },
            GenState::Suspended(mut frame) => match action {
                ResumeAction::Next => {
                    frame.stack.push(Value::None);
                    self.start_generator_frame(generator, frame, requester, via, None)
                }
                ResumeAction::Send(value) => {
                    // Only a trace shows it; plain runs skip the repr.
                    if self.events.is_on() {
                        *generator.last_sent.borrow_mut() = Some(self.summarize(&value));
                    }
                    frame.stack.push(value);
                    self.start_generator_frame(generator, frame, requester, via, None)
                }
                ResumeAction::Throw(exception) => match delegate_of(&frame) {
                    Some(delegate) => {
                        self.throw_into_delegate(generator, frame, requester, delegate, exception)
                    }
                    None => self.start_generator_frame(
                        generator,
                        frame,
                        requester,
                        via,
                        Some(exception),
                    ),
                },
                ResumeAction::Close => match delegate_of(&frame) {
                    Some(delegate) => self.close_delegate(generator, frame, requester, delegate),
                    None => {
                        let exit = self.new_exception(ExcType::GeneratorExit, Vec::new());
                        self.start_generator_frame(generator, frame, requester, via, Some(exit))
                    }
                },
            },
        }
    }

    /// Puts a generator's frame in charge: running, or unwinding `raise`
    /// from its paused point.
    fn start_generator_frame(
        &mut self,
        generator: &Rc<GeneratorObj>,
        mut frame: Box<Frame>,
        requester: Requester,
        via: Via,
        raise: Option<Value>,
    ) -> Activity {
        if let Err(exc) = self.enter_generator(generator, &mut frame, requester.clone(), via) {
            *generator.state.borrow_mut() = GenState::Suspended(frame);
            return self.fail(exc, requester);
        }
        match raise {
            None => Activity::Run(frame),
            Some(exception) => Activity::Unwind {
                frame,
                exception,
                origin: Origin::Raised,
            },
        }
    }

    fn enter_generator(
        &mut self,
        generator: &Rc<GeneratorObj>,
        frame: &mut Frame,
        requester: Requester,
        via: Via,
    ) -> Result<(), Exc> {
        if self.python_depth >= self.recursion_limit {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.python_depth += 1;
        *generator.state.borrow_mut() = GenState::Running { frame_id: frame.id };
        frame.generator = Some(generator.clone());
        frame.delivery = Delivery::new(Protocol::Generator, requester);
        if self.events.is_on() {
            self.emit_resume(generator, frame, via);
        }
        Ok(())
    }

    /// `throw()` on a generator paused in `yield from`: the exception goes
    /// to the delegate first; the generator itself runs again only if the
    /// delegate finishes or fails.
    fn throw_into_delegate(
        &mut self,
        generator: &Rc<GeneratorObj>,
        mut frame: Box<Frame>,
        requester: Requester,
        delegate: Value,
        exception: Value,
    ) -> Activity {
        // Rewind to just after `Send`, as if the delegate had just yielded:
        // its next item is re-yielded by the `YieldValue` that follows.
        frame.ip -= 1;
        if let Err(exc) = self.enter_generator(generator, &mut frame, requester.clone(), Via::Throw)
        {
            frame.ip += 1;
            *generator.state.borrow_mut() = GenState::Suspended(frame);
            return self.fail(exc, requester);
        }
        match delegate {
            Value::Generator(inner) => {
                self.park(frame);
                self.resume_generator(
                    &inner,
                    ResumeAction::Throw(exception),
                    Requester::YieldFrom,
                    Via::Throw,
                )
            }
            other => match self.lookup_method_value(&other, "throw") {
                None => Activity::Unwind {
                    frame,
                    exception,
                    origin: Origin::Raised,
                },
                Some(method) => {
                    self.park(frame);
                    let result = self.call_with_protocol(
                        method,
                        Args::positional(vec![exception]),
                        Protocol::NextMethod,
                        Requester::YieldFrom,
                    );
                    self.after_call(result, Requester::YieldFrom)
                }
            },
        }
    }

    /// `close()` on a generator paused in `yield from`: close the delegate,
    /// then throw `GeneratorExit` into the generator.
    fn close_delegate(
        &mut self,
        generator: &Rc<GeneratorObj>,
        mut frame: Box<Frame>,
        requester: Requester,
        delegate: Value,
    ) -> Activity {
        if let Err(exc) = self.enter_generator(generator, &mut frame, requester.clone(), Via::Close)
        {
            *generator.state.borrow_mut() = GenState::Suspended(frame);
            return self.fail(exc, requester);
        }
        match delegate {
            Value::Generator(inner) => {
                self.park(frame);
                self.resume_generator(
                    &inner,
                    ResumeAction::Close,
                    Requester::CloseDelegate,
                    Via::Close,
                )
            }
            other => match self.lookup_method_value(&other, "close") {
                None => {
                    let exit = self.new_exception(ExcType::GeneratorExit, Vec::new());
                    Activity::Unwind {
                        frame,
                        exception: exit,
                        origin: Origin::Raised,
                    }
                }
                Some(method) => {
                    self.park(frame);
                    let result = self.call_with(method, Args::default(), Requester::CloseDelegate);
                    self.after_call(result, Requester::CloseDelegate)
                }
            },
        }
    }

    /// The `Send` instruction: pass `value` to the delegate of a
    /// `yield from` (the generator's frame is parked on top).
    pub(crate) fn send_to_delegate(&mut self, delegate: Value, value: Value) -> Activity {
        match delegate {
            Value::Generator(inner) => {
                let action = if value.is_none() {
                    ResumeAction::Next
                } else {
                    ResumeAction::Send(value)
                };
                self.resume_generator(&inner, action, Requester::YieldFrom, Via::YieldFrom)
            }
            other if value.is_none() => self.iterate(other, Requester::YieldFrom),
            other => match self.lookup_method_value(&other, "send") {
                Some(method) => {
                    let result = self.call_with_protocol(
                        method,
                        Args::positional(vec![value]),
                        Protocol::NextMethod,
                        Requester::YieldFrom,
                    );
                    self.after_call(result, Requester::YieldFrom)
                }
                None => self.fail(
                    Exc::attribute_error(format!(
                        "'{}' object has no attribute 'send'",
                        other.qualified_type_name()
                    )),
                    Requester::YieldFrom,
                ),
            },
        }
    }

    /// Asks `iterator` for its next item on behalf of the requester on top
    /// of the stack.
    pub(crate) fn iterate(&mut self, iterator: Value, requester: Requester) -> Activity {
        if let Value::Iterator(native) = &iterator {
            if let Some(outcome) = self.next_immediate(native) {
                if self.events.is_on() && requester_is_for_loop(&requester) {
                    if let Outcome::Item(item) = &outcome {
                        let item = item.clone();
                        self.emit_implicit_next_parked(&item);
                    }
                }
                return self.route(outcome, requester);
            }
        }
        self.iterate_pending(iterator, requester)
    }

    /// `iterate` for an iterator already known not to answer at once.
    pub(crate) fn iterate_pending(&mut self, iterator: Value, requester: Requester) -> Activity {
        match iterator {
            Value::Generator(generator) => {
                let via = Vm::via_for(&requester);
                self.resume_generator(&generator, ResumeAction::Next, requester, via)
            }
            Value::Iterator(native) => {
                let task = self.adapter_task(native);
                self.start_native(task, requester)
            }
            Value::Instance(instance) => match instance.class.lookup("__next__") {
                Some(method) => {
                    let result = self.call_with_protocol(
                        method,
                        Args::positional(vec![Value::Instance(instance)]),
                        Protocol::NextMethod,
                        requester.clone(),
                    );
                    self.after_call(result, requester)
                }
                None => self.fail(
                    Exc::type_error(format!(
                        "'{}' object is not an iterator",
                        instance.class.name
                    )),
                    requester,
                ),
            },
            other => self.fail(
                Exc::type_error(format!(
                    "'{}' object is not an iterator",
                    other.qualified_type_name()
                )),
                requester,
            ),
        }
    }

    /// Continues after starting a call on behalf of `requester`.
    pub(crate) fn after_call(
        &mut self,
        result: Result<Called, Exc>,
        requester: Requester,
    ) -> Activity {
        match result {
            Ok(Called::Value(value)) => {
                let outcome = match requester {
                    Requester::ForIter | Requester::YieldFrom => Outcome::Item(value),
                    _ => Outcome::Value(value),
                };
                self.route(outcome, requester)
            }
            Ok(Called::Then(activity)) => activity,
            Err(exc) => self.fail(exc, requester),
        }
    }

    /// Delivers a freshly raised exception to the requester on top of the
    /// stack, chained to whatever exception is being handled there.
    pub(crate) fn fail(&mut self, exc: Exc, requester: Requester) -> Activity {
        let exception = self.materialize_fresh(exc);
        self.route(Outcome::Error(exception), requester)
    }

    /// Materialises `exc` and sets its `__context__` as raising it in the
    /// innermost waiting Python frame would.
    pub(crate) fn materialize_fresh(&mut self, exc: Exc) -> Value {
        let exception = self.materialize(exc);
        let handled = self.stack.iter().rev().find_map(|entry| match entry {
            StackEntry::Python(frame) => frame.handled.clone(),
            StackEntry::Native(_) => None,
        });
        if let (Some(handled), Value::Instance(instance)) = (handled, &exception) {
            if let Some(data) = &instance.exception {
                let mut data = data.borrow_mut();
                if data.context.is_none() && !handled.is_same(&exception) {
                    data.context = Some(handled);
                }
            }
        }
        exception
    }

    /// Calls `callable` (a Python function or bound method, or anything
    /// else callable) with a protocol for reading its result.
    pub(crate) fn call_with_protocol(
        &mut self,
        callable: Value,
        mut args: Args,
        protocol: Protocol,
        requester: Requester,
    ) -> Result<Called, Exc> {
        match callable {
            Value::Function(function) => {
                self.call_function(&function, args, Delivery::new(protocol, requester))
            }
            Value::BoundMethod(method) => {
                args.positional.insert(0, method.receiver.clone());
                self.call_with_protocol(method.function.clone(), args, protocol, requester)
            }
            other => self.call_with(other, args, requester),
        }
    }
}

fn requester_is_for_loop(requester: &Requester) -> bool {
    matches!(requester, Requester::ForIter)
}

/// The delegate of a generator frame paused inside `yield from`.
fn delegate_of(frame: &Frame) -> Option<Value> {
    if frame.ip == 0 {
        return None;
    }
    match frame.code.instructions[frame.ip - 1] {
        Instruction::YieldValue { delegating: true } => frame.stack.last().cloned(),
        _ => None,
    }
}
