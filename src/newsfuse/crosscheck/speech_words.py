"""The words of attribution: verbs of saying, the nouns of documents and spokespeople that
speak for someone, the pronouns a speaker may be referred by. Every part of "who said this"
(``speakers``, ``attribution``, ``pronouns``, ``speech``) and other sections (events, names,
timeline, figures) read the same lists, so a verb counts as saying in one place only."""

from __future__ import annotations

from .names import OFFICES


SPEECH_VERBS = {
    "say", "tell", "add", "ask", "state", "announce", "claim", "declare", "explain", "insist",
    "note", "warn", "write", "reply", "respond", "answer", "argue", "admit", "acknowledge",
    "confirm", "deny", "denounce", "report", "recall", "suggest", "allege", "testify", "tweet",
    "post", "conclude", "predict", "complain", "urge", "vow", "promise", "caution",
    "concede", "remark", "assert", "stress", "emphasize", "emphasise", "observe", "joke",
    "exclaim", "shout", "quip", "counter", "retort", "whisper", "elaborate",
    "lament", "marvel", "boast", "recount", "muse", "plead", "scoff", "contend", "reiterate",
    "interject", "wonder", "comment", "characterize", "characterise",
    "mutter", "murmur", "mumble", "grumble",
    # words sent from a phone or a mailbox are said as much as tweeted ones ('"Fill up the
    # tank tonight," a neighbour texted'); the small model lemmatises "texted" as "texte"
    "text", "texte", "email", "e-mail",
    # an apology and an assurance are said: 'The Governor of Alaska has apologized if
    # "undeserved attention" ... caused haters to set a fire there', 'Provenzano assured
    # parishioners that the diocese would "provide pastoral care ..."' (tuning: four quotations
    # of two clusters left with no speaker without them)
    "apologize", "apologise", "assure", "reassure",
}
# Words called out loud are said as much as shouted ones ('The marchers chanted "you will not
# replace us"', 'a splinter group ... yelled "go home"'): without these verbs a crowd, or a
# person written as a common noun, lost its chant to the paragraph's last speaker or to no one
# (87 Multi-News train documents with such a verb by a quotation: with "cry", "holler" and
# "bellow" too, 63 quotations changed speaker, about 50 to those who called them out, four away
# from a right speaker or to a wrong one). "cry", "holler" and "bellow" were left out: with
# them the validation line gave one more wrong speaker. A figure in the sentence is not theirs ('a man
# screamed and repeated "I'm dead" 23 times' counts the narrator's 23): the figures' crediting
# verbs leave them out (``events.ATTRIBUTION_VERBS``).
CALLED_VERBS = {"yell", "scream", "chant"}
SPEECH_VERBS |= CALLED_VERBS


def is_speech_verb(token) -> bool:
    """Whether a token is a verb of saying ("said", "tweeted", "Asked"): the one test every
    section uses, on the lemma in lower case, so a capitalised lemma reads the same."""
    return token.lemma_.lower() in SPEECH_VERBS or speech_participle(token)


def speech_participle(token) -> bool:
    """A participle of saying the tagger took for a noun: 'Dana Price made the
    announcement on Twitter Monday morning, writing, "..."' tags "writing" NN (lemma
    "writing") though the parse hangs it on the verb as an adverbial clause, as it does
    "saying" and "adding"."""
    if token.tag_ != "NN" or token.dep_ != "advcl" or not token.lower_.endswith("ing") \
            or token.head.pos_ not in ("VERB", "AUX"):
        return False
    stem = token.lower_[:-3]
    return stem in SPEECH_VERBS or stem + "e" in SPEECH_VERBS


# Verbs that introduce words only when they stand next to the quotation or govern it
# ('"...," he continued'; '"...," the report read'; 'Another tweet read: "..."'), never as
# evidence on their own ("the fighting continued", "she reads the news").
QUOTE_VERBS = {"continue", "read", "begin"}
# Verbs that name something in the speaker's words ('X called it a "game changer"'): their
# subject owns the quoted words even when it is no named entity ("the Syrian military").
NAMING_VERBS = {"call", "describe", "dub", "label", "brand", "term"}
# Verbs of judging or holding a view ('the neighbors thought it was "cool"', 'The paper had
# criticized the plan "as bad policy and worse politics"'): words quoted in their clause are
# their subject's view in its own words, even when the subject is no named entity.
JUDGING_VERBS = {"think", "believe", "criticize", "criticise", "praise", "consider", "hope",
                 "fear"}
# Offices and jobs one named person holds in a story, so that "the mayor said" may mean
# the one mayor the cluster names ("the senior official" is an unnamed source, not here).
HELD_ROLES = (OFFICES - {"spokesman", "spokeswoman", "spokesperson", "officer", "father",
                         "lady", "general", "major", "justice", "representative"}) | {
    "lawyer", "emir", "manager", "candidate", "founder", "owner"}
