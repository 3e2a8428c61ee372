"""Who could have said a quote: every actor the article names, the descriptions the rules
resolved to no actor, and "no speaker" (the candidates of :mod:`hrlesson.speech.ranking`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Actor, QuoteRecord, SpeakerRef


@dataclass(slots=True, eq=False)
class Candidate:
    """One possible speaker: an actor, a description that names no actor (``label``), or
    nobody (both None). ``spans`` are where the article names it, outside or inside quotes;
    ``source`` says how it became a candidate (``actor``, ``label`` or ``kit``)."""

    actor: Actor | None
    label: str | None
    source: str
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """person, state, organisation or group for an actor; ``label`` or ``none`` else."""
        if self.actor is not None:
            return self.actor.kind
        return "label" if self.label else "none"

    @property
    def key(self) -> object:
        """What identifies this candidate across quotes (see :func:`speaker_key`)."""
        return speaker_key(self.actor, self.label)

    @property
    def name(self) -> str:
        """The actor's name, the description, or "" for nobody."""
        if self.actor is not None:
            return self.actor.name
        return self.label or ""

    def ref(self, at: int) -> SpeakerRef | None:
        """The speaker reference this candidate gives a quote that opens at ``at``: its
        last mention before the quote, else its first after; None for nobody."""
        if self.actor is None and not self.label:
            return None
        before = [s for s in self.spans if s[1] <= at]
        start, end = before[-1] if before else (self.spans or [(0, 0)])[0]
        return SpeakerRef(self.actor, None if self.actor else self.label, start, end)


def speaker_key(actor: Actor | None, label: str | None) -> object:
    """What identifies a speaker across quotes: its actor, else its description in lower
    case, else None for nobody.

    >>> speaker_key(None, "Protesters")
    ('label', 'protesters')
    """
    if actor is not None:
        return actor
    return ("label", label.casefold()) if label else None


def candidate_key(ref: SpeakerRef | None) -> object:
    """The :func:`speaker_key` of a speaker reference (None for no reference)."""
    return None if ref is None else speaker_key(ref.actor, ref.label)


def speaker_candidates(
    actors: list[Actor],
    extra: dict[int, list[tuple[int, int]]],
    cue_subjects: list[SpeakerRef],
    quotes: list[QuoteRecord],
) -> list[Candidate]:
    """Every actor with at least one mention (its names plus the pronouns and descriptions
    the attribution resolved to it, ``extra``), then the descriptions that cue subjects and
    the rules' speakers resolved to no actor, then nobody. Each speaker the rules chose adds
    its mention to its candidate, so the rules' choice is always a candidate."""
    out: list[Candidate] = []
    by_key: dict[object, Candidate] = {}
    for a in actors:
        spans = list(a.mentions) + [tuple(s) for s in extra.get(id(a), [])]
        if spans:
            by_key[a] = Candidate(a, None, "actor", spans)
            out.append(by_key[a])
    for source, refs in (("label", cue_subjects), ("kit", [q.ref for q in quotes if q.ref])):
        for ref in refs:
            key = candidate_key(ref)
            if key is None or (source == "label" and ref.actor is not None):
                continue
            if key not in by_key:
                by_key[key] = Candidate(ref.actor, ref.label if ref.actor is None else None, source)
                out.append(by_key[key])
            if source == "kit" or ref.actor is None:
                by_key[key].spans.append((ref.start, ref.end))
    for c in out:
        c.spans = sorted(set(c.spans))
    out.append(Candidate(None, None, "none"))
    return out
