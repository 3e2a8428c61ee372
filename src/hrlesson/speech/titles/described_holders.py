"""A description names the person whose own title or body its words give: "EU official
says" is the European Union commissioner the lead names, "the floor leader" the DP's floor
leader, not its party leader, "Commission President declares" the European Commission
President; a compound title ("Prime Minister") is not the bare title ("the minister"), and
"the energy minister" is no business minister."""

from __future__ import annotations

import re

from ...wordlists import word_set, word_table
from ..records import Actor, SpeakerRef
from ..vocabulary import (
    ANONYMOUS_ROLES,
    COUNTRIES,
    DEMONYMS,
    DETERMINERS,
    PARTY_MEMBER_NOUNS,
    TITLE_HEADS,
    is_umbrella_body,
)

#: Titles whose first word makes another post: "the minister" is never the Prime Minister
#: (data/words/compound_titles.csv).
COMPOUND_TITLES = frozenset(
    f"{row['first']} {row['head']}" for row in word_table("compound_titles")
)

#: The evidence for a speaker placed by :func:`title_run_holders`.
TITLE_RUN_HOLDER = "the one person whose title ends with these words"

#: Words of a rank or time before a title: data/words/rank_words.txt.
_RANK_WORDS = word_set("rank_words")

#: Words before a title that name no portfolio: ranks, articles, places.
_NOT_PORTFOLIO = _RANK_WORDS | DETERMINERS | frozenset(DEMONYMS) | frozenset(COUNTRIES)

_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def place_modifier(words: list, k: int, run: list, mention_starting) -> bool:
    """``words[k]`` is a capitalised word no actor starts with, right after the article (and
    a rank: "the former Paris police chief") and right before a title or a modifier of one: "the Brussels representative", "The
    Devon food retailer" describe a person by a place or body the text does not name
    as an actor. ``mention_starting`` maps an offset to the mention that starts there.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The Brussels representative also warned", [0])
    >>> place_modifier(toks, 1, [], lambda pos: None)
    True
    >>> place_modifier(tokenize("the Brussels talks", [0]), 1, [], lambda pos: None)
    False
    >>> toks = tokenize("the former Paris police chief", [0])
    >>> place_modifier(toks, 2, toks[1:2], lambda pos: None)
    True

    A place before a party's member, one word or two: "the New Jersey Democrat told".

    >>> toks = tokenize("the New Jersey Democrat told", [0])
    >>> place_modifier(toks, 1, [], lambda pos: None), place_modifier(toks, 2, toks[1:2], lambda pos: None)
    (True, True)
    """
    t = words[k]
    party = [w.lower in PARTY_MEMBER_NOUNS for w in words[k + 1 : k + 2]]
    if any(w.lower not in _RANK_WORDS and not (any(party) and w.cap) for w in run):
        return False  # only a rank may come first: "the former Paris police chief"
    j = k - len(run)
    if j == 0 or k + 1 >= len(words) or words[j - 1].lower not in ("the", "a", "an", "one"):
        return False
    if not (t.cap and t.text.isalpha() and not t.poss) or mention_starting(t.start) is not None:
        return False
    nxt = words[k + 1]
    after = words[k + 2] if k + 2 < len(words) else None
    heads = TITLE_HEADS | ANONYMOUS_ROLES
    party += [w.lower in PARTY_MEMBER_NOUNS for w in words[k + 2 : k + 3]]
    return (nxt.cap and any(party)) or (
        nxt.text.islower() and (nxt.lower in heads or (after is not None and after.lower in heads))
    )


def modifier_words(text: str, head: str) -> list[str]:
    """The words of a description ``text`` that qualify its title ``head`` and may name a
    person's own post or body: not the article, possessive pronouns or the head itself,
    nor a country, a nationality or the UN as a whole (any of its officials is a "UN
    official"; any Brazilian a "Brazilian" one).

    >>> modifier_words("the EU official", "official"), modifier_words("Fishing chief", "chief")
    (['EU'], ['Fishing'])
    >>> modifier_words("Top UN envoy", "envoy"), modifier_words("a Brazilian leader", "leader")
    (['Top'], [])

    The words of a compound head are the head too: "A UN human rights chief" (head
    "rights-chief") is no "chief correspondent" by its "chief".

    >>> modifier_words("A UN human rights chief", "rights-chief")
    ['human']
    """
    skip = DETERMINERS | {head, *head.split("-"), "his", "her", "its", "their"}
    return [
        w
        for w in _WORD_RE.findall(text)
        if w.lower() not in skip
        and w.lower() not in DEMONYMS
        and w.lower() not in COUNTRIES
        and not is_umbrella_body(w)
    ]


