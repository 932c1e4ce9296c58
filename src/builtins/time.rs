//! The built-in `time` module: clocks (`time`, `monotonic`, `perf_counter`,
//! `process_time` and their `_ns` forms), the blocking `sleep`, and calendar
//! time through the C library, as CPython gets it: `localtime`, `gmtime`,
//! `mktime`, `strftime`, `asctime`, `ctime`, `timezone`, `altzone`,
//! `daylight`, `tzname`. Broken-down times are `time.struct_time` tuples
//! (named fields, Monday as weekday 0, January as month 1, days of the year
//! from 1).

use super::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

/// Creates the `time` module.
pub fn create_time() -> Module {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str("time"));
    for (n, f) in [
        ("time", time_time as NativeFn),
        ("monotonic", time_monotonic),
        ("perf_counter", time_monotonic),
        ("@sleep", time_sleep),
        ("time_ns", time_time_ns),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter_ns", time_monotonic_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("localtime", time_localtime),
        ("gmtime", time_gmtime),
        ("mktime", time_mktime),
        ("strftime", time_strftime),
        ("asctime", time_asctime),
        ("ctime", time_ctime),
    ] {
        dict.set_item_str(n.trim_start_matches('@'), native(n, f));
    }
    let zone = Zone::now();
    dict.set_item_str("timezone", Value::Int(zone.timezone));
    dict.set_item_str("altzone", Value::Int(zone.altzone));
    dict.set_item_str("daylight", Value::Int(zone.daylight as i64));
    dict.set_item_str("tzname", Value::tuple(vec![Value::str(zone.names.0), Value::str(zone.names.1)]));
    Module { name: "time".to_string(), dict }
}

thread_local! {
    static CLOCK_START: std::time::Instant = std::time::Instant::now();
}

fn secs_since_epoch() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

fn monotonic_secs() -> f64 {
    CLOCK_START.with(|s| s.elapsed().as_secs_f64())
}

fn time_time(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("time", args, 0, 0)?;
    Ok(Value::Float(secs_since_epoch()))
}

fn time_time_ns(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("time_ns", args, 0, 0)?;
    Ok(Value::Int((secs_since_epoch() * 1e9) as i64))
}

fn time_monotonic(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("monotonic", args, 0, 0)?;
    Ok(Value::Float(monotonic_secs()))
}

fn time_monotonic_ns(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("monotonic_ns", args, 0, 0)?;
    Ok(Value::Int((monotonic_secs() * 1e9) as i64))
}

/// A `time.sleep()` call made while a coroutine was running: it blocks the
/// event loop. `tikitaka notes` turns these into a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockingSleep {
    /// Line of the `time.sleep(...)` call.
    pub line: u32,
    /// The innermost running coroutine.
    pub coroutine: String,
}

/// At most this many blocking sleeps are remembered between two `take`s.
const MAX_BLOCKING_SLEEPS: usize = 8;

