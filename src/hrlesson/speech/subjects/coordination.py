"""Verbs that share a subject with an earlier verb, and verbs whose subject follows them.

"Philippine foreign secretary calls action illegal, demands that China 'back off'": the
second verb, after a comma and with no subject of its own, is the first verb's; '"Q,"
said the UN rights chief': the subject follows the verb right after a quotation.
"""

from __future__ import annotations

from ..cues import CUE_FORMS
from ..marks import Pair
from ..records import Cue
from ..tokens import Token
from ..vocabulary import FINITE_VERBS, PREPOSITIONS

#: The rules, for the evidence column.
AFTER_COMMA, AND_ASIDE = (
    "second verb after a comma",
    "second verb after 'and' and a participle aside",
)


def verb_after_comma(left: list[Token], cue: Cue, tokens: list[Token], after_cue: bool) -> bool:
    """``Philippine foreign secretary calls action illegal, demands that China 'back off'``:
    a finite reporting verb right after a comma, and before "that", "to" or "for", is a
    second verb of the subject of the clause the comma closes, as if joined by "and"
    (``left``: the tokens between the clause's start and the cue; ``after_cue``: ``left``
    starts right after an earlier cue of the sentence; otherwise the clause before the
    comma must hold a verb of its own).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("X calls action illegal, demands that China back off", [0])
    >>> cue = Cue(toks[5].start, toks[5].end, "demands", "demand", 0, 5)
    >>> verb_after_comma(toks[:5], cue, toks, False)
    True
    >>> toks = tokenize("The spokesman, Ivo Marek, demands that China back off", [0])
    >>> cue = Cue(toks[6].start, toks[6].end, "demands", "demand", 0, 6)
    >>> verb_after_comma(toks[:6], cue, toks, False)
    False
    """
    if not left or left[-1].text != "," or cue.form.lower().endswith("ing"):
        return False
    nxt = tokens[cue.tok + 1] if cue.tok + 1 < len(tokens) else None
    if nxt is None or nxt.lower not in ("that", "to", "for"):
        return False
    if after_cue:
        return True
    clause = []
    for t in reversed(left[:-1]):
        if t.text in ",;:—–":
            break
        clause.append(t)
    return any(
        t.text.islower() and (t.lower in CUE_FORMS or t.lower in FINITE_VERBS) for t in clause
    )


def participle_aside_after_and(left: list[Token]) -> bool:
    """``She shot to fame as a face of 1960s London, and referring to her new title,
    said``: a participle phrase set off by commas right after "and" (or "but") is an aside
    inside a second predicate; the verb after it shares the subject of the clause before
    "and", as in "and said" (``left``: the tokens between the clause's start and the cue).

    >>> from ..tokens import tokenize
    >>> participle_aside_after_and(tokenize("She shot to fame, and referring to it,", [0]))
    True
    >>> participle_aside_after_and(tokenize("She shot to fame, and her son,", [0]))
    False
    """
    if len(left) < 6 or left[-1].text != ",":
        return False
    k = max((i for i, t in enumerate(left[:-1]) if t.text in ",;:—–"), default=-1)
    seg = left[k + 1 : -1]
    if k < 2 or left[k].text != "," or len(seg) < 3 or seg[0].lower not in ("and", "but"):
        return False
    ing = seg[1]
    return ing.text.islower() and ing.lower.endswith("ing") and ing.lower not in PREPOSITIONS


def joined_verb_rule(
    left: list[Token], cue: Cue, tokens: list[Token], after_cue: bool
) -> str | None:
    """The rule that makes the cue a second verb of the clause before it, for the evidence:
    after a comma (:func:`verb_after_comma`) or after "and" and a participle aside
    (:func:`participle_aside_after_and`); None when neither does."""
    if verb_after_comma(left, cue, tokens, after_cue):
        return AFTER_COMMA
    return AND_ASIDE if participle_aside_after_and(left) else None


def inverted_after_quote(
    q_before: Pair | None, bound: int, left_words: list[Token], earlier: list[Cue], cue: Cue
) -> bool:
    """'"Q," said the UN rights chief': the verb right after a quotation (``q_before``, the
    last one before the cue; ``bound``: where the cue's clause starts) and no earlier cue
    after it; its subject follows it (but '"Q," saying the report ...' is a participle)."""
    return (
        q_before is not None
        and not left_words
        and bound == q_before.close + 1
        and not (earlier and earlier[-1].end > q_before.close)
        and not cue.form.lower().endswith("ing")
    )


#: Participles that place a body somewhere ("the group Hezbollah based in southern Lebanon").
_LOCATING_PARTICIPLES = frozenset({"based", "headquartered", "located", "stationed"})


def before_location_participle(before: list[Token]) -> int | None:
    """Where a locating participle phrase ("based in southern Lebanon") starts when it
    closes ``before`` (the words before a relative pronoun), else None: in ``the militant
    group Hezbollah based in southern Lebanon which said`` "which" is the group, not the
    place, so names from that offset on are no antecedent.

    >>> from ..tokens import tokenize
    >>> words = tokenize("the group Hezbollah based in southern Lebanon", [0])
    >>> before_location_participle(words)
    20
    >>> before_location_participle(tokenize("sanctions on Russia", [0])) is None
    True
    """
    for k in range(len(before) - 2, max(-1, len(before) - 6), -1):
        if before[k].lower in _LOCATING_PARTICIPLES and before[k + 1].lower in ("in", "at"):
            return before[k].start if k > 0 else None
    return None
