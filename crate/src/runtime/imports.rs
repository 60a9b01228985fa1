//! `import`: only the built-in `itertools` module exists; anything else is
//! either a module Yieldscope does not provide (a clear error) or one that
//! does not exist (CPython's `ModuleNotFoundError`).

use crate::runtime::builtins::types::ExcType;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::objects::find_attribute;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Standard-library modules a program may reasonably import: importing them
/// is valid Python that Yieldscope cannot run, not a missing module.
const STANDARD_MODULES: &[&str] = &[
    "abc",
    "array",
    "asyncio",
    "bisect",
    "collections",
    "contextlib",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "gc",
    "heapq",
    "inspect",
    "io",
    "json",
    "logging",
    "math",
    "operator",
    "os",
    "pathlib",
    "pprint",
    "queue",
    "random",
    "re",
    "statistics",
    "string",
    "sys",
    "textwrap",
    "threading",
    "time",
    "timeit",
    "types",
    "typing",
    "unittest",
    "weakref",
];

impl Vm {
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if name == "itertools" {
            return Ok(self.itertools_module());
        }
        let top = name.split('.').next().unwrap_or(name);
        if STANDARD_MODULES.contains(&top) {
            return Err(Exc::not_implemented(format!(
                "Yieldscope can only import itertools, not '{name}'"
            )));
        }
        Err(Exc::new(
            ExcType::ModuleNotFoundError,
            format!("No module named '{name}'"),
        ))
    }

    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Module(module) = module else {
            return Err(Exc::new(
                ExcType::ImportError,
                format!("cannot import name '{name}'"),
            ));
        };
        find_attribute(&module.attrs, name).ok_or_else(|| {
            Exc::new(
                ExcType::ImportError,
                format!(
                    "cannot import name '{name}' from '{}' (unknown location)",
                    module.name
                ),
            )
        })
    }
}
