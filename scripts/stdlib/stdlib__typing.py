import asyncio
from typing import (Any, AsyncIterator, Awaitable, Callable, Coroutine, Dict, Generator,
                    Generic, Iterator, List, Optional, Protocol, Tuple, TypeVar, Union, cast,
                    Literal, ClassVar, NamedTuple, NewType, TYPE_CHECKING, Deque, Set)
import typing

T = TypeVar("T")


def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        received: Optional[int] = yield n
        n -= 1 if received is None else received
    return "liftoff"


async def ticks(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Greeter(Protocol):
    def greet(self) -> str: ...


Handler = Callable[[str], Awaitable[None]]


async def run(handler: Handler, messages: List[str]) -> Dict[str, Any]:
    for m in messages:
        await handler(m)
    return {"count": len(messages)}


async def show(m: str) -> None:
    print("handled", m)


async def main() -> None:
    print([i async for i in ticks(3)])
    print(await run(show, ["a", "b"]))

gen = countdown(5)
print(next(gen), gen.send(2), next(gen))
s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), issubclass(Stack, Generic))
asyncio.run(main())

print(Optional[int], List[int], Generator[int, None, None], Any, Callable[[int], str])
print(Union[int, str], Dict[str, List[int]], AsyncIterator[int], T, TypeVar("U", covariant=True))
print(Union[int, None], Union[int, str, None], Union[int], Union[int, Union[str, int]], Tuple[int, ...], Tuple[()])
print(Literal["r", "w"], ClassVar[int], Coroutine[Any, Any, int], Iterator, typing.Deque[int], Set[str])
print(cast(int, "not really"), TYPE_CHECKING, List[int] == List[int], Optional[int] == Union[int, None])
UserId = NewType("UserId", int)
print(UserId(5), UserId)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2))
for f in [lambda: Any(), lambda: Optional[int, str], lambda: Dict[int], lambda: List[int, str]]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
