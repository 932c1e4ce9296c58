//! Reference cycles are collected: programs that build cycles in a loop
//! (self-referencing generators, instances pointing at themselves, lists
//! containing themselves, closures referring to themselves) keep a flat
//! number of live objects instead of leaking every iteration.

use tikitaka::object::gc;

const CYCLES: &str = r#"
def selfish():
    me = yield
    while True:
        yield me

class Node:
    def __init__(self):
        self.me = self
        self.items = [self, {"x": self}]

def make():
    a = []
    a.append(a)
    n = Node()
    g = selfish()
    next(g)
    g.send(g)
    def inner():
        return inner
    return inner

for i in range(100_000):
    make()
print("built")
"#;

#[test]
fn cycle_making_loop_keeps_live_objects_flat() {
    let mut session = tikitaka::runner::Session::new(vec!["cycles".into()]);
    let r = session.run(CYCLES, "<cycles>");
    assert!(r.error.is_none(), "{}", r.error.unwrap_or_default());
    assert_eq!(r.stdout, "built\n");
    // 100 000 iterations made 600 000 tracked containers in cycles
    gc::collect();
    let left = gc::tracked_count();
    assert!(left < 1000, "{left} containers survived a full collection");
}

#[test]
fn reachable_objects_survive_collection() {
    let mut session = tikitaka::runner::Session::new(vec!["keep".into()]);
    let r = session.run("keep = []\nfor i in range(50_000):\n    x = [i]\n    x.append(x)\n    keep.append(x)\n", "<keep>");
    assert!(r.error.is_none());
    gc::collect();
    let r = session.run("print(len(keep), keep[49_999][0], keep[7][1] is keep[7])\n", "<keep>");
    assert_eq!(r.stdout, "50000 49999 True\n", "{:?}", r.error);
}

/// Classes made in a loop: each method that uses `super()` holds the class
/// in its `__class__` cell, and a class attribute holds an instance.
const CLASS_CYCLES: &str = r#"
class Base:
    def hello(self):
        return "base"

def make(i):
    class Child(Base):
        def hello(self):
            return super().hello() + str(i)
    Child.sample = Child()
    return Child().hello()

for i in range(2_000):
    last = make(i)
print(last)
"#;

#[test]
fn classes_in_cycles_are_collected_and_live_ones_kept() {
    let mut session = tikitaka::runner::Session::new(vec!["classes".into()]);
    let r = session.run(CLASS_CYCLES, "<classes>");
    assert!(r.error.is_none(), "{}", r.error.unwrap_or_default());
    assert_eq!(r.stdout, "base1999\n");
    gc::collect();
    let left = gc::tracked_count();
    assert!(left < 500, "{left} containers survived a full collection");
    let r = session.run("gc_kept = make(5)\nprint(gc_kept, Base().hello())\n", "<classes>");
    assert_eq!(r.stdout, "base5 base\n", "{:?}", r.error);
}
