"""A role description names the one person the text gives that role ("the founder and
CEO" ... "Nvidia CEO Jensen Huang"; "The Argentine Pontiff" ... "Pope Francis").

The roles a person holds are read from the words around each of their own mentions: a
title run before the name ("L.A. mayor and MTA board member Eric Garcetti"), a title set
off by a comma before it ("The chief medical officer, Prof Dame Sally Davies, said"; "said
the KNP's head of department: public relations, William Mabasa"), an apposition after it
("Dr. Rhoda Au, professor of anatomy ... said"), or a relative clause that gives the post
("Roza Otunbayeva, who heads the UN mission"). Titles that name the same post ("pontiff",
"pope"; "boss", "chief executive") are data: data/words/title_synonyms.csv. A role held
before ("Pope Emeritus Benedict XVI", "former CEO") is no role the person holds now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from ...wordlists import word_set
from ..actor_index import ActorIndex, sentence_at
from ..clause_words import ADJUNCT_OPENERS
from ..cues import CUE_FORMS
from ..records import Actor, SpeakerRef
from ..spokespeople.named_next import may_hold_indefinite
from ..tokens import Token
from ..vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    COURTESY_TITLES,
    DETERMINERS,
    EPITHET_NOUNS,
    GENERIC_TITLES,
    HONORIFICS,
    NAME_LINKS,
    PRONOUNS,
    RANK_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_SYNONYMS,
    same_rank,
)
from .first_named import first_named_last
from .introducing_words import introducing_words
from .national_officials import sentence_bounds
from .owners import as_bodies, body_names, country_named, owners_fit, same_owner
from .words import title_word

#: Titles of one who speaks for a body, one post whatever the rank ("press-secretary",
#: "spokesman"): data/words/spokesperson_titles.txt.
SPOKESPERSON_TITLES = word_set("spokesperson_titles")

#: Nouns of a role: title heads and the titles of data/words/title_synonyms.csv
#: ("pontiff", "holy-father" for "Holy Father").
#: Nouns that rename a person ("the little girl", "the father of three") are no role:
#: data/words/epithet_nouns.txt.
#: Ranks written in full ("general", "sergeant") are role nouns too:
#: data/words/rank_abbreviations.csv; so are kinship nouns that name one relative the way
#: a title names a post ("Her mother Rosamund Kissi-Debrah" ... "her mother said"):
#: data/words/kin_roles.txt.
ROLE_NOUNS = (
    (TITLE_HEADS - EPITHET_NOUNS)
    | frozenset(TITLE_SYNONYMS)
    | frozenset(RANK_ABBREVIATIONS.values())
    | SPOKESPERSON_TITLES
    | word_set("kin_roles")
)

#: Words of a description's rank or time that a holder's own title may leave out ("a
#: senior UN official", "the new mayor"): data/words/rank_words.txt, but for the ranks
#: of a different post ("deputy", "assistant").
_LOOSE_RANKS = word_set("rank_words") - frozenset(["deputy", "vice", "assistant", "acting"])

#: Words that mark a role held before: "Pope Emeritus Benedict XVI", "former CEO".
FORMER_WORDS = frozenset(["former", "emeritus", "late", "then", "retired", "ex"])

#: Verbs of a relative clause that give a post: "X, who heads the UN mission" (a head).
ROLE_VERBS = {"heads": "head", "leads": "leader", "chairs": "chair", "runs": "head"}

#: Words that may join the words of a title ("head of department", "mayor and member",
#: "head of department: public relations").
_JOINERS = (NAME_LINKS - frozenset(["on"])) | frozenset(["at", ":", "-", "\u2013"])

#: Styles before a name that are no role ("Dame", "Sir", "Dr.").
_STYLES = HONORIFICS | COURTESY_TITLES | word_set("noble_styles")

#: The words of two-word role nouns ("holy", "father"): a title's words, no owner's.
_ROLE_PARTS = frozenset(part for key in ROLE_NOUNS for part in key.split("-"))

#: Words a title run never crosses: verbs and function words, and the prepositions and
#: relative words of data/words/title_run_stops.txt ("of" is crossed: "head of department").
_STOPS = (
    AUXILIARIES
    | CONJUNCTIONS
    | DETERMINERS
    | ADJUNCT_OPENERS
    | frozenset(PRONOUNS)
    | word_set("title_run_stops")
)


@dataclass(frozen=True)
class HeldRole:
    """The role words of one mention of a person, the owners named with them (capitalised
    words: "L.A.", "MTA"), and the words as written (for the evidence)."""

    words: frozenset[str]
    owners: tuple[str, ...]
    text: str
    former: bool = False


def role_key(words: list[str]) -> str | None:
    """The role a phrase's lower-case words end in, a two-word title first.

    >>> role_key(["the", "holy", "father"]), role_key(["l.a.", "mayor"]), role_key(["it"])
    ('holy-father', 'mayor', None)
    """
    if len(words) >= 2 and f"{words[-2]}-{words[-1]}" in ROLE_NOUNS:
        return f"{words[-2]}-{words[-1]}"
    return words[-1] if words and words[-1] in ROLE_NOUNS else None


def same_role(a: str, b: str) -> bool:
    """Do two role nouns name the same post (data/words/title_synonyms.csv)?

    >>> same_role("pontiff", "pope"), same_role("boss", "ceo"), same_role("mayor", "pope")
    (True, True, False)
    >>> same_role("spokesman", "press-secretary")
    True
    """
    if a in SPOKESPERSON_TITLES and b in SPOKESPERSON_TITLES:
        return True
    syn_a, syn_b = TITLE_SYNONYMS.get(a, frozenset()), TITLE_SYNONYMS.get(b, frozenset())
    return a == b or b in syn_a or a in syn_b or bool(syn_a & syn_b)


def _verb_like(t: Token) -> bool:
    """A lower-case word no title run crosses: a reporting verb, an auxiliary, a function
    word, a past or present participle ("insisted", "trying"); "of" is crossed.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [_verb_like(t) for t in tokenize("head of department who insisted", [0])]
    [False, False, False, True, True]
    """
    low = t.lower
    if low in ROLE_NOUNS or low in TITLE_MODIFIERS:
        return False
    return low in _STOPS or low in CUE_FORMS or low.endswith(("ed", "ing"))


def _runs_before(index: ActorIndex, k: int) -> list[list[Token]]:
    """The title words right before the token ``k`` a name starts at, and the title set
    off by a comma before them when what stands before that comma opens the sentence,
    follows a reporting verb or is a bare title after a preposition: "The chief medical
    officer, Prof Dame Sally Davies"; "said the KNP's head of department: public relations,
    William Mabasa"; "L.A. mayor and MTA board member Eric Garcetti"; "Petty Officer 1st
    Class Steve Lehmann"; "after chair of Water UK, former Labour MP Ruth Kelly". The two
    are read apart: "Its chairman, former BBC chief Lord Grade" chairs it now."""
    toks, j, run, head = index.tokens, k - 1, [], []
    sent = toks[k].sent
    while j >= 0 and toks[j].sent == sent and len(run) < 14:
        t = toks[j]
        if t.text == ",":
            head = _comma_segment(index, j) or []
            break
        if not (
            t.cap
            or (t.text.isdigit() and toks[j + 1].lower in ("st", "nd", "rd", "th"))
            or t.lower in _JOINERS
            or title_word(t.lower)
            or t.lower in _STYLES
            or (t.text == "." and j and toks[j - 1].lower in _STYLES)
            or (t.text.isalpha() and t.text.islower() and not _verb_like(t))
        ) or (t.cap and t.lower in _STOPS and t.lower not in ("the", "and")):
            break
        run.insert(0, t)
        j -= 1
    return [] if _names_complement(head + run) else [r for r in (head, run) if r]


def _names_complement(run: list[Token]) -> bool:
    """A run before a name that ends in "of"/"for"/"to" (a style aside) makes the name a
    title's complement, not its holder: "a spokesperson for Mr Johnson"."""
    words = [t.lower for t in run if t.lower not in _STYLES and t.text != "."]
    return bool(words) and words[-1] in ("of", "for", "to", "at", "with")


