//! The class objects of built-in types: what `type(x)` returns, what
//! `isinstance` checks against, and what exception classes derive from.

use std::collections::HashMap;
use std::rc::Rc;

use super::types::{BuiltinType, ExcType};
use crate::runtime::objects::{ClassObj, IterState};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Built-in types reachable by name, with their class names.
const NAMED_TYPES: &[(&str, BuiltinType)] = &[
    ("object", BuiltinType::Object),
    ("type", BuiltinType::Type),
    ("int", BuiltinType::Int),
    ("bool", BuiltinType::Bool),
    ("float", BuiltinType::Float),
    ("str", BuiltinType::Str),
    ("list", BuiltinType::List),
    ("tuple", BuiltinType::Tuple),
    ("dict", BuiltinType::Dict),
    ("set", BuiltinType::Set),
    ("frozenset", BuiltinType::FrozenSet),
    ("range", BuiltinType::Range),
    ("slice", BuiltinType::Slice),
    ("super", BuiltinType::Super),
];

/// Types that exist but have no built-in name.
const UNNAMED_TYPES: &[(&str, BuiltinType)] = &[
    ("NoneType", BuiltinType::NoneType),
    ("function", BuiltinType::Function),
    ("builtin_function_or_method", BuiltinType::BuiltinFunction),
    ("method", BuiltinType::Method),
    ("generator", BuiltinType::Generator),
    ("module", BuiltinType::Module),
    ("ellipsis", BuiltinType::Ellipsis),
    ("NotImplementedType", BuiltinType::NotImplementedType),
];

/// Iterator types callable by name (`map(...)`, `zip(...)`), then the rest.
const NAMED_ITERATORS: &[&str] = &["enumerate", "zip", "map", "filter", "reversed"];
const UNNAMED_ITERATORS: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "iterator",
    "callable_iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "method_descriptor",
];
/// The lazy iterators of `itertools`, whose classes live in that module.
pub const ITERTOOLS_TYPES: &[&str] = &[
    "count",
    "islice",
    "takewhile",
    "dropwhile",
    "chain",
    "cycle",
    "repeat",
    "accumulate",
    "zip_longest",
];

pub struct Types {
    by_type: HashMap<BuiltinType, Rc<ClassObj>>,
    by_name: HashMap<&'static str, Rc<ClassObj>>,
    /// Built-in names only (classes reachable without `itertools`).
    builtin_names: Vec<&'static str>,
}

impl Types {
    pub fn placeholder() -> Types {
        Types {
            by_type: HashMap::new(),
            by_name: HashMap::new(),
            builtin_names: Vec::new(),
        }
    }

    pub fn new(vm: &mut Vm) -> Types {
        let mut types = Types::placeholder();
        let object = new_class(vm, "object", BuiltinType::Object, Vec::new());
        types.insert("object", BuiltinType::Object, object.clone(), true);
        for &(name, builtin) in NAMED_TYPES.iter().chain(UNNAMED_TYPES).skip(1) {
            let bases = match builtin {
                BuiltinType::Bool => vec![types.class(BuiltinType::Int)],
                _ => vec![object.clone()],
            };
            let class = new_class(vm, name, builtin, bases);
            types.insert(
                name,
                builtin,
                class,
                NAMED_TYPES.iter().any(|(n, _)| *n == name),
            );
        }
        for &kind in ExcType::ALL {
            let bases = match kind.parent() {
                Some(parent) => vec![types.exception(parent)],
                None => vec![object.clone()],
            };
            let class = new_class(vm, kind.name(), BuiltinType::Exception(kind), bases);
            types.insert(kind.name(), BuiltinType::Exception(kind), class, true);
        }
        for &name in NAMED_ITERATORS
            .iter()
            .chain(UNNAMED_ITERATORS)
            .chain(ITERTOOLS_TYPES)
        {
            let builtin = if name.starts_with("dict_") && !name.contains("iterator") {
                BuiltinType::DictView
            } else {
                BuiltinType::Iterator
            };
            let class = new_class(vm, name, builtin, vec![object.clone()]);
            types.by_name.insert(name, class);
            if NAMED_ITERATORS.contains(&name) {
                types.builtin_names.push(name);
            }
        }
        types
    }

