//! The deepest the value stack of a code object can get, found by walking
//! its control-flow graph with each instruction's stack effect (as CPython's
//! compiler does). Frames size their slot vector with it, so a suspended
//! generator or coroutine holds no spare slots; a debug build checks every
//! push against it (`Frame::push`).

use crate::bytecode::Op;

/// How an instruction changes the stack depth: on falling through to the
/// next instruction, and on jumping to its target (if it has one).
struct Effect {
    next: Option<isize>,
    jump: Option<(usize, isize)>,
}

fn effect(op: Op) -> Effect {
    use Op::*;
    let next = |d: isize| Effect { next: Some(d), jump: None };
    let both = |d: isize, t: u32, jd: isize| Effect { next: Some(d), jump: Some((t as usize, jd)) };
    let ends = Effect { next: None, jump: None };
    let n = |k: u32| k as isize;
    match op {
        Nop | RotTwo | RotThree | LoadAttr(_) | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | UnaryOp(_) | GetIter
        | ListToTuple | YieldValue | GetYieldFromIter | GetAwaitable | AwaitResume | GetAIter | AsyncExitCall | PopBlock | PopExcept
        | CheckExcMatch => next(0),
        PopTop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_) | BinarySubscr | BinaryOp(_) | InplaceOp(_)
        | OpStoreFast(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
        | DictMerge(_) | ImportStar | PrintExpr | ExitWith => next(-1),
        DupTop | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadGlobal(_) | LoadName(_) | LoadMethod(_)
        | LoadSendMethod(_) | LoadBuildClass | ImportName(_) | ImportFrom(_) | LoadAssertionError | GetANext | BeforeAsyncWith | WithExceptStart => {
            next(1)
        }
        // (only the first half's effect: the second half stays in the next slot)
        LoadFastLoadAttr(_)
        | LoadFastLoadMethod(_)
        | LoadFastStoreAttr(_)
        | LoadFastYieldValue(_)
        | LoadConstYieldValue(_)
        | SendFast(_)
        | SendName(_)
        | CompareConstJump(_)
        | NameOp(_)
        | AppendFast(_) => next(1),
        DupTopTwo | LoadFastLoadConst(_) | LoadFastLoadFast(_) | LocalConstOp(_) | LocalLocalOp(_) => next(2),
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor => next(-2),
        StoreSubscr => next(-3),
        CallMethod(k) => next(-n(k) - 1),
        CallSend => next(-2),
        CallFunction(k) => next(-n(k)),
        CallFunctionKw(k) => next(-n(k) - 1),
        CallFunctionEx(k) => next(-n(k) - 1),
        BuildTuple(k) | BuildList(k) | BuildSlice(k) | BuildString(k) => next(1 - n(k)),
        // the high bit marks a display of constants
        BuildSet(k) => next(1 - n(k & 0x7fff_ffff)),
        BuildMap(k) => next(1 - 2 * n(k)),
        UnpackSequence(k) => next(n(k) - 1),
        UnpackEx(k) => next(n(k & 0xff) + n(k >> 8)),
        FormatValue(k) => next(if k & 4 != 0 { -1 } else { 0 }),
        // code, qualname and the optional parts in, one function out
        MakeFunction(k) => next(-1 - n((k & 1) + ((k >> 1) & 1) + ((k >> 2) & 1) + ((k >> 3) & 1))),
        Jump(t) => Effect { next: None, jump: Some((t as usize, 0)) },
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => both(-1, t, -1),
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => both(-1, t, 0),
        ForIter(t) => both(1, t, -1),
        ForIterStoreFast(arg) => both(1, arg & 0xfffff, -1),
        CompareJumpIfFalse(_) => next(-1),
        // the handler starts with the exception pushed at the block's level
        SetupFinally(t) => both(0, t, 1),
        // `ctx -- exit entered`; the block's level includes `exit`
        SetupWith(t) => both(1, t, 1),
        // `exit entered` already there; the level excludes `entered`
        SetupAsyncWith(t) => both(0, t, 0),
        // `iter sent -- iter` while delegating; the result replaces both at the target
        YieldFrom(t) => both(-1, t, -1),
        ReturnValue | Reraise | RaiseVarargs(_) => ends,
    }
}

/// What the run loop relies on to fetch instructions without a bounds
/// check (`Vm::step`): every jump target is an instruction of `ops`, and the
/// last instruction does not fall through. Then no path leaves the code:
/// an instruction that falls through is not the last, and a fused pair
/// (`LoadFastLoadConst`, …) never ends the code either, since its second
/// half falls through.
pub fn control_flow_is_closed(ops: &[Op]) -> bool {
    let Some(&last) = ops.last() else { return false };
    effect(last).next.is_none() && ops.iter().all(|&op| effect(op).jump.is_none_or(|(t, _)| t < ops.len()))
}

