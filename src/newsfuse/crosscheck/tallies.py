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

import re

from ..game_report import glued_pairs

# words after a pair that make it a tally: "a 219-203 vote", "by a 5-4 margin"
_AFTER = {"vote", "margin", "decision", "ruling", "majority", "tally"}
# verbs or nouns before it: "voted 68-32", "a vote of 23-14", "passed 420-0", "ruled 5-4"
_BEFORE = {"vote", "pass", "approve", "reject", "confirm", "rule", "adopt", "decide", "uphold",
           "tally", "defeat"}
# the nouns a pair may hang on with words between: "the 220-to-190 party-line vote"
_NAMED_BY = {"vote", "opinion", "decision", "ruling", "tally"}
# what each side of a tally counts (``figure_reading`` names its statements so, and
# ``pair_sides`` finds them by it)
VOTE_FOR, VOTE_AGAINST = "vote for", "vote against"
# words that may stand between the word of voting and the pair: "by a vote of", "voted, 68-32"
_BETWEEN = {"of", ",", "by", "a", "on"}


def _tally_pair(doc, first: int, last: int) -> bool:
    """Whether a word of voting names the pair whose numbers are tokens ``first`` and ``last``.

    A space the text keeps as a token of its own ("The 285-120\u00a0vote", T46) stands between
    nothing; so does a form of "be" ("the vote was 285 to 120") and the chamber a bill passed
    ("it passed the Senate 92-6"): the pair is the vote's tally all the same."""
    after = next((t for t in doc[last + 1:last + 3] if not t.is_space), None)
    if after is not None and after.lemma_.lower() in _AFTER:
        return True
    if _names_tally(doc[first].head, last):
        return True
    i, steps, chamber = first - 1, 0, False
    while i >= 0 and steps < 4:
        t = doc[i]
        if t.is_space:
            i -= 1
            continue
        if t.lemma_.lower() in _BEFORE:
            return not chamber or doc[i + 1].lower_ == "the"
        if t.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _AFTER | {"vote"}
                                    for c in t.children):
            return True  # "the vote in the case is 6-3": the subject of "be" is the vote
        if t.lower_ in _BETWEEN or t.lemma_ == "be":
            pass
        elif t.pos_ == "PROPN" and steps < 2 and not chamber:
            chamber = True  # "passed the Senate 92-6", read only right after its "the"
        elif not (chamber and t.lower_ == "the"):
            return False
        i, steps = i - 1, steps + 1
    return False


def _names_tally(noun, last: int) -> bool:
    """Whether the noun the pair's first number hangs on, a few words after the pair, is a
    word of voting: "the 220-to-190 party-line vote", where words that say what kind of
    vote stand between the two. "Opinion" names a court's tally too ("in a 6-3 opinion by
    Justice Alito"); the parse hangs the pair on the noun it qualifies. Not a majority
    or a margin a word stands before: "the court's expanded 6-3 conservative majority"
    is what the court is made of, no vote's tally."""
    return last < noun.i <= last + 5 and noun.pos_ == "NOUN" and \
        noun.lemma_.lower() in _NAMED_BY


def _hyphen_to_pairs(doc):
    """(first, last) tokens of each pair written "N-to-M" ("the 220-to-190 vote"), which
    the tokenizer cuts as "220", "-", "to-190": the last token holds its number after "to-"
    (``side_text`` reads it)."""
    for t in doc[:-2]:
        dash, last = doc[t.i + 1], doc[t.i + 2]
        if (t.text.isdigit() and len(t.text) <= 3 and dash.text == "-" and not t.whitespace_
                and not dash.whitespace_ and re.fullmatch(r"to-\d{1,3}", last.lower_)):
            yield t, last


def side_text(span) -> str:
    """The number a tally's side is written with: "190" of the token "to-190"."""
    return re.sub(r"^to-", "", span.text, flags=re.IGNORECASE)


def _spaced_pairs(doc):
    """(first, last) number tokens of each pair written "N to M" ("the vote was 285 to 120",
    "passed 364 to 62"), at most three digits a side: a tally as the reports write it out
    beside "364-62", read only where a word of voting names it (``_tally_pair``)."""
    for t in doc[:-2]:
        word, last = doc[t.i + 1], doc[t.i + 2]
        if (t.text.isdigit() and word.lower_ == "to" and last.text.isdigit()
                and len(t.text) <= 3 and len(last.text) <= 3
                and not (t.i > 0 and doc[t.i - 1].lower_ in ("from", "between"))):
            yield t, last


def tally_sides(doc) -> list:
    """(number span, "for" or "against") for each side of each vote's tally in ``doc``."""
    from spacy.tokens import Span

    out = []
    for t, last in [*glued_pairs(doc, 3), *_spaced_pairs(doc), *_hyphen_to_pairs(doc)]:
        if not _tally_pair(doc, t.i, last.i):
            continue
        if t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].text.isdigit():
            continue  # "by a 6-4, 6-1 margin": a tennis match's sets
        out.append((Span(doc, t.i, t.i + 1, label="CARDINAL"), "for"))
        out.append((Span(doc, last.i, last.i + 1, label="CARDINAL"), "against"))
    return out


def pair_sides(statements: list[dict]) -> None:
    """Give each side of a tally read from a sentence the value of its other side
    (``other_side``): "220-to-190" in one report and "222-190" in the next are one vote, told
    so by the 190 votes against they agree on, whose 220 and 222 votes for then contradict each
    other. Two tallies with no side alike are left to their sentences, as before: a story may
    tell a committee's vote and the floor's."""
    sides: dict[tuple, dict[str, list[dict]]] = {}
    for s in statements:
        if s["noun"] in (VOTE_FOR, VOTE_AGAINST):
            sides.setdefault((s["article"], s["text"]), {}).setdefault(s["noun"], []).append(s)
    for pair in sides.values():
        for yes, no in zip(pair.get(VOTE_FOR, []), pair.get(VOTE_AGAINST, [])):
            yes["other_side"], no["other_side"] = no["value"], yes["value"]


def one_vote(a: dict, b: dict) -> bool:
    """Whether two reports' sides of a tally are of one vote: the other sides agree exactly
    (``pair_sides``)."""
    return a["noun"] == b["noun"] and a.get("other_side") is not None and \
        a.get("other_side") == b.get("other_side")
