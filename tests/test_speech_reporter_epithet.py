"""'"...," the award-winning reporter said' is the one reporter the article is about, as "the
actor said" is (``speakers.EPITHET_NOUNS``, ``speakers._epithet_person``), unless the article
brought a reporter in unnamed ("the question of an anonymous reporter"): then the reporter is
that one, never the named person the reporter questions."""

from __future__ import annotations

from conftest import quote_speakers
from conftest import speaker_opening as _of

# speaker_review seed 31 (read draw), multinews-plus-train-11773 a2, with the capitals the
# review's lower-casing took out and the first mention in full, as the cluster's other
# article writes it; main 6c3a209 gave "award-winning reporter"
COLVIN = (
    "Marie Colvin, an American reporter for the British newspaper, and photographer Remi "
    "Ochlik both died in the attack, the French government said. Shells hit the house in which "
    "the two veteran war correspondents were staying, then they were killed by a rocket as they "
    "tried to make their escape, activists told Reuters. Colvin, known for wearing a black eye "
    "patch after she lost an eye due to a shrapnel wound while working in Sri Lanka in 2001, was "
    "the only journalist from a British newspaper in Homs. At least two other Western "
    "journalists - including the British photographer Paul Conroy who was on an assignment "
    "with Colvin - were reportedly wounded after more than 10 rockets hit the house. Only "
    "yesterday, Colvin reported on "
    "shelling in the city in a video for the BBC, as well as CNN, in which she described the "
    "bloodshed as \"absolutely sickening\". \"I watched a little baby die today,\" the "
    "award-winning reporter said.")

# basil-6b541575 a2 (tuning): the reporter is the unnamed one brought in, not the congressman
ETHERIDGE = (
    "Rep. Bob Etheridge (D-N.C.) appeared unreceptive to the question of an anonymous reporter "
    "this weekend, when he grabbed the self-identified \u201cstudent\u201d after he asked the "
    "congressman if he \u201cfully supported the Obama agenda.\u201d\n\n"
    "In the video, the North Carolina lawmaker is seen approaching the camera, while the "
    "reporter asks, \u201cHi, Congressman. How are you? Do you fully support the Obama "
    "agenda?\u201d")


def test_the_reporter_is_the_named_reporter_the_article_is_about():
    speakers = quote_speakers(COLVIN)
    assert _of(speakers, "I watched a little baby") == "Marie Colvin", speakers


def test_a_reporter_brought_in_unnamed_is_not_the_named_person():
    speakers = quote_speakers(ETHERIDGE)
    assert _of(speakers, "Hi, Congressman") != "Bob Etheridge", speakers
