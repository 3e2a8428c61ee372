"""A name in the tail of a person's title is no speaker: a subject phrase headed by a title
("the leader", "The director of social change") whose "of"/"in"/"at"/"for" tail ends in a
name read as a person's right after "at", "in" or "the" (where a person's name never
stands: "in the Lok Sabha", "at Homeless Link") is the title's holder, not that name."""

from __future__ import annotations

from itertools import pairwise

from ..tokens import Token
from ..vocabulary import CAPITALISED_TITLES, TITLE_HEADS, is_person_head

#: The prepositions that open a title's tail ("leader of the Opposition in the Lok Sabha").
TAIL_LINKS = ("of", "in", "at", "for")

#: The words right before a name that show it names a place or a body, never a person.
PLACE_MARKS = ("at", "in", "the")


def title_tail_start(words: list[Token], mentions: list) -> int | None:
    """The index of the preposition before a name read as a person's (``mentions``: the
    index's mentions in the span) that stands in a title's tail right after "at"/"in"/"the"
    ("... in the Lok Sabha"); None otherwise. The phrase opens with "the"/"a"/"an", then
    lower-case words up to the title's head.

    >>> from ..tokens import tokenize
    >>> class M:
    ...     def __init__(self, start):
    ...         self.start, self.actor = start, type("A", (), {"kind": "person"})()
    >>> w = tokenize("the leader of the Opposition in the Lok Sabha", [0])
    >>> title_tail_start(w, [M(w[-2].start)])
    5
    >>> w = tokenize("the wife of John Smith", [0])
    >>> title_tail_start(w, [M(w[3].start)]) is None
    True
    """
    if len(words) < 4 or words[0].lower not in ("the", "a", "an"):
        return None
    head = next((k for k, w in enumerate(words[1:4], 1) if w.lower in TITLE_HEADS), None)
    if head is None or any(not w.text.islower() for w in words[1 : head + 1]):
        return None
    if head + 1 >= len(words) or words[head + 1].lower not in TAIL_LINKS:
        return None
    starts = {w.start: k for k, w in enumerate(words)}
    for m in mentions:
        k = starts.get(m.start)
        if (
            m.actor.kind == "person"
            and k is not None
            and k > head + 1
            and (words[k - 1].lower in PLACE_MARKS)
        ):
            cut = k - 2 if words[k - 1].lower == "the" else k - 1
            return cut if cut > head and words[cut].lower in TAIL_LINKS else None
    return None


def singular_title_head(word: str) -> bool:
    """A title word for one person: "leader", "minister", not "leaders"."""
    return is_person_head(word) and not (word.endswith("s") and is_person_head(word[:-1]))


def first_coordinated_title(words: list[Token]) -> list[Token]:
    """Two titles joined by "and" after one "the" are one holder's: the first speaks for
    both ("The Fine Gael leader and Minister for Enterprise said": "The Fine Gael leader",
    minimum_wage_insult_varadkar_irishtimes); a second determiner makes two people ("the
    leader and the minister"), and so does a plural title.

    >>> from ..tokens import tokenize
    >>> w = tokenize("The Fine Gael leader and Minister for Enterprise", [0])
    >>> " ".join(t.text for t in first_coordinated_title(w))
    'The Fine Gael leader'
    >>> w = tokenize("the leader and the minister", [0])
    >>> len(first_coordinated_title(w))
    5
    """
    if len(words) < 4 or words[0].lower != "the":
        return words
    k = next((k for k, w in enumerate(words) if w.lower == "and"), None)
    if k is None or k < 2 or k + 1 >= len(words):
        return words
    if singular_title_head(words[k - 1].lower) and singular_title_head(words[k + 1].lower):
        return words[:k]
    return words


#: Words after "and" that open a second holder, not a second title of the same one.
_SECOND_HOLDER_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])


