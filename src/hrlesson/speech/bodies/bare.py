"""A bare one-word body is a body named in full: "Amnesty" for "Amnesty International", "the
Commission" for the article's only committee named in full; a short form is the one body
whose full name only adds a legal form, "International" or a country ("Copper Mountain
Mining says" ... "Copper Mountain Mining Corporation has issued")."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor
from ..vocabulary import ACRONYMS, COUNTRIES, NAME_CONNECTORS, TITLE_HEADS
from .joined_names import joined_part_forms
from .names import COMPANY_FORMS

#: What a body's full name adds after its short form: data/words/short_form_tails.txt and
#: the legal forms of data/words/company_forms.txt.
SHORT_FORM_TAILS = word_set("short_form_tails") | COMPANY_FORMS

#: One of those words, a word of its own (after a space: :func:`full_form_tails`).
_TAIL_WORD = re.compile(
    r"(?:" + "|".join(sorted(SHORT_FORM_TAILS)) + r")\b\.?(?![\w'’-])", re.IGNORECASE
)


def _opening_capitals(words) -> str:
    """The capitals ``re.IGNORECASE`` reads as the first letter of one of ``words``: the
    letter's own capital, and "İ" for "i" and the Kelvin sign for "k"."""
    firsts = {w[0] for w in words}
    chars = {f.upper() for f in firsts} | {"\u0130", "\u212a"}
    fold = re.IGNORECASE
    folds = [c for c in chars if any(re.fullmatch(re.escape(f), c, fold) for f in firsts)]
    return "".join(sorted(c for c in folds if c.isupper()))


#: Where a capitalised tail word can start: a scan for these letters skips the rest.
_TAIL_CAPITALS = re.compile("[" + re.escape(_opening_capitals(SHORT_FORM_TAILS)) + "]")

#: Heads of collegial bodies a writer may swap: data/words/collegial_body_nouns.txt.
COLLEGIAL_BODY_NOUNS = word_set("collegial_body_nouns")


def short_form_of(words: list[str], orgs: list[Actor]) -> list[Actor]:
    """The one two-word body whose first word is the bare one-word body ``words``:
    ``Amnesty`` after ``Amnesty International``."""
    found = [a for a in orgs if len(a.name_tokens) == 2 and a.name_tokens[:1] == words]
    return found if len(found) == 1 else []


def company_short_form(word: str, orgs: list[Actor]) -> Actor | None:
    """The one company named in two words, the word ``word`` (lower case) and its legal form
    or an acronym no list knows, that a bare ``word`` writes short (spotless_downer_takeover_
    hounsell_aubook: "an offer from Downer EDI" ... "Downer also issued a statement in which
    it"; conti_schaeffler_reject_tyrepress: "Continental AG’s supervisory and executive
    boards" ... "the “specific progress” Continental mentioned"); "Water UK" is no "Water".

    >>> orgs = [Actor("organisation", "Downer EDI"), Actor("organisation", "Water UK")]
    >>> company_short_form("downer", orgs).name, company_short_form("water", orgs)
    ('Downer EDI', None)
    """
    found = [
        a
        for a in orgs
        if len(a.name.split()) == 2 and a.name_tokens[0] == word and company_tail(a.name.split()[1])
    ]
    return found[0] if len(found) == 1 else None


def company_tail(word: str) -> bool:
    """``word`` closes a company's name: a legal form ("AG", "Inc.") or an acronym in
    capitals that names no body, country or title of its own ("EDI"; not "UK").

    >>> [company_tail(w) for w in ("Inc.", "EDI", "UK", "Group")]
    [True, True, False, False]
    """
    bare = word.rstrip(".")
    if bare.lower() in COMPANY_FORMS:
        return True
    return (
        bare.isupper()
        and bare.isalpha()
        and 2 <= len(bare) <= 4
        and bare.lower() not in ACRONYMS
        and bare.lower() not in COUNTRIES
    )


def only_collegial_body(words: list[str], orgs: list[Actor]) -> list[Actor]:
    """``The United Nations Committee on the Elimination of Racial Discrimination has
    called on ...`` then ``the Commission asked``: a bare collegial body ("commission",
    "committee", "council") when no body of ``orgs`` has that head is the article's one
    body with another collegial head (its longest name: "UN Committee" is the same
    committee); none when bodies of two collegial kinds are named.

    >>> un = Actor("organisation", "UN Committee on Torture")
    >>> [a.name for a in only_collegial_body(["commission"], [un])]
    ['UN Committee on Torture']
    >>> only_collegial_body(["assembly"], [un])
    []
    """
    if len(words) != 1 or words[0] not in COLLEGIAL_BODY_NOUNS:
        return []
    if any(words[0] in a.name_tokens for a in orgs):
        return []
    heads = {a.name: collegial_heads(a.name_tokens) for a in orgs}
    found = [a for a in orgs if heads[a.name]]
    if len(set().union(*heads.values())) != 1:
        return []  # a committee and a council: which one is meant?
    return [max(found, key=lambda a: len(a.name_tokens))] if found else []


