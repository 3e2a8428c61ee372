"""Unknown acronyms that name bodies: "The MIA also said ..." (part of the index)."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..cues import is_cue_at
from ..kinds import capital_after
from ..records import Actor, Mention
from ..subjects.interposed import INTERPOSED_WORDS
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    COUNTRIES,
    DOCUMENT_NOUNS,
    NAMING_GROUP_NOUNS,
    initials_match,
)
from .mixed_case_acronyms import mixed_case_acronym
from .name_extents import (
    comma_name_start,
    grow_over_remit,
    remit_after_acronym,
    spelled_name_start,
    word_in_list,
)
from .names import named_before_acronym, spells_acronym
from .spelled_acronyms import fullest_body, spells_used_acronym, unknown_acronym_word

#: Words that make a capitalised name a state's ("Republic"): data/words/state_form_words.txt.
STATE_FORM_WORDS = word_set("state_form_words")

#: Acronyms of a person's title ("the CEO", "the PM"): data/words/title_acronyms.txt.
TITLE_ACRONYMS = word_set("title_acronyms")

#: Words that may stand between a subject and its reporting verb ("The MIA also said",
#: "The MIA further said").
_BETWEEN = INTERPOSED_WORDS | frozenset(["further", "previously"])


def unknown_acronym(tok: Token) -> bool:
    """An all-capital word of two to six letters, written as initials ("MIA", "IHR"),
    an "&" between them or not ("T&G").

    >>> from ..tokens import tokenize
    >>> [unknown_acronym(t) for t in tokenize("The MIA said A Ukraine T&G", [0])]
    [False, True, False, False, False, True]
    """
    word = tok.base.replace("&", "")
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


#: The spelled-out names of the listed acronyms, in lower case (data/words/acronyms.csv).
LISTED_EXPANSIONS = frozenset(name.lower() for name in ACRONYMS.values())


def spelled_out_body(
    toks: list[Token], a: int, b: int, acronyms: frozenset[str] = frozenset()
) -> bool:
    """The run ``toks[a:b]`` is one body's spelled-out name, never a person's nor two
    names: its acronym follows in brackets and it spells it ("the Economic Community of
    West African States (ECOWAS)", "Iran Human Rights (IHR)"), it is a listed
    acronym's expansion ("leaders of the Economic Community of West African States met"),
    or it spells one of the article's ``acronyms`` (:func:`spells_used_acronym`).

    >>> from ..tokens import tokenize
    >>> t = tokenize("The Economic Community of West African States (ECOWAS) said", [0])
    >>> spelled_out_body(t, 1, 7), spelled_out_body(t, 1, 3)
    (True, False)
    >>> spelled_out_body(tokenize("the Economic Community of West African States met", [0]), 1, 7)
    True
    """
    words = " ".join(t.lower for t in toks[a:b]).removeprefix("the ")
    if b - a < 2 or names_a_state(toks, a, b):
        return False
    return (
        named_before_acronym(toks, a, b)
        or words in LISTED_EXPANSIONS
        or group_of_acronym(toks, a, b)
        or spells_used_acronym(toks, a, b, acronyms)
    )


def names_a_state(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` names a state, not a body: a state's form word is in it or its
    bracketed acronym is a state's ("the Democratic Republic of Congo (DRC)").

    >>> from ..tokens import tokenize
    >>> names_a_state(tokenize("the Democratic Republic of Congo (DRC) said", [0]), 1, 5)
    True
    >>> names_a_state(tokenize("the Economic Community of West African States", [0]), 1, 7)
    False
    """
    after = toks[b + 1].lower if b + 2 < len(toks) and toks[b].text == "(" else ""
    return after in COUNTRIES or any(t.lower in STATE_FORM_WORDS for t in toks[a:b])


def group_of_acronym(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is followed by a lower-case group noun and spells an acronym
    the article uses: ``Norway-based Iran Human Rights group has said`` ... ``IHR said``.

    >>> from ..tokens import tokenize
    >>> t = tokenize("the Iran Human Rights group said. IHR said", [0])
    >>> group_of_acronym(t, 1, 4), group_of_acronym(tokenize("the Iran Human Rights group", [0]), 1, 4)
    (True, False)
    """
    if b >= len(toks) or not toks[b].text.islower() or toks[b].lower not in NAMING_GROUP_NOUNS:
        return False
    name = " ".join(t.text for t in toks[a:b])
    return any(unknown_acronym_word(t.base) and spells_acronym(t.base, name) for t in toks)


def base_text(text: str, toks: list[Token], a: int, b: int) -> str:
    """The words of ``toks[a:b]`` as written, without a possessive ending the last one.

    >>> from ..tokens import tokenize
    >>> s = "the Economic Community’s leaders"
    >>> base_text(s, tokenize(s, [0]), 1, 3)
    'Economic Community'
    """
    return text[toks[a].start : toks[b - 1].start + len(toks[b - 1].base)]


def acronym_body_subject(text: str, toks: list[Token], k: int) -> bool:
    """``The MIA also said the police had taken "necessary measures"``: an unknown acronym
    with "the" before it, the subject of a reporting verb, names a body (after "the", an
    unknown capitalised word is not otherwise read as a subject).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The MIA also said it", [0])
    >>> acronym_body_subject("The MIA also said it", toks, 1)
    True
    >>> acronym_body_subject("In the MIA building", tokenize("In the MIA building", [0]), 2)
    False
    """
    if k < 1 or toks[k - 1].lower != "the" or not unknown_acronym(toks[k]) or toks[k].poss:
        return False
    if toks[k].lower in TITLE_ACRONYMS:
        return False  # "the CEO said": a person's title
    j = k + 1
    while j < len(toks) and toks[j].lower in _BETWEEN:
        j += 1
    return j < len(toks) and toks[j].sent == toks[k].sent and is_cue_at(text, toks[j])


def acronym_issuer(toks: list[Token], k: int) -> bool:
    """``the statement from MONUSCO said``: an unknown acronym of two to eight letters
    right after a document noun and "from" names the body that issued the document.

    >>> from ..tokens import tokenize
    >>> acronym_issuer(tokenize("the statement from MONUSCO said", [0]), 3)
    True
    >>> acronym_issuer(tokenize("a flight from JFK landed", [0]), 3)
    False
    """
    word = toks[k].base
    if not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()) or k < 2:
        return False
    return toks[k - 1].lower == "from" and toks[k - 2].lower in DOCUMENT_NOUNS


def body_acronym_at(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is an unknown acronym that names a body: after "the" ("The MIA also
    said"), as a document's issuer (:func:`acronym_issuer`), or written in mixed case
    ("ReCAAP": :func:`.mixed_case_acronyms.mixed_case_acronym`).

    >>> from ..tokens import tokenize
    >>> body_acronym_at(tokenize("The MIA said", [0]), 1)
    True
    """
    the = k > 0 and toks[k - 1].lower == "the" and unknown_acronym(toks[k])
    return the or acronym_issuer(toks, k) or mixed_case_acronym(toks[k].base)


def initials_of_a_title(actors: list[Actor], word: str) -> bool:
    """``word`` is the initials of a person's capitalised title: "the CS" after "Cabinet
    Secretary Daniel Kiprotich" is that person, not a body.

    >>> cs = Actor("person", "Daniel Kiprotich")
    >>> cs.role = "Foreign Affairs Cabinet Secretary"
    >>> initials_of_a_title([cs], "CS"), initials_of_a_title([cs], "MIA")
    (True, False)
    """
    for actor in actors:
        if actor.kind == "person" and actor.role:
            initials = "".join(w[0] for w in actor.role.split() if w[:1].isupper())
            if word in initials:
                return True
    return False


def slashed_acronyms(text: str, toks: list[Token], j: int) -> bool:
    """Token ``j`` is a slash that joins two acronyms with no space into one body's name:
    ``The OSCE/ODIHR has issued its final report`` (an office and its organisation).

    >>> from ..tokens import tokenize
    >>> s = "The OSCE/ODIHR said, and Ukraine / Russia"
    >>> t = tokenize(s, [0])
    >>> [x.text for x in t[1:4]], slashed_acronyms(s, t, 2), slashed_acronyms(s, t, 8)
    (['OSCE', '/', 'ODIHR'], True, False)
    """
    if not 0 < j < len(toks) - 1 or toks[j].text != "/":
        return False
    before, after = toks[j - 1], toks[j + 1]
    return (
        before.end == toks[j].start
        and toks[j].end == after.start
        and unknown_acronym(before)
        and unknown_acronym(after)
    )


def slashed_parts(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(part, whole) pairs: a body named by an acronym alone that is the first part of a
    slashed body's name, and that body ("the OSCE said" after "The OSCE/ODIHR has
    issued"); only a part the article never names otherwise.

    >>> whole, part = Actor("organisation", "OSCE/ODIHR"), Actor("organisation", "OSCE")
    >>> part.forms = ["OSCE"]
    >>> [(p.name, w.name) for p, w in slashed_parts([whole, part])]
    [('OSCE', 'OSCE/ODIHR')]
    """
    wholes = {a.name.split("/")[0]: a for a in actors if a.name.count("/") == 1}
    return [
        (a, wholes[a.name])
        for a in actors
        if a.kind == "organisation" and a.name in wholes and set(a.forms) <= {a.name}
    ]


#: An acronym in brackets right after a name: "(UNHCR)".
BRACKETED_ACRONYM = re.compile(r"\s?\(([A-Z][A-Z.&]{1,9})\)")


def named_with_acronym(text: str, mentions: list[Mention]) -> list[tuple[Actor, Actor]]:
    """(acronym's body, named body) pairs: ``the UN High Commissioner for Refugees (UNHCR)
    said``, the body named right before its acronym in brackets is the acronym's body,
    though the acronym alone was read as a known body's; not when the article names that
    body otherwise ("Doctors Without Borders or Médecins Sans Frontières (MSF)").

    >>> s = "the UN High Commissioner for Refugees (UNHCR) said"
    >>> long, short = Actor("organisation", "x"), Actor("organisation", "UNHCR")
    >>> pairs = named_with_acronym(s, [Mention(4, 37, long, "name"), Mention(39, 44, short, "acronym")])
    >>> [(a.name, b.name) for a, b in pairs]
    [('UNHCR', 'x')]
    """
    starts = {m.start: m for m in mentions}
    pairs: list[tuple[Actor, Actor]] = []
    for m in mentions:
        found = BRACKETED_ACRONYM.match(text, m.end)
        if m.how != "name" or m.actor.kind != "organisation" or found is None:
            continue
        acro = starts.get(found.start(1))
        if acro is None or acro.actor is m.actor or acro.actor.kind != m.actor.kind:
            continue
        named = any(x.actor is acro.actor and x.how == "name" for x in mentions)
        merged = any(acro.actor is a for a, _ in pairs)
        if not named and not merged and spells_acronym(found.group(1), text[m.start : m.end]):
            pairs.append((acro.actor, m.actor))
    return pairs


def spells_located_name(acronym: str, name: str) -> bool:
    """``acronym`` spells a located body's full name, the "in" or "to" before its place
    giving a letter or not: "UNIFIL" is the "United Nations Interim Force in Lebanon",
    "UNAMA" the "United Nations Assistance Mission in Afghanistan".

    >>> spells_located_name("UNIFIL", "United Nations Interim Force in Lebanon")
    True
    >>> spells_located_name("UNAMA", "United Nations Assistance Mission in Afghanistan")
    True
    >>> spells_located_name("UNIF", "United Nations Interim Force in Lebanon")
    False
    """
    words = [
        w for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w[0].isupper() or w in ("in", "to")
    ]
    if not any(w in ("in", "to") for w in words):
        return False
    full = "".join(w[0] for w in words).upper()
    short = "".join(w[0] for w in words if w not in ("in", "to")).upper()
    return len(acronym) >= 3 and acronym in (full, short)


def body_by_initials(acronym: str, orgs: list[Actor]) -> Actor | None:
    """The body an unknown acronym stands for by its initials: its name's ("the MIA" is
    "Georgia's Ministry of Internal Affairs"), or a located name's ("a UNIFIL patrol"
    after "the United Nations Interim Force in Lebanon said")."""
    for org in orgs:
        if initials_match(acronym, org.name):
            return org
    for org in orgs:
        if any(spells_located_name(acronym, form) for form in org.forms):
            return org
    return None


def grown_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a body's name grown over the capital it sits in ("The Indian Embassy
    in Washington"), over its remit's list ("Bureau of Democracy, Human Rights, and
    Labor"), over a remit after its acronym ("the All-Party Parliamentary Group (APPG) on
    Pharmacy") and back over a first part its acronym spells ("The UN Educational,
    Scientific and Cultural Organisation (Unesco)"); mentions inside that part go."""
    inside: set[int] = set()
    for m in mentions:
        if m.how != "name" or m.actor.kind != "organisation":
            continue
        grow_over_remit(text, mentions, m)  # "Bureau of Democracy, Human Rights, and Labor"
        inside.update(id(x) for x in mentions if word_in_list(text, m, x))
        m.end = capital_after(text, m.start, m.end) or remit_after_acronym(text, m.end) or m.end
        begin = comma_name_start(text, m.start, m.end) or m.start
        begin = spelled_name_start(text, begin, m.end) or begin  # "Medicines and ... (MHRA)"
        inside.update(id(x) for x in mentions if begin <= x.start and x.end <= m.start)
        m.start = begin
        m.actor.add_form(text[m.start : m.end])
    return [x for x in mentions if id(x) not in inside]


def acronyms_spelled_out(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(acronym's actor, named body) pairs: a body met only by its acronym ("The ICC is
    committed ...") that the article also names in full, brackets or not ("The
    International Cricket Council are concerned"), is that body, shown by its fuller name;
    only when one named body spells it (:func:`spelled_body`) or the others are short forms
    of one (:func:`fullest_body`), and not when the article names the acronym's listed
    body in full (then the acronym is already that body's).

    >>> icc, full = Actor("organisation", "ICC"), Actor("organisation", "International Cricket Council")
    >>> icc.forms, full.forms = ["ICC"], ["International Cricket Council"]
    >>> [(a.name, b.name) for a, b in acronyms_spelled_out([full, icc])]
    [('ICC', 'International Cricket Council')]
    """
    pairs = []
    for acro in actors:
        word = acro.name
        short = acro.kind == "person" and 2 <= len(word) <= 8 and word.isalpha() and word.isupper()
        if acro.kind == "state" or set(acro.forms) - {word}:
            continue
        if not (unknown_acronym_word(word) or short):
            continue
        named = fullest_body([x for x in actors if x is not acro and spelled_body(word, x)])
        if named is not None:  # "Norwegian Data Protection Authority", not a short form of it
            pairs.append((acro, named))
    return pairs


def spelled_body(acronym: str, actor: Actor) -> bool:
    """``actor`` is a body whose name ``acronym`` spells: an organisation's, or a name of
    two words or more read as a person's with no title or gender to show one, whose
    capitalised words give the acronym's letters one each ("UI warned" after "State
    regulators dealt United Illuminating a major blow": a utility, as "AP" is the
    "Associated Press"), so an acronym of two letters too.

    >>> spelled_body("UI", Actor("person", "United Illuminating"))
    True
    >>> spelled_body("UI", Actor("person", "Ursula Ingram", gender="f"))
    False
    >>> spelled_body("ICC", Actor("organisation", "International Cricket Council"))
    True
    """
    if actor.kind == "organisation":
        return spells_acronym(acronym, actor.name)
    words = actor.name.split()
    return (
        actor.kind == "person"
        and actor.role is None
        and actor.gender is None
        and len(words) == len(acronym) >= 2
        and all(w[:1].isupper() and w[0] == c for w, c in zip(words, acronym, strict=True))
    )
