"""What a complete date says about when a page was written (dates.date_role), on lines taken
from real pages of the eval and story streams."""

from __future__ import annotations

import pytest

from newsfuse.dates import date_role, full_date_spans


@pytest.mark.parametrize("line, role", [
    ("Published: April 16, 2013 9:09 AM", "page"),
    ("THURSDAY, APRIL 11, 2013, 12:12 AM", "page"),
    ("April 12, 2013 | 4: 00am", "page"),
    ("UPDATED: 19:14 GMT, 12 April 2013", "page"),
    ("posted at 10:01 pm on March 2, 2016 by John Sexton", "page"),
    ("This editorial was published in Dawn on March 29, 2014", "page"),
    ("The article was first published on August 5, 2015.", "page"),
    ("#Bashir — Max du Preez (@MaxduPreez) June 15, 2015", "post"),
    ("A post shared by Serena Williams (@serenawilliams) on Jul 16, 2017 at 6:12am PDT", "post"),
    ("The Shermans were discovered fully clothed and wearing coats pulled down over their shoulders "
     "on Dec. 15, 2017.", None),
    ("On Wednesday morning, August 7, 1963, Jackie went into labor five and a half weeks early.", None),
])
def test_date_role(line, role):
    (start, end, _), = full_date_spans(line)
    assert date_role(line, start, end) == role
