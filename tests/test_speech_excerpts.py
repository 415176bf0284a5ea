"""Speakers in short political excerpts (AllSides roundups: three ~90-word openings of one
story from three outlets), a kind of text no rule was written on before the eighteenth
session's tuning set T18: a person named once and then called by what they do, a fronted
clause naming who the next "he" is, a passive of naming with its agent, a text message, a
parse that takes the verb of the sentence for an adjective. Each paragraph is written for its
test in the shape of a tuning excerpt (T18, T19) or a tuning Multi-News or BASIL article, save
one sentence of the example articles (deir-ezzor-2016)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_an_epithet_of_what_someone_does_means_the_one_person_the_excerpt_named():
    # main gave such words to "actor" and "Brave” author" (T18); written for this test
    speakers = _speakers(
        "Dana Wolfe says the Green Party is just as much of a club as the one she grew up in.\n\n"
        "Growing up in the mountain commune “gave me the power to see the pressure and the "
        "messaging machine, especially in this country, for what it is and how it hurts people,” "
        "the singer and activist said Tuesday on a podcast.\n\n"
        "The “Open Road” author called that power a “gift” that let her see that the "
        "political left could hurt people just as much as the right, if they ignore...")
    assert speakers["gave me the power to see the pressure and the messaging machine, "
                    "especially in this country, for what it is and how it hurts people,"] == "Dana Wolfe"
    assert speakers["gift"] == "Dana Wolfe", speakers


def test_an_epithet_after_two_named_people_is_not_read_as_the_latest():
    # the story is Nadia's; her sister is the last person named before "the athlete"
    # (written for this test in the shape of a Multi-News tuning article's)
    speakers = _speakers(
        "Nadia Park has given birth to a baby boy, a source confirms to the Courier. Radio "
        "host Dana Price made the announcement on Twitter Monday morning, "
        "writing, \"Olympic swimmer Nadia Park gives birth to a baby boy.\"\n\n"
        "The swimming star welcomed her firstborn, alongside her husband, tech founder Leo "
        "Grant.\n\n"
        "The network also shared the news as sister Mina Park prepared to swim at "
        "the national trials. She told reporters, \"Of course I'm thrilled. Words fail me.\"\n\n"
        "During an interview with a magazine, the athlete spoke about her marriage and her "
        "baby and admitted that she \"would have laughed at anyone who said so\" if you had told "
        "her she would be a mother one year ago.")
    assert speakers["would have laughed at anyone who said so"] != "Mina Park", speakers


def test_a_fronted_clause_names_whom_the_he_of_the_main_clause_means():
    # main gave such a statement to the last person who spoke before it (T18); written for
    # this test
    speakers = _speakers(
        "Ohio Sen. Mark Reed delivered the official Republican reply to Governor "
        "Hale's address to the legislature.\n\n"
        "Reed, the youngest senator in the chamber, spoke after Hale finished his remarks Tuesday "
        "night.\n\n"
        "When Reed was chosen for the role, he said in a statement that he would be "
        "\"offering voters a hopeful plan for lower taxes and better roads.\" In his "
        "speech, he tried to offer an alternative to the Hale agenda while defending the party.")
    assert speakers["offering voters a hopeful plan for lower taxes and better roads."] in \
        ("Mark Reed", "Reed"), speakers


def test_a_passive_of_naming_is_its_agents_words():
    # main dropped both quotations: no speaker, too short to stand alone (written for this
    # test in a T18 sentence's shape)
    newsletter = _speakers(
        "The mayor’s newsletter, hailed by aides as a “lifeline to the voters” that would keep "
        "him visible in a city he once ran, has folded. It lasted six weeks.")
    assert newsletter["lifeline to the voters"] == "aides"
    comments = _speakers(  # written for this test in a T18 sentence's shape
        "The outspoken singer and activist talked about being able to spot a club "
        "having grown up in one herself, in remarks that were called \"troubling\" by "
        "reviewers.")
    assert comments.get("troubling") == "reviewers", comments


def test_a_text_message_is_its_senders_words():
    # main carried the friend's text to the economist quoted in the paragraph before (T18);
    # written for this test
    speakers = _speakers(
        "“The economy is going through some big changes as it opens up after the "
        "long closures of the last two years,” said Ana Brook, chief analyst for Harbor Bank.\n\n"
        "Then there’s the rush for fuel.\n\n"
        "“Fill up your tanks,” a neighbor texted this week. “The lines at the big stations are "
        "very long this morning and the small ones are running dry.”")
    assert speakers["Fill up your tanks,"] == "neighbor", speakers
    assert speakers["The lines at the big stations are very long this morning and the small ones "
                    "are running dry."] == "neighbor"


def test_a_verb_parsed_as_an_adjective_still_has_its_subject():
    # main named the speaker "slammed House Democrats’ bargaining stance" (written for this
    # test in a T18 sentence's shape)
    speakers = _speakers(
        "Transport Secretary Laura Finch on Monday slammed House Democrats’ bargaining stance in "
        "budget talks with the governor as “odd” and “baffling” — warning that “there will be "
        "cuts” to a sweeping spending plan despite a possible deal on schools.")
    assert speakers["there will be cuts"] == "Laura Finch"


def test_an_accusation_quotes_the_accuser():
    # main dropped both quotations (no verb of saying above them, too short to stand alone);
    # written for this test in a T18 sentence's shape
    speakers = _speakers(
        "Monday’s big row was an interview at the Herald with Paul Dunmore, who accused "
        "Republicans of being too “timid” and using “boardroom” language instead of words "
        "voters trust.")
    assert speakers.get("timid") == "Paul Dunmore"
    assert speakers.get("boardroom") == "Paul Dunmore"


def test_an_accusation_joined_to_a_reported_verb_stays_with_the_one_who_said_it():
    # the example articles' (a2): the parser joins "accused" to "jeopardised", whose subject is
    # the strike; the ministry said both
    speakers = _speakers(
        "Russia's foreign ministry said the strike jeopardised the US-Russian brokered truce and "
        "accused the coalition of being on the \"boundary between criminal negligence and direct "
        "connivance with Islamic State terrorists\".")
    said = speakers["boundary between criminal negligence and direct connivance with Islamic "
                    "State terrorists"]
    assert said is not None and "ministry" in said.lower()


def test_a_contention_is_its_owners_words_before_a_later_sentences_verb():
    # main gave the first quotation to "she claimed" of the next sentence, resolved to a name
    # of the article's headline (T19); written for this test
    speakers = _speakers(
        "The Sharp Reaction to Reed’s Speech Is Revealing\n\n"
        "Mark Reed gave a solid Republican reply to Governor Hale’s long speech last "
        "night. And the staged, overblown outrage we saw from the evening "
        "pundits was something to see.\n\n"
        "Some of it was just silly. Take CNN’s Lena Marsh’s claim that the speech, "
        "in which Reed praised the old highway plan, was “given from a world "
        "where numbers don’t count.” The highway plan, she claimed, “didn’t build a single mile, "
        "so a lot of spin.” Well, it did help fund the...")
    assert speakers["given from a world where numbers don’t count."] == "Lena Marsh", speakers


def test_a_what_theyre_saying_heading_names_no_speaker():
    # main read the heading's "they" as the House Democrats of the paragraph before (T19);
    # written for this test
    speakers = _speakers(
        "Governor Hale has decided against naming his own panel to look into the "
        "March 3 riot and will instead press the legislature to set up a "
        "committee, state officials tell the Courier.\n\n"
        "Why it matters: Some House Democrats suggested Hale create a governor's panel "
        "after Senate Republicans blocked a bipartisan, independent inquiry. "
        "This decision shows his preference for House Speaker Ruth Cole to take the lead.\n\n"
        "What they're saying: “The legislature was attacked on that day, and Governor Hale firmly "
        "agrees with Speaker Cole that the legislature itself has a special...")
    said = [who for text, who in speakers.items() if text.startswith("The legislature was attacked")]
    assert said and "Democrats" not in (said[0] or ""), speakers


def test_a_pronoun_in_an_excerpt_of_a_few_sentences_is_never_far():
    # main withheld both (pronoun-far: "she" two sentences after the name, the epithet between
    # not counted as a mention); in a text of a paragraph or three the one person it names is
    # near (T18's shape; written for this test)
    speakers = _speakers(
        "Dana Wolfe has said that the Greens are in a \"deep club\" in an appearance on a "
        "podcast.\n\n"
        "The outspoken singer and activist talked about being able to spot a club "
        "having grown up in one herself, in remarks that were called \"troubling\" by "
        "reviewers.\n\n"
        "\"I am not here to make anyone feel bad about how they vote,\" she told host "
        "Mia Stone on the show on Tuesday night. \"But I am here to say that you might "
        "be in a club too if you miss the signs. And...")
    assert speakers["I am not here to make anyone feel bad about how they vote,"] == \
        "Dana Wolfe", speakers
    assert speakers["But I am here to say that you might be in a club too if you miss the "
                    "signs. And..."] == "Dana Wolfe"


def test_a_lede_that_describes_the_speaker_is_named_in_the_next_paragraph():
    # main gave such words to the lede's "No. 3 Republican" (T19); the former governor, named
    # inside what she said, is whom the words are about; written for this test
    speakers = _speakers(
        "The No. 2 Democrat in the state Senate on Monday said former "
        "Governor Peter Varga was “poisoning our public life” with his repeated false "
        "claims that his election loss was the result of fraud.\n\n"
        "State Senator Nora Bell, daughter of former Lieutenant Governor Hal Bell and a "
        "Varga critic, attacked him in a post, risking further raising the anger of the former "
        "governor's allies in the party.")
    assert speakers["poisoning our public life"] == "Nora Bell", speakers


def test_what_a_thing_is_praised_for_by_an_agent_is_the_agents_words():
    # main dropped the quotation: no speaker, too short to stand alone (written for this test
    # in a T19 sentence's shape)
    speakers = _speakers(
        "Known as the \"Safe Streets Act,” Ohio’s new law requires that cities with more than "
        "50,000 people, including suburbs and county seats, fund a night patrol in every ward. "
        "The measure has been widely praised by Democrats for “restoring the trust” of "
        "residents.")
    assert speakers["restoring the trust"] == "Democrats"


def test_a_name_left_after_a_quotation_where_the_excerpt_breaks_off_is_the_speaker():
    # main withheld the words (its guess, Newsom, is the one they name); written for this
    # test in a T19 excerpt's shape
    speakers = _speakers(
        "Conservative outlets were furious with Newsom's quiet signing of the Clean Water Act, "
        "which he said would help protect rivers for farmers and fishermen alike.\n\n"
        "\"California governor Gavin Newsom keeps up his effort to become the heir to the Obama "
        "legacy,\" Fox...")
    assert speakers["California governor Gavin Newsom keeps up his effort to become the heir "
                    "to the Obama legacy,"] == "Fox"


def test_a_quotation_after_a_paragraph_about_one_person_is_theirs_in_an_excerpt():
    # four paragraphs written for this test in the shape of a tuning BASIL story's first and
    # fourth to sixth, as short as an excerpt: main carried the words to "Sunday", which the
    # paragraph of the video took for a speaker; Dobbins, the one person the paragraph before
    # names, took no floor there (a passive)
    speakers = _speakers(
        "Two days after a phone video surfaced showing Ohio state Sen. Carl Dobbins in a shoving "
        "match with a young man, the lawmaker said he is \"deeply\" sorry for the scuffle "
        "outside the statehouse.\n\n"
        "The video, posted online last Sunday, shows the man, who appears to be in his late "
        "teens and wears a school paper's badge, approaching Dobbins in the parking lot.\n\n"
        "Dobbins is then seen trying to grab a notebook out of the young man's hands. He then "
        "pushes the man's shoulder and does not step back.\n\n"
        "\"Who are you!\" the three-term senator demands. \"Give me your name ... I want to know "
        "who you work for.\"")
    assert speakers["Who are you!"] == "Carl Dobbins"
