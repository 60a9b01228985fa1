//! Hash tables that iterate in CPython 3.11's order, and CPython's hash
//! functions to feed them.

pub mod dict_table;
pub mod hash;
pub mod set_table;

pub use dict_table::DictTable;
pub use set_table::SetTable;
