# collections (tikitaka's frozen subset): deque, defaultdict, Counter,
# OrderedDict, namedtuple. tikitaka cannot subclass the built-in dict and
# tuple yet, so defaultdict/Counter/OrderedDict are mapping classes that keep
# their items in a dict (isinstance(x, dict) is False; they work with
# dict(x), {**x}, f(**x), len, in, iteration and all dict methods), and
# namedtuple classes are sequence classes (isinstance(p, tuple) is False;
# indexing, slicing, unpacking, len, ==, < and hash behave like the tuple's).
# Not provided: ChainMap, UserDict/UserList/UserString, collections.abc.


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # items live in self._d at the keys self._left .. self._right - 1
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._d = {}
        self._left = 0
        self._right = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _rebuild(self, items):
        self._state += 1
        self._d = {}
        for i in range(len(items)):
            self._d[i] = items[i]
        self._left = 0
        self._right = len(items)

    def __len__(self):
        return self._right - self._left

    def append(self, x):
        self._state += 1
        self._d[self._right] = x
        self._right += 1
        if self._maxlen is not None and self._right - self._left > self._maxlen:
            del self._d[self._left]
            self._left += 1

    def appendleft(self, x):
        self._state += 1
        self._left -= 1
        self._d[self._left] = x
        if self._maxlen is not None and self._right - self._left > self._maxlen:
            self._right -= 1
            del self._d[self._right]

    def pop(self):
        if self._right == self._left:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._right -= 1
        return self._d.pop(self._right)

    def popleft(self):
        if self._right == self._left:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._d.pop(self._left)
        self._left += 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._rebuild([])

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for v in list(self):
            if v is x or v == x:
                n += 1
        return n

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = self._right - self._left
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._left + i

    def __getitem__(self, i):
        return self._d[self._position(i)]

    def __setitem__(self, i, x):
        self._d[self._position(i)] = x

    def __delitem__(self, i):
        self._position(i)
        items = list(self)
        del items[i]
        self._rebuild(items)

    def index(self, x, start=0, stop=None):
        items = list(self)
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self._rebuild(items)

    def remove(self, value):
        items = list(self)
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                del items[i]
                self._rebuild(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._rebuild(list(self)[::-1])

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = list(self)
            self._rebuild(items[size - n:] + items[:size - n])

    def __iter__(self):
        state = self._state
        k = 0
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if self._left + k >= self._right:
                return
            yield self._d[self._left + k]
            k += 1

    def __reversed__(self):
        state = self._state
        k = 1
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if self._right - k < self._left:
                return
            yield self._d[self._right - k]
            k += 1

    def __contains__(self, x):
        for v in list(self):
            if v is x or v == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(list(self) * n, self._maxlen)

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({list(self)!r})"
        return f"{name}({list(self)!r}, maxlen={self._maxlen})"


class _DictBase:
    """A mapping that keeps its items in a real dict (self._data)."""

    def __init__(self, other=(), /, **kwds):
        self._data = {}
        self.update(other, **kwds)

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        new = type(self)()
        new._data = self._data.copy()
        return new

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __eq__(self, other):
        if isinstance(other, _DictBase):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self._data!r})"


class defaultdict(_DictBase):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        _DictBase.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        new = type(self)(self.default_factory)
        new._data = self._data.copy()
        return new

    __copy__ = copy

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {self._data!r})"


class OrderedDict(_DictBase):
    """Dictionary that remembers insertion order"""

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        key = next(reversed(self._data)) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictBase.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self._data.items())!r})"


class Counter(_DictBase):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        ranked = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        data = self._data
        if iterable is not None:
            if hasattr(iterable, "items"):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) + count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + 1
        for elem, count in kwds.items():
            data[elem] = data.get(elem, 0) + count

    def subtract(self, iterable=None, /, **kwds):
        data = self._data
        if iterable is not None:
            if hasattr(iterable, "items"):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) - count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        for elem, count in kwds.items():
            data[elem] = data.get(elem, 0) - count

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if self[e] != other[e]:
                    return False
        return True

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return f"{name}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._data)
        return f"{name}({d!r})"

    def _combine(self, other, op):
        result = Counter()
        for elem, count in self._data.items():
            new = op(count, other[elem])
            if new > 0:
                result._data[elem] = new
        for elem, count in other._data.items():
            if elem not in self._data:
                new = op(0, count)
                if new > 0:
                    result._data[elem] = new
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a > b else b)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return self._combine(Counter(), lambda a, b: a)

    def __neg__(self):
        return self._combine(Counter(), lambda a, b: -a)


_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _and_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


class _NamedTupleBase:
    """The methods every namedtuple class shares; the fields are in
    self._values (a tuple) and, for attribute access, in the instance dict."""

    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        where = f"{cls.__name__}.__new__()"
        if len(args) > len(fields):
            raise TypeError(f"{where} takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in cls._field_defaults:
                values.append(cls._field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{where} got multiple values for argument '{name}'")
            raise TypeError(f"{where} got an unexpected keyword argument '{name}'")
        if missing:
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{where} missing {len(missing)} required positional argument{s}: {_and_list(missing)}")
        self._init_values(tuple(values))

    def _init_values(self, values):
        d = self.__dict__
        d['_values'] = values
        for i in range(len(values)):
            d[self._fields[i]] = values[i]

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
        new = cls.__new__(cls)
        new._init_values(values)
        return new

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, self._values[i]) for i, name in enumerate(self._fields)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._values))
        return f"{type(self).__name__}({inner})"

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __contains__(self, x):
        return x in self._values

    def count(self, x):
        return self._values.count(x)

    def index(self, x, *args):
        return self._values.index(x, *args)

    def __hash__(self):
        return hash(self._values)

    def __eq__(self, other):
        return self._values == _as_tuple(other)

    def __ne__(self, other):
        return self._values != _as_tuple(other)

    def __lt__(self, other):
        return self._values < _as_tuple(other)

    def __le__(self, other):
        return self._values <= _as_tuple(other)

    def __gt__(self, other):
        return self._values > _as_tuple(other)

    def __ge__(self, other):
        return self._values >= _as_tuple(other)

    def __add__(self, other):
        return self._values + _as_tuple(other)

    def __mul__(self, n):
        return self._values * n

    def __getnewargs__(self):
        return self._values


def _as_tuple(x):
    if isinstance(x, _NamedTupleBase):
        return x._values
    return x


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _kwlist or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _kwlist:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    namespace = {
        '__doc__': f"{typename}({', '.join(field_names)})",
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__match_args__': tuple(field_names),
        '__module__': '__main__' if module is None else module,
    }
    return type(typename, (_NamedTupleBase,), namespace)
