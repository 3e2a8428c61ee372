"""Quotations never closed in their paragraph that still end at its end.

A quotation whose closing mark was lost is read to its paragraph's end when the paragraph shows
that the rest of it is quoted: it opens the paragraph (a stand-alone quote paragraph), it opens
in lower case as the paragraph's last mark after a comma or a word that opens a clause (quoted
words that end the sentence: ``for whom “this citizen vote ... has no legal form.``), or it
opens a sentence after a colon (``She said: "My interpretation ... up to 200m high.``).
:mod:`.marks` tries these rules when a paragraph ends with a quotation still open.
"""

from __future__ import annotations

import re

from .mark_pairs import Pair, QuotationMarks
from .mark_shapes import APOSTROPHE_ENDING, Mark, plural_apostrophe

#: A paragraph's marks: its start, its end and the marks in it.
Paragraph = tuple[int, int, list[Mark]]

#: Stops that end a sentence, and the brackets an editor may set after the last one.
_STOPS = (".", "?", "!", "…")
_CLOSING_BRACKETS = ")]"
#: A stop and a space before a mark that opens a new sentence.
SENTENCE_BREAKS = tuple(stop + " " for stop in _STOPS)


def closed_by_paragraph_end(
    text: str, stack: list[list], paragraph: Paragraph, out: QuotationMarks
) -> Pair | None:
    """A paragraph that opens with a quotation mark never closed, and ends a sentence, is
    a quotation to its end (a stand-alone quote paragraph whose closing mark was lost); a
    quotation opened later in its paragraph, or one with a mark it left unused (a closing
    mark of a type that cannot close it: ``‘We will act,» he said.``), stays unread, unless
    it is the paragraph's last mark and opens in lower case after a comma or a word that opens
    a clause (:func:`_tail_quote`), or opens a sentence in capitals after a colon
    (:func:`_introduced_by_colon`: ``She said: "My interpretation ... up to 200m high.``) or
    after a full stop (:func:`_opens_new_sentence`: a new sentence opened with a mark never
    closed after a quotation and its reporting clause, iran_kurdnasab_rsf_ahamadi_iranrepublic:
    ``... the press freedom organisation added. “This is especially so in the Kurdish part of
    the country, where four journalists are currently in prison.``; settled in session 49).

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = "“We call on the Council to end these exemptions."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 48)]).top]
    ['We call on the Council to end these exemptions.']
    >>> text = "“Yes,” she said. “We call on the Council to end them."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 53)]).top]
    ['Yes,', 'We call on the Council to end them.']
    >>> pair_quotation_marks("‘We will act,» he said.", [(0, 0, 0, 23)]).top
    []
    """
    p_start, p_end, marks = paragraph
    (opener, continued), first = stack[0], marks[0] if marks else None
    body = text[p_start:p_end].rstrip()
    if (
        len(stack) != 1
        or first is None
        or not (body.rstrip(_CLOSING_BRACKETS).endswith(_STOPS) or broken_off(text, p_end))
        or not (
            _opens_paragraph(text, opener, continued, first, p_start, marks, out)
            or _tail_quote(text, opener, marks)
            or _introduced_by_colon(text, opener, marks, out)
            or _introduced_by_comma(text, opener, marks, out)
            or _opens_new_sentence(text, opener, marks, out)
        )
    ):
        return None
    return Pair(opener.pos, p_start + len(body), opener.family, 0, opener.char, "", continued)


def broken_off(text: str, p_end: int) -> bool:
    """The paragraph ending at ``p_end`` is the text's last: where the stored excerpt broke
    off, a quotation still open ends at its end, stop or none (docs/test-pages.md;
    gardai_speed_vans_new_zones_murphy_extra: ``‘GoSafe vans operate in areas ... in the new
    zones.¶¶‘By identifying and targeting these high-risk areas, the aim is to reduce the
    number of fatal and serious injury collisions``, the page's last words).

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = "He said: “We aim to reduce the number of collisions"
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 51)]).top]
    ['We aim to reduce the number of collisions']
    >>> text = "He said: “We aim to reduce the number of collisions\\n\\nThe vans"
    >>> pair_quotation_marks(text, [(0, 0, 0, 51), (0, 0, 53, 61)]).top
    []
    """
    return not text[p_end:].strip()


