# itertools (tikitaka's frozen subset): count, cycle, repeat, accumulate,
# chain (+ chain.from_iterable), compress, dropwhile, filterfalse, groupby,
# islice, pairwise, starmap, takewhile, tee, zip_longest, product,
# permutations, combinations, combinations_with_replacement.
# count, repeat and groupby are classes (with CPython's reprs for count and
# repeat); the others are functions that check their arguments eagerly, as
# CPython does, and return a generator. tee's iterators cannot be copied.


class count:
    """Return a count object whose __next__ method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable, /):
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables, /):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable, /):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def takewhile(predicate, iterable, /):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def filterfalse(function, iterable, /):
    return _filterfalse(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable, /):
    return _starmap(function, iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable, /):
    return _pairwise(iter(iterable))


_marker = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = None
        self._id = None

    def __iter__(self):
        return self

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._currkey = _marker
            raise
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = object()  # groups handed out earlier stop
        if self._currkey is _marker:
            self._step()
        while self._tgtkey is not _marker and self._currkey == self._tgtkey:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, gid):
        while self._id is gid and self._currkey is not _marker and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


def _check_index(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(message)
    return value


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def islice(*args):
    if len(args) < 2:
        raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
    if len(args) > 4:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
    iterable = args[0]
    if len(args) == 2:
        start, step = 0, 1
        stop = _check_index(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    else:
        indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start = _check_index(args[1], indices)
        stop = _check_index(args[2], indices)
        if start is None:
            start = 0
        step = args[3] if len(args) == 4 else None
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def follower(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return tuple(follower(b) for b in buffers)


def _zip_longest(its, fillvalue):
    if not its:
        return
    active = len(its)
    while True:
        values = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _product(pools):
    for p in pools:
        if not p:
            return
    n = len(pools)
    idx = [0] * n
    while True:
        yield tuple([pools[i][idx[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([tuple(p) for p in iterables] * repeat)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = []
    used = [False] * n

    def extend():
        if len(idx) == r:
            yield tuple([pool[i] for i in idx])
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                idx.append(i)
                yield from extend()
                idx.pop()
                used[i] = False
    yield from extend()


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[k] for k in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[k] for k in idx])


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    idx = [0] * r
    yield tuple([pool[k] for k in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[k] for k in idx])


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_wr(pool, r)
