"""The lexicon's reporting verbs as the quote attribution reads them: one :class:`CueVerb`
a lemma, merged from the rows of ``data/lexicon.csv`` that have a ``cue`` (``point out``
and ``point to`` give ``point`` with next words {out, to})."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..inflection import verb_forms
from ..lexicon import LexiconError, bundled_entries


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A reporting verb as the quote attribution reads it (rows of lexicon.csv with a ``cue``).

    ``forms`` are the written forms that count as the cue; ``next_words`` the words one
    of which must follow it (empty: any; ``"`` stands for a quotation soon after);
    ``not_next`` the words that must not follow it (``cue_next`` ``!as``: 'states admitted
    as "third parties"' grants a status, it reports nothing); ``stance``, ``layer`` and
    ``factivity`` those of the verb's one-word row (else of its first row).
    """

    lemma: str
    cue: str
    forms: tuple[str, ...]
    next_words: frozenset[str]
    stance: str = ""
    layer: str = ""
    factivity: str = ""
    not_next: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def cue_verbs() -> tuple[CueVerb, ...]:
    """The quote cues of the bundled lexicon, one per lemma, sorted by lemma.

    A lemma's rows are merged: ``point out`` and ``point to`` give ``point`` with
    next words {out, to}; a one-word row without ``cue_next`` lets any word follow.

    >>> point = next(c for c in cue_verbs() if c.lemma == "point")
    >>> point.cue, sorted(point.next_words), point.forms
    ('clause', ['out', 'to'], ('pointed', 'pointing', 'points'))
    >>> sorted(next(c for c in cue_verbs() if c.lemma == "speak").next_words)
    ['about', 'of']
    """
    merged: dict[str, dict[str, Any]] = {}
    for v in bundled_entries():
        if not v["cue"]:
            continue
        words = v["term"].lower().split()
        lemma = words[0]
        item = merged.setdefault(
            lemma, {"cue": v["cue"], "forms": [], "next": set(), "any": False, "not": set()}
        )
        if "stance" not in item or len(words) == 1:
            item["stance"], item["layer"] = v["subcategory"], v["layer"]
            item["factivity"] = v["factivity"]
        if item["cue"] != v["cue"]:
            raise LexiconError(f"lexicon.csv: the rows of {lemma!r} give it two cue classes")
        if v["cue_forms"]:
            forms = v["cue_forms"].split("|")
        else:
            spellings = v["pattern"].split("|") if v["pattern"] and len(words) == 1 else [lemma]
            forms = [f for spelling in spellings for f in verb_forms(spelling)]
        item["forms"] += [f for f in forms if f not in item["forms"]]
        next_words = [w for w in v["cue_next"].split("|") if w and not w.startswith("!")]
        item["not"].update(w[1:] for w in v["cue_next"].split("|") if w.startswith("!"))
        if len(words) == 2 and "*" not in words:
            item["next"].update(words[1].split("|"))  # "speak of|about": of or about
        elif next_words:
            item["next"].update(next_words)
        else:
            item["any"] = True
    return tuple(
        CueVerb(
            lemma,
            m["cue"],
            tuple(m["forms"]),
            frozenset() if m["any"] else frozenset(m["next"]),
            m["stance"],
            m["layer"],
            m["factivity"],
            frozenset(m["not"]),
        )
        for lemma, m in sorted(merged.items())
    )
