//! The `itertools` module: its lazy iterators, as native iterator states.

use std::rc::Rc;

use super::classes::ITERTOOLS_TYPES;
use super::BuiltinFunction;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::{IterState, ModuleObj};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// `itertools.chain.from_iterable`.
pub static FROM_ITERABLE: BuiltinFunction = BuiltinFunction {
    name: "from_iterable",
    call: from_iterable,
};

fn from_iterable(vm: &mut Vm, args: Args, requester: &Requester) -> PyResult<Called> {
    super::constructors::construct_iterator(vm, "from_iterable", args, requester)
}

impl Vm {
    pub fn itertools_module(&mut self) -> Value {
        if let Some(module) = &self.itertools {
            return module.clone();
        }
        let attrs = ITERTOOLS_TYPES
            .iter()
            .filter_map(|name| {
                self.types
                    .any_by_name(name)
                    .map(|class| (Rc::from(*name), Value::Class(class)))
            })
            .collect();
        let id = self.alloc_id();
        let module = Value::Module(Rc::new(ModuleObj {
            id,
            name: "itertools".into(),
            attrs,
        }));
        self.itertools = Some(module.clone());
        module
    }
}

fn count_argument(value: Value) -> PyResult<Value> {
    match value {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) => Ok(value),
        _ => Err(Exc::type_error("a number is required")),
    }
}

/// `islice`'s start, stop and step, checked in CPython's order and with
/// its messages (a stop of exactly -1 gets the "Stop argument" wording).
fn islice_arguments(rest: &[Value]) -> PyResult<(i64, Option<i64>, i64)> {
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const STEP: &str = "Step for islice() must be a positive integer or None.";
    let as_index = |value: &Value| match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    let (start_value, stop_value, step_value) = match rest {
        [stop] => (None, stop, None),
        [start, stop] => (Some(start), stop, None),
        [start, stop, step] => (Some(start), stop, Some(step)),
        _ => unreachable!("count checked by the caller"),
    };
    let stop = match stop_value {
        Value::None => None,
        value => match as_index(value) {
            Some(stop) if stop != -1 => Some(stop),
            _ => return Err(Exc::value_error(STOP)),
        },
    };
    let start = match start_value {
        None | Some(Value::None) => 0,
        Some(value) => match as_index(value) {
            Some(start) if start != -1 => start,
            _ => return Err(Exc::value_error(INDICES)),
        },
    };
    if start < 0 || stop.is_some_and(|stop| stop < -1) {
        return Err(Exc::value_error(INDICES));
    }
    let step = match step_value {
        None | Some(Value::None) => 1,
        Some(value) => match as_index(value) {
            Some(step) if step >= 1 => step,
            Some(_) => return Err(Exc::value_error(STEP)),
            None => return Err(Exc::value_error(STEP)),
        },
    };
    Ok((start, stop, step))
}

pub fn construct(vm: &mut Vm, name: &str, mut args: Args) -> PyResult<Called> {
    let state = match name {
        "count" => {
            let mut slots = args.bind("count", &["start", "step"], 2, 0, 0)?.into_iter();
            let next = count_argument(slots.next().flatten().unwrap_or(Value::Int(0)))?;
            let step = count_argument(slots.next().flatten().unwrap_or(Value::Int(1)))?;
            IterState::Count { next, step }
        }
        "islice" => {
            args.reject_keywords("islice")?;
            args.expect_count("islice", 2, 4)?;
            let mut positional = args.positional.into_iter();
            let iterable = positional.next().unwrap_or(Value::None);
            let rest: Vec<Value> = positional.collect();
            let (start, stop, step) = islice_arguments(&rest)?;
            let source = vm.iterator_of(iterable)?;
            IterState::Islice {
                source,
                next_index: start,
                consumed: 0,
                stop,
                step,
            }
        }
        "takewhile" | "dropwhile" => {
            args.reject_keywords(name)?;
            args.expect_count(name, 2, 2)?;
            let mut positional = args.positional.into_iter();
            let predicate = positional.next().unwrap_or(Value::None);
            let source = vm.iterator_of(positional.next().unwrap_or(Value::None))?;
            if name == "takewhile" {
                IterState::TakeWhile { predicate, source }
            } else {
                IterState::DropWhile {
                    predicate,
                    source,
                    dropping: true,
                }
            }
        }
        "chain" => {
            args.reject_keywords("chain")?;
            let iterables = vm.new_tuple(args.positional);
            IterState::Chain {
                iterables: vm.iterator_of(iterables)?,
                current: None,
            }
        }
        "from_iterable" => {
            args.reject_keywords("from_iterable")?;
            args.expect_count("chain.from_iterable", 1, 1)?;
            let iterable = args.positional.pop().unwrap_or(Value::None);
            IterState::Chain {
                iterables: vm.iterator_of(iterable)?,
                current: None,
            }
        }
        "cycle" => {
            args.reject_keywords("cycle")?;
            args.expect_exactly("cycle", 1)?;
            let source = vm.iterator_of(args.positional.pop().unwrap_or(Value::None))?;
            IterState::Cycle {
                source: Some(source),
                saved: Vec::new(),
                index: 0,
            }
        }
        "repeat" => {
            let mut slots = args
                .bind("repeat", &["object", "times"], 2, 0, 1)?
                .into_iter();
            let value = slots.next().flatten().unwrap_or(Value::None);
            let remaining = match slots.next().flatten() {
                None => None,
                Some(Value::Int(times)) => Some(times.max(0)),
                Some(other) => {
                    return Err(Exc::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        other.qualified_type_name()
                    )))
                }
            };
            IterState::Repeat { value, remaining }
        }
        "accumulate" => {
            let mut slots = args
                .bind("accumulate", &["iterable", "func", "initial"], 2, 0, 1)?
                .into_iter();
            let source = vm.iterator_of(slots.next().flatten().unwrap_or(Value::None))?;
            let function = slots.next().flatten().filter(|f| !f.is_none());
            let initial = slots.next().flatten().filter(|v| !v.is_none());
            IterState::Accumulate {
                source,
                function,
                total: None,
                initial,
            }
        }
        "zip_longest" => {
            let fill = args.take_keyword("fillvalue").unwrap_or(Value::None);
            if !args.keywords.is_empty() {
                return Err(Exc::type_error(
                    "zip_longest() got an unexpected keyword argument",
                ));
            }
            let mut sources = Vec::new();
            for iterable in args.positional {
                sources.push(Some(vm.iterator_of(iterable)?));
            }
            IterState::ZipLongest { sources, fill }
        }
        other => {
            return Err(Exc::type_error(format!(
                "cannot create '{other}' instances"
            )))
        }
    };
    Ok(Called::Value(vm.new_iterator(state)))
}
