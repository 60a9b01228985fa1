//! What the VM refuses to do, and how it says so.
//!
//! Nesting: CPython counts each level of a nested `repr` or comparison
//! against the same recursion limit as Python calls, so a list nested
//! 1,000 deep cannot be printed or compared, even at the top level; we do
//! the same. The Rust recursion this bounds must also fit a 1 MB stack
//! (the WebAssembly default) whatever recursion limit a program runs with.
//!
//! Size: CPython tries to allocate whatever a program asks for and raises
//! `MemoryError` when it cannot. We refuse sequences and texts beyond a
//! fixed length the same way, before allocating, since a failed
//! allocation would abort the whole process (or WebAssembly instance).

use crate::runtime::builtins::types::ExcType;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::vm::Vm;

/// The most levels native code recurses through, whatever the limit.
pub const MAX_NATIVE_NESTING: usize = 1_000;

/// The longest list, tuple or str the VM builds: a list this long takes
/// 2 GB, and a 32-bit (WebAssembly) address space only has 4 GB in all.
pub const MAX_SEQUENCE_LENGTH: usize = if cfg!(target_pointer_width = "32") {
    1 << 24
} else {
    1 << 27
};

/// The most containers one comparison or hash may visit. Only shared
/// parts make a value this large (`x = [x, x]` repeated makes one
/// exponentially larger than the memory it takes), and CPython would run
/// for ever on it. A repr is bounded by [`MAX_SEQUENCE_LENGTH`] instead.
pub const MAX_VISITS: usize = 1 << 24;

impl Vm {
    /// Levels of nesting left under the recursion limit, the outermost
    /// value counting as the first.
    pub(crate) fn nesting_allowance(&self) -> usize {
        self.recursion_limit
            .saturating_sub(self.python_depth)
            .min(MAX_NATIVE_NESTING)
    }
}

/// Refuses a sequence or text of `length` items.
pub fn check_length(length: usize) -> PyResult<()> {
    if length > MAX_SEQUENCE_LENGTH {
        Err(memory_error())
    } else {
        Ok(())
    }
}

pub fn memory_error() -> Exc {
    Exc::new(ExcType::MemoryError, "")
}

pub fn too_deep_in_comparison() -> Exc {
    Exc::new(
        ExcType::RecursionError,
        "maximum recursion depth exceeded in comparison",
    )
}

pub fn too_deep_in_repr() -> Exc {
    Exc::new(
        ExcType::RecursionError,
        "maximum recursion depth exceeded while getting the repr of an object",
    )
}
