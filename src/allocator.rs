//! The global allocator: mimalloc, instead of the system allocator. The
//! interpreter allocates and frees many small objects (frames, coroutines,
//! instances, boxed values), which glibc's malloc handles several times more
//! slowly. Requests whose alignment any block already has (at most 16 bytes,
//! and no more than the size, as the system allocator's rule) go to
//! mimalloc's plain entry points; the `mimalloc` crate sends every request
//! through the aligned ones, which cost a few percent of the run time of an
//! allocation-heavy program.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

pub struct Mimalloc;

/// What every mimalloc block of at least this size is aligned to.
const PLAIN_ALIGN: usize = 16;

#[inline(always)]
fn plain(align: usize, size: usize) -> bool {
    align <= PLAIN_ALIGN && align <= size
}

// SAFETY: each method forwards to the mimalloc function with the same
// contract; plain entry points are used only for alignments their blocks
// always have, and every block, however obtained, is freed by `mi_free`.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if plain(layout.align(), layout.size()) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if plain(layout.align(), layout.size()) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if plain(layout.align(), new_size) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

unsafe extern "C" {
    fn mi_option_set_default(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t`, v2).
const PURGE_DELAY: std::ffi::c_int = 15;

/// Called first thing in `main`. mimalloc returns memory that has stayed
/// free for 10 ms to the OS; a program that builds and drops big lists
/// (or many frames) in phases then pays a page fault, and a page zeroed by
/// the kernel, for every page it touches again: up to 60 % of the run
/// time of `bench/strings_dicts.py`. Freed memory now stays for a second
/// (the `MIMALLOC_PURGE_DELAY` environment variable still wins).
pub fn tune() {
    // SAFETY: sets one of mimalloc's documented options, before any thread
    // but the main one exists
    unsafe { mi_option_set_default(PURGE_DELAY, 1000) }
}
