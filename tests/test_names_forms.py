"""One person written one way (issue 7): the written forms of a name a cluster uses for one
person are one name in the brief, for quotes and claimants alike (``Names.resolve``).

Sentences from tuning clusters (basil-b7021938, multinews-train-14110, -42590,
multinews-val-49729, a tuning record despite its id), shortened where a sentence ran on, and
text written for the tests (the particle surname); each
test but the two-people guard fails on main ed8b828 (the sixteenth speakers round,
docs/measurements.md).
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
    # multinews-train-14110: "Said Williams, who has family buried at the site: ..."
    cluster = _cluster(
        "Deerfield Beach native Velemina Williams, 80, said her grandmother is buried there.\n"
        'Said Williams, who has family buried at the site: "If they moved people, who did they '
        'move and where did they move them to? I don\'t remember them moving my grandmother."')
    assert "Said Williams" not in names_of(cluster).count
    speakers = {q["text"][:10]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["If they mo"] == "Velemina Williams"


def test_an_owners_possessive_before_a_person_is_that_person():
    # multinews-train-42590: "Al Jazeera's diplomatic editor, James Bays" / "Al Jazeera's Bays"
    cluster = _cluster(
        "Al Jazeera's diplomatic editor, James Bays, said the next 48 hours would be crucial "
        "for the new leader.\n"
        '"Slowly he\'s been taking more and more of a share of the running of this country," '
        "Al Jazeera's Bays said.")
    speakers = {q["text"][:10]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["Slowly he'"] == "James Bays"
    assert names_of(cluster).resolve("Russia's Foreign Ministry") != "James Bays"


def test_a_given_name_the_article_wrote_out_is_the_person_whatever_its_tag():
    # multinews-val-49729: "said Ella Ebaugh" first, then "Ella" (tagged ORG by the cluster's
    # vote): the article means her
    cluster = _cluster(
        "“It was a very happy day, but I was still sad and depressed,” said Ella Ebaugh.\n"
        "She’d been active on a softball team, busy with her family and like millions of "
        "women, Ella suffered from stress urinary incontinence.\n"
        "“I had five children and that’s what weakened my pelvic floor muscles,” Ella tells "
        "CBS3’s Stephanie Stahl.\n"
        "For women like Ella, who need surgery, pelvic mesh is often used.\n"
        "“I feel like I’m on fire you know down there,” said Ella.")
    speakers = {q["text"][:10]: q["speaker"] for q in find_quotes(cluster)}
    assert speakers["I feel lik"] == "Ella Ebaugh"
    assert speakers["I had five"] == "Ella Ebaugh"
