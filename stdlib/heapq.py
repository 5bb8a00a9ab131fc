"""Heap queues: lists kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

heap[0] is always the smallest item. Items are compared with < only, and
moved exactly as CPython's heapq moves them, so the lists are identical.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, func, which='argument'):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{func}() {which} must be list, not {got}')


# ---- the two moves, for min-heaps and max-heaps -----------------------------------------------
# _rise: the item at pos climbs towards the root (no higher than top) while it beats its parent.
# _settle: the hole at pos goes down to a leaf along the better children, then the item that was
# at pos climbs back from that leaf (fewer comparisons than stopping early on the way down).

def _rise(heap, top, pos):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not item < parent:
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _settle(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


def _rise_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not parent < item:
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _settle_max(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise_max(heap, start, pos)


# ---- the public operations --------------------------------------------------------------------

def heappush(heap, item, /):
    """Add item to the heap."""
    _need_list(heap, 'heappush', 'argument 1')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item."""
    _need_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _settle(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the result may be larger than item)."""
    _need_list(heap, 'heapreplace', 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _settle(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop the smallest item, in one faster step."""
    _need_list(heap, 'heappushpop', 'argument 1')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _settle(heap, 0)
        return smallest
    return item


def heapify(heap, /):
    """Rearrange a list into a heap, in place, in linear time."""
    _need_list(heap, 'heapify')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _settle(heap, pos)


def _heapify_max(heap, /):
    """heapify for a max-heap."""
    _need_list(heap, '_heapify_max')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _settle_max(heap, pos)


def _heappop_max(heap, /):
    """heappop for a max-heap."""
    _need_list(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _settle_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """heapreplace for a max-heap."""
    _need_list(heap, '_heapreplace_max', 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _settle_max(heap, 0)
    return largest


# ---- merging and selecting --------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator, lazily.

    Equal items come out in the order of their inputs. key and reverse mean
    what they mean to sorted(); each input must be sorted that way already.
    """
    # Each live input is [sort key, rank, current value, its iterator's __next__]; ranks
    # are distinct, so the comparisons never reach the values themselves.
    if reverse:
        sign, make_heap, reheap = -1, _heapify_max, _heapreplace_max
    else:
        sign, make_heap, reheap = 1, heapify, heapreplace
    live = []
    for rank, source in enumerate(iterables):
        step = iter(source).__next__
        try:
            value = step()
        except StopIteration:
            continue
        live.append([value if key is None else key(value), rank * sign, value, step])
    make_heap(live)
    while len(live) > 1:
        while True:
            head = live[0]
            yield head[2]
            try:
                value = head[3]()
            except StopIteration:
                break
            head[0] = value if key is None else key(value)
            head[2] = value
            reheap(live, head)      # head is still live[0]: this only moves it down
        # That input ran out: take the last one into its place.
        last = live.pop()
        if live:
            reheap(live, last)
        else:
            live.append(last)
            break
    if live:
        _, _, value, step = live[0]
        yield value
        while True:
            try:
                value = step()
            except StopIteration:
                return
            yield value


def _select(n, iterable, key, largest):
    """The n best items, as sorted(iterable, key=key, reverse=largest)[:n]."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing) if key is None else \
            pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the n best so far in a heap whose root is the worst of them. Entries are
    # (key, tiebreak, item); the tiebreak makes earlier items win among equal keys.
    kept = []
    source = iter(iterable)
    if largest:
        # min-heap of the largest; tiebreak -index so that later equal keys rank lower.
        for index, item in enumerate(source):
            k = item if key is None else key(item)
            if len(kept) < n:
                kept.append((k, -index, item))
                if len(kept) == n:
                    heapify(kept)
            elif kept[0][0] < k:
                heapreplace(kept, (k, -index, item))
        kept.sort(reverse=True)
    else:
        for index, item in enumerate(source):
            k = item if key is None else key(item)
            if len(kept) < n:
                kept.append((k, index, item))
                if len(kept) == n:
                    _heapify_max(kept)
            elif k < kept[0][0]:
                _heapreplace_max(kept, (k, index, item))
        kept.sort()
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


# The same operations in TypeScript (src/lib/heapq-module.ts), when gilvm has them.
try:
    from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify,
                        _heappop_max, _heapreplace_max, _heapify_max)
except ImportError:
    pass
