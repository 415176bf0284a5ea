"""Two people who speak together are a "they": after 'David Long and House Speaker Brian
Bosma, both Republicans, held a press conference to further explain the law', the next
sentence's 'They said they will swiftly try to "clarify" its language' is both of them
(``pronouns.mentions_in`` keeps the pair as one speaker, whom ``pronoun_referent`` lets a
"they" mean and never a he or she).

The paragraphs are a BASIL tuning story's (basil-4f473faf, the third article), read as a short
article; the test failed on fd612f7, where a "they" could mean only an organisation or a group
and went to "business", the subject of the sentence before it."""

from __future__ import annotations

from conftest import quote_speakers

INDIANA = [
    "However, the Indiana law differs in several ways, primarily in that it allows a business "
    "to assert a right to \"the free exercise of religion.\"",
    "On Monday, state Senate President Pro Tem David Long and House Speaker Brian Bosma, both "
    "Republicans, held a press conference to further explain the law. They said they will "
    "swiftly try to \"clarify\" its language.",
    "\u201cThe new law does not discriminate,\u201d Long said.",
    "Bosma acknowledged a major concern is whether businesses will now be legally permitted to "
    "deny services to some people, as a result of the law, and that even he is unclear.",
    "\u201cWe don\u2019t believe that will be the effect,\u201d he said.",
]


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return quote_speakers("\n\n".join(paragraphs))


def test_they_after_two_people_who_spoke_together_is_both():
    speakers = _speakers(INDIANA)
    assert speakers["clarify"] == "David Long and Brian Bosma", speakers


def test_a_he_after_the_pair_is_still_one_man():
    # the pair is no "he": Bosma, the subject of the paragraph before, speaks
    speakers = _speakers(INDIANA)
    assert speakers["We don\u2019t believe that will be the effect,"] in ("Brian Bosma", "Bosma"), \
        speakers
