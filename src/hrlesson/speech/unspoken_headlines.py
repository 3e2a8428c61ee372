"""A headline's quotation with no reporting verb and no named speaker is nobody's words.

``'Much-needed relief': Kenyan police force arrives in Haiti`` or ``EU's landmark AI Act is
'full of loopholes, carve-outs and exceptions'``: the title quotes words without saying who
spoke them, and no rule places them. The ranker's guess at someone named in the article
would give them a speaker the headline does not give; such a quote keeps no speaker
(attribution ``unspoken_headline``). A title with a reporting verb (``..., says Unite``), a
speaker before a colon (``IMF: 'We haven't ...'``) or after a dash (``'Regrettable' conduct
... - IPCC``) still names a speaker, whom the ranker looks for. Words the body quotes again,
all by one named speaker, are that speaker's (:mod:`.headlines.unspoken_echoes`).
"""

from __future__ import annotations

import re

from .cues import CUE_FORMS
from .headline_cues import HEADLINE_KINDS
from .records import QuoteRecord
from .vocabulary import WORD_RE

#: The attribution of a headline quotation no one is said to have spoken.
UNSPOKEN_HEADLINE = "unspoken_headline"
#: The evidence of such a quotation.
UNSPOKEN_EVIDENCE = "a headline's quotation with no reporting verb or named speaker: no speaker"
#: A dash between spaces: a speaker signed after the headline (``"Q" - IPCC``).
SIGNING_DASH = re.compile(r"\s[-–—]\s|\s[–—]|[–—]\s")


def names_no_speaker(before: str, after: str) -> bool:
    """The words of a title before the quotation (``before``) and after it (``after``)
    name no speaker: no reporting verb ('Says'), no colon before the quotation
    (``IMF: "Q"``) and no dash after it (``"Q" — MONUSCO``).

    >>> names_no_speaker("Deal ", "")
    True
    >>> names_no_speaker("", ": Kenyan police force arrives in Haiti")
    True
    >>> names_no_speaker("IMF: ", ""), names_no_speaker("", " conduct by family - IPCC")
    (False, False)
    >>> names_no_speaker("", " Says Junior Yanomami about the Return of Gold Miners")
    False
    """
    if ":" in before or SIGNING_DASH.search(after) is not None:
        return False
    words = WORD_RE.findall(f"{before} {after}".lower())
    return not any(w in CUE_FORMS for w in words)


def unspoken_headline(attributor, q: QuoteRecord) -> bool:
    """``q``, a quotation the rules left without a speaker, stands in a title or heading line
    that names no speaker (:func:`names_no_speaker`) and has no cue the cue finder read:
    ``Government has 'completely lost control of homelessness' as numbers top 10,000``
    keeps no speaker, where a guess would take Sinn Fein, who speaks further down."""
    _, _, kind, s_start, s_end = attributor.sentences[q.sent][:5]
    if kind not in HEADLINE_KINDS or q.cue is not None:
        return False
    if any(s_start <= c.start < s_end and c.lemma for c in attributor.cues):
        return False
    before = attributor.text[s_start : q.pair.open]
    return names_no_speaker(before, attributor.text[q.pair.close + 1 : s_end])


def mark_unspoken_headlines(attributor, quotes: list[QuoteRecord]) -> None:
    """Give each quotation of ``quotes`` that no rule placed (no speaker, no continuation)
    and that :func:`unspoken_headline` finds the attribution ``unspoken_headline``, before
    the ranker runs, so that the rules alone and the ranker see the same unplaced quotes (one
    whose words the body says again by one speaker is then that speaker's:
    :func:`~.headlines.unspoken_echoes.give_body_echoes`)."""
    for q in quotes:
        if q.ref is None and q.attribution != "continuation" and unspoken_headline(attributor, q):
            q.attribution = UNSPOKEN_HEADLINE
