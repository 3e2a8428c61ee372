"""A quoted participle that sorts the noun after it into a class is a term, not a judgement.

'after two or three "unidentified" drones were spotted', 'at a “controlled” airport, such as
Tamworth', 'cultural norms ... and "family-oriented" values': the writer quotes the word that
names the kind of drone, airport or value, as officials or a field class them. No one is
shown judging: the quotation has no speaker in its sentence, and the speaker of the next
sentence or of the one before did not say it. An evaluative word stays a judgement ('an
“unprecedented” number'; data/words/evaluative_words.txt), as does a participle used as a
predicate ('drivers who were "entrapped" by poor sign-posting') or one an adverb grades
('a "substantially reduced" fine'). Read by :mod:`.short_quotes` before it guesses a short
evaluation's author from outside its sentence.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..vocabulary import AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, WORD_RE

#: Adjectives that judge ("unprecedented", "severe"): data/words/evaluative_words.txt.
EVALUATIVE_WORDS = word_set("evaluative_words")
#: The word right after a quotation's closing mark, with no punctuation between.
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
#: Function words that cannot be the noun a participle modifies ('"deprioritized" and').
_NOT_NOUNS = frozenset(["and", "or", "but", "nor", "than", "as", "that", "to", "so"])


def classifying_participle(quote: str, after: str) -> bool:
    """``quote`` is one lower-case participle in -ed, no evaluative word, and ``after`` (the
    text right after its closing mark) opens with the noun it modifies: 'two or three
    "unidentified" drones were', 'a “controlled” airport', '"family-oriented" values'.

    >>> classifying_participle("unidentified", " drones were spotted")
    True
    >>> classifying_participle("family-oriented", " values.")
    True
    >>> classifying_participle("unprecedented", " number of"), classifying_participle("entrapped", " by")
    (False, False)
    >>> classifying_participle("deprioritized", " and might"), classifying_participle("timely", " actions")
    (False, False)
    """
    words = WORD_RE.findall(quote)
    if len(words) != 1 or quote.strip() != words[0] or not words[0].islower():
        return False
    word = words[0]
    if not word.endswith("ed") or word.endswith("eed") or word in EVALUATIVE_WORDS:
        return False
    m = _NEXT_WORD.match(after)
    if m is None:
        return False
    noun = m.group(1)
    function_words = (AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, _NOT_NOUNS)
    return not noun.endswith("ly") and not any(noun in words for words in function_words)
