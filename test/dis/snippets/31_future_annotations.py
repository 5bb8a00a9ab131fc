from __future__ import annotations


def f(a: List[int], b: 'X' = None) -> dict[str, int]:
    return {}


class K:
    attr: Optional[int] = None
