"""Reported clauses: "..., he said" (the speaker does not name himself in the clause before
it) and the cues inside a clause that another verb reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .clause_words import ADJUNCT_OPENERS, TEMPORAL_SUBORDINATORS
from .records import Cue
from .tokens import Token
from .vocabulary import ADVERBS, PREPOSITIONS

#: Closing quotation marks that may stand between the comma and the pronoun.
CLOSING_MARKS = frozenset(['"', "\u201d", "'", "\u2019"])

#: Opening quotation marks.
OPENING_MARKS = frozenset(['"', "\u201c", "'", "\u2018"])


def reported_clause_start(tokens: list[Token], k: int) -> int | None:
    """The start of the reported clause that a pronoun ``tokens[k]`` closes, else None.

    ``Ghai's comments did not reflect the true nature of the government, he said.``: the
    pronoun comes after a comma, the sentence opens with neither a preposition nor a
    participle, and holds no subordinator ("When Ghai arrived, he said": Ghai may be "he"). Returns
    the offset where the sentence starts; a person named between it and the pronoun is
    the one the clause reports on, not its speaker.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Ghai's comments were wrong, he said.", [0])
    >>> reported_clause_start(toks, [t.text for t in toks].index("he"))
    0
    >>> toks = tokenize("When Ghai arrived, he said.", [0])
    >>> reported_clause_start(toks, [t.text for t in toks].index("he")) is None
    True
    """
    c = k - 1
    if c > 0 and tokens[c].text in CLOSING_MARKS:
        if introduced_by_colon(tokens, c):
            return None  # 'X does not accept this: "Q," he wrote': X may be "he"
        c -= 1  # 'were based on "grudges," he added'
    if c < 1 or tokens[c].text != "," or tokens[c].sent != tokens[k].sent:
        return None
    j = k - 1
    while j > 0 and tokens[j - 1].sent == tokens[k].sent:
        j -= 1
    first = tokens[j]
    low = first.lower
    if low in PREPOSITIONS or low.endswith("ing") or j >= c - 1:
        return None
    if any(w.lower in ADJUNCT_OPENERS for w in tokens[j:c]):
        return None  # "..., but when prosecutor Moreno-Ocampo requested it, he said"
    return first.start


def introduced_by_colon(tokens: list[Token], c: int) -> bool:
    """The quotation closed by the mark ``tokens[c]`` opens after a colon in its sentence:
    ``Bazoum himself does not want to accept this: "All will be preserved," he wrote``:
    the quotation, not the narration before the colon, is what "he" reports, and the
    person who opens the sentence may be "he".

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize('Bazoum rejects this: "All is well," he wrote.', [0])
    >>> introduced_by_colon(toks, [t.text for t in toks].index("he") - 1)
    True
    >>> toks = tokenize("Ghai's views: they were 'grudges,' he said.", [0])
    >>> introduced_by_colon(toks, [t.text for t in toks].index("he") - 1)
    False
    >>> toks = tokenize('His views were "grudges," he said.', [0])
    >>> introduced_by_colon(toks, [t.text for t in toks].index("he") - 1)
    False
    """
    j = c - 1
    while j > 0 and tokens[j].sent == tokens[c].sent and tokens[j].text not in OPENING_MARKS:
        j -= 1
    return j > 0 and tokens[j].text in OPENING_MARKS and tokens[j - 1].text == ":"


def reported_inside(text: str, s_start: int, cue: Cue, before: Iterable[Cue] = ()) -> bool:
    """``He disclosed that the team's findings will help inform the decision``: a cue whose
    subject names no actor and stands inside a "that" clause is part of what is reported,
    not a speaker the next quotation could continue. So is a cue whose subject, whoever it
    names, stands in the "that" clause of an earlier reporting verb of ``before`` with no
    punctuation between (:func:`inside_that_clause`), or in what any earlier reporting verb
    reports without "that" or a clause of time after it (:func:`reported_background`).

    >>> from hrlesson.speech.records import SpeakerRef
    >>> t = "He disclosed that the findings will inform the decision."
    >>> ref = SpeakerRef(None, "findings", t.index("findings"), t.index(" will"))
    >>> cue = Cue(t.index("inform"), t.index(" the dec"), "inform", "inform", 0, 7)
    >>> cue.subject = ref
    >>> reported_inside(t, 0, cue)
    True
    """
    ref = cue.subject
    if ref is None:
        return False
    if any(reported_background(text, c, ref.start) for c in before if c is not cue):
        return True
    if ref.actor is not None:
        return any(inside_that_clause(text, c, ref.start) for c in before if c is not cue)
    return re.search(r"\bthat\b", text[s_start : ref.start]) is not None


def inside_that_clause(text: str, reporter: Cue, at: int) -> bool:
    """Offset ``at`` stands in the "that" clause of the reporting verb ``reporter``, with no
    punctuation between: ``Ms James said her department is not complacent about the issue
    and that it would take seriously any evidence suggesting that loot boxes are
    gambling.`` (then a paragraph of quotation alone): "it" (the Gambling Commission) is
    inside what Ms James says, so the quotation goes on with her; ``The minister said that
    the plan works, while Lee warned`` is Lee's own clause.

    >>> t = "Ms James said her department is calm and that it would act."
    >>> said = Cue(t.index("said"), t.index(" her"), "said", "say", 0, 2)
    >>> inside_that_clause(t, said, t.index("it would"))
    True
    >>> t = "The minister said that the plan works, while Lee warned."
    >>> inside_that_clause(t, said, t.index("Lee"))
    False
    """
    between = text[reporter.end : at]
    if reporter.end > at or re.search(r"[,;:()\u2014\u2013.!?]", between):
        return False
    return re.search(r"\bthat\b", between) is not None


#: What ends the clause a reporting verb reports and opens one of the sentence's own: a
#: stop, a dash, a bracket, a semicolon, a colon (not in "3:30"), a coordinator or a relative.
_OWN_CLAUSE = re.compile(
    r"[;()\u2014\u2013!?]|[:.](?!\d)|\b(?:and|but|while|whereas|or|who|which)\b", re.IGNORECASE
)


def inside_bare_complement(text: str, reporter: Cue, at: int) -> bool:
    """Offset ``at`` (the subject of a later cue) stands inside what the reporting verb
    ``reporter`` reports without "that", with nothing between that would open a clause of
    the sentence's own (:data:`_OWN_CLAUSE`). ``Bay of Plenty district commander
    Superintendent Andy McGregor said around 3:30am, police observed a vehicle travelling
    at high speed on River Road.`` (kawerau_pursuit_crash_mcgregor_whakatanebeacon) and
    ``Minister for Home Affairs Tony Burke said the number of guns ... would be negotiated
    with each state and territory, after national cabinet agreed in principle to bring in
    caps ...`` (gun_buyback_burke_albanese_downthenews), each then a paragraph of quotation
    alone: the police and the cabinet are in what the commander and the minister report,
    who go on speaking; ``X said the plan works, while Lee warned`` is Lee's own clause.

    >>> t = "McGregor said around 3:30am, police observed a vehicle."
    >>> said = Cue(t.index("said"), t.index(" around"), "said", "say", 0, 1)
    >>> inside_bare_complement(t, said, t.index("police"))
    True
    >>> t = "Burke said the plan works, while Lee warned."
    >>> said = Cue(t.index("said"), t.index(" the"), "said", "say", 0, 1)
    >>> inside_bare_complement(t, said, t.index("Lee"))
    False
    """
    if reporter.end > at:
        return False
    return _OWN_CLAUSE.search(text, reporter.end, at) is None


def reported_background(text: str, reporter: Cue, at: int) -> bool:
    """Offset ``at`` (the subject of a later cue) stands in what the reporting verb
    ``reporter`` reports (:func:`inside_bare_complement`), or opens a clause of time that
    follows it: ``Minister for Home Affairs Tony Burke said the number of guns a person
    could legally own would be negotiated with each state and territory, after national
    cabinet agreed in principle to bring in caps earlier in the week.``
    (gun_buyback_burke_albanese_downthenews), then a paragraph of quotation alone: the
    cabinet agreed in the background of Burke's words; he goes on speaking.

    >>> t = "Burke said the caps would be set by each state and territory, after the cabinet agreed."
    >>> said = Cue(t.index("said"), t.index(" the"), "said", "say", 0, 1)
    >>> reported_background(t, said, t.index("the cabinet"))
    True
    >>> reported_background(t.replace("after", "and"), said, t.index("the cabinet"))
    False
    """
    if reporter.end > at:
        return False
    words = text[reporter.end : at].split()
    if words and words[-1].lower() in TEMPORAL_SUBORDINATORS:
        return True
    return inside_bare_complement(text, reporter, at)


def relative_cue(tokens: list[Token], cue: Cue, s_start: int) -> bool:
    """The cue opens a relative clause on a person named before it: ``Peskov called "a
    Ukraine-style" the statement by the head of Ukraine's delegation, Davyd Arakhamia, who
    said Kyiv might return ...``. Arakhamia speaks inside what the sentence is about; he is
    not its lead (a later "he noted" is Peskov's).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Peskov called it the view of Arakhamia, who said Kyiv may return.", [0])
    >>> k = [t.text for t in toks].index("said")
    >>> relative_cue(toks, Cue(toks[k].start, toks[k].end, "said", "say", 0, k), 0)
    True
    """
    k = cue.tok - 1
    while k >= 0 and tokens[k].start >= s_start and tokens[k].lower in ADVERBS:
        k -= 1
    return k >= 0 and tokens[k].start >= s_start and tokens[k].lower in ("who", "which")
