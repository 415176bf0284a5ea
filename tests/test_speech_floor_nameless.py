"""A paragraph that quotes no one and names no one keeps the floor where it was: an
interviewer's question between two answers does not end the interview. The paragraphs are a
tuning article's (gold multinews-train-42590 a1), whose last quotation had no speaker before
``speech.article_quotes`` let the floor pass through such a paragraph."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

INTERVIEW = (
    "“This is hugely exciting,” said Mike Holtzman, the president of BLJ Worldwide.\n\n"
    "“It’s just not true” that he is socially conservative, Mr. Holtzman said. For years, he "
    "was in the wings as his father and his prime minister ran the country, so people had "
    "little basis on which to judge him.\n\n"
    "“Now that he’s got the reigns, he’ll be showing concern for human rights, worker "
    "safety,” he said. “He has the wind at his back.”\n\n"
    "And democracy?\n\n"
    "“Well, Qatar is already a very open society.”")


def test_an_answer_after_a_question_goes_on_with_the_speaker():
    speakers = _speakers(INTERVIEW)
    given = next(s for t, s in speakers.items() if t.startswith("Well, Qatar"))
    assert given == "Mike Holtzman"

