"""One attribution layer: names resolved once per cluster, read by quotes, claims, entities.

The example articles name the same voices several ways ("Russia's foreign ministry", "the
Russian Foreign Ministry"; "Gen Viktor Poznikhir"); the speaker phrasings reported in issue 7
("VFI Chief Executive, Padraig Cribben, said", "Brig. Gen. Yoav Mordechai") are parsed as
written there.
"""

from __future__ import annotations

import pytest

from conftest import story_cluster
from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.entities import find_entities
from newsfuse.crosscheck.names import clean_name, names_of
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.crosscheck.speech import speech_events
from newsfuse.model import Article


def test_possessive_and_adjective_forms_are_one_voice(example_cluster):
    names = names_of(example_cluster)
    assert names.resolve("Russia's foreign ministry") == "Russian Foreign Ministry"
    assert names.resolve("Russia's Foreign Ministry") == "Russian Foreign Ministry"


def test_names_are_built_once_per_cluster(example_cluster):
    assert names_of(example_cluster) is names_of(example_cluster)
    assert speech_events(example_cluster) is speech_events(example_cluster)


def test_one_spelling_for_a_speaker_across_sections(example_cluster):
    speakers = {q["speaker"] for q in find_quotes(example_cluster) if q["speaker"]}
    people = {e["name"] for e in find_entities(example_cluster) if e["label"] == "PERSON"}
    assert "Viktor Poznikhir" in speakers and "Viktor Poznikhir" in people
    assert not any(n.startswith(("Gen ", "Gen. ")) for n in speakers | people)
    claimants = {v["attributed_to"] for g in find_claims(example_cluster) for v in g["values"]}
    lowered = {}
    for name in claimants - {None}:
        lowered.setdefault(name.lower(), set()).add(name)
    assert all(len(v) == 1 for v in lowered.values()), lowered


@pytest.mark.parametrize("title, name", [
    ("Brig. Gen. Yoav Mordechai", "Yoav Mordechai"),
    ("Sheriff Grady Judd", "Grady Judd"),
    ("Defense Secretary Jim Mattis", "Jim Mattis"),
    # a run of offices ("General" then "Manager") goes whole, not up to its second word
    ("General Manager A.J. Smith", "A.J. Smith"),
    ("NFL Commissioner Roger Goodell", "Roger Goodell"),
])
def test_titles_are_no_part_of_a_person_name(title, name):
    assert clean_name(title, person=True) == name


@pytest.mark.parametrize("organisation", ["Foreign Ministry", "State Department", "General Motors",
                                          "Election Commission"])
def test_an_institution_keeps_its_first_word(organisation):
    assert clean_name(organisation, person=False) == organisation


def test_appositive_person_speaks_for_a_role():
    cluster = analyze([Article(text=(
        'VFI Chief Executive, Padraig Cribben, said: "We are very concerned about the price '
        'of milk this year."\n'
        'Israeli army spokesman Brig. Gen. Yoav Mordechai said: "The strike was aimed at a '
        'weapons depot in the area."'))])
    found = {q["text"][:20]: q for q in find_quotes(cluster)}
    assert found["We are very concerne"]["speaker"] == "Padraig Cribben"
    assert found["We are very concerne"]["role"] == "VFI Chief Executive"
    assert found["The strike was aimed"]["speaker"] == "Yoav Mordechai"


def test_a_he_said_after_an_institution_does_not_make_it_a_person(example_cluster):
    # "... the Defence Ministry said" / '"...," he said': the "he" is a spokesman, so the
    # ministry keeps its label (it may carry the pronoun's gender, which a person test needs)
    names = names_of(example_cluster)
    assert names.label.get("Defence Ministry") == "ORG"


def test_a_hyphenated_surname_is_one_word():
    # multinews-test-53046: "openly gay actor Leon Acord-Whiting" / "Acord-Whiting went on
    # Facebook to accuse ..." (tagged ORG there): the surname names the full name, so the
    # next paragraph's '"...," he wrote' is his
    from conftest import eval_records, record_cluster

    record = next((r for r in eval_records("multinews_sample100.jsonl")
                   if r["id"] == "multinews-test-53046"), None)
    if record is None:
        pytest.skip("eval record missing")
    assert any("Acord-Whiting went on Facebook" in d for d in record["documents"])
    cluster = record_cluster(record)
    assert names_of(cluster).resolve("Acord-Whiting", "ORG") == "Leon Acord-Whiting"
    q = next(q for q in find_quotes(cluster)
             if q["text"].startswith("It is wildly irresponsible for LA Talk Radio"))
    assert q["speaker"] == "Leon Acord-Whiting"


