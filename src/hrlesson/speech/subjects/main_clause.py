"""The verb of a main clause that a participle goes on with.

"Egypt and Sudan called for the council meeting and sent their foreign ministers to New
York to appeal for council action, saying ...": the participle shares the subject of the
clause's finite verb (Egypt and Sudan), not that of the infinitive "to appeal" nearest
before it, whose subject the finder reads as "the council"; nor is a verb inside the
"that" clause of another ("Kobakhidze stated that the OSCE/ODIHR had only spoken about
'isolated violent incidents' and also briefly added that ...": Kobakhidze added).
"""

from __future__ import annotations

from ..records import Cue
from ..reported_clause import inside_that_clause
from ..tokens import Token


def infinitive_cue(tokens: list[Token], cue: Cue) -> bool:
    """The cue is an infinitive ("to demand answers", "to appeal for council action"), not
    the verb of a clause whose subject a later participle shares.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("wrote to demand answers", [0])
    >>> infinitive_cue(toks, Cue(toks[2].start, toks[2].end, "demand", "demand", 0, 2))
    True
    >>> infinitive_cue(toks, Cue(toks[0].start, toks[0].end, "wrote", "write", 0, 0))
    False
    """
    return cue.tok > 0 and tokens[cue.tok - 1].lower == "to"


def reported_verb(text: str, earlier: list[Cue], cue: Cue) -> bool:
    """The cue and its subject stand inside the "that" clause of an earlier cue of
    ``earlier``, with no punctuation between (:func:`..reported_clause.inside_that_clause`):
    part of what is reported, not the main clause a later "and added" goes on with.

    >>> from ..records import SpeakerRef
    >>> t = "Kobakhidze stated that the OSCE had only spoken about it and also added"
    >>> stated = Cue(t.index("stated"), t.index(" that"), "stated", "state", 0, 1)
    >>> spoken = Cue(t.index("spoken"), t.index(" about"), "spoken", "speak", 0, 7)
    >>> spoken.subject = SpeakerRef(None, "OSCE", t.index("the OSCE"), t.index(" had"))
    >>> reported_verb(t, [stated, spoken], spoken)
    True
    """
    ref = cue.subject
    return ref is not None and any(
        inside_that_clause(text, c, ref.start) for c in earlier if c is not cue
    )
