# heapq (tikitaka's frozen subset): heappush, heappop, heapify, heapreplace,
# heappushpop, nlargest, nsmallest, merge. The heap functions move items
# exactly as CPython's do (same list layout after every call) and compare
# with < only. Not provided: the private _heapify_max/_heappop_max helpers.


def _check_list(heap, where):
    if not isinstance(heap, list):
        raise TypeError(f"{where} must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, startpos, pos):
    # the item at pos moves up while it is smaller than its parent
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_toward_leaves(heap, pos):
    # the smaller child moves up until a leaf is reached, then the item
    # that was at pos goes back up to its place
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, "heapify() argument")
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (lazily).
    Equal items come out in the order of the inputs they come from."""
    fronts = []  # [key, value, iterator] per input that is not exhausted
    for it in iterables:
        it = iter(it)
        for value in it:
            fronts.append([value if key is None else key(value), value, it])
            break
    while fronts:
        best = 0
        for i in range(1, len(fronts)):
            if (fronts[best][0] < fronts[i][0]) if reverse else (fronts[i][0] < fronts[best][0]):
                best = i
        front = fronts[best]
        yield front[1]
        for value in front[2]:
            front[0] = value if key is None else key(value)
            front[1] = value
            break
        else:
            del fronts[best]
