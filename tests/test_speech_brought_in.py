"""A quotation whose own sentence names no one, after a sentence that brings a person into the
text as its subject with "a" in apposition ("Robert Duncan, a journalist from North Carolina
..., participated in the event"), is that person's, not the one quoted before in the paragraph:
news writing brings a new voice in just before quoting it (``speech._brought_in_named``, read by
``speech._took_floor``). On main 4bcecbf the quotation below went on with the pope's earlier
quotations (the pope then read, through the same journalist, as "Robert duncan"; once the pope
was no longer read so, at 563ab23, it went to the pope).

The paragraph is a fresh Multi-News cluster's (speaker_review seed 60, read draw,
multinews-plus-train-43308), as the review listed it, cut after the quotation's first words."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of
from test_speech_described_person import POPE as DESCRIBED_POPE

# the paragraph test_speech_described_person reads, with the quotation that follows it
POPE = DESCRIBED_POPE + " \"we are getting married in may and this feels"


def test_a_person_brought_in_before_a_quotation_speaks_it():
    speakers = _speakers(POPE + ". \"")
    assert (_of(speakers, "we are getting married") or "").lower() == "robert duncan", speakers
    assert (_of(speakers, "today many believe") or "").lower() != "robert duncan", speakers
