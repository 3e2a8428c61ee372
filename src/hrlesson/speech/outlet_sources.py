"""An outlet relays the words of others: 'Egypt will "bleed" reserves, Bloomberg reported
on Thursday, citing IMF chief X' (X's), 'The Financial Times said Mulye compared ... "Q"'
(Mulye's)."""

from __future__ import annotations

from dataclasses import replace

from .cues import CUE_FORMS
from .kinds import names_outlet
from .records import Cue, Mention, SpeakerRef
from .tokens import Token
from .vocabulary import FINITE_VERBS

#: The most words between the outlet's verb and ", citing" ("on October 5th").
_MAX_BETWEEN = 6


def citing_span(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """After the verb ``tokens[k]``, within six words of the sentence, ", citing" and
    the words it governs, up to the next comma or the sentence's end: their span.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Bloomberg reported on Monday, citing IMF chief Ann Lee.", [0])
    >>> citing_span(toks, 1)
    (37, 54)
    >>> citing_span(tokenize("Bloomberg reported that X, citing Y.", [0]), 1) is None
    True
    """
    sent = tokens[k].sent
    j = k + 1
    while j < len(tokens) and j <= k + _MAX_BETWEEN and tokens[j].sent == sent:
        t = tokens[j]
        if t.text == "," and j + 2 < len(tokens) and tokens[j + 1].lower == "citing":
            words = []
            for w in tokens[j + 2 :]:
                if w.sent != sent or w.text in (",", ".", ";", ":"):
                    break
                words.append(w)
            return (words[0].start, words[-1].end) if words else None
        if t.lower in ("that", "and", "but") or not (t.text[0].isalnum() or t.text == ","):
            return None
        j += 1
    return None


def cited_source(mentions: list[Mention]) -> SpeakerRef | None:
    """The source among ``mentions`` (those in the "citing" phrase): its person, else its
    first body that is no outlet; None when the phrase names no one ("citing data").

    The person comes first: "citing the IMF's Managing Director Kristalina Georgieva" is
    Georgieva's word, not the IMF's."""
    people = [m for m in mentions if m.actor.kind == "person"]
    bodies = [m for m in mentions if m.actor.kind != "person" and not names_outlet(m.actor.name)]
    m = (people or bodies or [None])[0]
    if m is None:
        return None
    return SpeakerRef(m.actor, None, m.start, m.end, how="the source an outlet cites")


def outlet_relays(ref: SpeakerRef | None) -> bool:
    """The subject ``ref`` is a news outlet, which relays the words of others."""
    return ref is not None and ref.actor is not None and names_outlet(ref.actor.name)


def reported_clause_subject(tokens: list[Token], k: int, starts: set[int]) -> int | None:
    """``The Financial Times said Mulye compared ... "Q"``: after the outlet's verb
    ``tokens[k]`` (and an optional "that"), a clause whose subject is a name (a mention
    starts there: ``starts``) or "he"/"she", then a finite verb: the subject's token
    index, else None. Quotes after it are the subject's words, the outlet relays them.

    >>> from .tokens import tokenize
    >>> toks = tokenize("The paper said Mulye compared it", [0])
    >>> reported_clause_subject(toks, 2, {15})
    3
    >>> reported_clause_subject(toks, 2, set()) is None
    True
    """
    j = k + 1
    if j < len(tokens) and tokens[j].lower == "that":
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return None
    if tokens[j].start not in starts and tokens[j].lower not in ("he", "she"):
        return None
    v = j + 1
    while v < len(tokens) and v < j + 5 and tokens[v].cap and tokens[v].sent == tokens[j].sent:
        v += 1  # the rest of the name
    if v >= len(tokens) or tokens[v].sent != tokens[j].sent or not tokens[v].text.islower():
        return None
    verb = tokens[v].lower
    return j if verb in FINITE_VERBS or verb in CUE_FORMS or verb.endswith("ed") else None


def relayed_source(finder, cue: Cue) -> SpeakerRef | None:
    """The subject of ``cue`` as ``finder`` (the subject finder) found it, unless it is an
    outlet that relays a source: then the one it cites ("Bloomberg reported, citing X"),
    or the subject of the clause it reports ("The Financial Times said Mulye compared")."""
    ref = cue.subject
    if not outlet_relays(ref):
        return ref
    if (span := citing_span(finder.tokens, cue.tok)) is not None:
        return cited_source(finder.index.mentions_in(*span)) or ref
    starts = {m.start for m in finder.index.mentions_in(cue.end, cue.end + 80)}
    if (j := reported_clause_subject(finder.tokens, cue.tok, starts)) is None:
        return ref
    t = finder.tokens[j]
    inner = finder.resolve_span(t.start, t.end, cue.start)
    if inner is None or inner.actor is None or outlet_relays(inner):
        return ref
    rule = "the subject of the clause an outlet reports"
    return replace(inner, how=f"{rule}, {inner.how}" if inner.how else rule)
