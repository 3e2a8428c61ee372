"""A participle after the object of a verb of judging is the judge's: in ``the president
praised Prince William saying he would be an "unbelievable success"`` the president says
it, not the prince praised; in ``Charities have defended the large salaries paid to their
chief executives citing "enormous responsibilities"`` the charities cite, not the chief
executives. News writes such a participle without the comma it would take after a
longer clause (data/words/judging_verbs.txt)."""

from __future__ import annotations

from ..wordlists import word_set
from .records import Cue
from .tokens import Token
from .vocabulary import BE_FORMS, PREPOSITIONS

#: Verbs of judging a person, a thing or a deed (data/words/judging_verbs.txt).
JUDGING_VERBS = word_set("judging_verbs")

#: The lemmas of participles that give the judge's reasons or words.
REASON_PARTICIPLES = frozenset(["say", "add", "cite", "claim", "insist", "argue"])

#: The most words the judged object takes ("the large salaries paid to their chief executives").
MAX_OBJECT_WORDS = 8

#: Words in a verb's object that give a participle after it its own subject: a relative
#: clause ("who"), a joined clause ("and"), a source ("by X", "of X", "from X").
OWN_SUBJECT_WORDS = frozenset(["and", "who", "which", "that", "by", "of", "from"])

#: After a verb of judging, also a reason or a circumstance ("criticised a councillor for
#: saying": the councillor said it).
_JUDGED_OWN_SUBJECT_WORDS = OWN_SUBJECT_WORDS | frozenset(["with", "for", "after", "over"])


def ing_participle(cue: Cue, lemmas) -> bool:
    """``cue`` is the -ing form of a verb whose lemma is one of ``lemmas``.

    >>> saying, said = Cue(0, 6, "saying", "say", 0, 0), Cue(0, 4, "said", "say", 0, 0)
    >>> ing_participle(saying, {"say"}), ing_participle(said, {"say"})
    (True, False)
    """
    return cue.lemma in lemmas and cue.form.lower().endswith("ing")


def judging_forms(lemma: str) -> frozenset[str]:
    """The finite and past forms of a judging verb's ``lemma`` ("praise": "praised", "praises").

    >>> sorted(judging_forms("slam"))
    ['slam', 'slammed', 'slams']
    >>> sorted(judging_forms("justify"))
    ['justified', 'justifies', 'justify']
    """
    if lemma.endswith("e"):
        return frozenset([lemma, lemma + "d", lemma + "s"])
    if lemma.endswith("y"):
        return frozenset([lemma, lemma[:-1] + "ied", lemma[:-1] + "ies"])
    doubled = lemma + lemma[-1] + "ed" if len(lemma) <= 4 and lemma[-2] in "aeiou" else None
    return frozenset(f for f in (lemma, lemma + "s", doubled or lemma + "ed") if f)


#: Every form of a judging verb, to its lemma.
JUDGING_FORMS = {form: lemma for lemma in JUDGING_VERBS for form in judging_forms(lemma)}


def judged_object(left: list[Token]) -> list[Token] | None:
    """The words after the last judging verb of ``left`` (the words before a participle, from
    its clause's start), when that verb is finite or past and active: "Charities have
    defended the large salaries paid to their chief executives" gives the object.

    >>> from .tokens import tokenize
    >>> [t.text for t in judged_object(tokenize("Charities have defended the pay", [0]))]
    ['the', 'pay']
    >>> judged_object(tokenize("The pay was defended by", [0])) is None
    True
    """
    k = next((k for k in range(len(left) - 1, 0, -1) if left[k].lower in JUDGING_FORMS), None)
    if k is None or left[k - 1].lower in BE_FORMS:
        return None
    return left[k + 1 :]


def says_in_judgement(
    text: str, earlier: list[Cue], bound: int, cue: Cue, left: list[Token]
) -> bool:
    """``cue``, a "saying"/"citing" right after the object (one to eight words, no comma)
    of an active verb of judging (:data:`JUDGING_VERBS`) is said by that verb's subject:
    the verb is the last cue of ``earlier`` (the sentence's cues before ``cue``) when it
    ends at ``bound``, ``left`` (the words from ``bound``) the object; else the verb and
    its object close ``left`` (:func:`judged_object`).

    >>> from .tokens import tokenize
    >>> from .records import SpeakerRef
    >>> text = "The president praised Prince William saying he would"
    >>> outer = Cue(14, 21, "praised", "praise", 0, 2)
    >>> cue = Cue(37, 43, "saying", "say", 0, 5)
    >>> outer.subject = SpeakerRef(None, "The president", 0, 13)
    >>> says_in_judgement(text, [outer], 21, cue, tokenize(text, [0])[3:5])
    True
    >>> says_in_judgement(text, [], 0, cue, tokenize(text, [0])[:5])
    True
    >>> says_in_judgement(text, [outer], 21, cue, [])
    False
    >>> text = "A charity criticised a councillor for saying"
    >>> cue = Cue(38, 44, "saying", "say", 0, 6)
    >>> says_in_judgement(text, [], 0, cue, tokenize(text, [0])[:6])
    False
    """
    if not ing_participle(cue, REASON_PARTICIPLES):
        return False
    if earlier and earlier[-1].end == bound:
        outer = earlier[-1]
        if outer.subject is None or outer.passive or outer.lemma not in JUDGING_VERBS:
            return False
        obj = left
    elif (obj := judged_object(left)) is None:
        return False
    if not 1 <= len(obj) <= MAX_OBJECT_WORDS or "," in text[obj[0].start : cue.start]:
        return False
    if obj[-1].lower in PREPOSITIONS:
        return False  # a gerund after a preposition: "criticised X about saying"
    return not any(t.lower in _JUDGED_OWN_SUBJECT_WORDS for t in obj)
