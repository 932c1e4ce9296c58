//! Snapshot tests of syntax-error reports: the exact text tikitaka prints for
//! malformed programs (CPython 3.11's wording and caret placement). Review a
//! change with `cargo insta review`.

fn report(src: &str) -> String {
    match tikitaka::runner::compile_source(src, "<test>") {
        Ok(_) => "no error".to_string(),
        Err(report) => report,
    }
}

macro_rules! cases {
    ($($name:ident: $src:expr,)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(report($src));
            }
        )*
    };
}

cases! {
    missing_colon: "if x\n    pass\n",
    try_without_handler_then_statement: "try:\n    x = 1\ny = 2\n",
    try_without_handler_then_return: "def f():\n    try:\n        x = 1\n    return x\n",
    try_without_handler_at_eof: "try:\n    1 / 0\n",
    try_without_handler_then_blank_lines: "try:\n    1 / 0\n\n\n",
    expected_indented_block_then_blank_line: "def f():\n\n",
    try_then_else: "try:\n    x = 1\nelse:\n    pass\n",
    expected_indented_block_if: "if x:\npass\n",
    expected_indented_block_def: "def f():\nreturn 1\n",
    expected_indented_block_at_eof: "for i in range(3):\n",
    unexpected_indent: "x = 1\n    y = 2\n",
    unindent_mismatch: "if x:\n        a\n    b\n",
    unclosed_paren: "print(1, 2\n",
    unmatched_close: "x = 1)\n",
    mismatched_brackets: "x = [1, 2)\n",
    unterminated_string: "s = 'abc\n",
    unterminated_triple_string: "s = '''abc\n\n",
    assign_to_literal: "1 = x\n",
    assign_to_call: "f() = 3\n",
    equals_in_condition: "if x = 3:\n    pass\n",
    equals_twice: "x = = 1\n",
    else_without_colon: "if x:\n    pass\nelse print(1)\n",
    def_without_colon: "def f() return 1\n",
    conditional_without_else: "x = 5 if 3\n",
    conditional_without_else_in_brackets: "y = [a if b for a in c]\n",
    missing_comma_in_list: "items = [1 2]\n",
    print_statement: "print 'hello'\n",
    match_statement: "match x:\n    case 1:\n        pass\n",
    return_outside_function: "return 5\n",
    break_outside_loop: "break\n",
    yield_outside_function: "yield 1\n",
    await_outside_async: "def f():\n    await g()\n",
    await_at_module_level: "await g()\n",
    await_in_class_body: "class A:\n    x = await g()\n",
    nonlocal_at_module: "nonlocal x\n",
    nonlocal_without_binding: "def outer():\n    def inner():\n        nonlocal count\n        count += 1\n    return inner\n",
    duplicate_argument: "def f(a, a):\n    pass\n",
    default_before_non_default: "def f(a=1, b):\n    pass\n",
    keyword_repeated: "f(a=1, a=2)\n",
    positional_after_keyword: "f(a=1, 2)\n",
    invalid_character: "x = 3 € 4\n",
    leading_zero: "x = 012\n",
    korean_line_caret: "이름 = \"철수\" +* 2\n",
    fstring_empty_expression: "f'{}'\n",
    fstring_single_brace: "f'a } b'\n",
    complex_literal: "z = 3j\n",
}
