//! Methods of built-in types, looked up by receiver and name.

mod dict;
mod generator;
mod list;
mod other;
mod set;
mod string;

use super::types::BuiltinType;
use super::BuiltinMethod;
use crate::runtime::value::Value;

/// Declares a method table: `name => function` pairs for one type.
macro_rules! method_table {
    ($table:ident, $owner:literal, { $($name:literal => $function:path),* $(,)? }) => {
        pub static $table: &[crate::runtime::builtins::BuiltinMethod] = &[
            $(crate::runtime::builtins::BuiltinMethod { name: $name, owner: $owner, call: $function }),*
        ];
    };
}
pub(crate) use method_table;

fn find(table: &'static [BuiltinMethod], name: &str) -> Option<&'static BuiltinMethod> {
    table.iter().find(|method| method.name == name)
}

/// The built-in method `name` of `value`'s type, if it has one.
pub fn method_for(value: &Value, name: &str) -> Option<&'static BuiltinMethod> {
    match value {
        Value::Str(_) => find(string::STR_METHODS, name),
        Value::List(_) => find(list::LIST_METHODS, name),
        Value::Tuple(_) => find(other::TUPLE_METHODS, name),
        Value::Dict(_) => find(dict::DICT_METHODS, name),
        Value::Set(set) => {
            if set.frozen {
                find(set::FROZENSET_METHODS, name)
            } else {
                find(set::SET_METHODS, name)
            }
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => find(other::INT_METHODS, name),
        Value::Float(_) => find(other::FLOAT_METHODS, name),
        Value::Range(_) => find(other::RANGE_METHODS, name),
        Value::Generator(_) => find(generator::GENERATOR_METHODS, name),
        Value::Iterator(_) => find(generator::ITERATOR_METHODS, name),
        Value::Instance(instance) if instance.exception.is_some() => {
            find(other::EXCEPTION_METHODS, name).or_else(|| find(other::OBJECT_METHODS, name))
        }
        _ => find(other::OBJECT_METHODS, name),
    }
}

/// The built-in method `name` defined by a built-in class (`str.upper`,
/// `object.__init__`, `BaseException.__init__`).
pub fn method_of_class(builtin: BuiltinType, name: &str) -> Option<&'static BuiltinMethod> {
    match builtin {
        BuiltinType::Str => find(string::STR_METHODS, name),
        BuiltinType::List => find(list::LIST_METHODS, name),
        BuiltinType::Tuple => find(other::TUPLE_METHODS, name),
        BuiltinType::Dict => find(dict::DICT_METHODS, name),
        BuiltinType::Set => find(set::SET_METHODS, name),
        BuiltinType::FrozenSet => find(set::FROZENSET_METHODS, name),
        BuiltinType::Int | BuiltinType::Bool => find(other::INT_METHODS, name),
        BuiltinType::Float => find(other::FLOAT_METHODS, name),
        BuiltinType::Range => find(other::RANGE_METHODS, name),
        BuiltinType::Generator => find(generator::GENERATOR_METHODS, name),
        BuiltinType::Iterator => find(generator::ITERATOR_METHODS, name),
        BuiltinType::Exception(_) => find(other::EXCEPTION_METHODS, name),
        BuiltinType::Object => find(other::OBJECT_METHODS, name),
        _ => None,
    }
}

/// The method names of a built-in type, for "Did you mean" hints.
pub fn method_names(builtin: BuiltinType) -> impl Iterator<Item = &'static str> {
    let table: &'static [BuiltinMethod] = match builtin {
        BuiltinType::Str => string::STR_METHODS,
        BuiltinType::List => list::LIST_METHODS,
        BuiltinType::Tuple => other::TUPLE_METHODS,
        BuiltinType::Dict => dict::DICT_METHODS,
        BuiltinType::Set => set::SET_METHODS,
        BuiltinType::FrozenSet => set::FROZENSET_METHODS,
        BuiltinType::Int | BuiltinType::Bool => other::INT_METHODS,
        BuiltinType::Float => other::FLOAT_METHODS,
        BuiltinType::Range => other::RANGE_METHODS,
        BuiltinType::Generator => generator::GENERATOR_METHODS,
        BuiltinType::Iterator => generator::ITERATOR_METHODS,
        _ => &[],
    };
    table.iter().map(|method| method.name)
}
