"""A verb of saying that is denied ("did not respond", "would not say") attributes no words:
the quotation before it goes on with the speaker its paragraph already gave. The paragraph is
a tuning article's own (gold basil-d3a1ce0a a2); without the check the second quotation went
to "Frank representative", the subject of the sentence after it."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_denied_verb_of_saying_after_a_quotation_does_not_take_it():
    speakers = _speakers(
        "Former Rep. Barney Frank (D-Mass.) was the only person to publicly campaign for the "
        "interim appointment.\n\n"
        "Frank praised Cowan in a brief statement Wednesday. \"I know Mr. Cowan is committed to "
        "working hard and in a socially fair and economically efficient manner toward solving "
        "pending budget issues,\" he said. \u201cI now look forward to working for the election "
        "of Ed Markey to continue this work, and to providing President Obama the support he "
        "deserves in carrying out the mandate he received in November.\" A Frank representative "
        "did not respond to interview requests from The Huffington Post.")
    given = next(s for t, s in speakers.items() if t.startswith("I now look forward"))
    assert given == "Barney Frank"
