"""Speakers in short political excerpts (AllSides roundups: three ~90-word openings of one
story from three outlets), a kind of text no rule was written on before the eighteenth
session's tuning set T18: a person named once and then called by what they do, a fronted
clause naming who the next "he" is, a passive of naming with its agent, a text message, a
parse that takes the verb of the sentence for an adjective. The paragraphs are T18 articles'
own (gold/tuning-s18: allsides-6088 a1, allsides-6089 a1, allsides-5990 a2, allsides-6088 a2,
allsides-6036 a1, allsides-5979 a2; from the nineteenth session allsides-6076 a1 and, of T19,
allsides-5988 a1 and a3) and, for an epithet that must not be read, a tuning
Multi-News article's (multinews-train-18965 a2)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_an_epithet_of_what_someone_does_means_the_one_person_the_excerpt_named():
    # main gave the words to "actor" and "Brave” author"
    speakers = _speakers(
        "Rose McGowan says the Democratic Party is just as much of a cult as the one she was "
        "raised in.\n\n"
        "Growing up with the Children of God “gave me the ability to see the control and the "
        "propaganda machine, especially in the U.S., for what it is and how it harms people,” the "
        "actor and activist said Monday on Fox News.\n\n"
        "The “Brave” author called that ability a “superpower” that allowed her to see that the "
        "political left could harm people just as much as the right, if they ignore...")
    assert speakers["gave me the ability to see the control and the propaganda machine, "
                    "especially in the U.S., for what it is and how it harms people,"] == "Rose McGowan"
    assert speakers["superpower"] == "Rose McGowan"


def test_an_epithet_after_two_named_people_is_not_read_as_the_latest():
    # the story is Serena's; her sister is the last person named before "the athlete"
    speakers = _speakers(
        "Serena Williams has given birth to a baby girl, a source confirms to E! News. WPBF-25 "
        "news producer Chris Shepherd made the announcement on Twitter Friday afternoon, "
        "writing, \"Tennis star Serena Williams gives birth to a baby girl weighing 6 pounds, 13 "
        "ounces. Mom and baby doing well.\"\n\n"
        "The tennis legend welcomed her firstborn, alongside her fiancé, Reddit co-founder Alexis "
        "Ohanian.\n\n"
        "ESPN also shared the news as sister Venus Williams prepared to step out on the court at "
        "the 2017 U.S. Open. She told reporters, \"Obviously I'm super excited. Words can't "
        "describe.\"\n\n"
        "During an interview with Vanity Fair, the athlete spoke about her relationship and her "
        "baby and admitted that she \"would have thought you were the biggest liar in the "
        "world\" if you had told her she would be pregnant one year ago.")
    assert speakers["would have thought you were the biggest liar in the world"] != "Venus Williams"


def test_a_fronted_clause_names_whom_the_he_of_the_main_clause_means():
    # main gave Scott's statement to Biden, the last person who spoke before it
    speakers = _speakers(
        "South Carolina Sen. Tim Scott delivered the official Republican response to President "
        "Biden's address to Congress.\n\n"
        "Scott, the lone Black GOP senator, spoke after Biden concluded his remarks Wednesday "
        "night.\n\n"
        "When Scott was announced for the role, he said in a statement that he would be "
        "\"sharing Republicans' optimistic vision for expanding opportunity and empowering "
        "working families.\" In his address, he sought to offer an alternative to the Biden "
        "agenda while defending the GOP, and the nation at large, against charges of racism.")
    assert speakers["sharing Republicans' optimistic vision for expanding opportunity and "
                    "empowering working families."] in ("Tim Scott", "Scott")


def test_a_passive_of_naming_is_its_agents_words():
    # main dropped both quotations: no speaker, too short to stand alone
    blog = _speakers(
        "Former president Donald Trump’s blog, celebrated by advisers as a “beacon of freedom” "
        "that would keep him relevant in an online world he once dominated, is dead. It was 29 "
        "days old.")
    assert blog["beacon of freedom"] == "advisers"
    comments = _speakers(
        "The outspoken actress and #MeToo advocate discussed being able to recognize a cult "
        "having grown up in one herself, in comments that were labeled \"disturbing\" by "
        "critics.")
    assert comments.get("disturbing") == "critics"


def test_a_text_message_is_its_senders_words():
    # main carried the friend's text to the economist quoted in the paragraph before
    speakers = _speakers(
        "“The economy is going through some dramatic adjustments as it opens up following the "
        "unprecedented circumstances associated with the pandemic last year,” said Mark Hamrick, "
        "senior economic analyst for Bankrate.\n\n"
        "Then there’s the panic over gas.\n\n"
        "“Top off your cars,” a friend texted this week. “Costco and BJ lines are extremely long "
        "this morning and smaller stations are running out of gas.”")
    assert speakers["Top off your cars,"] == "friend"
    assert speakers["Costco and BJ lines are extremely long this morning and smaller stations "
                    "are running out of gas."] == "friend"


def test_a_verb_parsed_as_an_adjective_still_has_its_subject():
    # main named the speaker "slammed Senate Republicans’ negotiating posture"
    speakers = _speakers(
        "Energy Secretary Jennifer Granholm on Sunday slammed Senate Republicans’ negotiating "
        "posture in infrastructure talks with the White House as “curious” and “perplexing” — "
        "warning that “there will be action” on an expansive legislative package despite a "
        "potential failure to strike a bipartisan compromise.")
    assert speakers["there will be action"] == "Jennifer Granholm"


def test_an_accusation_quotes_the_accuser():
    # main dropped both quotations (no verb of saying above them, too short to stand alone)
    speakers = _speakers(
        "Tuesday’s big flap was an interview at Vox with James Carville, who accused Democrats "
        "of being too “woke” and using “faculty lounge” language instead of rhetoric voters "
        "like.")
    assert speakers.get("woke") == "James Carville"
    assert speakers.get("faculty lounge") == "James Carville"


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
    # of the article's headline
    speakers = _speakers(
        "The Ugly Reaction to Tim Scott’s Speech Is Telling\n\n"
        "Tim Scott gave a competent Republican response to Joe Biden’s mendacious speech last "
        "night. And boy, the contrived, hyperbolic outrage and derision we saw from liberal "
        "talking heads was something to behold.\n\n"
        "Some of it was just farcical. Take MSNBC’s Nicolle Wallace’s contention that the speech, "
        "in which Scott praised the Trump administration vaccines, was “delivered from a planet "
        "where facts don’t matter.” Operation Warp Speed, she claimed, “didn’t do anything to "
        "get a needle in the arms, so a lot of disinformation.” Well, it did help boost the "
        "life-saving...")
    assert speakers["delivered from a planet where facts don’t matter."] == "Nicolle Wallace"


def test_a_what_theyre_saying_heading_names_no_speaker():
    # main read the heading's "they" as the House Democrats of the paragraph before
    speakers = _speakers(
        "President Biden has decided against appointing his own commission to investigate the "
        "Jan. 6 insurrection and will instead increase pressure on Congress to establish a "
        "committee, White House officials tell Axios.\n\n"
        "Why it matters: Some House Democrats suggested Biden create a presidential commission "
        "after Senate Republicans blocked the establishment of a bipartisan, independent panel. "
        "This decision signals his preference for House Speaker Nancy Pelosi to take the lead.\n\n"
        "What they're saying: “Congress was attacked on that day, and President Biden firmly "
        "agrees with Speaker Pelosi that Congress itself has a unique...")
    said = [who for text, who in speakers.items() if text.startswith("Congress was attacked")]
    assert said and "Democrats" not in (said[0] or "")


def test_a_pronoun_in_an_excerpt_of_a_few_sentences_is_never_far():
    # main withheld both (pronoun-far: "she" two sentences after the name, the epithet between
    # not counted as a mention); in a text of a paragraph or three the one person it names is near
    speakers = _speakers(
        "Rose McGowan has said that Democrats are in a \"deep cult\" in an appearance on Fox "
        "News.\n\n"
        "The outspoken actress and #MeToo advocate discussed being able to recognize a cult "
        "having grown up in one herself, in comments that were labeled \"disturbing\" by "
        "critics.\n\n"
        "\"I am not here to make people feel bad about their political choices,\" she told host "
        "Tammy Bruce on Fox News Primetime on Monday night. \"But I am here to say that you might "
        "be in a cult too if you don't know the signs. And...")
    assert speakers["I am not here to make people feel bad about their political choices,"] == \
        "Rose McGowan"
    assert speakers["But I am here to say that you might be in a cult too if you don't know the "
                    "signs. And..."] == "Rose McGowan"


def test_a_lede_that_describes_the_speaker_is_named_in_the_next_paragraph():
    # main gave the words to "No. 3 Republican"; Trump, named inside what she said, is whom
    # the words are about
    speakers = _speakers(
        "The No. 3 Republican in the U.S. House of Representatives on Monday said former "
        "President Donald Trump was “poisoning our democratic system” with his persistent false "
        "claims that his November election defeat was the result of fraud.\n\n"
        "U.S. Representative Liz Cheney, daughter of former Vice President Dick Cheney and a "
        "Trump critic, assailed him in a tweet, risking further raising the ire of the former "
        "president's allies in their Republican Party.")
    assert speakers["poisoning our democratic system"] == "Liz Cheney"


def test_what_a_thing_is_praised_for_by_an_agent_is_the_agents_words():
    # main dropped the quotation: no speaker, too short to stand alone
    speakers = _speakers(
        "Dubbed the \"Fairness in Women's Sports Act,” Florida’s new law establishes that women’s "
        "sports from middle school through college, including intramurals and club teams, are "
        "closed to males based on the biological sex listed on a student’s birth certificate. "
        "The measure has been widely celebrated by Republicans for “protecting the integrity” of "
        "girls athletics.")
    assert speakers["protecting the integrity"] == "Republicans"


def test_a_name_left_after_a_quotation_where_the_excerpt_breaks_off_is_the_speaker():
    # main withheld the words (its guess, DeSantis, is the one they name)
    speakers = _speakers(
        "Liberal media outlets were outraged with DeSantis' public signing of the Fairness in "
        "Women's Sports Act, which he said would help protect equal opportunities for women to "
        "obtain college athletic scholarships.\n\n"
        "\"Florida governor Ron DeSantis continues his quest to become the pretender to the MAGA "
        "throne,\" MSNBC...")
    assert speakers["Florida governor Ron DeSantis continues his quest to become the pretender "
                    "to the MAGA throne,"] == "MSNBC"


def test_a_quotation_after_a_paragraph_about_one_person_is_theirs_in_an_excerpt():
    # four paragraphs of a tuning BASIL story (basil-6b541575 a1, its first and its fourth to
    # sixth), as short as an excerpt: main carried the words to "Friday", which the paragraph of
    # the video took for a speaker; Etheridge, the one person the paragraph before names, took
    # no floor there (a passive)
    speakers = _speakers(
        "Three days after an Internet video surfaced showing North Carolina Rep. Bob Etheridge "
        "in a physical confrontation with a young man, the lawmaker said he is \"profoundly\" "
        "sorry for the tussle on a Washington street.\n\n"
        "The video, posted to YouTube last Friday, shows the man, who appears to be in his early "
        "20s and who identifies himself as a student, approaching Etheridge on the sidewalk.\n\n"
        "Etheridge is then seen trying to snatch a cell phone camera out of the student's hands. "
        "He then grabs the man's wrist and refuses to let go.\n\n"
        "\"Who are you!\" the seven-term congressman demands. \"Tell me who you are ... I have a "
        "right to know who you are.\"")
    assert speakers["Who are you!"] == "Bob Etheridge"
