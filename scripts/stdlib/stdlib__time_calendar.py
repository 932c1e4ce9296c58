# Calendar time in the time module: struct_time, gmtime/localtime, strftime,
# asctime/ctime, mktime. Only UTC values are printed (the local zone of the
# machine running the test is unknown); local ones are checked against each other.
import time

epoch = time.gmtime(0)
print(epoch)
print(epoch.tm_year, epoch[0], epoch.tm_wday, epoch.tm_yday, len(epoch))
print(epoch[:3], list(epoch)[6:])

moment = 1700000000
utc = time.gmtime(moment + 0.9)  # fractions are dropped
print(utc)
print(time.strftime("%Y-%m-%d %H:%M:%S", utc))
print(time.strftime("%a %A %b %B %j %U %w %y %p %I %%", utc))
print(time.strftime("노트 작성: %Y년 %m월 %d일 %H시", utc))
print(time.asctime(utc))
print(time.asctime(time.gmtime(-1)))
print(time.asctime((2024, 3, 5, 7, 8, 9, 1, 65, 0)))
print(time.strftime("%d/%m", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))  # zeros mean "the first"
print(time.strftime("", utc) == "")

# local time: whatever the zone, these agree
local = time.localtime(moment)
print(type(local).__name__ == type(utc).__name__, len(local))
print(time.mktime(local) == moment)
print(time.ctime(moment) == time.asctime(local))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(len(time.strftime("%X")), len(time.strftime("%H:%M:%S")))
start = time.process_time()
print(time.process_time() >= start, type(time.process_time_ns()).__name__)

for bad in [
    (2020, 13, 1, 0, 0, 0, 0, 1, 0),
    (2020, 1, 32, 0, 0, 0, 0, 1, 0),
    (2020, 1, 1, 24, 0, 0, 0, 1, 0),
    (2020, 1, 1, 0, 60, 0, 0, 1, 0),
    (2020, 1, 1, 0, 0, 62, 0, 1, 0),
    (2020, 1, 1, 0, 0, 0, -2, 1, 0),
    (2020, 1, 1, 0, 0, 0, 0, 367, 0),
    (2020, 1, 1, 0, 0, 0, -1, 1, 0),
    (1, 2),
    [2020, 1, 1, 0, 0, 0, 0, 1, 0],
    "2020",
]:
    try:
        print(time.strftime("%Y-%m-%d", bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["0", 1e300, float("nan")]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(2020)
except TypeError as e:
    print(e)
