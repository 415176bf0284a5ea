"""Claims and quotes read from reports written for these tests.

Each report is written in the shape of the eval text a rule was found on (a judge's sentence,
a fire's toll told by two reports, a quote closed by a name over two lines), with its own
names and figures; none is a gold record's sentence or a tuning cluster's. The bench tests at
the end read tuning gold on purpose: they test the bench's own scoring of it.
"""

from __future__ import annotations


from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.quotes import find_quotes


def _quote(quotes, words):
    found = [q for q in quotes if words.lower() in q["text"].lower()]
    assert found, f"no quote containing {words!r}"
    return found[0]


def _written(*texts):
    """A cluster of reports written for a test (a1..aN in order), cleaned and analysed as a
    brief reads them, with its claims and quotes."""
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.model import Article

    articles, _ = clean_articles([Article(id=f"a{i}", text=t) for i, t in enumerate(texts, 1)])
    cluster = analyze(articles)
    return cluster, find_claims(cluster), find_quotes(cluster)


# Reports written for these tests, in the shape of the eval text a rule was found on.
COURT = ("A provincial judge has handed down a sentence that fits the crime, the court heard.\n\n"
         "Justice Helen Marsh said it wasn't Carter's fault her daughter Mia fell ill, but she had "
         "several days to take her to a doctor. The trial heard Carter gave Mia herbal drops when "
         "she developed the fever that kept her in bed for a week in 2019.\n\n"
         "\"Mia suffered badly from this neglect.\" she said in her decision Friday. \"She died a "
         "slow, needless death.\n\n"
         "In weighing the case, Marsh found Mia \"was entirely dependent on her mother for "
         "sensible "
         "choices about treatment\" and died \"a slow, needless death.\"")
FLOOD = ("The governor on Tuesday criticized council candidate Tom Keller's comments on the flood, "
         "saying that the Ohio Republican was wrong when he called the flood damage \"a lesson the "
         "town needed to learn.\"\n\n"
         "Governor Ana Ruiz also laid out a contrast between her plans for the river and those of "
         "the council.\n\n"
         "Ruiz added that Keller's remarks are evidence of why the council shouldn't decide on "
         "flood defences alone.\n\n"
         "\"This is exactly why you don't want a handful of councillors, mostly from the hills, "
         "making decisions about the river towns. People there are able to decide these things "
         "with their engineers,\" she said to loud applause.")
ADVERTS = ("The bakery's winter \"Snowfall\" advert is now the third most-watched holiday advert "
           "of the year, according to a ratings firm.\n\n"
           "On Friday morning, the advert had more than 2.4 million views, most of them on phones. "
           "That puts it behind the toy maker's 2019 holiday advert \"The Sleigh,\" with 6.1 "
           "million views. Second is the bakery's own \"Harvest\" advert with 2.9 million "
           "views.\n\n"
           "The chain later revealed that some 4 million people had tried its new winter bread in "
           "the first week.")
MARKET_FIRE = (
    "At least 14 people were killed when a fire broke out at a market in the north of the "
    "province, officials said on Tuesday.\n\n"
    "\"As a result of the fire, 14 people were killed and 6 others were injured,\" regional fire "
    "service spokesman Omar Haddad said.",
    "A fire at a crowded market in the north of the province has left 16 people dead and nine "
    "injured, an official said Tuesday.\n\nThe fire started in a food stall late on Monday, the "
    "official said.")

SENTENCING = ("Dana Carter, 51, was convicted in March of criminal negligence causing death.\n"
              "Justice Helen Marsh said it wasn't Carter's fault her daughter Mia fell ill, but "
              "she "
              "had several days to take her to a doctor.\n"
              "\"Mia suffered badly from this neglect.\" she said in her decision Friday. \"She "
              "died a "
              "slow, needless death.\n"
              "\"Her failure to take her to a doctor caused her death.\"\n"
              "She noted that Carter is still grieving and has admitted what she did was wrong.\n"
              "\"Her regret, I believe, is real,\" said Marsh.\n"
              "But the judge said she's not sure Carter's distrust of doctors has changed.\n"
              "The Crown had called for Carter to spend up to six years in prison while her lawyer "
              "proposed two years behind bars and one year probation.\n"
              "Prosecutor Paul Dent said outside court the sentence sends a strong message.\n"
              "\"If your child is getting worse, you are legally and morally obliged to take that "
              "child to a real doctor for real medical care.\"\n"
              "Defence lawyer Omar Reyes said Carter's prison term will be small beside what she "
              "has already lost.\n"
              "\"She has lost her only child already, and she will carry that for the rest of her "
              "life,\" he said outside court.\n"
              "After the conviction, Reyes argued the case should be thrown out because it took "
              "too "
              "long from the arrest to the verdict.\n"
              "Carter's case took 41 months to run its course, but Marsh said she subtracted five "
              "months for delays she put down to the defence.\n"
              "That still leaves 36 months, but Marsh ruled the older rules apply.\n"
              "\"The parties were clearly working under the old rules,\" she said Friday.\n"
              "The provincial judge also took the chance to comment on what she called "
              "\"shocking\" "
              "court delay in the province.\n"
              "\"In a perfect world that we are far removed from here in this province the case "
              "could have been heard within 14 months.\"\n"
              "In 2019, Mia grew worse in her mother's flat for a week and was never taken to a "
              "doctor.")
