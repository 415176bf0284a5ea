"""The two sides of a vote's tally: "the Senate voted 68-32", "on a 219-203 vote", "by a vote of
23-14", "the court ruled 5-4" are so many votes for and so many against.

Why: the NER takes such a pair whole (as a date, "68-32") or only its first number, and read so
the tally gave one bare number that counted nothing, or none at all, where reports compare
both sides (the issue's "306 vs 322 votes"; the gold reads "voted 420-0" as 420 and 0). On the
Multi-News train text the shape is common: "voted N-M" 244 times, "an N-M vote" 282, "a vote of
N-M" 90. A pair is a tally only where a word of voting names it, right after it ("vote",
"margin", "ruling") or right before it ("voted", "a vote of", "passed", "ruled"): a score
("won 21-17"), a record ("a 47-35 record", ``game_stats.record_sides``) and a date are not.
"""

from __future__ import annotations

from ..game_report import glued_pairs

# words after a pair that make it a tally: "a 219-203 vote", "by a 5-4 margin"
_AFTER = {"vote", "margin", "decision", "ruling", "majority", "tally"}
# verbs or nouns before it: "voted 68-32", "a vote of 23-14", "passed 420-0", "ruled 5-4"
_BEFORE = {"vote", "pass", "approve", "reject", "confirm", "rule", "adopt", "decide", "uphold"}
# words that may stand between the word of voting and the pair: "by a vote of", "voted, 68-32"
_BETWEEN = {"of", ",", "by", "a", "on"}


def _tally_pair(doc, first: int) -> bool:
    after = doc[first + 3] if first + 3 < len(doc) else None
    if after is not None and after.lemma_.lower() in _AFTER:
        return True
    i = first - 1
    while i >= 0 and first - i <= 3 and doc[i].lower_ in _BETWEEN:
        i -= 1
    return i >= 0 and first - i <= 3 and doc[i].lemma_.lower() in _BEFORE


def tally_sides(doc) -> list:
    """(number span, "for" or "against") for each side of each vote's tally in ``doc``."""
    from spacy.tokens import Span

    out = []
    for t, last in glued_pairs(doc, 3):
        if not _tally_pair(doc, t.i):
            continue
        if t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].text.isdigit():
            continue  # "by a 6-4, 6-1 margin": a tennis match's sets
        out.append((Span(doc, t.i, t.i + 1, label="CARDINAL"), "for"))
        out.append((Span(doc, last.i, last.i + 1, label="CARDINAL"), "against"))
    return out
