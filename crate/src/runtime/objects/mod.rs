//! The heap object kinds a [`Value`](super::Value) can point to.

mod class;
mod function;
mod generator;
mod iterator;
mod mapping;
mod module;
mod sequence;
mod string;
mod trashcan;

pub use class::*;
pub use function::*;
pub use generator::*;
pub use iterator::*;
pub use mapping::*;
pub use module::*;
pub use sequence::*;
pub use string::*;
