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
    # "stage actor Leon Barnes-Whitby" / "Barnes-Whitby went on Facebook to accuse ...": the
    # surname names the full name, so the next paragraph's '"...," he wrote' is his
    # (paragraphs written for this test, in the shape of a tuning report)
    cluster = analyze([Article(text=(
        "The radio station fired its host on Friday after a row with stage actor Leon "
        "Barnes-Whitby.\n\n"
        "Barnes-Whitby went on Facebook to accuse the station of cowardice.\n\n"
        '"It is wildly irresponsible for the station to keep a host like that," he wrote.'))])
    assert names_of(cluster).resolve("Barnes-Whitby", "ORG") == "Leon Barnes-Whitby"
    q = next(q for q in find_quotes(cluster)
             if q["text"].startswith("It is wildly irresponsible for the station"))
    assert q["speaker"] == "Leon Barnes-Whitby"


def test_a_shared_surname_stays_with_the_person_it_first_stood_for():
    # "Farid Ahmed Malik" is "Malik" from the second paragraph on; "Lt. Gen. Tariq Malik",
    # brought in later, is written out at every mention. Counting full names gave the bare
    # "Malik" to Tariq Malik (written out more often), and with it Malik's figures and quotes
    # (paragraphs written for this test, in the shape of a tuning report)
    cluster = analyze([Article(text=(
        "Farid Ahmed Malik, the scientist who ran the country's nuclear program, wrote a letter "
        "in 1998.\n\n"
        "Malik said the letter was genuine. Malik has since retired.\n\n"
        "Lt. Gen. Tariq Malik, who led the army's nuclear unit, denied it. Lt. Gen. Tariq Malik "
        "said no money was paid. Lt. Gen. Tariq Malik has not spoken since."))])
    names = names_of(cluster)
    assert names.resolve("Malik", "PERSON") == "Farid Ahmed Malik"
    assert names.resolve("Tariq Malik", "PERSON") == "Tariq Malik"


@pytest.mark.parametrize("written, name", [
    ("Emir Sheik Rashid bin Saleh Al Mansour", "Sheik Rashid bin Saleh Al Mansour"),
    ("King Faisal", "King Faisal"),
    ("Pope Francis", "Pope Francis"),
    ("President Obama", "Obama"),
])
def test_a_royal_or_religious_style_stays_with_the_name(written, name):
    # an office goes, the style the person is known by stays, and "bin" is part of a name
    assert clean_name(written, person=True) == name


def test_royal_speakers_keep_their_style_on_real_text():
    # "the emirate's Emir Sheik Rashid bin Saleh Al Mansour" and "The kingdom's 90-year-old
    # King Faisal said:": every reader names them "Sheik Rashid bin Saleh Al Mansour" and
    # "King Faisal"; the office "Emir" is dropped, the style and the lower-case "bin" are kept
    # (sentences written for this test, in the shape of a tuning report)
    quotes = find_quotes(analyze([Article(text=(
        "The emirate's Emir Sheik Rashid bin Saleh Al Mansour handed power to his son on "
        "Tuesday. \"The time has come to open a new page,\" the emir said in a televised "
        "speech.\n\n"
        "The kingdom's 90-year-old King Faisal said: \"We are sure that you will lead "
        "your country well.\""))]))
    faisal = next(q for q in quotes if q["text"].startswith("We are sure that you will"))
    assert faisal["speaker"] == "King Faisal"
    emir = next(q for q in quotes if q["text"].startswith("The time has come to open a new page"))
    assert emir["speaker"] == "Sheik Rashid bin Saleh Al Mansour"


def test_an_accented_name_is_one_name_with_its_plain_spelling():
    # one report writes "Gov. Andrés Peñalón", the other "Penalon has called the flooding a
    # "humanitarian disaster,"". Read as ASCII words, "Peñalón" was "pe", "al" and a stray
    # "n", so the plain spelling matched no one (reports written for this test)
    from newsfuse.crosscheck.names import content_words

    assert content_words("Andrés Peñalón") == {"andres", "penalon"}
    cluster = analyze([
        Article(text="Gov. Andrés Peñalón toured the flooded towns of the island on Tuesday."),
        Article(text="Penalon has called the flooding a \u201chumanitarian disaster,\u201d and "
                     "asked the capital for help.")])
    assert names_of(cluster).resolve("Penalon", "PERSON") == "Andrés Peñalón"
    quote = next(q for q in find_quotes(cluster) if q["text"].startswith("humanitarian disaster"))
    assert quote["speaker"] == "Andrés Peñalón"


