"""Where the quotations of a paragraph are, from its quotation marks alone: straight and curly
marks, a quote left open into the next paragraphs, a mark lost beside its attribution. Kept
apart from the parse because it reads characters, not tokens: the speech events, pronoun
histories and benches all start from these spans."""

from __future__ import annotations

import re


_QUOTE = re.compile(r"[\"“”]")
# The attribution that follows a quotation ('..., Ellis said.', '," said Paolo Serra'):
# where one stands, a quotation mark was lost beside it (see ``quote_spans``).
_SAID = r"(?:said|says|added|adds|told|tells|explained|wrote|writes|asked|asks)"
_NAME = r"(?:[A-Z][\w.'’-]*\s+){1,4}"
_SAID_AFTER = re.compile(rf",\s+(?:{_NAME}|(?:he|she|they)\s+){_SAID}\b[^\"“”]*$")
# (a name may follow lower-case words that describe the person, '," coach Tom Fuller said',
# '," former President Jimmy Carter said', and a description alone may say it, '," the
# coach said')
_DESCRIBED = r"(?:[a-z][\w'’-]*\s+){1,3}"
# A capitalised pronoun right after a mark opens the quoted sentence ('..., "He asked why,
# and I told him ...': the words of someone quoted): an attribution after a closing mark
# writes its pronoun in lower case (', he said'), so "He" is never the name of one.
_NOT_A_PRONOUN = r"(?!(?:He|She|They|It|I|We|You)\s)"
_SAID_BEFORE = re.compile(rf"\s*(?:{_SAID}\s+[A-Z]|(?:{_DESCRIBED})?{_NOT_A_PRONOUN}{_NAME}"
                          rf"{_SAID}\b|(?:he|she|they)\s+{_SAID}\b|the\s+{_DESCRIBED}{_SAID}\b)")


# Two apostrophes typed for a double mark ("''The old canal is not wide enough ..., "he was
# quoted as saying'; "known as the ``fixer''"), not three (a single mark closing beside one).
_DOUBLED = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


# A quotation inside a quotation, in single marks: '"Ames told me, 'Calm down,' and I did,"'.
# It opens after a space, a bracket or a dash and before a word, and closes after a word or
# its punctuation and before a space or punctuation (an apostrophe inside a word, "don't", or
# after a plural, "the players' union", stands between letters or before a word: no mark).
_INNER = re.compile(r"(?:(?<=^)|(?<=[\s(\u2014\u2013]))[\u2018']"
                    r"(?=\w)([^\u2018\u2019'\"\u201c\u201d]*?(?:\w[\u2019']\w[^\u2018\u2019'\"\u201c\u201d]*?)*)"
                    r"(?<=[\w.,!?])[\u2019'](?=[\s.,;:!?)\u2014\u2013]|$)")


def before_marks(doc, start: int) -> int:
    """The index of the token before the opening marks of a quotation starting at token
    ``start`` (-1 when the marks open the text): what the lead-in ends on, a colon, a dash or
    a name. A quotation inside another opens on two marks, and a tokenizer may leave a curly
    mark it does not know as quoting, so every mark is passed over."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in ("“", "‘", '"')):
        i -= 1
    return i


def inner_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations in single marks inside one quoted passage: the words
    someone the passage names said, reported by its own speaker ('"The judge told us,
    'Sit down,' and we did," Fuller said'). Two words at least: a single quoted word is a
    term the speaker holds up, not someone's saying."""
    return [(m.start(1), m.end(1)) for m in _INNER.finditer(body)
            if len(m.group(1).split()) >= 2 and not _possessive(body, m)]


def _possessive(body: str, m) -> bool:
    """A straight closing mark after a plural's "s" and before a lower-case word is the
    plural's possessive ("the players' union"), closing nothing."""
    return body[m.end() - 1] == "'" and m.group(1).endswith("s") and \
        bool(re.match(r"\s+[a-z]", body[m.end():]))


# An HTML attribute's value pasted with an embedded post ('<a href= "https://twitter.com/...
# " >#yyjtraffic</a>'): its marks delimit markup, they quote nothing, and read as quotation
# marks they turn every later pair of the paragraph inside out
_MARKUP = re.compile(r'(?<==)(\s*)"([^"<>]*)"(?=\s*/?>)')


def marks_text(text: str) -> str:
    """A paragraph with each pair of apostrophes or backticks typed as a double quotation
    mark written as one straight mark and a space, the text's length kept, so that every
    offset still points into the paragraph: wire copy and old archives write
    "''The bridge stays shut ..." or "``fixer''". The mark stands next to the word it
    quotes (the space takes the outer place), so the quoted span starts or ends where the
    words do. The marks of an HTML attribute's value (``_MARKUP``) become spaces."""
    text = _MARKUP.sub(lambda m: m.group(1) + " " + m.group(2) + " ", text)
    if "''" not in text and "``" not in text:
        return text

    def one(m) -> str:
        j = m.end()
        opens = m.group() == "``" or (j < len(text) and text[j].isalnum())
        return ' "' if opens else '" '
    return _DOUBLED.sub(one, text)


