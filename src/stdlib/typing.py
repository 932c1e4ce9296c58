# typing (tikitaka's frozen subset): the names lesson code imports for its
# annotations (which tikitaka does not evaluate), usable at run time too:
# Any, Optional, Union, Callable, the generic aliases of the built-in and
# collections.abc types (List, Dict, Generator, AsyncIterator, Awaitable,
# Coroutine, …) with CPython's reprs when subscripted, TypeVar, Generic and
# Protocol (as base classes, subscripted or not), ClassVar, Final, Literal,
# Annotated, NoReturn, Never, Self, TypeAlias, cast, overload, final,
# no_type_check, runtime_checkable, NewType, TYPE_CHECKING, and the
# functional form of NamedTuple. Not provided: class-syntax NamedTuple and
# TypedDict (tikitaka keeps no __annotations__), get_type_hints,
# isinstance()/issubclass() against aliases, ParamSpec, TypeVarTuple.

import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(x) for x in obj) + ']'
    return repr(obj)


def _norm(param):
    return type(None) if param is None else param


class _GenericAlias:
    """What subscripting a typing name gives: remembers the name and the
    parameters, for its repr."""

    def __init__(self, origin, name, params):
        self.__origin__ = origin
        self._name = name
        self.__args__ = params

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        args = ', '.join(_type_repr(a) for a in self.__args__)
        if self._name == 'Tuple' and not self.__args__:
            args = '()'
        return f'typing.{self._name}[{args}]'

    def __getitem__(self, params):
        raise TypeError(f'{self!r} is not a generic class')

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate {self!r}')
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


class _Alias:
    """An unsubscripted typing name such as typing.List or typing.Generator."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Callable':
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if isinstance(args, list):
                args = [_norm(a) for a in args]
            return _GenericAlias(self.__origin__, self._name, (args, _norm(result)))
        params = tuple(_norm(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            much = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {much} arguments for {self!r}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, self._name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate {self!r}')
        return self.__origin__(*args, **kwargs)


class _SpecialForm:
    """Any, NoReturn, ClassVar, …: names with a repr and, for some, a
    subscription."""

    def __init__(self, name, subscriptable=True):
        self._name = name
        self._subscriptable = subscriptable

    def __repr__(self):
        return f'typing.{self._name}'

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate {self!r}')

    def __getitem__(self, params):
        if not self._subscriptable:
            raise TypeError(f'{self!r} is not subscriptable')
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Literal':
            return _LiteralAlias(params)
        return _GenericAlias(None, self._name, tuple(_norm(p) for p in params))


class _LiteralAlias(_GenericAlias):
    def __init__(self, params):
        _GenericAlias.__init__(self, None, 'Literal', params)

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
            params = (params[0], None)
        flat = []
        for p in params:
            p = _norm(p)
            if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                members = p.__args__
            else:
                members = (p,)
            for m in members:
                if m not in flat:
                    flat.append(m)
        if not flat:
            raise TypeError('Cannot take a Union of no types.')
        if len(flat) == 1:
            return flat[0]
        if len(flat) == 2 and flat[1] is type(None):
            return _GenericAlias(None, 'Optional', (flat[0], flat[1]))
        return _GenericAlias(None, 'Union', tuple(flat))


Any = _SpecialForm('Any', subscriptable=False)
NoReturn = _SpecialForm('NoReturn', subscriptable=False)
Never = _SpecialForm('Never', subscriptable=False)
Self = _SpecialForm('Self', subscriptable=False)
LiteralString = _SpecialForm('LiteralString', subscriptable=False)
TypeAlias = _SpecialForm('TypeAlias', subscriptable=False)
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Concatenate = _SpecialForm('Concatenate')
Union = _UnionForm('Union')
Optional = _UnionForm('Optional')

Callable = _Alias('Callable')
List = _Alias('List', list, 1)
Dict = _Alias('Dict', dict, 2)
Set = _Alias('Set', set, 1)
FrozenSet = _Alias('FrozenSet', frozenset, 1)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', None, 1)
Deque = _Alias('Deque', _collections.deque, 1)
DefaultDict = _Alias('DefaultDict', _collections.defaultdict, 2)
OrderedDict = _Alias('OrderedDict', _collections.OrderedDict, 2)
Counter = _Alias('Counter', _collections.Counter, 1)
Iterable = _Alias('Iterable', None, 1)
Iterator = _Alias('Iterator', None, 1)
Generator = _Alias('Generator', None, 3)
AsyncIterable = _Alias('AsyncIterable', None, 1)
AsyncIterator = _Alias('AsyncIterator', None, 1)
AsyncGenerator = _Alias('AsyncGenerator', None, 2)
Awaitable = _Alias('Awaitable', None, 1)
Coroutine = _Alias('Coroutine', None, 3)
Reversible = _Alias('Reversible', None, 1)
Container = _Alias('Container', None, 1)
Collection = _Alias('Collection', None, 1)
Sequence = _Alias('Sequence', None, 1)
MutableSequence = _Alias('MutableSequence', None, 1)
AbstractSet = _Alias('AbstractSet', None, 1)
MutableSet = _Alias('MutableSet', None, 1)
Mapping = _Alias('Mapping', None, 2)
MutableMapping = _Alias('MutableMapping', None, 2)
ItemsView = _Alias('ItemsView', None, 2)
KeysView = _Alias('KeysView', None, 1)
ValuesView = _Alias('ValuesView', None, 1)
ContextManager = _Alias('ContextManager', None, 1)
AsyncContextManager = _Alias('AsyncContextManager', None, 1)
Hashable = _Alias('Hashable', None, 0)
Sized = _Alias('Sized', None, 0)
Text = str


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: `class Stack(Generic[T])`.
    Subscripting a generic class gives the class itself."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural typing is not checked)."""


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (functional form only in tikitaka)."""
    if fields is None:
        fields = list(kwargs.items())
    return _collections.namedtuple(typename, [name for name, _ in fields])