    fn insert(
        &mut self,
        name: &'static str,
        builtin: BuiltinType,
        class: Rc<ClassObj>,
        visible: bool,
    ) {
        self.by_type.insert(builtin, class.clone());
        self.by_name.insert(name, class);
        if visible {
            self.builtin_names.push(name);
        }
    }

    /// Another handle on the same (immutable) built-in classes.
    pub fn share(&self) -> Types {
        Types {
            by_type: self.by_type.clone(),
            by_name: self.by_name.clone(),
            builtin_names: self.builtin_names.clone(),
        }
    }

    pub fn class(&self, builtin: BuiltinType) -> Rc<ClassObj> {
        self.by_type[&builtin].clone()
    }

    pub fn exception(&self, kind: ExcType) -> Rc<ClassObj> {
        self.by_type[&BuiltinType::Exception(kind)].clone()
    }

    /// A class the built-in namespace names (not itertools' classes).
    pub fn by_name(&self, name: &str) -> Option<Rc<ClassObj>> {
        if !self.builtin_names.contains(&name) {
            return None;
        }
        self.by_name.get(name).cloned()
    }

    /// Any built-in class by its `__name__`, including itertools' types.
    pub fn any_by_name(&self, name: &str) -> Option<Rc<ClassObj>> {
        self.by_name.get(name).cloned()
    }

    pub fn names(&self) -> impl Iterator<Item = Rc<str>> + '_ {
        self.builtin_names.iter().map(|name| Rc::from(*name))
    }

    /// `type(value)`.
    pub fn class_of(&self, value: &Value) -> Rc<ClassObj> {
        let builtin = match value {
            Value::Instance(instance) => return instance.class.clone(),
            Value::Class(_) => BuiltinType::Type,
            Value::None => BuiltinType::NoneType,
            Value::Bool(_) => BuiltinType::Bool,
            Value::Int(_) | Value::BigInt(_) => BuiltinType::Int,
            Value::Float(_) => BuiltinType::Float,
            Value::Str(_) => BuiltinType::Str,
            Value::Tuple(_) => BuiltinType::Tuple,
            Value::List(_) => BuiltinType::List,
            Value::Dict(_) => BuiltinType::Dict,
            Value::Set(set) => {
                if set.frozen {
                    BuiltinType::FrozenSet
                } else {
                    BuiltinType::Set
                }
            }
            Value::Range(_) => BuiltinType::Range,
            Value::Slice(_) => BuiltinType::Slice,
            Value::Function(_) => BuiltinType::Function,
            Value::Builtin(_) | Value::NativeMethod(_) => BuiltinType::BuiltinFunction,
            Value::BoundMethod(_) => BuiltinType::Method,
            Value::Generator(_) => BuiltinType::Generator,
            Value::Module(_) => BuiltinType::Module,
            Value::Super(_) => BuiltinType::Super,
            Value::Ellipsis => BuiltinType::Ellipsis,
            Value::NotImplemented => BuiltinType::NotImplementedType,
            Value::Iterator(iterator) => {
                let name: &str = match &*iterator.state.borrow() {
                    IterState::Exhausted { type_name } => type_name,
                    state => state.type_name(),
                };
                return self.by_name[name].clone();
            }
            Value::DictView(view) => return self.by_name[view.kind.type_name()].clone(),
            Value::MethodDescriptor(_) => return self.by_name["method_descriptor"].clone(),
            Value::Null => BuiltinType::NoneType,
        };
        self.class(builtin)
    }
}

/// Built-in classes take ids from the top of the range, so that a program's
/// own objects are numbered from 1 and stay small in the visualiser.
const FIRST_BUILTIN_ID: u32 = 0xFFFF_0000;

fn new_class(
    vm: &mut Vm,
    name: &'static str,
    builtin: BuiltinType,
    bases: Vec<Rc<ClassObj>>,
) -> Rc<ClassObj> {
    let mut mro_tail = Vec::new();
    for base in &bases {
        mro_tail.push(base.clone());
        mro_tail.extend(base.mro_tail.iter().cloned());
    }
    let id = FIRST_BUILTIN_ID + vm.alloc_id();
    Rc::new(ClassObj {
        id,
        name: name.into(),
        qualname: name.into(),
        bases,
        mro_tail,
        attrs: Default::default(),
        builtin,
        is_builtin: true,
    })
}
