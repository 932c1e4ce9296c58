//! The interactive session: a rustyline prompt that feels like CPython's
//! (`>>> ` and `... `, compound statements continued until a blank line,
//! open brackets and triple-quoted strings continued automatically, echo of
//! expression values, tracebacks that leave the session intact), with
//! history in `~/.tikitaka_history`, completion of names and attributes,
//! Ctrl-C and Ctrl-D, and `await` at the prompt: input that awaits is run as
//! a coroutine on an event loop the session keeps, so tasks created at one
//! prompt go on running while later inputs await.

use crate::object::{PyDict, Value};
use crate::syntax::SyntaxError;
use crate::vm::Vm;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::cell::RefCell;
use std::rc::Rc;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What the completer knows: names, and the attributes of each global.
#[derive(Default)]
struct Names {
    names: Vec<String>,
    attrs: Vec<(String, Vec<String>)>,
}

struct ReplHelper {
    names: Rc<RefCell<Names>>,
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map(|i| i + 1).unwrap_or(0);
        let word = &before[start..];
        let names = self.names.borrow();
        let pairs: Vec<Pair> = match word.rsplit_once('.') {
            Some((obj, prefix)) => {
                let attrs = names.attrs.iter().find(|(n, _)| n == obj).map(|(_, a)| a.clone()).unwrap_or_default();
                attrs
                    .into_iter()
                    .filter(|a| a.starts_with(prefix) && (prefix.starts_with('_') || !a.starts_with('_')))
                    .map(|a| Pair { display: a.clone(), replacement: format!("{obj}.{a}") })
                    .collect()
            }
            None => names
                .names
                .iter()
                .map(String::as_str)
                .chain(KEYWORDS.iter().copied())
                .filter(|n| n.starts_with(word) && !word.is_empty())
                .map(|n| Pair { display: n.to_string(), replacement: n.to_string() })
                .collect(),
        };
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl Helper for ReplHelper {}

/// The line (0-based) where a second statement starts in `lines`, if the
/// input parses and has one (see `one_statement`).
fn second_statement_line(lines: &[String]) -> Option<usize> {
    let src = format!("{}\n", lines.join("\n"));
    let ast = crate::syntax::parse_file(&src).ok()?;
    let line_of = |at: usize| src[..at.min(src.len())].matches('\n').count();
    let first_line = line_of(ast.first()?.span.0);
    ast.iter().map(|s| line_of(s.span.0)).find(|&l| l > first_line)
}

/// One input at the prompt is one statement (several on its first line,
/// separated by `;`, count as one): a statement starting on a later line,
/// such as a line after a compound statement that no blank line ended, is
/// CPython's "invalid syntax" there.
fn one_statement(ast: Vec<crate::syntax::ast::Stmt>, src: &str) -> Result<Vec<crate::syntax::ast::Stmt>, SyntaxError> {
    let line_of = |at: usize| src[..at.min(src.len())].matches('\n').count();
    if let Some(first) = ast.first() {
        let first_line = line_of(first.span.0);
        if let Some(next) = ast.iter().find(|s| line_of(s.span.0) > first_line) {
            // (the caret marks the statement's first token: a name or keyword, or one character)
            let start = next.span.0;
            let word: usize = src[start..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
            return Err(SyntaxError::new("invalid syntax", start, start + word.max(1)));
        }
    }
    Ok(ast)
}

/// Whether `lines` (what was typed so far) needs more input before it runs.
pub fn needs_more(lines: &[String]) -> bool {
    let src = lines.join("\n");
    let last = lines.last().map(String::as_str).unwrap_or("");
    if last.trim().is_empty() {
        // a blank line ends a block (but not an open bracket or string)
        return lines.len() > 1 && is_incomplete(&src, false);
    }
    if last.trim_end().ends_with('\\') {
        return true;
    }
    if is_incomplete(&src, true) {
        return true;
    }
    let first = lines.first().map(|l| l.trim_end()).unwrap_or("");
    if first.starts_with('@') && lines.iter().all(|l| l.trim_start().starts_with('@')) {
        // decorators wait for what they decorate
        return true;
    }
    // a compound statement continues until a blank line
    let word = first.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '@')).next().unwrap_or("");
    let compound = matches!(word, "if" | "while" | "for" | "def" | "class" | "try" | "with" | "async") || first.starts_with('@');
    let opens_block = compound || first.ends_with(':') || lines.len() > 1 && lines.iter().any(|l| l.trim_end().ends_with(':'));
    // (an error at the very end is only unfinished input: a decorator
    // before its `def`, a header before its body)
    opens_block
        && match crate::syntax::parse_file(&format!("{src}\n")) {
            Ok(_) => true,
            Err(e) => e.start >= code_end(&src),
        }
}

