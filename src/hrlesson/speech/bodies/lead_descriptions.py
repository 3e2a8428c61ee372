"""A body the lead only describes is the one the next paragraph names: news opens with a
description and names the body after it ("The medicines regulator is calling the recall
a 'precautionary' measure." then "... are being asked by the Medicines and Healthcare
products Regulatory Agency (MHRA)"; "A leading dog rehoming charity has said ..." then
"The Dogs Trust is featured in a story ...")."""

from __future__ import annotations

import re

from ..records import Actor
from .group_noun import group_noun_fits

#: The evidence for a lead's description named in the paragraph after it.
LEAD_NAMED_NEXT = "the body the lead describes, named first in the paragraph after it"

#: Paragraphs a lead may stand after (a headline, a standfirst).
_LEAD_PARAGRAPHS = 2


def is_lead_sentence(reader, s: int) -> bool:
    """Is sentence ``s`` the first sentence of one of the article's first paragraphs (a
    headline, a standfirst or the lead)?"""
    p = reader.par_of_sent[s]
    return p <= _LEAD_PARAGRAPHS and (s == 0 or reader.par_of_sent[s - 1] != p)


def first_named_after(reader, noun: str, start: int, end: int, lead: str = "") -> Actor | None:
    """The first organisation or group named outside quotations between ``start`` and
    ``end`` that ``noun`` fits, and that the lead sentence ``lead`` does not describe
    otherwise (:func:`described_in_lead`), or None."""
    for m in reader.index.mentions_in(start, end):
        actor = m.actor
        if m.in_quote or actor.kind not in ("organisation", "group"):
            continue
        if actor.key.startswith("single:") or not group_noun_fits(actor, noun):
            continue
        if described_in_lead(actor.name, lead):
            continue
        return actor
    return None


def described_in_lead(name: str, lead: str) -> bool:
    """Does the lead write the last word of the body's name in lower case, as another
    party's description? ``Campaigners have written a letter to an NHS trust ...`` then
    ``Shropshire Community Health NHS Trust announced``: the trust is the one written to,
    not the campaigners.

    >>> described_in_lead("Shropshire Community Health NHS Trust", "written to an NHS trust")
    True
    >>> described_in_lead("Save Stonehenge World Heritage Site", "CAMPAIGNERS who fought")
    False
    """
    words = name.split()
    return bool(words) and words[-1].lower() in re.findall(r"\b[a-z]+\b", lead)


def opens_lead_sentence(reader, span: tuple[int, int]) -> int | None:
    """The lead sentence (:func:`is_lead_sentence`) the description at ``span`` opens,
    else None."""
    s = reader.sent_of(span[0])
    if not is_lead_sentence(reader, s) or reader.text[reader.sent_starts[s] : span[0]].strip():
        return None
    return s


def next_paragraph_bounds(reader, s: int) -> tuple[int, int] | None:
    """Where the paragraph after sentence ``s``'s paragraph starts and ends, or None when
    there is none."""
    p = reader.par_of_sent[s]
    later = [i for i, q in enumerate(reader.par_of_sent) if q == p + 1]
    if not later:
        return None
    last = later[-1] + 1
    hi = reader.sent_starts[last] if last < len(reader.sent_starts) else len(reader.text)
    return reader.sent_starts[later[0]], hi


def lead_body_named_next(reader, noun: str, span: tuple[int, int]) -> Actor | None:
    """The body a description at ``span`` with head ``noun`` ("the medicines regulator",
    "a leading dog rehoming charity") opening a lead sentence (:func:`is_lead_sentence`)
    describes: the first fitting body (:func:`first_named_after`) named in the paragraph
    after the description's, when the text names no fitting body before it (then the
    description takes up that body, and the callers read it). ``reader`` is the
    :class:`Attributor`."""
    if (s := opens_lead_sentence(reader, span)) is None:
        return None
    if first_named_after(reader, noun, 0, span[0]) is not None:
        return None
    if (bounds := next_paragraph_bounds(reader, s)) is None:
        return None
    lo, hi = bounds
    lead = (
        reader.text[reader.sent_starts[s] : reader.sent_starts[s + 1]]
        if s + 1 < len(reader.sent_starts)
        else reader.text[reader.sent_starts[s] :]
    )
    return first_named_after(reader, noun, lo, hi, lead)
