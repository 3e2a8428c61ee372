"""How close two written forms of one name word are: a slip of the pen ("Schreienmacher"
for "Schreinemacher", one letter off) or a spelling that sounds the same ("Bourne" for
"Born", "Callas" for "Kallas", "Bard" for "Baird"). :mod:`.variants` pairs a variant with
the one person named in full whose name it writes so."""

from __future__ import annotations

import re

from ..vocabulary import unaccented

#: The shortest name word a misspelling is looked for in ("Nisar", "Kallas").
_MIN_SPELLED = 5


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Letters inserted, dropped, changed or two neighbours swapped between ``a`` and
    ``b`` (``limit + 1`` once over ``limit``).

    >>> edit_distance("schreienmacher", "schreinemacher"), edit_distance("loscock", "lowcock")
    (1, 1)
    >>> edit_distance("nasir", "nisar"), edit_distance("jones", "bernard")
    (2, 3)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            new[j] = min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                new[j] = min(new[j], before[j - 2] + 1)  # "ie" for "ne": one swap
        if min(new) > limit:
            return limit + 1
        before, row = row, new
    return min(row[-1], limit + 1)


def close_spelling(a: str, b: str, limit: int = 1) -> bool:
    """Two name words one writes the other with a slip: the same first letter, long enough,
    at most ``limit`` letters off (a swap of two neighbours counts one); a long word
    (eight letters or more) may be two off.

    >>> close_spelling("wibisino", "wibisono"), close_spelling("zelensky", "zelenskyy")
    (True, True)
    >>> close_spelling("james", "jones"), close_spelling("callas", "kallas")
    (False, False)
    >>> close_spelling("nasir", "nisar"), close_spelling("nasir", "nisar", limit=2)
    (False, True)

    An apostrophe inside a name is no letter: "Ndung'u" is one slip from "Ndungi".

    >>> close_spelling("ndung'u", "ndungi")
    True
    """
    a, b = (unaccented(w).replace("'", "").replace("’", "") for w in (a, b))
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < _MIN_SPELLED:
        return False
    if min(len(a), len(b)) >= 8:
        limit = max(limit, 2)
    return edit_distance(a, b, limit) <= limit


#: Letters that stand for one sound at the start of a word or anywhere in it ("Callas" and
#: "Kallas", "Philips" and "Filips").
_SOUND_SPELLINGS = (("ph", "f"), ("ck", "k"), ("q", "k"), ("c(?=[aoulr])", "k"))

#: Letters that hold no consonant of a name's skeleton: the vowels and the silent ones.
_NO_CONSONANT = re.compile(r"[aeiouyhw]")

#: The fewest consonants a sound-alike name word keeps ("Bard": b, r, d).
_MIN_SKELETON = 3


def sound_key(word: str) -> tuple[str, str] | None:
    """What a name word sounds like: its first vowel and its consonant skeleton (a doubled
    letter counts once; "c" before a hard sound is "k"); None for a word of fewer than
    three consonants, which too many names share.

    >>> sound_key("Bourne"), sound_key("Born"), sound_key("Callas"), sound_key("Kallas")
    (('o', 'brn'), ('o', 'brn'), ('a', 'kls'), ('a', 'kls'))
    >>> print(sound_key("Lee"))
    None
    """
    w = unaccented(word.lower()).replace("'", "").replace("’", "")
    if not w.isalpha():
        return None
    for spelled, sound in _SOUND_SPELLINGS:
        w = re.sub(spelled, sound, w)
    vowels = re.findall(r"[aeiouy]", w)
    skeleton = re.sub(r"(.)\1+", r"\1", w[0] + _NO_CONSONANT.sub("", w[1:]))
    if not vowels or len(skeleton) < _MIN_SKELETON:
        return None
    return vowels[0], skeleton


def sounds_alike(a: str, b: str) -> bool:
    """Two name words written differently that sound the same, as a reporter who heard a
    name writes it: the same first vowel and consonant skeleton, at most two letters off
    ("Born" and "Bourne", "Baird" and "Bard", "Kallas" and "Callas"); not two names whose
    vowels differ ("Reed" and "Rudd", "Mann" and "Moon") nor a slip :func:`close_spelling`
    already finds.

    >>> sounds_alike("bourne", "born"), sounds_alike("bard", "baird"), sounds_alike("callas", "kallas")
    (True, True, True)
    >>> sounds_alike("reed", "rudd"), sounds_alike("mann", "moon"), sounds_alike("smith", "smyth")
    (False, False, False)
    """
    a, b = (unaccented(w.lower()) for w in (a, b))
    if a == b or edit_distance(a, b) > 2:
        return False
    key = sound_key(a)
    return key is not None and key == sound_key(b)
