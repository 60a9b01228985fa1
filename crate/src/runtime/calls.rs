//! Calling things: binding arguments to parameters with CPython's error
//! messages, creating generator objects, instantiating classes, and
//! dispatching to built-ins.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::builtins::types::{BuiltinType, ExcType};
use crate::runtime::delivery::{Delivery, Protocol, Requester};
use crate::runtime::events::Via;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::frame::Frame;
use crate::runtime::objects::{
    new_cell, ClassObj, ExceptionData, FunctionObj, GenState, GeneratorObj, InstanceObj,
};
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, Vm};

/// Arguments of a call, after `*` and `**` unpacking.
#[derive(Default)]
pub struct Args {
    pub positional: Vec<Value>,
    pub keywords: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn positional(positional: Vec<Value>) -> Args {
        Args {
            positional,
            keywords: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.positional.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positional.is_empty() && self.keywords.is_empty()
    }

    /// Removes and returns keyword argument `name`.
    pub fn take_keyword(&mut self, name: &str) -> Option<Value> {
        let index = self.keywords.iter().position(|(key, _)| &**key == name)?;
        Some(self.keywords.remove(index).1)
    }

    /// `name() takes no keyword arguments`, if any are left.
    pub fn reject_keywords(&self, function: &str) -> PyResult<()> {
        if self.keywords.is_empty() {
            Ok(())
        } else {
            Err(Exc::type_error(format!(
                "{function}() takes no keyword arguments"
            )))
        }
    }

    /// `'x' is an invalid keyword argument for name()`, if any are left
    /// (what CPython 3.11's argument parsing says for built-ins).
    pub fn reject_unexpected_keywords(&self, function: &str) -> PyResult<()> {
        match self.keywords.first() {
            None => Ok(()),
            Some((name, _)) => Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for {function}()"
            ))),
        }
    }

    /// Binds arguments to a built-in's parameters the way CPython 3.11's
    /// Argument Clinic does, with its messages: the first `positional`
    /// names may be given by position (the first `positional_only` only
    /// so), the rest only by keyword, and the first `required` are
    /// required. Returns one slot per name.
    pub fn bind(
        mut self,
        function: &str,
        names: &[&str],
        positional: usize,
        positional_only: usize,
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let given = self.positional.len() + self.keywords.len();
        if given > names.len() {
            return Err(Exc::type_error(format!(
                "{function}() takes at most {} {}argument{} ({given} given)",
                names.len(),
                if self.positional.is_empty() {
                    "keyword "
                } else {
                    ""
                },
                plural(names.len())
            )));
        }
        if self.positional.len() > positional {
            return Err(Exc::type_error(format!(
                "{function}() takes at most {positional} positional argument{} ({} given)",
                plural(positional),
                self.positional.len()
            )));
        }
        let required_positional_only = required.min(positional_only);
        if self.positional.len() < required_positional_only {
            return Err(Exc::type_error(format!(
                "{function}() takes {} {required_positional_only} positional argument{} ({} given)",
                if required_positional_only < positional {
                    "at least"
                } else {
                    "exactly"
                },
                plural(required_positional_only),
                self.positional.len()
            )));
        }
        let given_positionally = self.positional.len();
        let mut slots: Vec<Option<Value>> = self.positional.drain(..).map(Some).collect();
        for (index, name) in names.iter().enumerate().skip(given_positionally) {
            let keyword = (index >= positional_only)
                .then(|| self.take_keyword(name))
                .flatten();
            if keyword.is_none() && index < required {
                return Err(Exc::type_error(format!(
                    "{function}() missing required argument '{name}' (pos {})",
                    index + 1
                )));
            }
            slots.push(keyword);
        }
        if let Some((name, _)) = self.keywords.first() {
            if let Some(index) = names[..given_positionally]
                .iter()
                .position(|parameter| **parameter == **name)
                .filter(|&index| index >= positional_only)
            {
                return Err(Exc::type_error(format!(
                    "argument for {function}() given by name ('{name}') and position ({})",
                    index + 1
                )));
            }
        }
        self.reject_unexpected_keywords(function)?;
        Ok(slots)
    }

    /// `cycle expected 1 argument, got 0`: Argument Clinic's message for a
    /// fixed count of positional-only parameters.
    pub fn expect_exactly(&self, function: &str, count: usize) -> PyResult<()> {
        let given = self.positional.len();
        if given == count {
            return Ok(());
        }
        Err(Exc::type_error(format!(
            "{function} expected {count} argument{}, got {given}",
            plural(count)
        )))
    }

    /// Checks the positional count against CPython's messages for
    /// built-ins: `len() takes exactly one argument (2 given)` and friends.
    pub fn expect_count(&self, function: &str, min: usize, max: usize) -> PyResult<()> {
        let given = self.positional.len();
        if given >= min && given <= max {
            return Ok(());
        }
        let message = if min == max {
            match min {
                0 => format!("{function}() takes no arguments ({given} given)"),
                1 => format!("{function}() takes exactly one argument ({given} given)"),
                n => format!("{function} expected {n} arguments, got {given}"),
            }
        } else if given < min {
            format!(
                "{function} expected at least {min} argument{}, got {given}",
                plural(min)
            )
        } else {
            format!(
                "{function} expected at most {max} argument{}, got {given}",
                plural(max)
            )
        };
        Err(Exc::type_error(message))
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// The result of starting a call.
pub enum Called {
    /// The call finished at once.
    Value(Value),
    /// The call continues as this activity (typically running the callee's
    /// frame); the result arrives later through the requester.
    Then(Activity),
}

impl Vm {
    /// A call made by bytecode: the result is pushed on the caller's stack.
    pub fn call_value(&mut self, callable: Value, args: Args) -> PyResult<Called> {
        self.call_with(callable, args, Requester::Push { default: None })
    }

    pub fn call_with(
        &mut self,
        callable: Value,
        mut args: Args,
        requester: Requester,
    ) -> PyResult<Called> {
        match callable {
            Value::Function(function) => {
                let delivery = Delivery::new(Protocol::Call, requester);
                self.call_function(&function, args, delivery)
            }
            Value::BoundMethod(method) => {
                args.positional.insert(0, method.receiver.clone());
                self.call_with(method.function.clone(), args, requester)
            }
            Value::Builtin(builtin) => {
                if !builtin.takes_keywords() {
                    args.reject_keywords(builtin.name)?;
                }
                (builtin.call)(self, args, &requester)
            }
            Value::NativeMethod(method) => {
                method.method.check_keywords(&args)?;
                (method.method.call)(self, method.receiver.clone(), args, &requester)
            }
            Value::MethodDescriptor(method) => {
                method.check_keywords(&args)?;
                if args.positional.is_empty() {
                    return Err(Exc::type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        method.owner, method.name
                    )));
                }
                let receiver = args.positional.remove(0);
                (method.call)(self, receiver, args, &requester)
            }
            Value::Class(class) => self.instantiate(class, args, requester),
            Value::Instance(instance) => match instance.class.lookup("__call__") {
                Some(function) => {
                    args.positional.insert(0, Value::Instance(instance.clone()));
                    self.call_with(function, args, requester)
                }
                None => Err(not_callable(&Value::Instance(instance))),
            },
            other => Err(not_callable(&other)),
        }
    }

    /// Calls a Python function with a given protocol: binds the arguments,
    /// then either pushes its frame or, for a generator function, creates
    /// the generator without running any of its body.
    pub fn call_function(
        &mut self,
        function: &Rc<FunctionObj>,
        args: Args,
        delivery: Delivery,
    ) -> PyResult<Called> {
        let mut frame = self.new_frame(function.code.clone(), delivery);
        if let Err(exc) = self.bind_arguments(function, &mut frame, args) {
            self.recycle_frame(frame);
            return Err(exc);
        }
        if function.code.is_generator {
            let generator = self.new_generator(function, frame);
            return Ok(Called::Value(generator));
        }
        Ok(Called::Then(self.push_frame(frame)?))
    }

    /// Makes `frame` the one to run next, checking the recursion limit.
    pub fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<Activity> {
        if self.python_depth >= self.recursion_limit {
            self.recycle_frame(frame);
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.python_depth += 1;
        if self.events.is_on() {
            self.emit_call(&frame);
        }
        Ok(Activity::Run(frame))
    }

    fn new_generator(&mut self, function: &Rc<FunctionObj>, frame: Box<Frame>) -> Value {
        let id = self.alloc_id();
        let generator = Rc::new(GeneratorObj {
            id,
            code: function.code.clone(),
            name: function.name.clone(),
            qualname: function.qualname.clone(),
            state: RefCell::new(GenState::Created(frame)),
            last_yielded: RefCell::new(None),
            last_sent: RefCell::new(None),
            finalize_queue: self.finalize_queue.clone(),
            finalized: std::cell::Cell::new(false),
        });
        if self.events.is_on() {
            self.emit_gen_create(&generator);
        }
        Value::Generator(generator)
    }

    /// Binds `args` into `frame`'s locals following CPython's rules (and
    /// its order of checks, which decides which error a bad call reports).
    fn bind_arguments(
        &mut self,
        function: &FunctionObj,
        frame: &mut Frame,
        args: Args,
    ) -> PyResult<()> {
        let code = &function.code;
        let positional_count = code.arg_count as usize;
        let given = args.positional.len();
        // The common case: exactly the positional parameters, nothing else.
        if given == positional_count
            && args.keywords.is_empty()
            && code.kwonly_count == 0
            && !code.has_varargs
            && !code.has_varkeywords
            && code.cell_names.is_empty()
        {
            for (slot, value) in args.positional.into_iter().enumerate() {
                frame.locals[slot] = Some(value);
            }
            frame.cells.extend(function.closure.iter().cloned());
            return Ok(());
        }
        let kwonly_count = code.kwonly_count as usize;
        let posonly_count = code.posonly_count as usize;
        let mut slot_after = positional_count + kwonly_count;
        let varargs_slot = code.has_varargs.then(|| {
            slot_after += 1;
            slot_after - 1
        });
        let varkeywords_slot = code.has_varkeywords.then_some(slot_after);

        let kwargs_dict = if let Some(slot) = varkeywords_slot {
            let dict = self.new_dict();
            frame.locals[slot] = Some(dict.clone());
            Some(dict)
        } else {
            None
        };

        let mut positional = args.positional.into_iter();
        for slot in 0..given.min(positional_count) {
            frame.locals[slot] = positional.next();
        }
        if let Some(slot) = varargs_slot {
            let rest: Vec<Value> = positional.collect();
            frame.locals[slot] = Some(self.new_tuple(rest));
        }

        let mut posonly_as_keyword = Vec::new();
        for (name, value) in args.keywords {
            let found = code.local_names[posonly_count..positional_count + kwonly_count]
                .iter()
                .position(|param| **param == *name)
                .map(|index| index + posonly_count);
            match found {
                Some(slot) => {
                    if frame.locals[slot].is_some() {
                        return Err(Exc::type_error(format!(
                            "{}() got multiple values for argument '{name}'",
                            function.qualname
                        )));
                    }
                    frame.locals[slot] = Some(value);
                }
                None => match &kwargs_dict {
                    Some(Value::Dict(dict)) => {
                        self.dict_set(dict, Value::str(&name), value)?;
                    }
                    _ => {
                        if code.local_names[..posonly_count]
                            .iter()
                            .any(|param| **param == *name)
                        {
                            posonly_as_keyword.push(name);
                            continue;
                        }
                        return Err(Exc::type_error(format!(
                            "{}() got an unexpected keyword argument '{name}'",
                            function.qualname
                        )));
                    }
                },
            }
        }
        if !posonly_as_keyword.is_empty() {
            let names: Vec<String> = posonly_as_keyword.iter().map(|n| n.to_string()).collect();
            return Err(Exc::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                function.qualname,
                names.join(", ")
            )));
        }

        if given > positional_count && varargs_slot.is_none() {
            return Err(self.too_many_positional(function, given, frame));
        }

        let defaults = &function.defaults;
        let first_default = positional_count - defaults.len().min(positional_count);
        let mut missing = Vec::new();
        for slot in given.min(positional_count)..positional_count {
            if frame.locals[slot].is_some() {
                continue;
            }
            if slot >= first_default {
                frame.locals[slot] = Some(defaults[slot - first_default].clone());
            } else {
                missing.push(code.local_names[slot].to_string());
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(
                &function.qualname,
                "positional",
                &missing,
            ));
        }
        let mut missing = Vec::new();
        for slot in positional_count..positional_count + kwonly_count {
            if frame.locals[slot].is_some() {
                continue;
            }
            let name = &code.local_names[slot];
            match function.kw_defaults.iter().find(|(key, _)| key == name) {
                Some((_, default)) => frame.locals[slot] = Some(default.clone()),
                None => missing.push(name.to_string()),
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(
                &function.qualname,
                "keyword-only",
                &missing,
            ));
        }

        for parameter in &code.cell_parameters {
            let initial = parameter.and_then(|slot| frame.locals[slot as usize].take());
            frame.cells.push(new_cell(initial));
        }
        frame.cells.extend(function.closure.iter().cloned());
        Ok(())
    }

    fn too_many_positional(&self, function: &FunctionObj, given: usize, frame: &Frame) -> Exc {
        let code = &function.code;
        let positional_count = code.arg_count as usize;
        let defaults = function.defaults.len().min(positional_count);
        let takes = if defaults > 0 {
            format!(
                "from {} to {positional_count} positional arguments",
                positional_count - defaults
            )
        } else {
            format!(
                "{positional_count} positional argument{}",
                plural(positional_count)
            )
        };
        let kwonly_given = (positional_count..positional_count + code.kwonly_count as usize)
            .filter(|&slot| frame.locals[slot].is_some())
            .count();
        let given_text = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                plural(given),
                plural(kwonly_given)
            )
        } else if given == 1 {
            "1 was".to_owned()
        } else {
            format!("{given} were")
        };
        Exc::type_error(format!(
            "{}() takes {takes} but {given_text} given",
            function.qualname
        ))
    }

    /// Calling a class: a built-in constructor, or a new instance whose
    /// `__init__` (if the class defines one in Python) runs as a frame.
    fn instantiate(
        &mut self,
        class: Rc<ClassObj>,
        args: Args,
        requester: Requester,
    ) -> PyResult<Called> {
        if class.is_builtin {
            return self.construct_builtin(&class, args, &requester);
        }
        let exception = if class.is_exception() {
            Some(RefCell::new(ExceptionData {
                args: args.positional.clone(),
                ..Default::default()
            }))
        } else {
            None
        };
        let id = self.alloc_id();
        let instance = Value::Instance(Rc::new(InstanceObj {
            id,
            class: class.clone(),
            attrs: Default::default(),
            exception,
        }));
        match class.lookup("__init__") {
            Some(Value::Function(init)) => {
                let mut args = args;
                args.positional.insert(0, instance.clone());
                let delivery = Delivery::new(Protocol::Init(instance), requester);
                self.call_function(&init, args, delivery)
            }
            _ => {
                if !class.is_exception() && !args.is_empty() {
                    return Err(Exc::type_error(format!(
                        "{}() takes no arguments",
                        class.name
                    )));
                }
                if class.is_exception() && !args.keywords.is_empty() {
                    return Err(Exc::type_error(format!(
                        "{}() takes no keyword arguments",
                        class.name
                    )));
                }
                Ok(Called::Value(instance))
            }
        }
    }

    pub fn instantiate_exception(&mut self, class: Rc<ClassObj>, args: Vec<Value>) -> Value {
        let id = self.alloc_id();
        Value::Instance(Rc::new(InstanceObj {
            id,
            class,
            attrs: Default::default(),
            exception: Some(RefCell::new(ExceptionData {
                args,
                ..Default::default()
            })),
        }))
    }

    /// Arguments of `f(*args, **kwargs)` from the tuple and dict the
    /// bytecode built.
    pub fn args_from_collections(
        &mut self,
        _callable: &Value,
        positional: Value,
        keywords: Option<Value>,
    ) -> PyResult<Args> {
        let positional = match positional {
            Value::Tuple(tuple) => tuple.items.to_vec(),
            _ => Vec::new(),
        };
        let keywords = match keywords {
            Some(Value::Dict(dict)) => self.dict_string_items(&dict),
            _ => Vec::new(),
        };
        Ok(Args {
            positional,
            keywords,
        })
    }

    /// The generator-protocol call a `Via` names, for the trace.
    pub fn via_for(requester: &Requester) -> Via {
        match requester {
            Requester::ForIter => Via::For,
            Requester::YieldFrom => Via::YieldFrom,
            Requester::Native | Requester::NativeCall { .. } => Via::Builtin,
            Requester::Close | Requester::CloseDelegate => Via::Close,
            Requester::Push { .. } | Requester::Discard | Requester::PushItems => Via::Next,
        }
    }

    pub fn is_builtin_type(&self, value: &Value, builtin: BuiltinType) -> bool {
        matches!(value, Value::Class(class) if class.is_builtin && class.builtin == builtin)
    }
}

pub fn not_callable(value: &Value) -> Exc {
    Exc::type_error(format!(
        "'{}' object is not callable",
        value.qualified_type_name()
    ))
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`
fn missing_arguments(function: &str, kind: &str, names: &[String]) -> Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => {
            let (last, rest) = quoted.split_last().expect("at least three names");
            format!("{}, and {last}", rest.join(", "))
        }
    };
    Exc::type_error(format!(
        "{function}() missing {} required {kind} argument{}: {list}",
        names.len(),
        plural(names.len())
    ))
}
