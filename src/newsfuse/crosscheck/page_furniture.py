"""Numbers the page around a report holds, not the report itself.

A scraped text runs the page's furniture into its sentences where cleaning's line rules
cannot reach it: a linked video's headline and running time, a player's notices, a gallery's
counter, a paywall's meter, a subscription's pitch, a link's headline, a live ticker's time
stamps, a financial site's quote after a ticker symbol, a view counter, a sponsor's paragraph,
a weather widget's lines, a table's heads or its rows run together, a note's mark, an
escaped character, a printed recipe's steps. No number in them counts anything the story
tells. ``worth.context_reason`` and ``worth.reason`` ask these tests and say why."""

from __future__ import annotations

import re


# the running time of a linked video, which closes its headline ("... 300 homes 02:56")
RUNNING_TIME = re.compile(r"^\d{1,2}:\d\d$")
# a video player's buttons and notices left in the text around a clip's headline or a photo
# caption ("... Buy Photo Wait 3 seconds to continue.")
PLAYER = re.compile(r"\bReplay\s+More\s+Videos\b|\bWait\s+\d+\s+seconds?\s+to\s+continue\b", re.I)
# the page's own furniture that a scraped text runs into its sentences, where cleaning's line
# rules cannot reach it (a text saved without line breaks): a gallery's counter ("image 1 of 1",
# "1 photo:"), a paywall's meter ("Thank you for reading 10 free articles", "another 10 free
# articles"), a subscription pitched in the imperative ("Subscribe now for only $1 a week"; not
# any run of prices in several currencies, which a story's conversions make too), or in an
# offer's own words ("$ 20 for 365 days of unlimited digital access", "chip in $ 10 or more to
# help us", "sign up ... in your inbox"), a gallery's "1 of 60 full screen autoplay", a player's
# countdown ("the video will start in 5 cancel play now") and a clip's running time in brackets
# ("( 1: 22 )"), a listicle's link set in brackets ("[ the 5 smartest ...", "[ 11 surprising
# facts about sleep ]", "[ quiz: the 10 most popular names ]"), a review widget's "Average
# rating: 4.50" run into the item it rates. A number inside one of these
# spans counts nothing the story tells
_N = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
# what a listicle's bracketed link counts ("[ 11 surprising facts about sleep ]")
_LISTED = r"(?:facts|things|ways|reasons|tips|secrets|photos|pictures|moments|signs|places|foods)"
_PRICE = r"[£$€]\s*\d[\d.,]*"
# a linked headline set into the text in square brackets behind a label and a colon ("[ photos:
# 8 byzantine empire era shipwrecks excavated in turkey ]", "[ the science of death: 10 tales from
# the crypt ]", "[ read: zion park releases names of 7 killed in flash flooding ]"): a headline
# has no full stop, so an editor's bracketed note that writes sentences ("[ update: the full
# amount sought totals more than $ 285 million. ]") stays, and so does a study's "[ or: 0.58;
# 95 % ci ... ]" (a label of two letters)
_BRACKETED_LINK = (r"\[\s*(?!(?:update|correction|clarification|editor'?\s?s\s+note|note|latest|"
                   r"ed|corrected)\s*:)[a-z'‘“\"][^\[\]:.!?\d]{2,39}:\s(?:[^\[\].]|\.(?=\S))*?(?<!\.)\s*\]")
# a financial site's live quote set after a company's ticker symbol in its prose ("apple inc.
# aapl, -0.06 % ended the day ...", "the dow industrials djia, +0.68 % trimmed losses"): the
# day's move when the page was saved, with its sign and two decimals, not the story's figure
_QUOTE = r"\b[a-z][a-z.&]{0,5},\s[-+]\d{1,3}\.\d\d\s?%"
# a page's counter of views ("views: 34,019", "4 months ago 10,976,789 views"): a label, or a
# raw count to the last digit of millions that no report writes in prose ("more than 650,000
# views" stays)
_VIEWS = (r"\bviews\s*:\s*\d[\d,]*|(?<![\w,.])(?<!than\s)(?<!nearly\s)(?<!over\s)(?<!about\s)"
          r"(?<!almost\s)\d{1,3}(?:,\d{3}){2,}\s+views\b")
