"""Page furniture and duplicate removal.

News text scraped from the web carries lines that are not reporting: copyright notices,
syndication credits, help-desk footers, related-story headlines and section subheads between
paragraphs, photo credits, comment widgets, web-archive notices. They are removed by general
rules about what such lines look like (no sentence punctuation, a credit or notice pattern),
never by listing the lines of any particular article. A photo caption is kept, its credit cut.
Removed lines are kept on the article, so nothing disappears without a trace.
"""

from __future__ import annotations

import bisect
import hashlib
import re

from .dates import MONTH_NAME
from .model import Article, input_label, word_count

# a web archive's note on how a collection was crawled, which Multi-News keeps as a whole
# document ("Focused crawls are collections of frequently-updated webcrawl data", "The seed
# for wide00014 was: ... up to a maximum of 100 most highly ranked urls per domain", "Crawl
# of outlinks from wikipedia.org ... the seed list was built from all 865 collections"): the
# archive's names, a crawler's words ("webcrawl", "seedlist", a crawl named "wide" and five
# digits, crawls performed or collected, the seed of a crawl) or the note's "currently not
# publicly accessible" (not "the bar crawl was started by students")
_CRAWL_WORDS = (
    r"crawl data|wayback machine|internet archive|alexa internet|"
    r"\bwebcrawl|\bseedlist\b|\bwide\d{5}\b|\bcrawls?\s+(?:(?:was|were|is|are)\s+)?(?:performed|part\s+of"
    r"\s+an\s+effort|collections?)\b|\bcrawls?\s+of\s+(?:outlinks|online\s+resources)\b|"
    r"\bseed\s+for\s+this\s+crawl\b|\b(?:data|files)\s+(?:is|are)\s+currently\s+not\s+publicly\s+accessible")
CRAWL_NOTE = re.compile(_CRAWL_WORDS, re.I)
_NOTICE = re.compile(
    r"(^\s*(©|\(c\)\s|copyright\b)|all rights reserved|^\s*(news\s+)?courtesy\b|"
    r"^\s*(source|photo|image|picture|video|credit|caption|file photo|related|read more|see also|"
    r"advertisement|sponsored|listen|watch)\s*:|"
    r"if you experience technical problems|^\s*(sign up|subscribe|follow us|share this|click here|"
    r"post a comment|no comments|comments?\s*\(\d+\))|"
    r"image (copyright|caption)|enlarge (this )?image|getty images|\bap photo\b|reuters/|afp photo|"
    r"\((photo|image|picture)s? (by|credit|courtesy)|"
    + _CRAWL_WORDS + "|"
    r"this (material|article) may not be published|javascript (is )?(disabled|required)|"
    r"your browser does not support|we use cookies|accept cookies)",
    re.I,
)
# A line that credits the reporting or the page rather than reporting: contributor lines ("Ruth
# Nolan contributed to this report.", "Contributing: Dana Brook in Dayton, Ohio.", "—With
# assistance from ...", "(Additional reporting by ...)"), reprint notices ("This article is
# republished by arrangement with ...", "Original article on <site>."), newsletter pitches
# ("Want updates like this sent right to your inbox? Sign up today for the ... newsletter!")
# and follow/click prompts ("Follow James on Twitter.", "Click for more from Navy Weekly."). Their
# names are bylines, not people in the story, and the pitches are no one's claims.
_CREDIT_LINE = re.compile(
    r"\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\b[^.]{0,60}\.?\s*$"
    r"|^\W*(?:contributing|additional reporting|with (?:additional )?(?:reporting|assistance) from|"
    r"(?:reporting|writing|editing) by)\b"
    r"|^\W*(?:this (?:article|story|piece) (?:is|was) )?(?:reproduced|republished|reprinted)\b.{0,40}"
    r"\b(?:permission|arrangement)\b"
    r"|^original (?:article|story) (?:on|at|from)\b"
    r"|\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox)\b|\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b"
    r"|delivered (?:straight )?to your inbox"
    r"|^follow\b.{0,60}\bon (?:twitter|facebook|instagram)\W*$"
    r"|^click (?:here|for)\b",
    re.I,
)