/// Input that is not wrong yet, only unfinished. `in_block`: a block may
/// still get its body or its handlers (a blank line ends that chance; an
/// open bracket or string stays open).
fn is_incomplete(src: &str, in_block: bool) -> bool {
    match crate::syntax::parse_file(&format!("{src}\n")) {
        Ok(_) => false,
        Err(e) => unfinished(&e, src, in_block),
    }
}

fn unfinished(e: &SyntaxError, src: &str, in_block: bool) -> bool {
    let at_end = e.start >= code_end(src);
    e.msg.ends_with("was never closed")
        || e.msg.starts_with("unterminated triple-quoted string literal")
        || (in_block && at_end && (e.msg.starts_with("expected an indented block") || e.msg == "expected 'except' or 'finally' block"))
}

/// Where the code typed so far ends: trailing blank and comment-only
/// lines do not count (a block whose first line is a comment still waits
/// for its body).
fn code_end(src: &str) -> usize {
    let mut end = src.trim_end().len();
    loop {
        let start = src[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = src[start..end].trim();
        if start == 0 || !(line.is_empty() || line.starts_with('#')) {
            return end;
        }
        end = src[..start].trim_end().len();
    }
}

/// After this many undecodable inputs in a row the prompt gives up.
const MAX_BAD_INPUTS: u32 = 100;

/// One interactive session.
pub struct Repl {
    pub vm: Vm,
    globals: Rc<PyDict>,
    /// The event loop for `await` at the prompt, made on first use.
    event_loop: Option<Value>,
}

impl Repl {
    pub fn new(vm: Vm, globals: Option<Rc<PyDict>>) -> Repl {
        let globals = globals.unwrap_or_else(|| {
            let g = Rc::new(PyDict::new());
            g.set_item_str("__name__", Value::str("__main__"));
            g.set_item_str("__doc__", Value::None);
            g
        });
        Repl { vm, globals, event_loop: None }
    }

    /// Runs one complete input; returns false when the session should end
    /// (SystemExit, with the exit code in `exit_code`).
    pub fn execute(&mut self, src: &str) -> Result<(), i32> {
        let ast = match crate::syntax::parse_file(src).and_then(|ast| one_statement(ast, src)) {
            Ok(a) => a,
            Err(e) => {
                self.vm.write_err(&e.render_at_prompt(src));
                return Ok(());
            }
        };
        let code = match crate::compile::compile_module(&ast, src, "<stdin>", true) {
            Ok(c) => c,
            Err(e) if crate::runner::awaits_at_top(&e.msg) => match crate::compile::compile_module_with(&ast, src, "<stdin>", true, true) {
                Ok(c) => return self.run_awaiting(c),
                Err(e) => {
                    self.vm.write_err(&e.render_at_prompt(src));
                    return Ok(());
                }
            },
            Err(e) => {
                self.vm.write_err(&e.render_at_prompt(src));
                return Ok(());
            }
        };
        self.vm.print_syntax_warnings("<stdin>", src);
        let r = self.vm.run_module(code, self.globals.clone());
        self.finish(r)
    }

    /// Input with `await` at the top: run it as a coroutine on the session's loop.
    fn run_awaiting(&mut self, code: Rc<crate::bytecode::CodeObject>) -> Result<(), i32> {
        let r = crate::runner::run_awaiting(&mut self.vm, &self.globals, code, &mut self.event_loop);
        self.finish(r)
    }

    fn finish(&mut self, r: crate::object::exceptions::PyResult<Value>) -> Result<(), i32> {
        let out = match r {
            Ok(_) => Ok(()),
            Err(e) if e.is_instance_of(&self.vm.types.system_exit) => Err(crate::runner::report_uncaught(&mut self.vm, &e)),
            Err(e) => {
                let report = self.vm.format_uncaught(&e);
                self.vm.write_err(&report);
                Ok(())
            }
        };
        self.vm.flush_out();
        out
    }

    fn refresh_names(&mut self, names: &RefCell<Names>) {
        let mut n = Names::default();
        for (k, v) in self.globals.items().into_iter().chain(self.vm.builtins.items()) {
            let Value::Str(k) = k else { continue };
            let attrs: Vec<String> = match &v {
                Value::Module(m) => {
                    m.dict.keys().into_iter().filter_map(|a| if let Value::Str(s) = a { Some(s.as_str().to_string()) } else { None }).collect()
                }
                other => {
                    let cls = self.vm.types.of(other);
                    let mut a: Vec<String> = cls
                        .full_mro()
                        .iter()
                        .flat_map(|c| c.dict.keys())
                        .chain(if let Value::Instance(i) = other { i.attr_names() } else { vec![] })
                        .filter_map(|a| if let Value::Str(s) = a { Some(s.as_str().to_string()) } else { None })
                        .collect();
                    a.sort();
                    a.dedup();
                    a
                }
            };
            n.attrs.push((k.as_str().to_string(), attrs));
            n.names.push(k.as_str().to_string());
        }
        n.names.sort();
        n.names.dedup();
        *names.borrow_mut() = n;
    }

    /// The prompt loop. Returns the exit code.
    pub fn run(&mut self) -> i32 {
        println!("tikitaka {} — a Python 3.11 subset; type exit() or Ctrl-D to leave", env!("CARGO_PKG_VERSION"));
        let names = Rc::new(RefCell::new(Names::default()));
        self.refresh_names(&names);
        let mut editor: Editor<ReplHelper, rustyline::history::DefaultHistory> = match Editor::new() {
            Ok(e) => e,
            Err(e) => {
                eprintln!("tikitaka: cannot start the interactive prompt: {e}");
                return 1;
            }
        };
        editor.set_helper(Some(ReplHelper { names: names.clone() }));
        let history = std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".tikitaka_history"));
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        let mut lines: Vec<String> = Vec::new();
        // consecutive undecodable inputs (a stream that never decodes ends the session)
        let mut bad_input = 0;
        // lines read but given back: those after a statement that no blank
        // line separated from the one before (see `one_statement`)
        let mut replay: std::collections::VecDeque<String> = std::collections::VecDeque::new();
        let code = loop {
            let prompt = if lines.is_empty() { ">>> " } else { "... " };
            let next = match replay.pop_front() {
                Some(line) => Ok(line),
                None => editor.readline(prompt),
            };
            match next {
                Ok(line) => {
                    bad_input = 0;
                    if lines.is_empty() && line.trim().is_empty() {
                        continue;
                    }
                    lines.push(line);
                    if needs_more(&lines) {
                        continue;
                    }
                    // the lines after the offending one are read again, as CPython does
                    if let Some(k) = second_statement_line(&lines) {
                        replay.extend(lines.split_off(k + 1));
                    }
                    let src = lines.join("\n");
                    lines.clear();
                    let _ = editor.add_history_entry(src.trim_end());
                    if let Err(code) = self.execute(&format!("{src}\n")) {
                        break code;
                    }
                    // once asyncio is imported, tasks made at the prompt go to the session's loop
                    if self.event_loop.is_none()
                        && self.vm.modules.get_item_str("asyncio").is_some()
                        && let Err(e) = crate::runner::session_loop(&mut self.vm, &mut self.event_loop)
                    {
                        let report = self.vm.format_uncaught(&e);
                        self.vm.write_err(&report);
                    }
                    self.refresh_names(&names);
                }
                Err(ReadlineError::Interrupted) => {
                    lines.clear();
                    println!("KeyboardInterrupt");
                }
                Err(ReadlineError::Eof) => {
                    // a block still waiting for its blank line runs (or fails)
                    // first, and the lines after a second statement are read again
                    if !lines.is_empty() {
                        if let Some(k) = second_statement_line(&lines) {
                            replay.extend(lines.split_off(k + 1));
                        }
                        let src = lines.join("\n");
                        lines.clear();
                        if let Err(code) = self.execute(&format!("{src}\n")) {
                            break code;
                        }
                        if !replay.is_empty() {
                            continue;
                        }
                    }
                    println!();
                    break 0;
                }
                Err(ReadlineError::Io(e)) if e.kind() == std::io::ErrorKind::InvalidData && bad_input < MAX_BAD_INPUTS => {
                    // bytes that are not UTF-8: reported like CPython's decoding error, the session goes on
                    bad_input += 1;
                    lines.clear();
                    eprintln!(
                        "  File \"<stdin>\", line 0\n\nSyntaxError: (unicode error) 'utf-8' codec can't decode the input: it is not valid UTF-8"
                    );
                    continue;
                }
                Err(e) => {
                    eprintln!("tikitaka: {e}");
                    break 1;
                }
            }
        };
        if let Some(h) = &history {
            let _ = editor.save_history(h);
        }
        code
    }

    /// Runs a script in this session's namespace (for `tikitaka -i FILE`).
    pub fn run_script(&mut self, src: &str, filename: &str) -> Result<(), i32> {
        let code = match crate::runner::compile_source(src, filename) {
            Ok(c) => c,
            Err(report) => {
                self.vm.write_err(&report);
                return Ok(());
            }
        };
        self.globals.set_item_str("__file__", Value::str(filename));
        self.vm.print_syntax_warnings("<stdin>", src);
        let r = self.vm.run_module(code, self.globals.clone());
        self.finish(r)
    }
}