def quote_spans(text: str, continuing: bool = False) -> list[tuple[int, int, bool, bool]]:
    """(start, end, opened_at_start, closed) of quoted passages in one paragraph.

    Straight quotes alternate open/close; curly quotes say which they are. An opened quote
    that never closes runs to the paragraph's end (the next paragraph may continue it).
    ``continuing``: the paragraph sits inside a quotation opened earlier (see
    ``continuations``), so its text up to the first closing mark is quoted. A paragraph
    break lost inside a quotation (``lost_break``) ends the open quotation unclosed there, as
    a paragraph's end would, and its mark opens the next.
    """
    text = marks_text(text)
    spans = []
    open_at = None
    if continuing:
        first = _first_outside_pairs(text)
        if first is None:
            return [(0, len(text), True, False)]
        if closes_first(text, first):
            spans.append((0, first.start(), True, True))
            text_from = first.end()
        else:
            text_from = 0
    else:
        text_from = 0
    marks = list(_QUOTE.finditer(text, text_from))
    if not continuing and marks and text[:marks[0].start()].strip() and (
            marks[0].group() == "”" or (marks[0].group() == '"' and len(marks) % 2 == 1)) \
            and _SAID_BEFORE.match(text, marks[0].end()):
        # 'The two floods had much in common in terms of timing and reach,” said Paolo
        # Serra': a paragraph whose first mark closes a quotation, with its attribution right
        # after, lost the mark that opened it at the paragraph's start
        spans.append((0, marks[0].start(), True, True))
        marks = marks[1:]
    inner = 0  # curly quotations open inside the open one ('“... the coming “party
    # split” for nearly 30 years. ...”'): their closing marks close nothing of ours
    for k, m in enumerate(marks):
        ch, i = m.group(), m.start()
        if open_at is None:
            if ch == "”" and not _opens_reversed(text, i):
                continue
            open_at = i
        elif ch == "“" and open_at is not None:
            if _closes_reversed(text, i) and not inner:
                spans.append((open_at + 1, i, open_at == 0, True))
                open_at = None
                continue
            if _nested(marks, k, text, open_at == 0):
                inner += 1
                continue
            open_at = i
        elif ch == "”" and inner:
            inner -= 1
        else:
            lost = _SAID_AFTER.search(text, open_at + 1, i) \
                if ch == '"' and text.count('"') % 2 == 1 else None
            if lost is not None and text[i + 1:i + 2] != "," and \
                    text[open_at + 1:lost.start()].strip():
                # '"He's made some rather wild claims that the inspectors could not confirm,
                # Graham said. "He's getting into ...': the closing mark before the
                # attribution was lost; the quotation ends there and this mark opens the next
                spans.append((open_at + 1, lost.start() + 1, open_at == 0, True))
                open_at = i
                continue
            if ch == '"' and lost_break(text, i):
                spans.append((open_at + 1, i, open_at == 0, False))
                open_at = i
                continue
            spans.append((open_at + 1, i, open_at == 0, True))
            open_at = None
    if open_at is not None and len(text) - open_at > 2:
        spans.append((open_at + 1, len(text), open_at == 0, False))
    elif open_at is not None and text[open_at] == '"':
        opened = _single_opening(text, spans[-1][1] + 1 if spans else 0, open_at)
        if opened is not None:
            spans.append((opened, open_at, opened == 1, True))
    if not spans and not continuing and _QUOTE.search(text) is None:
        spans = single_spans(text)
    return spans


def lost_break(text: str, i: int) -> bool:
    """Whether the straight mark at ``i``, read while a quotation is open, opens the next
    paragraph of that quotation rather than closing it: news writing leaves a quotation that
    runs over paragraphs open at each paragraph's end and reopens it on the next, and text
    whose line breaks were lost (a corpus storing each report on one line, a page's paragraphs
    pasted as one block) puts the reopening mark inside the open quotation. A closing mark
    follows the quoted words without a space; read as one, this mark flips every later pair
    of the paragraph, quoting the narration between quotations and losing the quotations.
    The mark stands as an opening one: a space before it, a sentence's end before the space,
    a word right after it ('... about two-thirds. "We've had about 800 volunteers ...," Ms
    Goodin said.'). Not when the short sentence after it is an attribution (a closing mark
    typed after a space, its speaker and verb of saying following: '... without him? "the
    coach asked.'), nor when the next mark, the one that would close the reopened quotation,
    stands after a space but not after a sentence's end, as an opening mark mid-sentence does
    (then this mark was a closing one typed apart, and the next opens a quotation of its own)."""
    if not _opening_after_sentence(text, i):
        return False
    end = _SENTENCE_END.search(text, i + 1)
    sentence = text[i + 1:end.start() if end else len(text)]
    if len(sentence.split()) <= 8 and re.search(rf"\b{_SAID}\b", sentence):
        return False
    following = _QUOTE.search(text, i + 1)
    return following is None or not text[following.start() - 1].isspace() or \
        _opening_after_sentence(text, following.start())


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _opening_after_sentence(text: str, i: int) -> bool:
    """A straight mark with a space before it, a sentence's end before the space and a word
    right after it: where a sentence's quotation opens."""
    before = text[:i]
    return text[i + 1:i + 2].isalnum() and before[-1:].isspace() and \
        before.rstrip().endswith((".", "!", "?"))


