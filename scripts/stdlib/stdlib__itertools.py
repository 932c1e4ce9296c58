import itertools
from itertools import *

# A generator pipeline, lesson style
def numbers():
    n = 0
    while True:
        print("  produce", n)
        yield n
        n += 1

evens = filter(lambda x: x % 2 == 0, numbers())
squares = map(lambda x: x * x, evens)
print(list(islice(squares, 3)))

print(list(islice(count(10, 5), 4)), repr(count()), repr(count(2, 3)), repr(count(1.5)))
c = count(); next(c); next(c); print(c)
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(repeat("x", 3)), repr(repeat("a")), repr(repeat(1, 2)), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([])), list(accumulate([], initial=1)))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(pairwise("abcd")), list(pairwise("a")))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
groups = [(k, list(g)) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry", "blueberry"]), key=lambda w: w[0])]
print(groups)
stale = list(groupby("aabb"))
print([(k, list(g)) for k, g in stale])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 1, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [(-1,), ("a",), (-1, 3), (1, -3), (0, 3, 0), (0, 3, -1), (1, 2, 3, 4), ()]:
    try:
        print(list(islice(range(10), *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = tee(x * 10 for x in range(4))
print(next(a), next(a), list(b), list(a))
print(len(tee([1], 3)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("ABC", 2)), len(list(permutations(range(5)))), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)))
for f in [lambda: combinations("ab", -1), lambda: permutations("ab", -1), lambda: product("ab", repeat=-1), lambda: tee([], -1), lambda: count("a"), lambda: islice(3, 1), lambda: zip_longest(1)]:
    try:
        print(list(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# a round-robin of generators with cycle + islice
def worker(name, n):
    for i in range(n):
        yield f"{name}{i}"
print(list(islice(chain.from_iterable(zip_longest(worker("a", 3), worker("b", 1), fillvalue="")), 6)))
