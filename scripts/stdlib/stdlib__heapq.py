import heapq
from collections import deque
import random

# A tiny scheduler: generator tasks yield how long they want to sleep;
# sleeping tasks wait in a heap ordered by wake-up time.
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0
        self.seq = 0

    def spawn(self, task):
        self.ready.append(task)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, task = heapq.heappop(self.sleeping)
                self.clock = wake
                self.ready.append(task)
            task = self.ready.popleft()
            try:
                delay = task.send(None)
            except StopIteration:
                continue
            self.seq += 1
            heapq.heappush(self.sleeping, (self.clock + delay, self.seq, task))

def ticker(sched, name, period, n):
    for i in range(n):
        print(f"t={sched.clock:>2} {name} tick {i}")
        yield period

s = Scheduler()
s.spawn(ticker(s, "fast", 2, 4))
s.spawn(ticker(s, "slow", 5, 2))
s.spawn(ticker(s, "mid", 3, 3))
s.run()

random.seed(5)
data = [random.randint(0, 99) for _ in range(20)]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 60), h)
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge(["b", "cc"], ["a", "dd"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(heapq.nsmallest(0, data), heapq.nlargest(10, [3, 1]))
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(3)]:
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