#[cfg(test)]
mod tests {
    use super::{needs_more, one_statement, second_statement_line};

    fn v(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert!(!needs_more(&v(&["x = 1"])));
        assert!(!needs_more(&v(&["print(x)"])));
        // a syntax error is reported, not continued
        assert!(!needs_more(&v(&["x = = 1"])));
    }

    #[test]
    fn open_brackets_and_strings_continue() {
        assert!(needs_more(&v(&["x = (1,"])));
        assert!(!needs_more(&v(&["x = (1,", "2)"])));
        assert!(needs_more(&v(&["s = '''abc"])));
        assert!(needs_more(&v(&["x = 1 + \\"])));
    }

    #[test]
    fn compound_statements_end_with_a_blank_line() {
        assert!(needs_more(&v(&["def f():"])));
        assert!(needs_more(&v(&["def f():", "    return 1"])));
        assert!(!needs_more(&v(&["def f():", "    return 1", ""])));
        assert!(needs_more(&v(&["for i in range(3):", "    if i:", "        print(i)"])));
        assert!(needs_more(&v(&["while True: pass"])));
        assert!(!needs_more(&v(&["while True: pass", ""])));
    }

    #[test]
    fn a_try_waits_for_its_handlers() {
        assert!(needs_more(&v(&["try:", "    1 / 0"])));
        assert!(needs_more(&v(&["try:", "    1 / 0", "except ZeroDivisionError:"])));
        assert!(needs_more(&v(&["try:", "    1 / 0", "except ZeroDivisionError:", "    print('caught')"])));
        assert!(!needs_more(&v(&["try:", "    1 / 0", "except ZeroDivisionError:", "    print('caught')", ""])));
        assert!(needs_more(&v(&["for i in range(2):", "    try:", "        print(i)"])));
        assert!(needs_more(&v(&["for i in range(2):", "    try:", "        print(i)", "    finally:"])));
        // a try given up with a blank line is an error, reported then
        assert!(!needs_more(&v(&["try:", "    1 / 0", ""])));
    }