FIRE_CREWS = (
    "Two crews got into a dispute at the blaze in Harlan county, a Fire Service spokesman "
    "says\n"
    "He says the crews blamed each other, but the flames also destroyed homes not near "
    "the fight\n"
    "The fire chief of Port Alden, Capt. Daniel Morales, said tension between the two "
    "crews involved in the dispute had been building for many years.\n"
    "\"The blaze spread after a gas line was cut during the repairs,\" Morales said.\n"
    "He said some 300 people had gathered at the harbour for the opening of a new ferry "
    "terminal.\n"
    "\"When the crews reached the bridge it was hard to tell which cars had stalled and "
    "which had crashed, because none of them had any lights on,\" Morales said.",
    "A fight between two crews at a blaze in Harlan county left homes burning, officials "
    "said on Monday.\n"
    "The two crews had argued over who would lead the work, the officials said.")

TRADE = (
    "Wearing a dark suit, Morel waved to the crowd from an open car as it drove through "
    "the capital.\n"
    "Norland's trade minister Pieter Vos said Norland's rivals were behind the failed "
    "deal.\n"
    "\"The talks could have been normal and without a fuss, but Norland's rivals, Europe's "
    "rivals and the rivals of free trade wanted to turn them into a drama, to stop the "
    "president from taking part,\" Vos said.\n"
    "The Northern Farmers Union — the party of President Anna Morel — urged the "
    "government to challenge the court's move to block the deal, saying the trade board "
    "is \"no longer useful.\"\n"
    "Norland's state news agency, NTB, reported that Norland Trade Minister Pieter Vos "
    "would hold a news conference at the airport Monday evening \"following the return of "
    "the President of the Republic.\"\n"
    "The E.U. said it was \"deeply concerned\" over Morel's decision.\n"
    "More than 40,000 farmers have lost their land in the dispute, the union said.",
    "The government let the deal fall, with the country's ruling party accusing the trade "
    "board of being biased against farmers and \"no longer useful\".\n"
    "As many as 40,000 farmers have been forced off their land in the dispute, according "
    "to the union.\n"
    "JUST WATCHED Report: Norland police arrest more than 300 farmers Replay More Videos ... "
    "MUST WATCH Report: Norland police arrest more than 300 farmers 02:41")

PUMP = ("The maker hoped that the new pump, which was smaller and needed fewer checks, would "
        "cut the problems seen with its earlier models.\n"
        "A patient who had the pump fitted said it failed within a month. \"I could not sleep "
        "for the noise,\" she said.\n"
        "The maker's head of marketing, Lena Hart, replied: \"This is for sure a serious "
        "problem, and we will look at it,\" in an email to the sales team.\n"
        "Following the trial, the patient's lawyer, Mark Olsen, said in a statement: \"I am "
        "pleased the jury saw what the company did and I hope it changes its ways.\"\n"
        "The company's early trials were run in 2014. The company said its pumps were safe.\n"
        "Peter Levy, professor of public health at the University of Leeds who has called for "
        "an inquiry into the pumps, condemned the decision to sell the pump before a trial, "
        "saying this had \"led to direct harm to patients\". \"It has made it impossible for "
        "patients to make an informed choice, and points to a system of checks that is "
        "failing them,\" he added.")
