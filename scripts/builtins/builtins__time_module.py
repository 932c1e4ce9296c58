# Checks the time module: sleep blocks for at least the given time, clocks move forward, errors.
import time

t0 = time.monotonic()
p0 = time.perf_counter()
print(time.sleep(0.02))
print(time.monotonic() - t0 >= 0.02, time.perf_counter() - p0 >= 0.02)
print(time.time() > 1_600_000_000, type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
