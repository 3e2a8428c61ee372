"""The words that open a clause or an adjunct, by class: one table,
``data/words/clause_words.csv`` (a word and its classes, ``|`` between them), read here
once; every rule takes its subset from this module.

>>> "because" in SUBORDINATORS, "because" in RELATIVE_ADVERBS
(True, False)
>>> sorted(clause_words("temporal"))
['after', 'before', 'once', 'since', 'until']
"""

from __future__ import annotations

from functools import cache

from ..wordlists import word_table

#: The classes of the table, each with what its words open.
CLASSES = {
    "subordinator": 'a clause with its own subject, fronted or not ("When Ann arrived, ...", '
    '"... as the envoy urged")',
    "temporal": 'a clause only after a clause of its own ("X spoke after Y asked"); elsewhere '
    'a preposition ("the envoy after the vote")',
    "fronted": 'a phrase before the main clause, as a subordinator does ("Despite the ban, '
    '...", "Asked whether ..., she said")',
    "relative_adverb": 'a clause about a place, time or reason ("the meeting, where '
    'delegates will review"): no noun phrase starts with one',
    "relative_pronoun": 'a relative clause ("The star, who starred in ...")',
    "link": 'a clause joined to the one before ("and", "but", "however", "with" before an '
    'absolute clause: "with its minister calling ...")',
    "participle_link": "a participle that shares the clause's subject (\"responded by "
    'saying", "..., while nevertheless saying")',
    "comparison": 'a fronted comparison before the main clause ("Like the nuncio, who spoke on '
    'Monday, Cesareo did not mince words"); elsewhere a preposition ("leaders like him")',
    "time_adverb": 'nothing: it closes a fronted time phrase after a word of time ("Hours '
    'later, ...")',
}


@cache
def _classes() -> dict[str, frozenset[str]]:
    """Each word of the table -> its classes (a class the table names but :data:`CLASSES`
    does not know is an error)."""
    table = {
        row["word"]: frozenset(row["classes"].split("|")) for row in word_table("clause_words")
    }
    unknown = set().union(*table.values()) - set(CLASSES)
    if unknown:
        raise ValueError(f"data/words/clause_words.csv: unknown classes {sorted(unknown)}")
    return table


def clause_words(*classes: str) -> frozenset[str]:
    """The words of the table in any of ``classes`` (names of :data:`CLASSES`).

    >>> sorted(clause_words("relative_adverb"))
    ['when', 'where', 'whereby', 'wherein', 'why']
    """
    if unknown := set(classes) - set(CLASSES):
        raise KeyError(f"no class {sorted(unknown)} in data/words/clause_words.csv")
    return frozenset(w for w, found in _classes().items() if found & set(classes))


#: Conjunctions that open a clause with its own subject ("... as the UN envoy urged").
SUBORDINATORS = clause_words("subordinator")

#: Conjunctions of time that open a clause only after a clause ("X spoke after Y asked").
TEMPORAL_SUBORDINATORS = clause_words("temporal")

#: Words that open a subordinate clause or an adjunct before a main clause ("When X arrived,
#: he said", "Despite the ban, ...", "Asked whether ..., she said").
ADJUNCT_OPENERS = clause_words("subordinator", "temporal", "fronted")

#: Prepositions of comparison that open a fronted adjunct ("Like X, who ..., Y said").
COMPARISONS = clause_words("comparison")

#: Relative adverbs ("the meeting, where union delegates will review").
RELATIVE_ADVERBS = clause_words("relative_adverb")

#: Words that join a participle to the clause before it ("responded by saying").
PARTICIPLE_LINKS = clause_words("participle_link")
