"""A least-recently-used cache of work done on a piece of text that, unlike
``functools.lru_cache``, can forget a text it will not see again.

Typing makes a new version of the edited chunk at every keystroke. Under ``lru_cache`` each
version stayed until the cache was full: a server typing into a 10,000-line prompt grew by
127 MB over 3,000 keystrokes. The linter tells these caches which versions an edit replaced
(``Linter._forget_replaced``), so what they hold follows the documents open, not the time
spent typing. Forgetting is only ever a miss later: an undo re-does one chunk's work.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING = object()


class TextCache(Generic[K, V]):
    def __init__(self, maxsize: int):
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default=None):
        value = self._data.get(key, _MISSING)
        if value is _MISSING:
            return default
        try:
            self._data.move_to_end(key)
        except KeyError:  # forgotten by another thread in between: still a valid answer
            pass
        return value

    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        while len(self._data) > self.maxsize:
            try:
                self._data.popitem(last=False)
            except KeyError:
                break

    def forget(self, key: K) -> None:
        self._data.pop(key, None)

    def cache_clear(self) -> None:  # lru_cache's name, which the benchmarks look for
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


class CachedFunction(Generic[K, V]):
    """``fn`` of one text argument, cached in a ``TextCache``."""

    def __init__(self, fn: Callable[[K], V], maxsize: int):
        self.fn = fn
        self.cache: TextCache[K, V] = TextCache(maxsize)
        self.__doc__ = fn.__doc__
        self.__name__ = fn.__name__
        self.__wrapped__ = fn

    def __call__(self, key: K) -> V:
        value = self.cache.get(key, _MISSING)
        if value is _MISSING:
            value = self.fn(key)
            self.cache.put(key, value)
        return value

    def forget(self, key: K) -> None:
        self.cache.forget(key)

    def cache_clear(self) -> None:
        self.cache.cache_clear()


def text_cache(maxsize: int) -> Callable[[Callable[[K], V]], CachedFunction[K, V]]:
    """Decorator: ``@text_cache(8192)`` where ``@lru_cache(maxsize=8192)`` would be."""
    return lambda fn: CachedFunction(fn, maxsize)