# a single mark opening a sentence: at the paragraph's start or after the last sentence's end
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[.!?,:]\s))['\u2018](?=[A-Z])")


def _single_opening(text: str, start: int, close: int) -> int | None:
    """Where the quotation that a straight mark ending the paragraph closes was opened, when
    no double mark opened it: a single mark typed for the opening one ('"One party will tax
    and spend," he added at another point. 'One party won't tax and will spend. It is both of
    them together."'). The last such single mark after the previous quotation, three words
    before the closing mark at least; None when there is none."""
    found = [m.end() for m in _SINGLE_OPENING.finditer(text, start, close)]
    if found and len(text[found[-1]:close].split()) >= 3:
        return found[-1]
    return None


# A quotation in single marks, as some papers print every quotation ("'Tara Reid has checked
# herself into the Promises Treatment Center, ' her rep says"): it opens before a capital
# and closes after the quoted words' punctuation, before a space or the paragraph's end.
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\u2014\u2013]))['\u2018](?=[A-Z])"
                     r"(.+?[,.?!])\s?['\u2019](?=\s|$)")
_SINGLE_SAID_AFTER = re.compile(rf"\s*(?:[\w.'\u2019-]+\s+){{0,4}}{_SAID}\b")
_SINGLE_SAID_BEFORE = re.compile(rf"\b{_SAID}\b[^.!?\"\u201c\u201d]{{0,40}}[:,]\s*$")


