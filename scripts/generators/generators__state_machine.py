# Checks a coroutine state machine (a traffic light and a token parser) driven by send().
def traffic_light():
    state = "빨강"
    events = 0
    while True:
        event = yield state
        events += 1
        if event == "reset":
            state = "빨강"
        elif state == "빨강" and event == "timer":
            state = "초록"
        elif state == "초록" and event == "timer":
            state = "노랑"
        elif state == "노랑" and event == "timer":
            state = "빨강"
        elif event == "emergency":
            state = "깜빡임"
        print(f"  event {events}: {event} -> {state}")

light = traffic_light()
print("start:", next(light))
for ev in ["timer", "timer", "emergency", "timer", "reset", "timer"]:
    light.send(ev)

def number_parser():
    """Collects digits and one dot; emits a float when a space arrives."""
    numbers = []
    buf = ""
    state = "START"
    while True:
        ch = yield state
        if ch == "END":
            return numbers
        if ch.isdigit():
            buf += ch
            state = "INT" if state in ("START", "INT") else "FRAC"
        elif ch == "." and state == "INT":
            buf += ch
            state = "DOT"
        elif ch == " ":
            if buf:
                numbers.append(float(buf))
            buf, state = "", "START"
        else:
            state = "ERROR"
            buf = ""

parser = number_parser()
next(parser)
trace = [parser.send(ch) for ch in "12.5 7 3.25 x9 "]
print(" ".join(trace))
try:
    parser.send("END")
except StopIteration as e:
    print("parsed:", e.value, sum(e.value))
