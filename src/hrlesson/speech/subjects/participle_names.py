"""A participle's subject is the name opening its main clause, though no actor holds it.

A participle in a clause's tail has the main clause's subject ("Williams was later docked a
point for breaking a racquet and a game after calling Ramos a “thief”": Williams called the
umpire a thief). When the subject finder reads no actor there, because the index never took
the name for a speaker, the name that opens the sentence right before its finite verb still
is that subject (:func:`opening_name`). A surname alone is the full name the text writes it
in, a given name and that surname ("Serena Williams"; :func:`written_full_name`); a name
the text never writes in full stays unread, since one capitalised word may be a place or a
body (evidence :data:`PARTICIPLE_NAME`).
"""

from __future__ import annotations

import re

from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import DETERMINERS, FINITE_VERBS, STOP_WORDS, TITLE_HEADS

#: The rule, for the evidence column.
PARTICIPLE_NAME = "the name opening the participle's main clause, written in full elsewhere"


def opening_name(words: list[Token]) -> list[Token]:
    """The capitalised run (one or two words) that opens ``words`` (a sentence's words up to
    a participle), right before a finite verb ("Williams was", "Jo Bell had"); empty
    otherwise.

    >>> from ..tokens import tokenize
    >>> [t.text for t in opening_name(tokenize("Williams was later docked a point after", [0]))]
    ['Williams']
    >>> opening_name(tokenize("Some charities are", [0]))
    []
    """
    run: list[Token] = []
    for t in words[:3]:
        if not t.text[:1].isupper() or not t.text.isalpha() or t.lower in STOP_WORDS:
            break
        if t.lower in DETERMINERS or t.lower in TITLE_HEADS:
            return []
        run.append(t)
    if not run or len(run) > 2 or len(words) <= len(run):
        return []
    verb = words[len(run)]
    return run if verb.lower in FINITE_VERBS or verb.lower.endswith("ed") else []


def written_full_name(text: str, surname: str) -> str | None:
    """The one given name and ``surname`` the text writes together, after a word in lower
    case or a stop ("but Serena Williams was"); None when it writes none or several.

    >>> written_full_name("but Serena Williams was incensed. Williams was docked", "Williams")
    'Serena Williams'
    >>> written_full_name("Venus Williams and Serena Williams", "Williams") is None
    True
    """
    pattern = rf"(?:^|[a-z,.;:]\s+)([A-Z][a-z]+) {re.escape(surname)}\b"
    found = {
        m[1] for m in re.finditer(pattern, text, re.MULTILINE) if m[1].lower() not in STOP_WORDS
    }
    return f"{found.pop()} {surname}" if len(found) == 1 else None


def participle_name_subject(finder, cue: Cue) -> SpeakerRef | None:
    """The subject of an -ing ``cue`` whose main clause's subject no actor holds: the name
    opening its sentence (:func:`opening_name`), in full (:func:`written_full_name`), or
    None."""
    if not cue.form.lower().endswith("ing"):
        return None
    toks = finder.toks_between(finder.sentences[cue.sent][3], cue.start)
    run = opening_name([t for t in toks if t.text[0].isalnum()])
    if not run:
        return None
    start, end = run[0].start, run[-1].end
    if finder.resolve_span(start, end, cue.start) is not None:
        return None  # an actor the finder weighed and did not take
    name = finder.text[start:end]
    full = written_full_name(finder.text, name) if len(run) == 1 else name
    return SpeakerRef(None, full, start, end, False, PARTICIPLE_NAME) if full else None
