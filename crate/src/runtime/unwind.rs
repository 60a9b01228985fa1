//! Exception propagation: traceback entries, implicit chaining
//! (`__context__`), finding a handler, and leaving frames that have none.

use crate::runtime::builtins::types::ExcType;
use crate::runtime::delivery::Completion;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::frame::Frame;
use crate::runtime::objects::TracebackEntry;
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, Origin, Vm};

impl Vm {
    pub(crate) fn unwind(
        &mut self,
        mut frame: Box<Frame>,
        exception: Value,
        origin: Origin,
    ) -> Activity {
        if origin == Origin::Raised || origin == Origin::Propagated {
            self.add_traceback_entry(&exception, &frame);
        }
        if origin == Origin::Raised {
            if let Some(context) = self.currently_handled(&frame) {
                set_context(&exception, context);
            }
        }
        if self.events.is_on() && (origin != Origin::Continued || frame.blocks.is_empty()) {
            self.emit_raise(&frame, &exception, origin);
        }
        match frame.blocks.pop() {
            Some(block) => {
                frame.stack.truncate(block.depth as usize);
                frame.stack.push(exception);
                frame.ip = block.handler as usize;
                Activity::Run(frame)
            }
            None => self.finish_frame(frame, Completion::Raise(exception)),
        }
    }

    fn add_traceback_entry(&self, exception: &Value, frame: &Frame) {
        if let Value::Instance(instance) = exception {
            if let Some(data) = &instance.exception {
                let location = frame.location();
                let line = frame.current_line();
                let (col, end_line, end_col) = if location.line == line {
                    (location.col, location.end_line, location.end_col)
                } else {
                    (0, 0, 0)
                };
                data.borrow_mut().traceback.push(TracebackEntry {
                    filename: frame.code.filename.clone(),
                    function: frame.code.name.clone(),
                    line,
                    col,
                    end_line,
                    end_col,
                });
            }
        }
    }

    /// `isinstance(exception, class_or_tuple)` for an `except` clause.
    pub(crate) fn exception_matches(&self, exception: &Value, class: &Value) -> PyResult<bool> {
        match class {
            Value::Tuple(tuple) => {
                for item in tuple.items.iter() {
                    if self.exception_matches(exception, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(class) if class.is_exception() => Ok(match exception {
                Value::Instance(instance) => instance.class.is_subclass_of(class),
                _ => false,
            }),
            _ => Err(Exc::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Checks what `raise exception from cause` was given (classes were
    /// already instantiated) and records the cause.
    pub(crate) fn prepare_raise(&self, exception: Value, cause: Option<Value>) -> PyResult<Value> {
        if !is_exception_instance(&exception) {
            return Err(Exc::type_error("exceptions must derive from BaseException"));
        }
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                value if is_exception_instance(&value) => Some(value),
                _ => {
                    return Err(Exc::type_error(
                        "exception causes must derive from BaseException",
                    ))
                }
            };
            if let Value::Instance(instance) = &exception {
                if let Some(data) = &instance.exception {
                    let mut data = data.borrow_mut();
                    data.cause = cause;
                    data.suppress_context = true;
                }
            }
        }
        Ok(exception)
    }

    /// Whether a raised `exc` is an instance of `kind`.
    pub fn exc_is(&self, exc: &Exc, kind: ExcType) -> bool {
        match exc.repr() {
            crate::runtime::exceptions::ExcRepr::Pending { kind: pending, .. } => self
                .types
                .exception(*pending)
                .is_subclass_of(&self.types.exception(kind)),
            crate::runtime::exceptions::ExcRepr::Object(value) => {
                self.is_instance_of_exc(value, kind)
            }
        }
    }

    pub fn is_key_error(&self, exception: &Value) -> bool {
        matches!(exception, Value::Instance(instance)
            if instance.class.is_subclass_of(&self.types.exception(ExcType::KeyError)))
    }

    /// `Type: message`, the last line of a traceback.
    pub fn exception_line(&self, exception: &Value) -> String {
        let name = match exception {
            Value::Instance(instance) => instance.class.name.to_string(),
            other => other.qualified_type_name().to_string(),
        };
        let message = self.exception_message(exception);
        if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        }
    }

    /// `str(exception)` computed without running Python code.
    pub fn exception_message(&self, exception: &Value) -> String {
        let Value::Instance(instance) = exception else {
            return String::new();
        };
        let Some(data) = &instance.exception else {
            return String::new();
        };
        let args = data.borrow().args.clone();
        let key_error = instance
            .class
            .is_subclass_of(&self.types.exception(ExcType::KeyError));
        match args.as_slice() {
            [] => String::new(),
            [single] if key_error => self.repr_native(single),
            [single] => self.str_native(single),
            many => {
                let tuple = Value::Tuple(std::rc::Rc::new(crate::runtime::objects::TupleObj {
                    id: 0,
                    items: many.to_vec().into_boxed_slice(),
                }));
                self.repr_native(&tuple)
            }
        }
    }
}

pub(crate) fn is_exception_instance(value: &Value) -> bool {
    matches!(value, Value::Instance(instance) if instance.exception.is_some())
}

/// Sets `exception.__context__`, breaking any cycle this would create in
/// the context chain (as CPython does).
fn set_context(exception: &Value, context: Value) {
    if context.is_same(exception) {
        return;
    }
    let mut link = context.clone();
    loop {
        let next = match &link {
            Value::Instance(instance) => instance
                .exception
                .as_ref()
                .and_then(|data| data.borrow().context.clone()),
            _ => None,
        };
        match next {
            Some(next) if next.is_same(exception) => {
                if let Value::Instance(instance) = &link {
                    if let Some(data) = &instance.exception {
                        data.borrow_mut().context = None;
                    }
                }
                break;
            }
            Some(next) => link = next,
            None => break,
        }
    }
    if let Value::Instance(instance) = exception {
        if let Some(data) = &instance.exception {
            data.borrow_mut().context = Some(context);
        }
    }
}