def _comma_segment(index: ActorIndex, j: int) -> list[Token] | None:
    """The words before the comma at ``j`` back to the sentence's start or a reporting
    verb (then a title set off before a name), or to a word before a title (after "the"
    too): "The Ministry of foreign Affairs summoned the Ambassador of Germany in Ukraine,
    Ernst Reichel" (page german_ambassador_summoned_ukraine_vashchenko_ukrhotnews; the
    place a post is held "in" stays in it), else None."""
    toks, i, seg = index.tokens, j - 1, []
    while i >= 0 and toks[i].sent == toks[j].sent and len(seg) < 10:
        t = toks[i]
        if t.lower in CUE_FORMS or t.text in "\"“”'‘’":
            return seg
        if t.text in ",;(" or (t.text.islower() and _verb_like(t) and t.lower not in _JOINERS):
            if t.lower == "in" and seg and i and toks[i - 1].cap:
                seg.insert(0, t)  # "the Ambassador of Germany in Ukraine, Ernst Reichel"
                i -= 1
                continue
            lead = seg[1:] if seg and seg[0].lower == "the" else seg
            return seg if lead and t.text.isalpha() and role_word(lead[0]) in ROLE_NOUNS else None
        seg.insert(0, t)
        i -= 1
    return seg if i < 0 or toks[i].sent != toks[j].sent else None


