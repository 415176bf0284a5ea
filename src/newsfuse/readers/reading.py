"""Where each input stood: the articles read, each with its place among the inputs as the
user gave them, and the inputs skipped in theirs.

The readers give their inputs in order, an article or the ``InputError`` that skips the
input (an empty file of a folder, a JSONL line or a list's item without text); ``Reading``
counts them, so an input skipped keeps its place, and ``analyze.assign_ids`` numbers the
articles by these places: with the second of three files empty, the third is a3, as the
warning "a2 (news/b.txt): skipped, file is empty" leads one to expect. Before, a skipped input
took no number, and every input after it was cited one lower than its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Union

from ..errors import InputError
from ..model import Article, input_id, input_label

Item = Union[Article, InputError]


@dataclass
class Reading:
    articles: list[Article] = field(default_factory=list)
    places: list[int] = field(default_factory=list)  # each article's place, 1 for the first input
    skipped: list[tuple[int, InputError]] = field(default_factory=list)  # (place, why)
    # lines on what was no input at all (a folder's files of other types): they take no place
    notes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, items: Iterable[Item]) -> "Reading":
        reading = cls()
        reading.add(items)
        return reading

    def add(self, items: Iterable[Item]) -> None:
        for item in items:
            place = len(self.articles) + len(self.skipped) + 1
            if isinstance(item, Article):
                self.articles.append(item)
                self.places.append(place)
            else:
                self.skipped.append((place, item))

    @property
    def warnings(self) -> list[str]:
        """The notes, then a line for each input skipped, named by the id it would have had
        and where it was ("a2 (in.jsonl:2): skipped, article object has no 'text'")."""
        return self.notes + [InputError(input_label(input_id(place), exc.source), exc.reason).skipped_line
                             for place, exc in self.skipped]

    @property
    def skipped_unnumbered(self) -> list[InputError]:
        """The inputs skipped that a caller numbering no articles (``corpus.ingest`` keys them
        by file and line) is told of: a list's empty string (``jsonl.EmptyItem``) leaves no
        gap in numbers there to explain, and was always passed by in silence."""
        return [exc for _, exc in self.skipped if getattr(exc, "said_unnumbered", True)]

    @property
    def unnumbered(self) -> list[str]:
        """The notes and a line for each of ``skipped_unnumbered``, named by where it was."""
        return self.notes + [exc.skipped_line for exc in self.skipped_unnumbered]
