"""An unnamed spokesperson after a clause with its own speaker relays that speaker's words:
``The European Union condemned the executions "in the strongest possible terms", a
spokesperson said`` is the European Union's."""

from __future__ import annotations

from ..records import SpeakerRef
from .bodies import SPOKESPERSON_BODY
from .titles import SPOKESPERSON_WORDS


def relaying_spokesperson(text: str, subject: SpeakerRef | None) -> bool:
    """Is ``subject`` (of the verb after a quote) an unnamed spokesperson brought in with
    "a"/"an" ("a spokesperson said", "a UN spokesman said"), who passes on another's words?

    >>> from hrlesson.speech.records import Actor, SpeakerRef
    >>> t = '"Q," a spokesperson said'
    >>> who = Actor("person", "spokesperson", key="unnamed:spokesperson")
    >>> relaying_spokesperson(t, SpeakerRef(who, None, t.index("a sp"), len(t) - 5))
    True
    >>> t = '"Q," the spokesperson said'
    >>> relaying_spokesperson(t, SpeakerRef(who, None, t.index("the"), len(t) - 5))
    False
    """
    if subject is None or subject.actor is None:
        return False
    unnamed = subject.actor.kind == "person" and subject.actor.key.startswith("unnamed:")
    if not (unnamed or subject.how == SPOKESPERSON_BODY):  # or the body it speaks for
        return False
    words = text[subject.start : subject.end].lower().split()
    return len(words) >= 2 and words[0] in ("a", "an") and words[-1] in SPOKESPERSON_WORDS
