//! Bytecode: the instruction set (`op`) and code objects (`code`).

pub mod code;
pub mod op;
pub mod serial;

pub use code::{CodeFlags, CodeObject, Position};
pub use op::Op;
