//! `CodeBuilder`: accumulates one code object's instructions, constants,
//! names and positions; labels are instruction indices patched later.

use crate::bytecode::{CodeFlags, CodeObject, Op, Position};
use crate::object::{PyStr, Value};
use crate::syntax::error::SyntaxError;
use hashbrown::HashMap;
use std::rc::Rc;

pub struct CodeBuilder {
    pub name: String,
    pub qualname: String,
    pub ops: Vec<Op>,
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<Rc<PyStr>>,
    var_index: HashMap<String, u32>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: CodeFlags,
    pub first_line: u32,
    pub pos: Position,
}

impl CodeBuilder {
    pub fn new(name: &str, qualname: &str, first_line: u32) -> CodeBuilder {
        CodeBuilder {
            name: name.to_string(),
            qualname: qualname.to_string(),
            ops: vec![],
            positions: vec![],
            consts: vec![],
            names: vec![],
            name_index: HashMap::new(),
            varnames: vec![],
            var_index: HashMap::new(),
            cellvars: vec![],
            freevars: vec![],
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags::default(),
            first_line,
            pos: Position { line: first_line, end_line: first_line, ..Default::default() },
        }
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.positions.push(self.pos);
        self.ops.len() - 1
    }

    /// The index the next instruction will have.
    pub fn here(&self) -> u32 {
        self.ops.len() as u32
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        self.ops[at] = match self.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupFinally(_) => Op::SetupFinally(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            Op::SetupAsyncWith(_) => Op::SetupAsyncWith(target),
            Op::YieldFrom(_) => Op::YieldFrom(target),
            other => other,
        };
    }

    pub fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        // reuse identical str/int constants
        for (i, c) in self.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    pub fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_index.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(crate::object::string::intern(n));
        self.name_index.insert(n.to_string(), i);
        i
    }

    pub fn varname(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.var_index.get(n) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(crate::object::string::intern(n));
        self.var_index.insert(n.to_string(), i);
        i
    }

    /// The code object; an error (a compiler bug, never seen) when its
    /// control flow could leave the instructions (see `control_flow_is_closed`).
    pub fn finish(self, filename: &Rc<str>, source: &Rc<str>) -> Result<CodeObject, SyntaxError> {
        let cell_params = self
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| {
                let slot = self.var_index.get(c.as_str())?;
                let nparams = self.argcount + self.kwonlyargcount + self.flags.varargs as usize + self.flags.varkw as usize;
                ((*slot as usize) < nparams).then_some((ci, *slot as usize))
            })
            .collect();
        let max_stack = super::stack_depth::max_stack_depth(&self.ops);
        let max_blocks = super::stack_depth::max_block_depth(&self.ops);
        let block_base = self.varnames.len() + max_stack;
        let frame_room = block_base + 2 * max_blocks;
        let ops = fuse(self.ops, &self.consts, &self.names);
        if !super::stack_depth::control_flow_is_closed(&ops) {
            return Err(SyntaxError::new(format!("internal compiler error: the bytecode of {} leaves its instructions", self.qualname), 0, 0));
        }
        let global_cache = std::cell::RefCell::new(vec![Default::default(); self.names.len()]);
        let method_cache = std::cell::RefCell::new(vec![None; self.names.len()]);
        let attr_cache = std::cell::RefCell::new(vec![Default::default(); self.names.len()]);
        let f = &self.flags;
        let plain = !(f.varargs || f.varkw || f.uses_name_dict) && self.kwonlyargcount == 0 && self.cellvars.is_empty() && self.freevars.is_empty();
        let plain_argcount = if plain { u32::try_from(self.argcount).unwrap_or(u32::MAX) } else { u32::MAX };
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.clone(),
            source: source.clone(),
            ops,
            positions: self.positions,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell_params,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            first_line: self.first_line,
            max_stack,
            max_blocks,
            block_base,
            frame_room,
            plain_argcount,
            global_cache,
            method_cache,
            attr_cache,
        })
    }
}

