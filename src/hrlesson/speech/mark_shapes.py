"""Which characters are quotation marks, and what each one can do: open, close, or both.

Marks are typed (``" “ ” „`` double, ``« »`` guillemets, ``' ‘ ’ ‚`` single, ``‹ ›``); a
curly mark's shape says whether it opens or closes, a straight one's the spaces around it.
Apostrophes (*Belarus's*, *don't*) and elisions (*'til*, *'90s*) are no marks, and two single
marks typed for a double one (``’’``, ``''``, ``‘‘``, and two backquotes in old wire copy)
are one double mark. A plural's apostrophe inside a single quotation (*doctors' pay*) is
no mark when a closing one follows (:func:`possessive_apostrophe`), and a closing mark may
close an opening one of another type (:func:`closes_instead`).
:mod:`.marks` pairs what this module finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..wordlists import word_list
from .clause_words import ADJUNCT_OPENERS
from .vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)

#: A doubled single mark typed for a double one ('’’', "''", '‘‘', '‘’', and '``' in old
#: wire copy: ``Yes,'' he said), or one mark.
_MARK_RE = re.compile(r"''|’’|‘‘|‘’|``|[\"“”„«»'‘’‚‹›]")

_FAMILY = {'"': "D", "“": "D", "”": "D", "„": "D", "«": "G", "»": "G",
           "'": "S", "‘": "S", "’": "S", "‚": "S", "‹": "H", "›": "H"}  # fmt: skip

_OPENERS = "\"“„«'‘‚‹(["

_CLOSERS = "\"”»'’›)]"

_ELISION = re.compile(r"(?:til|tis|twas|em|cause|n['’]|round|\d\ds?\b)", re.IGNORECASE)


@dataclass(slots=True)
class Mark:
    """One quotation mark: its offset, its characters, its type and what it can do."""

    pos: int
    char: str
    family: str
    can_open: bool
    can_close: bool


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark of ``text``, in order, apostrophes and elisions left out.

    >>> [(m.char, m.can_open, m.can_close) for m in find_marks("“Yes,’’ don't »")]
    [('“', True, False), ('’’', False, True), ('»', False, True)]
    >>> [(m.char, m.can_open, m.can_close) for m in find_marks("beer. ‘’We have cut it” he")]
    [('‘’', True, False), ('”', False, True)]
    """
    found = (classify_mark(text, x.start(), len(x.group())) for x in _MARK_RE.finditer(text))
    marks = [m for m in found if m]
    nested = [Mark(i, "`", "S", True, False) for i in nested_backquotes(text)]
    return sorted(marks + nested, key=lambda m: m.pos) if nested else marks


#: A single backquote after a space or an opening sign within a line, before a letter.
_NESTED_BACKQUOTE = re.compile(r"(?<=[ \t\"“„(\[])`(?=[^\W\d_])")


def nested_backquotes(text: str) -> list[int]:
    """Where a single backquote opens a quotation nested inside another, as old copy types a
    single opening mark (casco_bay_lobstermen_territorial_feud_fessenden_bdn: ``“They call this
    area `the Bay of Pigs’ and this is one of the reasons,” he said``): a single opening mark,
    so the single closing mark after it closes it, not the double quotation around it. Not an
    apostrophe typed with it (``Australia`s``), nor a backquote opening a paragraph
    (:func:`.dropped_marks.backquote_opener`); :mod:`.marks` reads it only inside a quotation.

    >>> text = "“They call this area `the Bay of Pigs’ and it is,” he said. Pakistan`s `18"
    >>> nested_backquotes(text), [m.char for m in find_marks(text)]
    ([21], ['“', '`', '’', '”'])
    """
    return [x.start() for x in _NESTED_BACKQUOTE.finditer(text)]