SENATE = ("The senator forcefully argued that the Smith administration has not been forthcoming "
          "and needs to do a better job of keeping the committee informed.\n"
          "\"We did not know about the border raid until it came out in the paper. We need a "
          "process of sharing what we know,\" he told reporters.\n"
          "Now the Navy's Pacific Command (PACOM) has sent a team to the island to conduct a "
          "\"review of the facts,\" according to two U.S. navy officials.\n"
          "Sarah Cole posted a photo of her street after the flood, and some neighbours criticized "
          "her caption.\n"
          "\"All my best, Sarah ...\" one neighbour said. \"But maybe some things are better left "
          "unsaid.\"\n"
          "Cole also faced criticism in May, when she admitted that she \"had no idea how bad "
          "the flood was.\"\n"
          "\"It didn't hit me until a week later that so many homes were lost,\" she captioned a "
          "photo of her sons.")
# a sports page: its update stamp, then a quotation over two lines closed by the speaker
COACH = ("Updated: May 3, 2019, 2:10 PM ET\n"
         "Anna Park is running the team again for the Bay City Hawks.\n"
         "\"I wanted a fresh start,\" former coach Tom Reed said last month.\n"
         "In a surprising move three weeks after the end of their season, the Hawks fired Reed "
         "on Monday after one season as coach and replaced him with Park, one of the most "
         "popular players in the club's history.\n"
         "\"Anna is family.\n"
         "Anna bleeds Hawks. She bleeds Bay City, \"team president Mark Olsen said.\n"
         "Park will be introduced as the club's 12th head coach at a Tuesday news conference.")
FLOOD_SHOW = ("Senator Ana Ruiz said during a taping of \"The Late Hour\" in Dayton, Ohio. "
              "\"Let me "
              "make a very simple point. A flood is a flood. It is a disaster.\"\n"
              "\"These fine distinctions about flood zones don't make much sense to me, don't make "
              "any sense to me,\" she said.\n"
              "(Also on the site: Keller braces for fallout)\n"
              "Senator Ana Ruiz said in an interview with the network's \"Face the Nation\" "
              "broadcast "
              "Sunday that she believes the town's future is on higher ground.")


def test_said_name_after_quote():
    _, _, quotes = _written(*FIRE_CREWS)
    assert _quote(quotes, "When the crews reached the bridge")["speaker"] == "Daniel Morales"


def test_she_said_means_the_last_speaker_not_the_last_name():
    # Marsh speaks, Carter is named in between, then "she said": the judge
    _, _, quotes = _written(COURT)
    assert _quote(quotes, "Mia suffered badly")["speaker"] == "Helen Marsh"


def test_quote_owned_by_nearest_verb():
    _, _, quotes = _written(COURT)
    assert _quote(quotes, "entirely dependent")["speaker"] == "Helen Marsh"
    # the governor is saying it, but the words quoted are Keller's ("when he called ...")
    _, _, quotes = _written(FLOOD)
    assert _quote(quotes, "a lesson the town needed")["speaker"] == "Tom Keller"


def test_he_said_after_other_name_mentioned():
    _, _, quotes = _written(FLOOD)
    assert _quote(quotes, "a handful of councillors, mostly from")["speaker"].endswith("Ruiz")


def test_titles_in_quotes_are_not_quotes():
    _, _, quotes = _written(ADVERTS)
    assert not [q for q in quotes if q["speaker"]]


def test_hedged_figure_and_its_qualifier():
    _, claims, _ = _written(ADVERTS)
    values = [v for g in claims for v in g["values"]]
    assert any(v["value"] == 2400000 and v["qualifier"] == "at least" for v in values)


def test_disputed_toll_across_reports():
    _, claims, _ = _written(*MARKET_FIRE)
    disputed = [g for g in claims if g["status"] == "disputed"]
    pairs = [{(v["value"], v["qualifier"]) for v in g["values"]} for g in disputed]
    assert any({(14, "exact"), (16, "exact")} <= p for p in pairs)  # killed
    assert any({(6, "exact"), (9, "exact")} <= p for p in pairs)  # injured
    by = {(v["value"], v["attributed_to"]) for g in disputed for v in g["values"]}
    assert (14, "Omar Haddad") in by


def test_one_voice_giving_two_figures_is_not_a_dispute():
    _, claims, _ = _written(ADVERTS)
    # 6.1 million ("The Sleigh") and 2.9 million ("Harvest") views: two adverts, one article
    assert not [g for g in claims if g["status"] == "disputed"]


def test_durations_are_figures():
    _, claims, _ = _written(SENTENCING)
    values = {(str(v["value"]), v["qualifier"]) for g in claims for v in g["values"]}
    assert {("41", "exact"), ("36", "exact"), ("5", "exact")} <= values
    assert "51" not in {v for v, _ in values}  # "Dana Carter, 51," is an age
    assert not [g for g in claims if g["status"] == "disputed"]


