//! tikitaka: a small Python 3.11-subset interpreter for learning coroutines.
//!
//! Pipeline: `syntax` (logos lexer + indentation pass + lalrpop grammar → AST)
//! → `compile` (symbol table + code generation → `bytecode`) → `vm` (heap
//! frames, one flat run loop) over the values of `object`, with `builtins`
//! and built-in modules. See ARCHITECTURE.md.

pub mod asyncio;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod diff;
pub mod notes;
pub mod object;
pub mod repl;
pub mod runner;
pub mod stdlib;
pub mod syntax;
pub mod testing;
pub mod vm;
