//! Signals to a running VM from another thread: Ctrl-C (an *interrupt*,
//! which the run loop turns into a catchable `KeyboardInterrupt`, once) and
//! a *stop* (a test runner's timeout, or the VM itself when captured output
//! overflows). A stop stays set: every later check raises again and no
//! `except`, `finally` or `with` handler runs, so user code cannot catch it
//! and the program unwinds to its end. Both are one atomic word, so the run
//! loop's check on calls and backward jumps stays a single load.

use std::sync::atomic::{AtomicU8, Ordering};

const INTERRUPT: u8 = 1;
const STOP: u8 = 2;

/// Shared between a VM and whoever may interrupt or stop it.
#[derive(Default, Debug)]
pub struct Signal {
    bits: AtomicU8,
}

/// What `Signal::take` found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pending {
    None,
    Interrupt,
    Stop,
}

impl Signal {
    /// Ctrl-C: the next check raises `KeyboardInterrupt` (once).
    pub fn interrupt(&self) {
        self.bits.fetch_or(INTERRUPT, Ordering::SeqCst);
    }

    /// Stops the program for good (see the module comment).
    pub fn stop(&self) {
        self.bits.fetch_or(STOP, Ordering::SeqCst);
    }

    pub fn stopped(&self) -> bool {
        self.bits.load(Ordering::Relaxed) & STOP != 0
    }

    /// Whether anything is pending (one relaxed load: the run loop's fast check).
    #[inline(always)]
    pub fn any(&self) -> bool {
        self.bits.load(Ordering::Relaxed) != 0
    }

    /// What the run loop must raise now; an interrupt is consumed, a stop is not.
    #[inline]
    pub fn take(&self) -> Pending {
        let bits = self.bits.load(Ordering::Relaxed);
        if bits == 0 {
            Pending::None
        } else if bits & STOP != 0 {
            Pending::Stop
        } else if self.bits.fetch_and(!INTERRUPT, Ordering::SeqCst) & INTERRUPT != 0 {
            Pending::Interrupt
        } else {
            Pending::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupt_is_taken_once_and_a_stop_stays() {
        let s = Signal::default();
        assert_eq!(s.take(), Pending::None);
        s.interrupt();
        assert_eq!(s.take(), Pending::Interrupt);
        assert_eq!(s.take(), Pending::None);
        s.stop();
        assert!(s.stopped());
        assert_eq!(s.take(), Pending::Stop);
        assert_eq!(s.take(), Pending::Stop);
    }
}
