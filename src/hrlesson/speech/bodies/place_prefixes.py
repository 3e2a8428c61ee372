"""A place that opens a body's name and gives its acronym no letter: "DNR" is the
"Wisconsin Department of Natural Resources", "HHSA" the "Mendocino County Health and Human
Services Agency" (read by names.spells_acronym)."""

from __future__ import annotations

from ...wordlists import word_table
from ..vocabulary import SETTLEMENT_NOUNS

#: States and provinces of federations ("Wisconsin", "Queensland"):
#: data/words/place_and_people_names.csv, its rows of places.
REGIONS = frozenset(
    row["name"] for row in word_table("place_and_people_names") if row["what"] != "people"
)


def place_prefix(name: str) -> str | None:
    """The rest of ``name`` after a state's or province's name ("Wisconsin") or a place
    and its settlement noun ("Mendocino County", "Bluff City") opening it, when two
    capitalised words at least are left; None otherwise.

    >>> place_prefix("Wisconsin Department of Natural Resources")
    'Department of Natural Resources'
    >>> place_prefix("Mendocino County Health and Human Services Agency")
    'Health and Human Services Agency'
    >>> place_prefix("Royal Horticultural Society") is None, place_prefix("Wisconsin Lions") is None
    (True, True)
    """
    words = name.split()
    if len(words) > 1 and words[0].lower() in REGIONS:
        rest = words[1:]
    elif len(words) > 2 and words[0][:1].isupper() and words[1].lower() in SETTLEMENT_NOUNS:
        rest = words[2:]
    else:
        return None
    if sum(w[:1].isupper() for w in rest) < 2 or not rest[0][:1].isupper():
        return None
    return " ".join(rest)
