//! The built-in namespace: functions, types and their methods.

mod classes;
mod constructors;
mod functions;
pub mod itertools;
pub mod methods;
pub mod types;

use std::rc::Rc;

pub use classes::Types;
pub use constructors::{ConstructTask, ReversedTask};
pub use functions::to_ascii;
pub use methods::method_for;

use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub type NativeFunction = fn(&mut Vm, Args, &Requester) -> PyResult<Called>;
pub type NativeMethodFunction = fn(&mut Vm, Value, Args, &Requester) -> PyResult<Called>;

/// A built-in function such as `len` or `print`.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub call: NativeFunction,
}

/// A method of a built-in type, such as `list.append`.
pub struct BuiltinMethod {
    pub name: &'static str,
    /// The type it belongs to, for messages and reprs.
    pub owner: &'static str,
    pub call: NativeMethodFunction,
}

impl BuiltinFunction {
    /// Whether it has keyword parameters; the others refuse keywords.
    pub fn takes_keywords(&self) -> bool {
        matches!(
            self.name,
            "print" | "sum" | "min" | "max" | "sorted" | "round" | "pow"
        )
    }
}

impl BuiltinMethod {
    /// `list.append() takes no keyword arguments`, unless the method has
    /// keyword parameters.
    pub fn check_keywords(&self, args: &Args) -> PyResult<()> {
        let takes_keywords = matches!(
            (self.owner, self.name),
            ("list", "sort")
                | (
                    "str",
                    "split" | "rsplit" | "splitlines" | "expandtabs" | "format"
                )
                | ("dict", "update")
        );
        if takes_keywords || args.keywords.is_empty() {
            Ok(())
        } else {
            Err(Exc::type_error(format!(
                "{}.{}() takes no keyword arguments",
                self.owner, self.name
            )))
        }
    }
}

/// What a name means in the built-in namespace.
pub fn lookup(vm: &Vm, name: &str) -> Option<Value> {
    if let Some(function) = functions::FUNCTIONS.iter().find(|f| f.name == name) {
        return Some(Value::Builtin(function));
    }
    if let Some(class) = vm.types.by_name(name) {
        return Some(Value::Class(class));
    }
    match name {
        "__name__" => Some(Value::str("__main__")),
        "Ellipsis" => Some(Value::Ellipsis),
        "NotImplemented" => Some(Value::NotImplemented),
        _ => None,
    }
}

/// Every name the built-in namespace defines, for "Did you mean" hints.
pub fn names(vm: &Vm) -> Vec<Rc<str>> {
    let mut names: Vec<Rc<str>> = functions::FUNCTIONS
        .iter()
        .map(|f| Rc::from(f.name))
        .collect();
    names.extend(vm.types.names());
    names.extend(
        [
            "__name__",
            "Ellipsis",
            "NotImplemented",
            "None",
            "True",
            "False",
        ]
        .map(Rc::from),
    );
    names
}

impl Vm {
    /// Calling a built-in class: `int("5")`, `list(gen)`, `ValueError("x")`.
    pub fn construct_builtin(
        &mut self,
        class: &Rc<crate::runtime::objects::ClassObj>,
        args: Args,
        requester: &Requester,
    ) -> PyResult<Called> {
        constructors::construct(self, class, args, requester)
    }

    /// Appends printed text to the program's output.
    pub fn write_output(&mut self, text: &str) {
        self.output.push_str(text);
        if self.events.is_on() && !text.is_empty() {
            self.emit_output(text);
        }
    }
}