def test_a_shared_surname_stays_with_the_person_it_first_stood_for():
    # multinews-train-4679 (batch W): "Abdul Qadeer Khan" is "Khan" from the second
    # paragraph on; "Lt. Gen. Zulfiqar Khan", brought in later, is written out at every
    # mention. Counting full names gave the bare "Khan" to Zulfiqar Khan (written out more
    # often), and with it Khan's figures and quotes
    from conftest import eval_records, record_cluster

    record = next((r for r in eval_records("multinews_sample100.jsonl")
                   if r["id"] == "multinews-train-4679"), None)
    if record is None:
        pytest.skip("eval record missing")
    assert any("Lt. Gen. Zulfiqar Khan" in d for d in record["documents"])
    names = names_of(record_cluster(record))
    assert names.resolve("Khan", "PERSON") == "Abdul Qadeer Khan"
    assert names.resolve("Zulfiqar Khan", "PERSON") == "Zulfiqar Khan"


@pytest.mark.parametrize("written, name", [
    ("Emir Sheik Hamad bin Khalifa Al Thani", "Sheik Hamad bin Khalifa Al Thani"),
    ("King Abdullah", "King Abdullah"),
    ("Pope Francis", "Pope Francis"),
    ("President Obama", "Obama"),
])
def test_a_royal_or_religious_style_stays_with_the_name(written, name):
    # an office goes, the style the person is known by stays, and "bin" is part of a name
    assert clean_name(written, person=True) == name


def test_royal_speakers_keep_their_style_on_real_text():
    # multinews-train-42590 (batch W, tuning): "Qatar's Emir Sheik Hamad bin Khalifa Al
    # Thani" and "The kingdom's 90-year-old King Abdullah said:": the gold, like every
    # reader, names them "Sheik(h) Hamad bin Khalifa Al Thani" and "King Abdullah"; the
    # office "Emir" is dropped, the style and the lower-case "bin" are kept
    from conftest import record_cluster, wanted_records

    record = wanted_records(("multinews-train-42590",))["multinews-train-42590"]
    assert any("The kingdom's 90-year-old King Abdullah said:" in d for d in record["documents"])
    assert any("Qatar's Emir Sheik Hamad bin Khalifa Al Thani" in d for d in record["documents"])
    quotes = find_quotes(record_cluster(record))
    abdullah = next(q for q in quotes if q["text"].startswith("We are confident that you will"))
    assert abdullah["speaker"] == "King Abdullah"
    emir = next(q for q in quotes if q["text"].startswith("The time has come to turn a new leaf"))
    assert emir["speaker"] == "Sheik Hamad bin Khalifa Al Thani"


def test_an_accented_name_is_one_name_with_its_plain_spelling():
    # multinews-train-40535 (tuning): one report writes "Gov. Ricardo Rosselló", the other
    # "Rossello has called the destruction a “humanitarian disaster,”". Read as ASCII words,
    # "Rosselló" was "rossell" and a stray "o", so the plain spelling matched no one
    from conftest import record_cluster, wanted_records

    from newsfuse.crosscheck.names import content_words

    assert content_words("Ricardo Rosselló") == {"ricardo", "rossello"}
    record = wanted_records(("multinews-train-40535",))["multinews-train-40535"]
    assert any("Rossello has called the destruction" in d for d in record["documents"])
    assert any("Ricardo Rosselló" in d for d in record["documents"])
    cluster = record_cluster(record)
    assert names_of(cluster).resolve("Rossello", "PERSON") == "Ricardo Rosselló"
    quote = next(q for q in find_quotes(cluster) if q["text"].startswith("humanitarian disaster"))
    assert quote["speaker"] == "Ricardo Rosselló"


def test_a_shared_surname_is_the_person_its_article_wrote_out_before_it():
    # multinews-train-16049 (tuning): both reports name "Chen Guangcheng" in full and then
    # "Chen"; his nephew "Chen Kegui" and brother "Chen Guangfu" come in later, so the
    # cluster cannot say which Chen "Chen" is, but each article can: the one it wrote out
    # before its first bare "Chen"
    from conftest import record_cluster, wanted_records

    record = wanted_records(("multinews-train-16049",))["multinews-train-16049"]
    assert any("a nephew in Shandong, Chen Kegui," in d for d in record["documents"])
    cluster = record_cluster(record)
    assert names_of(cluster).resolve("Chen", "PERSON") == "Chen"  # three Chens: not here
    quotes = find_quotes(cluster)
    said = next(q for q in quotes if q["text"].startswith("I think that at least (continuing)"))
    assert said["speaker"] == "Chen Guangcheng"
    assert not any(q["speaker"] == "Chen" for q in quotes)