def single_spans(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, opened_at_start, closed) of the quotations in single marks of a paragraph
    that holds no double mark, each with its attribution beside it (a verb of saying right
    after the closing mark, or before the opening one with its colon or comma): without it,
    words in single marks are a term, a nickname or a title ("dubbed 'El Rushbo'"), and the
    marks may be apostrophes. Three words at least, as for ``inner_spans``."""
    spans = []
    for m in _SINGLE.finditer(text):
        if len(m.group(1).split()) < 3:
            continue
        if _SINGLE_SAID_AFTER.match(text, m.end()) or _SINGLE_SAID_BEFORE.search(text[:m.start()]):
            spans.append((m.start(1), m.end(1), m.start() == 0, True))
    return spans


def _opens_reversed(text: str, i: int) -> bool:
    """A closing curly mark at ``i`` that opens a quotation, typed the wrong way round: no
    quotation is open, a word follows it at once and a space, an ellipsis or a colon stands
    before it ('... newcomers can’t apply for 10 years…”if they accept that, I’ll give them a
    permit.”')."""
    return (i + 1 < len(text) and text[i + 1].isalnum()
            and (i == 0 or text[i - 1].isspace() or text[i - 1] in "…:("))


def _closes_reversed(text: str, i: int) -> bool:
    """An opening curly mark at ``i`` that closes the open quotation, typed the wrong way
    round: it follows the quoted words' last mark of punctuation at once and a space or the
    paragraph's end follows it ('“Who will pay for the bridge?“ she asked. “Not the
    city.”'). An opening mark stands before a word, after a space or a dash; one set between
    a question mark and a space opens nothing. Twenty-fifth session (spk40): tuning right
    1895 -> 1896 of 2032, given and right 1683/1770 -> 1684/1771; validation right 1128 ->
    1129 of 1273, given and right 941/1038 -> 942/1039."""
    return i > 0 and text[i - 1] in ".,?!" and (i + 1 == len(text) or text[i + 1].isspace())


def _nested(marks, k: int, text: str = "", outer_opens: bool = False) -> bool:
    """Whether the opening curly mark ``marks[k]``, met while a quotation is open, opens a
    quotation inside it (two closing marks follow before any other opening mark: the inner
    one's and the outer one's) rather than a new quotation whose predecessor lost its closing
    mark (then the open one is dropped, as before). ``outer_opens``: the open quotation
    opened the paragraph; then one closing mark and no more marks after it, with no
    attribution before the inner pair ('“We will rebuild, he said. “Nothing ...”' lost a
    closing mark) nor after it, is an inner pair too, and the outer quotation runs on into
    the next paragraphs ('“Now, Garner’s conduct is only partly excusable. He
    need not have grabbed the students who questioned him ... the “Mayor’s Plan”
    (honestly, ...)' opens a block quotation of three paragraphs)."""
    closes = 0
    for m in marks[k + 1:]:
        if m.group() == "“":
            return False
        if m.group() == "”":
            closes += 1
            if closes == 2:
                return True
        else:
            return False
    return outer_opens and closes == 1 and not _SAID_BEFORE.match(text, marks[-1].end()) \
        and not _SAID_AFTER.search(text, 0, marks[k].start())


def _first_outside_pairs(text: str):
    """The first quotation mark of a paragraph read inside an open quotation, passing over
    curly pairs the quotation holds ('But little is known about these “volunteers.”
    The clip is posted ...' inside a blog post quoted over three paragraphs): their
    marks open and close nothing of the outer quotation. A mark opening the paragraph
    reopens the quotation (news writing's convention) and is no inner pair."""
    marks = list(_QUOTE.finditer(text))
    k = 0
    while k < len(marks):
        m = marks[k]
        if m.group() == "“" and text[:m.start()].strip() and k + 1 < len(marks) \
                and marks[k + 1].group() == "”":
            k += 2
            continue
        return m
    return None


def continuations(docs) -> set[int]:
    """Paragraphs inside a quotation that spans several paragraphs without reopening it:
    '“I had to let the treasurer go ...' / 'He has admitted those errors.' / 'There was
    nothing to find!”'. A closing mark with no opening mark before it (see
    ``closes_first``), within four paragraphs of an unclosed opening, marks the paragraphs
    between as quoted. Where no later paragraph closes it, a quotation left open still runs
    into the one next paragraph when that paragraph holds no quotation mark at all (news
    writing leaves a quotation open only to go on with it; a paragraph of narrative after
    it would have closed it), unless the open words ask a question or already carry their
    attribution (``_runs_on``). Measured 2026-12-02 (docs/measurements.md, "Speakers,
    seventeenth round"): held out (V+X+Y+Z+U pooled) right 686 -> 700 of 834, precision
    596/674 -> 592/669; tuning unchanged (the shape occurs in two tuning clusters, three
    paragraphs, none of them speech, and ``_runs_on`` keeps all three out)."""
    out: set[int] = set()
    texts = [marks_text(d.text) for d in docs]
    for p, text in enumerate(texts):
        spans = quote_spans(text, p in out)
        if not spans or spans[-1][3]:
            continue
        closed_at = None
        for k in range(p + 1, min(p + 5, len(texts))):
            first = _first_outside_pairs(texts[k])
            if first is None:
                continue
            if closes_first(texts[k], first):
                closed_at = k
            break
        if closed_at is not None:
            out.update(range(p + 1, closed_at + 1))
            continue
        if _runs_on(text[spans[-1][0]:]) and p + 1 < len(texts) and texts[p + 1].strip() \
                and _QUOTE.search(texts[p + 1]) is None:
            # no later paragraph closes it: the next paragraph, if it holds no mark at all,
            # is still the quotation, which lost the mark that reopened it
            out.add(p + 1)
    return out


# an attribution ending the open words: '..., the tweet said.', '..., she said Tuesday.'
_ATTRIBUTED_END = re.compile(rf"\b{_SAID}\s*[.!?]?\s*$"
                             rf"|\b(?:he|she|they|it)\s+{_SAID}\b[^.!?]*[.!?]?\s*$")


def _runs_on(quoted: str) -> bool:
    """Whether a quotation left open at the end of its paragraph runs on into the next one:
    not a question, which the next paragraph answers ('Anna asked: "Do beans count toward
    the 7?' / 'Yes they do. ...'), and not one its own paragraph already attributes at the end
    (',’’ the tweet said.': its closing mark was written another way)."""
    quoted = quoted.strip()
    return bool(quoted) and not quoted.endswith("?") and not _ATTRIBUTED_END.search(quoted)


def closes_first(text: str, first) -> bool:
    """Whether a paragraph's first quotation mark closes a quote opened before it: a curly
    closing mark, or a straight one when the paragraph holds an odd number of them
    ('If the fourth cable breaks, ... blackout, "said Mr Wright.'). ``continuations`` asks it;
    tests ask it directly on real paragraphs."""
    # a straight mark opening the paragraph opens a quote ('"I ran across to my daughter, and I
    # held her.' / 'I was frightened.' / '... way, "she testified.'), it closes nothing; so does
    # one right after a colon ('Gary Kruger asked: "Should fruit ...?' after 'Mike asked: "Do
    # beans count toward the 7?' and its answer: two questions, neither closed)
    before = text[:first.start()].rstrip()
    return first.group() == "”" or (first.group() == '"' and text.count('"') % 2 == 1
                                    and bool(before) and not before.endswith(":"))