def test_initialism_speaker_keeps_its_final_dot():
    _, _, quotes = _written(*TRADE)
    assert _quote(quotes, "deeply concerned")["speaker"] == "E.U."
    assert not [q for q in quotes if q["speaker"] == "E.U"]


def test_role_ends_at_its_head_noun():
    _, _, quotes = _written(*TRADE)
    q = _quote(quotes, "Norland's rivals, Europe's rivals")
    assert q["speaker"] == "Pieter Vos"
    assert q["role"] == "Norland's trade minister"


def test_speaker_is_subject_of_speech_verb_not_what_the_remark_is_about():
    _, _, quotes = _written(*TRADE)
    q = _quote(quotes, "no longer useful")
    assert q["speaker"] and "trade board" not in q["speaker"]
    assert "Northern Farmers Union" in q["speaker"]
    # a news agency that "reported that X would hold a news conference ..." is the speaker
    assert _quote(quotes, "following the return of the President")["speaker"] != "Pieter Vos"


def test_a_video_players_headline_gives_no_figure():
    """A clip's headline left twice in the page, with the player's buttons and its running
    time, states no figure of the article (a gold lists such lines as page junk). Before, the
    two lines were merged into one 'more than 300' entry."""
    _, claims, _ = _written(*TRADE)
    assert not [v for g in claims for v in g["values"]
                if v["value"] == 300 and v["qualifier"] == "at least"]


def test_a_multiple_is_not_a_count_of_the_noun_after_times():
    """'N times the usual level' compares; it counts nothing of the noun compared (sentences
    written for this test: a report's multiple of a normal amount was tabulated as a count of
    the amount). From the twenty-ninth session a multiple is read as a multiple ("46 times",
    about "times"), which the tuning gold lists as a figure; never as a count of "level"."""
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    texts = ["Health officials said on Monday that flu cases in the northern district were 46 times "
             "the usual level for the season. Schools in three towns closed for the week.",
             "Flu cases in the northern district are 46 times the normal amount, health "
             "officials said. "
             "Three towns closed their schools, and clinics opened late on Monday."]
    claims = find_claims(analyze([Article(text=t) for t in texts]))
    assert all(g["about"] == "times" and v["expression"] == "46 times"
               for g in claims for v in g["values"] if v["value"] == 46), claims


def test_claims_values_give_the_figure_as_written():
    _, claims, _ = _written(*TRADE)
    by = {(v["value"], v["qualifier"]): v["expression"] for g in claims for v in g["values"]}
    assert by[(40000, "at least")] == "More than 40,000"
    assert by[(40000, "at most")] == "As many as 40,000"


def _entries(claims, value, qualifier, sentence):
    """Value entries for a figure read from the given sentence (one entry may merge several)."""
    return [v for g in claims for v in g["values"]
            if v["value"] == value and v["qualifier"] == qualifier
            and any(sentence in t for t in [v["text"], *v.get("texts", [])])]


def _credited(entry):
    return {v["attributed_to"] for v in entry.get("voices", [])} | {entry["attributed_to"]}


def test_figure_after_he_said_takes_the_pronouns_speaker():
    # the previous sentence names the speaker; "He said" is resolved as a quote's "he said"
    _, claims, _ = _written(*FIRE_CREWS)
    (entry,) = _entries(claims, 300, "about", "He said some 300 people had gathered")
    assert entry["attributed_to"] == "Daniel Morales"


def test_title_subject_with_person_in_apposition_credits_the_person():
    _, claims, _ = _written(*FIRE_CREWS)
    entries = _entries(claims, 2, "exact", "Capt. Daniel Morales, said tension")
    assert entries and all("Daniel Morales" in _credited(e) for e in entries)


def test_call_for_credits_its_subject():
    _, claims, _ = _written(SENTENCING)
    (entry,) = _entries(claims, 6, "at most", "The Crown had called for Carter")
    assert entry["attributed_to"] == "Crown"


def test_spokesman_of_an_organisation_is_credited_as_written():
    _, claims, _ = _written(*FIRE_CREWS)
    entries = _entries(claims, 2, "exact", "a Fire Service spokesman says")
    assert entries
    credited = set().union(*(_credited(e) for e in entries))
    assert "Fire Service" not in credited and "Fire Service spokesman" in credited


