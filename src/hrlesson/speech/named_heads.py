"""A name at the end of a descriptive subject heads it: "Israel's PM Benjamin Netanyahu
said", "Amnesty's Rabia Mehmood said", "Niger junta member Amadou Abdramane said"."""

from __future__ import annotations

from itertools import dropwhile

from .cues import CUE_FORMS
from .tokens import Token
from .vocabulary import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    FINITE_VERBS,
    FIRST_NAMES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    TITLE_HEADS,
    is_head_word,
    unaccented,
)

#: Words that open a noun phrase, and only there ("the", "his spokesman X").
_OPENERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"])
#: Determiners that point or relate: no premodifier of a name.
_POINTERS = frozenset(["this", "that", "these", "those", "whose", "each", "every", "no"])
#: Characters that end a noun phrase: a name after one of them is no head of the words before.
_BREAKS = ',;:()[]—–"“”'


def final_name(text: str, words: list[Token], mentions: list):
    """The person mention that ends ``words`` and heads the phrase, or None.

    The words before the name must be a premodifier of it: a possessor ("Amnesty's"), a
    title or role ("US astronaut", "junta member"), with no punctuation, verb, pronoun or
    "and" between. A preposition is allowed in a title ("chief of staff X") or where the
    name follows the preposition's body object straight away ("spokesperson for the X
    Party Omer Celik"), but not where the object has a title of its own ("a spokesman for
    Secretary-General Antonio Guterres": the spokesman, not Guterres).

    >>> from types import SimpleNamespace as NS
    >>> from .tokens import tokenize
    >>> s = "Amnesty's Rabia Mehmood"
    >>> ws = tokenize(s, [0])
    >>> m = NS(start=10, end=23, how="name", actor=NS(kind="person", name="Rabia Mehmood"))
    >>> final_name(s, ws, [m]) is m
    True
    >>> s = "a spokesman for Secretary-General Rabia Mehmood"
    >>> ws = tokenize(s, [0])
    >>> m = NS(start=34, end=47, how="name", actor=NS(kind="person", name="Rabia Mehmood"))
    >>> final_name(s, ws, [m]) is None
    True
    """
    if len(words) < 2:
        return None
    name = next(
        (
            m
            for m in reversed(mentions)
            if m.actor.kind == "person" and m.how in ("name", "surname") and m.end == words[-1].end
        ),
        None,
    )
    if name is None or name.start <= words[0].start or " " not in name.actor.name:
        return None  # a one-word "person" is too weak a reading ("Delegates Broadly Condemn")
    before = [w for w in words if w.end <= name.start]
    if not before or any(c in text[words[0].start : name.start] for c in _BREAKS):
        return None
    named = [m for m in mentions if m.actor.kind != "person" and m.end <= name.start]
    if _verb_before_name(before) or not all(
        _premodifier(w, k)
        or joined_premodifier(before, k)
        or any(m.start <= w.start < m.end for m in named)
        for k, w in enumerate(before)
    ):  # a body's own words are no premodifier's: "Justice and Development Party"
        return None
    if not _prepositions_fit(before, mentions, name.start):
        return None
    return name


def _premodifier(w: Token, k: int) -> bool:
    """``w`` (the ``k``-th word) can stand in a noun phrase before a name: no verb, no
    pronoun, no conjunction; a determiner only first."""
    low = w.lower
    if w.text[0].isdigit():
        return False
    if low in _OPENERS:
        return k == 0  # "the", "his": only where the phrase opens
    if low in DETERMINERS and low in _POINTERS:
        return False  # "this", "whose"
    if w.cap:
        return low not in PRONOUNS
    return not (
        low in PRONOUNS
        or low in CONJUNCTIONS
        or low in RELATIVE_PRONOUNS
        or low in FINITE_VERBS
        or low in CUE_FORMS
        or low in ADVERBS
    )


