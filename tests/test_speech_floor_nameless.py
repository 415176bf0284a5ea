"""A paragraph that quotes no one and names no one keeps the floor where it was: an
interviewer's question between two answers does not end the interview. A tuning article's
last quotation (Multi-News) had no speaker before ``speech.article_quotes`` let the floor pass
through such a paragraph; the interview below is written for this test in its shape."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

INTERVIEW = (
    "\u201cThis is a big day for the port,\u201d said Lena Ostrova, the director of the Harbor Trade Council.\n\n"
    "\u201cIt\u2019s simply wrong\u201d that the new minister is against trade, Ms. Ostrova said. For years, he "
    "served under a cautious cabinet, so exporters had little to judge him by.\n\n"
    "\u201cNow that he has the job, he\u2019ll be opening markets and cutting fees,\u201d she said. "
    "\u201cHe has the votes behind him.\u201d\n\n"
    "And the unions?\n\n"
    "\u201cWell, the unions have already said they will talk.\u201d")


def test_an_answer_after_a_question_goes_on_with_the_speaker():
    speakers = _speakers(INTERVIEW)
    given = next(s for t, s in speakers.items() if t.startswith("Well, the unions"))
    assert given == "Lena Ostrova", speakers