def _run_after(index: ActorIndex, k: int) -> list[Token]:
    """The apposition after a name that ends before token ``k``: ", professor of anatomy
    and neurobiology at Boston University said", ", who heads the UN mission"."""
    toks = index.tokens
    if k >= len(toks) or toks[k].text != ",":
        return []
    run: list[Token] = []
    for t in toks[k + 1 : k + 13]:
        if t.sent != toks[k].sent or t.text in ',;.()"“”' or t.lower in CUE_FORMS:
            break
        run.append(t)
    if run and run[0].lower == "who" and len(run) > 1 and run[1].lower in ROLE_VERBS:
        return run
    opens = run and (run[0].lower in ("the", "a", "an") or title_word(run[0].lower))
    return run if opens else []


def role_word(t: Token) -> str:
    """A token's word as a role noun: an abbreviated rank or title written out ("Gen."
    general, "Lt" lieutenant, "Prof." professor; data/words/rank_abbreviations.csv).

    >>> from ..tokens import tokenize
    >>> [role_word(t) for t in tokenize("Maj. Gen. Dollar", [0])]
    ['major', '.', 'general', '.', 'dollar']
    """
    return RANK_ABBREVIATIONS.get(t.lower, t.lower)


def held_role(index: ActorIndex, run: list[Token], name: list[Token]) -> HeldRole | None:
    """The role a run of words around a name gives: its role nouns and owners; None
    without a role noun. A role held before ("Pope Emeritus Benedict XVI", "Former Court
    of Appeal judge Baroness Heather Hallett") is marked ``former``."""
    lows = [t.lower for t in run + name]
    former = any(w in FORMER_WORDS or w.startswith("ex-") for w in lows)
    words = {ROLE_VERBS[t.lower] for t in run if t.lower in ROLE_VERBS}
    words |= {role_word(t) for t in run if role_word(t) in ROLE_NOUNS}
    pairs = {f"{role_word(a)}-{role_word(b)}" for a, b in pairwise(run)}
    words |= pairs & ROLE_NOUNS
    if not words:
        return None
    owners = tuple(owner_words(run))
    text = index.text[run[0].start : run[-1].end]
    return HeldRole(frozenset(words), owners, text, former)


def owner_words(words: list[Token]) -> list[str]:
    """The capitalised words of a description that are no title, style or function word:
    its owners ("KNP's head of department": KNP; "L.A. mayor": L.A.)."""
    return [
        t.base
        for t in words
        if t.cap
        and t.text[0].isalpha()
        and (t.lower not in TITLE_MODIFIERS or t.base.isupper())
        and t.lower not in _STYLES
        and t.lower not in _STOPS
        and t.lower not in ROLE_NOUNS
    ]


def roles_of(index: ActorIndex, actor: Actor) -> list[HeldRole]:
    """The roles ``actor``'s own mentions outside quotations carry (see the module)."""
    roles = []
    for m in index.mentions_in(0, len(index.text)):
        if m.actor is not actor or m.in_quote:
            continue
        k = index.token_index(m.start)
        end = k
        while end < len(index.tokens) and index.tokens[end].start < m.end:
            end += 1
        name = index.tokens[k:end]
        for run in (*_runs_before(index, k), _run_after(index, end)):
            if run and (role := held_role(index, run, name)) is not None:
                roles.append(role)
    return roles


@dataclass(frozen=True)
class Description:
    """A speaker known only by a role: its role nouns ("founder", "ceo"), owners ("KNP",
    "L.A."), the other lower-case words a holder's own title must have too ("medical" of
    "chief medical officer", "department" of "head of department"), its lower-case words,
    and whether the text introduced it with "a"/"one" (then it is named after, if at all).
    ``modifiers`` are the owners written before the title without a possessive ("the
    Budget Councilor", "BCC boss"): a holder's own title must name them too.
    """

    heads: frozenset[str]
    owners: tuple[str, ...]
    modifiers: tuple[str, ...]
    content: frozenset[str]
    lows: tuple[str, ...]
    indefinite: bool
    former: bool = False