def test_a_bare_role_is_the_one_person_the_article_titles_so():
    # multinews-train-40535 (tuning): '"Well, I think she's come back a long way. ...," the
    # president told reporters ... "whether it's her or anybody else, ..."' in a report that
    # titles one person "President Donald Trump" (and San Juan's "Mayor Carmen Yulín Cruz");
    # the second passage, only in that report, was the president's; multinews-train-18210:
    # '"You can take it any way you want," the president said', where the cluster's vote
    # makes "Donald Trump" an organisation but "President Donald Trump" is tagged a person
    from conftest import record_cluster, wanted_records

    records = wanted_records(("multinews-train-40535", "multinews-train-18210"))
    assert any("the president told reporters" in d
               for d in records["multinews-train-40535"]["documents"])
    quotes = find_quotes(record_cluster(records["multinews-train-40535"]))
    rest = next(q for q in quotes if q["text"].startswith("whether it's her or anybody else"))
    assert rest["speaker"] == "Donald Trump"
    assert any('the president said when asked' in d
               for d in records["multinews-train-18210"]["documents"])
    quotes = find_quotes(record_cluster(records["multinews-train-18210"]))
    anyway = next(q for q in quotes if q["text"].startswith("You can take it any way you want"))
    assert anyway["speaker"] == "Donald Trump"


def test_a_role_two_people_hold_stays_as_written():
    # multinews-train-9144 (tuning): 'Amatrice, where the mayor lamented that "half the town
    # no longer exists,"': the report titles no mayor, and the cluster has two (Sergio
    # Pirozzi of Amatrice, Stefano Petrucci of Accumoli), so the role is not guessed
    from conftest import record_cluster, wanted_records

    record = wanted_records(("multinews-train-9144",))["multinews-train-9144"]
    assert any("where the mayor lamented" in d for d in record["documents"])
    quotes = find_quotes(record_cluster(record))
    half = next(q for q in quotes if q["text"].startswith("half the town no longer exists"))
    assert half["speaker"] == "mayor"


def test_words_of_ascii_text_are_the_folded_words(example_cluster):
    """``cased_words`` reads ASCII text as it is (nothing to fold): every sentence and entity
    of the example articles gives the words the character-by-character folding gives, and
    text with accents or other scripts is still folded ("Rosselló" is one word)."""
    import re
    import unicodedata

    from newsfuse.crosscheck.names import cased_words

    def folded(text):
        plain = unicodedata.normalize("NFKD", text)
        return re.findall(r"[^\W_]+", "".join(ch for ch in plain if not unicodedata.combining(ch)))

    texts = [s.text for s in example_cluster.sentences]
    texts += [e.text for s in example_cluster.sentences for e in s.entities]
    texts += ["Gov. Ricardo Rosselló", "Yulín Cruz", "Ｆｕｌｌ ｗｉｄｔｈ", "Dayr az-Zawr (دير الزور)"]
    assert sum(t.isascii() for t in texts) > 300 and not all(t.isascii() for t in texts)
    assert [cased_words(t) for t in texts] == [folded(t) for t in texts]
    assert cased_words("Gov. Ricardo Rosselló") == ["Gov", "Ricardo", "Rossello"]


def test_a_general_manager_speaks_by_his_name():
    # "Chargers General Manager A.J. Smith said" (a tuning report of an NFL arrest): the NER
    # took "Manager" into the name, and the brief printed "Manager A.J. Smith"
    cluster = analyze([Article(text=(
        'Chargers General Manager A.J. Smith said he was aware of the arrest.\n'
        '"You win championships with players like Vincent Jackson," Smith said.'))])
    speakers = {q["speaker"] for q in find_quotes(cluster)}
    assert speakers == {"A.J. Smith"}


def test_a_spouse_noun_beside_a_name_gives_the_gender():
    # T11 basil-13792511 a2: "his wife, Mary Pat" had no gender, so the next "he said" could
    # mean her
    cluster = analyze([Article(text=(
        "He described the decision to enter politics as a coin toss between him and his wife, "
        "Mary Pat, herself a nimble political mind."))])
    assert names_of(cluster).gender.get("Mary Pat") == "F"


def test_a_title_before_a_name_the_ner_did_not_call_a_person_names_the_person():
    # sentences written after an unused BASIL story (a priest who organised a faculty letter):
    # 'said Father Reese' after "the gospel of Jesus Christ" is tagged NORP, so the title
    # stayed and one brief printed "Father Reese" beside "Thomas J. Reese" for one priest
    cluster = analyze([
        Article(text=(
            "Nearly 90 faculty members signed the letter, said Jesuit Father Thomas J. Reese , one "
            "of its organizers.\n\n“The budget reflects the values of a novelist rather than the "
            "gospel of Jesus Christ,” said Father Reese. “Survival of the fittest may be fine for "
            "some, but not for us.”"), title="Faculty chide congressman", source="one"),
        Article(text=(
            "Thomas J. Reese, a senior fellow at a theology centre, organised the letter.\n\n“Our "
            "problem is that he claims his budget is based on church teaching,” Reese said."),
            title="Scholars write to congressman", source="two")])
    assert {q["speaker"] for q in find_quotes(cluster)} == {"Thomas J. Reese"}
    names = names_of(cluster)
    # an organisation whose first word is an office resolves to no person and stays whole
    assert names.resolve("Cardinal Health", "ORG") == "Cardinal Health"
    assert names.resolve("General Motors") == "General Motors"


