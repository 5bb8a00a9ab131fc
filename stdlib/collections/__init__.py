"""Container datatypes (being written: only deque and collections.abc are here yet)."""
from _collections import deque
