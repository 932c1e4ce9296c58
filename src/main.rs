//! The `tikitaka` command: runs a script file, `-c CODE`, or a program read
//! from stdin, like `python3`. The interpreter runs on a thread with a large
//! stack so that native re-entry (e.g. `__repr__` calling `repr`) can reach
//! the recursion limit without overflowing the Rust stack.

use std::io::{IsTerminal, Read};

mod allocator;

/// See `allocator.rs`.
#[global_allocator]
static ALLOCATOR: allocator::Mimalloc = allocator::Mimalloc;

const USAGE: &str = "usage: tikitaka [option] ... [-c cmd | file | -] [arg] ...
Options:
  notes FILE [--json] : run a Markdown note's python blocks and check their shown output
  test [PATH ...]     : run golden-output tests (programs with expected output, notes); see tikitaka test -h
  -i file  : run the file, then start the interactive prompt with its globals
  --trace  : (before the program) print every suspend/resume of generators, coroutines and tasks on stderr
  --virtual-time : (before the program) asyncio timers use a virtual clock that jumps to the next
             deadline when nothing is ready: sleeping programs finish at once with the same output
  -c cmd   : program passed in as string
  -h       : print this help message and exit (also --help)
  --version: print the version number and exit
  file     : program read from script file
  -        : program read from stdin (default when stdin is not a terminal)
  arg ...  : arguments passed to program in sys.argv[1:]
";

/// The script's name as CPython 3.11 records it (`__file__`, tracebacks):
/// a relative path is joined to the working directory, not normalized
/// (`./x.py` becomes `/cwd/./x.py`); `sys.argv[0]` keeps the path as given.
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(dir) => {
            let dir = dir.display().to_string();
            if dir.ends_with('/') { format!("{dir}{path}") } else { format!("{dir}/{path}") }
        }
        Err(_) => path.to_string(),
    }
}

fn main() {
    allocator::tune();
    // a bug in tikitaka must not look like a Python error: one clear line, exit 70
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned());
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("SystemError: tikitaka internal error: {}{at} (please report this)", msg.unwrap_or_else(|| "panic".into()));
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = std::thread::Builder::new()
        .name("tikitaka".into())
        .stack_size(1 << 30)
        .spawn(move || run(args))
        .ok()
        .and_then(|h| h.join().ok())
        .unwrap_or(70);
    std::process::exit(code);
}

fn run(mut args: Vec<String>) -> i32 {
    // `--trace` before the program: report suspensions and resumptions on stderr
    loop {
        match args.first().map(String::as_str) {
            Some("--trace") => tikitaka::vm::TRACE_DEFAULT.store(true, std::sync::atomic::Ordering::Relaxed),
            // asyncio timers on a virtual clock that jumps to the next deadline
            Some("--virtual-time") => tikitaka::asyncio::VIRTUAL_TIME.store(true, std::sync::atomic::Ordering::Relaxed),
            _ => break,
        }
        args.remove(0);
    }
    let first = args.first().map(String::as_str);
    let (src, filename, argv) = match first {
        Some("-h") | Some("--help") => {
            print!("{USAGE}");
            return 0;
        }
        Some("--version") | Some("-V") => {
            println!("tikitaka {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        Some("-c") => {
            let Some(code) = args.get(1) else {
                eprintln!("Argument expected for the -c option\n{USAGE}");
                return 2;
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            (code.clone(), "<string>".to_string(), argv)
        }
        Some("notes") if args.len() >= 2 => {
            // check a Markdown note's python blocks against the output it shows
            let json = args.iter().any(|a| a == "--json");
            let Some(path) = args[1..].iter().find(|a| !a.starts_with("--")) else {
                eprintln!("usage: tikitaka notes FILE [--json]");
                return 2;
            };
            let mut out = std::io::stdout();
            return tikitaka::notes::run_notes(std::path::Path::new(path), json, &mut out);
        }
        Some("test") => return tikitaka::testing::cli::main(&args[1..]),
        Some("-i") => {
            // run a script, then keep its globals at the prompt
            let Some(path) = args.get(1) else {
                return interactive(vec![String::new()], None);
            };
            let shown = absolute(path);
            let src = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("tikitaka: can't open file '{shown}': [Errno {}] No such file or directory", e.raw_os_error().unwrap_or(2));
                    return 2;
                }
            };
            return interactive(args[1..].to_vec(), Some((src, shown)));
        }
        None | Some("-") => {
            if first.is_none() && std::io::stdin().is_terminal() {
                return interactive(vec![String::new()], None);
            }
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("tikitaka: can't read stdin as UTF-8");
                return 1;
            }
            let mut argv = vec![if first.is_some() { "-".to_string() } else { String::new() }];
            argv.extend(args.iter().skip(1).cloned());
            (s, "<stdin>".to_string(), argv)
        }
        Some(opt) if opt.starts_with('-') && opt.len() > 1 => {
            eprintln!("Unknown option: {opt}\n{USAGE}");
            return 2;
        }
        Some(path) => {
            let shown = absolute(path);
            match tikitaka::runner::read_source(std::path::Path::new(path)) {
                Ok(s) => (s, shown, args.clone()),
                Err(e) => {
                    let (report, code) = e.report(&shown);
                    eprint!("{report}");
                    return code;
                }
            }
        }
    };
    let mut vm = new_vm(argv);
    tikitaka::runner::run_main(&mut vm, &src, &filename).exit_code
}

/// A VM whose run loop turns Ctrl-C into KeyboardInterrupt.
fn new_vm(argv: Vec<String>) -> tikitaka::vm::Vm {
    let mut vm = tikitaka::vm::Vm::new(argv);
    let signal = std::sync::Arc::new(tikitaka::vm::signal::Signal::default());
    let handler_signal = signal.clone();
    if ctrlc::set_handler(move || handler_signal.interrupt()).is_ok() {
        vm.signal = Some(signal);
    }
    vm
}

/// The interactive prompt, optionally after running a script (`-i FILE`).
fn interactive(argv: Vec<String>, script: Option<(String, String)>) -> i32 {
    let mut repl = tikitaka::repl::Repl::new(new_vm(argv), None);
    if let Some((src, path)) = script
        && let Err(code) = repl.run_script(&src, &path)
    {
        return code;
    }
    repl.run()
}
