"""One way to name people, organisations and places across a cluster.

Quotes, claims and entities all ask the same questions of a name: is "Power" Samantha Power,
is "Brig. Gen. Yoav Mordechai" the person Yoav Mordechai, is CENTCOM US Central Command,
is "Russia's foreign ministry" the "Russian Foreign Ministry" another report names. They
are answered here, once per cluster (``names_of``), from the cluster's own entities: no
list of countries or institutions, only the titles and honorifics English puts before a
name, which are no part of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from .given_names import FEMALE_GIVEN, MALE_GIVEN

# Honorifics and ranks: they stand before a person's name whatever NER tagged it.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen",
              "lt", "col", "sgt", "capt", "maj", "adm", "rev", "sen", "rep", "gov", "brig",
              "cmdr", "cpl", "pvt", "spc", "sfc", "insp", "supt", "det", "hon", "fr", "st"}
# The offices abbreviated ranks and titles stand for: "Oregon Gov. Linda Marsh" is the one
# "the governor" means later, "Sen. Paul Hadley" the one "the senator" means (``_title_words``).
ABBREVIATED_OFFICES = {"gov": "governor", "sen": "senator", "gen": "general", "lt": "lieutenant",
                       "col": "colonel", "sgt": "sergeant", "capt": "captain", "maj": "major",
                       "adm": "admiral", "brig": "brigadier", "cmdr": "commander",
                       "insp": "inspector", "supt": "superintendent", "det": "detective"}
# Offices: before a person's name they are the person's role, not part of the name. (A
# "manager" or "commissioner" the NER took into a name printed "Manager T.R. Banks" for
# "General Manager T.R. Banks": T11 5 speakers right more, validation unchanged.)
OFFICES = {"professor", "general", "colonel", "captain", "major", "admiral", "president",
           "ambassador", "secretary", "minister", "senator", "governor", "mayor", "judge",
           "justice", "chancellor", "king", "queen", "prince", "princess", "pope", "father",
           "sheikh", "chief", "brigadier", "lieutenant", "sergeant", "commander", "sheriff",
           "inspector", "superintendent", "detective", "officer", "spokesman", "spokeswoman",
           "spokesperson", "director", "executive", "chairman", "chairwoman", "premier",
           "representative", "congressman", "congresswoman", "councillor", "councilman",
           "councilwoman", "attorney", "prosecutor", "coach", "bishop", "archbishop",
           "cardinal", "rabbi", "imam", "ceo", "trooper", "constable", "marshal", "warden",
           "magistrate", "lady", "emir", "sheik", "manager", "commissioner", "coordinator",
           "administrator", "treasurer"}
# Royal and religious styles: "King Abdullah", "Pope Clement", "Sheikh Faisal bin Nasser Al
# Marri" are how the person is known and written (a bare "Abdullah" or "Clement" is not), so
# the style nearest the name stays with it; an office before the style goes ("Saudi Arabia's
# Emir Sheik Faisal ..." -> "Sheik Faisal ..."), and ranks and offices still go ("Gen.",
# "President").
STYLES = {"king", "queen", "prince", "princess", "pope", "sheikh", "sheik"}
# Lower-case words inside a person's name ("Faisal bin Nasser", "Ludwig van Beethoven").
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "del", "van", "von",
                  "der", "den", "la", "le", "dos", "das"}
# Words that qualify an office ("Foreign Minister", "Deputy Sheriff") but, ending a run of
# titles, name an institution instead ("Foreign Ministry", "State Department").
OFFICE_QUALIFIERS = {"vice", "deputy", "prime", "foreign", "defence", "defense", "interior",
                     "state", "home", "health", "finance", "first", "acting", "former", "chief",
                     "assistant", "associate", "senior", "county", "district", "attorney"}
TITLES = HONORIFICS | OFFICES
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}
# Titles a report writes before a surname alone ("Mr Jan said", "Dr Abdullah", "Doctor
# Harris"): a person the report never names in full is known to a reader by that pair, the
# bare word being anyone's surname or given name (``Names.fullest``). Not "Sir", "Dame",
# "Lord", "Lady", which stand before a given name ("Sir Elton"), nor offices and ranks.
SURNAME_TITLES = PERSONAL_TITLES - {"sir", "dame"} | {"doctor", "prof", "professor"}
# Honorifics and ranks that stand only before a person ("Lt. Owen Brandt", "Sen. Hadley"):
# "St." also opens places and institutions ("St. Louis", "St. Mary's Hospital").
PERSON_HONORIFICS = HONORIFICS - {"st"}
# Job nouns that, standing right before a name as its modifier ("Defence lawyer Alain
# Delorme", "openly gay actor Rafe Collins-Hart"), say the name is a person's whatever the NER
# tagged it; nouns a company also goes by ("retailer", "carrier", "owner") are left out.
PERSON_ROLES = (OFFICES - {"general"}) | {
    "lawyer", "actor", "actress", "author", "writer", "singer", "historian", "scientist",
    "researcher", "economist", "geologist", "student", "teacher", "nurse", "doctor", "analyst",
    "expert", "resident", "witness", "neighbor", "neighbour", "official", "aide", "diplomat",
    "activist", "artist", "journalist", "reporter", "senator", "priest", "pastor"}
# Nouns for a person of a nation that are no adjective of it, so the NER tags them as it
# pleases ("the Briton" PERSON, "the Frenchman" ORG) and runs them into the name they stand
# before ("Frenchman Luc Moreau"): the English words themselves, no list of countries (the
# adjectives, "the Romanian", are tagged NORP and read as such).
DEMONYMS = {"briton", "brit", "englishman", "englishwoman", "scot", "scotsman", "scotswoman",
            "welshman", "welshwoman", "irishman", "irishwoman", "frenchman", "frenchwoman",
            "dutchman", "dutchwoman", "spaniard", "dane", "swede", "finn", "pole", "turk",
            "icelander", "kiwi", "aussie", "new zealander", "cornishman", "manxman"}
# those no one is named ("Finn Wolfhard", "Dane Cook", "Brit Marling" open with given names):
# only they are cut from before a name like a job ("Frenchman Luc Moreau")
NATION_TITLES = DEMONYMS - {"brit", "scot", "dane", "finn", "pole", "turk", "kiwi", "aussie"}
# Titles that say a person's gender; "Ms Power" and "she said" are the only gender evidence a
# name has (en_core_web_sm's morphology marks gender on pronouns, never on names).
GENDER_TITLES = {"mr": "M", "sir": "M", "king": "M", "prince": "M", "lord": "M", "father": "M",
                 "mrs": "F", "ms": "F", "miss": "F", "dame": "F", "queen": "F", "princess": "F",
                 "lady": "F", "madam": "F"}
# Nouns of a spouse that say a person's gender when they stand beside the name as its
# apposition ("his wife, Mary Pat"). Kin, gendered jobs and "man"/"woman" as well (and as
# modifiers, "actress Jane Doe") turned withheld far pronouns into wrong speakers: tuning
# precision 1226/1309 -> 1226/1310.
GENDER_NOUNS = {**{w: "F" for w in ("wife", "widow", "girlfriend", "fiancee")},
                **{w: "M" for w in ("husband", "widower", "boyfriend", "fiance")}}
# nouns for a body or a medium that, set beside a name ("his website, Infowars", "social network
# Twitter"), say the name is an organisation's (``organisation_evidence``)
ORGANISATION_NOUNS = {
    "company", "firm", "corporation", "giant", "startup", "maker", "manufacturer", "retailer",
    "website", "site", "network", "platform", "service", "newspaper", "paper", "magazine",
    "tabloid", "outlet", "publication", "channel", "station", "agency",
    "organization", "organisation", "group", "association", "union", "charity", "foundation",
    "institute", "university", "college", "school", "hospital", "bank", "airline", "carrier",
    "department", "ministry", "party", "league", "club", "team", "studio", "label",
    "watchdog", "nonprofit", "council", "committee", "court", "center", "centre"}
# the last word of an institution's name ("Eastfield Fire-Rescue Department", "Associated
# Press"), which no person's name ends in (not "Post", "Times", "Court": surnames too)
INSTITUTION_HEADS = {
    "department", "association", "committee", "council", "university", "institute",
    "foundation", "agency", "ministry", "commission", "center", "centre", "hospital", "college",
    "school", "party", "union", "corporation", "company", "network", "news", "press", "church",
    "league", "bureau", "office", "board", "authority", "administration", "academy", "society",
    "organization", "organisation", "inc", "ltd", "llc", "corp", "plc"}
# verbs whose "on X" names a medium ("wrote on Twitter", "appeared on Fox"), never a person
MEDIUM_VERBS = {"write", "post", "tweet", "say", "appear", "publish", "share", "announce",
                "comment", "speak", "tell", "broadcast", "air", "upload", "report", "ban",
                "suspend", "remove", "block"}
# a person noun whose "at X" names where the person works ("an executive at Google")
WORKER_NOUNS = {"executive", "engineer", "employee", "professor", "researcher", "scientist",
                "analyst", "economist", "editor", "reporter", "writer", "official", "spokesman",
                "spokeswoman", "spokesperson", "director", "manager", "lawyer", "doctor", "staff",
                "worker", "student", "teacher", "coach", "chief", "head", "partner", "fellow"}
# How a quote's speaker was found, strongest first (the "attribution" of a quote entry):
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script, after folding accents


def _words(text: str) -> list[str]:
    """The lower-case words of a text with their accents folded: "Rosselló" is one word,
    "rossello", as an article without accents writes it ("Ricardo Rossello"), not "rossell"
    and a stray "o"; "Belén Ortiz" is "belen ortiz", not "bel n ortiz"."""
    return cased_words(text.lower())


def named_in(name: str | None, text: str) -> bool:
    """Whether a text names someone: a capitalised word of the name (three letters or more,
    accents folded) stands capitalised in the text. People speak of others by name, not of
    themselves, so the words of a quotation name people other than its speaker ('"He was
    asking for my support. I could have told him, 'Frank, you're on your own'"' is not Frank
    Hale's; '"Even though Frank Hale has put forward very few concrete budget ideas, ..."'
    is not Hale's): ``speech.article_quotes`` reads it where a speaker is carried to a quote
    rather than named beside it."""
    if not name:
        return False
    own = {w for w in cased_words(name) if w[:1].isupper() and len(w) >= 3
           and w.lower() not in ("the", "and", "for")}
    text = _folded(text)
    words = list(_WORD.finditer(text))
    for at, word in enumerate(words):
        if word.group() not in own:
            continue
        after = words[at + 1] if at + 1 < len(words) else None
        if after is not None and not text[word.end():after.start()].strip() and \
                after.group()[:1].isupper() and after.group() not in own | {"I"}:
            # '"Speaking firmly and plainly for the county board, we will not allow
            # it," she added': a name that opens the name of something else (an
            # administration, a campaign, a foundation) names that thing, not its person
            continue
        return True
    return False


def cased_words(text: str) -> list[str]:
    """The words of a text with their accents folded and their case kept. ASCII text has no
    accents to fold (NFKD leaves every ASCII character as it is, and none combines), and most
    of the ~10,000 names and sentences a brief of the examples reads here are ASCII: folding
    them one character at a time was ~0.03 s of a cold brief. Public so that the tests can
    compare it with that folding on real text."""
    return _WORD.findall(_folded(text))


def _folded(text: str) -> str:
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


# "Poehler's Maura", "ABC's Jon Karl": an owner's possessive, then capitalised words
_OWNED = re.compile(r"(?:[^\s'’]+\s+){0,3}[^\s'’]+['’]s\s+([A-Z][^\s'’]*(?:\s+[A-Z][^\s'’]*)*)$")
_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")  # "U.S.", "U.N.": the last dot is the name's


_GLUED_POSSESSIVE = re.compile(r"(?<=[A-Za-z]s)['’][a-z]{3,}$")
# a photo credit's "photographer/agency" word ("Fallon/Bloomberg"), and the agency's own words
# after it ("Getty Images", "Paramount Pictures")
_CREDIT_WORD = re.compile(r"[^\W\d_][\w.'’-]*/[^\W\d_][\w.'’-]*")
# "(Photo: Burger King) Burger King": a bracket the page gives a picture's credit or caption in
# (the parse may leave the opening bracket out of the subject's words: "photo: burger king ) ...")
_CREDIT_BRACKET = re.compile(
    r"(?:^|\()\s*(?:photo|photos|image|images|credit|pictured|file)\b[^()]*\)\s*(.+)$", re.I)
_CREDIT_TAIL = {"images", "image", "pictures", "photo", "photos", "photography", "press", "news",
                "wire"}


def _after_credit(text: str) -> str:
    """A name with a picture's credit or caption run into it, as page text flattened into one
    paragraph gives them: "Sheryl Sandberg Credit: Patrick T. Fallon/Bloomberg Sheryl Sandberg
    says ..." tags "Patrick T. Fallon/Bloomberg Sheryl Sandberg" a person, and "(Photo: Burger
    King) Burger King says ..." is read as one subject (speaker_review read draws, seeds 56 and
    70). The name is what follows the credit: the words after a bracket that opens on "photo",
    "credit" or the like, or after the "photographer/agency" word and the agency's own words.
    A name with nothing after them is left as it is ("AC/DC", "Jan Thijs/Paramount
    Pictures")."""
    credit = _CREDIT_BRACKET.search(text)
    if credit is not None and any(ch.isalpha() for ch in credit.group(1)):
        text = credit.group(1)
    words = text.split()
    slash = [i for i, w in enumerate(words[:-1]) if _CREDIT_WORD.fullmatch(w)]
    if slash:
        rest = words[slash[-1] + 1:]
        while rest and rest[0].lower() in _CREDIT_TAIL:
            rest = rest[1:]
        if rest:
            text = " ".join(rest)
    return text


def clean_name(text: str, person: bool = True) -> str:
    """A name without its possessive, its leading "the" and the titles before it:
    "Brig. Gen. Yoav Mordechai" -> "Yoav Mordechai", "VFI Chief Executive Padraig Cribben" ->
    "Padraig Cribben", "Sheriff Grady Judd" -> "Grady Judd".

    A run of titles is dropped only when it ends in an honorific or an office and what is left
    is capitalised words, so "Foreign Ministry", "State Department" and "General Motors" (an
    office before one word, which is no person) keep their first word; ``person`` (the NER
    says PERSON) lets an office go before a single word ("President Obama" -> "Obama").
    Public because tests check it on titles and styles written in the tuning articles.
    """
    # a bracket is an editor's insertion into a quotation ("[Robert] Mueller"), no part of
    # the name: "Robert] Mueller" and "Robert Mueller" are one name
    stripped = re.sub(r"[\[\]]", "", text).strip(" ,;:\"“”'").rstrip("-–—")
    stripped = _after_credit(stripped)
    text = re.sub(r"['’]s$", "", stripped.strip("."))
    # a plural-style possessive typed against the next word, as flattened page text has it
    # ("Retired gen. David h. Petraeus'speech tuesday", speaker_review seed 70, read draw: the
    # name printed as "David h. Petraeus'speech" for three quotes): the name ends at the mark
    # ("O'Donnell", whose mark follows no "s", keeps its second part)
    text = _GLUED_POSSESSIVE.sub("", text)
    if _INITIALISM.search(stripped) and not text.endswith("."):
        text += "."  # strip "U.S." to "U.S" would print half an abbreviation
    owned = _OWNED.match(text)
    if person and owned:
        # "Poehler's Maura", "ABC's Jon Karl": the NER ran the owner into a person's name;
        # the person is the capitalised words after the possessive
        text = owned.group(1)
    words = text.split()
    while len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    cut = 0
    for i, w in enumerate(words[:-1]):
        low = w.lower().strip(".,")
        if (low in TITLES and low != "st") or (person and low in PERSON_ROLES | NATION_TITLES):
            # ("St" opens a saint's name, which places and institutions are named after:
            # "the St George Hospital says" is no "George Hospital")
            # ("Lawyer Kila Baldwin", sentence-initial: the NER takes the job into the name)
            cut = i + 1
        elif low in OFFICE_QUALIFIERS or (w[:1].isupper() and w.isupper() and len(w) <= 5):
            continue  # "Deputy", "VFI": part of a title only if a title word follows
        else:
            break
    if cut:
        last = words[cut - 1].lower().strip(".,")
        rest = words[cut:]
        # lower-case particles belong inside a name ("Faisal bin Nasser Al Marri")
        person_like = rest[0][:1].isupper() and rest[-1][:1].isupper() and \
            all(w[:1].isupper() or w in NAME_PARTICLES for w in rest) and \
            rest[0].lower().strip(".,") not in TITLES | OFFICE_QUALIFIERS
        one_word_ok = person or last in HONORIFICS
        if person_like and (len(rest) >= 2 or one_word_ok):
            words = words[cut - 1:] if last in STYLES else rest
    return " ".join(_after_title_run(words))


# Office words that close a title run before a name but are no title alone ("House Majority
# Leader Steny Hoyer", "Senate Minority Whip John Thune", "House Speaker Nancy Pelosi",
# "National Security Adviser John Bolton", "White House Counsel Don McGahn")
_RUN_CLOSERS = {"leader", "whip", "speaker", "adviser", "advisor", "counsel"}
_NOT_NAME_WORDS = {"of", "the", "and", "for", "to", "in", "on", "at", "with", "a", "an"}


def _after_title_run(words: list[str]) -> list[str]:
    """A person's name after the title run the name was written behind, when the run opens
    with words that are no title ("House Majority Leader Steny Hoyer", "Treasury Secretary
    Janet Yellen", "Texas Gov. Greg Abbott"; flattened page text, capitalised only at the
    sentence start: "Food writer richard sterling", "Universal orlando spokesman tom
    schroder"): the loop of ``clean_name`` stops at the first word that is no title, and the
    printed speaker was the whole run, which no reader writes as the person's name. The
    run must end in an office or role word followed by two words or more that are neither
    titles nor function words (a one-word rest may be an organisation: "Polk County
    Sheriff's Office"), capitalised as a name or, in lower-cased text, lower-cased like
    the rest of the phrase; and the words before it capitalised (or, in lower-cased text,
    any words). An institution's last word ends no person's name ("Jimmy Carter Center")."""
    if len(words) < 4:
        return words
    low = [w.lower().strip(".,") for w in words]
    lowered = all(w[:1].islower() for w in words[1:])  # "Food writer richard sterling"
    # (a style after a given name is a surname: "Martin Luther King Jr. Day", "Coretta Scott King")
    roles = (TITLES | PERSON_ROLES | _RUN_CLOSERS) - STYLES
    for j in range(len(words) - 3, 0, -1):
        if low[j] not in roles or words[j - 1].endswith(","):
            continue
        rest, before = words[j + 1:], words[:j]
        if any(w in roles | STYLES | OFFICE_QUALIFIERS | _NOT_NAME_WORDS | INSTITUTION_HEADS |
               _SUFFIXES for w in low[j + 1:]) or not all(w.replace("-", "").replace(".", "").replace(
                   "'", "").isalpha() for w in rest):
            return words
        if lowered:
            ok = all(w[:1].islower() for w in rest) and \
                not any(w in _NOT_NAME_WORDS for w in low[:j])
        else:
            ok = all(w[:1].isupper() for w in rest) and words[j][:1].isupper() and \
                all(w[:1].isupper() for w in before)
        return rest if ok else words
    return words


# Generational suffixes: "Robert S. Mueller III" is Robert Mueller; a "Jr." and a "Sr." of one
# name are two people.
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """A name's last word before a generational suffix: "mueller" of "Robert S. Mueller III"."""
    words = _words(name)
    while len(words) > 2 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def same_surname(a: str, b: str) -> bool:
    """Whether two written names end in one surname, generational suffixes aside ("Mueller",
    "Robert S. Mueller III"): the entities table takes the name ``Names.resolve`` gives a
    person only then, so a resolution never moves a mention to someone of another name."""
    return bool(_surname(a)) and _surname(a) == _surname(b)


def _particle_surname(name: str) -> bool:
    """Whether a name is one surname opened by particles ("Van Dijk", "al-Haddad" written
    "al Haddad"): a bare surname, which the full name ("Pieter Van Dijk") holds as its end."""
    words = name.split()
    return len(words) >= 2 and all(w.lower() in NAME_PARTICLES for w in words[:-1])


def _person_parts(name: str):
    """(given name, surname, middle letters, suffix) of a person's written name, or None when
    it holds no given name and surname: "J. Robert Hallam" -> ("robert", ("hallam",),
    ("k",), ()), "Robert S. Mueller III" -> ("robert", ("mueller",), ("s",), ("iii",)),
    "Silvio De Angelis" -> ("silvio", ("de", "angelis"), (), ()). A middle name counts by its
    initial, as reports abbreviate it ("Zack Danger Brown", "Zack D. Brown")."""
    words = ["".join(_words(w)) for w in name.split()]
    words = [w for w in words if w]
    suffix = []
    while len(words) > 2 and words[-1] in _SUFFIXES:
        suffix.insert(0, words.pop())
    if len(words) < 2 or len(words[-1]) < 2:
        return None
    end = len(words) - 1
    while end > 1 and words[end - 1] in NAME_PARTICLES:
        end -= 1  # "Van Dijk", "bin Nasser Al Marri": the particles open the surname
    surname = tuple(words[end:])
    rest = words[:end]
    full = [i for i, w in enumerate(rest) if len(w) > 1 and w not in NAME_PARTICLES]
    if not full:
        return None
    given = rest[full[0]]
    middle = tuple(w[0] for i, w in enumerate(rest) if i != full[0] and w not in NAME_PARTICLES)
    return given, surname, middle, tuple(suffix)


def _person_forms(count: Counter, votes: dict) -> dict[str, str]:
    """Written name -> the one form the brief gives that person: names with the same given
    name and surname whose middle initials and suffixes do not disagree ("Robert Mueller",
    "Robert S. Mueller III"; "Neil Stone", "Neil J. Stone"; "J. Robert Hallam", "Robert
    Hallam") are one person, named by the form the cluster writes most often (the plainer
    on a tie), so a bare "Mueller" is not left bare between two of them and the brief does
    not name one person two ways. Two middle initials or two suffixes ("George W. Bush",
    "George H. W. Bush"; "Jr.", "Sr.") may be two people: none of their forms is folded."""
    groups: dict[tuple, list] = defaultdict(list)
    for name in count:
        parts = _person_parts(name)
        if parts is not None:
            groups[parts[:2]].append((name, parts))
    out = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        vote = Counter()
        for name, _ in members:
            vote.update(votes.get(name, {}))
        if vote["PERSON"] <= vote["ORG"]:
            continue
        if len({p[2] for _, p in members if p[2]}) > 1 or \
                len({p[3] for _, p in members if p[3]}) > 1:
            continue
        # the form written most often, the plainer on a tie (measured against the fullest,
        # "Donald J. Trump" for "Donald Trump": docs/measurements.md, sixteenth speakers round)
        best = max(members, key=lambda m: (count[m[0]], -len(m[1][2]) - len(m[1][3]),
                                           -len(m[0].split()), m[0]))[0]
        out.update({name: best for name, _ in members if name != best})
    return out


def _letters(name: str) -> str:
    """A name's letters and digits, accents folded: "Vincent Del Giudice" = "Vincent
    DelGiudice", "Ricardo Rossello" = "Ricardo Rosselló"."""
    return "".join(_words(name))


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The words of a name that tell it from another (no "the", "of", "s"). Cached: resolving
    a mention compares the content words of every name that shares a word with it, the same
    few thousand names again and again (2.2 million calls, 23 s of a 1 MB brief's 224 s
    before the cache, cProfile; docs/measurements.md)."""
    return frozenset(w for w in _words(text)
                     if w not in {"the", "of", "for", "on", "and", "in", "to", "a", "s"})


# Prepositions that end a name's head: the noun before them is what the name is ("Syrian
# Observatory *for* Human Rights" is an observatory, "Committee *to* Protect Journalists" a
# committee). A title-case headline quoted in a report ('"Mayor, in Row With Paper, Skips
# Forum"') is tagged as a name too, and it is a row, not a paper: "the Ledger said" is
# not it.
_HEAD_ENDS = {"of", "for", "on", "with", "without", "against", "to", "in", "at", "from"}


def head_word(name: str) -> str:
    """The head word of a name: the last word, or the word before its first preposition
    (``_HEAD_ENDS``, a word of its own: the "in" of "Moon Jae-in" is part of a name). Public
    because tests check it on names from real text ("Syrian Observatory for Human Rights")."""
    words = _words(name)
    spaced = name.lower().split()
    for i, w in enumerate(spaced[1:], 1):
        if w in _HEAD_ENDS:
            before = _words(spaced[i - 1])
            if before:
                return before[-1]
    return words[-1] if words else ""


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym is prefixes of consecutive words of the name, leading words
    ("US") and function words optional: centcom = CENTral COMmand, sohr = S O (for) H R."""
    words = [w for w in _words(name)]
    skippable = {"of", "for", "the", "and", "on", "in"}

    def match(a: int, w: int, used: int, started: bool) -> bool:
        if a == len(acronym):
            return used >= 2 and all(x in skippable for x in words[w:])
        if w == len(words):
            return False
        word = words[w]
        for k in range(min(len(word), len(acronym) - a), 0, -1):
            if word[:k] == acronym[a:a + k] and match(a + k, w + 1, used + 1, True):
                return True
        return (not started or word in skippable) and match(a, w + 1, used, started)

    return len(words) <= 8 and match(0, 0, 0, False)


def gender_evidence(ent, following=None) -> str | None:
    """M/F from a gendered title before the name, from "X said he/she ..." (a speaker
    referring to themself in the reported clause), from the first personal pronoun after
    a subject in a sentence that names no one else, or from a he/she that opens the next
    sentence (``following``: the first sentence of the next paragraph, when the name's
    sentence ends its paragraph). Public because a test checks on real text that a pronoun
    reporting the sentence ("..., she said") gives its subject no gender."""
    doc = ent.doc
    title = doc[ent.start - 1].lower_.strip(".") if ent.start > 0 else ""
    if title in GENDER_TITLES:
        return GENDER_TITLES[title]
    if ent[0].lower_.strip(".") in GENDER_TITLES and len(ent) > 1:
        return GENDER_TITLES[ent[0].lower_.strip(".")]
    root = ent.root
    kin = [root.head] if root.dep_ == "appos" else []
    kin += [c for c in root.children if c.dep_ == "appos"]
    for noun in kin:
        # "his wife, Mary Pat": a spouse's noun set beside the name says the person's gender
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in GENDER_NOUNS:
            return GENDER_NOUNS[noun.lemma_.lower()]
    from .speech import is_speech_verb

    verb = root.head
    if root.dep_ == "nsubj" and is_speech_verb(verb) and not any(
            c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        # "Crowley asked her if she could ...": with a listener named, the reported clause's
        # pronoun may be the listener's, so it says nothing of the speaker
        for child in verb.children:
            if child.dep_ == "ccomp":
                for sub in child.children:
                    if sub.dep_ in ("nsubj", "nsubjpass") and sub.lower_ in ("he", "she"):
                        return "M" if sub.lower_ == "he" else "F"
    if root.dep_ == "nsubj":
        # "Marsh had a steady job ... and was making close to $48,000; her employer offered ...":
        # the subject is the only one the sentence names, so its pronouns are the subject's
        sent = root.sent
        if not any(e.start >= sent.start and e.end <= sent.end and e.start != ent.start
                   and e.label_ in ("PERSON", "ORG", "NORP", "GPE") for e in doc.ents):
            for t in doc[ent.end:sent.end]:
                if t.dep_ == "nsubj" and is_speech_verb(t.head) and \
                        verb.i != t.head.i and t.head.is_ancestor(verb):
                    # "Metro Rail isn't sure what caused the delay, she said": the
                    # pronoun is the speaker reporting the clause the name sits in
                    break
                if t.lower_ in ("he", "him", "his", "himself"):
                    return "M"
                if t.lower_ in ("she", "her", "hers", "herself"):
                    return "F"
        others = [e for e in doc.ents if e.start >= sent.start and e.end <= sent.end
                  and e.start != ent.start and e.label_ == "PERSON"]
        nxt = _next_sentence(sent, following)
        if verb.dep_ == "ROOT" and not others and nxt is not None and \
                nxt[0].lower_ in ("he", "she") and nxt[0].dep_ in ("nsubj", "nsubjpass") and \
                not any(t.lower_ in _SAME[nxt[0].lower_] for t in sent):
            # "Megan Hale, 31 and from Leeds, usually eats seven or eight portions a day
            # ..." / "She starts with a bowl of berries ...": a he/she opening the next sentence
            # as its subject continues the one person the sentence before is about (not when
            # that sentence has someone else's pronoun of that gender: "Crowley asked her if
            # she could ..." / "She said: ...")
            return "M" if nxt[0].lower_ == "he" else "F"
    return None


_SAME = {"he": ("he", "him", "his"), "she": ("she", "her", "hers")}


def organisation_evidence(ent) -> bool:
    """Whether the parse says the name is an organisation's, whatever the NER said (it tags
    "Twitter" and "Infowars" PERSON in every sentence of a cluster): an institution's word
    ending it ("Republican Governors Association"), a body noun set beside it
    ("his website, Infowars", "social network Twitter"), "on X" after a verb of writing or
    showing ("wrote on Twitter"), "at X" after a noun for someone who works there ("an
    executive at Google"). The mirror of the person evidence the resolver reads (honorifics,
    roles, he/she). Not "X said it ...": the "it" is as often the thing X spoke of."""
    doc = ent.doc
    root = ent.root
    last = ent[-1].lower_.strip(".")
    if len(ent) >= 2 and last in INSTITUTION_HEADS and ent[-1].text[:1].isupper():
        return True
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and \
            root.head.lemma_.lower() in ORGANISATION_NOUNS and \
            all(t.is_punct for t in doc[root.head.i + 1:ent.start]):
        # the noun right before the name, or a comma apart ("her paper and chief
        # editor Walter Pryce" is a parse that hangs the man on the paper)
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_NOUNS
           for c in root.children):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.dep_ == "compound" and \
            before.lemma_.lower() in ORGANISATION_NOUNS and ent.start <= before.head.i < ent.end:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "at"):
        prep = root.head
        head = prep.head
        if prep.lower_ == "on" and head.pos_ == "VERB" and head.lemma_.lower() in MEDIUM_VERBS:
            return True
        if prep.lower_ == "at" and head.pos_ == "NOUN" and head.lemma_.lower() in WORKER_NOUNS:
            return True
    return False