_FURNITURE = re.compile(
    rf"\b(?:image|photo|picture|slide|video)s?\s+\d+\s+of\s+/?\s*\d+\b|(?<![\w,.])\d+\s+(?:photo|image|picture)s?\s*:"
    rf"|\b{_N}\s+free\s+(?:articles?|stories|story|views?|page\s*views?)\b"
    rf"|^\W*(?:subscribe|join|sign\s+up|get|try|start)\b[^.!?]{{0,80}}\b(?:for\s+)?(?:just|only|as\s+little\s+as)\s+{_PRICE}"
    rf"[^.!?]{{0,30}}"
    rf"|\bsubscribe\s+(?:now|today)\s+for\s+(?:just\s+|only\s+|as\s+little\s+as\s+)?{_PRICE}"
    rf"|{_PRICE}\s+(?:for|per)\s+[^.!?]{{0,25}}\bunlimited\s+(?:digital\s+)?access\b"
    rf"|\bchip\s+in\s+{_PRICE}[^.!?]{{0,40}}\bhelp\s+us\b"
    rf"|\b(?:sign\s+up|subscribe)\b[^.!?]{{0,80}}\bin\s+your\s+inbox\b"
    rf"|\b\d+\s+of\s+\d+\s+(?:full\s*screen|autoplay)\b"
    rf"|\b(?:video|clip)\s+will\s+(?:start|play|begin)\s+in\s+\d+|\bin\s+\d+\s+(?:seconds?\s+)?cancel\b"
    rf"|\(\s*\d{{1,2}}\s*:\s*\d\d\s*\)"
    rf"|\baverage\s+(?:user\s+|customer\s+)?rating\s*:\s*\d[\d.]*(?:\s+\d+\s*-\s*\d+)?"
    rf"|\[\s*(?:[^\[\]:.!?]{{1,40}}:\s*)?(?:the\s+)?{_N}\s+(?:most\s+\w+|\w+est|(?:\w+\s+)?{_LISTED})\b"
    rf"|{_BRACKETED_LINK}|{_QUOTE}|{_VIEWS}",
    re.I)
# a page's label that opens a link or a graphic's headline inside the running text ("graphic:
# nine decades of ...", "Related: 3 officers killed in 2 months", "Related photos: 20 essential
# songs"): a number that follows
# within the headline's length, before any sentence's end, belongs to the link, not the story.
# Not a gallery's "Photos:", which opens each of its captions ("Hide Caption 12 of 40 Photos:
# <gallery title> Hundreds of farmers rally ..."), and a caption's figures are read; but a
# bracket opened by it is a link set into the text ("( photos: 12 senators who ... )"), as one
# opened by "also on <site>:" is, and so is what follows "editor's picks"; a player's list of
# clips opens with "now playing:" ("latest sfgate videos now playing: now playing large fire
# shuts down i-580 ..."), one headline after another
_LINK_LABEL = re.compile(r"(?:(?:^|(?<=[\s.\"”]))(?:graphics?|related(?:\s+(?:photos?|videos?|articles?|"
                         r"stories|links?|coverage|content))?|read\s+more|"
                         r"see\s+also|interactive|also\s+on\s+[\w.]+|video|now\s+playing)"
                         r"|\(\s*(?:photos?|videos?|pictures?|watch))\s*:\s"
                         r"|(?:^|(?<=[\s.\"”]))editor\s?['’]?\s?s\s+picks?\s", re.I)
_LINK_REACH = 90
# the same label without its colon, when a link's headline opens with a number and the page's
# text ran it into the story ("Related 5 worst treatments for migraine", "Related two injured
# in stabbing at sony music office"): only where it opens the sentence
_RELATED = re.compile(rf"^\W*related\s+(?={_N}\b)", re.I)
# a news site's video headline left in the text: "Must watch" opens it and the clip's running
# time closes it ("Must watch thousands of crabs washing up on california beaches 01: 16
# domoic acid is ..."); the story's sentence may run on after the time, so only the numbers
# between the two are the clip's
_MUST_WATCH = re.compile(r"(?:^|(?<=\.\.\.\s)|(?<=\.\s))\W*must\s+watch\s[^.!?]{0,150}?\d{1,2}\s?:\s?\d\d\b", re.I)
# the time stamp that opens each headline of a live ticker ("3: 48 pm police arrest five men
# ( reuters ) 3: 17 pm ..."), a page's list of other stories run together when its lines were
# lost: three in one sentence, none after a word that places an event at that time ("at 9: 10
# pm", "by 9: 40 pm": a story's own timeline, whose figures stay)
_TICKER_STAMP = re.compile(r"(?<!\bat\s)(?<!\bby\s)(?<!\bto\s)(?<!\buntil\s)(?<!\bafter\s)"
                           r"(?<!\bbefore\s)(?<!\bfrom\s)(?<!\babout\s)(?<!\baround\s)(?<!\band\s)"
                           r"(?<![\d:])\b\d{1,2}\s?:\s?\d\d\s?[ap]\.?\s?m\b", re.I)
