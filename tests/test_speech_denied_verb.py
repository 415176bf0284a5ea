"""A verb of saying that is denied ("did not respond", "would not say") attributes no words:
the quotation before it goes on with the speaker its paragraph already gave. In a tuning article
(BASIL), without the check the second quotation went to the subject of the sentence after it
(a "representative"); the paragraphs below are written for this test in that shape."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_denied_verb_of_saying_after_a_quotation_does_not_take_it():
    speakers = _speakers(
        "Former Sen. Walter Brandt was the only person to publicly seek the interim "
        "post.\n\n"
        "Brandt praised Lowell in a short statement Tuesday. \"I know Ms. Lowell will work hard "
        "and fairly to settle the county's budget,\" he said. \u201cI now look forward to helping "
        "in the fall campaign and to giving the governor the support she needs to finish the "
        "work she began.\" A Brandt spokesman did not respond to calls from the Courier.")
    given = next(s for t, s in speakers.items() if t.startswith("I now look forward"))
    assert given == "Walter Brandt", speakers