def test_revealed_credits_its_subject():
    _, claims, _ = _written(ADVERTS)
    (entry,) = _entries(claims, 4000000, "about", "The chain later revealed that some 4 million")
    assert entry["attributed_to"] == "chain"


def test_figure_inside_a_quote_goes_to_the_quotes_speaker():
    cluster, claims, quotes = _written(SENTENCING)
    q = _quote(quotes, "far removed from here in this province")
    # the quote's paragraph only carries the judge over from the previous one ("carried",
    # weak evidence but right more often than not); the figure inside the quote follows the
    # quote's speaker (one speech event and one abstention policy for quotes and figures)
    assert q["speaker"] == "Helen Marsh" and q["attribution"] == "carried"
    assert q["evidence"] == "weak"
    # read as the quote's speaker's figure, told in her voice ...
    from newsfuse.crosscheck.claims import prepared_statements

    statements, _ = prepared_statements(cluster)
    (figure,) = [s for s in statements if s["value"] == 14 and "far removed from here" in s["text"]]
    assert figure["attributed_to"] == q["speaker"] and figure["voice"]
    # ... so, given by one report only, it stays with the quote, out of the figures table
    # (worth.kept_apart, seventh session)
    assert _entries(claims, 14, "exact", "far removed from here in this province") == []


def test_role_noun_subject_speaks_through_its_appositive_person():
    _, _, quotes = _written(PUMP)
    assert _quote(quotes, "This is for sure a serious problem")["speaker"] == "Lena Hart"
    assert _quote(quotes, "I am pleased the jury")["speaker"] == "Mark Olsen"


def test_words_inside_a_quote_are_not_a_speaker():
    # "All my best, Sarah" is quoted: neither "my best" nor "Sarah" said anything
    _, _, quotes = _written(SENATE)
    assert _quote(quotes, "better left unsaid")["speaker"] not in ("Sarah", "my best")
    assert _quote(quotes, "It didn't hit me until a week later")["speaker"] == "Sarah Cole"


def test_unattributed_paragraph_carrying_the_last_speaker_says_its_evidence_is_weak():
    # no attribution in the quote's paragraph: the previous paragraph's speaker is carried over
    # ("carried", 11/19 right on the tuning gold); the entry says how the speaker was found so
    # a reader can weigh it
    _, _, quotes = _written(SENTENCING)
    q = _quote(quotes, "If your child is getting worse")
    assert q["attribution"] == "carried" and q["evidence"] == "weak"


def test_pronoun_reaching_back_past_the_previous_paragraph_is_not_given():
    # "he said" was read as the prosecutor named three paragraphs up ("pronoun-far", withheld);
    # since "Defence lawyer" makes Omar Reyes a person, the paragraph before hands him the floor
    _, _, quotes = _written(SENTENCING)
    q = _quote(quotes, "She has lost her only child already")
    assert q["speaker"] != "Paul Dent"
    assert q["speaker"] == "Omar Reyes" and q["attribution"] != "pronoun-far"


def test_direct_and_pronoun_attributions_are_given():
    _, _, quotes = _written(*FIRE_CREWS)
    q = _quote(quotes, "When the crews reached the bridge")
    assert q["attribution"] == "direct" and q["evidence"] == "strong"
    _, _, quotes = _written(SENTENCING)
    q = _quote(quotes, "Mia suffered badly")
    assert q["speaker"] == "Helen Marsh" and q["attribution"].startswith("pronoun")
    assert q["attribution"] not in ("pronoun-far", "pronoun-after")


def test_he_added_means_the_person_just_named_not_an_earlier_speaker():
    # Levy "condemned the decision ..., saying"; the last *speaker* (a patient, "she said") is
    # several paragraphs back, so "he added" is the person named just before
    _, _, quotes = _written(PUMP)
    assert _quote(quotes, "impossible for patients to make")["speaker"] == "Peter Levy"


def test_a_name_modifying_a_noun_is_no_antecedent():
    # "the Smith administration": Smith is no one the next "he told reporters" may mean
    _, _, quotes = _written(SENATE)
    q = _quote(quotes, "We did not know about the border raid")
    assert "Smith" not in (q["speaker"] or "") + (q.get("unconfirmed_speaker") or "")


def test_quoted_sentences_put_no_distance_before_he_said():
    # three whole quoted sentences follow "Ruiz said"; the next paragraph's "she said" is hers
    _, _, quotes = _written(FLOOD_SHOW)
    q = _quote(quotes, "These fine distinctions about flood zones")
    assert q["speaker"] == "Ana Ruiz"  # given, no longer withheld as too far back


