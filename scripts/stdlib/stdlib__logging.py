import asyncio
import logging

quiet = logging.getLogger("app.quiet")
quiet.warning("no handlers yet: last resort prints %s", "this")
quiet.info("but not this")

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
db = logging.getLogger("app.db")
log.setLevel(logging.DEBUG)
print(log, db, logging.getLogger(), db.parent is log, log.parent is logging.root, logging.getLogger("app") is log)


async def worker(name, n):
    wlog = log.getChild(name)
    for i in range(n):
        wlog.debug("step %d of %d", i + 1, n)
        await asyncio.sleep(0)
    wlog.info("done")
    return n


async def main():
    results = await asyncio.gather(worker("a", 2), worker("b", 1))
    log.info("results: %s", results)

asyncio.run(main())
db.setLevel(logging.ERROR)
db.warning("filtered out")
db.error("connection lost: %(host)s", {"host": "db1"})
print(db.getEffectiveLevel(), db.isEnabledFor(logging.WARNING), log.getEffectiveLevel(), logging.getLevelName(logging.INFO), logging.getLevelName(15))
logging.warning("root %s", "warning")
logging.log(logging.CRITICAL, "critical via log()")
db.propagate = False
db.critical("not propagated, no handler of its own: last resort")

h = logging.StreamHandler()
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
h.setLevel(logging.WARNING)
svc = logging.getLogger("svc")
svc.propagate = False
svc.addHandler(h)
svc.setLevel(logging.DEBUG)
svc.info("below handler level")
svc.warning("brace style")
svc.error("with extra %s", "args", extra={"user": "kim"})
logging.disable(logging.WARNING)
svc.warning("disabled")
svc.error("still shown")
logging.disable(logging.NOTSET)
print(repr(h), logging.WARN == logging.WARNING, logging.FATAL)


def risky():
    return int("x")


try:
    risky()
except ValueError:
    svc.exception("parse failed")
    log.error("with exc_info", exc_info=True)