#: Prepositions that open a body's remit after its head noun ("Forum for Human Rights",
#: "Campaign against Arms Trade"): data/words/remit_prepositions.txt.
REMIT_PREPOSITIONS = word_set("remit_prepositions")


def head_before_remit(words: list[str], orgs: list[Actor]) -> list[Actor]:
    """The one body of ``orgs`` whose name has the bare body noun ``words`` right before a
    preposition opening its remit: ``the Uzbek-German Forum for Human Rights`` ... ``said the
    Forum``; none when two bodies have that head.

    >>> forum = Actor("organisation", "Uzbek-German Forum for Human Rights")
    >>> [a.name for a in head_before_remit(["forum"], [forum])]
    ['Uzbek-German Forum for Human Rights']
    >>> head_before_remit(["forum"], [forum, Actor("organisation", "Forum for Peace")])
    []
    """
    found = [
        a
        for a in orgs
        if len(words) == 1
        and any(
            w == words[0] and nxt in REMIT_PREPOSITIONS
            for w, nxt in zip(a.name_tokens, a.name_tokens[1:], strict=False)
        )
    ]
    return found if len(found) == 1 else []


def collegial_heads(name_tokens: list[str]) -> set[str]:
    """The collegial body nouns in a body's name.

    >>> collegial_heads(["un", "committee", "on", "torture"])
    {'committee'}
    """
    return {w for w in name_tokens if w in COLLEGIAL_BODY_NOUNS}


def _full_name_tail(tail: list[str]) -> bool:
    """``tail`` only adds legal forms or "International" to a name, and perhaps a country
    last ("Corporation", "International India"; not "Halts Work In India").

    >>> _full_name_tail(["international", "india"]), _full_name_tail(["halts", "work"])
    (True, False)
    """
    if tail and tail[-1] in COUNTRIES and len(tail) > 1:
        tail = tail[:-1]
    return bool(tail) and all(w.rstrip(".") in SHORT_FORM_TAILS for w in tail)


def legal_name_tail(short: Actor, tail: list[str]) -> bool:
    """``Coopers shareholders`` ... ``Coopers Brewery Ltd``: a one-word body's full name may
    add its trade before the legal form that closes it (up to two words and the form).

    >>> legal_name_tail(Actor("organisation", "Coopers"), ["brewery", "ltd"])
    True
    >>> legal_name_tail(Actor("organisation", "BlackBerry"), ["z10"])
    False
    >>> legal_name_tail(Actor("person", "Morris"), ["brewery", "ltd"])
    False
    """
    return (
        short.kind == "organisation"
        and len(short.name_tokens) == 1
        and 2 <= len(tail) <= 3
        and tail[-1].rstrip(".") in COMPANY_FORMS
    )


