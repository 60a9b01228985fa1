//! The dynamically typed value every register, local and container holds.
//!
//! Small immutable values (None, bools, machine-sized ints, floats) live
//! inline so the hot path never allocates; everything with identity is an
//! `Rc` to an object that carries a stable [`ObjId`] for the visualiser.

use std::rc::Rc;

use num_bigint::BigInt;

use super::objects::{
    BoundMethodObj, ClassObj, DictObj, DictViewObj, FunctionObj, GeneratorObj, InstanceObj,
    IteratorObj, ListObj, ModuleObj, NativeMethodObj, PyStr, RangeObj, SetObj, SliceObj, SuperObj,
    TupleObj,
};
use crate::runtime::builtins::{BuiltinFunction, BuiltinMethod};

/// Identity of a heap object, assigned in allocation order so that replaying
/// a program reproduces the same ids.
pub type ObjId = u32;

#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside `i64`; always normalised, so `BigInt` never holds a
    /// value that fits in `Int`.
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Tuple(Rc<TupleObj>),
    List(Rc<ListObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<FunctionObj>),
    Builtin(&'static BuiltinFunction),
    BoundMethod(Rc<BoundMethodObj>),
    /// A built-in method bound to its receiver (`f = items.append`).
    NativeMethod(Rc<NativeMethodObj>),
    /// A built-in method not bound to anything: `str.upper`, or the
    /// callable `LoadMethod` pushes below its receiver.
    MethodDescriptor(&'static BuiltinMethod),
    Class(Rc<ClassObj>),
    Instance(Rc<InstanceObj>),
    Generator(Rc<GeneratorObj>),
    Iterator(Rc<IteratorObj>),
    DictView(Rc<DictViewObj>),
    Module(Rc<ModuleObj>),
    Super(Rc<SuperObj>),
    Ellipsis,
    NotImplemented,
    /// Internal marker: "no receiver" in the slot `LoadMethod` fills. It
    /// lives only on value stacks between `LoadMethod` and `CallMethod`.
    Null,
}

impl Value {
    pub fn str(text: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(text)))
    }

    pub fn string(text: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(text)))
    }

    /// An int from a `BigInt`, normalised to the inline form when it fits.
    pub fn from_bigint(value: BigInt) -> Value {
        match i64::try_from(&value) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(value)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The identity of values that have one: heap objects and the
    /// singletons. Used by `is`.
    pub fn is_same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // CPython caches small ints and interns constants; comparing by
            // value gives the answer programs observe in practice.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || a.as_str() == b.as_str(),
            (Value::Tuple(a), Value::Tuple(b)) => {
                Rc::ptr_eq(a, b) || (a.items.is_empty() && b.items.is_empty())
            }
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Slice(a), Value::Slice(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Value::NativeMethod(a), Value::NativeMethod(b)) => Rc::ptr_eq(a, b),
            (Value::MethodDescriptor(a), Value::MethodDescriptor(b)) => std::ptr::eq(*a, *b),
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Generator(a), Value::Generator(b)) => Rc::ptr_eq(a, b),
            (Value::Iterator(a), Value::Iterator(b)) => Rc::ptr_eq(a, b),
            (Value::DictView(a), Value::DictView(b)) => Rc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Rc::ptr_eq(a, b),
            (Value::Super(a), Value::Super(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The heap identity of objects the visualiser draws as boxes.
    pub fn object_id(&self) -> Option<ObjId> {
        Some(match self {
            Value::Tuple(o) => o.id,
            Value::List(o) => o.id,
            Value::Dict(o) => o.id,
            Value::Set(o) => o.id,
            Value::Range(o) => o.id,
            Value::Slice(o) => o.id,
            Value::Function(o) => o.id,
            Value::BoundMethod(o) => o.id,
            Value::NativeMethod(o) => o.id,
            Value::Class(o) => o.id,
            Value::Instance(o) => o.id,
            Value::Generator(o) => o.id,
            Value::Iterator(o) => o.id,
            Value::DictView(o) => o.id,
            Value::Module(o) => o.id,
            Value::Super(o) => o.id,
            _ => return None,
        })
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(formatter, "None"),
            Value::Bool(b) => write!(formatter, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(formatter, "{i}"),
            Value::BigInt(i) => write!(formatter, "{i}"),
            Value::Float(f) => write!(formatter, "{f:?}"),
            Value::Str(s) => write!(formatter, "{:?}", s.as_str()),
            other => write!(formatter, "<{}>", other.qualified_type_name()),
        }
    }
}
