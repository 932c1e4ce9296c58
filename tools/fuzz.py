#!/usr/bin/env python3
"""Mutation fuzzing of the tikitaka binary: takes the golden programs,
mutates them (delete/duplicate/swap lines and characters, insert tokens),
runs each mutant with a timeout and reports any run that panics, aborts,
dies by a signal or hangs. Usage: python3 tools/fuzz.py [seconds] [binary]"""
import glob, os, random, subprocess, sys, tempfile, time

budget = float(sys.argv[1]) if len(sys.argv) > 1 else 60
binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/tikitaka"
files = sorted(glob.glob("scripts/**/*.py", recursive=True))
tokens = ["(", ")", "[", "]", "{", "}", ":", "=", "yield", "lambda", "*", "**", "\\", "'", '"', "f'{", "\n    ", "\t", "async ", "await ", "not ", "0x", "1e999", "9" * 50, "é", "한", ".", ",", "@", "->", ":=", "#"]
rng = random.Random(int(os.environ.get("SEED", "1")))
deadline = time.time() + budget
runs = bad = 0
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "m.py")
    while time.time() < deadline:
        src = open(rng.choice(files), encoding="utf-8").read()
        for _ in range(rng.randint(1, 4)):
            kind = rng.randrange(4)
            if kind == 0 and src:
                i = rng.randrange(len(src)); src = src[:i] + src[i + rng.randint(1, 5):]
            elif kind == 1:
                i = rng.randrange(len(src) + 1); src = src[:i] + rng.choice(tokens) + src[i:]
            elif kind == 2:
                lines = src.split("\n"); i = rng.randrange(len(lines)); lines.insert(i, lines[rng.randrange(len(lines))]); src = "\n".join(lines)
            else:
                lines = src.split("\n"); rng.shuffle(lines[: rng.randint(1, len(lines))]); src = "\n".join(lines)
        open(path, "w", encoding="utf-8").write(src)
        runs += 1
        try:
            r = subprocess.run([binary, path], capture_output=True, timeout=10, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            # an endless loop is only a problem if CPython finishes the program
            try:
                subprocess.run(["python3", path], capture_output=True, timeout=10, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired:
                continue
            bad += 1; print("HANG"); print(src[:2000]); continue
        if r.returncode not in (0, 1, 2, 3) and r.returncode < 100 or r.returncode in (101, 134) or r.returncode < 0 or b"panicked" in r.stderr:
            bad += 1
            print(f"CRASH rc={r.returncode}: {r.stderr.decode(errors='replace')[-600:]}")
            keep = f"/tmp/fuzz_crash_{runs}.py"; open(keep, "w", encoding="utf-8").write(src); print("saved", keep)
print(f"{runs} runs, {bad} problems")
sys.exit(1 if bad else 0)