def short_forms(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(short, full) pairs: a body's name written without the legal form or scope its full
    name adds, read as a body or as a person's name ("Copper Mountain Mining says" ...
    "Copper Mountain Mining Corporation has issued a statement"; "Amnesty said" ...
    "Amnesty International India"; "Live Nation Entertainment" ... "Live Nation
    Entertainment Inc"; "Philip Morris regrets" ... "Philip Morris International"; a one-word
    body's trade and legal form: "Coopers" ... "Coopers Brewery Ltd"), when one body alone is
    that full name; one word read as a person's name is a surname.

    >>> full = Actor("organisation", "Copper Mountain Mining Corporation")
    >>> short = Actor("person", "Copper Mountain Mining")
    >>> [(a.name, b.name) for a, b in short_forms([short, full])]
    [('Copper Mountain Mining', 'Copper Mountain Mining Corporation')]
    >>> short_forms([Actor("person", "Morris"), Actor("organisation", "Morris Group")])
    []
    """
    orgs = [a for a in actors if a.kind == "organisation"]
    pairs = []
    for short in actors:
        words = short.name_tokens
        if short.kind not in ("person", "organisation") or not words:
            continue
        if short.kind == "person" and len(words) < 2:
            continue  # "Morris said": a surname, whatever the "Morris Group" is
        full = [
            a
            for a in orgs
            if a is not short
            and a.name_tokens[: len(words)] == words
            and (
                _full_name_tail(a.name_tokens[len(words) :])
                or legal_name_tail(short, a.name_tokens[len(words) :])
            )
        ]
        if len(full) == 1:
            pairs.append((short, full[0]))
    return pairs


def body_forms(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """Every (short, full) pair of a body named again in a shorter form: without its legal
    form (:func:`short_forms`), its place (:func:`unplaced_forms`) or the part an "and"
    joins inside it (``joined_names.joined_part_forms``: "Dundrod Club" of the "Dundrod
    and District Club")."""
    return short_forms(actors) + unplaced_forms(actors) + joined_part_forms(actors)


def unplaced_forms(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(short, full) pairs: a body named in full with the place or the state it serves, then
    again without it ("The Butte County Sheriff’s Department on Sunday issued" ... "the
    Sheriff’s Department said"; "the U.S. State Department" ... "the State Department
    said"), when one body alone ends with the short name of two words or more; the words
    dropped are one to three capitalised words, no title and no connector ("Charter of the
    United Nations" is no United Nations).

    oroville_auxiliary_spillway_sheriff_ktla,
    trafficking_report_blinken_state_department_frominsideasia:

    >>> full = Actor("organisation", "Butte County Sheriff’s Department", first=(4, 37))
    >>> short = Actor("organisation", "Sheriff’s Department", first=(345, 365))
    >>> full.mentions, short.mentions = [(4, 37)], [(345, 365)]
    >>> [(a.name, b.name) for a, b in unplaced_forms([full, short])]
    [('Sheriff’s Department', 'Butte County Sheriff’s Department')]
    >>> charter = Actor("organisation", "Charter of the United Nations", first=(0, 29))
    >>> un = Actor("organisation", "United Nations", first=(40, 54))
    >>> charter.mentions, un.mentions = [(0, 29)], [(40, 54)]
    >>> unplaced_forms([charter, un])
    []
    """
    orgs = [a for a in actors if a.kind == "organisation" and a.mentions]
    pairs = []
    for short in orgs:
        words = short.name_tokens
        if len(words) < 2:
            continue
        full = [
            a
            for a in orgs
            if a is not short
            and a.first < short.first
            and a.name_tokens[-len(words) :] == words
            and dropped_place(a.name.split()[: len(a.name_tokens) - len(words)])
        ]
        if len(full) == 1:
            pairs.append((short, full[0]))
    return pairs


def dropped_place(words: list[str]) -> bool:
    """``words``, opening a body's full name, can be dropped when the body is named again:
    one to three capitalised words, none a title or a connector ("Butte County", "U.S.").

    >>> dropped_place(["Butte", "County"]), dropped_place(["Charter", "of", "the"])
    (True, False)
    """
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and w.lower() not in TITLE_HEADS and w.lower() not in NAME_CONNECTORS
        for w in words
    )


def full_form_tails(text: str) -> tuple[int, ...]:
    """Where ``text`` writes a legal form or "International", capitalised, after a word: the
    end of that word, where a short form that the tail completes would end (read once per
    article for :func:`written_with_full_form`).

    >>> full_form_tails("Copper Mountain Mining Corporation has issued. An international envoy")
    (22,)
    """
    tails = []
    for c in _TAIL_CAPITALS.finditer(text):  # a capital, then the whole tail word there
        at = c.start()
        if at == 0 or not text[at - 1].isspace() or _TAIL_WORD.match(text, at) is None:
            continue
        start = at - 1
        while start > 0 and text[start - 1].isspace():
            start -= 1  # the spaces before the word: where the word before it ends
        tails.append(start)
    return tuple(tails)


def written_with_full_form(text: str, name: str, tails: tuple[int, ...] | None = None) -> bool:
    """The text also writes the capitalised run ``name`` as the short form of a body's full
    name, a legal form or "International" after it: ``Copper Mountain Mining says`` is the
    company when the text goes on "Copper Mountain Mining Corporation has issued", not a
    person. A run of two words or more only. ``tails``: :func:`full_form_tails` of ``text``
    when the caller has read them already.

    >>> text = "Copper Mountain Mining says no. Copper Mountain Mining Corporation has issued"
    >>> written_with_full_form(text, "Copper Mountain Mining")
    True
    >>> written_with_full_form("Mark Lowcock said. Mark Lowcock international envoy", "Mark Lowcock")
    False
    """
    if " " not in name:
        return False  # "Amnesty": one word alone is left to the bodies named in full
    for end in full_form_tails(text) if tails is None else tails:
        start = end - len(name)
        inside_word = start > 0 and _NAME_CHAR.match(text[start - 1])
        if start >= 0 and text.startswith(name, start) and not inside_word:
            return True
    return False


#: A character that would make a name start inside a word ("xCopper").
_NAME_CHAR = re.compile(r"[\w'’-]")
