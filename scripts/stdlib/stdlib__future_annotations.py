from __future__ import annotations
import __future__


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def push(self, value: int) -> Node:
        return Node(value, self)


head: Node = Node(1).push(2).push(3)
values: list[int] = []
while head is not None:
    values.append(head.value)
    head = head.next
print(values)
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), "annotations" in __future__.all_feature_names)