def test_the_subject_nearest_the_verb_speaks():
    # the parser takes the quote's "best" for a second subject of "said"
    _, _, quotes = _written(SENATE)
    assert _quote(quotes, "All my best, Sarah")["speaker"] == "neighbour"


def test_next_paragraph_quote_continues_a_named_speaker():
    _, _, quotes = _written(SENTENCING)
    q = _quote(quotes, "you are legally and morally obliged to take")
    assert q["speaker"] == "Paul Dent"


def test_an_unnamed_person_who_speaks_is_a_person():
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speech import sentence_histories
    from newsfuse.model import Article

    sentence = "\"All my best, Sarah ...\" one neighbour said."
    cluster = analyze([Article(id="a1", text=sentence + "\n\nShe wrote again the next day.")])
    histories = sentence_histories(cluster.docs["a1"], names_of(cluster))
    mentioned = [m for h in histories.values() for m in h]
    # a person the next "she said" may mean, but not a named speaker who outranks others
    assert ("neighbour", "PERSON") in [(m[0], m[1]) for m in mentioned]
    assert not [m for m in mentioned if m[0] == "neighbour" and m[3]]


def test_according_to_beats_the_actor_of_the_sentence():
    _, _, quotes = _written(SENATE)
    q = _quote(quotes, "review of the facts")
    assert q["speaker"] == "two U.S. navy officials" and q["attribution"] == "according"


def test_a_programme_title_with_small_words_is_no_quote():
    _, _, quotes = _written(FLOOD_SHOW)
    assert not [q for q in quotes if q["text"].strip(" .,") == "Face the Nation"]


def test_a_straight_mark_opening_a_paragraph_opens_a_quote():
    import re

    from newsfuse.crosscheck.speech import closes_first

    paragraph = ("\"Seeing them raise the flag over the town hall again was something I never "
                 "thought I would live to see. It made me think of my father, who kept one in a "
                 "drawer for forty years.")
    assert paragraph.count('"') % 2 == 1  # the quote runs on into the next paragraph
    # so it does not close a quotation left open paragraphs before
    assert not closes_first(paragraph, re.search(r"[\"“”]", paragraph))
    ending = 'If the fourth cable breaks, ... blackout, "said Mr Wright.'  # one that closes
    assert closes_first(ending, re.search(r"[\"“”]", ending))


def test_a_name_closing_a_long_quote_outranks_a_carried_speaker():
    # '"Anna is family.' / 'Anna bleeds Hawks. She bleeds Bay City, "team president Mark Olsen
    # said.': the paragraph before quotes someone else, the closing attribution names Olsen
    _, _, quotes = _written(COACH)
    q = _quote(quotes, "Anna is family")
    assert q["speaker"] == "Mark Olsen" and q["attribution"] == "direct"


def _gold_bench():
    """The gold bench (bench/gold_claims_quotes.py) as a module: a script, not part of the package."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "gold_claims_quotes", Path(__file__).resolve().parents[1] / "bench" / "gold_claims_quotes.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_bench_matches_an_unnamed_speaker_to_its_gold_description_head_only():
    """The gold bench's speaker matching (bench/gold_claims_quotes.py): a speaker no one
    names may be given as the head noun its gold description opens with, nothing looser."""
    bench = _gold_bench()
    man = {"speaker": "another man, standing outside his flooded shop",
           "aliases": ["another man", "he"]}
    assert bench.names_ok("man", man)
    assert not bench.names_ok("woman", man)
    assert not bench.names_ok("official", {"speaker": "a company official"})
    assert not bench.names_ok("woman", {"speaker": "Maria Gianni", "aliases": ["Gianni"]})
    assert bench.names_ok("chairman", {"speaker": "the chairman of the board that speaks "
                                                  "for the region's smallest farms"})


def test_bench_counts_one_person_by_first_and_last_name_not_by_surname_alone():
    """The gold bench's person matching: middle initials and a suffix do not make another
    speaker, a different first name or a surname alone does, and --strict-names keeps the
    older rule of the gold's written forms only."""
    bench = _gold_bench()
    holt = {"speaker": "Peter M. Holt Jr.", "aliases": ["Commissioner Peter M. Holt Jr."]}
    assert bench.names_ok("Peter Holt", holt)
    assert bench.names_ok("Commissioner Peter Holt", holt)
    assert not bench.names_ok("Holt", holt)
    assert not bench.names_ok("Jane Holt", holt)
    assert not bench.names_ok("Peter Holtby", holt)
    bench.STRICT_NAMES = True
    assert not bench.names_ok("Peter Holt", holt)
    assert bench.names_ok("Peter M. Holt Jr.", holt)

