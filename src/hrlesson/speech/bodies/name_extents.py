"""How far a body's name reaches past the words the name finder read (read by
:func:`.acronyms.grown_names`): back over a first part its bracketed acronym spells ("The UN
Educational, Scientific and Cultural Organisation (Unesco)"), on over a remit after its
acronym ("the All-Party Parliamentary Group (APPG) on Pharmacy") or over a list of its remit
("the Bureau of Democracy, Human Rights, and Labor"), up to a person named after the list
("Ministry of Trade, Industry and Energy Yoo Myung-hee said")."""

from __future__ import annotations

import re

from ..records import Mention
from ..vocabulary import MONTHS, WEEKDAYS
from .names import portfolio_list_end, spells_acronym, spells_with_connectors

#: Capitalised words and a comma right before a name ("UN Educational, ").
_PART_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w.]*\s+)*[A-Z][\w.]*),\s+$")

#: An acronym in brackets, in capitals or not ("(UNESCO)", "(Unesco)").
_ANY_CASE_ACRONYM = re.compile(r"\s?\(([A-Z][A-Za-z.]{1,9})\)")


def comma_name_start(text: str, start: int, end: int) -> int | None:
    """Where a body's name starts when its first part stands before a comma and the
    acronym in brackets after it spells the whole: ``The UN Educational, Scientific and
    Cultural Organisation (Unesco)`` is one body, not "Scientific and Cultural
    Organisation". None when no such part and acronym are there.

    >>> s = "The UN Educational, Scientific and Cultural Organisation (Unesco) said"
    >>> s[comma_name_start(s, 20, 56) : 56]
    'UN Educational, Scientific and Cultural Organisation'
    >>> comma_name_start("Iran, Human Rights Watch (HRW)", 6, 24) is None
    True
    """
    found = _ANY_CASE_ACRONYM.match(text, end)
    part = _PART_BEFORE_COMMA.search(text[max(0, start - 60) : start])
    if found is None or part is None:
        return None
    begin = start - len(part.group(0))
    for word in re.finditer(r"\S+", part.group(1)):
        if spells_acronym(found.group(1).upper(), text[begin + word.start() : end]):
            return begin + word.start()
    return None


#: Up to six words right before a name on its line, no punctuation between them but a
#: possessive's apostrophe ("the Medicines and Healthcare products ", "The Game Ranger’s ").
_WORDS_BEFORE = re.compile(r"(?<![\w’'&.-])(?:[\w’'&.-]+ ){1,6}$")


def spelled_name_start(text: str, start: int, end: int) -> int | None:
    """Where a body's name starts when the acronym in brackets after it spells more than the
    words read as its name: the finder's run stopped at a lower-case word or a possessive
    inside the name ("the Medicines and Healthcare products Regulatory Agency (MHRA)", "The
    Game Ranger’s Association of Africa (GRAA)"), but the acronym's letters reach back to
    its first capitalised word. None when the name read spells the acronym already or no
    earlier word makes it spell.

    medicines_recall_neupro_atkinson_nursingnotes, rhino_poaching_rangers_funda_defenceweb:

    >>> s = "asked by the Medicines and Healthcare products Regulatory Agency (MHRA) to check"
    >>> s[spelled_name_start(s, 47, 64) : 64]
    'Medicines and Healthcare products Regulatory Agency'
    >>> s = "The Game Ranger’s Association of Africa (GRAA) reports"
    >>> s[spelled_name_start(s, 18, 39) : 39]
    'Game Ranger’s Association of Africa'
    >>> spelled_name_start("the European Medicines Agency (EMA) said", 4, 29) is None
    True
    """
    found = _ANY_CASE_ACRONYM.match(text, end)
    if found is None:
        return None
    acronym = found.group(1).upper()
    name = text[start:end]
    if spells_acronym(acronym, name) or spells_with_connectors(acronym, name):
        return None
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return None
    for word in re.finditer(r"\S+", before.group(0)):
        at = before.start() + word.start()
        if word.group(0)[:1].isupper() and spells_acronym(acronym, text[at:end]):
            return at
    return None


#: A bracketed acronym, "on" and capitalised words: " (APPG) on Pharmacy".
_REMIT_AFTER_ACRONYM = re.compile(
    r"\s?\([A-Z][A-Za-z.]{1,9}\) on ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)"
)


