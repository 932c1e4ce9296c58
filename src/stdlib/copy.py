# copy (tikitaka's frozen subset): copy, deepcopy (with memo, so shared and
# cyclic references are preserved), Error; __copy__/__deepcopy__ and
# __getstate__/__setstate__ are honoured. Objects of user classes are copied
# as CPython's default protocol does: a new instance from cls.__new__(cls)
# whose __dict__ gets the (deep-copied) state. Not provided: copyreg and
# __reduce__/__reduce_ex__ based copying.


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: None))


def _generator_types():
    def g():
        yield

    async def c():
        pass

    async def ag():
        yield

    co = c()
    types = (type(g()), type(co), type(ag()))
    co.close()
    return types


_unpicklable = _generator_types()


def _check_copyable(x):
    if isinstance(x, _unpicklable):
        raise TypeError(f"cannot pickle '{type(x).__name__}' object")


def _new_like(x):
    cls = type(x)
    return cls.__new__(cls)


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)


def _get_state(x):
    if hasattr(x, '__getstate__'):
        return x.__getstate__()
    return x.__dict__


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls in (dict, set):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    _check_copyable(x)
    if isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    y = _new_like(x)
    state = _get_state(x)
    if state:
        _set_state(y, dict(state) if isinstance(state, dict) else state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or cls is frozenset and all(type(e) in _atomic for e in x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # the tuple may have been copied already through a cycle
        if d in memo:
            return memo[d]
        same = True
        for k in range(len(x)):
            if items[k] is not x[k]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            _check_copyable(x)
            if callable(x) and not hasattr(x, '__dict__'):
                return x
            y = _new_like(x)
            memo[d] = y
            state = _get_state(x)
            if state:
                _set_state(y, deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        # keep x alive while memo is, so its id is not reused
        memo.setdefault(id(memo), []).append(x)
    return y
