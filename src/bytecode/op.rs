//! The instruction set. Each opcode carries its operand inline; the comment
//! gives the operand's meaning and the stack effect (`before -- after`).
//! Names follow CPython's `dis` where the meaning is the same.

/// Declares `Op` and the tables `Op::encode`/`Op::decode` read: one
/// entry per opcode, in declaration order, which is the order of the tags
/// (`#[repr(u8)]`). Every operand is a `u32`.
macro_rules! instruction_set {
    ($( $(#[$doc:meta])* $name:ident $(($arg:ident))? ,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[$doc])* $name $(($arg))? ,)*
        }

        impl Op {
            /// Per tag: the opcode made from an operand (ignored by those
            /// that take none).
            const MAKE: &'static [fn(u32) -> Op] = &[$( |_operand: u32| Op::$name $((instruction_set!(@operand _operand $arg)))? ),*];
            /// Per tag: whether the opcode has an operand.
            const TAKES_OPERAND: &'static [bool] = &[$( instruction_set!(@takes $($arg)?) ),*];
        }
    };
    (@operand $v:ident u32) => { $v };
    (@takes) => { false };
    (@takes $t:ident) => { true };
}

instruction_set! {
    Nop,
    /// `x --`
    PopTop,
    /// `a b -- b a`
    RotTwo,
    /// `a b c -- c a b`
    RotThree,
    /// `x -- x x`
    DupTop,
    /// `a b -- a b a b`
    DupTopTwo,
    /// const index: `-- c`
    LoadConst(u32),
    /// local slot: `-- v` (UnboundLocalError if unset)
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// cell/free slot (cells first, then free vars)
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// push the cell object itself, for closures: `-- cell`
    LoadClosure(u32),
    /// class body: look in the class namespace, then the cell
    LoadClassDeref(u32),
    /// name index
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// module/class scope: locals dict, then globals, then builtins
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// name index: `obj -- obj.name`
    LoadAttr(u32),
    /// `v obj --` (obj.name = v)
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `obj -- func self` or `obj -- attr NULL-marker`; paired with CallMethod
    LoadMethod(u32),
    /// argc: `func self args… -- result`
    CallMethod(u32),
    /// `obj key -- obj[key]`
    BinarySubscr,
    /// `v obj key --`
    StoreSubscr,
    DeleteSubscr,
    /// ast::BinOp code (`binop_code`): `a b -- a op b` (every payload is a u32: one load per dispatch)
    BinaryOp(u32),
    /// augmented assignment: tries `__iop__` first
    InplaceOp(u32),
    /// 0 neg, 1 pos, 2 invert, 3 not
    UnaryOp(u32),
    /// 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=
    CompareOp(u32),
    /// 0 is, 1 is not
    IsOp(u32),
    /// 0 in, 1 not in
    ContainsOp(u32),
    /// absolute target
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `x -- iter(x)`
    GetIter,
    /// `it -- it next` or pop `it` and jump to target when exhausted
    ForIter(u32),
    /// count
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// count of key/value pairs
    BuildMap(u32),
    /// 2 or 3 operands
    BuildSlice(u32),
    /// count of string pieces
    BuildString(u32),
    /// depth of the list below the value
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    /// `list iterable -- list`
    ListExtend(u32),
    SetUpdate(u32),
    /// `dict mapping -- dict` (for `{**m}`)
    DictUpdate(u32),
    /// `dict mapping -- dict` (for `f(**m)`, duplicate keys are errors)
    DictMerge(u32),
    /// `list -- tuple`
    ListToTuple,
    /// count: `seq -- items…` (last item on top... first item on top)
    UnpackSequence(u32),
    /// before | (after << 8)
    UnpackEx(u32),
    /// conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack
    FormatValue(u32),
    /// flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple: `… code qualname -- func`
    MakeFunction(u32),
    /// argc: `func args… -- result`
    CallFunction(u32),
    /// argc including keywords: `func args… names -- result`
    CallFunctionKw(u32),
    /// 1 if a kwargs dict is present: `func args_tuple [kwargs] -- result`
    CallFunctionEx(u32),
    /// `v --` leaves the frame
    ReturnValue,
    /// handler target: pushes an exception block
    SetupFinally(u32),
    /// handler target: `ctx -- exit enter_result`
    SetupWith(u32),
    /// pops the innermost block
    PopBlock,
    /// leaves an except handler: restores the previously handled exception
    PopExcept,
    /// `exc --` re-raises without adding a traceback entry
    Reraise,
    /// 0: bare raise, 1: `exc --`, 2: `exc cause --`
    RaiseVarargs(u32),
    /// `exit exc -- exit exc result` (calls exit(type, exc, tb))
    WithExceptStart,
    /// `exit --` calls exit(None, None, None)
    ExitWith,
    /// `exc type -- exc bool`
    CheckExcMatch,
    /// pushes `__build_class__`
    LoadBuildClass,
    /// name index: `-- module`
    ImportName(u32),
    /// name index: `module -- module attr`
    ImportFrom(u32),
    /// `module --` binds all public names
    ImportStar,
    /// `v -- sent`
    YieldValue,
    /// `iterable -- iterator` for yield from
    GetYieldFromIter,
    /// `iter sent -- iter` (loops back while the delegate yields; on return, pops
    /// the iterator, pushes the result and jumps to target)
    YieldFrom(u32),
    /// `x -- awaitable-iterator` (a plain asyncio future is left as it is:
    /// see `asyncio/future_await.rs`)
    GetAwaitable,
    /// `future sent -- result`: follows the `YieldFrom` of every await, which
    /// jumps over it; reached only by resuming a frame that yielded a plain
    /// asyncio future there (`asyncio/future_await.rs`)
    AwaitResume,
    /// `-- AssertionError`
    LoadAssertionError,
    /// like PopTop but records the value as the REPL's last result
    PrintExpr,
    /// `obj -- aiter` (`obj.__aiter__()`)
    GetAIter,
    /// `aiter -- aiter awaitable` (`aiter.__anext__()`, made awaitable)
    GetANext,
    /// `aiter exc --` ends an `async for` on StopAsyncIteration, else re-raises
    EndAsyncFor,
    /// `ctx -- aexit awaitable` (bound `__aexit__`, `ctx.__aenter__()`)
    BeforeAsyncWith,
    /// handler target: like SetupWith, but the entered value is already on the stack
    SetupAsyncWith(u32),
    /// `aexit -- awaitable` (`aexit(None, None, None)`)
    AsyncExitCall,
    /// `method self arg -- result`: `CallMethod(1)` of a method named
    /// `send` (`g.send(x)`): a generator or coroutine receiver is resumed
    /// at once, without the general call's checks
    CallSend,
    // Superinstructions made by the peephole pass in `compile/builder.rs`;
    // the second instruction of the pair stays in place (as a skipped slot)
    // so that jump targets and positions do not move.
    /// LoadFast(arg & 0xffff) then LoadConst(arg >> 16); skips the next slot
    LoadFastLoadConst(u32),
    /// LoadFast(arg & 0xffff) then LoadFast(arg >> 16); skips the next slot
    LoadFastLoadFast(u32),
    /// CompareOp(arg) then the PopJumpIfFalse in the next slot
    CompareJumpIfFalse(u32),
    /// `LoadConst(c) CompareOp(op) PopJumpIfFalse` (`if r == 0:`), the
    /// slot of the `LoadConst`, c = arg & 0xffffff, op = arg >> 24; the
    /// next two slots hold the pair as `CompareJumpIfFalse(op)` and its
    /// jump. A small int on top of the stack and a small-int constant are
    /// compared and the jump taken at once; anything else is just the
    /// `LoadConst`
    CompareConstJump(u32),
    /// `LoadMethod(name)` of a call `x.send(v)` with one positional
    /// argument, the one `CallSend` ends: a generator or coroutine pushes
    /// a placeholder (`Unbound`) for its method, which `CallSend` does not
    /// call (it resumes the generator, or loads the method then); anything
    /// else is `LoadMethod`
    LoadSendMethod(u32),
    /// LoadFast(arg & 0xffff) then the LoadAttr(arg >> 16) in the next
    /// slot, at once (skipping it) when the attribute cache answers; else
    /// just the LoadFast, and the LoadAttr runs as usual
    LoadFastLoadAttr(u32),
    /// LoadFast(arg & 0xffff) then the LoadMethod(arg >> 16) in the next
    /// slot, the same way
    LoadFastLoadMethod(u32),
    /// LoadFast(arg & 0xffff) then the StoreAttr(arg >> 16) in the next
    /// slot, the same way
    LoadFastStoreAttr(u32),
    /// BinaryOp(arg & 0xff) (InplaceOp when bit 8 is set) then the
    /// StoreFast(arg >> 16) in the next slot, at once (skipping it) when
    /// both operands are small ints; else just the first, and the
    /// StoreFast runs as usual
    OpStoreFast(u32),
    /// ForIter(arg & 0xfffff) then the StoreFast(arg >> 20) in the next
    /// slot, at once (skipping it) when the iterator is a range; else just
    /// the ForIter, and the StoreFast runs as usual
    ForIterStoreFast(u32),
    /// LoadFast(arg) then the YieldValue in the next slot, at once
    LoadFastYieldValue(u32),
    /// LoadConst(arg) then the YieldValue in the next slot, at once
    LoadConstYieldValue(u32),
    /// `g.send(x)`, `g` a fast local and `x` a fast local or a constant
    /// (`g` = arg & 0x7fff, `x` = (arg >> 15) & 0xffff, bit 31 set for a
    /// constant): the slot of `LoadFast(g)`, followed by the call's own
    /// `LoadMethod(send)`, `LoadFast(x)` or `LoadConst(x)`, `CallSend`. A
    /// generator or coroutine that can take `x` is resumed at once, and
    /// its result arrives after the `CallSend`; anything else is just the
    /// `LoadFast(g)`, and the call runs as written
    SendFast(u32),
    /// `SendFast` in module code, `g` a global name (`LoadName(g)`) and
    /// `x` a name or a constant, laid out the same way; anything unusual
    /// (names that are not the globals, a name not yet cached) is just the
    /// `LoadName(g)`
    SendName(u32),
    /// `lst.append(x)` as a statement, `lst` and `x` fast locals (`lst` =
    /// arg & 0xffff, `x` = arg >> 16): the slot of `LoadFast(lst)`,
    /// followed by `LoadMethod(append)`, `LoadFast(x)`, `CallMethod(1)`,
    /// `PopTop`. A list takes the item at once and the four slots are
    /// skipped; anything else is just the `LoadFast(lst)`, and the call
    /// runs as written
    AppendFast(u32),
    /// `LoadFast(a) LoadConst(c) BinaryOp/InplaceOp(op) StoreFast(d)`
    /// (`x += 1`, `y = x * 2`), the slot of the `LoadFast`, `op` one of
    /// `+ - *`: a = arg & 0x3ff, c = (arg >> 10) & 0x3ff, d = (arg >> 20)
    /// & 0x3ff, op = arg >> 30 (0 add, 1 sub, 2 mul). Two small ints are
    /// done at once; anything else is the two loads, then the fused
    /// operation and store two slots on
    LocalConstOp(u32),
    /// `LoadFast(a) LoadFast(b) BinaryOp/InplaceOp(op) StoreFast(d)`
    /// (`total += x`, `z = x - y`), laid out as `LocalConstOp` with `b`
    /// in place of `c`
    LocalLocalOp(u32),
    /// `LoadName(a) LoadName(b)/LoadConst(b) BinaryOp/InplaceOp(op)
    /// StoreName(d)` in module code (`total += x` at top level), the slot
    /// of the first `LoadName`: a = arg & 0x7fff, d = (arg >> 15) & 0x7fff,
    /// op = arg >> 30 (0 add, 1 sub, 2 mul); `b` is read from the next
    /// slot. Names the global caches know, holding small ints, are done at
    /// once; anything else is just the `LoadName(a)`
    NameOp(u32),
}

impl Op {
    /// The tag and operand (0 when there is none): what a code cache
    /// stores (`bytecode::serial`).
    pub fn encode(self) -> (u8, u32) {
        let at = &self as *const Op as *const u8;
        // SAFETY: `Op` is `#[repr(u8)]`: its first byte is the tag, and a
        // variant with an operand is laid out as `#[repr(C)] struct { tag:
        // u8, operand: u32 }`, the operand at offset 4 (aligned, as `Op` is)
        let tag = unsafe { *at };
        let operand = if Op::TAKES_OPERAND.get(tag as usize).copied().unwrap_or(false) {
            // SAFETY: as above, for a variant that has the operand
            unsafe { *(at.add(4) as *const u32) }
        } else {
            0
        };
        (tag, operand)
    }

    /// The opcode `encode` gave `(tag, operand)` for; None for a tag no
    /// opcode has.
    pub fn decode(tag: u8, operand: u32) -> Option<Op> {
        Op::MAKE.get(tag as usize).map(|make| make(operand))
    }
}

#[cfg(test)]
mod tests {
    use super::Op;

    #[test]
    fn every_opcode_survives_encoding() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
        for tag in 0..=255u8 {
            let Some(op) = Op::decode(tag, 0x1234_5678) else {
                assert_eq!(tag as usize, Op::MAKE.len(), "tags are dense");
                break;
            };
            let (t, operand) = op.encode();
            assert_eq!(t, tag);
            assert_eq!(Op::decode(t, operand), Some(op));
            assert!(operand == 0 || operand == 0x1234_5678);
        }
        assert_eq!(Op::LoadConst(7).encode().1, 7);
        assert_eq!(Op::Nop.encode(), (0, 0));
    }
}
