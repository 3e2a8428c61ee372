"""A one-word name a "he" or a "she" goes on with is a person's: "Trump reportedly shied away
from the bold measure ... He justified the move by saying" (part of the index).

A surname the excerpt never writes in full, and that never speaks itself, is read as no
actor; when it is the subject of the verb opening its sentence and the next sentence opens
with a subject "he" or "she", it names the person that pronoun goes on with.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..cues import CUE_FORMS
from ..tokens import Token, plain_capitalised
from ..vocabulary import FINITE_VERBS

#: Pronouns that open a sentence going on with a person named before.
_PERSON_PRONOUNS = frozenset(["he", "she"])


def subject_before_pronoun(toks: list[Token], k: int, written: set[str] | None = None) -> bool:
    """``Trump reportedly shied away ... . He justified``: the plain capitalised word at
    ``k`` opens its sentence as the subject of a finite verb (a past form in "-ed" or an
    auxiliary, "-ly" adverbs between), and the next sentence opens with "He" or "She";
    not a participle in "-ing" nor a word the text also writes in lower case ("Long dogged
    by doping suspicions, Jones has denied ... She withdrew": a comma before a capitalised
    word ends a fronted phrase, whose subject comes after it). ``written`` is the set of
    the texts of ``toks``, built here when not given (a caller asking of many words builds
    it once).

    >>> from ..tokens import tokenize
    >>> s = "Trump reportedly shied away from it. He justified the move."
    >>> subject_before_pronoun(tokenize(s, [0, 37]), 0)
    True
    >>> s = "Trump reportedly shied away from it. They justified the move."
    >>> subject_before_pronoun(tokenize(s, [0, 37]), 0)
    False
    >>> s = "Having worked there, Reid left. He testified."
    >>> subject_before_pronoun(tokenize(s, [0, 32]), 0)
    False
    >>> s = "Long dogged by doubts, Jones denied it. She withdrew."
    >>> subject_before_pronoun(tokenize(s, [0, 39]), 0)
    False
    >>> s = "Boeing shares dropped sharply. He said so."
    >>> subject_before_pronoun(tokenize(s, [0, 31]), 0)
    False
    """
    tok = toks[k]
    if tok.poss or not plain_capitalised(tok.text) or tok.lower.endswith("ing"):
        return False  # "Having worked on Google Maps, Reid became": a participle
    if tok.lower in (written if written is not None else {t.text for t in toks}):
        return False  # "Long dogged by doping suspicions": a word written in lower case too
    if k > 0 and toks[k - 1].sent == tok.sent:
        return False
    j = k + 1
    while j < len(toks) and toks[j].sent == tok.sent and toks[j].lower.endswith("ly"):
        j += 1  # "reportedly", "quickly"
    if j >= len(toks) or toks[j].sent != tok.sent or not toks[j].text.islower():
        return False
    if not (toks[j].lower.endswith("ed") or toks[j].lower in FINITE_VERBS):
        return False
    rest = [t for t in toks[j : j + 80] if t.sent == tok.sent]
    if any(a.text == "," and b.cap for a, b in pairwise(rest)):
        return False  # "Long dogged by doping suspicions, Jones has denied": fronted
    nxt = toks[j + len(rest)] if j + len(rest) < len(toks) else None
    return nxt is not None and nxt.sent == tok.sent + 1 and nxt.lower in _PERSON_PRONOUNS


def reports_of_self(text: str, name: str) -> bool:
    """``Since then Spano said he has held numerous discussions with NRC officials``: the
    one-word ``name`` is the subject of a reporting verb whose clause goes on with "he" or
    "she" (indian_point_spano_nrc_miller_globest), so it names a person, not a place the text
    also writes it as ("a letter from Miller ... to Spano"); a state or a body goes on with
    "it".

    >>> reports_of_self("Since then Spano said he has held talks.", "Spano")
    True
    >>> reports_of_self("Spano also noted that he received a letter.", "Spano")
    True
    >>> reports_of_self("Ostravia said it would respond.", "Ostravia")
    False
    """
    pattern = rf"\b{re.escape(name)} (?:[a-z]+ly |also )?([a-z]+) (?:that )?(?:he|she)\b"
    return any(m.group(1) in CUE_FORMS for m in re.finditer(pattern, text))


def source_goes_on_as_pronoun(text: str, name: str) -> bool:
    r"""``According to Moeldoko, once they officially become transportation companies, ...
    "We have agreed ...," he said.``: a one-word source opening its sentence
    after "According to", the next paragraph opening with a quotation (or none) and a
    subject "he" or "she" of a reporting verb, names the person that pronoun goes on with
    (indonesia_gojek_grab_transport_companies_sumadi_dealstreetasia), not a place ("to
    Moeldoko"); a source the next paragraph does not go on with as "he" stays what else
    the text shows ("According to Stuff, the Rugby World Cup trip had been viewed").

    >>> s = "According to Moeldoko, they must register.\n\n\u201cWe agreed,\u201d he said."
    >>> source_goes_on_as_pronoun(s, "Moeldoko")
    True
    >>> s = "According to Stuff, the trip was viewed.\n\nAvery was told to close it."
    >>> source_goes_on_as_pronoun(s, "Stuff")
    False
    """
    pattern = (
        rf"(?:^|[.!?]\s)According to {re.escape(name)}, [^\n]*\n+"
        r"(?:[\"\u201c][^\"\u201d\n]*[\"\u201d],?\s*)?(?:[Hh]e|[Ss]he) ([a-z]+)\b"
    )
    return any(m.group(1) in CUE_FORMS for m in re.finditer(pattern, text, re.MULTILINE))


def speaks_of_self(text: str, name: str) -> bool:
    """The one-word ``name`` is a person's by how the text goes on after it: it reports with
    a he/she after it (:func:`reports_of_self`) or is an "According to" source the next
    paragraph quotes as he/she (:func:`source_goes_on_as_pronoun`).

    >>> speaks_of_self("Since then Spano said he has held talks.", "Spano")
    True
    """
    return reports_of_self(text, name) or source_goes_on_as_pronoun(text, name)
