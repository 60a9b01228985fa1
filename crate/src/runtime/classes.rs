//! Class statements: running the body as a frame over a namespace, then
//! building the class (C3 MRO, `__class__` cell for `super()`), and
//! refusing special methods whose effect Yieldscope does not model.

use std::rc::Rc;

use crate::runtime::calls::Called;
use crate::runtime::delivery::{ClassSpec, Delivery, Protocol, Requester};
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::{ClassObj, DictObj};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Special methods the VM calls. Any other dunder a class defines would be
/// silently ignored — a wrong answer — so it is refused instead.
const SUPPORTED_DUNDERS: &[&str] = &[
    "__init__",
    "__iter__",
    "__next__",
    "__repr__",
    "__str__",
    "__len__",
    "__getitem__",
    "__contains__",
    "__call__",
    "__bool__",
    "__reversed__",
    "__enter__",
    "__exit__",
    "__doc__",
    "__module__",
    "__qualname__",
    "__slots__",
];

impl Vm {
    /// `MakeClass`: run the class body (a function over a fresh namespace);
    /// its completion builds the class.
    pub fn start_class_body(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
    ) -> PyResult<Called> {
        let Value::Function(function) = body else {
            return Err(Exc::type_error("class body is not a function"));
        };
        let name: Rc<str> = match &name {
            Value::Str(text) => text.as_str().into(),
            _ => "?".into(),
        };
        for base in &bases {
            self.check_base(base)?;
        }
        let spec = ClassSpec {
            name,
            qualname: function.qualname.clone(),
            bases,
        };
        let delivery = Delivery::new(
            Protocol::ClassBody(Box::new(spec)),
            Requester::Push { default: None },
        );
        let mut frame = self.new_frame(function.code.clone(), delivery);
        let namespace = self.new_dict();
        if let Value::Dict(namespace) = namespace {
            frame.namespace = Some(namespace);
        }
        for _ in &function.code.cell_names {
            frame.cells.push(crate::runtime::objects::new_cell(None));
        }
        frame.cells.extend(function.closure.iter().cloned());
        Ok(Called::Then(self.push_frame(frame)?))
    }

    fn check_base(&self, base: &Value) -> PyResult<()> {
        match base {
            Value::Class(class) => {
                if class.is_builtin
                    && !class.is_exception()
                    && class.builtin != crate::runtime::builtins::types::BuiltinType::Object
                {
                    return Err(Exc::not_implemented(format!(
                        "subclassing the built-in type '{}' is not supported by Yieldscope",
                        class.name
                    )));
                }
                Ok(())
            }
            other => Err(Exc::type_error(format!(
                "bases must be types, not {}",
                other.qualified_type_name()
            ))),
        }
    }

    /// Builds a class from its finished body's namespace.
    pub fn create_class(
        &mut self,
        spec: ClassSpec,
        namespace: Option<Rc<DictObj>>,
    ) -> PyResult<Value> {
        let bases: Vec<Rc<ClassObj>> = if spec.bases.is_empty() {
            vec![self
                .types
                .class(crate::runtime::builtins::types::BuiltinType::Object)]
        } else {
            spec.bases
                .iter()
                .filter_map(|base| match base {
                    Value::Class(class) => Some(class.clone()),
                    _ => None,
                })
                .collect()
        };
        let mro_tail = c3_merge(&bases).ok_or_else(|| {
            Exc::type_error("Cannot create a consistent method resolution order (MRO) for bases")
        })?;
        let builtin = mro_tail.iter().find(|class| class.is_exception()).map_or(
            crate::runtime::builtins::types::BuiltinType::Object,
            |class| class.builtin,
        );
        let mut attrs = Vec::new();
        if let Some(namespace) = namespace {
            for (key, value) in namespace.table.borrow().iter() {
                if let Value::Str(name) = key {
                    let name = name.as_str();
                    if name.starts_with("__")
                        && name.ends_with("__")
                        && !SUPPORTED_DUNDERS.contains(&name)
                    {
                        return Err(Exc::not_implemented(format!(
                            "the special method {name} (in class {}) is not supported by Yieldscope",
                            spec.name
                        )));
                    }
                    attrs.push((Rc::from(name), value.clone()));
                }
            }
        }
        let id = self.alloc_id();
        Ok(Value::Class(Rc::new(ClassObj {
            id,
            name: spec.name,
            qualname: spec.qualname,
            bases,
            mro_tail,
            attrs: std::cell::RefCell::new(attrs),
            builtin,
            is_builtin: false,
        })))
    }
}

/// The C3 linearisation of the bases (the MRO without the class itself).
fn c3_merge(bases: &[Rc<ClassObj>]) -> Option<Vec<Rc<ClassObj>>> {
    let mut sequences: Vec<Vec<Rc<ClassObj>>> = bases
        .iter()
        .map(|base| {
            let mut line = vec![base.clone()];
            line.extend(base.mro_tail.iter().cloned());
            line
        })
        .collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Some(result);
        }
        let candidate = sequences.iter().find_map(|sequence| {
            let head = &sequence[0];
            let in_tail = sequences
                .iter()
                .any(|other| other[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        })?;
        for sequence in &mut sequences {
            if Rc::ptr_eq(&sequence[0], &candidate) {
                sequence.remove(0);
            }
        }
        result.push(candidate);
    }
}
