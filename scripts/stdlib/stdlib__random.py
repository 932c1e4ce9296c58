import random
import asyncio

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3), random.randrange(-5, 5))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 3), random.getrandbits(8), random.getrandbits(70), random.getrandbits(32), random.getrandbits(0))
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(10**6), 3))
print(random.sample(["red", "blue"], k=4, counts=[3, 2]))
print(random.choices("abc", k=5), random.choices("abc", weights=[10, 1, 1], k=5), random.choices([1, 2], cum_weights=[1, 5], k=3))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(), random.expovariate(2.0), random.triangular(0, 10, 3))

for s in [0, 1, -1, 2**32, 2**100 + 7, 12345678901234567890, True, 3.5, -0.25]:
    random.seed(s)
    print(s, random.random(), random.randint(0, 10**12))

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.choice(range(1000)), r2.choice(range(1000)))
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], len(state[1]), state[0])

big = random.Random(2024)
print(sum(big.random() for _ in range(2000)))
print(big.getrandbits(1000) % 1000003)

for f in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0),
          lambda: random.randrange(10, 0, 2), lambda: random.choice([]),
          lambda: random.randrange(3, step=2), lambda: random.getrandbits(-1), lambda: random.sample([1, 2], 3),
          lambda: random.randint(5, 1), lambda: random.seed([1]), lambda: random.choices("ab", [1], k=1)]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)


# jittery workers, deterministic thanks to a seeded generator per worker
# (a shared one would hand out numbers in whatever order the timers fire)
async def worker(name, seed):
    rng = random.Random(seed)
    total = 0
    for _ in range(3):
        delay = rng.randint(1, 5) / 1000
        await asyncio.sleep(delay)
        total += delay
    return name, round(total, 3)


async def main():
    print(await asyncio.gather(*(worker(n, i) for i, n in enumerate("xyz"))))

asyncio.run(main())