def _sides(text: str, i: int, size: int) -> tuple[str, str, bool, bool]:
    """The characters around the mark ``text[i : i + size]``, and whether it has a space or
    an opening sign on its ``left`` and a space, stop or closing sign on its ``right``."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + size] if i + size < len(text) else " "
    left = i == 0 or prev.isspace() or prev in "([{—–-/" or prev in _OPENERS
    right = i + size == len(text) or nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in _CLOSERS
    return prev, nxt, left, right


def classify_mark(text: str, i: int, size: int = 1) -> Mark | None:
    """What the mark at ``text[i : i + size]`` can do: open, close, or both (None: not a mark).

    >>> m = classify_mark("the Council,’’ he said", 12, 2)
    >>> (m.pos, m.char, m.family, m.can_open, m.can_close)
    (12, '’’', 'D', False, True)
    """
    if size == 2:
        return _doubled_mark(text, i)
    ch = text[i]
    family = _FAMILY[ch]
    prev, nxt, left, right = _sides(text, i, 1)
    if family in ("S", "H"):
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe: Belarus's, don't
        if ch in "'’" and left and _ELISION.match(text, i + 1):
            return None  # 'til, '90s, rock 'n' roll
    if ch == "‚" and not left and right:
        return None  # 'in South Africa‚ Jo Shaw‚ said': a comma typed as a low mark
    if double_typed_apostrophe(text, i):
        return None  # 'It”s a shame', 'so we”re optimistic'
    if ch in "“„‘‚«‹":
        return Mark(i, ch, family, True, (not left) and right)
    if ch in "”»’›":
        return Mark(i, ch, family, left and not right, True)
    # straight marks: decide from the spaces around them
    can_open = left and not right
    can_close = right and not left
    if not can_open and not can_close:
        can_open = can_close = family == "D"
        if family == "S":
            return None
    return Mark(i, ch, family, can_open, can_close)


#: The ending of a contraction or a possessive after its apostrophe: 's, 't, 'd, 'll, 're, 've,
#: 'm (data/words/apostrophe_endings.txt), a word's end after it.
_ENDINGS = word_list("apostrophe_endings")
APOSTROPHE_ENDING = re.compile(rf"(?:{'|'.join(_ENDINGS)})\b")


def double_typed_apostrophe(text: str, i: int) -> bool:
    """A closing or straight double mark glued between a letter and the ending of a
    contraction or a possessive is an apostrophe typed with the double key
    (ferguson_thumb_fracture_stead_thenews: ``“It”s a shame for Lockie to have to miss this
    series ...,” said head coach Gary Stead``, ``so we”re optimistic``): no quotation mark.

    >>> text = "“It”s a shame, so we”re sad,” he said."
    >>> [m.char for m in find_marks(text)]
    ['“', '”']
    >>> double_typed_apostrophe('I don"t know', 5), double_typed_apostrophe("a ”scheme”", 2)
    (True, False)
    """
    return (
        text[i] in '”"'
        and text[i - 1 : i].isalpha()
        and APOSTROPHE_ENDING.match(text, i + 1) is not None
    )


def _doubled_mark(text: str, i: int) -> Mark | None:
    """Two single marks typed for one double mark: ``Council,’’ Gammanpila said``, and the
    two backquotes that open a quotation in old wire copy.

    Read as a straight double mark, from the spaces around the pair. An opening one stands
    at its second character (the quotation starts after it), a closing one at its first.
    """
    _, _, left, right = _sides(text, i, 2)
    can_open, can_close = left and not right, right and not left
    if text[i] == "`":
        can_open, can_close = True, False  # ``: only ever an opening mark
    elif not can_open and not can_close:
        can_open = can_close = True
    pos = i + 1 if can_open and not can_close else i
    return Mark(pos, text[i : i + 2], "D", can_open, can_close)


def opens_paragraph(mark: Mark, start: int) -> bool:
    """The mark is the first characters of the paragraph starting at ``start``. An opening
    doubled mark stands at its second character, so two backquotes or two apostrophes that
    reopen each paragraph of a quotation over paragraphs count as its first characters too
    (``said:¶¶``The victim ... was older.¶¶``She made ...''``, ``¶¶''This is about ...''``).

    >>> text = "``She made a decision.''"
    >>> opens_paragraph(find_marks(text)[0], 0), find_marks(text)[0].pos
    (True, 1)
    >>> opens_paragraph(find_marks("It was ``new''")[0], 0)
    False
    """
    return start <= mark.pos < start + len(mark.char)


#: A plural possessive's apostrophe before the noun it owns: ``doctors' pay``, ``workers’ rights``.
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)['’] ([a-z]+)")

#: Words that never follow a plural possessive (they follow a closed quotation instead:
#: ``'still dangerous' as eruption could happen``).
_NOT_POSSESSED = (
    ADJUNCT_OPENERS | AUXILIARIES | CONJUNCTIONS | DETERMINERS | PREPOSITIONS | RELATIVE_PRONOUNS
)


def possessive_apostrophe(text: str, mark: Mark, later: list[Mark]) -> bool:
    """A single closing-shaped mark after a plural in -s and before a lower-case word,
    inside an open single quotation, is the plural's apostrophe when a single mark that can
    only close comes later in the paragraph, with no single opening mark before it: that
    one closes the quotation (``'Is he serious about ending the junior doctors' pay
    dispute?'``).

    >>> text = "BMA asks: 'Is he serious about the junior doctors' pay dispute?'"
    >>> [possessive_apostrophe(text, m, find_marks(text)[2:]) for m in find_marks(text)[1:]]
    [True, False]
    >>> text = "'The junior doctors' pay, he said"
    >>> possessive_apostrophe(text, find_marks(text)[1], [])
    False

    A function word after the mark shows the quotation closed there (``Evacuation zone
    'still dangerous' as eruption could happen with only minutes' notice``):

    >>> text = "Zone 'still dangerous' as it could erupt at minutes' notice, warns official"
    >>> possessive_apostrophe(text, find_marks(text)[1], find_marks(text)[2:])
    False
    """
    if mark.family != "S" or not (plural := _PLURAL_POSSESSIVE.match(text, mark.pos)):
        return False
    if plural.group(1) in _NOT_POSSESSED:
        return False
    singles = [m for m in later if m.family == "S"]
    return bool(singles) and singles[0].can_close and not singles[0].can_open


def plural_apostrophe(text: str, mark: Mark) -> bool:
    """A single closing-shaped mark after a plural in -s and before a lower-case word that can
    follow a possessive: the plural's apostrophe (``because our customers' safety is``), no
    mark of a quotation, whatever is open.

    >>> text = "because our customers' safety is"
    >>> plural_apostrophe(text, find_marks(text)[0])
    True
    >>> text = "'still dangerous' as it could"
    >>> plural_apostrophe(text, find_marks(text)[1])
    False
    """
    if mark.family != "S" or mark.can_open or not mark.can_close:
        return False
    plural = _PLURAL_POSSESSIVE.match(text, mark.pos)
    return plural is not None and plural.group(1) not in _NOT_POSSESSED


def closes_instead(text: str, mark: Mark) -> tuple[str, ...]:
    """The types of opening mark a closing mark may close when none of its own type is open,
    in the order tried: a pair is closed by whatever mark ends it, even the wrong one.

    A closing double mark closes one of the other double type, ``“... the century. »``,
    ``«... the century.”``, else a single one, ``asking for 'little gestures of kindness"``;
    two closing single marks close a single one, the first being an apostrophe, ``‘the
    ministers’’``; a single closing mark after a comma or a stop, before a space, closes a
    double one, ``“We offered support for change, ... implement workers,’ said Burrow``; so does one
    followed by the stop that ends the paragraph, where no other mark can close it
    (diwali_eye_injuries_raja_lingam_thehansindia: ``said ... hospital,“majority of
    incidents ... there were around 100 cases’.¶¶``; not ``"He has bowled brilliantly in
    the last few series'. His action was never questioned ..."``).

    >>> closes_instead("", Mark(0, "»", "G", False, True))
    ('D', 'G')
    >>> closes_instead("", Mark(0, "”", "D", False, True))
    ('D', 'G', 'S')
    >>> closes_instead("", Mark(0, "’’", "D", False, True))
    ('S',)
    >>> text = "“We will, workers,’ said Burrow. The workers’ rights"
    >>> [closes_instead(text, m) for m in find_marks(text)[1:]]
    [('D', 'G'), ()]
    >>> text = "hospital,“there were around 100 cases’.\\n\\n‘Such incidents"
    >>> [closes_instead(text, m) for m in find_marks(text)[1:2]]
    [('D', 'G')]
    >>> text = "“He has bowled in the last few series'. His action was fine.”"
    >>> [closes_instead(text, m) for m in find_marks(text)[1:2]]
    [()]
    """
    if not mark.can_close or mark.can_open:
        return ()
    if len(mark.char) == 2 and mark.char[0] in "'’":
        return ("S",)
    if mark.family == "D":
        return ("D", "G", "S")
    if mark.family == "G":
        return ("D", "G")
    if mark.family == "S" and (
        _STOP_BEFORE_SPACE.match(text, mark.pos - 1) or _SENTENCE_END_AFTER.match(text, mark.pos)
    ):
        return () if abbreviation_possessive(text, mark.pos) else ("D", "G")
    return ()


#: An abbreviation ending a name, its stop, then the mark (checked by the caller), a space and
#: a lower-case word.
_ABBREVIATED_END = re.compile(r"\b([A-Z][a-z]{1,3})\.\Z")
_POSSESSED_AFTER = re.compile(r". [a-z]")
_ABBREVIATIONS = frozenset(word_list("possessive_abbreviations"))


def abbreviation_possessive(text: str, i: int) -> bool:
    """The single closing mark at ``i``, after the stop of a name's abbreviation and before a
    lower-case word, is the possessive's apostrophe (ringling_eliminating_elephant_acts_newkirk_
    exoticclassifieds: ``“For 35 years PETA has protested Ringling Bros.’ cruelty to
    elephants,” Newkirk wrote``), not a mark closing the double quotation around it
    (data/words/possessive_abbreviations.txt).

    >>> text = "“PETA has protested Ringling Bros.’ cruelty to elephants,” she wrote."
    >>> abbreviation_possessive(text, text.index("’")), [m.char for m in find_marks(text)][-1]
    (True, '”')
    >>> abbreviation_possessive("“We will, workers.’ said Burrow", 18)
    False
    """
    word = _ABBREVIATED_END.search(text, max(0, i - 6), i)
    return (
        word is not None
        and word.group(1).lower() in _ABBREVIATIONS
        and _POSSESSED_AFTER.match(text, i) is not None
    )


#: A comma or stop, then the mark, then a space or the end of the text.
_STOP_BEFORE_SPACE = re.compile(r"[,.?!].(?:\s|\Z)")

#: The mark, then the stop that ends a paragraph, then a line break or the end of the text.
_SENTENCE_END_AFTER = re.compile(r".[.?!](?:\n|\Z)")


#: The reporting clause after a comma that ends a quotation whose closing mark is missing or
#: typed as a single one: a short clause with a reporting verb, then a stop or a colon, then
#: the next quotation's opening mark (checked by the caller). The mark before the comma, if
#: any, is the mistyped closing one.
_ATTRIBUTION_TAIL = re.compile(
    r"(['’])?,\s+(?:[^\s\"“”„,;:!?]+\s+){0,8}?(?:said|says|told|added|stated|explained)"
    r"(?:\s+[^\s\"“”„,;:!?]+){0,6}[.:]\s*\Z"
)


def end_before_attribution(text: str, start: int, end: int) -> int | None:
    """Where a quotation opened at ``start`` ends when the text up to the next quotation's
    opening mark at ``end`` closes with a comma and a short reporting clause: its closing mark
    is missing (the comma ends it) or typed as a single mark (the mark ends it). None when
    the text does not end so.

    ahold_delhaize_vote_jansson_supermarketnews:

    >>> text = '"We are excited to receive this support, Delhaize chairman Mats Jansson said in a statement. "Today'
    >>> text[1 : end_before_attribution(text, 0, text.rindex('"'))]
    'We are excited to receive this support'

    new_year_fireworks_eye_injuries_de_faber_nltimes:

    >>> text = "\\"That's why we have to stop with consumer fireworks', he said to the broadcaster. \\"My"
    >>> text[1 : end_before_attribution(text, 0, text.rindex('"'))]
    "That's why we have to stop with consumer fireworks"
    >>> end_before_attribution('"We must help them, and then we left. "The', 0, 38) is None
    True
    """
    comma = text.rfind(",", start, end)
    if comma < 0:
        return None
    begin = comma - 1 if text[comma - 1] in "'’" else comma
    if not _ATTRIBUTION_TAIL.match(text, begin, end):
        return None
    return begin


def unmatched_warning(text: str, mark: Mark) -> str:
    """The warning for an opening mark never closed, with the first words after it.

    >>> unmatched_warning("“We will", Mark(0, "“", "D", True, False))
    "opening quotation mark “ at offset 0 is never closed ('“We will'...): not read as a quotation"
    """
    snippet = text[mark.pos : mark.pos + 30].split("\n")[0]
    where = f"opening quotation mark {mark.char} at offset {mark.pos}"
    return f"{where} is never closed ({snippet!r}...): not read as a quotation"