def _opens_paragraph(
    text: str,
    opener: Mark,
    continued: bool,
    first: Mark,
    p_start: int,
    marks: list[Mark],
    out: QuotationMarks,
) -> bool:
    """The open quotation opens its paragraph (or goes on from the one before) and every
    other mark of the paragraph belongs to a pair inside it."""
    return (
        first.pos <= p_start + len(first.char) - 1
        and (first is opener or (continued and first.family == opener.family))
        and not _unused_marks(text, marks[1:], out.nested)
    )


def _tail_quote(text: str, opener: Mark, marks: list[Mark]) -> bool:
    """The open quotation is the paragraph's last mark, opened inside a sentence in lower
    case after a space (a comma, a word that opens or joins a clause, or any other word): the
    rest of the paragraph is quoted words (salmon_farms_protected_areas_liberona_dw: 'all
    reserves should have a management plan established by the State, but "the Guaitecas
    National Reserve is full of salmon farming concessions, even though it does not have a
    management plan.'; 'the futures of 22,495 children, “each of them profoundly affected by
    war.'; paris_scooter_referendum_hidalgo_italianpost: 'the socialist mayor said on Twitter
    this week, for whom “this citizen vote, which is a first time, is similar to a referendum
    even if it has no legal form.'; prison_overcrowding_figures_selous_grayling_hardwick_
    speakupforjustice: 'saying in his evidence to the committee that overcrowding is a “real
    problem…In some places, two men are in what is essentially a large toilet designed for
    one, and often in very squalid conditions.'). Settled in session 49 (docs/test-pages.md):
    a mark the page never closes opens a quotation to the paragraph's end. A mark glued to a
    word (``Germany‘s``) is an apostrophe, not an opener.

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = "behind the numbers are 22,495 children, “each of them affected by war."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 70)]).top]
    ['each of them affected by war.']
    >>> text = "the mayor, for whom “this citizen vote is similar to a referendum."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 66)]).top]
    ['this citizen vote is similar to a referendum.']
    >>> text = 'a plan set by the State, but "the Guaitecas Reserve is full of salmon farms.'
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 76)]).top]
    ['the Guaitecas Reserve is full of salmon farms.']
    >>> text = "saying that overcrowding is a “real problem…In some places, two men share a cell."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 81)]).top]
    ['real problem…In some places, two men share a cell.']
    """
    return (
        opener is marks[-1]
        and text.endswith(" ", 0, opener.pos)
        and text[opener.pos + 1 : opener.pos + 2].islower()
        and not _split_contraction(text, opener)
    )


def _split_contraction(text: str, opener: Mark) -> bool:
    """The mark is an apostrophe set apart from its word by a stray space, before the ending
    of a contraction or a possessive (byelections_toronto_centre_khaki_bricker_torontoobserver:
    'But he ‘s back campaigning'; icc_darfur_warrants_sudan_reuters_irishtimes: 'But Sudan 's
    Justice Minister told Reuters'), not a quotation.

    >>> from hrlesson.speech.mark_shapes import find_marks
    >>> text = "But he ‘s back campaigning."
    >>> _split_contraction(text, find_marks(text)[0])
    True
    """
    return APOSTROPHE_ENDING.match(text, opener.pos + 1) is not None


