"""Who speaks a quotation whose own sentence names no one, when the sentence after it or the
narrative before it has a verb of saying of its own (spk38, from fresh Multi-News text read by
hand: bench/speaker_review.py, seed 31).

- A verb of saying after the quotation with a clause of its own says that clause, not the
  quotation before it when it stands out of the quotation's reach (``attribution._has_own_words``):
  '"..." Court papers filed on Tuesday said the letter could fetch ...' leaves the quotation to
  the speaker before it.
- A verb after the quotation with another quotation between them, or opening a quotation of
  its own after a sentence the first one closed, attributes that quotation
  (``attribution._quotes_another``).
- Someone else who speaks in the narrative between two quotations takes the floor
  (``speech._took_floor``): the second quotation is theirs, not the first one's speaker's.

The sentences are written for these tests; each reading fails without its rule (checked by
switching each off), and the others hold what the rules must leave alone.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers

KFC = "The restaurant stayed open all night.\n\n"
COURT = "The singer went to court on Tuesday.\n\n"
TRAM = "Two trams collided at the terminal overnight.\n\n"

CASES = [
    ("clause-after", KFC + '"I did not want to go home," Lin Wei told the paper. "I only wanted '
     'some chicken wings." A worker, Zhang Min, explained to reporters that nobody noticed her '
     "for days.", "I only wanted some chicken wings.", "Lin Wei"),
    ("clause-after-far", COURT + '"My privacy matters," Dana Reyes said in court papers. "My '
     'letters are not for sale." Court papers filed in New York on Tuesday said the letter '
     "could fetch $100,000.", "My letters are not for sale.", "Dana Reyes"),
    # (a verb right after the quotation that only names the listener is its attribution)
    ("object-after", COURT + 'The singer spoke outside. "My letters are not for sale." Dana '
     "Reyes told reporters.", "My letters are not for sale.", "Dana Reyes"),
    # (a verb beside the quotation keeps it, though it goes on with a clause)
    ("adding", COURT + '"My letters are not for sale," Dana Reyes said, adding that she would '
     "appeal.", "My letters are not for sale,", "Dana Reyes"),
    ("between", TRAM + '"At 12:15 a.m. the tram struck an empty railcar," said investigator '
     'Ruben Lopez. "Early reports say 32 passengers were hurt." "There was blood everywhere," '
     "said one passenger, Tom Reed.", "Early reports say 32 passengers were hurt.", "Ruben Lopez"),
    ("opens-own", 'The actors met again on a talk show.\n\n"We shot the whole scene with a real '
     'priest," Winona Ryder said. "So I think we are married." Keanu Reeves took the news calmly '
     'and joked, "It is lovely to see you again."', "So I think we are married.", "Winona Ryder"),
    ("opens-own-added", 'Martha Stewart and Snoop Dogg will host a show.\n\n"At our dinner party, '
     'we will show off food and celebrity," Stewart said. "The show will redesign the cooking '
     'competition." Snoop Dogg added, "Martha and I have a special bond."',
     "The show will redesign the cooking competition.", "Martha Stewart"),
    # (the verb's own quotation is still its own)
    ("own-kept", 'The actors met again on a talk show.\n\n"We shot the whole scene with a real '
     'priest," Winona Ryder said. "So I think we are married." Keanu Reeves took the news calmly '
     'and joked, "It is lovely to see you again."', "It is lovely to see you again.",
     "Keanu Reeves"),
    # (a quotation split around its verb goes on with the same speaker)
    ("split", 'The actors met again on a talk show.\n\n"We shot the whole scene with a real '
     'priest," Winona Ryder said, "and I think we are married."', "and I think we are married.",
     "Winona Ryder"),
    ("floor-taken", TRAM + '"At 12:15 a.m. the tram struck an empty railcar," said investigator '
     "Ruben Lopez. The transit agency says video from the cars will help the inquiry. "
     '"Onboard recorders from both cars have been recovered."',
     "Onboard recorders from both cars have been recovered.", "transit agency"),
    # (a person named in narrative without speaking leaves the floor where it was)
    ("floor-kept", TRAM + '"At 12:15 a.m. the tram struck an empty railcar," said investigator '
     "Ruben Lopez. The tram driver, Mark Hale, was taken to hospital. "
     '"Onboard recorders from both cars have been recovered."',
     "Onboard recorders from both cars have been recovered.", "Ruben Lopez"),
]


@pytest.mark.parametrize("name,text,quote,speaker", CASES, ids=[c[0] for c in CASES])
def test_speaker(name, text, quote, speaker):
    assert _speakers(text).get(quote) == speaker


def test_floor_not_taken_inside_the_last_quotations_sentence():
    """Who the last quotation's own sentence names after its verb (what the speaker refers
    to) does not take the floor: the next quotation goes on with the speaker."""
    text = ("The senator's office spoke on Thursday.\n\n"
            '"The senator did not see the full press conference," spokesman Brian Rowe said, '
            "referring to an event where Dale Mercer said he regretted his words. "
            '"The senator is glad that Mr. Mercer apologized to the voters."')
    assert _speakers(text).get("The senator is glad that Mr. Mercer apologized to the voters.") \
        == "Brian Rowe"