# A photo's credit and the page's caption label are page furniture; the caption they frame is
# not. A caption tells what a photo shows and when ("Damaged Red Cross ... medical supplies lie
# inside a warehouse ..., Syria September 20, 2016.", "Radio host Ellen Marsh speaks on May
# 4, 2016, in Chicago. Photographer: ..."), and a careful reader dates events and reads
# figures from it ("Image caption The crossing took the rowers 40 days"), so the label and the
# credit are cut and the caption judged like any other line. A credit counts only at the
# line's edges: after a sentence's end or alone; one inside a short line is a link card's and
# still makes the line a notice (``_NOTICE``), one inside a paragraph cuts only its sentence
# (``cut_inner_furniture``).
_CAPTION_LABEL = re.compile(r"^(?:Image copyright\s+(?:(?!Image caption)\S+\s+){1,6})?Image caption\s+(?=\S)")
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\"”’)])\s+(?:"
    r"(?:Photographer|Photograph|Photo|Picture|Image|Credit)s?(?:\s+by)?\s*:\s*\S.{0,80}"  # "Photographer: Lee Carver/Getty Images for Forbes/Media Inc."
    r"|[A-Z]{2,}/[A-Z][^\s/]*(?:[ /][A-Z][^\s/]*){0,4}"  # "REUTERS/Ana Ruiz", "REUTERS/Tom Hale/Handout"
    r"|\((?:AP|AFP|Reuters|Associated Press|Getty Images)(?:[ /][^()]{0,40})?\)"  # "(AP Photo/Evan Vucci)", "(AP)"
    r"|[^.!?]{1,40}/(?:Getty Images|AP|AFP)(?:\s+for\s+\S.{0,40})?"  # "Lee Carver/Getty Images for Forbes"
    r")\s*$")


def strip_credits(line: str) -> tuple[str, str | None, bool]:
    """The line without its caption label and trailing photo credit, what was cut (or None),
    and whether a caption label said the rest is a caption."""
    cut: list[str] = []
    label = _CAPTION_LABEL.match(line)
    if label:
        cut.append(label.group(0).strip())
        line = line[label.end():]
    credit = _TRAILING_CREDIT.search(line)
    if credit and credit.start() > 0:
        cut.append(credit.group(0).strip())
        line = line[:credit.start()].rstrip()
    return line, " ".join(cut) or None, bool(label)