# a paragraph a sponsor paid for, as newsletters and pages label it at its start ("** A
# message from Walmart: ...", "Sponsored content", "Paid for by ..."): the advertiser's
# figures, not the story's, however many sentences the paragraph runs to
SPONSORED = re.compile(r"^\W*(?:a\s+message\s+from\s+[^:.]{1,40}:|sponsored\s+(?:by|content)\b|"
                        r"paid\s+(?:for\s+by|post|content)\b|brought\s+to\s+you\s+by\b|"
                        r"partner\s+content\b|advertisement\b)", re.I)
# the lines of a weather widget left in the page: "Winds WSW at 5 to 15 mph.", "Chance of
# rain 60%.", "High 68F.": a forecast's readings, never the story's
FORECAST = re.compile(
    r"^\s*(?:winds?\s+(?:[NSEW]{1,3}|calm|light|variable)\s+(?:at|around|\d)|"
    r"chances?\s+of\s+(?:rain|snow|showers|precipitation|thunderstorms|storms)\s+\d|"
    r"(?:high|low)s?\s+(?:near\s+|around\s+|of\s+)?-?\d+\s*(?:°|F\b|C\b|degrees))", re.I)
# an escaped character in a page's text: "&#124;" (a bar), "&#8217;"
_REFERENCE = re.compile(r"&#x?[\da-f]+;?$", re.I)


def reference_mark(ent) -> bool:
    """A bare number alone in square brackets, "[ 6 ]" or "[6]": an encyclopedia's note mark
    copied with its text. An editor's insertion in brackets is words ("[ percent ]"), and a
    count in brackets has its noun inside ("[ 10 things ... ]")."""
    doc = ent.doc
    return len(ent) == 1 and ent[0].text.isdigit() and ent.start > 0 and ent.end < len(doc) \
        and doc[ent.start - 1].text == "[" and doc[ent.end].text == "]"


def character_reference(ent) -> bool:
    """The code of an escaped character the page left in its text ("Sanaa &#124; sanaa"):
    markup, no number the report writes."""
    text = ent.doc.text
    return bool(_REFERENCE.match(text[max(0, ent.start_char - 2):ent.end_char + 1]))


# the verbs a recipe's steps open with, in the imperative
_RECIPE_VERBS = {"add", "bake", "beat", "blend", "boil", "broil", "brush", "chill", "chop", "combine",
                 "cook", "cover", "discard", "divide", "drain", "fold", "form", "fry", "grill",
                 "heat", "knead", "mix", "place", "pour", "preheat", "roast", "roll", "season",
                 "serve", "shape", "simmer", "slice", "spread", "sprinkle", "stir", "transfer",
                 "whisk"}
_RECIPE_STEP = re.compile(r"(?:^|[.!?:]\s+)(?:to\s+serve\s*:\s*)?(" + "|".join(sorted(_RECIPE_VERBS)) + r")\s",
                          re.I)


def recipe_step(ent) -> bool:
    """A number in a recipe's step ("Divide the beef into 12 patties.", "Bake 10 to 15
    minutes."): a page that prints a recipe opens three or more sentences with a cook's
    imperative, and a number in a step that opens so is a quantity of the dish, not of the
    story. One imperative alone ("Place 40 officers on the bridge," a chief ordered) is no
    recipe."""
    doc, sent = ent.doc, ent.sent
    if not _RECIPE_STEP.match(sent.text.lstrip()) and not any(
            m.start() < ent.start_char - sent.start_char for m in _RECIPE_STEP.finditer(sent.text)):
        return False
    steps = doc.user_data.get("recipe_steps")
    if steps is None:
        steps = doc.user_data["recipe_steps"] = len(_RECIPE_STEP.findall(doc.text))
    return steps >= 3


def in_page_furniture(ent) -> bool:
    """Whether the number stands inside a span of page furniture (``_FURNITURE``) or in the
    headline a page label opens (``_LINK_LABEL``)."""
    sent = ent.sent
    start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
    text = sent.text
    if any(m.start() < end and start < m.end() for m in _FURNITURE.finditer(text)):
        return True
    if any(m.start() < end and start < m.end() for m in _MUST_WATCH.finditer(text)):
        return True  # "Must watch thousands of crabs washing up ... 01: 16": a clip's headline
    if len(_TICKER_STAMP.findall(text)) >= 3:
        return True  # "3: 48 pm police arrest five ... ( reuters ) 3: 17 pm ...": a live ticker
    related = _RELATED.match(text)
    if related and related.end() <= start <= related.end() + _LINK_REACH \
            and not re.search(r"[.!?]\s", text[related.end():start]):
        return True  # "Related 100 greatest tv shows of all time from ...": a link's headline
    for m in _LINK_LABEL.finditer(text, 0, start + 1):
        bracketed = m.group().startswith("(") or text[:m.start()].rstrip().endswith("(")
        stop = r"[.!?]\s|\)" if bracketed else r"[.!?]\s"  # a bracketed link ends at ")"
        if m.end() <= start <= m.end() + _LINK_REACH and not re.search(stop, text[m.end():start]):
            return True
    return False