/// The peephole pass: pairs of common instructions become one
/// superinstruction when the second is not a jump target (and two
/// longer patterns, `g.send(x)` and `lst.append(x)` of two locals and
/// `x += 1` or `z = x * y` on locals, become `SendFast`, `AppendFast`,
/// `LocalConstOp` and `LocalLocalOp`).
fn fuse(mut ops: Vec<Op>, consts: &[Value], names: &[Rc<PyStr>]) -> Vec<Op> {
    let mut target = vec![false; ops.len() + 1];
    for op in &ops {
        if let Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupFinally(t)
        | Op::SetupWith(t)
        | Op::SetupAsyncWith(t)
        | Op::YieldFrom(t) = op
            && let Some(slot) = target.get_mut(*t as usize)
        {
            *slot = true;
        }
    }
    let mut i = 0;
    while i + 1 < ops.len() {
        if target[i + 1] {
            i += 1;
            continue;
        }
        // `g.send(x)`, `g` a local or (in module code) a name, `x` the same
        // or a constant (the compiler ends only a `send` call with
        // `CallSend`: the `LoadSendMethod` before its one argument is the
        // call's own)
        if let (Op::LoadFast(g) | Op::LoadName(g), Some(&Op::LoadSendMethod(_)), Some(&value), Some(&Op::CallSend)) =
            (ops[i], ops.get(i + 1), ops.get(i + 2), ops.get(i + 3))
            && g < 0x8000
            && !target[i + 2]
            && !target[i + 3]
        {
            let by_name = matches!(ops[i], Op::LoadName(_));
            let x = match value {
                Op::LoadFast(x) if !by_name && x < 0x10000 => Some(x << 15),
                Op::LoadName(x) if by_name && x < 0x10000 => Some(x << 15),
                Op::LoadConst(x) if x < 0x10000 => Some(x << 15 | 1 << 31),
                _ => None,
            };
            if let Some(x) = x {
                ops[i] = if by_name { Op::SendName(g | x) } else { Op::SendFast(g | x) };
                i += 4;
                continue;
            }
        }
        // `if r == 0:`: a comparison with a constant and its jump
        if let (Op::LoadConst(c), Some(&Op::CompareOp(cmp)), Some(&Op::PopJumpIfFalse(_))) = (ops[i], ops.get(i + 1), ops.get(i + 2))
            && c < 1 << 24
            && cmp <= 5
            && matches!(consts.get(c as usize), Some(Value::Int(_)))
            && !target[i + 2]
        {
            ops[i] = Op::CompareConstJump(c | (cmp << 24));
            ops[i + 1] = Op::CompareJumpIfFalse(cmp);
            i += 3;
            continue;
        }
        // `lst.append(x)` as a statement, of two locals
        if let (Op::LoadFast(l), Some(&Op::LoadMethod(m)), Some(&Op::LoadFast(x)), Some(&Op::CallMethod(1)), Some(&Op::PopTop)) =
            (ops[i], ops.get(i + 1), ops.get(i + 2), ops.get(i + 3), ops.get(i + 4))
            && l < 0x10000
            && x < 0x10000
            && names.get(m as usize).is_some_and(|n| n.as_str() == "append")
            && !target[i + 2]
            && !target[i + 3]
            && !target[i + 4]
        {
            ops[i] = Op::AppendFast(l | (x << 16));
            i += 5;
            continue;
        }
        // `x += 1`, `y = x * 2`, `total += x`: a local and a constant or
        // another local added, subtracted or multiplied into a local; the
        // operation and its store stay fused below it for values that are
        // not both small ints
        if let (
            Op::LoadFast(a),
            Some(&(Op::LoadConst(b) | Op::LoadFast(b))),
            Some(&(Op::BinaryOp(code) | Op::InplaceOp(code))),
            Some(&Op::StoreFast(d)),
        ) = (ops[i], ops.get(i + 1), ops.get(i + 2), ops.get(i + 3))
            && code <= 2
            && a < 0x400
            && b < 0x400
            && d < 0x400
            && !target[i + 2]
            && !target[i + 3]
        {
            let arg = a | (b << 10) | (d << 20) | (code << 30);
            let fused = match ops[i + 1] {
                Op::LoadConst(_) if matches!(consts.get(b as usize), Some(Value::Int(_))) => Some(Op::LocalConstOp(arg)),
                Op::LoadFast(_) => Some(Op::LocalLocalOp(arg)),
                _ => None,
            };
            if let Some(op) = fused {
                let inplace = if matches!(ops[i + 2], Op::InplaceOp(_)) { 0x100 } else { 0 };
                ops[i] = op;
                ops[i + 2] = Op::OpStoreFast(code | inplace | (d << 16));
                i += 4;
                continue;
            }
        }
        // the same at top level, on global names: `total += x`
        if let (
            Op::LoadName(a),
            Some(&(Op::LoadName(_) | Op::LoadConst(_))),
            Some(&(Op::BinaryOp(code) | Op::InplaceOp(code))),
            Some(&Op::StoreName(d)),
        ) = (ops[i], ops.get(i + 1), ops.get(i + 2), ops.get(i + 3))
            && code <= 2
            && a < 0x8000
            && d < 0x8000
            && !target[i + 1]
            && !target[i + 2]
            && !target[i + 3]
            && !matches!(ops[i + 1], Op::LoadConst(c) if !matches!(consts.get(c as usize), Some(Value::Int(_))))
        {
            ops[i] = Op::NameOp(a | (d << 15) | (code << 30));
            i += 4;
            continue;
        }
        // `LoadFast; LoadFast self; LoadAttr` (or `LoadMethod`,
        // `StoreAttr`): the second pair saves more (`self` is not pushed)
        let attribute_next =
            matches!(ops.get(i + 2), Some(Op::LoadAttr(_) | Op::LoadMethod(_) | Op::LoadSendMethod(_) | Op::StoreAttr(_))) && !target[i + 2];
        if matches!((ops[i], ops[i + 1]), (Op::LoadFast(_), Op::LoadFast(_))) && attribute_next {
            i += 1;
            continue;
        }
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::LoadConst(b)) if a < 0x10000 && b < 0x10000 => Some(Op::LoadFastLoadConst(a | (b << 16))),
            (Op::LoadFast(a), Op::LoadFast(b)) if a < 0x10000 && b < 0x10000 => Some(Op::LoadFastLoadFast(a | (b << 16))),
            (Op::CompareOp(c), Op::PopJumpIfFalse(_)) => Some(Op::CompareJumpIfFalse(c)),
            (Op::LoadFast(a), Op::LoadAttr(b)) if a < 0x10000 && b < 0x10000 => Some(Op::LoadFastLoadAttr(a | (b << 16))),
            (Op::LoadFast(a), Op::LoadMethod(b) | Op::LoadSendMethod(b)) if a < 0x10000 && b < 0x10000 => Some(Op::LoadFastLoadMethod(a | (b << 16))),
            (Op::LoadFast(a), Op::StoreAttr(b)) if a < 0x10000 && b < 0x10000 => Some(Op::LoadFastStoreAttr(a | (b << 16))),
            (Op::BinaryOp(c), Op::StoreFast(l)) if l < 0x10000 => Some(Op::OpStoreFast(c | (l << 16))),
            (Op::InplaceOp(c), Op::StoreFast(l)) if l < 0x10000 => Some(Op::OpStoreFast(c | 0x100 | (l << 16))),
            (Op::ForIter(t), Op::StoreFast(l)) if t < 1 << 20 && l < 1 << 12 => Some(Op::ForIterStoreFast(t | (l << 20))),
            (Op::LoadFast(a), Op::YieldValue) => Some(Op::LoadFastYieldValue(a)),
            (Op::LoadConst(c), Op::YieldValue) => Some(Op::LoadConstYieldValue(c)),
            _ => None,
        };
        match fused {
            Some(op) => {
                ops[i] = op;
                i += 2;
            }
            None => i += 1,
        }
    }
    ops
}