# Wire photo captions end with "<place>, <Country> <Month> <day>, <year>."
_CAPTION_DATELINE = re.compile(rf",\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*,?\s+{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$")
# a sentence's end, its closing quotation marks and brackets after it, spaced or not: scraped
# quotations often keep a space before the closing mark ("There was blood. \"")
# a sentence's end in any script: the full stop, ! and ? of Latin text, the ideographic and
# full-width ones of Chinese and Japanese, the danda of Hindi, Urdu's full stop, Arabic's
# question mark, Ethiopic's full stop (a Chinese report, none of whose lines ended in ".", was
# all "headline-like lines" and dropped)
_SENTENCE_END = r"[.!?…。！？｡।॥۔؟።](?:\s*['\"”’)\]）」』])*"
_TERMINAL = re.compile(_SENTENCE_END + r"\s*$")
# where one sentence of a line ends and the next begins, or a bracket closes: a wire credit
# sits in brackets between a caption and the story ("... march 25, 2018. ( ap photo/andrew
# medichini ) vatican city ( ap ) — pope francis on sunday urged ...") (see
# ``cut_inner_furniture``)
_SENTENCE_BREAK = re.compile(r"(?<=\S)(?:" + _SENTENCE_END + r"|\s?[)\]])\s+(?=\S)")
# Thai and Lao end a sentence with a space, no mark: a line in them has no stop to miss, and
# every short paragraph of a Thai report was cut as a headline until none was left
_STOPLESS_SCRIPT = re.compile("[\u0e00-\u0eff]")
# an embedded post ends with its author and stamp, not with a full stop: "Country over Party
# pic.twitter.com/... — Dana Pratt (@DanaPratt) March 8, 2018" is a short post, not a subhead.
# A page may print its report button after the stamp ("... June 21, 2018 Report"). (A photo
# post's own stamp line, "A post shared by Name (@handle) on Oct 3, 2018 at 2:51pm PDT", kept
# too, lowered the validation batch's timeline recall by one date: it stays removed, where the
# anchors still read it.)
_POST_STAMP_END = re.compile(rf"\(@\w{{1,30}}\)\s+{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}(?:\s+Report)?\s*$")
# a quotation or clause closed by its attribution, a line of reporting whose full stop the page
# lost: "\"It's a shame that the vote was lost,\" he said", "..., the spokesman Dan Ortega
# says", "\"She is resting comfortably now,\" Ortega says Monday morning". A headline puts
# the verb after its subject at the start ("Mayor says bridge will reopen ..."), not at the end
_SAID_END = re.compile(r"[,\"”]\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|told\s+\w+|added|adds|asked|asks|wrote|writes)"
                       r"(?:\s+[\w'’-]+){0,2}\s*$")


def _stopless(text: str) -> bool:
    """Whether most of the line's letters are of a script that ends sentences with no mark."""
    letters = sum(c.isalpha() for c in text)
    return bool(letters) and len(_STOPLESS_SCRIPT.findall(text)) * 2 >= letters


# A line this long is a paragraph, or a whole document given as one line (Multi-News, JSONL or
# API text without line breaks), not a notice: on Multi-News train, 11,414 documents of 60 words
# or more were dropped whole for a photo credit or caption label glued inside ("... in Sydney,
# September 15, 2009. Reuters/Tim Wimborne San Francisco the latest novel ..."; ten read at
# random, all reports); the notices and credits of a page that keeps its lines are shorter
# (in the tuning pages two lines of 60 words or more held one: a report's opening glued to
# a link card, and a newsletter widget).
_PARAGRAPH_WORDS = 60


def cut_inner_furniture(line: str) -> tuple[str, list[str]]:
    """The line without the sentences that are furniture, when it is long enough to be a
    paragraph or a whole document and a notice or credit lies inside it, and what was cut.

    ``furniture_reason`` judges a line whole, so a credit anywhere in a one-line document threw
    the document away. Split at its sentence ends and closing brackets, each piece is judged
    by the same notice and credit rules: the piece holding the credit or caption label goes
    (with the words glued to it before the next full stop), the reporting stays. A piece that
    is no sentence of its own ("the company ( based in ohio )") lacks a stop by the split, not
    by being a headline, so the headline rule is not applied to pieces. A web archive's crawl
    note (``CRAWL_NOTE``) is no report at any length and stays whole, to be dropped."""
    if (word_count(line) < _PARAGRAPH_WORDS or furniture_reason(line) not in ("notice", "credit")
            or CRAWL_NOTE.search(line)):
        return line, []
    kept: list[str] = []
    cut: list[str] = []
    start = 0
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(line)] + [len(line)]
    for end in ends:
        piece, credit, _ = strip_credits(line[start:end].strip())
        start = end
        if credit:
            cut.append(credit)
        if not piece:
            continue
        if furniture_reason(piece) in ("notice", "credit"):
            cut.append(piece)
        else:
            kept.append(piece)
    # a pitch may run across a sentence end ("Get the biz briefing newsletter! the latest li
    # business news in your inbox"): the pieces the whole-line match spans go together. Every
    # match of a pass is cut at once, and passes repeat only while cutting joins new neighbours
    # into a match: one match cut per pass re-read the whole line each time, so a 139,000-word
    # line with 1,600 pitches took six minutes
    while kept:
        text = " ".join(kept)
        starts, ends, at = [], [], 0
        for piece in kept:
            starts.append(at)
            ends.append(at + len(piece))
            at += len(piece) + 1
        inside: set[int] = set()
        for pattern in (_NOTICE, _CREDIT_LINE):
            for m in pattern.finditer(text):
                lo, hi = m.start(), max(m.end(), m.start() + 1)
                ks = range(bisect.bisect_right(ends, lo), bisect.bisect_left(starts, hi))
                ks = [k for k in ks if k not in inside]
                if ks:
                    cut.append(" ".join(kept[k] for k in ks))
                    inside.update(ks)
        if not inside:
            break
        kept = [piece for k, piece in enumerate(kept) if k not in inside]
    return " ".join(kept), cut