thread_local! {
    static BLOCKING_SLEEPS: std::cell::RefCell<Vec<BlockingSleep>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The blocking sleeps seen since the last call (oldest first).
pub fn take_blocking_sleeps() -> Vec<BlockingSleep> {
    BLOCKING_SLEEPS.with(|b| std::mem::take(&mut *b.borrow_mut()))
}

/// Remembers a `time.sleep` called (from the frame on top of `frames`, as
/// `@sleep` is called with its caller parked) while a coroutine of the
/// user's code is on the frame stack.
fn note_blocking_sleep(vm: &Vm) {
    let Some(caller) = vm.frames.last() else { return };
    let user_coroutine = |f: &crate::vm::frame::Frame| f.code.flags.coroutine && !f.code.filename.starts_with("<frozen ");
    let Some(coro) = vm.frames.iter().rev().find(|f| user_coroutine(f)) else { return };
    let sleep = BlockingSleep { line: caller.line(), coroutine: coro.code.qualname.clone() };
    BLOCKING_SLEEPS.with(|b| {
        let mut b = b.borrow_mut();
        if b.len() < MAX_BLOCKING_SLEEPS {
            b.push(sleep);
        }
    });
}

/// `time.sleep(secs)`: blocks the whole interpreter (Ctrl-C still interrupts).
fn time_sleep(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("sleep", args, 1, 1)?;
    let secs = match &args[0] {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        other => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", crate::object::types::type_name(other)))),
    };
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    if let Some(suspend) = vm.green_sleep(secs) {
        // in a green thread (asyncio's executor): the loop goes on meanwhile
        return Err(suspend);
    }
    note_blocking_sleep(vm);
    let end = monotonic_secs() + secs;
    loop {
        let left = end - monotonic_secs();
        if left <= 0.0 {
            return Ok(Value::None);
        }
        std::thread::sleep(std::time::Duration::from_secs_f64(left.min(0.05)));
        vm.check_interrupt()?;
    }
}

/// CPU time of the process, in seconds.
fn process_secs() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime fills the timespec it is given
    if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn time_process_time(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("process_time", args, 0, 0)?;
    Ok(Value::Float(process_secs()))
}

fn time_process_time_ns(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("process_time_ns", args, 0, 0)?;
    Ok(Value::Int((process_secs() * 1e9) as i64))
}

unsafe extern "C" {
    /// (The `libc` crate does not declare it.)
    fn tzset();
}

static STRUCT_TIME: StructSeq = StructSeq {
    name: "time.struct_time",
    fields: &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
};

/// The local time zone, as CPython's `time` module describes it: offsets
/// west of UTC in seconds in January and July, and their names.
struct Zone {
    timezone: i64,
    altzone: i64,
    daylight: bool,
    names: (String, String),
}

impl Zone {
    fn now() -> Zone {
        // SAFETY: tzset reads TZ and the zone files and sets libc's globals
        unsafe { tzset() };
        let year_start = {
            let now = secs_since_epoch() as libc::time_t;
            let mut tm = c_tm();
            // SAFETY: localtime_r fills the tm it is given
            unsafe { libc::localtime_r(&now, &mut tm) };
            tm.tm_mon = 0;
            tm.tm_mday = 1;
            tm.tm_hour = 0;
            tm.tm_min = 0;
            tm.tm_sec = 0;
            tm.tm_isdst = -1;
            // SAFETY: mktime reads and normalizes the tm it is given
            unsafe { libc::mktime(&mut tm) }
        };
        let at = |t: libc::time_t| {
            let mut tm = c_tm();
            // SAFETY: as above
            unsafe { libc::localtime_r(&t, &mut tm) };
            let name = if tm.tm_zone.is_null() {
                String::new()
            } else {
                // SAFETY: tm_zone points at a NUL-terminated name owned by libc
                unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
            };
            (-tm.tm_gmtoff, name)
        };
        let (january, jan_name) = at(year_start);
        let (july, jul_name) = at(year_start + 183 * 86400);
        // the zone whose offset is greater is standard time (as CPython decides)
        if january < july {
            // southern hemisphere: daylight saving time in January
            Zone { timezone: july, altzone: january, daylight: true, names: (jul_name, jan_name) }
        } else {
            Zone { timezone: january, altzone: july, daylight: january != july, names: (jan_name, jul_name) }
        }
    }
}

fn c_tm() -> libc::tm {
    // SAFETY: `tm` is plain data; all zeros is a valid value
    unsafe { std::mem::zeroed() }
}

/// Seconds since the epoch from `localtime(secs)`-style arguments (None or
/// absent: now), rounded toward minus infinity as CPython does.
fn epoch_arg(name: &str, args: &[Value]) -> PyResult<libc::time_t> {
    arity(name, args, 0, 1)?;
    let secs = match args.first() {
        None | Some(Value::None) => return Ok(secs_since_epoch().floor() as libc::time_t),
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(Value::Float(f)) if f.is_nan() => return Err(value_error("Invalid value NaN (not a number)")),
        Some(Value::Float(f)) => f.floor(),
        Some(Value::BigInt(_)) => return Err(overflow_error("timestamp out of range for platform time_t")),
        Some(other) => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", crate::object::types::type_name(other)))),
    };
    if !(-(2f64.powi(63))..2f64.powi(63)).contains(&secs) {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(secs as libc::time_t)
}

/// A C `tm` as a `time.struct_time`.
fn struct_time(tm: &libc::tm) -> Value {
    let items = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let items: Vec<Value> = items.into_iter().map(Value::Int).collect();
    Value::Tuple(Rc::new(PyTuple { items: items.into_boxed_slice(), fields: Some(&STRUCT_TIME) }))
}

fn broken_down(name: &str, args: &[Value], convert: unsafe extern "C" fn(*const libc::time_t, *mut libc::tm) -> *mut libc::tm) -> PyResult<Value> {
    let t = epoch_arg(name, args)?;
    let mut tm = c_tm();
    // SAFETY: the conversion fills the tm it is given, or returns null
    if unsafe { convert(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(struct_time(&tm))
}

fn time_localtime(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    broken_down("localtime", args, libc::localtime_r)
}

fn time_gmtime(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    broken_down("gmtime", args, libc::gmtime_r)
}

/// A `struct_time` or 9-tuple argument as a C `tm` (fields as given, not
/// yet checked).
fn tm_arg(name: &str, v: &Value) -> PyResult<libc::tm> {
    let Value::Tuple(t) = v else {
        return Err(type_error("Tuple or struct_time argument required"));
    };
    if t.items.len() != 9 {
        return Err(type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(t.items.iter()) {
        *slot = match item {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(_) => return Err(type_error("'float' object cannot be interpreted as an integer")),
            Value::BigInt(_) => return Err(overflow_error("Python int too large to convert to C int")),
            other => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", crate::object::types::type_name(other)))),
        };
        if *slot < i32::MIN as i64 || *slot > i32::MAX as i64 {
            return Err(overflow_error("Python int too large to convert to C int"));
        }
    }
    let mut tm = c_tm();
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

/// CPython's checks of a time tuple before formatting it (zeros mean "the
/// first" for month, day and day of the year; the weekday is C's by now).
fn check_tm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(value_error("day of year out of range"));
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    Ok(())
}

/// The time tuple argument at `args[i]`, checked, or the local time now.
fn checked_tm(name: &str, args: &[Value], i: usize) -> PyResult<libc::tm> {
    match args.get(i) {
        None => {
            let now = secs_since_epoch().floor() as libc::time_t;
            let mut tm = c_tm();
            // SAFETY: localtime_r fills the tm it is given
            unsafe { libc::localtime_r(&now, &mut tm) };
            Ok(tm)
        }
        Some(v) => {
            let mut tm = tm_arg(name, v)?;
            check_tm(&mut tm)?;
            Ok(tm)
        }
    }
}

fn time_strftime(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("strftime", args, 1, 2)?;
    let format = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => return Err(type_error(format!("strftime() argument 1 must be str, not {}", crate::object::types::type_name(other)))),
    };
    let tm = checked_tm("strftime", args, 1)?;
    if format.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    if format.is_empty() {
        return Ok(Value::str(""));
    }
    let Ok(c_format) = std::ffi::CString::new(format.as_str()) else {
        return Err(value_error("embedded null character"));
    };
    // a directive expands to at most a few dozen bytes; an empty result
    // from a big enough buffer is a really empty one (`%p` in some locales)
    let mut size = 1024 + format.len() * 16;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: strftime writes at most `size` bytes, NUL included, and
        // reads the format and the tm it is given
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, c_format.as_ptr(), &tm) };
        if n > 0 || size >= 256 * format.len() + 1024 {
            buf.truncate(n);
            return Ok(Value::str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

fn time_mktime(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("mktime", args, 1, 1)?;
    let mut tm = tm_arg("mktime", &args[0])?;
    // a day of the week that mktime would never set tells an error apart
    // from a time one second before the epoch
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalizes the tm it is given
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `Sun Jun 20 23:21:05 1993`, as `asctime` writes a time.
fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAY_NAMES[tm.tm_wday.rem_euclid(7) as usize],
        MONTH_NAMES[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn time_asctime(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("asctime", args, 0, 1)?;
    let tm = checked_tm("asctime", args, 0)?;
    Ok(Value::str(asctime_text(&tm)))
}

fn time_ctime(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = epoch_arg("ctime", args)?;
    let mut tm = c_tm();
    // SAFETY: localtime_r fills the tm it is given, or returns null
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Value::str(asctime_text(&tm)))
}
