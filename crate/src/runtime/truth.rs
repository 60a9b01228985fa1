//! Truth of objects whose class defines `__bool__` or `__len__`.

use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::{Protocol, Requester};
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// Calls the method deciding `value`'s truth; the bool result lands on
    /// the waiting frame's stack.
    pub(crate) fn call_truth(&mut self, value: Value) -> PyResult<Called> {
        match self.truth_method(&value) {
            Some(method) => self.call_with_protocol(
                method,
                Args::positional(vec![value]),
                Protocol::Truth { negate: false },
                Requester::Push { default: None },
            ),
            None => Ok(Called::Value(Value::Bool(true))),
        }
    }
}
