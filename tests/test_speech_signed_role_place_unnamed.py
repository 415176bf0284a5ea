"""Readings of who said a quotation (and of what is one), on the text of a tuning cluster (multiling2011-en-M001,
T46):

- a paragraph made of one quotation and, after its closing mark, a dash and a name ('..." -
  "Fiona"') is the signer's words, not those of the writer who brought the passage in
  (``speech._signed_by``); on main e4b4f9c both passages below went to Rachel North (carried);
- a role with the place it is held for ("according to the Minister for London") is the one
  person the article titles so, though the parse hangs the name on the place ("Minister for
  London, Tessa Jowell", ``names._title_words``, ``speakers._place_qualifier``); on main it
  was the bare word "Minister".
"""

from __future__ import annotations

from conftest import eval_sentence
from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

FILE = "multiling2011_en.jsonl"


def test_a_signed_passage_is_the_signers():
    lead = eval_sentence(r"Ms North also quotes a number of other survivors:", file=FILE)
    first = eval_sentence(r'"We are constantly reminded[^\n]*', file=FILE)
    second = eval_sentence(r'"If nothing else, an enquiry[^\n]*', file=FILE)
    speakers = _speakers("Rachel North wrote on her weblog.\n\n" + lead + "\n\n" + first
                         + "\n\n" + second)
    assert _of(speakers, "We are constantly reminded") == "Fiona", speakers
    assert _of(speakers, "If nothing else") == "Pauline", speakers


def test_a_carried_passage_without_a_signature_stays_carried():
    lead = eval_sentence(r"Ms North also quotes a number of other survivors:", file=FILE)
    first = eval_sentence(r'"We are constantly reminded[^\n]*government can\."', file=FILE)
    speakers = _speakers("Rachel North wrote on her weblog.\n\n" + lead + "\n\n" + first)
    assert _of(speakers, "We are constantly reminded") != "Fiona", speakers


def test_a_role_for_a_place_is_its_holder():
    who = eval_sentence(r"52 stainless steel columns[^\n]*", file=FILE)
    said = eval_sentence(r"Each column represented[^\n]*", file=FILE)
    speakers = _speakers(who + "\n\n" + said)
    assert _of(speakers, "a unique person") == "Tessa Jowell", speakers


def test_she_said_after_an_unnamed_woman_is_hers():
    """'The woman, who asked not to be identified publicly, said she heard the noises' /
    '"I heard footsteps above me, ...," she said.' (multinews-train-15247, T46): in an article
    that has named no one yet, "the woman" is the one the "she said" means
    (``pronouns._described_unnamed``); on main the quotation was withheld."""
    woman = eval_sentence(r"The woman, who asked not to be identified publicly, said[^\n]*")
    said = eval_sentence(r'"I heard footsteps above me[^\n]*she said\.')
    speakers = _speakers(woman + "\n\n" + said)
    assert _of(speakers, "I heard footsteps") == "woman", speakers


def test_she_said_after_a_named_woman_stays_with_the_name():
    said = eval_sentence(r'"I heard footsteps above me[^\n]*she said\.')
    speakers = _speakers("Jane Holt, a tenant, called the police.\n\nThe woman said she heard "
                         "the noises on Friday.\n\n" + said)
    assert _of(speakers, "I heard footsteps") != "woman", speakers


def test_a_marked_name_of_where_words_were_written_is_no_quote():
    """'An anonymous survivor, writing on the "Yorkshire lass" website, says:' (T46): the marked
    words name the website the survivor wrote on, which the verb of saying does not say
    (``quotes._names_a_kind``); on main they were listed as the survivor's words."""
    from conftest import article_quotes
    lead = eval_sentence(r'An anonymous survivor, writing on the "Yorkshire lass" website, says:',
                         file=FILE)
    texts = [q["text"] for q in article_quotes("Story\n\n" + lead + "\n\n\"We were there.\"")]
    assert not any("Yorkshire lass" in t for t in texts), texts