    #[test]
    fn comment_lines_do_not_end_a_block() {
        assert!(needs_more(&v(&["def g():", "    # a comment"])));
        assert!(needs_more(&v(&["def g():", "    # a comment", "    x = 1"])));
        assert!(!needs_more(&v(&["try:", "    x = 1", "# between", ""])));
        assert!(needs_more(&v(&["for i in range(2):", "    pass", "    # trailing"])));
    }

    #[test]
    fn a_block_waits_while_its_end_is_unfinished() {
        assert!(needs_more(&v(&["class P:", "    @property"])));
        assert!(needs_more(&v(&["class P:", "    @property", "    def v(self):"])));
        assert!(needs_more(&v(&["class P:", "    @property", "    def v(self):", "        return 3"])));
        // an error before the end is reported at once
        assert!(!needs_more(&v(&["for i in range(3):", "    x = = 1"])));
    }

    #[test]
    fn an_error_on_the_closing_blank_line_gets_a_caret_at_the_prompt() {
        let src = "def f():\n\n";
        let Err(e) = crate::syntax::parse_file(src) else { panic!("an error was expected") };
        assert_eq!(
            e.render_at_prompt(src),
            "  File \"<stdin>\", line 2\n    \n    ^\nIndentationError: expected an indented block after function definition on line 1\n"
        );
        // in a file, CPython shows the empty line without a caret
        assert!(!e.render(src, "f.py").contains('^'));
    }

    #[test]
    fn decorators_wait_for_the_definition() {
        assert!(needs_more(&v(&["@staticmethod"])));
        assert!(needs_more(&v(&["@functools.cache", "@other(1)"])));
        assert!(needs_more(&v(&["@staticmethod", "def f(): return 1"])));
        assert!(!needs_more(&v(&["@staticmethod", "def f(): return 1", ""])));
    }

    #[test]
    fn a_second_statement_is_invalid_syntax_and_its_lines_are_read_again() {
        // statements on one line (`;`) and a block's own lines are one input
        assert_eq!(second_statement_line(&v(&["a = 1; b = 2"])), None);
        assert_eq!(second_statement_line(&v(&["if x:", "    y = 1", "else:", "    y = 2"])), None);
        // a line after a compound statement that no blank line ended
        assert_eq!(second_statement_line(&v(&["def f(): pass", "x = f()", "print(x)"])), Some(1));
        assert_eq!(second_statement_line(&v(&["for i in r:", "    print(i)", "print(2)"])), Some(2));
        let src = "def f(): pass\nprint(x)\n";
        let Ok(ast) = crate::syntax::parse_file(src) else { panic!("the input parses") };
        let Err(e) = one_statement(ast, src) else { panic!("two statements are an error") };
        assert_eq!((e.msg.as_str(), e.start, e.end), ("invalid syntax", 14, 19));
    }
}