def _next_sentence(sent, following):
    """The sentence after this one: in its paragraph, or the first of the next paragraph."""
    doc = sent.doc
    if sent.end < len(doc):
        return doc[sent.end].sent
    if following is not None and len(following):
        return next(iter(following.sents), None)
    return None


def _quoted_next(ent, following=None) -> str | None:
    """M/F from the "he said" of a quotation that opens the next sentence when the name's
    sentence reports on that one person as its main subject ("Defence lawyer Marc Delorme
    said Harlow's sentence will seem small ..." / '"She has been punished enough already
    ...," he said outside court'). Weaker than ``gender_evidence``: after an institution's
    words the "he" is a spokesman the sentence did not name ("the Defence Ministry said ..."
    / '"...," he said'), so this says a person's gender but not that the name is a person's."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "ROOT":
        return None
    sent = root.sent
    doc = ent.doc
    if any(e.start >= sent.start and e.end <= sent.end and e.start != ent.start
           and e.label_ == "PERSON" and e.root.dep_ not in ("poss", "compound")
           for e in doc.ents):
        # another person the sentence brings in, as a subject or as the one told, asked or
        # met ("Peter Brandt told Anna Kowalski that the plan would fail." / '"...," she
        # said'), may be the one who answers: the he/she then says nothing of the subject.
        # An owner ("Harlow's sentence") or a modifier ("the Obama campaign") is no one
        # who speaks.
        return None
    nxt = _next_sentence(sent, following)
    if nxt is None or not nxt[0].is_quote:
        return None
    from .speech import is_speech_verb

    said = [t for t in nxt if t.dep_ == "nsubj" and t.lower_ in ("he", "she")
            and t.head.dep_ == "ROOT" and is_speech_verb(t.head)]
    if not said or any(t.lower_ in _SAME[said[0].lower_] for t in sent):
        return None
    return "M" if said[0].lower_ == "he" else "F"


class Names:
    """Cluster-wide name resolution: "Power" -> "Samantha Power", "the Observatory" ->
    "Syrian Observatory for Human Rights".

    Built once from every entity of the cluster and looked up by word, so resolving a mention
    costs the few candidates that share a word with it, never a scan of the cluster.
    """

    def __init__(self, cluster):
        self.count: Counter = Counter()
        # per article: where each name is first written (paragraph, token), how often
        self.first: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        self.uses: dict[str, Counter] = defaultdict(Counter)
        votes: dict[str, Counter] = defaultdict(Counter)
        # what the parse (not the NER) says of a name: a person's or an organisation's
        evidence: dict[str, Counter] = defaultdict(Counter)
        genders: dict[str, Counter] = defaultdict(Counter)
        self.by_word: dict[str, set[str]] = defaultdict(set)
        # Headlines are in title case, where the NER takes verbs for names ("Donald Trump
        # Defends Harold Greer"): a headline's name counts only if a body names it too.
        titled = {a.id for a in cluster.articles if a.title}
        body_names = {clean_name(e.text, e.label_ == "PERSON")
                      for aid, docs in cluster.docs.items()
                      for doc in docs[1 if aid in titled else 0:] for e in doc.ents}
        # a bare surname -> the full names it followed: the name holding that surname last
        # written out before the article's first bare use of it (``_resolve``)
        self.bare_owner: dict[str, Counter] = defaultdict(Counter)
        # per article: the title and role words written at a name ("Polk County Sheriff Grady
        # Judd", "Sergio Pirozzi, the mayor of Castelmonte"), so "the sheriff" can be named
        self._titled: dict[str, list[tuple[frozenset, str, bool]]] = defaultdict(list)
        self._article_of: dict[int, str] = {}  # id of a paragraph's doc -> its article
        self._paragraph_of: dict[int, int] = {}  # id of a paragraph's doc -> its place there
        self._fullest: dict[tuple[str, str], str] = {}  # (article, bare name) -> ``fullest``
        # per article: a one-word person's name -> the titles written right before it
        self._bare_titles: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        self._named: dict[str, frozenset[str]] = {}  # surname -> ``people_named``
        self._order: dict[str, int] | None = None  # ``_first_order``
        for aid, docs in cluster.docs.items():
            written: dict[str, str] = {}  # surname -> the last full name ending in it so far
            bare_seen: set[str] = set()
            for n, doc in enumerate(docs):
                self._article_of[id(doc)] = aid
                self._paragraph_of[id(doc)] = n
                for ent in doc.ents:
                    if ent.label_ not in ("PERSON", "ORG"):
                        continue
                    ent = _name_span(ent)
                    if opens_with_said(ent):
                        # ('Said Harlan, whose parents are buried in the churchyard: "..."') the
                        # name is Harlan, and "Harlan" the Rosa Harlan of before
                        ent = ent[1:]
                    name = clean_name(ent.text, ent.label_ == "PERSON")
                    if not name or not any(ch.isupper() for ch in name):
                        continue
                    if n == 0 and aid in titled and name not in body_names:
                        continue
                    words = _words(name)
                    if len(name.split()) >= 2 and words:
                        written[_surname(name)] = name
                    elif len(words) == 1 and words[0] not in bare_seen:
                        bare_seen.add(words[0])
                        if words[0] in written:
                            self.bare_owner[words[0]][written[words[0]]] += 1
                    if len(words) == 1 and ent.label_ == "PERSON":
                        title = ent[0] if len(ent) >= 2 else \
                            doc[ent.start - 1] if ent.start > 0 else None
                        if title is not None and title.text[:1].isupper() and \
                                title.lower_.strip(".") in SURNAME_TITLES:
                            self._bare_titles[aid][words[0]][title.text] += 1
                    self.count[name] += 1
                    votes[name][ent.label_] += 1
                    at = (n, ent.start)
                    self.first[aid].setdefault(name, at)
                    titles = _title_words(ent, name)
                    if titles:
                        self._titled[aid].append((titles, name, ent.label_ == "PERSON"))
                    self.uses[aid][name] += 1
                    # the words the parser hangs before the name as its modifiers, which
                    # the NER may leave out ("spokesman Lt. Owen Brandt" tagged "Brandt")
                    had = evidence[name]["PERSON"]  # this mention's person evidence: above it
                    mods = [t for t in doc[max(ent.start - 4, 0):ent.start]
                            if t.head.i == ent.root.i and t.dep_ == "compound"]
                    if doc[max(ent.start - 1, 0)].lower_.strip(".") in PERSON_HONORIFICS or \
                            ent[0].lower_.strip(".") in PERSON_HONORIFICS or any(
                                t.lower_.strip(".") in PERSON_HONORIFICS for t in mods):
                        # "Ms Power", "Lt. Owen Brandt" are people whatever NER said
                        votes[name]["PERSON"] += 2
                        evidence[name]["PERSON"] += 1
                    before = doc[ent.start - 1] if ent.start > 0 else None
                    if before is not None and before.tag_ == "NN" and \
                            before.lemma_.lower() in PERSON_ROLES and \
                            ent.start <= before.head.i < ent.end:
                        votes[name]["PERSON"] += 2  # "Defence lawyer Marc Delorme"
                        evidence[name]["PERSON"] += 1
                    head = ent.root.head
                    if ent.root.dep_ == "appos" and head.tag_ == "NN" and \
                            head.lemma_.lower() in OFFICES and len(ent) >= 2:
                        votes[name]["PERSON"] += 2  # "The mayor of Valdoro, Marco Ferrante,"
                        evidence[name]["PERSON"] += 1
                    following = docs[n + 1] if n + 1 < len(docs) else None
                    gender = gender_evidence(ent, following)
                    if gender:
                        genders[name][gender] += 1
                        votes[name]["PERSON"] += 2  # "De Mistura said he was": a person
                        evidence[name]["PERSON"] += 1
                    elif evidence[name]["PERSON"] == had and organisation_evidence(ent):
                        # not when a title or role made this mention a person's ("her paper
                        # and chief editor Walter Pryce": the parser hangs him on "paper")
                        evidence[name]["ORG"] += 1
                    if not gender:
                        gender = _quoted_next(ent, following)
                        if gender:
                            genders[name][gender] += 1
                    for w in content_words(name):
                        self.by_word[w].add(name)
        self._tags = votes  # the NER's own tags of each written name (``_named_after``)
        # one written form per person: "Robert Mueller", "Robert S. Mueller III"
        self.forms = _person_forms(self.count, votes)
        # one spelling per content-word set ("Observatory on Human Rights" = "for")
        self.canon: dict[frozenset, str] = {}
        for name, _ in sorted(self.count.items(), key=lambda kv: (-kv[1], -len(kv[0]))):
            self.canon.setdefault(content_words(name), name)
        # spaCy tags the same person ORG in one sentence and PERSON in the next: let the
        # mentions vote, surnames voting for the full names they abbreviate
        total: dict[str, Counter] = defaultdict(Counter)
        for name, v in votes.items():
            total[self.canon[content_words(name)]].update(v)
        self.label: dict[str, str] = {}
        for name in self.count:
            full = self.resolve(name)
            total[full].update(votes[name])
        parsed: dict[str, Counter] = defaultdict(Counter)
        for name, v in evidence.items():
            full = self.resolve(name)
            if v["ORG"] and name.split()[-1].lower() in INSTITUTION_HEADS and \
                    full.split()[-1] != name.split()[-1]:
                # "Oprah Winfrey Network" read as "Oprah Winfrey": the network's word says
                # nothing of the woman it is named after
                v = v - Counter({"ORG": v["ORG"]})
            parsed[full].update(v)
        for name in self.count:
            full = self.resolve(name)
            said = parsed.get(full, Counter())
            if said["ORG"] and not said["PERSON"]:
                # the parse calls the name an organisation's and never a person's: that
                # outweighs the NER, which tags "Twitter" PERSON in every sentence of a cluster
                # (the person evidence is counted in the votes: "the NFL said he ..." is not)
                self.label[name] = "ORG"
            else:
                # else a clue of the parse counts as five of the NER's tags (the votes count
                # each twice): "Stephenie Meyer" (16 PERSON, 20 ORG, she three times) is a
                # person, the NFL (22 ORG, 4 PERSON, one "he" that was a player's) is not
                score = total[full] + Counter({k: 6 * v for k, v in said.items()})
                self.label[name] = score.most_common(1)[0][0]
            self.label[full] = self.label[name]
        by_full: dict[str, Counter] = defaultdict(Counter)
        for name, g in genders.items():
            by_full[self.resolve(name)].update(g)
        self.gender: dict[str, str] = {}
        for full, g in by_full.items():
            if len(g) == 1:  # conflicting evidence says nothing
                self.gender[full] = next(iter(g))
        # a given name says the gender it says for another person of the cluster ("Michael
        # Avenatti ... he" makes "Michael Cohen" a man too), when it says only one
        by_given: dict[str, set[str]] = defaultdict(set)
        people = {self.resolve(n) for n in self.count if self.label.get(n) == "PERSON"}
        for full in people:
            words = full.split()
            if len(words) >= 2 and full in self.gender:
                by_given[words[0].lower()].add(self.gender[full])
        for full in people:
            words = full.split()
            if full in self.gender or len(words) < 2:
                continue
            first = words[0].lower()
            given = by_given.get(first, set())
            if len(given) == 1:
                self.gender[full] = next(iter(given))
            # else a common given name says the gender the text does not ("she claimed"
            # after Donald Trump and Nicolle Wallace means her); ``given_names``
            elif first in MALE_GIVEN:
                self.gender[full] = "M"
            elif first in FEMALE_GIVEN:
                self.gender[full] = "F"
        for name in self.count:
            if self.resolve(name) in self.gender:
                self.gender[name] = self.gender[self.resolve(name)]
        self.acronyms = self._acronyms()
        self._votes = total
        self._cluster = cluster  # roles are read from it on first use (``holder_of``)
        self._holders: dict[str, set[str]] | None = None
        # one spelling per voice: "Russia's foreign ministry" is the "Russian Foreign
        # Ministry" another report names (places and their adjectives fold together)
        self.places = cluster_places(cluster)
        self.by_voice: dict[frozenset, str] = {}
        # spelling variants that differ only in spaces, hyphens or case ("Vincent DelGiudice",
        # "Vincent Del Giudice") are one name, spelt as the cluster spells it most
        self.by_letters: dict[str, str] = {}
        for name, _ in sorted(self.count.items(), key=lambda kv: (-kv[1], -len(kv[0]))):
            if any(w[:1].isupper() for w in name.split()[1:]) or " " not in name:
                self.by_voice.setdefault(voice_key(name, self.places), name)
            self.by_letters.setdefault(_letters(name), name)
        # an organisation's name with the kind of organisation it is after it, in lower case
        # ("the official KPNA news agency", "the Dalmar news agency") is the name the cluster
        # writes alone as often or more: the lower-case words say what it is, not which one
        self.kinds: dict[str, str] = {}
        for name, n in self.count.items():
            words = name.split()
            bare = " ".join(w for w in words if w[:1].isupper())
            tail = words[len(bare.split()):]
            if bare and tail and words[:len(bare.split())] == bare.split() and \
                    all(w.isalpha() and w.islower() for w in tail) and \
                    tail[-1] in ORGANISATION_NOUNS and self.label.get(name) == "ORG" and \
                    self.label.get(bare) == "ORG" and self.count.get(bare, 0) >= n:
                self.kinds[name] = bare
        # what ``resolve`` answered, now that nothing it reads changes any more: the same
        # mentions are resolved again by every section (roles, speech events, pronouns)
        self._resolved: dict[tuple[str, str | None], str] = {}

    def _surname_owner(self, surname: str, people: set[str]) -> str | None:
        """Which of several people sharing a surname the bare surname means ("Abdul Karim
        Rahman" and "retired Lt. Gen. Tariq Rahman"): a report gives the bare surname to the
        person it introduced first and names anyone after in full, however often it must.
        Only when every article that uses the bare surname named the same person first: in
        a report on John F. Kennedy's letters that opens on "Jackie Kennedy", another report
        opens on him, and the most named person decides (None)."""
        owners = set()
        for aid, uses in self.uses.items():
            if not uses.get(surname):
                continue
            first = self.first[aid]
            named = [(first[c], c) for c in people if c in first]
            if named:
                owners.add(min(named)[1])
        return next(iter(owners)) if len(owners) == 1 else None

    def _acronyms(self) -> dict[str, str]:
        """CENTCOM -> US Central Command: an all-capitals name that spells prefixes of the
        words of exactly one multiword organisation in the same cluster. Reports introduce
        the acronym next to the full name, so the cluster itself holds the expansion."""
        shorts = [n for n in self.count if " " not in n and n.isupper() and len(n) >= 3]
        longs = [n for n in self.count if len(content_words(n)) >= 2 and self.label.get(n) == "ORG"]
        by_initial: dict[str, list[str]] = defaultdict(list)  # only leading words may be skipped
        for n in longs:
            for w in set(w[0] for w in _words(n)[:2]):
                by_initial[w].append(n)
        out = {}
        for short in shorts:
            # a name that holds the short one as a word of its own ("KPNA news agency") is
            # that name with more words, not what its letters stand for: its own letters
            # would spell it again from its prefixes (IRN-N-A)
            hits = {self.canon[content_words(n)] for n in by_initial.get(short[0].lower(), ())
                    if short.lower() not in _words(n) and _spells(short.lower(), n)}
            if len(hits) == 1:
                out[short] = next(iter(hits))
        return out

    def people_named(self, surname: str) -> set[str]:
        """The people of the cluster written in full with this surname, each in the one form
        the brief gives them ("Clinton": Bill Clinton and Hillary Clinton; "Mueller": Robert
        Mueller, however often his middle initial is written). With two, a bare "Clinton" is
        not known to be either outside its own sentence."""
        if surname in self._named:
            return set(self._named[surname])
        words = _words(surname)
        found = {self.forms.get(n, n) for n in self.count
                 if len(words) == 1 and len(n.split()) >= 2 and self.label.get(n) == "PERSON"
                 and _surname(n) == words[0]}
        # kept: the entities ask it once per bare surname written, each a scan of every name
        # (both grow with the input: 7 s of a 1 MB brief's CPU under cProfile)
        self._named[surname] = frozenset(found)
        return found

    def _first_order(self) -> dict[str, int]:
        """Each name's place in the order the cluster first wrote them (``count``'s order,
        complete before anything is resolved), made once."""
        if self._order is None or len(self._order) != len(self.count):
            self._order = {c: at for at, c in enumerate(self.count)}
        return self._order

    def holder_of(self, role_noun: str, doc=None, qualifiers=()) -> str | None:
        """The one person a bare role means, or None when no one or several hold it (the
        text then does not say who).

        Without ``doc``: the one person the cluster's roles (``roles_of``) head by this noun
        ("the lawyer" is "defence lawyer Marc Delorme" when he is the cluster's only lawyer).
        With ``doc`` (the parse of the role's paragraph): the article decides first, by the
        titles and roles it writes at its names ("the sheriff" is "Polk County Sheriff Grady
        Judd" when the article titles no one else so); only when the article titles no one
        so, the cluster's titles and roles. ``qualifiers`` are the role's own words
        ("county", "former"), which the holder's title must hold too; among several holders,
        the one whose written title is exactly the role ("President Donald Trump" for "the
        president", not "former President Barack Obama")."""
        if self._holders is None:
            self._holders = defaultdict(set)
            for name, written in roles_of(self._cluster).items():
                self._holders[_role_head(written)].add(name)
        roled = self._holders.get(role_noun.lower(), set())
        if doc is None:
            return next(iter(roled)) if len(roled) == 1 else None
        role = frozenset({role_noun.lower(), *(q.lower() for q in qualifiers)})
        aid = self._article_of.get(id(doc))
        found = self._titled_holders(self._titled.get(aid, ()), role) if aid else {}
        if not found:
            found = self._titled_holders(
                [t for titled in self._titled.values() for t in titled], role)
            for name in roled if len(role) == 1 else ():
                found.setdefault(name, set()).add(role)
        if len(found) == 1:
            return next(iter(found))
        exact = [name for name, titles in found.items() if role in titles]
        return exact[0] if len(exact) == 1 else None

    def paragraphs_before(self, doc) -> list:
        """The parsed paragraphs of a paragraph's article that come before it, in order
        ([] for a parse that is no paragraph of this cluster)."""
        docs, n = self._place_of(doc)
        return docs[:n]

    def person_named_before(self, doc, end: int) -> bool:
        """Whether the article names a person (a PERSON entity) before token ``end`` of its
        paragraph ``doc``: a description ("the woman", "the No. 4 Liberal") after a named
        person may mean that person; before any, it is someone the article has not named."""
        return any((e := entity_of(t)) is not None and e.label_ == "PERSON"
                   for para in (*self.paragraphs_before(doc), doc[:end]) for t in para)

    def paragraphs_after(self, doc) -> list:
        """The parsed paragraphs of a paragraph's article that come after it, in order ([]
        for a parse that is no paragraph of this cluster)."""
        docs, n = self._place_of(doc)
        return docs[n + 1:] if docs else []

    def _place_of(self, doc) -> tuple[list, int]:
        """(the parsed paragraphs of a paragraph's article, its index among them), or ([], 0)
        for a parse that is no paragraph of this cluster. Looked up, not searched: a
        490,000-word report has some 9,000 paragraphs, and its speakers ask this once per
        quotation."""
        aid = self._article_of.get(id(doc))
        docs = self._cluster.docs.get(aid, []) if aid is not None else []
        n = self._paragraph_of.get(id(doc))
        return (docs, n) if n is not None and n < len(docs) and docs[n] is doc else ([], 0)

    def _titled_holders(self, titled, role: frozenset) -> dict[str, set[frozenset]]:
        """The people (full names) whose written titles hold every word of a role: a name
        tagged PERSON where the title is written, or a person by the cluster's vote (a
        cluster that names Trump Tower and the Trump Organization may vote "Donald Trump"
        an organisation, but "President Donald Trump" is a person)."""
        found: dict[str, set[frozenset]] = {}
        for titles, name, tagged_person in titled:
            if role <= titles:
                full = self.resolve(name, "PERSON")
                if tagged_person or self.label.get(full) == "PERSON":
                    found.setdefault(full, set()).add(titles)
        return found

    def fullest(self, full: str, doc=None, label: str | None = None,
                article: str | None = None) -> str:
        """The fullest name of a name the cluster has resolved (``resolve``): for a one-word
        name the cluster leaves bare because several people of the cluster share it ("Chen"
        for Chen Guangcheng and his nephew Chen Kegui), the one person the name's own
        article (``article``, or the article of ``doc``) wrote out in full with that
        surname, or else that given name, before its first bare use of the word. Reports
        introduce a person in full and abbreviate after; a bare word used before any full
        name of the article ("President Trump ... his daughter Ivanka Trump") is someone
        else, so the bare word stays as written. A word the article names no one in full by
        but writes behind a personal title ("The Foreign Minister, Dr Abdullah, ...", "Mr
        Jan said") is given with that title, as the report names the person: a bare
        "Abdullah" or "Jan" is no one a reader can tell."""
        if " " in full.strip() or not full[:1].isupper():
            return full
        if (label == "ORG" or self.label.get(full) == "ORG") and self._in_organisation(full):
            # ("Ford" in a cluster that names Ford Motor Co. may be the company); a word no
            # organisation's name holds is the person the article wrote out ("Ella Ebaugh" ...
            # "Ella", which the NER tags ORG more often than not)
            return full
        aid = article if article is not None else (
            self._article_of.get(id(doc)) if doc is not None else None)
        words = _words(full)
        if aid is None or len(words) != 1:
            return full
        if (aid, full) not in self._fullest:
            self._fullest[(aid, full)] = self._fullest_in(aid, full, words)
        return self._fullest[(aid, full)]

    def _fullest_in(self, aid: str, full: str, words: list[str]) -> str:
        """``fullest`` of a one-word name in one article, computed once per pair."""
        first = self.first.get(aid, {})
        bare_at = min((at for name, at in first.items() if _words(name) == words),
                      default=None)
        people = {self.resolve(name) for name, at in first.items()
                  if len(name.split()) >= 2 and (bare_at is None or at < bare_at)}
        people = {p for p in people if self.label.get(p) == "PERSON"}
        last = {p for p in people if [_surname(p)] == words}
        if len(last) == 1:
            return next(iter(last))
        given = {p for p in people if _words(p)[:1] == words}
        if not last and len(given) == 1 and (self.label.get(full) == "PERSON" or
                                             not self._in_organisation(full)):
            return next(iter(given))
        titles = self._bare_titles.get(aid, {}).get(words[0])
        if titles and not last and not given and self.label.get(full) == "PERSON":
            return f"{titles.most_common(1)[0][0]} {full}"
        return full

    def _in_organisation(self, word: str) -> bool:
        """Whether a word is part of the name of one of the cluster's organisations of two
        words or more ("Trump" of "Trump Organization", "Ford" of "Ford Motor Co.")."""
        words = content_words(word)
        return any(len(content_words(n)) >= 2 and self.label.get(n) == "ORG"
                   for w in words for n in self.by_word.get(w, ()))

    def _person(self, name: str) -> bool:
        """Whether a name is a person's. "UN Samantha Power" is a tagging slip around a person,
        but "US National Security Council" is not "Security Council" (nor the UN's)."""
        votes = getattr(self, "_votes", None)
        if votes is None:  # still voting: the raw NER label decides
            return True
        v = votes.get(self.canon.get(content_words(name), name), Counter())
        return v["PERSON"] > v["ORG"]

    def resolve(self, mention: str, label: str | None = None) -> str:
        """The fullest name in the cluster that this mention can only mean, spelt the way the
        cluster most often spells that voice."""
        done = getattr(self, "_resolved", None)  # None while the resolver is being built
        if done is not None and (mention, label) in done:
            return done[(mention, label)]
        name = self._resolve(mention, label)
        by_voice = getattr(self, "by_voice", None)
        if by_voice and name:
            name = self.by_letters.get(_letters(name), name)
            name = by_voice.get(voice_key(name, self.places), name)
        name = self.forms.get(name, name)
        name = getattr(self, "kinds", {}).get(name, name)
        if done is not None:
            done[(mention, label)] = name
        return name

    def one_spelling(self, mentions) -> dict[str, str]:
        """Each mention -> the one spelling its voice gets in this brief ("Russia's defence
        ministry" and "Russia's Defence Ministry" are printed one way): a name the NER found
        first, then the one written as a proper name (more capitals), then the most used."""
        counts = Counter(m for m in mentions if m)
        by_key: dict[frozenset, list[str]] = defaultdict(list)
        for m in counts:
            by_key[voice_key(m, self.places)].append(m)
        out = {}
        for spellings in by_key.values():
            best = max(spellings, key=lambda m: (m in self.count, sum(ch.isupper() for ch in m),
                                                 counts[m], m))
            out.update({m: best for m in spellings})
        return out

    def _titled_person(self, mention: str, name: str, label: str | None) -> str:
        """A title before a name the NER did not call a person ("said Father Doyle", tagged
        NORP, in a report that wrote "Jesuit Father Martin P. Doyle" before): read as a
        person's, the name without its title is the cluster's person when it resolves to one;
        an organisation's name ("General Motors", "Cardinal Health") resolves to no person
        and stays as written. Before, such a mention was its own speaker beside the full name."""
        if label in ("PERSON", "ORG") or getattr(self, "label", None) is None:
            return name
        bare = clean_name(mention, True)
        if bare == name or not bare:
            return name
        person = self._resolve(bare, "PERSON")
        return person if self.label.get(person) == "PERSON" else name

    def _named_after(self, name: str, longer: str, label: str | None) -> bool:
        """Whether a longer name is an institution named after the person a name is: the
        name's words open it and an institution's word ends it ("Oprah Winfrey" and the
        "Oprah Winfrey Network", "Dana Whitcombe" and the "Dana Whitcombe Foundation"). The
        person is no fuller form of the network; when she speaks she is herself. Only for a
        name said to be a person's (the mention's label, else the NER's tags of the name):
        "New York Police" may still be the "New York Police Department"."""
        words, more = name.split(), longer.split()
        if len(more) <= len(words) or more[:len(words)] != words or \
                more[-1].lower().strip(".") not in INSTITUTION_HEADS or \
                words[-1].lower().strip(".") in INSTITUTION_HEADS:
            return False
        if label is not None:
            return label == "PERSON"
        tags = getattr(self, "_tags", {}).get(name)
        return tags is not None and tags["PERSON"] > tags["ORG"]

    def _resolve(self, mention: str, label: str | None = None) -> str:
        name = clean_name(mention, label == "PERSON")
        words = content_words(name)
        if not words:
            return name
        if name in getattr(self, "acronyms", {}):
            return self.acronyms[name]
        owned = _OWNED.match(name)
        if owned and label != "PERSON" and getattr(self, "label", None) is not None:
            # "Reuters' Kemp", "Politico's Diane Ferreira" (tagged ORG): the owner's
            # possessive before a person the cluster names is where the person works, and the
            # person speaks ("Russia's Foreign Ministry" stays: no person is named so)
            person = self._resolve(owned.group(1), "PERSON")
            if self.label.get(person) == "PERSON" and person in self.count:
                return person
        candidates = set.intersection(*(self.by_word.get(w, set()) for w in words))
        candidates = {c for c in candidates if words <= content_words(c)}
        if not candidates:
            return self._titled_person(mention, name, label)
        # (the written forms of one person are one candidate: "Mueller" is not ambiguous
        # between "Robert Mueller" and "Robert S. Mueller III")
        longer = {self.forms.get(c, c) for c in (self.canon[content_words(c)] for c in candidates
                                                 if len(content_words(c)) > len(words))}
        longer = {c for c in longer if not self._named_after(name, c, label)}
        # "UN Samantha Power" is a tagging slip around "Samantha Power": keep minimal names
        longer = {c for c in longer if not any(content_words(o) < content_words(c) for o in longer)}
        if len(name.split()) > 1 and not _particle_surname(name):
            # a two-word name grows only into a name used at least as often (a hyphenated
            # surname is one word: "Collins-Hart" is "Rafe Collins-Hart")
            longer = {c for c in longer if self.count[c] >= self.count.get(name, 0)}
        if label == "ORG" and len(words) == 1 and longer and \
                all(getattr(self, "label", {}).get(c) == "PERSON" for c in longer) and \
                not self._in_organisation(name):
            # ("a statement from Park", tagged ORG, after "President Park Geun-hye"): a word
            # that opens one person's name and no organisation's is that person's, whatever
            # one sentence's tag says; "Ford" beside Ford Motor Co. stays the company
            first = {c for c in longer if _words(c)[:1] == list(words)}
            if len(first) == 1 and not any([_surname(c)] == list(words) for c in longer):
                return next(iter(first))
        if label != "ORG" and len(words) == 1:
            # a surname matches a person's last word; a first name alone is too ambiguous
            surname = {c for c in longer if [_surname(c)] == list(words)}
            first = {c for c in longer if _words(c)[:1] == list(words)
                     and self._person(c)}
            if label == "PERSON" and not surname and len(first) == 1:
                # ... unless the text says it is a person and only one person of the
                # cluster has that first name: features call "Harriet Micallef" "Harriet"
                return self.canon[content_words(next(iter(first)))]
            if len(surname) > 1 and all(self._person(c) for c in surname):
                owner = self._surname_owner(name, surname)
                if owner is not None:
                    return owner
            longer = surname or longer
        if len(name.split()) == 1:
            # one word names the longer name only as its head ("the Observatory" for the
            # Syrian Observatory for Human Rights); "Coke" is not the Coke Chase campaign
            # (or as a surname before a suffix: "Mueller" for "Robert S. Mueller III")
            longer = {c for c in longer if head_word(c) in words or (
                _surname(c) in words and _surname(c) != _words(c)[-1])}
        if len(longer) == 1:
            return next(iter(longer))
        if not longer:
            # a tagging slip ("UN Samantha Power") defers to a more frequent name inside it
            inner = [c for c in candidates | {
                n for w in words for n in self.by_word.get(w, ())}
                if 2 <= len(content_words(c)) < len(words) and content_words(c) < words
                and len(c.split()) >= 2  # "Collins-Hart" is a surname, not a slip
                and not _particle_surname(c)  # nor "Van Dijk" in "Pieter Van Dijk"
                # a style and a given name ("King Juan") are how a report shortens the royal
                # it named in full ("King Juan Carlos"), no slip around a name
                and not (_words(c)[0] in STYLES and _words(c)[:1] == _words(name)[:1])
                and self.count[c] >= self.count.get(name, 0) and self._person(c)]
            if inner:
                # on a tie of counts, the name the cluster wrote first (``count`` keeps the
                # order of first mention): ``inner`` comes from a set of strings, whose order
                # changes with each process's string hashing, and a brief must not
                order = self._first_order()
                best = max(inner, key=lambda c: (self.count[c], -order[c]))
                return self.canon[content_words(best)]
        if len(longer) > 1 and len(words) == 1 and label != "ORG":
            # two people share a surname ("Abdul Karim Rahman", "Lt. Gen. Tariq Rahman"):
            # reports write the second one out in full at every mention and keep the bare
            # surname for the one it first stood for, so the name the bare surname followed
            # first in the articles wins over the one written out more often
            owners = self.bare_owner.get(next(iter(words)), Counter())
            votes = Counter({c: sum(k for o, k in owners.items()
                                    if self.canon.get(content_words(o), o) == c) for c in longer})
            top = votes.most_common(2)
            if top and top[0][1] > 0 and (len(top) == 1 or top[0][1] > top[1][1]):
                return top[0][0]
        if longer:
            best = max(longer, key=lambda c: self.count[c])
            if sum(1 for c in longer if self.count[c] == self.count[best]) == 1:
                return best
        return self.canon.get(words, name)


def opens_with_said(ent) -> bool:
    """Whether an entity swallowed the verb that opens its sentence ("Said Miller")."""
    return len(ent) > 1 and ent[0].is_sent_start and ent[0].text in ("Said", "Says")


def entity_of(token):
    """The PERSON/ORG/GPE/NORP entity a token sits in, if any (the part of it between commas
    that holds the token, see ``_name_span``)."""
    if token.ent_type_ in SPEAKER_LABELS:
        ent = entity_at(token)
        if ent is not None:
            return _name_span(ent, token)
    return None


def person_headed_by(token):
    """The person's name whose head word a token is, or None: the name a subject or an
    object stands for, not a name inside a longer phrase it only modifies."""
    ent = entity_of(token)
    return ent if ent is not None and ent.label_ == "PERSON" and ent.root.i == token.i else None


def entity_at(token):
    """The entity span holding a token (None outside one), read from the IOB tags around it, as
    ``doc.ents`` builds its spans: ``doc.ents`` walks the whole doc, and asked once per token of
    a long paragraph (20,000 characters of text without breaks) that was most of a brief's time.
    Every module that asks which entity a token sits in asks here."""
    from spacy.tokens import Span

    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    first = doc[start]
    if first.ent_iob_ != "B" or not first.ent_type_:
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=first.ent_type_, kb_id=first.ent_kb_id, span_id=first.ent_id)


def _name_span(ent, token=None):
    """The stretch of an entity between commas that holds a token (by default its root). The
    NER runs names together across a comma ('In a question-and-answer thread on a forum, Dale told
    the members', tagged "Reddit, Brown"; "Obama, Blair"): no name holds a comma, so each
    side is a name of its own."""
    from spacy.tokens import Span

    if ent.label_ == "PERSON":
        ent = _with_given_name(ent)
    if not any(t.text == "," for t in ent):
        return ent

    at = (token if token is not None else ent.root).i
    start = max((t.i + 1 for t in ent if t.text == "," and t.i < at), default=ent.start)
    end = min((t.i for t in ent if t.text == "," and t.i > at), default=ent.end)
    return Span(ent.doc, start, end, label=ent.label_) if start < end else ent




def _with_given_name(ent):
    """A person's name with the given names the NER left out between an office and the
    tagged words: "Ponce Mayor Rosa Belén Ortiz" is tagged "Belén Ortiz" while "Rosa"
    hangs on the same head as a plain proper noun. Capitalised proper nouns that modify the
    name's head, are in no entity and stand right after a title or office word are the
    person's own; without a title before them nothing is added ("Google CEO Sundar Pichai"
    keeps its tag), nor after a word that qualifies an office ("Chief Whip Peter Van
    Wyk": "Whip" is the office)."""
    from spacy.tokens import Span

    doc = ent.doc
    start = ent.start
    while start > 1:
        t = doc[start - 1]
        if t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper() or \
                t.dep_ != "compound" or not (ent.start <= t.head.i < ent.end) or \
                t.lower_.strip(".") in TITLES | OFFICE_QUALIFIERS:
            break
        start -= 1
    title = doc[start - 1].lower_.strip(".")
    if start == ent.start and start > 0 and title in STYLES and \
            doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_ and \
            ent.start <= doc[start - 1].head.i < ent.end:
        # "Spain's King Juan Carlos" tagged "Juan Carlos", then "King Juan said": a style is
        # how the person is named (``STYLES``), and left out, the two mentions are two people
        return Span(doc, start - 1, ent.end, label=ent.label_)
    if start == ent.start or title not in TITLES or title in OFFICE_QUALIFIERS:
        # ("Chief Whip Peter Van Wyk": after a qualifier the next word is the office)
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _roles(cluster, names: Names) -> dict[str, str]:
    """Job titles the text gives a person: appositives and "US ambassador Samantha Power"."""
    found: dict[str, Counter] = defaultdict(Counter)
    for docs in cluster.docs.values():
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG"):
                    continue
                name = names.resolve(ent.text, "PERSON")
                if names.label.get(name) != "PERSON":
                    continue
                head = ent.root
                role = None
                left = [t for t in doc[max(ent.start - 8, 0):ent.start]
                        if t.head.i == head.i and t.dep_ in ("compound", "amod", "poss", "nmod")]
                if left and any(t.pos_ == "NOUN" for t in doc[left[0].i:ent.start]) \
                        and doc[ent.start - 1].pos_ == "NOUN":
                    role = doc[left[0].left_edge.i:ent.start].text
                elif head.dep_ == "appos" and (head.head.pos_ == "NOUN" or (
                        head.head.pos_ == "PROPN" and entity_of(head.head) is None)):
                    noun = head.head
                    role = doc[noun.left_edge.i:noun.i + 1].text
                    role += _tail(noun, stop=head.i)
                else:
                    for child in head.children:
                        if child.dep_ == "appos" and child.pos_ == "NOUN":
                            role = doc[child.left_edge.i:child.right_edge.i + 1].text
                if role:
                    role = re.sub(r"^(the|a|an)\s+", "", role.strip(" ,"), flags=re.I)
                    # an honorific before the name ("director Dr") is no part of the role;
                    # an office word ending the phrase is its head ("foreign minister")
                    while role.split() and role.split()[-1].lower().strip(".") in PERSONAL_TITLES:
                        role = " ".join(role.split()[:-1])
                    if role and not role.lower().rstrip(".") in TITLES and len(role) < 80:
                        found[name][role] += 1
    out = {}
    for name, roles in found.items():
        # "Her spokesman, Bill McAllister," (three reports) names whose spokesman only beside
        # the sentence before; "Palin spokesman Bill McAllister" (one) says it: a role that
        # opens with a possessive pronoun gives way to one that does not
        named = Counter({r: n for r, n in roles.items()
                         if r.split()[0].lower() not in _POSSESSIVE_PRONOUNS})
        roles = named or roles
        common = roles.most_common(1)[0][0]
        # "US ambassador to the UN" says more than "US ambassador": keep the fuller form
        role = max((r for r in roles if common.lower() in r.lower()), key=len)
        first, _, rest = role.partition(" ")
        if first.lower() in _POSSESSIVE_PRONOUNS:  # "Her spokesman" opened a sentence
            role = f"{first.lower()} {rest}"
        out[name] = role
    return out


def _title_words(ent, name: str) -> frozenset[str]:
    """The title and role words a text writes at a person's name: before it ("Polk County
    Sheriff Grady Judd" -> county, sheriff; "former President Barack Obama" -> former,
    president; "lead investigator Susan Gomes") or in apposition ("Sergio Pirozzi, the mayor
    of Castelmonte", "The mayor of Valdoro, Marco Ferrante,") -> mayor. What "the sheriff"
    or "the mayor" may later mean (``Names.holder_of``)."""
    doc = ent.doc
    words = set()
    first = name.split()[0] if name.split() else ""
    for t in ent:  # the entity's own words before the name ("Sheriff" in "Sheriff Grady Judd")
        if t.text == first:
            break
        low = t.lower_.strip(".")
        if low in TITLES | OFFICE_QUALIFIERS | DEMONYMS:
            words.add(low)
            words.add(ABBREVIATED_OFFICES.get(low, low))
    taken = set(range(ent.start, ent.end))
    i = ent.start - 1
    while i >= 0:
        t = doc[i]
        low = t.lower_.strip(".")
        if low in TITLES | OFFICE_QUALIFIERS | PERSON_ROLES | DEMONYMS or (
                t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ in ("compound", "amod")
                and t.head.i in taken and t.ent_type_ != "PERSON"):
            # (a capitalised word of the title too: "Police" of "Police Chief Ray Olsen",
            # "Head" of "Head coach Tom Harris", whom "the police chief" and "the head
            # coach" mean later; not another person's name before it)
            words.add(low)
            words.add(ABBREVIATED_OFFICES.get(low, low))
            taken.add(i)
            i -= 1
        else:
            break
    root = ent.root
    nouns = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
    nouns += [c for c in root.children if c.dep_ == "appos" and (
        c.pos_ == "NOUN" or c.lower_ in DEMONYMS)]  # ("Luc Moreau, a Frenchman who ...")
    for noun in nouns:
        words.add(noun.lemma_.lower())
        words.update(c.lower_ for c in noun.children
                     if c.dep_ in ("amod", "compound") and c.pos_ in ("NOUN", "ADJ"))
    place = root.head if root.dep_ == "appos" else None
    if place is not None and place.ent_type_ in _PLACE_TYPES and place.dep_ == "pobj" and \
            place.head.lower_ in ROLE_PREPOSITIONS and \
            place.head.head.lemma_.lower() in TITLES | PERSON_ROLES:
        # 'Minister for London, Tessa Jowell', 'the mayor of Valdoro, Marco Ferrante', parsed
        # with the name in apposition to the place: a place is no person, so the name is the
        # role's, and the place is the role's own word ("the Minister for London" later)
        role = place.head.head
        words.add(role.lemma_.lower())
        words.update(t.lower_ for t in place.subtree
                     if t.ent_type_ in _PLACE_TYPES and t.is_alpha)
    return frozenset(words)


# the entity types of a place or body a role may be of or for ("Minister for London")
_PLACE_TYPES = ("GPE", "LOC", "ORG", "NORP")
# the prepositions that tie a role to its place or body ("mayor of Valdoro", "ambassador to
# the UN", "Minister for London")
ROLE_PREPOSITIONS = ("of", "for", "to")


def _role_head(role: str) -> str:
    """The noun a role is headed by: "US ambassador to the UN" -> "ambassador", "Defence
    lawyer" -> "lawyer", "director of retail accounts at Norvane" -> "director"."""
    words = _words(role)
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "for", "to", "at", "with", "in", "on"):
            return words[i - 1]
    return words[-1] if words else ""


def _tail(noun, stop: int) -> str:
    """A role's prepositional tail ("ambassador *to the UN*"), up to the name."""
    parts = [c for c in noun.rights if c.dep_ == "prep" and c.i < stop]
    if not parts:
        return ""
    return " " + noun.doc[parts[0].i:min(parts[-1].right_edge.i + 1, stop)].text.rstrip(" ,")




# Demonym endings that turn a place name into its people's adjective: Russia -> Russian,
# Syria -> Syrian, Japan -> Japanese, Italy -> Italian (a final vowel or y may drop first).
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese")


def cluster_places(cluster) -> dict[str, str]:
    """Word -> place for the cluster's own GPE names and the NORP adjectives built from them.

    Only what the cluster's entities say: "Russian" maps to "russia" when spaCy tagged
    "Russian" NORP (or opening an organisation's name) and "Russia" GPE somewhere in the cluster, and the adjective is the place
    name plus a demonym ending. No list of countries, capitals or institutions is used.
    """
    gpe, norp = set(), set()
    for docs in cluster.docs.values():
        for doc in docs:
            for ent in doc.ents:
                words = content_words(ent.text)
                if ent.label_ == "GPE" and len(words) == 1:  # "Russian Federation" is no stem
                    gpe.update(w for w in words if len(w) >= 3)
                elif ent.label_ == "NORP":
                    norp.update(content_words(ent.text))
                elif ent.label_ == "ORG":  # "the Russian Foreign Ministry": its adjective
                    norp.update(_words(ent.text)[:2])
    out = {g: g for g in gpe}
    for g in gpe:
        stems = {g} | ({g[:-1]} if g[-1] in "aeiouy" else set())
        for stem in stems:
            for ending in _DEMONYM_ENDINGS:
                adjective = stem + ending
                if adjective in norp and adjective not in gpe:
                    out.setdefault(adjective, g)
    return out


def voice_key(name: str | None, places: dict[str, str]) -> frozenset | None:
    """One source however it is written: "Russia's military" = "Russian military".

    Possessive and adjectival forms of one place fold together; head nouns stay as written
    ("military" and "defence ministry" are different speakers here).
    """
    if not name:
        return None
    return frozenset(places.get(w, w) for w in content_words(name))




def names_of(cluster) -> "Names":
    """The cluster's one name resolver, built on first use and shared by every section."""
    return cluster.derive("names", Names)


def roles_of(cluster) -> dict[str, str]:
    """Job titles the text gives each person, built once per cluster."""
    return cluster.derive("roles", lambda c: _roles(c, names_of(c)))
