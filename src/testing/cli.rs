//! The `tikitaka test` command line: parses the options, finds the tests,
//! runs them with progress on stdout, prints the report (or JSON), writes
//! JUnit XML, and returns the exit code: 0 when nothing failed, 1 when
//! something did, 2 for a usage error.

use super::external::Command;
use super::report::{self, Progress};
use super::{Mode, Options, Status, discover, verdict};
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub const USAGE: &str = "usage: tikitaka test [PATH ...] [options]
Runs every test under the PATHs (default: the current directory):
  NAME.py with NAME.out (expected stdout), NAME.err (expected stderr: all of
  it, or only its last line), NAME.rc (exit code), NAME.args (--trace,
  --virtual-time, program arguments); a .py file with `# expect: LINE` and
  `# expect-error: Error: message` comments; a Markdown note (*.md) whose
  ```python blocks are followed by output blocks.
Options:
  -j N, --jobs N       worker threads (default: the number of CPUs)
  --timeout SECS       per test (default: 10)
  --virtual-time       pass --virtual-time to every interpreter (asyncio)
  -k PATTERN           only tests whose path contains PATTERN (repeatable)
  --list               print the tests that would run, run nothing
  --json               print a JSON report instead of text
  --junit FILE         also write a JUnit XML report to FILE
  --bless              rewrite the expected output from tikitaka's output
  --bless-from CMD     write the expected output from CMD's output (e.g. python3)
  --against CMD        run each program under tikitaka and CMD, report differences
";

/// A parsed command line.
#[derive(Debug)]
pub struct Cli {
    pub opts: Options,
    pub paths: Vec<String>,
    pub list: bool,
    pub json: bool,
    pub junit: Option<String>,
    pub help: bool,
}

fn number<T: std::str::FromStr>(opt: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("{opt} needs a number, not {v:?}"))
}

/// Parses the arguments after `test`.
pub fn parse(args: &[String]) -> Result<Cli, String> {
    let mut cli = Cli { opts: Options::default(), paths: Vec::new(), list: false, json: false, junit: None, help: false };
    let mut modes = Vec::new();
    let mut it = args.iter();
    let mut only_paths = false;
    while let Some(a) = it.next() {
        if only_paths || !a.starts_with('-') || a == "-" {
            cli.paths.push(a.clone());
            continue;
        }
        // `--opt=value` and `-jN` forms
        let (opt, inline) = match a.split_once('=') {
            Some((o, v)) if o.starts_with("--") => (o, Some(v.to_string())),
            _ if a.starts_with("-j") && a.len() > 2 => ("-j", Some(a[2..].to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = || inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{opt} needs a value"));
        match opt {
            "--" => only_paths = true,
            "-h" | "--help" => cli.help = true,
            "-j" | "--jobs" => {
                let n: usize = number(opt, &value()?)?;
                cli.opts.jobs = n.max(1);
            }
            "--timeout" => {
                let secs: f64 = number(opt, &value()?)?;
                if !(secs > 0.0 && secs.is_finite()) {
                    return Err(format!("--timeout needs a positive number of seconds, not {secs}"));
                }
                cli.opts.timeout = Duration::from_secs_f64(secs);
            }
            "--virtual-time" => cli.opts.virtual_time = true,
            "-k" => cli.opts.filters.push(value()?),
            "--list" => cli.list = true,
            "--json" => cli.json = true,
            "--junit" => cli.junit = Some(value()?),
            "--bless" => modes.push(Mode::Bless),
            "--bless-from" | "--against" => {
                let v = value()?;
                let cmd = Command::parse(&v).ok_or_else(|| format!("{opt} needs a command"))?;
                modes.push(if opt == "--against" { Mode::Against(cmd) } else { Mode::BlessFrom(cmd) });
            }
            _ => return Err(format!("unknown option {a}")),
        }
    }
    if modes.len() > 1 {
        return Err("use only one of --bless, --bless-from and --against".into());
    }
    cli.opts.mode = modes.pop().unwrap_or(Mode::Check);
    if cli.paths.is_empty() {
        cli.paths.push(".".into());
    }
    Ok(cli)
}

/// `tikitaka test ARGS…`: returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let cli = match parse(args) {
        Ok(c) => c,
        Err(msg) => {
            eprint!("tikitaka test: {msg}\n{USAGE}");
            return 2;
        }
    };
    if cli.help {
        print!("{USAGE}");
        return 0;
    }
    let mut stdout = std::io::stdout().lock();
    let mut note = String::new();
    let mut skip_all = None;
    match &cli.opts.mode {
        Mode::BlessFrom(cmd) if cmd.locate().is_none() => {
            eprintln!("tikitaka test: --bless-from {}: '{}' is not on PATH", cmd.display, cmd.program);
            return 2;
        }
        Mode::Against(cmd) if cmd.locate().is_none() => {
            let why = format!("'{}' is not on PATH", cmd.program);
            note = format!("tikitaka test: --against {}: {why}; skipping every test\n", cmd.display);
            skip_all = Some(why);
        }
        _ => {}
    }
    let cases = discover::discover(&cli.paths, &cli.opts);
    if cli.list {
        for c in &cases {
            let _ = match &c.kind {
                discover::Kind::Invalid(msg) => writeln!(stdout, "{} (bad input: {msg})", c.path),
                _ => writeln!(stdout, "{}", c.path),
            };
        }
        let _ = writeln!(stdout, "{} test(s)", cases.len());
        return 0;
    }
    if cases.is_empty() {
        note.push_str(&format!("tikitaka test: no tests found in {}\n", cli.paths.join(", ")));
    }
    let style = if cli.json {
        Progress::Quiet
    } else if std::io::stdout().is_terminal() {
        Progress::Dots
    } else {
        Progress::Lines
    };
    if style != Progress::Quiet {
        let _ = stdout.write_all(note.as_bytes());
    }
    let started = Instant::now();
    let mut count = 0;
    let mut show = |o: &verdict::Outcome| {
        count += 1;
        let _ = stdout.write_all(report::progress(style, o, count).as_bytes());
        let _ = stdout.flush();
    };
    let outcomes = match &skip_all {
        Some(why) => {
            let outcomes: Vec<verdict::Outcome> = cases.iter().map(|c| verdict::skipped(c, why)).collect();
            outcomes.iter().for_each(&mut show);
            outcomes
        }
        None => super::run_cases(cases, &cli.opts, &mut show),
    };
    let elapsed = started.elapsed();
    if style == Progress::Dots && !count.is_multiple_of(report::DOTS_PER_LINE) {
        let _ = writeln!(stdout);
    }
    let text = if cli.json { report::json(&outcomes) } else { report::text(&outcomes, skip_all.is_none()) };
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    if let Some(file) = &cli.junit
        && let Err(e) = std::fs::write(file, report::junit(&outcomes, elapsed))
    {
        eprintln!("tikitaka test: cannot write {file}: {e}");
        return 2;
    }
    if outcomes.iter().any(|o| o.status == Status::Fail) { 1 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn options_in_every_form() {
        let cli = parse(&args("a -j3 --timeout=0.5 -k x -k y --list --json --junit out.xml b --virtual-time")).unwrap();
        assert_eq!(cli.paths, ["a", "b"]);
        assert_eq!((cli.opts.jobs, cli.opts.timeout, cli.opts.filters.len()), (3, Duration::from_millis(500), 2));
        assert!(cli.list && cli.json && cli.opts.virtual_time);
        assert_eq!(cli.junit.as_deref(), Some("out.xml"));
        assert_eq!(parse(&args("--jobs 2")).unwrap().paths, ["."]);
        assert!(matches!(parse(&args("--against python3")).unwrap().opts.mode, Mode::Against(_)));
    }

    #[test]
    fn bad_options_are_usage_errors() {
        assert_eq!(parse(&args("--timeout 0")).unwrap_err(), "--timeout needs a positive number of seconds, not 0");
        assert_eq!(parse(&args("-j x")).unwrap_err(), "-j needs a number, not \"x\"");
        assert_eq!(parse(&args("--bless --against python3")).unwrap_err(), "use only one of --bless, --bless-from and --against");
        assert_eq!(parse(&args("--frobnicate")).unwrap_err(), "unknown option --frobnicate");
        assert_eq!(parse(&args("-k")).unwrap_err(), "-k needs a value");
    }
}
