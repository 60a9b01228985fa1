//! Tracing: recording a program's events with checkpoints, and rebuilding
//! the complete, self-contained state of any step (time travel).

mod inspect;
pub mod schema;
mod session;

pub use inspect::{ITEM_LIMIT, OBJECT_LIMIT};
pub use session::{End, Session, TraceOptions};
