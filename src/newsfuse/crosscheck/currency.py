"""The currency an amount is in, and the marks that write one, in one list for every reader
of sums (``figure_reading`` names an amount's unit with it, ``numbers.parse_amount`` strips
the marks from the number, ``worth`` knows a sum restated in brackets by them).

A dollar sign with a country ("A$", "$AU", "C$", "NZ$", "HK$", "S$") is that country's
dollar, another unit than the plain "$": two reports' "A$2.5 million" and "US$2.5 million"
are two sums, not one agreed figure (both were read as "dollars", so they could meet). "US$"
and "$US" are the plain dollar's own name: English reports write "$" for the US dollar, and a
report's "US$334 million" is another report's "$334 million". The country's name written
out ("Australian dollars") is the same currency as its mark."""

from __future__ import annotations

import re

SYMBOLS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
# the letters a dollar sign takes for its country, before it or after it, and the country's
# dollar they name (None: the plain dollar)
DOLLAR_COUNTRIES = {"us": None, "u.s.": None, "a": "Australian", "au": "Australian",
                    "c": "Canadian", "nz": "New Zealand", "hk": "Hong Kong", "s": "Singapore"}
# one of those letters with the sign, as a number's prefix ("A$", "$AU", "US$"): for a regex
_COUNTRY = "|".join(re.escape(k) for k in sorted(DOLLAR_COUNTRIES, key=len, reverse=True))
DOLLAR_MARK = rf"(?:(?:{_COUNTRY})\$|\$(?:{_COUNTRY})?)"
# any currency's sign before a number: a dollar sign with or without its country's letters,
# or another symbol ("£", "€"): for a regex
_SYMBOL = f"[{''.join(SYMBOLS)}]"
SIGN = rf"(?:{DOLLAR_MARK}|{_SYMBOL})"
# the country's letters alone, which the tokenizer may split off the sign ("US $2m")
_LETTERS = {k.rstrip(".") for k in DOLLAR_COUNTRIES}
# "bucks" is the dollar's everyday name ("50 bucks" is another report's "$50")
_WORDS = r"(?:dollars?|bucks?|euros?|pounds?|yen|yuan|rupees?|francs?)"
_ADJECTIVES = {"us": None, "u.s.": None, "american": None, "australian": "Australian", "canadian": "Canadian",
               "new zealand": "New Zealand", "hong kong": "Hong Kong", "singapore": "Singapore"}
# a dollar sign with its country's letters before or after it, a symbol alone, or a currency's
# name (with its country's, "Australian dollars")
_CURRENCY = re.compile(
    rf"(?<![A-Za-z.])(?P<before>{_COUNTRY})\$|\$(?P<after>{_COUNTRY})(?![a-z])|(?P<symbol>{_SYMBOL})"
    rf"|\b(?:(?P<adjective>{'|'.join(map(re.escape, _ADJECTIVES))})\s+)?(?P<word>{_WORDS})\b", re.I)


def currency_of(text: str) -> str | None:
    """The currency the first mark or name of one in ``text`` writes, as a plural noun:
    "$15,000" -> "dollars", "A$2.5 million" -> "Australian dollars", "£5m" -> "pounds",
    "five million Canadian dollars" -> "Canadian dollars"; None when it names none."""
    m = _CURRENCY.search(text)
    if m is None:
        return None
    if m["symbol"]:
        return SYMBOLS[m["symbol"]]
    word = m["word"].lower() if m["word"] else "dollars"
    word = word if word in ("yen", "yuan") else word.rstrip("s") + "s"  # "yen" and "yuan" are plurals
    word = "dollars" if word == "bucks" else word
    country = (m["before"] or m["after"] or m["adjective"] or "").lower()
    if word != "dollars" or not country:
        return word
    named = DOLLAR_COUNTRIES.get(country) if country in DOLLAR_COUNTRIES else _ADJECTIVES[country]
    return f"{named} dollars" if named else "dollars"


def is_sign(word: str) -> bool:
    """Whether a token is a currency's sign: a symbol, or a dollar sign with its country's
    letters ("A$", "us$", "$AU")."""
    return re.fullmatch(SIGN, word, re.I) is not None


def is_mark(word: str) -> bool:
    """Whether a token writes a currency: a sign (``is_sign``), or a country's letters the
    tokenizer split off the sign ("US $2m")."""
    return is_sign(word) or word.lower().rstrip(".") in _LETTERS


def is_name(word: str) -> bool:
    """Whether a token is a currency's name: "dollars", "euro", "yen"."""
    return re.fullmatch(_WORDS, word, re.I) is not None
