# Checks finally with return, break and continue, and return overriding in finally.
def return_in_try():
    try:
        return "from try"
    finally:
        print("  finally after return")

print(return_in_try())

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

print(finally_overrides())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("finally for", i)

def count_attempts():
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < 3:
                raise RuntimeError("retry")
            return attempts
        except RuntimeError:
            print("  attempt", attempts, "failed")
        finally:
            print("  cleanup after attempt", attempts)

print("succeeded after", count_attempts())

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log

print(nested_finally())
