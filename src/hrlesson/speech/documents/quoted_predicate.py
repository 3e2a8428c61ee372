"""A sentence that names a body, quotes what it does, then gives the words to a document
after the quote: ``The Utrecht Province "calls on all visitors to be careful," said a
statement`` (dutch_wolf_warning_utrecht_ridge_rtl). The body named before the quote is the
subject of the quoted predicate, so it issued the statement."""

from __future__ import annotations

import re

from ..records import SpeakerRef
from ..tokens import Token
from .unnamed_issuers import ISSUED

#: Kinds of actor that issue documents in their own name.
ISSUING_KINDS = ("organisation", "group", "state")

#: The words between the quote's end and the document noun: ``," said a``.
_VERB_AND_ARTICLE = re.compile(r"^[,.]?\s*[a-z]+\s+(?:a|an|the|its|their)\s+$")

#: The article a sentence may open with before the body's name.
_OPENER = re.compile(r"(?:the|The)\s+")

#: The most words of a name no actor has ("Utrecht Province").
_MAX_NAME_WORDS = 5


def quoted_predicate_span(head: str) -> tuple[int, int] | None:
    """Where the quotation opens and closes in ``head`` (a sentence up to its document
    noun), when the words after it are a reporting verb and an article only.

    >>> quoted_predicate_span('The Province "calls on all visitors," said a ')
    (13, 36)
    >>> quoted_predicate_span('The Province calls on visitors, said a ') is None
    True
    """
    marks = [k for k, ch in enumerate(head) if ch in '"“”']
    if len(marks) < 2 or not _VERB_AND_ARTICLE.match(head[marks[-1] + 1 :]):
        return None
    return marks[0], marks[-1]


def subject_before_quote(att, noun: Token) -> SpeakerRef | None:
    """``The Utrecht Province "calls on all visitors ...," said a statement``: the body
    named right before the opening quote mark, as the sentence's first words, issued the
    document ``noun`` that the quote is given to; else None. ``att`` is an
    :class:`Attributor`."""
    s_start = att.sentences[noun.sent][3]
    head = att.text[s_start : noun.start]
    span = quoted_predicate_span(head)
    if span is None:
        return None
    named = head[: span[0]].rstrip()
    opener = _OPENER.match(named)
    start = s_start + (opener.end() if opener else 0)
    ms = att.index.mentions_in(s_start, s_start + len(named))
    if not ms:  # "The Utrecht Province": a name no actor has, kept as written
        return _name_as_written(att.text[start : s_start + len(named)], start)
    if len(ms) != 1 or ms[0].end != s_start + len(named) or ms[0].start != start:
        return None
    if ms[0].actor.kind not in ISSUING_KINDS:
        return None
    return SpeakerRef(ms[0].actor, None, ms[0].start, ms[0].end, how="named before its quote")


def _name_as_written(name: str, start: int) -> SpeakerRef | None:
    """``Utrecht Province`` (two to five capitalised words) as the issuer's label, else
    None.

    >>> _name_as_written("Utrecht Province", 4).label
    'Utrecht Province'
    >>> _name_as_written("Wolf experts", 0) is None
    True
    """
    words = name.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(w[0].isupper() for w in words):
        return None
    return SpeakerRef(None, name, start, start + len(name), how=ISSUED)
