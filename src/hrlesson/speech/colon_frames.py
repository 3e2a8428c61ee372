"""A heading line that names its speaker twice: "Marco Rubio: “Q,” says US Secretary of State".

A heading may put the speaker's name before a colon and the quotation after it, then close
with a reporting verb whose subject is the same person's title. The verb's subject is a bare
title (no name of its own), so the person is the name before the colon:
:func:`colon_named_speakers` gives the quotation to that name, keeping the verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .records import QuoteRecord, SpeakerRef

#: The attribution of a quote placed by :func:`colon_named_speakers`.
COLON_NAME = "colon_name"

#: A name and a colon, all a heading line holds before its quotation.
_NAME_COLON = re.compile(r"^\s*([^:\"“”‘’,;.!?]{2,60}?)\s*:\s*$")

#: After the quotation: an optional comma, the reporting verb and its subject, nothing more.
_VERB_TITLE = re.compile(r"^\s*[,—–-]?\s*[a-z]+\s+[^\"“”‘’.!?:;]{2,80}$")


def colon_frame(before: str, after: str) -> int | None:
    """Where the name ends in ``before`` when ``before`` is "Name:" and ``after`` is a
    closing ", says Title" (no full stop, nothing else); else None.

    >>> colon_frame("Marco Rubio: ", ", says US Secretary of State")
    11
    >>> colon_frame("The minister said: ", " and left.") is None
    True
    """
    m = _NAME_COLON.match(before)
    if m is None or not _VERB_TITLE.match(after.rstrip()):
        return None
    return m.end(1)


def colon_named_speakers(
    quotes: list[QuoteRecord],
    text: str,
    paragraph_of: Callable[[int], tuple[int, int]],
    resolve: Callable[[int, int, int], SpeakerRef | None],
) -> None:
    """A quote whose line reads "Name: “Q,” says Title", placed on the title after the
    verb (a description with no name), is the name's (attribution ``colon_name``).
    ``paragraph_of`` gives a position's paragraph (start, end); ``resolve`` reads a span
    as a speaker."""
    for q in quotes:
        ref, cue = q.ref, q.cue
        if cue is None or ref is None or ref.start < q.pair.close:
            continue  # only a verb after the quotation, its subject after it too
        if ref.actor is not None and not ref.described:
            continue  # the verb's subject is a name of its own
        p_start, p_end = paragraph_of(q.pair.open)
        end = colon_frame(text[p_start : q.pair.open], text[q.pair.close + 1 : p_end])
        if end is None:
            continue
        named = resolve(p_start, p_start + end, q.pair.open)
        if named is None or named.actor is None or named.actor.kind != "person":
            continue
        q.ref, q.attribution = named, COLON_NAME
