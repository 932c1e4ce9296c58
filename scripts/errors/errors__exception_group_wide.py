# More than 15 sub-exceptions are cut ("and N more exceptions"); a group as the cause of another error.
eg = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
try:
    raise eg
except ExceptionGroup as e:
    err = e
raise RuntimeError("outer") from err