def description_of(text: str, actor: Actor, refs: list[SpeakerRef]) -> Description | None:
    """The :class:`Description` of a speaker known only by a role: an unnamed person's
    description ("KNP's head of department"), a title read as a name ("Pontiff", "Holy
    Father"), with a title coordinated after it in the text ("the founder and CEO").
    None for one that names no role; a description of a former holder ("the retired
    judge") is marked ``former``, and only a former holder fits it."""
    words = re.findall(r"[\w.'’-]+", actor.name)
    lows = [re.sub(r"['’]s$", "", w.lower()) for w in words]
    former = any(w in FORMER_WORDS for w in lows)
    lows = [w for w in lows if w not in FORMER_WORDS]
    if not actor.key.startswith("unnamed:") and not all(
        title_word(w) or w in _ROLE_PARTS for w in lows
    ):
        return None  # a person's name, not a title read as one
    core = lows[: next((i for i, w in enumerate(lows) if w in ("of", "for")), len(lows))]
    heads = {w for w in core if w in ROLE_NOUNS}
    heads |= {key} if (key := role_key(core)) is not None else set()
    spans = [r for r in refs if r.actor is actor]
    for ref in spans:
        if m := _COORDINATED.match(text, ref.end):
            after = m.group(1).lower().split()
            heads |= {key for n in (1, 2, 3) if (key := role_key(after[:n])) is not None}
    if not heads:
        return None
    owners = [re.sub(r"['’]s$", "", w) for w in words if w[0].isupper() and w[0].isalpha()]
    owners = [
        w
        for w in owners
        if w.lower() not in _ROLE_PARTS | _STOPS
        and (w.lower() not in TITLE_MODIFIERS or w.isupper())
    ]
    content = {w for w in lows if w.isalpha() and w not in _ROLE_PARTS | _STOPS | _LOOSE_RANKS}
    content -= _JOINERS | {w.lower() for w in owners}
    first = min(spans, key=lambda r: r.start) if spans else None
    opening = text[first.start : first.end].split()[:1] if first else []
    indefinite = bool(opening) and opening[0].lower() in ("a", "an", "one", "another")
    plain = [w for w in owners if w in words]  # "England's" is no plain modifier
    return Description(
        frozenset(heads),
        tuple(owners),
        tuple(plain),
        frozenset(content),
        tuple(lows),
        indefinite,
        former,
    )


#: A title coordinated after a description: "the founder and CEO insisted".
_COORDINATED = re.compile(r" and ((?:[\w.'’-]+ ){0,2}[\w.'’-]+)")


def fits(
    desc: Description, role: HeldRole, actor: Actor, places=frozenset(), intro=frozenset()
) -> bool:
    """A person's role fits a description: a same post (:func:`same_role`) of a body that
    fits, of the same rank ("Assistant Secretary of State" is no "Secretary of State"),
    with the description's other words ("the energy minister" is no "Business minister")
    and the bodies it names ("the Budget Councilor" is no "tourism councilor", "KNP's
    head" a head the text ties to the KNP); a generic title ("a senior UN official") only
    a post of the very body it names. A lower-case word the title lacks may stand in the
    sentence introducing the holder (``intro``: "at the airport, general manager X")."""
    if desc.former != role.former:
        return False  # "the former judge" is no sitting judge, "the judge" no retired one
    held = list(role.owners) + ([actor.affiliation] if actor.affiliation else [])
    own = role.text.lower()
    ranked = not desc.heads <= SPOKESPERSON_TITLES  # a deputy press secretary speaks too
    if (ranked and not same_rank(own, list(desc.lows))) or any(
        w not in own and w not in intro for w in desc.content
    ):
        return False
    written = held + re.findall(r"[\w.'’-]+", role.text)
    bodies = [w for w in desc.modifiers if not country_named(w) and w.lower() not in places]
    if not all(any(same_owner(b, w) for w in written) for b in bodies):
        return False
    if desc.heads <= GENERIC_TITLES:
        return any(same_owner(x, y) for x in desc.owners for y in held)
    named = any(same_role(h, w) for h in desc.heads - GENERIC_TITLES for w in role.words)
    return named and owners_fit(list(desc.owners), held)


