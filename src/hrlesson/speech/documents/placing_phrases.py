"""An unowned document is named with the short phrase after it that says where it was put
or seen: '"Q," one letter left on the fence said', '"Q," a post on the Twitter blogging site
said', 'A note in the window says "Q"': the "letter left on the fence", the "post on the
Twitter blogging site", "a note in the window"; so is one
written to someone ('The report to the committee read: "Q"': the "report to the committee")."""

from __future__ import annotations

from dataclasses import replace

from ..records import SpeakerRef
from ..tokens import Token

#: The most words of a phrase after an unowned document noun kept in its name.
_MAX_PLACING_WORDS = 6

#: Words that open a phrase after a document noun which says where it was put or seen,
#: and "to" the one it was written to ("The report to the committee read": the report to the
#: committee; aberdeen_deer_cull_cooney_pressandjournal).
_PLACING_OPENERS = frozenset(["on", "left", "posted", "published", "pinned", "to", "written"])


def with_placing(ref: SpeakerRef, words: list[Token], i: int) -> SpeakerRef:
    """``ref``, the document ``words[i]`` nobody is named as writing, named with the short
    phrase that follows it up to the verb (``words`` end there) when that phrase says where
    it was put or seen ("left on the fence", "on the Twitter site") or to whom it was
    written ("The report to the committee read": "report to the committee"); a longer
    phrase or one with punctuation is not its name ("a new draft released on Monday of
    what's known as ...").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("a post on the Twitter site", [0]) if t.text[0].isalnum()]
    >>> with_placing(SpeakerRef(None, "post", ws[1].start, ws[1].end), ws, 1).label
    'post on the Twitter site'
    >>> with_placing(SpeakerRef(None, "post", 2, 6), ws[:2] + tokenize("cited", [0]), 1).label
    'post'
    >>> ws = tokenize("A note in the window", [0])  # scotia_bar_aberdeen_energy_bill_...
    >>> with_placing(SpeakerRef(None, "a note", ws[0].start, ws[1].end), ws, 1).label
    'a note in the window'
    >>> ws = tokenize("The report to the committee", [0])  # aberdeen_deer_cull_cooney_...
    >>> with_placing(SpeakerRef(None, "report", ws[1].start, ws[1].end), ws, 1).label
    'report to the committee'
    """
    rest = words[i + 1 :]
    if not rest or len(rest) > _MAX_PLACING_WORDS:
        return ref
    if rest[0].lower not in _PLACING_OPENERS and not displayed_in(rest):
        return ref
    if ref.end != words[i].end or any(not w.text[0].isalnum() for w in rest):
        return ref  # already named with a place ("a dispatch from Copenhagen")
    if rest[0].start - words[i].end > 1:
        return ref  # set off by a comma: "the letter, published in The Northern Echo, said"
    label = f"{ref.label} {' '.join(w.text for w in rest)}"
    return replace(ref, label=label, end=rest[-1].end)


def displayed_in(rest: list[Token]) -> bool:
    """``rest``, the words after a document noun, say where it is shown with "in", an
    article and lower-case words only: "A note in the window says" ("in the window");
    not a name ("a report in The Wall Street Journal": an outlet).

    >>> from hrlesson.speech.tokens import tokenize
    >>> displayed_in(tokenize("in the shop window", [0]))
    True
    >>> displayed_in(tokenize("in The Wall Street Journal", [0]))
    False
    """
    if len(rest) < 3 or rest[0].lower != "in" or rest[1].lower not in ("the", "a", "an"):
        return False
    return all(w.text.isalpha() and w.text.islower() for w in rest[1:])
