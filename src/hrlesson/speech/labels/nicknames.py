"""Nicknames and other title-case names that open a clause as its subject, not speech.

Sports and entertainment pages call a player or a group by a name in quotation marks
and go on with what that one did: "'The Rocket' recorded the highest break", "'Mighty
Mike' said in conversation with the PDC", '"Turtles Fly Too" dedicated Thursday's rescue
mission'. The quotation opens its sentence (or the reporting clause after a quotation),
every word capitalised, with no stop, and a verb follows it in lower case: it is the
clause's subject, a name (:func:`name_opening_clause`, read by
:func:`~.quoted_names.quoted_name`).
"""

from __future__ import annotations

import re

from ..cues import CUE_FORMS
from ..vocabulary import AUXILIARIES, PERSONAL_SUBJECTS

#: What may stand before a quotation that opens its clause: the start of the text or of a
#: paragraph, a sentence's end (a closing mark may follow it), or a quotation's comma or
#: stop and its closing mark ('"I'm ready," 'Mighty Mike' said').
_CLAUSE_OPENING = re.compile(r"(?:^|\n|[.!?][\"'’”]?[ \t]+|[,.!?][\"'’”][ \t]+)$")
#: One capitalised word of a name: letters, with hyphens and apostrophes inside.
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")
#: The lower-case word after the quotation and the word after that ("said in").
_VERB_AFTER = re.compile(r"^[ \t]+([a-z]+)\b[ \t]*([\w’']*)")


def _verb(word: str, following: str) -> bool:
    """``word`` is a finite verb whose subject is the quotation before it: a past form in
    "-ed", an auxiliary, or a reporting verb not inverted before its speaker (not '"Wow"
    said Smith', '"Thanks" said he')."""
    if word in CUE_FORMS:
        return not (following[:1].isupper() or following.lower() in PERSONAL_SUBJECTS)
    return word in AUXILIARIES or (word.endswith("ed") and len(word) > 4)


def name_opening_clause(text: str, open_: int, close: int, quote: str) -> bool:
    """A quotation of one to three capitalised words with no stop, opening its sentence or
    the reporting clause after a quotation, right before a lower-case verb, is a name as its
    clause's subject: a nickname, a team or a group ("'The Rocket' recorded the highest
    break", '"I'm ready for it," 'Mighty Mike' said in conversation with the PDC'), not
    speech; not before an irregular past ('"Mo" drove'), nor an adjective before a noun
    ('"Audacious" thieves have stolen').

    >>> t = "York. 'The Rocket' recorded a 137."
    >>> name_opening_clause(t, 6, 17, "The Rocket")
    True
    >>> t = "ready,\\" 'Mighty Mike' said in conversation"
    >>> name_opening_clause(t, 8, 20, "Mighty Mike")
    True
    >>> t = '"Wow" said Smith.'
    >>> name_opening_clause(t, 0, 4, "Wow")
    False
    >>> t = '"Audacious" thieves have stolen'
    >>> name_opening_clause(t, 0, 10, "Audacious")
    False
    """
    words = quote.split()
    if not 0 < len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _CLAUSE_OPENING.search(text[max(0, open_ - 4) : open_]) is None:
        return False
    m = _VERB_AFTER.match(text[close + 1 : close + 40])
    return m is not None and _verb(m.group(1), m.group(2))
