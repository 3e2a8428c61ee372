"""The name a quote's speaker is shown by: a state as the article writes it.

The actor index keeps one canonical name per state ("United States", "Myanmar") so that
"US", "the United States" and "Washington" are one actor. The quotes table shows the
speaker as the article names it instead: "Burma said" is Burma's quote, not Myanmar's,
in an article that never writes "Myanmar".
"""

from __future__ import annotations

from .records import Actor, SpeakerRef
from .vocabulary import CAPITALS, COUNTRIES


def written_state_name(form: str, capitals: bool = True) -> str | None:
    """``form`` without a leading "the" when it is a country's name (or one of its other
    names), or its capital; else None. A word in capitals longer than an acronym (a
    headline's "CHINA") is not a form to show.

    >>> written_state_name("the United States"), written_state_name("Burma")
    ('United States', 'Burma')
    >>> written_state_name("Washington"), written_state_name("Washington", capitals=False)
    ('Washington', None)
    >>> written_state_name("Chinese"), written_state_name("CHINA")
    (None, None)
    """
    form = " ".join(form.split())
    if form[:4].lower() == "the ":
        form = form[4:]
    low = form.lower()
    if form.isupper() and len(form) > 3:
        return None
    if low in COUNTRIES or (capitals and low in CAPITALS):
        return form
    return None


def article_state_name(actor: Actor) -> str:
    """The fullest name of a state the article writes (its longest country name among the
    forms of its mentions, not a demonym or a capital), else its canonical name:
    "DR Congo" in an article that writes "DR Congo" and "DRC"."""
    names = [n for n in (written_state_name(f, False) for f in actor.forms) if n]
    return max(names, key=len) if names else actor.name


def shown_name(text: str, ref: SpeakerRef) -> str | None:
    """The speaker's name for the quotes table. A state named at the mention that placed
    it is shown as written there ("Washington said" -> "Washington", "the US said" ->
    "US"); a state reached through a pronoun or a description by its fullest name written
    in the article; every other speaker by its name (:attr:`SpeakerRef.name`)."""
    actor = ref.actor
    if actor is None or actor.kind != "state":
        return ref.name
    return written_state_name(text[ref.start : ref.end]) or article_state_name(actor)