# Nouns a report uses for a player or competitor it has just named ("Celtics guard Jaylen Brown
# finished with 29 points." / '"It hurts," the forward said.'): an epithet for that person, as
# an age or a nationality is (``speakers._epithet``), never a role someone else holds.
PLAYER_EPITHETS = {"forward", "guard", "striker", "midfielder", "defender", "goalkeeper",
                   "keeper", "winger", "quarterback", "pitcher", "rookie", "veteran",
                   "playmaker", "skipper", "champion", "netminder",
                   "batsman", "bowler", "sprinter", "swimmer", "golfer", "boxer"}
# Penn tags of a finite verb: words before a colon that hold one are a clause of their own
# ("He spoke on Fox News:"), not a heading or a label ("Harris on the injury:", "On the result:")
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Verbs of saying that also mean acting on something ("officers responded to the scene"):
# their words are a clause or a quotation they govern, never their prepositional phrases.
REPLY_VERBS = {"respond", "reply", "answer"}
# Verbs that move someone else to act ("prompted the Daily Ledger to declare", "urged her to
# say"): their object, not their subject, does what the infinitive after it says.
MOVING_VERBS = {"prompt", "lead", "force", "urge", "compel", "push", "press", "pressure",
                "persuade", "convince", "encourage", "inspire", "cause", "drive", "spur",
                "invite", "challenge", "dare", "provoke", "tempt", "order", "instruct"}
# Documents: they speak for whoever issued them ("A statement from US Central Command
# said"), named in their own phrase or by the verb that issued them. (Spokespeople speak for
# themselves: ``SPOKESPEOPLE``.)
DOCUMENT_NOUNS = {"statement", "release", "communique", "announcement", "report", "letter",
                  "memo", "email", "tweet", "post", "website", "filing", "video", "message",
                  "bulletin", "notice", "account", "feed", "bill", "lawsuit", "complaint",
                  "indictment", "ruling", "affidavit", "document", "obituary", "listing",
                  "study", "motion", "caption"}
# Verbs by which a document is put out by whoever it speaks for ("a statement released by the
# trust", ``attribution._released_by``); "obtained by" or "seen by" name who holds a document.
ISSUING_VERBS = {"release", "issue", "publish", "post", "send", "write", "sign", "file",
                 "distribute", "circulate", "deliver", "put"}
# Nouns of something said: a quotation they own is their owner's words ("Hale's remarks
# will be focused on "..."", ``attribution._owner``).
SPOKEN_NOUNS = {"statement", "claim", "remark", "comment", "word", "words", "warning", "reply",
                "response", "answer", "argument", "promise", "complaint", "question",
                "message", "view", "advice", "assessment", "explanation", "testimony",
                "speech", "interview", "note", "description", "contention", "assertion",
                "accusation", "allegation", "suggestion", "insistence", "prediction",
                "address"}
# What a lead-in before a colon may name as the owned text the quotation after it is
# (``attribution._lead_in_owner``): the nouns of saying and documents, and a person's page, talk
# or tips ("Brown's Kickstarter page:", "quotes from her talk:", "Her tips ... is to do it gently:")
LEAD_IN_NOUNS = SPOKEN_NOUNS | DOCUMENT_NOUNS | {"page", "talk", "tip"}
# People who speak for someone else, named by whom they speak for ("a Google spokeswoman",
# "Reynolds' rep"): they are the speakers, not the one they speak for (``speakers._spokesperson``).
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "rep", "representative",
                "publicist"}


MALE, FEMALE = {"he", "him", "his", "himself"}, {"she", "her", "herself"}
# Nouns that say a person's sex, as a speaker described and not named is written ("his mother
# said", "Mr Osborne's sister said", "the woman said"): a "she said" after one may mean her, a
# "he said" not (``pronouns.pronoun_referent``)
NOUN_GENDER = {**dict.fromkeys(
    ("mother", "mom", "mum", "sister", "wife", "daughter", "aunt", "grandmother", "niece",
     "girlfriend", "widow", "fiancee", "stepmother", "granddaughter", "woman", "girl",
     "spokeswoman", "businesswoman", "actress", "congresswoman", "chairwoman"), "F"),
    **dict.fromkeys(
    ("father", "dad", "brother", "husband", "son", "uncle", "grandfather", "nephew",
     "boyfriend", "widower", "fiance", "stepfather", "grandson", "man", "boy", "spokesman",
     "businessman", "actor", "congressman", "chairman"), "M")}
PRONOUNS = MALE | FEMALE | {"they", "it", "we", "i", "who", "which", "that"}


# Nouns for a person the article does not name ("a spokeswoman", "one official").
PERSON_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "source", "witness",
                "resident", "follower", "analyst", "expert", "officer", "executive", "lawyer",
                "aide", "diplomat", "neighbor", "neighbour", "man", "woman", "doctor"}