def fits_modifiers(actor: Actor, modifiers: list[str]) -> bool:
    """A modifier of the description names the person's role or affiliation: the same word
    stem ("Fishing" and "Fishermen's") or the initials of its capitalised words ("EU" and
    "European Union commissioner").

    >>> deas = Actor("person", "Barrie Deas", role="CEO",
    ...              affiliation="National Federation of Fishermen's Organisations")
    >>> fits_modifiers(deas, ["Fishing"]), fits_modifiers(deas, ["EU"])
    (True, False)
    >>> fits_modifiers(Actor("person", "P G", role="European Union commissioner"), ["EU"])
    True
    """
    words = _WORD_RE.findall(f"{actor.role or ''} {actor.affiliation or ''}")
    if not words:
        return False
    stems = {w[:4].lower() for w in words if len(w) >= 4}
    capitals = [w for w in words if w[0].isupper()]
    for mod in modifiers:
        if len(mod) >= 4 and mod[:4].lower() in stems:
            return True
        if mod.isupper() and 2 <= len(mod) <= 5 and _spelled_by(mod, capitals):
            return True
    return False


def _spelled_by(acronym: str, capitals: list[str]) -> bool:
    """``acronym`` is a word of ``capitals`` or the initials of consecutive ones.

    >>> _spelled_by("EU", ["European", "Union"]), _spelled_by("UN", ["European", "Union"])
    (True, False)
    """
    if acronym in capitals:
        return True
    initials = "".join(w[0] for w in capitals)
    return acronym in initials and len(acronym) >= 2


#: The evidence for a person found by :func:`fitting_holder`.
FITTING_HOLDER = "the first person named later whose role, body or title words fit the description"

#: Words right before a name that may be its title: capitalised or lower-case words, no
#: punctuation ("Fife Labour administration leader David Ross").
_TITLE_BEFORE = re.compile(r"(?:[\w'’-]+ ){1,5}$")


def introduced_with(text: str, start: int, modifiers: list[str]) -> bool:
    """A capitalised modifier of the description (four letters or more, its possessive
    off) stands among the words right before the name at ``start``, its title:
    "Fife Council's leader" and "Fife Labour administration leader David Ross".

    >>> s = "Today, Fife Labour administration leader David Ross hit back"
    >>> introduced_with(s, s.index("David"), ["Fife", "Council's"])
    True
    >>> introduced_with(s, s.index("David"), ["Angus"])
    False
    """
    m = _TITLE_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    before = {w.lower() for w in m.group(0).split()}
    mods = {re.sub(r"['’]s$", "", w).lower() for w in modifiers if w[:1].isupper()}
    return any(len(w) >= 4 and w in before for w in mods)


def fitting_holder(later: list, named: list, modifiers: list[str], text: str = "") -> Actor | None:
    """The person of the first mention of ``named`` (persons named after a description, in
    text order) who fits the description's ``modifiers`` (:func:`fits_modifiers`, or in
    ``text`` the title right before the name: :func:`introduced_with`), when the first of
    ``later`` (those of them that speak or head a sentence) does not: "EU official says" ...
    "Treasury Secretary Janet Yellen garnered praise" ... "Paolo Gentiloni, the European
    Union commissioner, said" is Gentiloni; "Fife Council's leader said ... Humza Yousaf
    ... Mr Yousaf announced ... Fife Labour administration leader David Ross hit back" is
    Ross. None when nobody fits, or the first speaker does."""

    def fits(m) -> bool:
        return fits_modifiers(m.actor, modifiers) or introduced_with(text, m.start, modifiers)

    if not modifiers or (later and fits(later[0])):
        return None
    return next((m.actor for m in named if fits(m)), None)


def holders_fitting(holders: list[Actor], modifiers: list[str]) -> list[Actor]:
    """The holders of a title whose role or body the description's ``modifiers`` give,
    when some do and others not: "the floor leader" among "party leader Lee" and "Park,
    the DP's floor leader" is Park; all of them when none or all fit.

    >>> lee, park = Actor("person", "Lee", role="leader"), Actor("person", "Park", role="floor leader")
    >>> [a.name for a in holders_fitting([lee, park], ["floor"])]
    ['Park']
    """
    if len(holders) < 2 or not modifiers:
        return holders
    fit = [a for a in holders if fits_modifiers(a, modifiers)]
    return fit or holders