def test_a_shared_surname_is_the_person_its_article_wrote_out_before_it():
    # both reports name "Li Wenhua" in full and then "Li"; his nephew "Li Kegang" and brother
    # "Li Guofu" come in later, so the cluster cannot say which Li "Li" is, but each article
    # can: the one it wrote out before its first bare "Li" (reports written for this test)
    cluster = analyze([
        Article(text=("Activist Li Wenhua left the embassy on Wednesday.\n\n"
                      '"I think that at least (keeping up) the talks is good," Li said.\n\n'
                      "Li's nephew, Li Kegang, was jailed last year.")),
        Article(text=("Li Wenhua spoke to reporters from the hospital.\n\n"
                      "Li said he wanted to study abroad. His brother, Li Guofu, fled the "
                      "village."))])
    assert names_of(cluster).resolve("Li", "PERSON") == "Li"  # three Lis: not here
    quotes = find_quotes(cluster)
    said = next(q for q in quotes if q["text"].startswith("I think that at least (keeping up)"))
    assert said["speaker"] == "Li Wenhua"
    assert not any(q["speaker"] == "Li" for q in quotes)


def test_a_bare_role_is_the_one_person_the_article_titles_so():
    # '"Well, I think she's come back a long way," the president told reporters ... "whether
    # it's her or anyone else, ..."' in a report that titles one person "President Anna
    # Kovac" (and the town's "Mayor Rosa Vidal"): the second passage is the president's
    # (a report written for this test, in the shape of a tuning report)
    quotes = find_quotes(analyze([Article(text=(
        "President Anna Kovac visited the flooded town on Tuesday and met Mayor Rosa Vidal.\n\n"
        '"Well, I think she\'s come back a long way," the president told reporters, adding that '
        'help would reach everyone, "whether it\'s her or anyone else, we will be there."'))]))
    rest = next(q for q in quotes if q["text"].startswith("whether it's her or anyone else"))
    assert rest["speaker"] == "Anna Kovac"


def test_a_role_two_people_hold_stays_as_written():
    # 'Colleverde, where the mayor lamented that "half the village is gone,"': the report
    # titles no mayor, and the cluster has two (Sergio Rinaldi of Colleverde, Marco Ferrante
    # of Santa Ria), so the role is not guessed (reports written for this test)
    quotes = find_quotes(analyze([
        Article(text="Mayor Sergio Rinaldi of Colleverde said the old center was gone."),
        Article(text="Mayor Marco Ferrante of Santa Ria said the roads were cut."),
        Article(text=("The worst hit was Colleverde, where the mayor lamented that \"half the "
                      "village is gone,\" and rescuers dug by hand."))]))
    half = next(q for q in quotes if q["text"].startswith("half the village is gone"))
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
    # "Hawks General Manager A.J. Smith said" (the shape of a tuning report of a player's
    # arrest): the NER took "Manager" into the name, and the brief printed "Manager A.J. Smith"
    cluster = analyze([Article(text=(
        'Hawks General Manager A.J. Smith said he was aware of the arrest.\n'
        '"You win titles with players like Tom Brooks," Smith said.'))])
    speakers = {q["speaker"] for q in find_quotes(cluster)}
    assert speakers == {"A.J. Smith"}


def test_a_spouse_noun_beside_a_name_gives_the_gender():
    # written for the test: "his wife, Terry Vale" had no gender, so the next "he said" could
    # mean her
    cluster = analyze([Article(text=(
        "He said the choice to run for the Senate was made over dinner with his wife, Terry Vale, "
        "a former campaign manager."))])
    assert names_of(cluster).gender.get("Terry Vale") == "F"


def test_a_title_before_a_name_the_ner_did_not_call_a_person_names_the_person():
    # sentences written for the test (a priest who drafted a teachers' letter): 'said Father
    # Reese' after "the gospel of Jesus Christ" is tagged NORP, so the title stayed and one
    # brief printed "Father Reese" beside "Martin J. Reese" for one priest
    cluster = analyze([
        Article(text=(
            "More than 80 teachers signed the letter, said Jesuit Father Martin J. Reese , one of its "
            "authors.\n\n“This budget follows the creed of the market rather than the gospel of Jesus "
            "Christ,” said Father Reese. “Hard times may be fine for some, but not for the poor.”"),
            title="Teachers rebuke senator", source="one"),
        Article(text=(
            "Martin J. Reese, a fellow at a church research centre, drafted the letter.\n\n“Our "
            "objection is that he says his plan rests on church teaching,” Reese said."),
            title="Teachers write to senator", source="two")])
    assert {q["speaker"] for q in find_quotes(cluster)} == {"Martin J. Reese"}
    names = names_of(cluster)
    # an organisation whose first word is an office resolves to no person and stays whole
    assert names.resolve("Cardinal Health", "ORG") == "Cardinal Health"
    assert names.resolve("General Motors") == "General Motors"


