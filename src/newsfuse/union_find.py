"""Groups joined pair by pair: figures linked across reports, nouns close enough to be one
counted thing, mentions of one dated event. Each of those asks "which items ended up together
after these joins", so one small union-find answers it for all of them."""

from __future__ import annotations


class UnionFind:
    """Items 0..n-1, each its own group until joined; a group is named by its root item."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving: later finds stay short
            i = parent[i]
        return i

    def union(self, keep: int, join: int) -> None:
        """Put ``join``'s group into ``keep``'s: the root of ``keep`` names the group (callers
        that read the root as the group's representative depend on which side stays)."""
        self.parent[self.find(join)] = self.find(keep)

    def groups(self) -> dict[int, list[int]]:
        """Root -> its items in increasing order; groups in the order of their first item."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out