def holders_of_post(holders: list[Actor], text: str, head: str) -> list[Actor]:
    """The holders of the title ``head`` the description ``text`` may name: those its
    words fit (:func:`holders_fitting`), of no other portfolio (:func:`other_portfolio`)."""
    fit = holders_fitting(holders, modifier_words(text, head))
    return [a for a in fit if not other_portfolio(a.role or "", text, head)]


def other_portfolio(role: str, text: str, head: str) -> bool:
    """The word right before the title ``head`` names another portfolio in ``role`` than
    in the description ``text``: "Business minister Paul Scully" is not "the energy
    minister" (both words lower-case nouns of the field, no rank or nationality).

    >>> other_portfolio("Business minister", "the energy minister", "minister")
    True
    >>> other_portfolio("Foreign Minister", "the minister", "minister")
    False
    >>> other_portfolio("Energy Minister", "the energy minister", "minister")
    False
    """
    mine, theirs = _word_before(text, head), _word_before(role, head)
    if mine is None or theirs is None or not mine.islower():
        return False
    if mine[:4] == theirs.lower()[:4]:
        return False
    return all(w.lower() not in _NOT_PORTFOLIO for w in (mine, theirs))


def _word_before(text: str, head: str) -> str | None:
    """The word right before the last ``head`` in ``text``, else None."""
    words = _WORD_RE.findall(text)
    low = [w.lower() for w in words]
    if head not in low:
        return None
    k = len(low) - 1 - low[::-1].index(head)
    return words[k - 1] if k > 0 else None


def bare_title_of(role: str, head: str, words=()) -> bool:
    """A holder of ``role`` may be called by the title ``head`` in a description of the
    lower-case ``words`` (in any order): not when one of them names a compound title whose
    first word makes it another post (data/words/compound_titles.csv) and the other does
    not: a Prime Minister is no "minister", a business minister no "prime minister".

    >>> bare_title_of("Prime Minister", "minister"), bare_title_of("Foreign Minister", "minister")
    (False, True)
    >>> bare_title_of("Prime Minister", "minister", ["the", "prime", "minister"])
    True
    >>> bare_title_of("Business minister", "minister", ["the", "prime", "minister"])
    False
    """
    low = f" {' '.join(role.lower().replace('-', ' ').split())} "
    said = set(words)
    return not any(
        c.endswith(f" {head}") and ((f" {c} " in low) != (set(c.split()) <= said))
        for c in COMPOUND_TITLES
    )


def same_post(role: str | None, head: str, words: list[str]) -> bool:
    """``role`` may be the post a description of the lower-case ``words`` (title ``head``)
    names: the same compound title (:func:`bare_title_of`) and no other portfolio
    (:func:`other_portfolio`). True without a role.

    >>> same_post("Business minister", "minister", ["the", "energy", "minister"])
    False
    >>> same_post(None, "minister", ["the", "prime", "minister"])
    True
    """
    if not role:
        return True
    return bare_title_of(role, head, words) and not other_portfolio(role, " ".join(words), head)


def title_run_holders(index, refs: list[SpeakerRef]) -> None:
    """A capitalised title read as a body's name ("Commission President declares ...") is
    the one person whose title ends with those words ("European Commission President
    Ursula von der Leyen"). Each ref is updated in place."""
    persons = [a for a in index.actors if a.kind == "person" and a.role]
    found: dict[int, Actor | None] = {}
    for ref in refs:
        actor = ref.actor
        if actor is None or actor.kind != "organisation" or actor.role:
            continue
        if id(actor) not in found:
            found[id(actor)] = _holder_of_title_name(actor.name, persons)
        if found[id(actor)] is not None:
            ref.actor, ref.how = found[id(actor)], ref.how or TITLE_RUN_HOLDER


def _holder_of_title_name(name: str, persons: list[Actor]) -> Actor | None:
    """The one person whose role ends with ``name``, a body's name of two words or more
    that ends in a title head; else None.

    >>> vdl = Actor("person", "Ursula von der Leyen", role="European Commission President")
    >>> _holder_of_title_name("Commission President", [vdl]).name
    'Ursula von der Leyen'
    >>> _holder_of_title_name("European Commission", [vdl]) is None
    True
    """
    words = name.lower().split()
    if len(words) < 2 or words[-1] not in TITLE_HEADS:
        return None
    tail = " ".join(words)
    holders = [a for a in persons if f" {a.role.lower()}".endswith(f" {tail}")]
    return holders[0] if len(holders) == 1 else None