def remit_after_acronym(text: str, end: int) -> int | None:
    """Where a body's name ends when it goes on after its acronym in brackets with "on"
    and its remit's capitalised words: ``the All-Party Parliamentary Group (APPG) on
    Pharmacy called`` is the group on pharmacy; "on" and a day or a month is a date
    ("The World Health Organization (WHO) on Wednesday"). None when no remit follows.

    >>> s = "the All-Party Parliamentary Group (APPG) on Pharmacy called"
    >>> s[4 : remit_after_acronym(s, 33)]
    'All-Party Parliamentary Group (APPG) on Pharmacy'
    >>> remit_after_acronym("The World Health Organization (WHO) on Wednesday", 29) is None
    True
    """
    found = _REMIT_AFTER_ACRONYM.match(text, end)
    if found is None or found.group(1).split()[0].lower() in MONTHS | WEEKDAYS:
        return None
    return found.end()


def named_inside(mention: Mention, start: int, end: int) -> bool:
    """``mention`` lies between ``start`` and ``end`` and names a state, a body or a person
    by more than one word: a list with it is no body's remit ("the Ministry of Health,
    Amnesty International and Oxfam").

    >>> from ..records import Actor
    >>> named_inside(Mention(5, 25, Actor("organisation", "Amnesty International"), "name"), 0, 30)
    True
    >>> named_inside(Mention(5, 10, Actor("person", "Labor"), "name"), 0, 30)
    False
    """
    if not (start <= mention.start and mention.end <= end):
        return False
    return mention.actor.kind != "person" or " " in mention.actor.name


def grow_over_remit(text: str, mentions: list[Mention], m: Mention) -> None:
    """Grows body mention ``m`` over the list of its remit that follows it
    (:func:`portfolio_list_end`) when the list names no other actor (:func:`named_inside`);
    the cut name is no form of the body's then, unless another mention writes it.

    >>> from ..records import Actor
    >>> s = "the Bureau of Democracy, Human Rights, and Labor said"
    >>> m = Mention(4, 23, Actor("organisation", "Bureau of Democracy"), "name")
    >>> m.actor.forms = ["Bureau of Democracy"]
    >>> grow_over_remit(s, [m], m)
    >>> s[m.start : m.end], m.actor.forms
    ('Bureau of Democracy, Human Rights, and Labor', [])
    """
    listed = portfolio_list_end(text, text[m.start : m.end], m.end)
    listed = listed and remit_before_person(text, mentions, m.end, listed)
    if listed is None or any(named_inside(x, m.end, listed) for x in mentions):
        return
    cut, m.end = text[m.start : m.end], listed
    again = any(
        x is not m and x.actor is m.actor and text[x.start : x.end] == cut for x in mentions
    )
    if cut in m.actor.forms and not again:
        m.actor.forms.remove(cut)


#: "and" and a capitalised word ending a remit list before a name ("and Energy ").
_AND_WORD_AT_END = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w’'-]*\s+$")


def remit_before_person(text: str, mentions: list[Mention], start: int, end: int) -> int:
    """Where a remit list read from ``start`` to ``end`` ends when its last item runs into
    a person's name: ``Ministry of Trade, Industry and Energy Yoo Myung-hee said`` ends at
    "Energy", the person named right after it (a capitalised word of the list left before).

    >>> from ..records import Actor
    >>> s = "the Ministry of Trade, Industry and Energy Yoo Myung-hee said"
    >>> yoo = Mention(43, 56, Actor("person", "Yoo Myung-hee"), "name")
    >>> s[:remit_before_person(s, [yoo], 21, 56)]
    'the Ministry of Trade, Industry and Energy'
    """
    for x in mentions:
        tail = text[start : x.start]
        if (
            x.actor.kind == "person"
            and x.end == end
            and start < x.start
            and _AND_WORD_AT_END.search(tail)
        ):
            return start + len(tail.rstrip())
    return end


def word_in_list(text: str, body: Mention, x: Mention) -> bool:
    """``x`` is a one-word name read inside the list of body mention ``body``'s name
    ("Labor" in "Bureau of Democracy, Human Rights, and Labor"): no actor of its own.

    >>> from ..records import Actor
    >>> s = "the Bureau of Democracy, Human Rights, and Labor said"
    >>> b = Mention(4, 48, Actor("organisation", "x"), "name")
    >>> word_in_list(s, b, Mention(43, 48, Actor("person", "Labor"), "name"))
    True
    """
    return (
        x.actor.kind == "person"
        and " " not in x.actor.name
        and body.start < x.start
        and x.end <= body.end
        and "," in text[body.start : x.start]
    )
