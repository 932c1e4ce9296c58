//! Code objects to bytes and back, for the code cache of the built-in
//! modules (`vm::code_cache`): what the compiler made, written once and
//! read by later runs instead of parsing and compiling the module again
//! (CPython's `.pyc` files, in spirit; the format is tikitaka's own).
//!
//! The bytes are little-endian: counts and numbers as `u32` (`u64` for
//! ints and floats), strings as a count and UTF-8. A code object is its
//! names, its instructions (`Op::encode`), positions, constants (the kinds
//! the compiler makes: None, booleans, `...`, ints, floats, strings,
//! bytes, tuples of those, nested code), name tables and sizes; its
//! caches start empty. Reading checks what it can (counts within the
//! data, known tags, closed control flow) and gives None for anything
//! else: the caller then compiles the source.

use super::{CodeFlags, CodeObject, Op, Position};
use crate::object::string::intern;
use crate::object::{PyBytes, PyStr, Value};
use std::rc::Rc;

/// The code object as bytes; None when it holds a constant of a kind the
/// format does not have.
pub fn write_code(code: &CodeObject) -> Option<Vec<u8>> {
    let mut w = Writer(Vec::with_capacity(code.ops.len() * 32));
    w.code(code)?;
    Some(w.0)
}

/// The code object `write_code` wrote, with `filename` and `source` (they
/// are not stored: the caller knows them).
pub fn read_code(bytes: &[u8], filename: &Rc<str>, source: &Rc<str>) -> Option<CodeObject> {
    let mut r = Reader { bytes, at: 0, filename, source };
    let code = r.code()?;
    (r.at == bytes.len()).then_some(code)
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn count(&mut self, n: usize) -> Option<()> {
        self.u32(u32::try_from(n).ok()?);
        Some(())
    }

    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn bytes(&mut self, b: &[u8]) -> Option<()> {
        self.count(b.len())?;
        self.0.extend_from_slice(b);
        Some(())
    }

    fn names(&mut self, names: &[Rc<PyStr>]) -> Option<()> {
        self.count(names.len())?;
        for n in names {
            self.bytes(n.as_str().as_bytes())?;
        }
        Some(())
    }

    fn value(&mut self, v: &Value) -> Option<()> {
        match v {
            Value::None => self.u8(0),
            Value::Bool(true) => self.u8(1),
            Value::Bool(false) => self.u8(2),
            Value::Ellipsis => self.u8(3),
            Value::Int(i) => {
                self.u8(4);
                self.u64(*i as u64);
            }
            Value::BigInt(b) => {
                self.u8(5);
                self.bytes(&b.to_signed_bytes_le())?;
            }
            Value::Float(f) => {
                self.u8(6);
                self.u64(f.to_bits());
            }
            Value::Str(s) => {
                self.u8(7);
                self.bytes(s.as_str().as_bytes())?;
            }
            Value::Bytes(b) => {
                self.u8(8);
                self.bytes(&b.data)?;
            }
            Value::Tuple(t) if t.fields.is_none() => {
                self.u8(9);
                self.count(t.items.len())?;
                for item in t.items.iter() {
                    self.value(item)?;
                }
            }
            Value::Code(c) => {
                self.u8(10);
                self.code(c)?;
            }
            _ => return None,
        }
        Some(())
    }

    fn code(&mut self, c: &CodeObject) -> Option<()> {
        self.bytes(c.name.as_bytes())?;
        self.bytes(c.qualname.as_bytes())?;
        self.count(c.ops.len())?;
        for op in &c.ops {
            let (tag, operand) = op.encode();
            self.u8(tag);
            self.u32(operand);
        }
        self.count(c.positions.len())?;
        for p in &c.positions {
            for v in [p.line, p.end_line, p.col, p.end_col] {
                self.u32(v);
            }
            match p.anchor {
                None => self.u8(0),
                Some((a, b)) => {
                    self.u8(1);
                    self.u32(a);
                    self.u32(b);
                }
            }
        }
        self.count(c.consts.len())?;
        for v in &c.consts {
            self.value(v)?;
        }
        for names in [&c.names, &c.varnames, &c.cellvars, &c.freevars] {
            self.names(names)?;
        }
        self.count(c.cell_params.len())?;
        for &(cell, slot) in &c.cell_params {
            self.count(cell)?;
            self.count(slot)?;
        }
        for n in [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.max_stack, c.max_blocks, c.block_base, c.frame_room] {
            self.count(n)?;
        }
        let f = &c.flags;
        let flags = [f.varargs, f.varkw, f.generator, f.coroutine, f.uses_name_dict, f.iterable_coroutine];
        self.u8(flags.iter().enumerate().fold(0, |bits, (i, &on)| bits | (on as u8) << i));
        self.u32(c.first_line);
        self.u32(c.plain_argcount);
        Some(())
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    filename: &'a Rc<str>,
    source: &'a Rc<str>,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let b = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(b)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn count(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        // (no count can be larger than the bytes left: a bad one fails
        // here, before anything is allocated for it)
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn bytes(&mut self) -> Option<&[u8]> {
        let n = self.count()?;
        self.take(n)
    }

    fn string(&mut self) -> Option<String> {
        Some(std::str::from_utf8(self.bytes()?).ok()?.to_string())
    }

    fn names(&mut self) -> Option<Vec<Rc<PyStr>>> {
        let n = self.count()?;
        (0..n).map(|_| Some(intern(std::str::from_utf8(self.bytes()?).ok()?))).collect()
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > 100 {
            return None;
        }
        Some(match self.u8()? {
            0 => Value::None,
            1 => Value::Bool(true),
            2 => Value::Bool(false),
            3 => Value::Ellipsis,
            4 => Value::Int(self.u64()? as i64),
            5 => Value::from_bigint(num_bigint::BigInt::from_signed_bytes_le(self.bytes()?)),
            6 => Value::Float(f64::from_bits(self.u64()?)),
            7 => Value::str(std::str::from_utf8(self.bytes()?).ok()?),
            8 => Value::Bytes(Rc::new(PyBytes { data: self.bytes()?.to_vec() })),
            9 => {
                let n = self.count()?;
                Value::tuple((0..n).map(|_| self.value(depth + 1)).collect::<Option<Vec<_>>>()?)
            }
            10 => Value::Code(Rc::new(self.code_at(depth + 1)?)),
            _ => return None,
        })
    }

    fn code(&mut self) -> Option<CodeObject> {
        self.code_at(0)
    }

    fn code_at(&mut self, depth: usize) -> Option<CodeObject> {
        let name = self.string()?;
        let qualname = self.string()?;
        let n = self.count()?;
        let ops = (0..n).map(|_| Op::decode(self.u8()?, self.u32()?)).collect::<Option<Vec<_>>>()?;
        if !crate::compile::control_flow_is_closed(&ops) {
            return None;
        }
        let n = self.count()?;
        let mut positions = Vec::with_capacity(n);
        for _ in 0..n {
            let (line, end_line, col, end_col) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let anchor = match self.u8()? {
                0 => None,
                1 => Some((self.u32()?, self.u32()?)),
                _ => return None,
            };
            positions.push(Position { line, end_line, col, end_col, anchor });
        }
        let n = self.count()?;
        let consts = (0..n).map(|_| self.value(depth)).collect::<Option<Vec<_>>>()?;
        let (names, varnames, cellvars, freevars) = (self.names()?, self.names()?, self.names()?, self.names()?);
        let n = self.count()?;
        let cell_params = (0..n).map(|_| Some((self.count()?, self.count()?))).collect::<Option<Vec<_>>>()?;
        let mut sizes = [0usize; 7];
        for s in &mut sizes {
            *s = self.u32()? as usize;
        }
        let [argcount, posonlyargcount, kwonlyargcount, max_stack, max_blocks, block_base, frame_room] = sizes;
        let bits = self.u8()?;
        let on = |i: u32| bits & (1 << i) != 0;
        let flags = CodeFlags { varargs: on(0), varkw: on(1), generator: on(2), coroutine: on(3), uses_name_dict: on(4), iterable_coroutine: on(5) };
        let first_line = self.u32()?;
        let plain_argcount = self.u32()?;
        // (what the run loop indexes without checking: a frame has room
        // for its locals, stack and blocks)
        if block_base < varnames.len() + max_stack || frame_room < block_base + 2 * max_blocks || positions.len() != ops.len() {
            return None;
        }
        let width = names.len();
        Some(CodeObject {
            name,
            qualname,
            filename: self.filename.clone(),
            source: self.source.clone(),
            ops,
            positions,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell_params,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            first_line,
            max_stack,
            max_blocks,
            block_base,
            frame_room,
            plain_argcount,
            global_cache: std::cell::RefCell::new(vec![Default::default(); width]),
            method_cache: std::cell::RefCell::new(vec![None; width]),
            attr_cache: std::cell::RefCell::new(vec![Default::default(); width]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in module's code comes back as it was written: the same
    /// listing (instructions, positions and nested code) and constants.
    #[test]
    fn built_in_modules_round_trip() {
        let sources = crate::vm::code_cache::frozen_sources();
        assert!(sources.len() > 10);
        for (name, src) in sources {
            let filename = format!("<frozen {name}>");
            let code = crate::runner::compile_source(src, &filename).unwrap_or_else(|_| panic!("{name} compiles"));
            let bytes = write_code(&code).unwrap_or_else(|| panic!("{name} is written"));
            let back = read_code(&bytes, &code.filename, &code.source).unwrap_or_else(|| panic!("{name} is read back"));
            assert_eq!(listing(&back), listing(&code), "{name}");
            // a truncated file is refused, not misread
            assert!(read_code(&bytes[..bytes.len() - 1], &code.filename, &code.source).is_none());
        }
    }

    fn listing(c: &CodeObject) -> String {
        let strs = |v: &[Rc<PyStr>]| v.iter().map(|s| s.as_str().to_string()).collect::<Vec<_>>().join(",");
        let mut out = format!(
            "{} {} [{}] [{}] [{}] [{}] {:?}\n",
            c.name,
            c.qualname,
            strs(&c.names),
            strs(&c.varnames),
            strs(&c.cellvars),
            strs(&c.freevars),
            c.flags
        );
        out.push_str(&format!(
            "{:?} {} {} {} {} {} {} {} {} {}\n",
            c.cell_params,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.max_stack,
            c.max_blocks,
            c.block_base,
            c.frame_room,
            c.first_line,
            c.plain_argcount
        ));
        for (op, p) in c.ops.iter().zip(&c.positions) {
            out.push_str(&format!("{op:?} {p:?}\n"));
        }
        for v in &c.consts {
            out.push_str(&constant(v));
        }
        out
    }

    fn constant(v: &Value) -> String {
        match v {
            Value::Code(inner) => listing(inner),
            Value::Tuple(t) => format!("({})\n", t.items.iter().map(constant).collect::<String>()),
            Value::Str(s) => format!("str {:?}\n", s.as_str()),
            Value::Bytes(b) => format!("bytes {:?}\n", b.data),
            Value::Int(i) => format!("int {i}\n"),
            Value::BigInt(b) => format!("bigint {b}\n"),
            Value::Float(f) => format!("float {:x}\n", f.to_bits()),
            Value::Bool(b) => format!("bool {b}\n"),
            Value::None => "None\n".into(),
            Value::Ellipsis => "...\n".into(),
            _ => "other\n".into(),
        }
    }
}
