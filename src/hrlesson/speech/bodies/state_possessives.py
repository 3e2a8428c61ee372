"""A state's body named once with the state's possessive and again by its own capitalised name
alone: the speaker is that name ("Egypt's Foreign Affairs Ministry has attacked Amnesty" ...
"The Foreign Affairs Ministry has a history of ...": Foreign Affairs Ministry). The possessive
says whose body it is, as a title says what a person is (docs/test-pages.md, the row on a
possessive or a country before a body's name); a page that names the body only with its
state's possessive ("Georgia's Ministry of Internal Affairs" throughout) keeps it, and so does
a page that names the same body of two states ("China's Foreign Ministry", "Japan's Foreign
Ministry")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocabulary import COUNTRIES

#: A name opened by one word's possessive before a capitalised name ("Egypt’s Ministry of ...").
_POSSESSED = re.compile(r"([A-Z][\w.-]*)[’']s ([A-Z].*)")

#: The word right before a mention: a possessive's "s", or a capitalised word.
_WORD_BEFORE = re.compile(r"([\w.’'-]+)\s*$")


def state_owner_of(key: str) -> str | None:
    """The state that owns a body indexed under ``key`` (``egypt|org:foreign ministry``:
    egypt), None for a body of no state's (``org:african union|org:peace and security
    council`` is another body's).

    >>> state_owner_of("egypt|org:foreign affairs ministry")
    'egypt'
    >>> state_owner_of("org:african union|org:peace council") is None
    True
    """
    owner, bar, _ = key.partition("|")
    return owner if bar and ":" not in owner else None


def bare_mention(text: str, start: int) -> bool:
    """The name at ``start`` stands on its own: no possessive or capitalised word before it
    but a sentence's "The" ("The Foreign Affairs Ministry has", "the ministry, the Foreign
    Ministry,"; not "Mexico's Foreign Ministry", "the Mexican Foreign Ministry").

    >>> bare_mention("He said the Foreign Ministry", 12)
    True
    >>> bare_mention("Mexico's Foreign Ministry", 9), bare_mention("the Mexican Foreign Ministry", 12)
    (False, False)
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    word = before.group(1)
    if word.endswith(("’s", "'s", "’", "'")):
        return False
    return not word[:1].isupper() or word == "The"


def without_state_possessive(
    name: str, key: str, text: str, outside: Callable[[int], bool]
) -> str | None:
    """``name`` without its state's possessive when the page also writes the body's name
    alone, outside quotations (``outside`` tells an offset outside one): "Egypt's Foreign
    Affairs Ministry" ... "The Foreign Affairs Ministry has a history": Foreign Affairs
    Ministry. The state is the owner the index ``key`` gives or a country. None when the
    page names the body only with the possessive, or names it for another state too.

    >>> text = "Egypt's Foreign Ministry said. The Foreign Ministry has a history."
    >>> without_state_possessive("Egypt's Foreign Ministry", "egypt|org:x", text, bool)
    'Foreign Ministry'
    >>> text = "Egypt's Foreign Ministry said. Egypt's Foreign Ministry added."
    >>> without_state_possessive("Egypt's Foreign Ministry", "egypt|org:x", text, bool) is None
    True
    >>> text = "Egypt's Foreign Ministry said. Japan's Foreign Ministry and the Foreign Ministry."
    >>> without_state_possessive("Egypt's Foreign Ministry", "egypt|org:x", text, bool) is None
    True
    """
    found = _POSSESSED.fullmatch(name)
    if found is None:
        return None
    owner, rest = found.group(1).lower(), found.group(2)
    if owner != state_owner_of(key) and owner not in COUNTRIES:
        return None
    alone = False
    for m in re.finditer(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", text):
        other = re.search(r"([A-Z][\w.-]*)[’']s $", text[max(0, m.start() - 30) : m.start()])
        if other is not None and other.group(1).lower() != owner:
            return None  # "Japan's Foreign Ministry" too: the possessive tells them apart
        alone = alone or (outside(m.start()) and bare_mention(text, m.start()))
    return rest if alone else None