def name_after_coordinated_titles(words: list[Token], index) -> list[Token]:
    """Two titles joined by "and" before a person's name are that person's: the name is the
    subject, not the first title ("Skate research program leader and co-author Professor
    Jayson Semmens said": Jayson Semmens; "HarperCollins president and c.e.o. Brian Murray
    said": Brian Murray). The word before "and" is a singular title head, no determiner
    opens the second title, and no person is named before "and" ("Foreign Minister X and
    Defence Minister Y said" are two). ``index`` is the article's actor index; ``words``
    stay as they are otherwise.

    >>> from ..tokens import tokenize
    >>> w = tokenize("Program leader and co-author Jayson Semmens", [0])
    >>> class Index:
    ...     def mentions_in(self, start, end):
    ...         actor = type("A", (), {"kind": "person"})()
    ...         return [type("M", (), {"start": w[4].start, "end": w[5].end, "actor": actor})]
    >>> " ".join(t.text for t in name_after_coordinated_titles(w, Index()))
    'Jayson Semmens'
    >>> w = tokenize("Program leader and the author Jayson Semmens", [0])
    >>> len(name_after_coordinated_titles(w, Index()))
    7
    """
    k = next((k for k, w in enumerate(words) if w.lower == "and"), None)
    if k is None or k < 1 or k + 2 >= len(words):
        return words
    if not singular_title_head(words[k - 1].lower) or words[k + 1].lower in _SECOND_HOLDER_OPENERS:
        return words
    people = [
        m for m in index.mentions_in(words[0].start, words[-1].end) if m.actor.kind == "person"
    ]
    if any(m.start < words[k].start for m in people):
        return words
    name = next((m for m in people if m.end == words[-1].end and m.start > words[k].end), None)
    if name is None:
        return words
    return [w for w in words if w.start >= name.start]


def without_title_tail_name(words: list[Token], index) -> list[Token]:
    """``words`` without the tail that holds a name misread as a person's: "the leader of the
    Opposition in the Lok Sabha said" is "the leader of the Opposition", "The director of
    social change at Homeless Link, Fiona Colley, described" "The director of social change"
    (then the name in apposition speaks); two titles of one holder are the first
    (:func:`first_coordinated_title`); a bracketed title is the name's after it
    (:func:`after_bracketed_title`). ``index`` is the article's actor index."""
    words = name_after_coordinated_titles(words, index)
    words = after_bracketed_title(first_coordinated_title(words), index)
    if len(words) < 4:
        return words
    cut = title_tail_start(words, index.mentions_in(words[0].start, words[-1].end))
    return words[:cut] if cut is not None else words


def after_bracketed_title(words: list[Token], index) -> list[Token]:
    """A capitalised title, a second title in brackets and a person's name: the name after
    the brackets, which the whole title belongs to (page trophy_import_bill_maskell_yorkpress:
    "Parliamentary Under Secretary of State (Minister for Natural Environment and Land Use)
    Trudy Harrison said": Trudy Harrison). ``words`` are the subject's words without their
    marks; ``index`` is the article's actor index. They stay as they are when no person's
    name ends them right after the closing bracket."""
    gaps = [index.text[a.end : b.start] for a, b in pairwise(words)]
    opening = next((k for k, gap in enumerate(gaps, 1) if "(" in gap), None)
    closing = next((k for k, gap in enumerate(gaps, 1) if ")" in gap), None)
    if opening is None or closing is None or opening >= closing:
        return words
    if not (titled(words[:opening]) and titled(words[opening:closing])):
        return words
    name = words[closing:]
    return name if person_named_by(name, index) else words


def titled(words: list[Token]) -> bool:
    """``words`` hold a capitalised title word ("Secretary", "Minister")."""
    return any(w.cap and w.lower in TITLE_HEADS for w in words)


def person_named_by(words: list[Token], index) -> bool:
    """``words`` are a person's name the index read, whole."""
    return any(
        m.actor.kind == "person" and m.start == words[0].start and m.end == words[-1].end
        for m in index.mentions_in(words[0].start, words[-1].end)
    )


def office_of_place(words: list[Token]) -> bool:
    """``words`` are an office named by its title and the place or see it is held for: "the
    Bishop of Southwestern Virginia", "the Mayor of Greater Manchester" ("the", a
    capitalised title, "of" and capitalised words to the end). A name in it is the place,
    even where the index read it as a person's, so a person named in apposition after it
    holds the office and speaks ("the Bishop of Southwestern Virginia, the Rt Revd Mark
    Allen Bourlakas, said": Bourlakas; page bishops_partnership_communique_bourlakas_churchtimes).

    >>> from ..tokens import tokenize
    >>> office_of_place(tokenize("the Bishop of Southwestern Virginia", [0]))
    True
    >>> office_of_place(tokenize("the wife of Southwestern Virginia", [0]))
    False
    """
    if len(words) < 4 or words[0].lower != "the" or words[2].lower != "of":
        return False
    title = words[1]
    if not title.cap or not (is_person_head(title.lower) or title.lower in CAPITALISED_TITLES):
        return False
    return all(w.cap for w in words[3:])