/// The maximum depth reached on any path through `ops` (before the
/// peephole pass fuses instructions).
pub fn max_stack_depth(ops: &[Op]) -> usize {
    deepest(ops, isize::MAX, |op| {
        let e = effect(op);
        (e.next, e.jump.map(|(_, d)| d))
    })
}

/// How an instruction changes the number of blocks (`try`/`with`
/// protections and exception handlers, see `vm/frame.rs`): on falling
/// through, and on jumping to its target. A handler runs with its
/// `Handler` block in place of the `Setup` block that led there.
fn block_effect(op: Op) -> (Option<isize>, Option<isize>) {
    use Op::*;
    let e = effect(op);
    let (next, jump) = match op {
        SetupFinally(_) | SetupWith(_) | SetupAsyncWith(_) => (1, 1),
        PopBlock | PopExcept | EndAsyncFor => (-1, 0),
        _ => (0, 0),
    };
    (e.next.map(|_| next), e.jump.map(|_| jump))
}

/// At most this many blocks are counted; code that would need more (it
/// cannot come from source of any sensible nesting) gets an error when a
/// block is entered past it, not memory.
const MAX_BLOCKS: usize = 255;

/// The most blocks active at once on any path through `ops` (before the
/// peephole pass fuses instructions): frames keep room for that many.
pub fn max_block_depth(ops: &[Op]) -> usize {
    deepest(ops, MAX_BLOCKS as isize, block_effect)
}

/// The greatest depth on any path through `ops` from depth 0, where
/// `change(op)` says how an instruction moves the depth on falling
/// through and on jumping to its target (None: no such edge). Well-formed
/// bytecode has one depth per instruction; a path reaching one deeper
/// than seen before is walked again, up to `cap`.
fn deepest(ops: &[Op], cap: isize, change: impl Fn(Op) -> (Option<isize>, Option<isize>)) -> usize {
    let mut seen: Vec<Option<isize>> = vec![None; ops.len() + 1];
    let mut work = vec![(0usize, 0isize)];
    let mut max = 0isize;
    while let Some((mut at, mut depth)) = work.pop() {
        // follow the fall-through path, queueing jump targets
        while at < ops.len() && depth <= cap && seen[at].is_none_or(|d| d < depth) {
            seen[at] = Some(depth);
            let (next, jump) = change(ops[at]);
            if let (Some((t, _)), Some(d)) = (effect(ops[at]).jump, jump) {
                max = max.max(depth + d);
                work.push((t, depth + d));
            }
            let Some(d) = next else { break };
            depth = (depth + d).max(0);
            max = max.max(depth);
            at += 1;
        }
    }
    max.clamp(0, cap) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_line_and_branches() {
        use Op::*;
        // a + b * c
        assert_eq!(max_stack_depth(&[LoadFast(0), LoadFast(1), LoadFast(2), BinaryOp(0), BinaryOp(0), ReturnValue]), 3);
        // for x in it: f(x, 1)
        let ops = [
            LoadFast(0),
            GetIter,
            ForIter(9),
            StoreFast(1),
            LoadGlobal(0),
            LoadFast(1),
            LoadConst(0),
            CallFunction(2),
            PopTop,
            LoadConst(0),
            ReturnValue,
        ];
        assert_eq!(max_stack_depth(&ops), 4);
    }

    #[test]
    fn block_depth_counts_nesting() {
        use Op::*;
        // no blocks
        assert_eq!(max_block_depth(&[LoadConst(0), ReturnValue]), 0);
        // try: try: pass except: pass  except: pass (the inner handler runs
        // inside the outer try: two blocks)
        let ops = [
            SetupFinally(8),
            SetupFinally(4),
            PopBlock,
            Jump(6),
            PopTop,
            PopExcept,
            PopBlock,
            Jump(10),
            PopTop,
            PopExcept,
            LoadConst(0),
            ReturnValue,
        ];
        assert_eq!(max_block_depth(&ops), 2);
        // two tries one after the other: one block at a time
        let ops = [
            SetupFinally(3),
            PopBlock,
            Jump(5),
            PopTop,
            PopExcept,
            SetupFinally(8),
            PopBlock,
            Jump(10),
            PopTop,
            PopExcept,
            LoadConst(0),
            ReturnValue,
        ];
        assert_eq!(max_block_depth(&ops), 1);
    }

    #[test]
    fn closed_control_flow() {
        use Op::*;
        assert!(control_flow_is_closed(&[LoadFastLoadConst(0), BinaryOp(0), ReturnValue]));
        assert!(control_flow_is_closed(&[LoadFast(0), PopJumpIfFalse(3), Jump(0), RaiseVarargs(0)]));
        // nothing to run, falling off the end, a jump past the end
        assert!(!control_flow_is_closed(&[]));
        assert!(!control_flow_is_closed(&[LoadConst(0), PopTop]));
        assert!(!control_flow_is_closed(&[LoadFast(0), PopJumpIfTrue(3), ReturnValue]));
        assert!(!control_flow_is_closed(&[SetupFinally(7), LoadConst(0), ReturnValue]));
    }
}