def test_the_parse_makes_a_platform_the_ner_calls_a_person_an_organisation():
    # reports written for the test of a host banned from video sites: the NER tags "Twitter"
    # PERSON in every sentence; "wrote on Twitter", "said on Twitter" say it is a medium, and
    # no mention of it is given a title or a he/she. The people stay people
    names = names_of(analyze([Article(text=t) for t in (
        "Facebook and YouTube removed the videos of Alex Morgan, the radio host, on Monday. "
        "Mr. Morgan wrote on Twitter that the ban was an attack on free speech.",
        "Twitter did not remove his account. Morgan said on Twitter that Twitter would be next.",
        "Twitter said it was reviewing the posts. A spokeswoman, Karen Bell, said the policy "
        "applied to everyone.")]))
    assert names.label["Twitter"] == "ORG"
    assert names.label[names.resolve("Alex Morgan")] == "PERSON"
    assert names.label[names.resolve("Karen Bell")] == "PERSON"


def test_a_role_before_a_name_keeps_it_a_person_whatever_noun_the_parse_hangs_it_on():
    # written for the test: the parser may hang Victor Brandt on "paper" as its apposition
    cluster = analyze([Article(text=(
        "Lane said her paper and chief executive Victor Brandt had made it clear to the mayor "
        "for months that she would not be silenced. Brandt said he stood by her."))])
    assert names_of(cluster).label.get("Victor Brandt") == "PERSON"


def test_a_person_the_parse_calls_she_outweighs_the_ner_calling_her_an_organisation():
    # reports written for the test of a director leaving a film series: the NER tags the
    # novelist "Saffron Gage" ORG in all six mentions; three "she" clues of the parse make her
    # the person she is, while "Northlight Pictures", which no clue calls a person, stays an
    # organisation
    names = names_of(analyze([Article(text=t) for t in (
        "Saffron Gage, who wrote the novels, was told of the decision on Monday. Northlight "
        "Pictures said it would find a new director for the last two films. Saffron Gage said "
        "she was sad to see him go.",
        "Fans of Saffron Gage were upset by the news. Northlight Pictures said the films would "
        "still open next year. Saffron Gage said she had not read the new script.",
        "Northlight Pictures declined to comment further. Saffron Gage wrote on her blog that "
        "she wished the director well. Saffron Gage has sold 100 million books.")]))
    assert names.label[names.resolve("Saffron Gage")] == "PERSON"
    assert names.label[names.resolve("Northlight Pictures")] == "ORG"


def test_an_institution_word_ending_a_name_makes_it_an_organisation_but_not_its_namesake():
    # (written for the test) the NER tags "San Marcos Fire-Rescue Department" PERSON as often
    # as ORG; its last word makes it an institution. A talk show host is also read in the
    # foundation and the network named after her, whose "Foundation" and "Network" say
    # nothing of her
    name = "San Marcos Fire-Rescue Department"
    department = names_of(analyze([Article(text=(
        f"Crews from the {name} reached the warehouse at 2 a.m.\n\n"
        f"{name} spokesman Omar Reyes said the roof had already fallen in.\n\n"
        f"The {name} said two firefighters were treated for burns, and {name} crews stayed "
        "until noon."))]))
    assert department.label[department.resolve(name)] == "ORG"
    host = names_of(analyze([Article(text=t) for t in (
        "Talk show host Dana Whitcombe sat down with the singer for an interview that the Dana "
        "Whitcombe Foundation paid for. Whitcombe said the singer spoke about her illness.",
        "The Dana Whitcombe Foundation said the money would go to cancer research. Dana "
        "Whitcombe praised the singer's courage. The Dana Whitcombe Network will air the "
        "interview on Sunday.")]))
    assert host.label[host.resolve("Dana Whitcombe")] == "PERSON"


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



def test_the_one_named_after_one_of_a_group_speaks():
    # fresh Multi-News train text read in the twenty-eighth session (seed 62): the number
    # that picks the speaker out of the party's deputies was given as the speaker
    from conftest import quote_speakers, train_sentence

    text = train_sentence(r'" it.s well known that lenin himself[^"]+" one of the party.s deputies, '
                          r'vladimir medinsky, was quoted as saying[^.]*\.', file="multinews_train.jsonl.gz")
    assert list(quote_speakers(text).values()) == ["vladimir medinsky"]


def test_a_role_that_names_whose_it_is_wins_over_her_spokesman():
    # ECB+ story 13a (22 reports of the Wasilla church fire): three reports open a sentence
    # with "Her spokesman, Bill McAllister," and one writes "Palin spokesman Bill McAllister";
    # a quote's role reads on its own, without the sentence before that says whose
    from newsfuse.crosscheck.names import roles_of

    roles = roles_of(story_cluster("ecbplus-13a", "ecbplus.jsonl"))
    assert roles["Bill McAllister"] == "Palin spokesman"
    assert roles["Larry Kroon"] == "pastor of the Wasilla Bible Church"
