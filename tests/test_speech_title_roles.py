"""A speaker given by a title alone ("the governor said", "the police chief said") is the one
person the article titled so, however the title was written at the name: abbreviated ("Alaska
Gov. Sarah Morton" is "the governor"), capitalised ("the Governor", "the Prime Minister"),
with a capitalised word of its own ("Police Chief Ray Olsen" is "the police chief") or with the
place or organisation it is held in ("the Ohio governor" is Ohio's, not Alaska's). A title two
people hold, or one nobody holds, names no one.

The sentences are written for these tests; the first five fail without the readings of
``names._title_words`` and ``speakers._speaker_of`` they check.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize("text, speaker", [
    ("Alaska Gov. Sarah Morton visited the site on Friday.\n\n"
     "\"We will rebuild,\" the governor said.", "Sarah Morton"),
    ("Alaska Gov. Sarah Morton visited the site on Friday.\n\n"
     "\"We will rebuild,\" the Governor said.", "Sarah Morton"),
    ("Prime Minister Anna Berg spoke in parliament on Tuesday.\n\n"
     "\"We will act,\" the Prime Minister said.", "Anna Berg"),
    ("Police Chief Ray Olsen and Fire Chief Ann Lee spoke to reporters.\n\n"
     "\"The fire was set,\" the fire chief said.", "Ann Lee"),
    ("Alaska Gov. Sarah Morton and Ohio Gov. John Kent met on Friday.\n\n"
     "\"We agreed on nothing,\" the Ohio governor said.", "John Kent"),
    ("Leeds manager Tom Harris watched from the stands.\n\n"
     "\"We were poor,\" the manager said.", "Tom Harris"),
])
def test_a_title_alone_is_the_one_person_titled_so(text, speaker):
    assert list(_speakers(text).values()) == [speaker]


@pytest.mark.parametrize("role", ["governor", "Texas governor"])
def test_a_title_two_people_or_nobody_holds_names_no_one(role):
    speakers = _speakers("Alaska Gov. Sarah Morton and Ohio Gov. John Kent met on Friday.\n\n"
                         f"\"We agreed on nothing,\" the {role} said.")
    assert list(speakers.values())[0] not in ("Sarah Morton", "John Kent")
