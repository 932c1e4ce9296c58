# Checks recursive tree walkers written with `yield from`: preorder, inorder, depth-annotated and leaf paths.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

tree = Node("뿌리",
            Node("가", Node("가1"), Node("가2", Node("가2a"))),
            Node("나"),
            Node("다", Node("다1")))

def preorder(node):
    yield node.value
    for child in node.children:
        yield from preorder(child)

def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value

def with_depth(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from with_depth(child, depth + 1)

def leaf_paths(node, path=()):
    path = path + (node.value,)
    if not node.children:
        yield "/".join(path)
    for child in node.children:
        yield from leaf_paths(child, path)

def count(node):
    n = 1
    for child in node.children:
        n += yield from count_helper(child)
    return n

def count_helper(node):
    yield node.value
    return (yield from count(node))

print(list(preorder(tree)))
print(list(postorder(tree)))
for d, v in with_depth(tree):
    print("  " * d + v)
print(list(leaf_paths(tree)))
walk = count(tree)
seen = []
try:
    while True:
        seen.append(next(walk))
except StopIteration as e:
    print("nodes counted:", e.value, "visited:", len(seen))
