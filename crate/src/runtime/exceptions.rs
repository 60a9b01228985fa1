//! Python exceptions as Rust errors.
//!
//! Native code raises with `Err(Exc::type_error(...))` without touching the
//! heap; the VM turns the pending description into an exception object
//! when it starts unwinding.

use crate::runtime::builtins::types::ExcType;
use crate::runtime::value::Value;

pub type PyResult<T> = Result<T, Exc>;

/// A raised exception. Boxed so that `PyResult<Value>` stays small on the
/// hot path where nothing is raised.
pub struct Exc(Box<ExcRepr>);

pub enum ExcRepr {
    /// A built-in exception not yet allocated as an object.
    Pending { kind: ExcType, args: Vec<Value> },
    /// An exception object (an instance of a `BaseException` subclass).
    Object(Value),
}

impl Exc {
    pub fn new(kind: ExcType, message: impl Into<String>) -> Exc {
        Exc(Box::new(ExcRepr::Pending {
            kind,
            args: vec![Value::string(message.into())],
        }))
    }

    pub fn with_args(kind: ExcType, args: Vec<Value>) -> Exc {
        Exc(Box::new(ExcRepr::Pending { kind, args }))
    }

    pub fn object(value: Value) -> Exc {
        Exc(Box::new(ExcRepr::Object(value)))
    }

    pub fn repr(&self) -> &ExcRepr {
        &self.0
    }

    pub fn into_repr(self) -> ExcRepr {
        *self.0
    }

    /// The exception's built-in kind, if it is still pending.
    pub fn pending_kind(&self) -> Option<ExcType> {
        match &*self.0 {
            ExcRepr::Pending { kind, .. } => Some(*kind),
            ExcRepr::Object(_) => None,
        }
    }

    pub fn type_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::TypeError, message)
    }

    pub fn value_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::ValueError, message)
    }

    pub fn index_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::IndexError, message)
    }

    pub fn key_error(key: Value) -> Exc {
        Exc::with_args(ExcType::KeyError, vec![key])
    }

    pub fn attribute_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::AttributeError, message)
    }

    pub fn runtime_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::RuntimeError, message)
    }

    pub fn zero_division(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::ZeroDivisionError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::OverflowError, message)
    }

    pub fn name_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::NameError, message)
    }

    pub fn not_implemented(message: impl Into<String>) -> Exc {
        Exc::new(ExcType::NotImplementedError, message)
    }

    pub fn stop_iteration(value: Value) -> Exc {
        if value.is_none() {
            Exc::with_args(ExcType::StopIteration, Vec::new())
        } else {
            Exc::with_args(ExcType::StopIteration, vec![value])
        }
    }
}

impl std::fmt::Debug for Exc {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            ExcRepr::Pending { kind, args } => write!(formatter, "{}{:?}", kind.name(), args),
            ExcRepr::Object(value) => write!(formatter, "{value:?}"),
        }
    }
}
