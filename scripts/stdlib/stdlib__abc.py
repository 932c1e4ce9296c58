import asyncio
import collections.abc
from collections.abc import (Awaitable, Coroutine, Generator, Iterable, Iterator, AsyncIterator,
                             AsyncGenerator, AsyncIterable, Callable, Hashable, Sized, Container,
                             Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Reversible)
from abc import ABC, abstractmethod
from collections import deque, defaultdict, OrderedDict, Counter


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Ticket:
    def __await__(self):
        yield
        return "ok"


g, c, a = gen(), coro(), agen()
print("generator:", isinstance(g, Iterator), isinstance(g, Generator), isinstance(g, Awaitable), isinstance(g, Coroutine))
print("coroutine:", isinstance(c, Iterator), isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Generator))
print("async gen:", isinstance(a, AsyncIterator), isinstance(a, AsyncGenerator), isinstance(a, AsyncIterable), isinstance(a, Iterable))
print("custom:", isinstance(Countdown(3), Iterator), isinstance(Ticket(), Awaitable), isinstance(Ticket(), Coroutine))
print("builtins:", isinstance([], Iterable), isinstance([], Iterator), isinstance(iter([]), Iterator), isinstance({}, Mapping),
      isinstance({}, MutableMapping), isinstance((), Sequence), isinstance((), MutableSequence), isinstance("", Sequence),
      isinstance([], MutableSequence), isinstance(set(), MutableSet), isinstance(frozenset(), Set), isinstance(range(3), Sized))
print("hashable:", isinstance(1, Hashable), isinstance("s", Hashable), isinstance([], Hashable), isinstance({}, Hashable), isinstance((1,), Hashable))
print("callable:", isinstance(len, Callable), isinstance(gen, Callable), isinstance(int, Callable), isinstance(1, Callable), isinstance(Countdown, Callable))
print("views:", isinstance({}.keys(), Set), isinstance({}.items(), Set), isinstance({}.values(), Collection), isinstance([], Reversible))
print("collections:", isinstance(deque(), MutableSequence), isinstance(deque(), Iterable), isinstance(defaultdict(list), Mapping),
      isinstance(Counter(), MutableMapping), isinstance(OrderedDict(), Mapping), isinstance(deque(), Hashable))
print(issubclass(list, Iterable), issubclass(dict, Sequence), issubclass(Countdown, Iterable), issubclass(int, Container))
print(collections.abc.Iterable, Generator.__module__)
c.close()


class Inventory(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


inv = Inventory(apple=3, pear=0)
print(inv.get("apple"), inv.get("kiwi", -1), "pear" in inv, list(inv.keys()), list(inv.items()), list(inv.values()))
print(inv == {"apple": 3, "pear": 0}, inv == Inventory(apple=3), len(inv.keys()), ("apple", 3) in inv.items())


class Broken(Iterator):
    pass


try:
    Broken()
except TypeError as e:
    print("TypeError:", e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(2), Shape))


class Duck:
    def area(self):
        return 1


Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), isinstance(1, Shape))


class Stream(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    print([x async for x in Stream(3)], isinstance(Stream(1), AsyncIterable))
    print(await Ticket())

asyncio.run(main())
try:
    import math.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import collections.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

# the submodule is imported by from-import too
from collections import abc as cabc
print(cabc.Iterable is Iterable, isinstance(deque(), cabc.Sequence))
try:
    from collections import nothing
except ImportError as e:
    print("ImportError")
