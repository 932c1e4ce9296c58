# Checks a tiny round-robin "OS" that interleaves generator tasks, using a plain list as the run queue.
class Task:
    next_id = 1
    def __init__(self, name, gen):
        self.tid = Task.next_id
        Task.next_id += 1
        self.name = name
        self.gen = gen
        self.sendval = None
    def run(self):
        return self.gen.send(self.sendval)

class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, gen):
        task = Task(name, gen)
        self.ready.append(task)
        return task.tid
    def run(self):
        tick = 0
        while self.ready:
            task = self.ready.pop(0)
            tick += 1
            try:
                request = task.run()
            except StopIteration as e:
                print(f"[{tick:2}] task {task.tid} {task.name} exited with {e.value!r}")
                self.results[task.name] = e.value
                continue
            if isinstance(request, tuple) and request[0] == "spawn":
                task.sendval = self.spawn(*request[1:])
            else:
                print(f"[{tick:2}] task {task.tid} {task.name}: {request}")
                task.sendval = tick
            self.ready.append(task)

def counter(label, n):
    for i in range(n):
        got = yield f"{label} step {i}"
    return f"{label} done at tick {got}"

def 요리사():
    child = yield ("spawn", "타이머", counter("⏲", 2))
    yield f"타이머 작업 번호 {child}"
    yield "재료 손질"
    return 3.5

s = Scheduler()
s.spawn("foo", counter("foo", 3))
s.spawn("bar", counter("bar", 1))
s.spawn("요리사", 요리사())
s.run()
print(sorted(s.results.items()))