def test_the_parse_makes_a_platform_the_ner_calls_a_person_an_organisation():
    # T17 basil-ad409798 (Infowars banned): the NER tags "Twitter" (9 mentions) and "Infowars"
    # (4) PERSON every time; "Mr. Trump wrote on Twitter", "his website, Infowars" say what
    # they are, and no mention of either is given a title or a he/she
    names = names_of(story_cluster("basil-ad409798-ee94-4436-92c5-92669193be14"))
    assert names.label["Twitter"] == "ORG"
    assert names.label["Infowars"] == "ORG"
    assert names.label[names.resolve("Alex Jones")] == "PERSON"
    assert names.label[names.resolve("Monika Bickert")] == "PERSON"


def test_a_role_before_a_name_keeps_it_a_person_whatever_noun_the_parse_hangs_it_on():
    # a tuning Multi-News report: the parser makes Roger Ailes an apposition of "network"
    cluster = analyze([Article(text=(
        "Kelly said her network and chief executive Roger Ailes had made it clear to Trump "
        "for months that she would not be intimidated. Ailes said he stood by her."))])
    assert names_of(cluster).label.get("Roger Ailes") == "PERSON"


def test_a_person_the_parse_calls_she_outweighs_the_ner_calling_her_an_organisation():
    # T14 ecbplus-6a (a director leaves the Twilight films): the NER tags "Stephenie Meyer"
    # ORG more often than PERSON; three "she" clues of the parse make her the person she is,
    # while "Summit Entertainment", which no clue calls a person, stays an organisation
    names = names_of(story_cluster("ecbplus-6a", "ecbplus.jsonl"))
    assert names.label["Stephenie Meyer"] == "PERSON"
    assert names.label[names.resolve("Summit Entertainment")] == "ORG"


def test_an_institution_word_ending_a_name_makes_it_an_organisation_but_not_its_namesake():
    # tuning Multi-News records: the NER tags "San Diego Fire-Rescue Department" PERSON as
    # often as ORG, and "Oprah Winfrey" is also read in "Oprah Winfrey Network", whose
    # "Network" says nothing of her
    from conftest import record_cluster, wanted_records

    records = wanted_records(("multinews-train-35713", "multinews-train-27651"))
    department = names_of(record_cluster(records["multinews-train-35713"]))
    assert department.label[department.resolve("San Diego Fire-Rescue Department")] == "ORG"
    oprah = names_of(record_cluster(records["multinews-train-27651"]))
    assert oprah.label[oprah.resolve("Oprah Winfrey")] == "PERSON"


def test_an_acronym_written_inside_a_longer_name_is_not_spelt_by_it():
    # written for the test: "IRNA" is a word of "IRNA news agency", not letters standing for
    # its words (its own prefixes would spell IRN-N-A); the name the text writes alone stays
    names = names_of(analyze([Article(text=t) for t in (
        "The official IRNA news agency said the quake struck at noon. IRNA said 40 people "
        "died.",
        "Rescuers searched the rubble overnight, IRNA reported.")]))
    assert names.resolve("IRNA", "ORG") == "IRNA"


def test_an_organisation_written_with_its_kind_after_it_is_named_as_the_text_names_it():
    # written for the test: "the agency reported" means the one agency of the cluster, which
    # the reports call "IRNA" more often than "the official IRNA news agency"
    cluster = analyze([Article(text=t) for t in (
        "The official IRNA news agency said the quake struck at noon. IRNA said 40 people "
        "died.",
        "\"Hospitals are full,\" the agency reported. Rescuers searched the rubble overnight, "
        "IRNA reported.")])
    names = names_of(cluster)
    assert names.resolve("IRNA news agency", "ORG") == "IRNA"
    said = {q["text"]: q["speaker"] for q in find_quotes(cluster)}
    assert said["Hospitals are full,"] == "IRNA"


def test_a_word_that_opens_one_persons_name_is_that_person_whatever_its_tag():
    # written for the test: the NER tags "Park" of "a statement from Park" an organisation;
    # the cluster's only name that holds the word is President Park Geun-hye's
    cluster = analyze([Article(text=t) for t in (
        "South Korean President Park Geun-hye met the delegation on Friday.",
        "\"We will respond firmly,\" a statement from Park said.")])
    assert names_of(cluster).resolve("Park", "ORG") == "Park Geun-hye"
    assert [q["speaker"] for q in find_quotes(cluster)] == ["Park Geun-hye"]

