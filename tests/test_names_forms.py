"""One person written one way (issue 7): the written forms of a name a cluster uses for one
person are one name in the brief, for quotes and claimants alike (``Names.resolve``).

Sentences from a tuning cluster (basil-b7021938), shortened where a sentence ran on, and
text written for the tests in the shapes of tuning articles' sentences; each test but the
two-people guard failed on main ed8b828 with the sentences it read then (the sixteenth
speakers round, docs/measurements.md).
"""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.names import clean_name, names_of
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.model import Article


def _cluster(*texts):
    return analyze([Article(text=t) for t in texts])


def test_middle_initial_and_suffix_are_one_person():
    # basil-b7021938: a1 writes "Robert Mueller", a2 "Robert S. Mueller III", both "Mueller"
    names = names_of(_cluster(
        "The letter follows the conclusion of Special Counsel Robert Mueller's Russia probe, "
        "which turned up no evidence of collusion.",
        "WASHINGTON — The House Intelligence Committee's first hearing since Robert S. Mueller "
        "III completed his report had barely begun when the panel's Republicans moved en masse "
        "to demand the resignation of the committee's chairman. Mueller did not comment."))
    one = names.resolve("Robert Mueller", "PERSON")
    assert one == "Robert Mueller"  # each written once: the plainer form
    assert names.resolve("Robert S. Mueller III", "PERSON") == one
    assert names.resolve("Mueller", "PERSON") == one


def test_two_middle_initials_are_two_people():
    names = names_of(_cluster(
        "George W. Bush spoke on Monday. George H. W. Bush spoke on Tuesday. "
        "George Bush spoke on Wednesday."))
    assert names.resolve("George W. Bush", "PERSON") != names.resolve("George H. W. Bush", "PERSON")


def test_a_surname_opened_by_a_particle_is_the_full_name():
    # (text written for this test) "Dr Pieter Van Dijk tells the BBC" once, then "says Van Dijk"
    cluster = _cluster(
        "\u201cThe shaking was about as strong as in the quakes of the last decade,\u201d "
        "senior Dutch geologist Dr Pieter Van Dijk tells the BBC.\n"
        "\u201cThe plates move in several directions under this coast, so stress builds up in many "
        "places,\u201d says Van Dijk.\n"
        "\u201cThat makes the next quake very hard to predict,\u201d says Van Dijk.")
    speakers = {q["text"][:12]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["The plates m"] == "Pieter Van Dijk"
    assert speakers["That makes t"] == "Pieter Van Dijk"


def test_a_role_word_opening_a_persons_entity_is_no_part_of_the_name():
    # multinews-val-49729: sentence-initial "Lawyer Kila Baldwin" is tagged as one name
    assert clean_name("Lawyer Kila Baldwin", person=True) == "Kila Baldwin"
    assert clean_name("Kila Baldwin", person=True) == "Kila Baldwin"


def test_a_bracketed_insertion_is_no_part_of_the_name():
    assert clean_name("Robert] Mueller", person=True) == "Robert Mueller"


def test_a_sentence_opening_said_is_no_part_of_the_name():
    # written for the test in a tuning article's shape: "Said Marlow, who has family ...: ..."
    cluster = _cluster(
        "Pine Ridge native Odessa Marlow, 84, said her grandfather is buried there.\n"
        'Said Marlow, who has family buried near the church: "If they moved the graves, where '
        'did they take them? I don\'t remember them moving my grandfather."')
    assert "Said Marlow" not in names_of(cluster).count
    speakers = {q["text"][:10]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["If they mo"] == "Odessa Marlow"


def test_an_owners_possessive_before_a_person_is_that_person():
    # written for the test in a tuning article's shape: "Sky News's foreign editor, Mark
    # Dunn" / "Sky News's Dunn"
    cluster = _cluster(
        "Sky News's foreign editor, Mark Dunn, said the next 72 hours would be vital for the "
        "new government.\n"
        '"Slowly she\'s been taking more and more control of the running of this country," '
        "Sky News's Dunn said.")
    speakers = {q["text"][:10]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["Slowly she"] == "Mark Dunn"
    assert names_of(cluster).resolve("Sky News") != "Mark Dunn"


def test_a_given_name_the_article_wrote_out_is_the_person_whatever_its_tag():
    # written for the test in a tuning article's shape: "said Mercedes Tillman" first, then
    # "Mercedes" (tagged ORG, a carmaker's name too): the article means her
    cluster = _cluster(
        "“It was the best day of my life, but I was still tired and low,” said Mercedes "
        "Tillman.\n"
        "She’d been busy with her job and her family and like many women, Mercedes suffered "
        "from back pain.\n"
        "“I had four children and that’s what hurt my back,” Mercedes tells KTV’s Anna Webb.\n"
        "For women like Mercedes, who need surgery, a spinal implant is often used.\n"
        "“I feel like my back is on fire all day,” said Mercedes.")
    assert names_of(cluster).label["Mercedes"] == "ORG"  # the tag the rule overrides
    speakers = {q["text"][:10]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["I feel lik"] == "Mercedes Tillman"
    assert speakers["I had four"] == "Mercedes Tillman"