def test_bench_sets_apart_a_junk_match_that_rests_on_a_gold_figure():
    """The gold bench's junk share matches a tabulated entry to a non-figure by its expression;
    where the gold lists a later mention of a figure as a repeat (multinews-train-44348, a3: the
    story highlight's "31%" beside the body's "31%"), the one entry that carries both sentences
    was counted junk. ``figure_repeat`` tells such an entry apart: it rests on a sentence where
    the gold records that value as a figure. An entry resting only on the repeat stays junk."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    bench = _gold_bench()
    record = next(json.loads(line) for line in open(root / "gold" / "multinews-s5" / "claims.jsonl",
                                                    encoding="utf-8")
                  if json.loads(line)["id"] == "multinews-train-44348")
    values = [v for g in record["claims"] for v in g["values"]]
    figure = next(v for v in values if v["value"] == 31 and "a3" in v["articles"])
    repeat = next(n for n in record["non_figures"] if n["expression"] == "31%")
    entry = {"value": 31, "expression": "31%", "text": repeat["quote"], "texts": [figure["quote"]]}
    assert bench.is_junk(entry, "a3", record["non_figures"])
    assert bench.figure_repeat(entry, "a3", values)
    alone = {"value": 31, "expression": "31%", "text": repeat["quote"]}
    assert not bench.figure_repeat(alone, "a3", values)


def test_bench_counts_the_shown_groups_right_by_their_status():
    """The gold bench's groups line pools agreed and disputed groups; beside it, the shown
    groups right are counted by the status shown, so a set's aggregate says whether its wrong
    groups are disputes (right 5 of 17 on 1,000 train clusters of five or more reports) or
    agreements. A group matched with another status is wrong under the status it shows."""
    bench = _gold_bench()

    def group(status, *values):
        return {"status": status, "about": "x", "values": [
            {"value": v, "qualifier": "exact", "articles": list(a), "attributed_to": None,
             "text": "", "voices": []} for v, a in values]}

    gold = [group("disputed", (78, ["a1"]), (80, ["a2", "a3"])),
            group("agreed", (36, ["a1", "a2"])),
            group("agreed", (12, ["a1", "a3"]))]
    shown = [group("disputed", (78, ["a1"]), (80, ["a2", "a3"])),   # right
             group("disputed", (36, ["a1"]), (40, ["a2"])),         # matched, other status
             group("agreed", (12, ["a1", "a3"])),                  # right
             group("agreed", (5, ["a2", "a3"]))]                   # no gold group
    counts = bench.score_cluster(shown, [], gold, None, None)
    assert counts["groups"][:2] == [2, 4]
    assert counts["shown_status"] == [1, 2, 1, 2]
    total = {k: [0, 0, 0, 0] for k in bench.KINDS}
    bench.add(total, counts)
    bench.add(total, counts)
    assert total["shown_status"] == [2, 4, 2, 4]
    assert any("agreed 2/4  disputed 2/4" in ln for ln in bench.report(total))


def test_junk_view_folds_the_golds_reasons_into_kinds():
    """``bench/junk_kinds.py`` counts junk by the gold's own reason folded into a kind: the
    reasons the tuning gold writes most ("year", "age", "ordinal", "time of day") are their
    own kinds, a date or a time that belongs to the page ("date (photo caption)", "time stamp")
    is page furniture, and a later mention the gold lists apart ("repeat (story highlight)",
    multinews-train-44348) is a repeat, whatever kind of number it is."""
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("junk_kinds", root / "bench" / "junk_kinds.py")
    view = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(view)
    reasons = {n.get("why") for path in (root / "gold").glob("multinews*/claims.jsonl")
               if path.parent.name != "multinews-s4"
               for line in open(path, encoding="utf-8") if line.strip()
               for record in [json.loads(line)] if record.get("split") not in ("frozen", "validation")
               for n in record.get("non_figures") or []}
    expected = {"year": "year / date", "age": "age", "ordinal": "ordinal / rank",
                "time of day": "time of day", "date (photo caption)": "page furniture",
                "time stamp": "page furniture", "repeat (story highlight)": "repeat",
                "storeys": "object's measure", "phone number": "phone / address",
                "count of anonymous sources": "sources", "period of the risk measure":
                "relative time / period", "'one of'": "'one' / 'one of'"}
    for why, kind in expected.items():
        assert why in reasons, why
        assert view.kind_of(why) == kind, why


def test_figure_benches_count_each_apart_tuning_batch_from_its_gold_folder():
    """bench/figure_group_causes.py (and figure_show_policy, which reads its list) counts T11 and
    T12 on lines of their own. Each batch is a gold folder of this repository that holds claims
    records: T12 pointed at its annotation folder outside the repository, which kept only its
    notes once the batch was merged into gold/tuning-s12, so the T12 line was empty and its
    records were counted in the tuning line."""
    import importlib
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "bench"))
    try:
        causes = importlib.import_module("figure_group_causes")
    finally:
        sys.path.remove(str(root / "bench"))
    for name, folder in causes.APART.items():
        assert folder.resolve().is_relative_to(root / "gold"), name
        assert (folder / "claims.jsonl").exists() and (folder / "NOTES.md").exists(), name


def test_bench_lower_retypes_a_cluster_as_the_shared_multinews_text():
    """bench/gold_claims_quotes.py --lower (and gold_timeline.py --lower) brief the gold clusters
    typed as the shared Multi-News text is: lower-cased, the first character of the text and the
    first after each full stop and space upper-cased, so a quotation opening a sentence keeps its
    first word small ('" we are seeing ... " said sonny mehta' in multinews_val), an abbreviation's
    stop is followed by a capital ("staff sgt. Robert baker") and a "?" is not, spacing and line
    breaks as they were.
    The example's Peskov paragraph carries a gold quote (gold/quotes.jsonl). Under --lower a
    predicted name that lost its capitals still counts as the gold person; the gold's own names
    keep theirs, so a description is never taken for a person."""

    from conftest import EXAMPLES

    bench = _gold_bench()
    text = (EXAMPLES / "000_7bcc2df0348f436d.txt").read_text(encoding="utf-8")
    start = text.index("Iran has strongly condemned")
    piece = text[start:text.index("\n", text.index("Dmitri Peskov said"))]
    assert bench.retype_lower(piece) == (
        "Iran has strongly condemned a us air raid that struck syrian troops at an eastern base "
        "surrounded by the islamic state group.\n\n\"the current situation leaves much to be "
        "desired\", kremlin spokesman dmitri peskov said, blasting the us-led strike on syria's "
        "army which he said \"is still the only party respecting the ceasefire\".")
    assert bench.retype_lower("WASHINGTON  (Reuters) - The Senate voted. Dr. Smith agreed? Yes.") \
        == "Washington  (reuters) - the senate voted. Dr. Smith agreed? yes."
    holt = {"speaker": "Peter M. Holt Jr.", "aliases": []}
    assert not bench.names_ok("peter holt", holt)
    bench.LOWER = True
    assert bench.names_ok("peter holt", holt)
    assert not bench.names_ok("holt", holt)
    assert not bench.names_ok("peter holt", {"speaker": "the peter holt foundation's chairman"})


def test_bench_sets_apart_gold_groups_that_rest_on_one_text_printed_twice():
    """The Lee corpus prints some items twice word for word (lee-21 of T38: a5 and a6, a1 and
    a2), and its gold records a value the two copies share as an agreed group. The brief keeps
    one copy of an exact copy (a syndicated copy is no second source), so no brief can show such
    a group: the bench counts them apart and says what was found without them. A group one of
    whose values stands in an independent text stays counted."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    bench = _gold_bench()
    record = next(json.loads(line) for line in open(root / "gold" / "tuning-s38" / "claims.jsonl",
                                                    encoding="utf-8")
                  if json.loads(line)["id"] == "lee-21")
    copies = bench.copies_of(record["id"], record["source"])
    assert copies.get("a6") == "a5" and copies.get("a2") == "a1"
    by_values = {tuple(sorted({a for v in g["values"] for a in v["articles"]})): g for g in record["claims"]}
    assert bench.on_one_text(by_values[("a5", "a6")], copies)
    assert not bench.on_one_text(by_values[("a1", "a2", "a3", "a4", "a5", "a6")], copies)
    counts = bench.score_cluster([], [], record["claims"], None, None, copies=copies)
    assert counts["one_text"][1] >= 4 and counts["one_text"][0] == 0
    assert counts["one_text"][1] < counts["groups"][3]
