"""A description that counts on from someone met before ("another diplomat", "a third
person") brings in a new unnamed person: it keeps its own counting word, so it is never the
unnamed person the plain description named before ("one diplomat", "a senior Hamas
official")."""

from __future__ import annotations

from ...wordlists import word_set
from ..vocabulary import tidy_description

#: Words that count on from someone met before (data/words/counting_on_words.txt).
COUNTING_ON = word_set("counting_on_words")


def own_count_description(text: str) -> str:
    """The label of the unnamed person ``text`` describes: the description without its
    article (:func:`~..vocabulary.tidy_description`), but "another" kept as written (the
    tables lower it where it only opens a sentence), so '"Q," one
    diplomat told AFP. "Q2," confirmed another diplomat' has two speakers, "one diplomat"
    and "another diplomat" (myanmar_coup_council_schraner_burgener_diplomats_afp_elethos;
    '"Q," another senior official told AFP' after "A senior Hamas official ... stressed":
    hamas_accepts_senior_official_israeli_official_muraselon).

    >>> own_count_description("another senior official"), own_count_description("Another diplomat")
    ('another senior official', 'Another diplomat')
    >>> own_count_description("a senior official"), own_count_description("one diplomat")
    ('senior official', 'diplomat')
    """
    words = text.split()
    if len(words) > 1 and words[0].lower() in COUNTING_ON:
        return " ".join(words)
    return tidy_description(text)


#: The evidence of an unnamed person a description counts on to.
COUNTED_ON = "a new person, counted on from one met before"


def counted_on_note(label: str) -> str | None:
    """The evidence note for the unnamed person ``label`` names: :data:`COUNTED_ON` when
    :func:`own_count_description` kept its counting word ("another diplomat"), else None.

    >>> counted_on_note("another diplomat") == COUNTED_ON, counted_on_note("diplomat")
    (True, None)
    """
    words = label.split()
    return COUNTED_ON if len(words) > 1 and words[0].lower() in COUNTING_ON else None
