"""Topological sorting of graphs of hashable nodes: TopologicalSorter and CycleError.

gilvm's stdlib: written for gilvm, not copied from CPython.

Each node has a record of how many of its predecessors are not yet done, and of its successors
in the order add() named them (a predecessor given twice counts twice). prepare() collects the
nodes with no predecessors as the first ready ones and looks for a cycle by a depth-first
search from each node in insertion order; done() counts a node's successors down and makes
ready those that reach zero. Everything follows insertion order, so static_order() and the
reported cycle are the ones CPython gives for the same calls.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors is >= 0 until get_ready() hands it out; then it
# holds one of these two states.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ('node', 'waiting', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if cycles
    exist in the working graph.

    If multiple cycles exist, only one undefined choice among them will be reported
    and included in the exception. The detected cycle can be accessed via the second
    element in the *args* attribute of the exception instance and consists in a list
    of nodes, such that each node is, in the graph, an immediate predecessor of the
    next node in the list. In the reported list, the first and the last node will be
    the same, to make it clear that it is cyclic.
    """
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None      # None until prepare(); then the nodes ready to hand out
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _record(self, node):
        record = self._nodes.get(node)
        if record is None:
            record = self._nodes[node] = _Node(node)
        return record

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph.

        Both the *node* and all elements in *predecessors* must be hashable.

        If called multiple times with the same node argument, the set of dependencies
        will be the union of all dependencies passed in.

        It is possible to add a node with no dependencies (*predecessors* is not provided)
        as well as provide a dependency twice. If a node that has not been provided before
        is included among *predecessors* it will be automatically added to the graph with
        no predecessors of its own.

        Raises ValueError if called after "prepare".
        """
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._record(node).waiting += len(predecessors)
        for predecessor in predecessors:
            self._record(predecessor).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph.

        If any cycle is detected, "CycleError" will be raised, but "get_ready" can
        still be used to obtain as many nodes as possible until cycles block more
        progress. After a call to this function, the graph cannot be modified and
        therefore no more nodes can be added using "add".
        """
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [r.node for r in self._nodes.values() if r.waiting == 0]
        # The ready list is set before the check, so that a caller who catches the
        # CycleError can still take the nodes that do not depend on the cycle.
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of all the nodes that are ready.

        Initially it returns all nodes with no predecessors; once those are marked
        as processed by calling "done", further calls will return all new nodes that
        have all their predecessors already processed. Once no more progress can be made,
        empty tuples are returned.

        Raises ValueError if called without calling "prepare" previously.
        """
        self._check_prepared()
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(ready)
        return ready

    def is_active(self):
        """Return ``True`` if more progress can be made and ``False`` otherwise.

        Progress can be made if cycles do not block the resolution and either there
        are still nodes ready that haven't yet been returned by "get_ready" or the
        number of nodes marked "done" is less than the number that have been returned
        by "get_ready".

        Raises ValueError if called without calling "prepare" previously.
        """
        self._check_prepared()
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks a set of nodes returned by "get_ready" as processed.

        This method unblocks any successor of each node in *nodes* for being returned
        in the future by a call to "get_ready".

        Raises ValueError if any node in *nodes* has already been marked as
        processed by a previous call to this method, if a node was not added to the
        graph by using "add" or if called without calling "prepare" previously or if
        node has not yet been returned by "get_ready".
        """
        self._check_prepared()
        for node in nodes:
            record = self._nodes.get(node)
            if record is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if record.waiting == _DONE:
                raise ValueError(f"node {node!r} was already marked done")
            if record.waiting != _PASSED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            record.waiting = _DONE
            for successor in record.successors:
                successor_record = self._nodes[successor]
                successor_record.waiting -= 1
                if successor_record.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """The first cycle a depth-first search meets, as a list of nodes whose first and
        last are the same, or None.

        The search is iterative (a graph may be deeper than the recursion limit): `path` is
        the chain of nodes being explored, `pending` holds for each of them an iterator over
        the successors not yet tried, and `depth` maps a node on the path to its place."""
        nodes = self._nodes
        seen = set()
        for start in nodes:
            if start in seen:
                continue
            seen.add(start)
            path = [start]
            pending = [iter(nodes[start].successors)]
            depth = {start: 0}
            while path:
                successor = next(pending[-1], _END)
                if successor is _END:
                    del depth[path.pop()]
                    pending.pop()
                elif successor in depth:
                    return path[depth[successor]:] + [successor]
                elif successor not in seen:
                    seen.add(successor)
                    depth[successor] = len(path)
                    path.append(successor)
                    pending.append(iter(nodes[successor].successors))
        return None

    def static_order(self):
        """Returns an iterable of nodes in a topological order.

        The particular order that is returned may depend on the specific
        order in which the items were inserted in the graph.

        Using this method does not require to call "prepare" or "done". If any
        cycle is detected, :exc:`CycleError` will be raised.
        """
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
