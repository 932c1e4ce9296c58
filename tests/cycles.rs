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