def _introduced_by_colon(text: str, opener: Mark, marks: list[Mark], out: QuotationMarks) -> bool:
    """The open quotation opens a sentence in capitals after a colon, and every mark after
    it belongs to a pair inside it: a reporting clause ended with a colon introduces the rest
    of the paragraph as a quotation whose closing mark was lost (wind_turbine_objection_hampsey_bbc:
    'She said: "My interpretation of the expert's advice is that ... wind turbines up to 200m
    high.'; solar_farm_edgcumbe_eustice_falmouthpacket: 'Mr Eustice said: "This is a great
    result for Cornwall ... take good agricultural land out of production.').

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = 'She said: "My reading is that there will be a wind farm less than a kilometre away.'
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 83)]).top]
    ['My reading is that there will be a wind farm less than a kilometre away.']
    """
    return text.endswith(": ", 0, opener.pos) and _quotes_rest_of_paragraph(
        text, opener, marks, out
    )


#: A lower-case word (a reporting verb) and its comma before an opening mark.
_VERB_COMMA = re.compile(r"(?<![^\s])[a-z]+, \Z")


def _introduced_by_comma(text: str, opener: Mark, marks: list[Mark], out: QuotationMarks) -> bool:
    """The open quotation opens a sentence in capitals after a lower-case word and its comma,
    and every mark after it belongs to a pair inside it: a reporting verb's comma introduces
    the rest of the paragraph as a quotation whose closing mark was lost, as a colon does
    (dawid_malan_retirement_international_jang: 'Former No. 1-ranked T20I batter asserted,
    "Right now, as I retire from international cricket, I can say ... playing for my place.').

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = 'The batter asserted, "Right now, as I retire, I am genuinely satisfied.'
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 71)]).top]
    ['Right now, as I retire, I am genuinely satisfied.']
    """
    return _VERB_COMMA.search(
        text, max(0, opener.pos - 30), opener.pos
    ) is not None and _quotes_rest_of_paragraph(text, opener, marks, out)


def _opens_new_sentence(text: str, opener: Mark, marks: list[Mark], out: QuotationMarks) -> bool:
    """The open quotation opens a new sentence in capitals after a stop and a space, and every
    mark after it belongs to a pair inside it: a speaker's next sentence, quoted after the
    reporting clause, whose closing mark was lost runs to the paragraph's end
    (noahs_venue_closes_seylar_fox26houston: '"We had just come here Tuesday ..." Kelly said.
    "I said no this is not happening.'; niger_niamey_roundabouts_kimba_kollo_afp_dailynewsen:
    '“It is information that we have, but that we can only keep quiet,” he says. “We have real
    information that leads us to say that there is an imminent threat to the capital, we
    cannot sit idly by.'). Settled in session 49 (docs/test-pages.md, conventions table).

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = '"We picked out all the tables," Kelly said. "I said no this is not happening.'
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 77)]).top]
    ['We picked out all the tables,', 'I said no this is not happening.']
    """
    return text[opener.pos - 2 : opener.pos] in SENTENCE_BREAKS and _quotes_rest_of_paragraph(
        text, opener, marks, out
    )


def _quotes_rest_of_paragraph(
    text: str, opener: Mark, marks: list[Mark], out: QuotationMarks
) -> bool:
    """The open quotation opens in capitals and every mark after it is paired inside it."""
    after = [m for m in marks if m.pos > opener.pos]
    return text[opener.pos + 1 : opener.pos + 2].isupper() and not _unused_marks(
        text, after, out.nested
    )


def _unused_marks(text: str, marks: list[Mark], nested: list[Pair]) -> bool:
    """Whether any of ``marks`` is neither mark of a pair in ``nested`` nor a plural's
    apostrophe (:func:`.mark_shapes.plural_apostrophe`: edinburgh_fringe_bin_strike_greenaway_scotsman,
    ``“Council Leaders refuse ... a pay offer that matches our members’ value. They are
    counting down the clock while our members go without.``, where the excerpt ends).

    >>> from hrlesson.speech.mark_shapes import find_marks
    >>> text = "“It matches our members’ value."
    >>> _unused_marks(text, find_marks(text)[1:], [])
    False
    """
    used = {p.open for p in nested} | {p.close for p in nested}
    return any(m.pos not in used and not plural_apostrophe(text, m) for m in marks)
