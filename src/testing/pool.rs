//! Worker threads for the tests. The calling thread hands out jobs one at a
//! time to idle workers (in order) and watches the clock: at a job's soft
//! limit it stops the job through its `Signal` (the interpreter then unwinds
//! within a few milliseconds, even from `time.sleep` or an event loop
//! waiting for a timer); if the job has still not come back at the hard
//! limit (stuck in native code), the job is reported through `lost` and
//! its worker is abandoned — detached, its late result ignored — and
//! replaced by a fresh one. A job that panics gets its worker replaced too,
//! since the thread's interpreter state may be left half-updated (in builds
//! that unwind, such as the tests'; the release binary aborts on a panic,
//! see `panic` in Cargo.toml).
//!
//! Workers have the interpreter's 1 GiB stack reservation (as `main.rs`
//! gives its thread), so deep native re-entry meets the recursion limit
//! first.

use crate::vm::signal::Signal;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// When a job is stopped (`soft`) and when it is given up on (`hard`), from its start.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub soft: Duration,
    pub hard: Duration,
}

const STACK: usize = 1 << 30;

/// A job's result, or the message of the panic that ended it.
type Done<R> = (usize, usize, Result<R, String>);

struct Worker {
    id: usize,
    jobs: Sender<(usize, Arc<Signal>)>,
    busy: Option<Busy>,
}

struct Busy {
    job: usize,
    started: Instant,
    signal: Arc<Signal>,
    stopped: bool,
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    let msg = p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned());
    format!("tikitaka internal error: {} (please report this)", msg.unwrap_or_else(|| "panic".into()))
}

fn spawn<J, R, W>(id: usize, items: &Arc<Vec<J>>, work: &Arc<W>, done: &Sender<Done<R>>) -> Worker
where
    J: Send + Sync + 'static,
    R: Send + 'static,
    W: Fn(&J, &Arc<Signal>) -> R + Send + Sync + 'static,
{
    let (tx, rx): (Sender<(usize, Arc<Signal>)>, Receiver<_>) = channel();
    let (items, work, done) = (items.clone(), work.clone(), done.clone());
    let body = move || {
        while let Ok((job, signal)) = rx.recv() {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&items[job], &signal)));
            let crashed = r.is_err();
            let _ = done.send((id, job, r.map_err(|p| panic_message(&*p))));
            if crashed {
                break;
            }
        }
    };
    // if no thread can be made, `jobs` is closed and `run` reports the job as lost
    let _ = std::thread::Builder::new().name(format!("tikitaka-test-{id}")).stack_size(STACK).spawn(body);
    Worker { id, jobs: tx, busy: None }
}

/// Runs `work` on every item on `workers` threads and returns the results
/// in item order; `progress` sees each as it arrives. `lost(item, why)`
/// stands in for a result that never came: `why` is a panic message, or
/// `None` when the job outlived `limits.hard`.
pub fn run<J, R, W, L, P>(items: Vec<J>, workers: usize, limits: Limits, work: W, lost: L, mut progress: P) -> Vec<R>
where
    J: Send + Sync + 'static,
    R: Send + 'static,
    W: Fn(&J, &Arc<Signal>) -> R + Send + Sync + 'static,
    L: Fn(&J, Option<String>) -> R,
    P: FnMut(&R),
{
    let n = items.len();
    if n == 0 {
        return Vec::new();
    }
    let items = Arc::new(items);
    let work = Arc::new(work);
    let (done_tx, done_rx) = channel::<Done<R>>();
    let mut next_id = 0;
    let mut pool: Vec<Worker> = Vec::new();
    for _ in 0..workers.clamp(1, n) {
        pool.push(spawn(next_id, &items, &work, &done_tx));
        next_id += 1;
    }
    let mut results: Vec<Option<R>> = (0..n).map(|_| None).collect();
    let (mut next_job, mut finished) = (0, 0);
    let mut record = |job: usize, r: R, results: &mut Vec<Option<R>>| {
        progress(&r);
        results[job] = Some(r);
    };
    while finished < n {
        for w in pool.iter_mut().filter(|w| w.busy.is_none()) {
            if next_job == n {
                break;
            }
            let signal = Arc::new(Signal::default());
            if w.jobs.send((next_job, signal.clone())).is_ok() {
                w.busy = Some(Busy { job: next_job, started: Instant::now(), signal, stopped: false });
            } else {
                record(next_job, lost(&items[next_job], Some("could not start a worker thread".into())), &mut results);
                finished += 1;
                *w = spawn(next_id, &items, &work, &done_tx);
                next_id += 1;
            }
            next_job += 1;
        }
        // sleep until a result arrives or the nearest limit passes
        let now = Instant::now();
        let wake = pool
            .iter()
            .filter_map(|w| w.busy.as_ref())
            .map(|b| b.started + if b.stopped { limits.hard } else { limits.soft })
            .min()
            .map_or(Duration::from_secs(1), |t| t.saturating_duration_since(now));
        match done_rx.recv_timeout(wake) {
            Ok((id, job, r)) => {
                if let Some(i) = pool.iter().position(|w| w.id == id && w.busy.as_ref().is_some_and(|b| b.job == job)) {
                    let crashed = r.is_err();
                    let r = r.unwrap_or_else(|msg| lost(&items[job], Some(msg)));
                    record(job, r, &mut results);
                    finished += 1;
                    pool[i].busy = None;
                    if crashed {
                        pool[i] = spawn(next_id, &items, &work, &done_tx);
                        next_id += 1;
                    }
                }
            }
            // (never disconnected: `done_tx` lives here)
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {}
        }
        let now = Instant::now();
        for w in pool.iter_mut() {
            let Some(b) = w.busy.as_mut() else { continue };
            if !b.stopped && now >= b.started + limits.soft {
                b.signal.stop();
                b.stopped = true;
            } else if b.stopped && now >= b.started + limits.hard {
                let job = b.job;
                record(job, lost(&items[job], None), &mut results);
                finished += 1;
                // abandon the stuck thread; its result, if it ever comes, is ignored
                *w = spawn(next_id, &items, &work, &done_tx);
                next_id += 1;
            }
        }
    }
    results.into_iter().map(|r| r.expect("every job has a result")).collect()
}
