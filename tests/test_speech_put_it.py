"""'X put it bluntly to him: "..."' words the quotation it introduces: the subject of "put it"
speaks (``attribution._puts_it``). Before the rule the verb was no verb of saying, and the
quotation went to whoever the paragraph named before. Sentences written for this test."""

from __future__ import annotations

from conftest import quote_speaker


def test_put_it_bluntly_before_a_colon_names_the_speaker():
    text = ("Senator's trip\n\n"
            "The senator did not seem to think of going home until his aides warned him. His "
            "friend Carl Mendes put it bluntly to him: \"You had better get back to your "
            "district if you want to keep your seat.\"")
    assert quote_speaker(text, "You had better") == "Carl Mendes"


def test_put_it_this_way_names_the_speaker():
    text = ("Port strike\n\n"
            "Dock workers walked out on Monday after talks with the port authority broke down. "
            "Union leader Rosa Almeida put it this way: \"We are not asking for the moon, we are "
            "asking for the pay we were promised.\"")
    assert quote_speaker(text, "We are not asking") == "Rosa Almeida"


def test_putting_a_thing_down_after_the_quotation_names_no_one():
    text = ("Museum reopens\n\n"
            "\"This vase survived two fires,\" said curator Ines Navarro. The guard, Tom Reyes, "
            "put it back on its shelf.")
    assert quote_speaker(text, "This vase") == "Ines Navarro"
