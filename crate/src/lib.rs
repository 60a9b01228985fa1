//! Yieldscope's core: Python source to a stepping, inspectable virtual machine.

pub mod compiler;
pub mod run;
pub mod runtime;
pub mod syntax;
pub mod table;
pub mod text;
pub mod trace;
#[cfg(target_arch = "wasm32")]
mod wasm;