def joined_premodifier(before: list[Token], k: int) -> bool:
    """``before[k]`` is an "and" inside a name's premodifier: between two titles ("J. Crew's
    chairman and ceo Millard Drexler"), or after a first name the name's surname is shared
    with ("Glenorchy Air owners Robert and Janet Rutherford": the couple, read by the
    last name; not where the couple opens the phrase: "Barack and Michelle Obama").

    >>> from .tokens import tokenize
    >>> ws = tokenize("the chairman and ceo", [0])
    >>> joined_premodifier(ws, 2)
    True
    >>> ws = tokenize("owners Robert and", [0])
    >>> joined_premodifier(ws, 2)
    True
    >>> ws = tokenize("the workers and", [0])
    >>> joined_premodifier(ws, 2)
    False
    """
    if before[k].lower != "and" or k == 0:
        return False
    if k + 1 < len(before):
        if before[k - 1].lower in TITLE_HEADS and before[k + 1].lower in TITLE_HEADS:
            return True
        return joined_title_run(before, k)
    if k < 2:
        return False  # "Barack and Michelle Obama said": the couple, read as one elsewhere
    return before[k - 1].cap and unaccented(before[k - 1].lower) in FIRST_NAMES


#: The most lower-case words of a title run on each side of its "and".
_TITLE_RUN = 3


def joined_title_run(before: list[Token], k: int) -> bool:
    """``before[k]`` is an "and" that joins two lower-case title runs right before a name:
    a title head opens the run before it and one closes the run after it ("Aston Martin
    Red Bull Racing chief designed and technical officer Adrian Newey": one person's two
    titles, page f1_2021_rules_restrictive_newey_gpblog).

    >>> from .tokens import tokenize
    >>> ws = tokenize("Racing chief designer and technical officer", [0])
    >>> joined_title_run(ws, 3)
    True
    >>> joined_title_run(tokenize("Racing workers and technical officer", [0]), 2)
    False
    """
    left = before[max(0, k - _TITLE_RUN) : k]
    right = before[k + 1 :]
    if not right or len(right) > _TITLE_RUN or right[-1].lower not in TITLE_HEADS:
        return False
    if not all(w.text.isalpha() and w.text.islower() for w in right):
        return False
    lower = list(dropwhile(lambda w: not (w.text.isalpha() and w.text.islower()), left))
    return bool(lower) and lower[0].lower in TITLE_HEADS and all(w.text.islower() for w in lower)


def _verb_before_name(before: list[Token]) -> bool:
    """A past form right before a capitalised word is a verb, not a modifier: "IRNA also
    disqualified Narges Mohammadi" (but "jailed activist X", "Western-backed X" stay)."""
    pairs = zip(before, [*before[1:], None], strict=True)
    return any(
        w.text.islower() and "-" not in w.text and w.lower.endswith("ed") and (n is None or n.cap)
        for w, n in pairs
    )


def _prepositions_fit(before: list[Token], mentions: list, name_start: int) -> bool:
    """Every preposition before the name sits in a title ("head of emergencies X") or
    governs a body the name follows straight away ("envoy to North Korea Vitit
    Muntarbhorn"), never a titled person ("spokesman for UN chief X")."""
    for k, w in enumerate(before):
        if w.lower not in PREPOSITIONS or w.cap:
            continue
        if _title_portfolio(before, k):
            continue  # "chief of staff Andriy Yermak"
        if k == 0 or before[k - 1].lower not in TITLE_HEADS:
            return False  # "the wife of X": the noun before "of" is no role held
        tail = before[k + 1 :]
        if not tail or any(t.lower in TITLE_HEADS for t in tail):
            return False
        last = tail[-1]
        if not any(m.start <= last.start and m.end == last.end for m in mentions):
            return False  # the object is no name: "the spokesman for opposition X"
        if any(m.start <= last.start < m.end and m.actor.kind == "person" for m in mentions):
            return False
    return True


def _title_portfolio(before: list[Token], k: int) -> bool:
    """``before[k]`` is the "of"/"for" of a one-word lower-case portfolio after a title
    head, right before the name: ``chief of staff``, ``head of emergencies``."""
    return (
        0 < k == len(before) - 2
        and before[k].lower in ("of", "for")
        and before[k - 1].lower in TITLE_HEADS
        and before[k + 1].text.islower()
    )


def owner_of_head(words: list[Token], name) -> bool:
    """The name ``name`` is a possessor followed by more words: it owns the phrase's
    head, it does not head it (``Pope Francis's spokesman``).

    >>> from types import SimpleNamespace as NS
    >>> from .tokens import tokenize
    >>> ws = tokenize("Pope Francis's spokesman", [0])
    >>> owner_of_head(ws, NS(start=5, end=12))
    True
    >>> ws = tokenize("Pope Francis", [0])
    >>> owner_of_head(ws, NS(start=5, end=12))
    False
    """
    last = next((w for w in reversed(words) if w.start < name.end), None)
    return last is not None and last.poss and last is not words[-1]


