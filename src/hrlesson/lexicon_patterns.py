"""Lexicon entries as regular expressions: the wildcard form translated, exclusions compiled.

A wildcard form is words separated by spaces, ``*`` for a gap of up to
:data:`MAX_GAP_WORDS` words and ``a|b`` for alternative words; a verb entry matches every
inflection of its verb, a noun entry its plural; ``re:`` starts a regular expression.

>>> regex, keys = entry_regex("raise concern", "", "verb", "")
>>> keys, bool(re.match(regex, "raised concern"))
(('raise', 'raises', 'raised', 'raising'), True)
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from .inflection import noun_forms, verb_forms
from .segment import iter_words

__all__ = ["MAX_GAP_WORDS", "entry_regex", "exclusion_regex"]

#: Most words a ``*`` gap in a wildcard form can stand for.
MAX_GAP_WORDS = 4

_LITERAL = re.compile(r"[\w.'’-]+")
_GAP = rf"((?:[\w'’-]+(?:\.[\w'’-]+)*\.?,?\s+){{0,{MAX_GAP_WORDS}}}?)"
_END = r"(?![\w-])"
_WORD_SEP = r"(?:\s+|-)"


@lru_cache(maxsize=4096)
def entry_regex(term: str, pattern: str, pos: str, case: str) -> tuple[str, tuple[str, ...] | None]:
    """Translate an entry into ``(regex, keys)``; cached (checking a row builds it first).

    ``keys`` are the lower-case first words the regex can start with (None for ``re:``
    patterns, which are searched through the whole text). Raises ValueError or re.error.
    """
    if pattern.startswith("re:"):
        body = pattern[3:].strip()
        if not body:
            raise ValueError("the regular expression after 're:' is empty")
        flags = "" if case == "exact" else "(?i)"
        compiled = re.compile(flags + body)
        if compiled.match(""):
            raise ValueError("the regular expression matches empty text")
        return flags + body, None
    form = pattern or term
    tokens = form.split()
    if tokens[0] == "*" or tokens[-1] == "*":
        raise ValueError(f"{form!r}: a '*' gap must stand between two words")
    if any(a == b == "*" for a, b in itertools.pairwise(tokens)):
        raise ValueError(f"{form!r}: two '*' gaps in a row")
    alternatives = [tok.split("|") if tok != "*" else ["*"] for tok in tokens]
    for alts in alternatives:
        for alt in alts:
            if alt != "*" and not _LITERAL.fullmatch(alt):
                raise ValueError(
                    f"{form!r}: {alt!r} is not a word; wildcard forms use words, '*' and '|' "
                    "(write 're:' and a regular expression for anything else)"
                )
    words = [i for i, alts in enumerate(alternatives) if alts != ["*"]]
    if pos == "verb":
        head = next((i for i in words if not all(a.endswith("ly") for a in alternatives[i])), 0)
        alternatives[head] = _unique(f for a in alternatives[head] for f in verb_forms(a))
    elif pos == "noun":
        last = words[-1]
        alternatives[last] = _unique(f for a in alternatives[last] for f in noun_forms(a))
    parts: list[str] = []
    for i, alts in enumerate(alternatives):
        if alts == ["*"]:
            parts.append(r"\s+" + _GAP)
            continue
        if i and alternatives[i - 1] != ["*"]:
            parts.append(_WORD_SEP)
        ordered = sorted(alts, key=lambda a: (-len(a), a))
        parts.append("(?:" + "|".join(_literal(a) for a in ordered) + ")")
    flags = "" if case == "exact" else "(?i)"
    keys = tuple(_unique(_key(a) for a in alternatives[0]))
    return flags + "".join(parts) + _END, keys


def exclusion_regex(regex: str, *, at_end: bool) -> re.Pattern[str] | None:
    """Compile an ``exclude_before`` (anchored at the marker's start) or ``exclude_after`` regex."""
    if not regex:
        return None
    return re.compile(f"(?i:{regex})" + (r"\Z" if at_end else ""))


def _literal(word: str) -> str:
    out = []
    for ch in word:
        if ch in "'’":
            out.append("['’]")
        elif ch == "-":
            out.append("[-‐‑]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _key(word: str) -> str:
    first = next(iter_words(word), None)
    if first is None:
        raise ValueError(f"{word!r} does not start with a word")
    return first[2].lower().replace("’", "'")


def _unique(items: Any) -> list[str]:
    return list(dict.fromkeys(items))
