"""A charge's wording quoted after the participle that charges someone, with no court and
no reporting verb to speak it, is nobody's words.

'Abdel Fattah ... was sentenced last December to five years in prison after he was
convicted of "broadcasting false news"': the article names no court and no accuser, so
the charge keeps no speaker; the speaker quoted before it, or the ranker's guess, would
be no better than nobody (attribution ``charge_wording``, left unranked). A court the
article names speaks the charge instead (``charge_name``, :mod:`.rules`), and a reporting
verb of the sentence ('Italian police say ... were accused of "Q"') is placed before.
"""

from __future__ import annotations

from ..wordlists import word_set

#: The evidence of such a quotation.
CHARGE_WORDING_EVIDENCE = (
    "a charge's wording after the participle that charges someone ('convicted of'), "
    "no court or accuser named: no speaker"
)

#: Participles that charge someone: data/words/charge_participles.txt.
CHARGE_PARTICIPLES = word_set("charge_participles")

#: Prepositions between the participle and the charge ("accused of", "charged with").
_CHARGE_PREPOSITIONS = frozenset(["of", "for", "with"])


def charge_frame_before(words: list[str]) -> bool:
    """The lower-case ``words`` of a sentence before its quotation end with a participle
    that charges someone and its preposition.

    >>> charge_frame_before("after he was convicted of".split())
    True
    >>> charge_frame_before("was in prison accused of".split())
    True
    >>> charge_frame_before("he accused the minister of".split())
    False
    >>> charge_frame_before("the campaign of".split())
    False
    """
    if len(words) < 2 or words[-1] not in _CHARGE_PREPOSITIONS:
        return False
    return words[-2] in CHARGE_PARTICIPLES
