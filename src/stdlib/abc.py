# abc (tikitaka's frozen subset): ABC, abstractmethod, and register /
# __subclasshook__ for isinstance() and issubclass(). tikitaka has no
# metaclasses, so ABC does the work of CPython's ABCMeta: subclasses of ABC
# record their abstract methods (instantiating one that has any left raises
# CPython's TypeError), and isinstance()/issubclass() ask the class method
# _abc_subclasscheck (src/builtins/functions.rs) about virtual subclasses.
# ABCMeta is `type` here: `class X(metaclass=ABCMeta)` makes a plain class
# (no abstract-method check); subclass ABC instead. Not provided:
# abstractclassmethod/abstractstaticmethod/abstractproperty (deprecated),
# get_cache_token, update_abstractmethods.

ABCMeta = type

# per ABC: the classes given to register(), and its subclasses that are ABCs
_registry = {}
_abc_subclasses = {}


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        abstracts = set()
        for name, value in cls.__dict__.items():
            if _is_abstract(value):
                abstracts.add(name)
        for base in cls.__bases__:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        for base in cls.__mro__[1:]:
            if hasattr(base, "_abc_subclasscheck"):
                _abc_subclasses.setdefault(base, []).append(cls)

    def __new__(cls, /, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(sorted(missing))}")
        return object.__new__(cls)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registry.setdefault(cls, []).append(subclass)
        return subclass

    @classmethod
    def _abc_subclasscheck(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for registered in _registry.get(cls, ()):
            if issubclass(subclass, registered):
                return True
        for sub in _abc_subclasses.get(cls, ()):
            if issubclass(subclass, sub):
                return True
        return False