def furniture_reason(line: str) -> str | None:
    """Why a line of page text is not reporting, or None when it is."""
    text = line.strip()
    if not text:
        return None
    if _NOTICE.search(text):
        return "notice"
    if _CREDIT_LINE.search(text):
        return "credit"
    words = text.split()
    if not _TERMINAL.search(text) and not _stopless(text) and word_count(text) <= 16 \
            and not _POST_STAMP_END.search(text) and not (len(words) >= 5 and _SAID_END.search(text)):
        return "headline-like line"  # subheads, related-story links, widget labels
    if text.endswith("?") and re.search(r":\s*[^\s\"“]", text) and len(words) <= 10:
        return "headline-like line"  # "Ceasefire deal: What happens next?", not 'Mike asked: "Do ...?'
    if re.fullmatch(r"[\W\d_]+", text):
        return "no words"
    return None


# Wire datelines and credits that open a story: "(CNN) ", "WASHINGTON (Reuters) - ",
# "LIMA, Peru— ", "PRETORIA/KHARTOUM, ". They name the desk, not the news.
_DATELINE = re.compile(
    r"^(?:\((?:[A-Z][\w.&' ]{1,20})\)\s*[-—–:]?\s*"
    r"|[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\([\w.&' ]{2,20}\))?\s*[-—–]+\s*"
    r"|[A-Z]{3,}(?:/[A-Z]{3,})+,\s+)(?=[A-Z\"“‘'])"
)


def strip_dateline(line: str) -> tuple[str, str | None]:
    """The line without its opening dateline or credit, and what was cut (or None)."""
    m = _DATELINE.match(line)
    if not m or len(line) - m.end() < 20:
        return line, None
    return line[m.end():], m.group(0).strip()


# A sentence that introduces a list ends with a colon: "Compared with taking no exercise a week,
# it found:", "Ruiz said staff have logged hundreds of hours on the audit so
# far, including:". Its items carry no full stop ("30 minutes cut the risk of stroke by 6%, while 90
# minutes cut the risk by 11%", "a 17 per cent lower risk of kidney disease"), so line by line they
# look like subheads; read after their lead-in they are reporting. A page's own lead-ins are
# short ("You may also like:", "Related Posts:", "READ MORE:") or point at the page ("Check out
# ... in the video below:"): they open no list. A word joined to the one before it by a hyphen
# is part of an adjective, not a pointer ("the storm-related closures announced so far include:")
_LEAD_IN_WORDS = 6
_PAGE_LEAD_IN = re.compile(
    r"^(?:check out|watch|see|click|read|follow|sign up|subscribe|share|listen|more)\b|"
    r"(?<![\w-])(?:below|above|here|related|you may|also like|newsletter|gallery|stories)\b", re.I)
_BULLET = re.compile(r"^([•·▪●◦*–-])\s+\S")


_HIGHLIGHT_WORDS = 8


