//! The virtual machine and everything it runs: values, objects, frames,
//! the generator protocol, built-ins and the events it reports.

mod adapters;
mod arithmetic;
mod attributes;
pub mod builtins;
mod calls;
mod classes;
mod consumers;
mod containers;
pub mod delivery;
mod emit;
mod equality;
pub mod events;
mod exceptions;
mod finalize;
mod formatting;
pub mod frame;
mod generators;
mod imports;
mod interpreter;
mod iteration;
mod limits;
pub mod native;
pub mod objects;
mod operators;
mod replica;
mod repr;
mod stringify;
mod suggestions;
mod traceback;
mod transitions;
mod truth;
mod unwind;
pub mod value;
pub mod vm;

pub use calls::{Args, Called};
pub use exceptions::{Exc, PyResult};
pub use repr::address;
pub use value::{ObjId, Value};
pub use vm::{Activity, RunStatus, StackEntry, Vm};
