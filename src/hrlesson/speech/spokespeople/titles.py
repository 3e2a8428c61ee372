"""Titles of a person who speaks for a body (data/words/spokesperson_titles.txt)."""

from __future__ import annotations

from ...wordlists import word_set

#: Titles of a person who speaks for a body, as whole words of a role ("press-secretary" is
#: "Press Secretary"): headline_own_people.py reads these.
SPOKESPERSON_TITLES = word_set("spokesperson_titles")

#: The one-word titles ("spokesman", "spokeswoman", "spokesperson"): the nouns of an unnamed
#: spokesperson ("a spokesman for the UN refugee agency").
SPOKESPERSON_WORDS = frozenset(w for w in SPOKESPERSON_TITLES if "-" not in w)