def percent_row(ent) -> bool:
    """A percent in a run of four or more with nothing but spaces, brackets or "median"
    between ("percentile 10 % 25 % 50 % ( median ) 75 % 90 %"): a table's row or its column
    heads, whose meaning was in the layout the page's text lost. Prose that lists shares
    puts a comma or a word between them ("rose 10%, 12%, 15% and 20%") and stays."""
    doc = ent.doc
    run: list = []
    for e in (e for e in ent.sent.ents if e.label_ == "PERCENT"):
        if run and not all(_row_filler(t) for t in doc[run[-1].end:e.start]):
            if run[0].start <= ent.start < run[-1].end:
                break
            run = []
        run.append(e)
    return len(run) >= 4 and run[0].start <= ent.start < run[-1].end


def table_row(ent) -> bool:
    """A bare number in a run of six or more, each after a short label of words and nothing
    else ("panama 61 costa rica 44 denmark 40 austria 39 brazil 39 el salvador 37 ...",
    "naples-immokalee-marco island, fl 66.3 barnstable town, ma 66.2 santa cruz-watsonville, ca
    65.9 ..."): a table of places or names and their values whose rows the page's text ran
    together; each number is one row's cell, not a figure the report states, and a run of them
    would fill the figures table with one line a row. Prose that gives such values writes a verb,
    a unit or a sentence's end between them ("Romney has 37 %, Santorum 19 %"), and a run of
    five or fewer (a poll's candidates) stays."""
    doc, sent = ent.doc, ent.sent
    if not _bare(ent):
        return False
    cells = [e for e in sent.ents if _bare(e)]
    run: list = []
    for e in cells:
        if run and not _row_label(doc[run[-1].end:e.start]):
            if run[0].start <= ent.start <= run[-1].start:
                break
            run = []
        run.append(e)
    return len(run) >= 6 and run[0].start <= ent.start <= run[-1].start


def _bare(ent) -> bool:
    """A number alone: digits (a decimal point or thousands' commas allowed), no unit, sign
    or word in its entity."""
    return len(ent) == 1 and bool(re.fullmatch(r"\d[\d,]*(?:\.\d+)?", ent.text))


# words a cell's value is followed by in prose, which no row's label opens with ("987 for
# Jones", "40 of them", "12 percent"), and a clause's verbs, which no label holds
_NOT_LABEL_START = {"for", "of", "to", "by", "in", "on", "at", "from", "with", "and", "or", "per",
                    "percent", "times", "more", "less", "than", "a", "an"}
_CLAUSE_WORDS = {"is", "are", "was", "were", "be", "been", "has", "had", "have", "will", "would",
                 "said", "says", "say", "could", "can", "may", "might", "did", "does", "do"}


def _row_label(tokens) -> bool:
    """What may stand between two cells of a row: one to six words naming the next row (a
    place, a name, a state's abbreviation, with commas, hyphens or an escaped "&" between),
    no number, no clause's verb and no sentence's end; not opened by a word that carries a
    value in prose ("987 for Jones"), and closed by a word, as a row's name stands right before
    its value (a list of counts puts a comma or "and" there: "12 men, 15 women"). Lower-cased
    text tags many places as verbs ("denmark", "sweden"), so the words are read, not the
    tags."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("amp", "&")]
    if not 1 <= len(words) <= 6 or tokens[0].lower_ in _NOT_LABEL_START:
        return False
    if not tokens[-1].is_alpha or tokens[-1].lower_ in ("and", "or", "nor", "but"):
        return False  # "12 men, 15 women and 9 children": counts listed, each before its noun
    if any(t.like_num or t.lower_ in _CLAUSE_WORDS for t in words):
        return False
    return not any(t.text in (".", "!", "?", ":") or (t.text == ";" and t.i > 0
                                                      and t.doc[t.i - 1].lower_ != "amp")
                   for t in tokens)


def _row_filler(token) -> bool:
    """What a table row's percents may have between them once the layout is lost."""
    return token.text in ("(", ")", "[", "]") or token.lower_ in ("median", "mean")
