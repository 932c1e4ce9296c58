# Checks using lists as stacks and queues, and a bracket-matching algorithm.
stack = []
for item in ["a", "b", "c"]:
    stack.append(item)
    print("push", item, stack)
while stack:
    print("pop", stack.pop(), stack)

queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print("served", first, "waiting", queue)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    opened = []
    for ch in text:
        if ch in "([{":
            opened.append(ch)
        elif ch in pairs:
            if not opened or opened.pop() != pairs[ch]:
                return False
    return len(opened) == 0

for sample in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(sample), balanced(sample))

def evaluate_rpn(tokens):
    values = []
    for token in tokens.split():
        if token in "+-*":
            right = values.pop()
            left = values.pop()
            if token == "+":
                values.append(left + right)
            elif token == "-":
                values.append(left - right)
            else:
                values.append(left * right)
        else:
            values.append(int(token))
    return values[0]

print(evaluate_rpn("3 4 + 2 *"), evaluate_rpn("5 1 2 + 4 * + 3 -"))