def _highlight(line: str) -> bool:
    """Is this unpunctuated line shaped like a sentence of a summary list ("Three teens are among
    the 14 killed, and six other people were hurt")? Eight words or more, in
    sentence case: a headline capitalises most of its words ("Woman Found Living in Shed After
    Ohio Man Hears Knocking Below"), a subhead or a link is shorter, a related link is set in
    brackets or opens with its kicker ("EU official: Hungary must honour the ruling")."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(words) < _HIGHLIGHT_WORDS or line.isupper() or _TERMINAL.search(line):
        return False
    if re.match(r"\W|[^:]{1,30}:\s", line):  # "[Related headline]", "U.N. official: South Africa must ..."
        return False
    return sum(w[0].isupper() for w in words) <= len(words) / 2


# a word of saying in a lead-in: a line with none ('My personal favourite quip:') names no
# source, and the quotation under it goes on with the one who has the floor
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|tweeted|tweets|posted|posts|"
                     r"reports|reported|added|adds|stated|states|reads|read|noted|notes|"
                     r"explained|explains|announced|announces|declared|declares|replied|replies|"
                     r"responded|responds|statement)\b", re.I)


def _quote_lead_in(line: str, following: list[str]) -> bool:
    """Does this short line close on a colon right above a line that opens with a quotation
    mark ('Politico reports:', 'Trump tweeted:', 'He said in a statement:')? A blog or round-up
    sets a block quotation off under the line that names its source; cut as a subhead, that line
    took the quotation's speaker with it (a BASIL tuning story's 'Politico reports:'). The line
    holds a word of saying (``_SAYING``); a page's own labels point at the page ("Related:",
    "READ MORE:"), not at a quotation."""
    after = next((x.strip() for x in following if x.strip()), "")
    return (line.endswith(":") and after[:1] in "\"“‘'" and bool(_SAYING.search(line))
            and not line.isupper() and not _NOTICE.search(line) and not _PAGE_LEAD_IN.search(line))


def _lead_in(line: str) -> bool:
    """Does this line introduce a list of reporting (a sentence ending with a colon)?"""
    return (line.endswith(":") and len(line.split()) >= _LEAD_IN_WORDS and not line.isupper()
            and not _NOTICE.search(line) and not _PAGE_LEAD_IN.search(line))


# A news site's link card pasted into the sentence after the name it links: "Paul Hollis
# Paul Andrew HollisHollis: Hale was joking when ... Anger mounts over school closure
# plan MORE said on Tuesday": the full name, glued to the next headline's opening name and
# its colon, the headlines, then "MORE". The name as the sentence gives it stays.
_LINK_CARD = re.compile(r"(?P<name>[A-Z][\w'’-]+)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?P=name)"
                        r"(?=[A-Z][^\n:]{0,40}:)[^\n]*?\bMORE\b")


def strip_link_cards(line: str) -> tuple[str, list[str]]:
    """The line without the link cards set into it (see ``_LINK_CARD``), and what was cut."""
    cut: list[str] = []

    def keep_name(m: re.Match) -> str:
        cut.append(m.group(0)[len(m.group("name")):].strip())
        return m.group("name")

    return _LINK_CARD.sub(keep_name, line), cut


# A page's "read on" marker set between two paragraphs ("Story continued below", "Article
# continues below", "( story continues below. )", "Advertisement - Continue reading below",
# "Continue reading the main story") and the label of a page's summary lines ("Story
# highlights"): Multi-News keeps a page as one line, so the marker opens the next sentence with
# no stop of its own. "Story continued below" then reads as a subject and a verb of saying
# ('Story continued below "Today's settlement is a stunning reversal," Schneiderman said'
# credited "Story"), "Story highlights Woman: ... says" likewise, and the others glue a clause to
# the sentence after them. In the 44,891 Multi-News train clusters: 990 "story continued
# below", 1,847 "story highlights", 1,600 other markers, 250 of them before a quotation; in 60
# clusters with a marker, 15 quotations credited "Story" (1 after). An ad slot's bare
# "Advertisement" is cut there too (2,100 in the train clusters, before "the", a quotation,
# "continue reading", "in", "but"; none before "revenue", "campaign", "was": 'Advertisement ior
# press officer max hohenberg said' credited "Advertisement"). Only a marker standing where a
# sentence starts is cut, so "the story continued below the fold" and "The advertisement ran"
# stay.
_READ_ON = re.compile(
    r"(^|[.!?:;\"”’)\]]\s*)"
    r"(?:(?:\(\s*)?(?:(?:advertisement\s*[-–—:]?\s*)?"
    r"(?:(?:story|article)\s+continue[sd]?\s+below|continue\s+reading\s+(?:below|the\s+main\s+story)"
    r"|story\s+highlights)|advertisement)(?:\s*\.?\s*\))?(?=\s|$)\s*)+", re.I)


# A photo's credit in brackets after its caption ("( Photo: Rick Bowmer, AP )", "( photo: getty
# images ) buy photo"): USA Today pages set it between the caption and the story, with no stop
# on either side, so the photographer became a person of the story ("The Utah House of
# Representatives ( Photo: Rick Bowmer, AP ) A Utah lawmaker apologized ... He said" credited
# Rick Bowmer) and the caption ran into the first sentence. 3,050 such credits in 2,806 of the
# 44,891 Multi-News train clusters. The credit goes and the caption's end becomes a stop.
_BRACKET_CREDIT = re.compile(
    r"\s*\(\s*(?:photo|image|picture|video)s?\s*(?:by|credit|courtesy)?\s*:\s*[^()]{1,80}\)"
    r"(?:\s*buy\s+photo\b)?\s*", re.I)


def strip_glued_furniture(line: str) -> tuple[str, list[str]]:
    """The line without the furniture a page glues to its sentences with no stop of its own (the
    read-on markers of ``_READ_ON``, the bracketed photo credits of ``_BRACKET_CREDIT``), and
    what was cut. The sentence after a cut starts there: its first letter takes a capital
    (Multi-News capitalises only a sentence's first word), and a caption the credit ended
    gets a full stop."""
    cut: list[str] = []

    def keep_stop(m: re.Match) -> str:
        cut.append(m.group(0)[len(m.group(1)):].strip())
        return m.group(1) + "\0"

    def credit_stop(m: re.Match) -> str:
        before = m.string[:m.start()].rstrip()
        cut.append(m.group(0).strip())
        if not before or not m.string[m.end():].strip():
            return " " if before else "\0"
        return (" " if re.search(r"[.!?:;\"”’)\]]$", before) else ". ") + "\0"

    text = _BRACKET_CREDIT.sub(credit_stop, _READ_ON.sub(keep_stop, line))
    text = re.sub("\0(\\w)?", lambda m: (m.group(1) or "").upper(), text)
    return text.strip(), cut


# Numbers a word tokenizer split apart, as corpora built for NLP (ECB+) store their text:
# "120, 000 people", "$1, 099", "a magnitude-5. 9 quake", "2. 7GHz". Read as written, the
# sentence splitter ended a sentence at "2." and the NER read "1" and "099" (or "9") as two
# numbers, so the figure a report gives was lost or became another. A thousands group is three
# digits after a comma and a space, never after a month and its day ("May 5, 200 people"); a
# decimal is one or two digits after one to three, a full stop and a space, never after a score
# ("3-2. 10 minutes later") or another number's digits. In the tuning texts every such join was
# a number of the report (49 thousands, 80 decimals in eight ECB+ stories), and the BASIL and
# Multi-News tuning texts, written normally, hold none.
# A full stop after a number also ends a sentence, and the next may open with a number: "The
# toll rose to 45. 12 of them were children.", "( pg-13. 129 minutes.", "off 435. 436. The
# clerk", "Update #2. 5: 45 p.m.", "victims, ages 16 and 12. 1/14/2016", "investigate 9/11. 9/11
# was" (Multi-News texts). Joined, they gave 45.12 children and a 13.129-minute film. No split
# decimal of the ECB+ stories (about 250) has three digits after the stop, a time's colon or a
# date's slash on either side, or "of" after it (a part counted: "12 of them"), so none of
# these is joined.
_SPLIT_THOUSANDS = re.compile(r"(?<![\w,.])\d{1,3}(?:, \d{3})+(?!\d)")
_SPLIT_DECIMAL = re.compile(r"(?<![\w.,/])(?<!\d-)(\d{1,3})\. (\d{1,2})(?![\d:/]|,\d| of\b)")
_MONTH_DAY_BEFORE = re.compile(rf"\b{MONTH_NAME}\.?\s+$")


def join_split_numbers(line: str) -> str:
    """The line with its tokenizer-split numbers written whole ("120, 000" -> "120,000",
    "5. 9" -> "5.9"); see ``_SPLIT_THOUSANDS``."""
    if ", " in line:
        line = _SPLIT_THOUSANDS.sub(
            lambda m: m.group(0) if _MONTH_DAY_BEFORE.search(line, 0, m.start())
            else m.group(0).replace(", ", ","), line)
    if ". " in line:
        line = _SPLIT_DECIMAL.sub(r"\1.\2", line)
    return line


def clean_article(article: Article) -> Article:
    """Remove furniture lines, keeping the items of a list that a sentence introduces.

    A line that looks like a subhead on its own is a list item when it follows a lead-in
    (``_lead_in``) or another item without a full stop, or when it carries the same bullet
    mark as the line kept before it ("• To check targets every three years" after three longer
    bullets). A list ends at a line that ends a sentence, at a notice or caption, and at a line
    in capitals (a subhead: "REDUCING DISEASE RISK").

    Photo captions (a caption label or a photo credit cut, or a wire caption's closing place
    and date) are kept after the body, not where the page set them: a caption between a
    speaker's paragraphs ("Image caption Oceanwatch said the site was picked ...") would
    break the quotation that runs on from one paragraph to the next, and its present-tense
    description is no opening of the story.
    """
    kept: list[str] = []
    captions: list[str] = []
    in_list = False
    last = ""  # the last line kept
    previous = ""  # the line before, kept or not ("" after a removed one)
    quoting = False  # the lines kept so far leave a quotation open
    if article.title:
        # a reader that takes a one-line page's first line for its title ("Story highlights
        # Woman: Protesters \"united,\" says ...") hands the title the same glued furniture;
        # the title's sentences are analysed with the body's
        title, markers = strip_glued_furniture(join_split_numbers(article.title))
        article.title = title or article.title
        article.removed.extend(markers if title else [])
    lines = article.text.split("\n")
    for j, line in enumerate(lines):
        text, inner = cut_inner_furniture(join_split_numbers(line.strip()))
        article.removed.extend(inner)
        text, markers = strip_glued_furniture(text)
        article.removed.extend(markers)
        if markers and not text:
            continue
        text, credit, captioned = strip_credits(text)
        if credit:
            article.removed.append(credit)
            if not text:
                continue
        reason = furniture_reason(text)
        if captioned and reason == "headline-like line" and len(text.split()) >= 4:
            reason = None  # a labelled caption is a description without a full stop
        if reason is None and (captioned or credit or _CAPTION_DATELINE.search(text)):
            text, cut = strip_dateline(text)  # "FILE - In this Sept. 3, 2013 file photo, ..."
            if cut:
                article.removed.append(cut)
            captions.append(text)
            in_list = False
            continue
        lead_in = _lead_in(text)
        if reason == "headline-like line":
            bullet = _BULLET.match(text)
            # a bulleted list's items all carry its mark: a short line without one after
            # them ("Most Read", "Comments") is the page's label, not the list's next item
            listed = in_list and (bullet or not _BULLET.match(last))
            if lead_in or (not text.isupper() and (
                    listed or (bullet and last.startswith(bullet.group(1) + " ")))):
                reason = None
            elif _highlight(text) and _highlight(previous) and len(previous.split()) > 16:
                reason = None  # the next of a page's summary sentences, none with a full stop
            elif quoting and _closed_soon(lines[j + 1:j + 5]):
                reason = None  # a short line of a quotation set one sentence a line
            elif _quote_lead_in(text, lines[j + 1:j + 3]):
                reason = None  # 'Politico reports:' over the block quotation it attributes
        if text:
            previous = "" if reason else text
        if text:
            in_list = (reason is None and lead_in) or (
                in_list and reason is None and not _TERMINAL.search(text))
        if reason:
            article.removed.append(text)
            continue
        line, cards = strip_link_cards(text)
        article.removed.extend(cards)
        if line and len(kept) - kept.count("") < 2:  # datelines open the first paragraphs only
            line, cut = strip_dateline(line)
            if cut:
                article.removed.append(cut)
        kept.append(line)
        last = line or last
        quoting = _leaves_open(line, quoting)
    article.text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept + [""] + captions)).strip()
    return article


def _leaves_open(line: str, quoting: bool) -> bool:
    """Whether a quotation is still open after ``line``, read with ``quoting`` as the state
    before it: straight marks alternate, curly ones say which they are."""
    for ch in re.findall(r"[\"\u201c\u201d]", line):
        quoting = (not quoting) if ch == '"' else ch == "\u201c"
    return quoting


def _closed_soon(lines: list[str]) -> bool:
    """Whether one of the next lines closes a quotation: a closing curly mark, or a straight
    mark after the words' last punctuation ('... and have fun. "', '..., " he said.')."""
    return any("\u201d" in ln or re.search(r"[.,!?]\s?\"", ln) for ln in lines)


def text_fingerprint(text: str) -> str:
    """The same words in the same order give the same fingerprint, whatever the spacing,
    case or punctuation, so a re-encoded or re-wrapped copy is still recognised: one brief
    drops such a copy (``clean_articles``) and the corpus store keeps one (``corpus.ingest``)."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def clean_articles(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """Clean every article; drop exact duplicates and articles with no reporting left.

    Returns the kept articles and one warning line per article dropped, so a caller can tell
    the user what happened to each input.
    """
    kept: list[Article] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for n, article in enumerate(articles, 1):
        given = article.path or article.title  # what the reader named it by
        # by its number, as the brief cites the kept ones and a reader's skip warning names an
        # input ("a2 (news/b.txt): skipped, ..."), and by what the reader named it: a path
        # alone named none of several articles read from one file ("in.jsonl: dropped, exact
        # duplicate of in.jsonl")
        label = input_label(article.id, given) if article.id else given or f"article {n}"
        lines = [line for line in article.text.split("\n") if line.strip()]
        clean_article(article)
        if word_count(article.text) < 3:
            # in any language alike: a report not in English is briefed with a note on its
            # language (``language.language_warning``), not dropped for it
            if len(lines) == 1 and furniture_reason(lines[0]) == "headline-like line":
                # a headline saved alone: "no reporting left after removing page furniture"
                # named what cleaning did, not what the input lacks (a line of notices, "All
                # rights reserved.", is furniture, no headline)
                warnings.append(f"{label}: dropped, one line only (a headline?), no article text")
            else:
                warnings.append(f"{label}: dropped, no reporting left after removing page furniture")
            continue
        fp = text_fingerprint(article.text)
        if fp in seen:
            warnings.append(f"{label}: dropped, exact duplicate of {seen[fp]}")
            continue
        # the copy kept is named the same way: "b.txt: dropped, exact duplicate of a.txt" left
        # a reader of a brief citing a1 and a3 to guess which of them a.txt was
        seen[fp] = label
        kept.append(article)
    return kept, warnings
