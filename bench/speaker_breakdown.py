"""Where quote speakers go wrong on the tuning gold: a miss table by cause and attribution.

Usage: python bench/speaker_breakdown.py [-v] [--skip FOLDER] [--gold DIR ...] [--only-extra]

With -v, pass --skip multinews-s4: the validation batch is a tune record, but its errors are not
read (it is counted in aggregate only).

Reads only records whose split is not "frozen" (frozen records are skipped before anything is
loaded: no analysis runs on them). Each gold quote falls in one class:
- right: a predicted quote with the same text (as the quotes bench matches) has its speaker;
- not found, with why: the words are not in the article after cleaning (cleaning removed the
  line, or it is the headline), they run over a paragraph's edge, their paragraph holds no
  quotation mark, a speech event holds them but ``find_quotes`` dropped it (short, title), or
  other (marks present, quote split differently);
- withheld: found, speaker null (the withheld guess right or wrong);
- wrong, alias: the given name shares a name word with the gold speaker or an alias (the same
  person named another way, or a part for the whole); wrong, person: anyone else.
Found quotes are also counted by the attribution kind of the predicted entry.

Merged: each wrong or withheld quote is also counted by whether an event of its own article (or
only of another article) holding its words named the gold speaker, so the cross-article merge or
vote lost it, and whether its words were folded into a longer quote (``merge_shape``).

Nested: a gold quote whose words lie inside another gold quote of the same record (an inner
quoted passage the annotator gave its own speaker) is also counted on a line of its own, by class.

With --validation, the records of the "validation" split (and only those) are read instead of the
tuning ones, and only the aggregate tables are printed (-v is refused): the held-out sets are
measured by category, never read error by error. Frozen records are never run.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import HELD_OUT, ROOT, load_cluster, names_ok, norm, same_text  # noqa: E402
from speaker_ranker import gold_records  # noqa: E402

# title, rank and role words read off a longer name (``name_shape``): the library's own lists
from newsfuse.crosscheck.names import PERSON_ROLES, TITLES  # noqa: E402

TITLE_WORDS = TITLES | PERSON_ROLES
# nouns for a body of people or an institution ("police said", "the company said")
GROUP_NOUNS = {"police", "authorities", "authority", "company", "agency", "department", "ministry",
               "government", "administration", "court", "committee", "office", "campaign",
               "military", "army", "officials", "group", "team", "family", "organization",
               "organisation", "firm", "council", "board", "prosecutors", "investigators"}
STOP = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "s", "in", "for", "to", "on",
        "said", "us", "u"}


def resolver_view(given: str, gold: list[str], names) -> str:
    """How the cluster's name resolver reads the gold's names of a speaker given in another
    form (aggregate lines only): as the very name given (the brief prints another form of the
    one person it found: a display choice), as another name of the cluster (the resolver took
    them for two voices), or as no name of the cluster; with the label the cluster gives the
    given name and whether that name is one word."""
    proper = [n for n in gold if n and any(ch.isupper() for ch in n)]
    read = {names.resolve(n) for n in proper}
    how = ("gold read as the given name" if given in read else
           "gold read as another cluster name" if read & set(names.count) else
           "gold no cluster name" if proper else "gold a description")
    words = "one word" if len(given.split()) == 1 else "more words"
    return f"{how}; given {names.label.get(given, 'unlabelled')}, {words}"


def description_head(given: str) -> str:
    """The kind of noun a description given for a named speaker is headed by (a spokesperson,
    a role some person holds, another person noun, a document, a title, a noun for a body of
    people or an institution, or other): an aggregate class, so a held-out set says which
    descriptions lose it a named speaker without an item read. Eleventh session (spk19): on
    V+X+Y+Z+U+U10 the 8 such losses are 5 other, 2 group nouns, 1 document; none a
    spokesperson or a held role, so no role-to-name rule reaches them."""
    from newsfuse.crosscheck.speech_words import (DOCUMENT_NOUNS, HELD_ROLES, PERSON_NOUNS,
                                                   SPOKESPEOPLE)
    words = re.findall(r"[a-z]+", (given or "").lower().split(" for ")[0].split(" of ")[0])
    head = words[-1] if words else ""
    if head.endswith("s") and head[:-1] in SPOKESPEOPLE | HELD_ROLES | PERSON_NOUNS | DOCUMENT_NOUNS:
        head = head[:-1]
    return ("spokesperson" if head in SPOKESPEOPLE else "held role" if head in HELD_ROLES
            else "person noun" if head in PERSON_NOUNS else "document" if head in DOCUMENT_NOUNS
            else "title" if head in TITLE_WORDS else "group noun" if head in GROUP_NOUNS
            else "other, one word" if len(words) == 1 else "other")


def name_words(name: str | None) -> set[str]:
    return {w for w in norm(name).split() if w not in STOP and len(w) > 1}


def name_shape(given: str, gold: list[str]) -> str:
    """How a wrong name that shares a word with the gold speaker differs from the nearest of the
    gold's names (the speaker and its aliases): a shorter form (one word, or part of the name),
    a longer one (by titles or honorifics, a possessive owner, initials, lower-case role words,
    other words), a description given for a name or a name for a description, or another name
    sharing a word. Counted on aggregate lines, so held-out sets say which naming shapes their
    losses have without an item being read."""
    mine = name_words(given)
    best = max(gold, key=lambda n: (len(name_words(n) & mine), -len(name_words(n) ^ mine)))
    theirs = name_words(best)
    if not any(ch.isupper() for ch in given) and any(ch.isupper() for ch in best):
        return "description for a name"
    if any(ch.isupper() for ch in given) and not any(ch.isupper() for ch in best):
        return "name for a description"
    if mine < theirs:
        if len(mine) == 1:
            words = [w for w in norm(best).split() if w in theirs]
            return "shorter: one word, the last" if words[-1:] == list(mine) else \
                "shorter: one word, the first" if words[:1] == list(mine) else "shorter: one word"
        missing = [w for w in re.findall(r"[\w'’]+", best) if norm(w) in theirs - mine]
        if all(norm(w) in ("jr", "sr", "ii", "iii", "iv") for w in missing):
            return "shorter: part, suffix missing"
        if all(w[:1].isupper() for w in missing):
            first = norm(best).split()[:1] == norm(missing[0]).split()[:1]
            return "shorter: part, capitalised words missing" + (" first" if first else "")
        return "shorter: part, lower-case words missing"
    if mine == theirs:
        return "same words, initials or marks differ"
    if mine > theirs:
        extra = [w for w in re.findall(r"[\w.'’]+", given)
                 if norm(w) and not set(norm(w).split()) <= theirs]
        low = {w.lower().strip(".") for w in extra}
        if re.search(r"['’]s\b", given):
            return "longer: possessive owner"
        if low & TITLE_WORDS:
            return "longer: title or honorific"
        if all(len(w.strip(".")) == 1 or w.strip(".").lower() in ("jr", "sr", "ii", "iii")
               for w in extra):
            return "longer: initials or suffix"
        if all(w[:1].islower() for w in extra):
            return "longer: lower-case words"
        return "longer: other words"
    return "other name sharing a word"


def classify(g, quotes, events, cluster) -> tuple[str, str, str | None]:
    preds = [p for p in quotes if same_text(p, g)]
    if any(names_ok(p["speaker"], g) for p in preds):
        p = next(p for p in preds if names_ok(p["speaker"], g))
        return "right", p.get("attribution") or "?", p["speaker"]
    if preds:
        p = preds[0]
        kind = p.get("attribution") or "none"
        if all(p["speaker"] is None for p in preds):
            guess = p.get("unconfirmed_speaker")
            if guess is None:
                return "withheld: no guess", kind, None
            return ("withheld: guess right" if names_ok(guess, g) else
                    "withheld: guess wrong"), kind, guess
        given = next(p["speaker"] for p in preds if p["speaker"])
        gold_words = set().union(*(name_words(n) for n in [g["speaker"], *g.get("aliases", [])]))
        if name_words(given) & gold_words:
            return "wrong: alias/name form", kind, given
        return "wrong: other person", kind, given
    # not found: why
    key = norm(g["text"])
    arts = [a for a in cluster.articles if a.id in g.get("articles", [])] or cluster.articles
    if any(f" {key} " in f" {norm(e.text)} " or f" {norm(e.text)} " in f" {key} "
           for a in arts for e in events.get(a.id, []) if norm(e.text)):
        return "not found: event dropped", "-", None
    paras = [d.text for a in arts for d in cluster.docs.get(a.id, [])]
    body = " ".join(norm(a.text) for a in arts)
    if not any(f" {key} " in f" {norm(t)} " for t in paras):
        if f" {key} " in f" {body} ":
            return "not found: spans paragraphs", "-", None
        title = " ".join(norm(a.title) for a in arts)
        if key and f" {key} " in f" {title} ":
            return "not found: headline", "-", None
        removed = " ".join(norm(" ".join(a.removed)) for a in arts)
        if key and f" {key} " in f" {removed} ":
            return "not found: cleaning removed", "-", None
        return "not found: text differs", "-", None
    para = next(t for t in paras if f" {key} " in f" {norm(t)} ")
    if not re.search(r"[\"“”]", para):
        return "not found: no quotation marks", "-", None
    return "not found: marks present, other", "-", None


_SINGLE = re.compile(r"(?:^|[\s(\[—–-])['‘][A-Za-z]")


def unmarked_shape(g, cluster) -> str:
    """How a gold quote whose paragraph holds no double quotation mark is written, read off
    the paragraph and the one before it (aggregate lines only): single marks around words, the
    previous paragraph ending on a colon ('X said:' then the words as a paragraph), the
    previous paragraph's quotation left open (a continuation that lost its marks), the words
    as the whole paragraph, or words inside a paragraph of narrative."""
    key = norm(g["text"])
    arts = [a for a in cluster.articles if a.id in g.get("articles", [])] or cluster.articles
    for a in arts:
        docs = cluster.docs.get(a.id, [])
        for i, d in enumerate(docs):
            if not (key and f" {key} " in f" {norm(d.text)} "):
                continue
            text, prev = d.text, docs[i - 1].text.strip() if i else ""
            if _SINGLE.search(text) and re.search(r"[\w.,!?]['’](?:\s|$|[.,;:])", text):
                return "single marks in the paragraph"
            if prev.endswith(":"):
                return "previous paragraph ends on a colon"
            if prev and len(re.findall(r"[\"“”]", prev)) % 2 == 1:
                return "previous paragraph's quotation left open"
            if len(key.split()) >= 0.8 * len(norm(text).split()):
                return "the words are the whole paragraph"
            return "words inside narrative"
    return "?"


def dropped_shape(g, events, cluster) -> str:
    """Why ``find_quotes`` dropped the speech event holding a gold quote's words (aggregate
    lines only): too short with no verb of saying, a title, or short with no speaker; and what
    the speech reading gave the events holding the words (a right name, only wrong ones, or
    none), which bounds what any change to the dropping policy can win: an event admitted with
    no name is a withheld speaker, still a miss. Twentieth session (spk30): on validation 16 of
    the 19 dropped gold quotes have no name read at all. Thirty-fifth session
    (spk66): validation 16 dropped, 12 short with no name read, 3 titles (no name or only wrong
    names), 1 short with a right name; tuning 11, 4 of them with a right name; on train text the
    short condition drops a real quotation with its right name in 3 of 40 read
    (bench/dropped_quotes.py), so it stays."""
    from newsfuse.crosscheck.quotes import MIN_WORDS, is_title, quote_key
    key = norm(g["text"])
    arts = [a for a in cluster.articles if a.id in g.get("articles", [])] or cluster.articles
    held = [e for a in arts for e in events.get(a.id, []) if norm(e.text) and (
        f" {key} " in f" {norm(e.text)} " or f" {norm(e.text)} " in f" {key} ")]
    if not held:
        return "?"
    e = held[0]
    short = len(quote_key(e.text).split()) < MIN_WORDS
    why = ("title case" if is_title(e.text) else "short, no verb governs it"
           if short and not e.governed else "short, no speaker" if short else "other")
    read = [e.speaker or e.guess for e in held if e.speaker or e.guess]
    return why + (", a right name read" if any(names_ok(n, g) for n in read)
                  else ", only wrong names read" if read else ", no name read")


def gold_named_where(g, events, cluster) -> str:
    """Where the article that holds a wrongly attributed quote names the gold speaker, seen
    from the quote (aggregate lines only): in the quote's own sentence (with the name's
    dependency relation, and "in a clause" when a relative or adverbial clause holds it), earlier in
    its paragraph, in the paragraph before, earlier in the article, later, or nowhere."""
    key = norm(g["text"])
    words = set().union(*(name_words(n) for n in [g["speaker"], *g.get("aliases", [])] if n))
    words -= TITLE_WORDS
    if not words:
        return "gold has no name words"
    arts = [a for a in cluster.articles if a.id in g.get("articles", [])] or cluster.articles
    for a in arts:
        docs = cluster.docs.get(a.id, [])
        for e in events.get(a.id, []):
            if not norm(e.text) or not (f" {key} " in f" {norm(e.text)} "
                                        or f" {norm(e.text)} " in f" {key} "):
                continue
            p, start, end = e.spans[0]
            doc = docs[p]
            sent = doc[start].sent
            hits = [t for t in sent if norm(t.text) in words and not (start <= t.i < end)]
            if hits:
                t = hits[-1]
                chain = [t]
                while chain[-1].head is not chain[-1] and len(chain) < 6:
                    chain.append(chain[-1].head)
                clause = any(c.dep_ in ("relcl", "advcl", "acl") for c in chain)
                inside = any(start <= c.i < end for c in chain[1:])
                return "same sentence: " + t.dep_ + (" in a clause" if clause else "") + \
                    (" under the quote" if inside else "")
            if any(norm(t.text) in words for t in doc[:sent.start]):
                return "earlier in the paragraph"
            if p and any(norm(t.text) in words for t in docs[p - 1]):
                return "the paragraph before"
            if any(norm(t.text) in words for d in docs[:max(p - 1, 0)] for t in d):
                return "earlier in the article"
            if any(norm(t.text) in words for t in doc[sent.end:]) or any(
                    norm(t.text) in words for d in docs[p + 1:] for t in d):
                return "only later"
            return "not named in the article"
    return "?"


def withheld_shape(g, quotes, cluster) -> str:
    """Where a found quote with no speaker at all stands (aggregate lines only): after a
    colon, as a whole paragraph, or inside a sentence of narrative with a verb of saying or
    not."""
    key = norm(g["text"])
    arts = [a for a in cluster.articles if a.id in g.get("articles", [])] or cluster.articles
    for a in arts:
        for d in cluster.docs.get(a.id, []):
            if not (key and f" {key} " in f" {norm(d.text)} "):
                continue
            text = d.text
            m = re.search(r"[\"“”]", text)
            before = text[:m.start()].rstrip() if m else ""
            if not before:
                return "quote opens the paragraph"
            if before.endswith(":") or before.endswith(": "):
                return "after a colon"
            if before.endswith(",") and len(before.split()) <= 6:
                return "after a short lead-in and a comma"
            return "inside a sentence of narrative"
    return "?"


def in_sentence_shape(given: str, g, shape: str, names) -> tuple[str, str]:
    """A wrong speaker given through a verb of saying when the gold's name stands in the
    quote's own sentence, in two aggregate parts (a held-out set is counted, never read): how
    the entry got it (from another article's reading, the merge or vote, or from its own
    sentence, with or without the given name's words there) and what kind of name was given
    for what kind the gold wants (a person, an organisation or place by the cluster's vote on
    the name; a description in lower case; a document noun). Thirty-fourth session (spk63):
    on tuning the 15 such quotes spread over many shapes, the merge the largest (5)."""
    from newsfuse.crosscheck.speech_words import DOCUMENT_NOUNS

    how = ("another article's reading" if shape.startswith("no own event") else
           "own sentence, given named there" if "name's words in the sentence" in shape else
           "own sentence, given not there")

    def kind(name: str) -> str:
        if not name:
            return "no one"
        if name.split()[-1].lower() in DOCUMENT_NOUNS:
            return "document"
        label = names.label.get(names.resolve(name)) or names.label.get(name)
        if label in ("PERSON", "ORG"):
            return label.lower()
        if label in ("GPE", "NORP"):
            return "place or people"
        return "name, unlabelled" if any(ch.isupper() for ch in name) else "description"

    gold = g.get("speaker") or ""
    return how, f"{kind(given)} for {kind(gold)}"


def merge_shape(g, quotes, events) -> str:
    """Whether the cross-article merge or vote lost a wrong or withheld quote's speaker
    (aggregate lines only): an event of the gold quote's own articles holding its words named
    the gold speaker, or only an event of another article did, or none did (the reading of
    each article is then what to fix, not the merge); and whether the entry shown is longer
    than the words of the gold article's event (a fragment folded into a longer quote) or the
    same words."""
    def overlap(a, b):
        a, b = norm(a), norm(b)
        return bool(a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} "))
    preds = [p for p in quotes if same_text(p, g)]
    own = [e for a in g.get("articles", []) for e in events.get(a, []) if overlap(e.text, g["text"])]
    right = [e for e in own if names_ok(e.speaker, g)]
    if right:
        folded = all(len(norm(p["text"])) > len(norm(e.text)) for p in preds for e in right)
        return "own article named the gold speaker, " + (
            "its words folded into a longer quote" if folded else "same words as the entry")
    others = [e for es in events.values() for e in es
              if e not in own and any(overlap(e.text, p["text"]) for p in preds)]
    if any(names_ok(e.speaker, g) for e in others):
        return "only another article named the gold speaker"
    return "no article named the gold speaker"


def direct_shape(g, given: str, events, cluster) -> str:
    """How a wrong speaker found through a verb of saying stands in the sentence that holds the
    gold quote's words in its own article (aggregate lines only): every word of the given name
    written in that sentence outside the quote (the verb's subject is a name: the parse chose
    the wrong clause or name), part of it (a short form), none (resolved from a role, title,
    description, pronoun or document), or no event of the gold's articles gave that name (the
    entry's name came from another article, through the merge)."""
    key = norm(g["text"])
    mine = name_words(given)
    for a in g.get("articles", []):
        docs = cluster.docs.get(a, [])
        for e in events.get(a, []):
            if e.speaker != given or not (key and (f" {key} " in f" {norm(e.text)} "
                                                   or f" {norm(e.text)} " in f" {key} ")):
                continue
            p, start, end = e.spans[0]
            if p >= len(docs):
                continue
            doc = docs[p]
            sent = doc[start].sent
            outside = norm(" ".join(t.text for t in sent if not start <= t.i < end))
            have = {w for w in mine if f" {w} " in f" {outside} "}
            gold = [name_words(n) for n in [g["speaker"], *g.get("aliases", [])]
                    if n and any(ch.isupper() for ch in n) and name_words(n)]
            there = ("gold name in it" if any(all(f" {w} " in f" {outside} " for w in n)
                                              for n in gold) else
                     "gold name not in it" if gold else "gold no name")
            return ("all the name's words in the sentence" if have == mine and mine else
                    "part of the name in the sentence" if have else
                    "no word of the name in the sentence") + "; " + there
    return "no own event gave it (merged)"


def gold_in_sentence(g, events, cluster) -> str | None:
    """Whether every word of one of the gold speaker's names (a proper name: the speaker or an
    alias with a capital) is written outside the quotation in the sentence that holds a wrong
    or withheld quote's words in its own article (aggregate lines only): the right name stood
    beside the words and another was chosen. None when no event of the gold's own articles
    holds the words or the gold has no proper name."""
    key = norm(g["text"])
    gold = [name_words(n) for n in [g["speaker"], *g.get("aliases", [])]
            if n and any(ch.isupper() for ch in n) and name_words(n)]
    if not gold or not key:
        return None
    for a in g.get("articles", []):
        docs = cluster.docs.get(a, [])
        for e in events.get(a, []):
            if not (f" {key} " in f" {norm(e.text)} " or f" {norm(e.text)} " in f" {key} "):
                continue
            p, start, end = e.spans[0]
            if p >= len(docs):
                continue
            sent = docs[p][start].sent
            outside = norm(" ".join(t.text for t in sent if not start <= t.i < end))
            return ("gold name in the sentence" if any(
                all(f" {w} " in f" {outside} " for w in n) for n in gold)
                else "gold name not in the sentence")
    return None


def direct_verb(g, given: str, events, cluster=None, path=False) -> str:
    """What kind of verb gave a wrong speaker found through a verb of saying (aggregate lines
    only): a verb of saying, a verb of naming ("called it ..."), a verb the quotation hangs
    under that is neither (the subject of whatever clause owns the words: 'X sued Y after ...
    was "..."'), or none recorded (a layout: a label, an aside, a cut-off name)."""
    from newsfuse.crosscheck.speech_words import NAMING_VERBS, SPEECH_VERBS
    key = norm(g["text"])
    for a in g.get("articles", []):
        for e in events.get(a, []):
            if e.speaker != given or not (key and (f" {key} " in f" {norm(e.text)} "
                                                   or f" {norm(e.text)} " in f" {key} ")):
                continue
            verb = (e.verb or "").lower()
            kind = ("no verb" if not verb else "verb of saying" if verb in SPEECH_VERBS else
                    "quote" if verb == "quote" else "verb of naming" if verb in NAMING_VERBS
                    else "other verb")
            if kind == "other verb" and path:
                p, start, end = e.spans[0]
                docs = cluster.docs.get(a, [])
                if p < len(docs):
                    token = docs[p][start:end].root
                    came = token
                    for t in token.ancestors:
                        if t.lemma_.lower() == verb:
                            kind += f" via {came.dep_}" + (" after the quote" if t.i >= end else "")
                            break
                        came = t
                    else:
                        kind += " not above"
            return kind
    return "no own event gave it (merged)"


def context(g, cluster) -> str:
    """The paragraph of the gold quote's article that holds its words (for reading a miss's
    construction), or the first article text it occurs in."""
    key = norm(g["text"])
    arts = [a for a in cluster.articles if a.id in g.get("articles", [])] or cluster.articles
    for a in arts:
        for d in cluster.docs.get(a.id, []):
            if key and f" {key} " in f" {norm(d.text)} ":
                return f"{a.id}: {d.text[:600]}"
    return "(words not in any paragraph after cleaning)"


def main() -> None:
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.quotes import find_quotes
    from newsfuse.crosscheck.speech import speech_events

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", metavar="DIR", action="append", type=Path, default=[])
    parser.add_argument("--only-extra", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each non-right quote")
    parser.add_argument("--context", action="store_true",
                        help="with -v, print the paragraph that holds each non-right quote")
    parser.add_argument("--skip", action="append", default=[], metavar="FOLDER",
                        help="leave out this gold subfolder (the validation batch)")
    parser.add_argument("--validation", action="store_true",
                        help="read the validation records instead of tuning ones (aggregate "
                             "tables only, no -v)")
    args = parser.parse_args()
    if args.validation and args.verbose:
        parser.error("--validation prints aggregate tables only")
    dirs = ([] if args.only_extra else [ROOT / "gold"]) + args.gold
    gold_quotes = gold_records(dirs, args.skip)
    table, kinds, nested, shapes, others = Counter(), Counter(), Counter(), Counter(), Counter()
    resolver = Counter()  # wrong alias/name form, by how the resolver reads the gold's name
    named = Counter()  # (class, attribution, where the gold speaker is named)
    where = Counter()  # sub-shapes of the no-marks and withheld-no-guess classes
    merged = Counter()  # (class, whether the cross-article merge or vote lost the speaker)
    direct = Counter()  # wrong through a verb of saying: how the given name stands in the sentence
    verbs = Counter()  # wrong through a verb of saying: what kind of verb gave the speaker
    besides = Counter()  # wrong or withheld: is the gold's proper name in the quote's sentence
    insent = Counter()  # wrong, direct, the gold's name in the sentence: by shape (in_sentence_shape)
    for cid, record in gold_quotes.items():
        split = record.get("split")
        if split == "frozen" or (split == "validation") != args.validation:
            continue  # frozen never analysed; tuning and validation apart
        cluster = load_cluster(cid, record["source"])
        quotes = find_quotes(cluster)
        events = speech_events(cluster)
        for g in record["quotes"]:
            cls, kind, given = classify(g, quotes, events, cluster)
            table[cls] += 1
            if cls == "not found: no quotation marks":
                where[(cls, unmarked_shape(g, cluster))] += 1
            elif cls == "not found: event dropped":
                where[(cls, dropped_shape(g, events, cluster))] += 1
            elif cls == "withheld: no guess":
                where[(cls, withheld_shape(g, quotes, cluster))] += 1
            if cls.startswith("wrong") or cls.startswith("withheld"):
                named[(cls.replace("wrong: ", "").replace("withheld: ", "").split(" ")[0][:9], kind,
                       gold_named_where(g, events, cluster))] += 1
            if cls.startswith("wrong") or cls.startswith("withheld"):
                merged[(cls.split(":")[0], merge_shape(g, quotes, events))] += 1
            if cls == "wrong: other person":
                gold_names = [n for n in [g["speaker"], *g.get("aliases", [])] if n]
                upper = [any(ch.isupper() for ch in n) for n in gold_names]
                mine = any(ch.isupper() for ch in given)
                shape = ("name" if mine else "description") + " for " + \
                    ("a name" if any(upper) else "a description" if gold_names else "no one")
                if any(upper) and not mine:
                    written = any(name_words(n) >= name_words(m) for n in names_of(cluster).count
                                  for m, u in zip(gold_names, upper) if u and name_words(m))
                    shape += ", the name written" if written else ", the name not written"
                    shape += f" ({description_head(given)})"
                others[(shape, kind)] += 1
            if cls.startswith("wrong") or cls.startswith("withheld"):
                there = gold_in_sentence(g, events, cluster)
                if there is not None:
                    besides[(cls, kind, there)] += 1
                if cls.startswith("wrong") and kind == "direct" and \
                        there == "gold name in the sentence":
                    insent[(cls.split(": ")[1], *in_sentence_shape(
                        given, g, direct_shape(g, given, events, cluster), names_of(cluster)))] += 1
            if cls == "right" and kind == "direct":
                verbs[("right", direct_verb(g, given, events, cluster, True), "-")] += 1
            shape = None
            if cls.startswith("wrong") and kind == "direct":
                shape = direct_shape(g, given, events, cluster)
                direct[(cls.split(": ")[1], shape)] += 1
                verbs[(cls.split(": ")[1], direct_verb(g, given, events, cluster, True),
                       shape.split("; ")[-1])] += 1
                shape += "; " + direct_verb(g, given, events, cluster, True)
            if cls == "wrong: alias/name form":
                gold_names = [g["speaker"], *g.get("aliases", [])]
                written = any(name_words(n) >= name_words(m) for n in names_of(cluster).count
                              for m in gold_names if name_words(m))
                shapes[(name_shape(given, gold_names), written)] += 1
                resolver[resolver_view(given, gold_names, names_of(cluster))] += 1
            kinds[(kind, cls.split(":")[0])] += 1
            key = norm(g["text"])
            if any(o is not g and len(norm(o["text"])) > len(key)
                   and f" {key} " in f" {norm(o['text'])} " for o in record["quotes"]):
                nested[cls.split(":")[0]] += 1
            if args.verbose and cls != "right":
                there = gold_in_sentence(g, events, cluster) if cls != "not found" else None
                print(f"  {cid} {cls} [{kind}] gold {g['speaker']!r} got {given!r}: "
                      f"{g['text'][:50]!r}" + (f" ({shape})" if shape else "")
                      + (f" [{there}]" if there else ""))
                if args.context:
                    print(f"      | {context(g, cluster)}")
    total = sum(table.values())
    print(f"{'validation' if args.validation else 'tuning'} gold quotes: {total}")
    for cls, n in sorted(table.items()):
        print(f"  {cls:34s} {n:4d}  {n / total:.3f}")
    print("\nby attribution of the predicted entry (right / withheld / wrong):")
    for kind in sorted({k for k, _ in kinds}):
        r, w, x = (kinds[(kind, c)] for c in ("right", "withheld", "wrong"))
        if kind != "-":
            print(f"  {kind:20s} right {r:4d}  withheld {w:3d}  wrong {x:3d}")
    print("\nwrong: alias/name form, by shape of the given name against the gold's nearest:")
    print("  (written: the cluster's names hold one written with all the gold's words)")
    for (shape, written), n in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {shape:42s} {'written' if written else 'not written':12s} {n:4d}")
    print("\nwrong: alias/name form, by how the cluster's resolver reads the gold's names:")
    for shape, n in sorted(resolver.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {shape:70s} {n:4d}")
    print("\nwrong: other person, by kind of the given and the gold speaker, and attribution:")
    for (shape, kind), n in sorted(others.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {shape:50s} {kind:18s} {n:4d}")
    print("\nwrong or withheld, by attribution and where the article names the gold speaker:")
    for (cls, kind, at), n in sorted(named.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1])):
        print(f"  {cls:9s} {kind:18s} {at:48s} {n:4d}")
    print("\nwrong or withheld, by whether an article's own reading named the gold speaker "
          "(the cross-article merge or vote lost it):")
    for (cls, shape), n in sorted(merged.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {cls:9s} {shape:62s} {n:4d}")
    print("\nwrong through a verb of saying (direct), by how the given name stands in the "
          "sentence of the gold quote's article:")
    for (cls, shape), n in sorted(direct.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {cls:22s} {shape:60s} {n:4d}")
    print("\nwrong through a verb of saying (direct), by the kind of verb that gave the "
          "speaker, and whether the gold's name is in the sentence:")
    for (cls, verb, there), n in sorted(verbs.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {cls:22s} {verb:32s} {there:30s} {n:4d}")
    print("\nwrong or withheld, by attribution, when the gold's proper name is written in the "
          "sentence of the gold quote's article (outside the quote):")
    for (cls, kind, there), n in sorted(besides.items(), key=lambda kv: (kv[0][2], -kv[1])):
        print(f"  {cls:26s} {kind:18s} {there:32s} {n:4d}")
    print("\nwrong through a verb of saying (direct), the gold's name in the quote's sentence: "
          "how the entry got its speaker, and the kinds of the given and the gold's name:")
    for (cls, how, kinds_), n in sorted(insent.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {cls:22s} {how:34s} {kinds_:44s} {n:4d}")
    print("\nno quotation marks / event dropped / withheld with no guess, by shape:")
    for (cls, shape), n in sorted(where.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {cls.split(': ')[1]:22s} {shape:42s} {n:4d}")
    print("\nnested in another gold quote (right / not found / withheld / wrong): "
          + " / ".join(str(nested[c]) for c in ("right", "not found", "withheld", "wrong")))


if __name__ == "__main__":
    main()