def same_case(title: Token, nxt: Token) -> bool:
    """``nxt`` may go on the compound title that ``title`` ends: a lower-case word, or a
    capitalised word after a capitalised title word ("Chief Inspector")."""
    return nxt.text.islower() or (title.text[0].isupper() and nxt.text[0].isupper())


def compound_head_end(words: list[Token], k: int) -> int:
    """The index of the last title noun of the compound that ``words[k]`` opens: the
    head of "the chief spokesman for the Secretary-General" is "spokesman", not "chief".

    >>> from .tokens import tokenize
    >>> ws = tokenize("the chief spokesman for the Secretary-General", [0])
    >>> ws[compound_head_end(ws, 1)].text
    'spokesman'

    A hyphenated title written with a space is one compound too ("The Director General"):

    >>> ws = tokenize("The Director General of the WTO", [0])
    >>> ws[compound_head_end(ws, 1)].text
    'General'

    A title written in capitals runs on in capitals ("the Chief Inspector of Prisons"):

    >>> ws = tokenize("the Chief Inspector of Prisons", [0])
    >>> ws[compound_head_end(ws, 1)].text
    'Inspector'
    """
    while k + 1 < len(words) and (
        (same_case(words[k], words[k + 1]) and words[k + 1].lower in TITLE_HEADS)
        or f"{words[k].lower}-{words[k + 1].lower}" in TITLE_HEADS
    ):
        k += 1
    return k


def body_of_titled_name(words: list[Token], mentions: list) -> tuple[int, int] | None:
    """``The government of Prime Minister Anthony Albanese said``, ``the office of German
    Chancellor Angela Merkel said``: a body noun heads the phrase, the titled person after
    "of" only owns it. Returns the indices of the body noun and of the name's last word.

    >>> from types import SimpleNamespace as NS
    >>> from .tokens import tokenize
    >>> s = "The office of German Chancellor Angela Merkel"
    >>> ws = tokenize(s, [0])
    >>> body_of_titled_name(ws, [NS(start=32, end=45, how="name", actor=NS(kind="person"))])
    (1, 6)
    """
    k = 1 if words and words[0].lower in ("the", "a", "an") else 0
    if len(words) < k + 4 or words[k + 1].lower != "of":
        return None
    noun = words[k]
    if not noun.text.islower() or noun.lower in TITLE_HEADS or not is_head_word(noun.lower):
        return None
    name = next((m for m in mentions if m.actor.kind == "person" and m.end == words[-1].end), None)
    if name is None:
        return None
    titles = [w for w in words[k + 2 :] if w.end <= name.start]
    if not titles or not any(w.lower in TITLE_HEADS for w in titles):
        return None  # "the government of Sudan", "the office of X": no titled holder
    if not all(w.cap or w.lower in TITLE_HEADS or w.lower in ("of", "for") for w in titles):
        return None  # "a group of Israeli families has met Secretary X": a clause
    return k, len(words) - 1


def plural_before_of(words: list[Token], mentions: list) -> int | None:
    """The phrase opens with a plural noun and "of"/"for" and ends in a person's name:
    ``Supporters of opposition leader Alexei Navalny``: the plural heads it, not the name.
    Returns the plural's index, or None.

    >>> from types import SimpleNamespace as NS
    >>> from .tokens import tokenize
    >>> ws = tokenize("Supporters of Alexei Navalny", [0])
    >>> plural_before_of(ws, [NS(start=14, end=28, actor=NS(kind="person"))])
    0
    >>> ws = tokenize("Minister of Foreign Affairs Ann Li", [0])
    >>> plural_before_of(ws, [NS(start=28, end=34, actor=NS(kind="person"))]) is None
    True
    """
    k = 1 if words and words[0].lower in ("the", "a", "an") else 0
    if len(words) < k + 3 or words[k + 1].lower not in ("of", "for"):
        return None
    noun = words[k]
    if not any(m.actor.kind == "person" and m.end == words[-1].end for m in mentions):
        return None
    plural = (
        noun.lower.endswith("s")
        and not noun.lower.endswith("ss")  # "Congress of"
        and not noun.poss
        and noun.lower not in TITLE_HEADS
        and not any(m.start <= noun.start < m.end for m in mentions)
    )
    return k if plural else None