def introduced_elsewhere(index: ActorIndex, actor: Actor, owners: tuple[str, ...]) -> bool:
    """The sentence that first names ``actor`` last names a state that is none of a
    description's ``owners`` before the name: "Egypt's Foreign Minister Sameh Shoukry ...
    and President Abdul Fattah al-Sisi" is not "France's president"."""
    start = sentence_bounds(index, actor.first[0])[0]
    states = [
        m
        for m in index.mentions_in(start, actor.first[0])
        if m.actor.kind == "state" and not m.in_quote
    ]
    return bool(owners and states) and not owners_fit(list(owners), [states[-1].actor.name])


def _paragraph(index: ActorIndex, pos: int) -> int:
    """The paragraph number of offset ``pos``."""
    return index.sentences[sentence_at(index, pos)][1]


def role_holder(
    index: ActorIndex, desc: Description, at: int, skip: Actor
) -> tuple[Actor, HeldRole] | None:
    """The one named person whose own mentions carry the role of a description first used
    at ``at`` (named after it when the text introduced the description with "a"). When
    several do, the one of them named in the description's paragraph or the one before,
    up to it ("the founder and CEO" after "Huang said", not OpenAI's CEO named later)."""
    found: dict[int, tuple[Actor, HeldRole]] = {}
    places = frozenset(f.lower() for a in index.actors if a.kind == "state" for f in a.forms)
    names = body_names(index.actors)  # "the head of FIDE" ... "the head of the Federation"
    desc = replace(
        desc, owners=as_bodies(desc.owners, names), modifiers=as_bodies(desc.modifiers, names)
    )
    for actor in index.actors:
        if actor.kind != "person" or actor is skip or actor.key.startswith("unnamed:"):
            continue
        if desc.indefinite and not may_hold_indefinite(index, desc.heads, at, actor.first[0]):
            continue  # "an Iranian journalist" after "Masih Alinejad, an Iranian journalist"
        intro = introducing_words(index, actor) if desc.content else frozenset()
        role = next(
            (
                r
                for r in roles_of(index, actor)
                if fits(desc, replace(r, owners=as_bodies(r.owners, names)), actor, places, intro)
            ),
            None,
        )
        if role is None or (
            not (role.owners or actor.affiliation)
            and introduced_elsewhere(index, actor, desc.owners)
        ):
            continue
        found[id(actor)] = (actor, role)
    if len(found) > 1:
        par = _paragraph(index, at)
        near = {
            id(m.actor)
            for m in index.mentions_in(0, at)
            if not m.in_quote and par - _paragraph(index, m.start) <= 1
        }
        found = {k: v for k, v in found.items() if k in near}
    if len(found) > 1:
        first = first_named_last(index, [a for a, _ in found.values()], at)
        return None if first is None else found[id(first)]
    return next(iter(found.values())) if found else None


#: The evidence for a speaker linked by :func:`link_role_descriptions`.
ROLE_HOLDER = "the one person the text names with that role"


def link_role_descriptions(text: str, index: ActorIndex, refs: list[SpeakerRef]) -> None:
    """A speaker known only by a role ("the founder", "L.A. mayor", "Pontiff") is the one
    person the text names with that role (see the module): each ref of that speaker,
    a "he" that goes on with it too, is updated in place, its evidence saying so.

    "Nvidia CEO Jensen Huang ... the founder and CEO insisted that the "AI industrial
    revolution" was only just starting": Huang speaks.

    >>> from hrlesson import quotes
    >>> from hrlesson.article import article_from_text
    >>> text = ('Nvidia CEO Jensen Huang spoke on Wednesday.\\n\\n'
    ...         '"The race is on," the founder and CEO insisted.')
    >>> quotes(article_from_text(text, date="2024-08-29"))["speaker"].tolist()
    ['Jensen Huang']
    >>> text = ('Pope Emeritus Benedict XVI met Pope Francis.\\n\\n'
    ...         '"It was an act of governance," the Argentine Pontiff said.')
    >>> quotes(article_from_text(text, date="2024-08-29"))["speaker"].tolist()
    ['Pope Francis']
    """
    linked: dict[int, tuple[Actor, HeldRole] | None] = {}
    for ref in refs:
        actor = ref.actor
        if actor is None or actor.kind != "person":
            continue
        if id(actor) not in linked:
            desc = description_of(text, actor, refs)
            at = min(r.start for r in refs if r.actor is actor)
            linked[id(actor)] = role_holder(index, desc, at, actor) if desc else None
        if (hit := linked[id(actor)]) is not None:
            ref.actor, ref.how = hit[0], f'{ROLE_HOLDER} ("{hit[1].text}")'
