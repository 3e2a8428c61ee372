"""Small readings inside a description: its head's post, its complement, its modifiers."""

from __future__ import annotations

import bisect
import re

from ...wordlists import word_set
from ..bodies.governments import local_governments
from ..groups.bare_groups import narrower_than_bare, same_bare_group
from ..groups.singular_openers import plural_opens_name
from ..records import Actor
from ..titles.body_chiefs import BODY_CHIEF_HEADS
from ..titles.seat_heads import names_seat, seat_post
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    ADVERBS,
    CONJUNCTIONS,
    COUNTRIES,
    DEMONYMS,
    DETERMINERS,
    FINITE_VERBS,
    GROUP_NOUNS,
    ORGANISATION_WORDS,
    PREPOSITIONS,
    TOP_POSTS,
    is_group_word,
    is_head_word,
    is_national,
    is_umbrella_body,
    looks_demonym,
    role_has,
)
from .postmodifiers import complement_end

#: Nouns for a part of a body: data/words/sub_body_nouns.txt.
SUB_BODY_NOUNS = word_set("sub_body_nouns")

#: Bare nouns for a body that may own a part ("the organisation's Tokyo branch").
_OWNER_NOUNS = frozenset(["organisation", "organization", "group", "agency", "ngo", "charity"])


def head_complement_end(text: str, words: list[Token], k: int) -> int | None:
    """The end of "of X" after "the head" (``words[k]`` is "of"), up to five words, not
    past punctuation or a verb: "The head of diplomacy in Washington, in a statement,
    said" is described by all of it ("the head" alone names no post). It never ends on a
    preposition or an article: "a representative of the Washington administration at a
    telephone briefing" ends before "at a".

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "The head of diplomacy in Washington, in a statement"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: head_complement_end(s, toks, 2)]
    'The head of diplomacy in Washington'
    >>> s = "a representative of the Washington administration at a telephone briefing"
    >>> s[: head_complement_end(s, tokenize(s, [0]), 2)]
    'a representative of the Washington administration'
    """
    return complement_end(text, words, k, most=5)


def recent_body(actor: Actor, aff: str | None) -> bool:
    """Can ``actor`` be "the group" / "the UN agency" (a bare body noun, affiliation
    ``aff``)? An organisation or group; with an affiliation, not the umbrella body itself:
    "UNICEF stressed ... the UN agency said" is UNICEF, not the UN.

    >>> from hrlesson.speech.records import Actor
    >>> recent_body(Actor("organisation", "UN"), "UN")
    False
    """
    return actor.kind in ("organisation", "group") and not (
        aff is not None and is_umbrella_body(actor.name)
    )


def description_head(head: str, lowers: set[str], aff: str | None = None) -> str:
    """The post a description's head names: "the UN rights chief" is the High
    Commissioner, "the UN chief" the Secretary-General, "the top U.S. diplomat" the
    foreign minister (or secretary of state), "the AU Commission chief" whoever heads that body.

    >>> description_head("chief", {"the", "un", "chief"})
    'secretary-general'
    >>> description_head("diplomat", {"the", "top", "u.s.", "diplomat"})
    'top-diplomat'
    >>> description_head("chief", {"the", "au", "commission", "chief"}, "AU")
    'body-chief'
    >>> description_head("leader", {"the", "azerbaijani", "leader"}, "Azerbaijan")
    'state-leader'
    >>> description_head("leader", {"the", "leader"})
    'state-leader'
    >>> description_head("representative", {"the", "official", "representative", "of"})
    'spokesperson'
    """
    if head in ("chief", "commissioner") and lowers & {"rights", "high"}:
        return "rights-chief"
    if head == "chief" and lowers & {"un", "u.n.", "united"}:
        return "secretary-general"
    if head in BODY_CHIEF_HEADS and body_affiliation(aff):
        return "body-chief"  # "the AU Commission chief": whoever heads the body
    if head == "leader" and is_national(aff) and len(lowers - {"the", "leader"}) == 1:
        return "state-leader"  # "the Azerbaijani leader"; not "the opposition leader"
    if head == "leader" and aff is None and lowers <= {"the", "leader"}:
        return "state-leader"  # "the leader" bare: the president or premier named before
    if head == "diplomat" and "top" in lowers:
        return "top-diplomat"  # "the top U.S. diplomat": the foreign minister
    if head == "representative" and "official" in lowers:
        return "spokesperson"  # "the official representative of the Foreign Ministry"
    return head


def body_affiliation(aff: str | None) -> bool:
    """An affiliation that names a body, not a country: the UN, the EU, a known acronym or
    an upper-case acronym that is no country's ("the WTO chief" heads the WTO).

    >>> [body_affiliation(a) for a in ("AU", "WTO", "US", "Ukraine", None)]
    [True, True, False, False, False]
    >>> body_affiliation("International Atomic Energy Agency")
    True
    """
    if aff is None or aff.lower() in COUNTRIES or aff in COUNTRIES.values():
        return False
    if not is_national(aff) or aff.lower() in ACRONYMS:
        return True
    if len(aff.split()) > 1 and aff.split()[-1].lower() in ORGANISATION_WORDS:
        return True  # "the International Atomic Energy Agency chief"
    return aff.isupper() and 2 <= len(aff) <= 6


def head_of_state(head: str, text: str) -> str:
    """``The head of state declared ...`` (``text`` the whole description): the post of
    the country's president, king or emir ("head-of-state", see title_synonyms.csv);
    "the head of the White House": the post of the seat's head (see :func:`seat_post`);
    else ``head`` as it is.

    >>> head_of_state("head", "The head of state"), head_of_state("head", "the head of WHO")
    ('head-of-state', 'head')
    """
    if head == "head" and re.search(r"\bhead\s+of\s+state$", text.strip(), re.IGNORECASE):
        return "head-of-state"
    return seat_post(head, text) or head


def nearest_holder(holders: list[Actor], timeline: list, at: int) -> Actor:
    """Of the persons who hold a description's post (at ``at``), one who has spoken
    (``timeline``: the (position, actor, ...) speakers read so far), else one named
    nearest to it: ``Malawi's President Lazarus Chakwera appealed ... The head of state
    declared`` is Chakwera, not a name misread as a person with a stray title.

    >>> a, b = Actor("person", "A"), Actor("person", "B")
    >>> a.first, b.first = (0, 1), (90, 91)
    >>> nearest_holder([a, b], [(10, a, True)], 100).name
    'A'
    """
    spoke = {id(a) for _, a, *_ in timeline}
    return min(holders, key=lambda a: (id(a) not in spoke, abs(a.first[0] - at)))


def modifier_before_head(words: list[Token], k: int, depth: int = 2) -> bool:
    """``The Kremlin's investigative committee``: a lower-case modifier right before a
    title or group noun belongs to the description, and so does a chain of up to three
    (``civil society groups``: "civil" qualifies "society groups", not nobody).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Civil society groups said", [0])
    >>> [modifier_before_head(toks, k) for k in range(4)]
    [False, True, False, False]
    >>> toks = tokenize("More than 100 civil society groups said", [0])
    >>> [t.text for k, t in enumerate(toks) if modifier_before_head(toks, k)]
    ['civil', 'society']
    """
    t = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else None
    return (
        nxt is not None
        and t.text.islower()
        and t.lower not in PREPOSITIONS
        and t.lower not in DETERMINERS
        and t.lower not in FINITE_VERBS
        and nxt.text.islower()
        and (
            is_head_word(nxt.lower)
            or is_group_word(nxt.lower)
            or (depth > 0 and _chain_word(t) and modifier_before_head(words, k + 1, depth - 1))
        )
    )


def _chain_word(t: Token) -> bool:
    """A word that can open a chain of modifiers ("civil" in "civil society groups"): not
    an adverb, conjunction, past form or plural verb ("further determined countries",
    "and directs security forces").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [_chain_word(t) for t in tokenize("civil press further directs detained", [0])]
    [True, True, False, False, False]
    """
    low = t.lower
    return not (
        low in ADVERBS
        or low in CONJUNCTIONS
        or low.endswith(("ed", "ly"))
        or (low.endswith("s") and not low.endswith("ss"))
    )


def complement_holder(persons: list[Actor], head: str, complement: str, at: int) -> Actor | None:
    """The person whose role names the body of a title's complement: "the president of
    the Commission" (``head`` "president", ``complement`` "of the Commission") after "The
    chairman of the African Union Commission, Moussa Faki Mahamat," is Faki, not a
    president of another body named later.

    The capitalised words of the complement must all be in the role or the affiliation
    ("The head of WHO" is WHO Director-General Tedros); a top post ("the president")
    matches any top post of that body. Persons named before ``at`` first.

    >>> faki = Actor("person", "Moussa Faki Mahamat")
    >>> faki.role, faki.first = "chairman of the African Union Commission", (0, 20)
    >>> bongo = Actor("person", "Ali Bongo")
    >>> bongo.role, bongo.first = "President", (900, 909)
    >>> complement_holder([faki, bongo], "president", "of the Commission", 300).name
    'Moussa Faki Mahamat'
    """
    nouns = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", complement)}
    if not nouns:
        return None
    top = head in TOP_POSTS
    holders = [
        a
        for a in persons
        if a.role
        and (
            (
                (role_has(a.role, head) or (top and role_has(a.role, "body-chief")))
                and nouns <= set(re.findall(r"[\w-]+", f"{a.role} {a.affiliation or ''}".lower()))
            )
            or (top and minister_of_ministry(a.role, nouns))
        )
    ]
    holders.sort(key=lambda a: (a.first[0] > at, abs(a.first[0] - at)))
    return holders[0] if holders else None


def introduced_with_complement(index, actor: Actor, complement: str) -> bool:
    """``actor`` may be the holder of a title whose ``complement`` names a body: the
    capitalised words of the complement are all in the sentence that introduces ``actor``
    (``index`` is the article's actor index). "Oussama Ali, spokesperson for the Libyan
    Rescue and Emergency Service ..." is not "The spokesperson for the Ministry of the
    Interior"; a complement without a capitalised word fits anyone.

    >>> from types import SimpleNamespace
    >>> text = "Oussama Ali, spokesperson for the Rescue Service, spoke."
    >>> index = SimpleNamespace(text=text, sentence_starts=[0])
    >>> ali = Actor("person", "Oussama Ali")
    >>> ali.first = (0, 11)
    >>> introduced_with_complement(index, ali, "for the Ministry of the Interior")
    False
    >>> introduced_with_complement(index, ali, "for the Rescue Service")
    True
    """
    if names_seat(complement):
        return True  # "the head of the White House"
    nouns = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", complement)}
    if not nouns or not actor.first:
        return True
    starts = index.sentence_starts
    k = bisect.bisect_right(starts, actor.first[0]) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(index.text)
    return nouns <= set(re.findall(r"[\w-]+", index.text[starts[max(k, 0)] : end].lower()))


def minister_of_ministry(role: str, nouns: set[str]) -> bool:
    """A minister (``role``) heads the ministry whose capitalised words are ``nouns``:
    "the head of the Foreign Ministry" is "Foreign Minister Dmytro Kuleba" (not a deputy).

    >>> minister_of_ministry("Foreign Minister", {"foreign", "ministry"})
    True
    >>> minister_of_ministry("Deputy Foreign Minister", {"foreign", "ministry"})
    False
    >>> minister_of_ministry("Interior Minister", {"foreign", "ministry"})
    False
    """
    words = role.lower().split()
    if "ministry" not in nouns or "minister" not in words:
        return False
    if any(w.startswith(("deputy", "vice", "vice-", "assistant", "former")) for w in words):
        return False
    return nouns - {"ministry", "of", "the"} <= set(words)


def named_by_noun(mentions, text: str, noun: str, start: int) -> Actor | None:
    """``French news magazine Jeune Afrique`` ... ``the magazine said``: "the <noun>" is
    the body the text introduced before ``start`` by that naming noun right before its
    name (the latest such). ``mentions`` maps an offset to the mention starting there.

    >>> body = Actor("organisation", "Jeune Afrique")
    >>> text = "published by news magazine Jeune Afrique, the magazine said"
    >>> mentions = lambda pos: type("M", (), {"actor": body, "in_quote": False})() if pos == 27 else None
    >>> named_by_noun(mentions, text, "magazine", 42).name
    'Jeune Afrique'
    """
    found = None
    for m in re.finditer(r"\b(?i:" + re.escape(noun) + r") (?=[A-Z])", text[:start]):
        mention = mentions(m.end())
        if mention is not None and mention.actor.kind in ("organisation", "group"):
            found = mention.actor if not mention.in_quote else found
    return found


def sub_body_words(words: list[Token], j: int) -> tuple[str, int] | None:
    """``the organisation's Tokyo branch said`` (``words[j]`` the owner noun): the part's
    own words ("Tokyo branch") and where they end, when a bare body noun owns a part
    named by a sub-body noun after up to three capitalised words; else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the organisation's Tokyo branch said", [0])
    >>> sub_body_words(toks, 1)
    ('Tokyo branch', 31)
    """
    if j >= len(words) or not words[j].poss or words[j].lower not in _OWNER_NOUNS:
        return None
    k = j + 1
    while k < len(words) and k - j <= 3 and words[k].text[:1].isupper():
        k += 1
    if k >= len(words) or words[k].lower not in SUB_BODY_NOUNS or not words[k].text.islower():
        return None
    return " ".join(w.text for w in words[j + 1 : k + 1]), words[k].end


#: Nouns of outlets as groups ("media", "newspapers"): data/words/outlet_group_nouns.txt.
_OUTLET_GROUP_NOUNS = word_set("outlet_group_nouns")


def other_outlets(text: str, org: Actor) -> bool:
    """``Israeli media`` after ``Egyptian media``, ``State media`` after ``local media``: a
    description of outlets (``text``) with a modifier the known group's name lacks names
    other outlets; "the media" alone may still be the group named before.

    >>> other_outlets("Israeli media", Actor("group", "Egyptian media"))
    True
    >>> other_outlets("the media", Actor("group", "Egyptian media"))
    False
    """
    words = [w.lower() for w in re.findall(r"[\w-]+", text)]
    if not words or words[-1] not in _OUTLET_GROUP_NOUNS:
        return False
    modifiers = {w for w in words[:-1] if w not in DETERMINERS}
    return bool(modifiers - {w.lower() for w in org.name.split()})


def organisation_named(
    content: list[str], nouns: set[str], qualifiers, orgs: list, at: int, text: str = ""
) -> Actor | None:
    """The known organisation a group description names, nearest to ``at`` first.

    "rights group", "the rights watchdog": a bare group noun qualified by its field
    names an organisation whose name has that field and no other head noun ("Human
    Rights Watch", not "Human Rights Council"); singular only ("rights groups" are
    several organisations). Local or many governments name none
    (:func:`~.governments.local_governments`).
    """
    if local_governments(text):
        return None  # "Local governments around the country": not the Government named
    if (same := same_bare_group(text, orgs)) is not None:
        return same  # "officials" ... "forest officials" ... "officials said": the first
    bare_head = bool(content) and set(content) <= {"group", "organisation", "watchdog"}
    matches = []
    for a in orgs:
        if other_outlets(text, a) or narrower_than_bare(text, a):
            continue  # "Israeli media" is not the "Egyptian media" named before
        if a.kind == "organisation" and plural_opens_name(content, a.name_tokens):
            continue  # "Locals" are not the "Local Democracy Reporting Service" (a body)
        toks = {w.rstrip("s") if w != "rights" else w for w in a.name_tokens}
        # "the rights council" is not the Security Council: its field must match too
        if (nouns and nouns <= toks and qualifiers <= set(a.name_tokens)) or (
            bare_head
            and qualifiers
            and qualifiers <= set(a.name_tokens)
            and not any(is_group_word(w) for w in a.name_tokens)
        ):
            matches.append(a)
    if not matches:
        return None
    matches.sort(key=lambda a: (a.first[0] > at, abs(a.first[0] - at)))
    return matches[0]


def two_word_demonym(words: list[Token], k: int) -> str | None:
    """The country of a demonym written in two words from ``words[k]`` ("North Korean
    state media", "South Sudanese officials"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> two_word_demonym(tokenize("North Korean state media", [0]), 0)
    'North Korea'
    """
    if k + 1 >= len(words) or words[k + 1].start != words[k].end + 1:
        return None
    return DEMONYMS.get(f"{words[k].lower} {words[k + 1].lower}")


def affiliation_word(
    words: list[Token], k: int, run: list[Token], affiliation: str | None
) -> str | None:
    """The affiliation ``words[k]`` names ("Ukraine's", "UN", "MEA"); "" when it is an
    affiliation word but one is already known; None when it is none."""
    t, low = words[k], words[k].lower
    if (two := two_word_demonym(words, k)) is not None:
        return two if affiliation is None else ""  # "North Korean state media"
    if run and run[-1] is words[k - 1] and two_word_demonym(words, k - 1) is not None:
        return ""  # "Korean" after "North"
    if low in DEMONYMS or low in COUNTRIES or (not run and looks_demonym(t)):
        return DEMONYMS.get(low) or COUNTRIES.get(low) or t.base if affiliation is None else ""
    if not run and t.poss and t.cap:
        return t.base  # "Velmora's envoy" ("the rapporteur's spokesperson": see below)
    if low in ("eu", "un", "u.n.") and affiliation is None:
        return "UN" if low == "u.n." else t.base  # "the U.N. chief" is the UN's
    if (
        not run
        and affiliation is None
        and t.text.isupper()
        and len(t.text) >= 2
        and k + 1 < len(words)
        and is_head_word(words[k + 1].lower)
    ):
        # "the MEA spokesperson": an acronym before a title is the body the person
        # speaks for, as in "MEA spokesperson Rohan Varadarajan"
        return t.base
    return None


def named_group_noun(mention_starting, words: list[Token], i: int) -> tuple[int, int, str] | None:
    """``the Mediterranea collective of aid groups and associations that runs the ship``:
    "the", one capitalised word that names no known actor, then a lower-case group noun
    name the group ("Mediterranea collective"); what follows the noun ("of aid groups")
    only describes it. Returns the start, the end and the group noun, else None.
    ``mention_starting`` maps an offset to the mention starting there.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the Mediterranea collective of aid groups said", [0])
    >>> named_group_noun(lambda pos: None, toks, 0)
    (0, 27, 'collective')
    """
    if i + 2 >= len(words) or words[i].lower != "the":
        return None
    name, noun = words[i + 1], words[i + 2]
    if not name.cap or name.poss or not name.text.isalpha() or not noun.text.islower():
        return None
    if noun.lower not in GROUP_NOUNS or mention_starting(name.start) is not None:
        return None
    if name.lower in DEMONYMS or name.lower in COUNTRIES or looks_demonym(name):
        return None
    return words[i].start, noun.end, noun.lower


def introduced_indefinitely(before: str, noun: str) -> bool:
    """``before`` (the text up to a description) introduces someone as "a/an/one
    [adjective] <noun>", in its last 1,500 characters.

    >>> introduced_indefinitely("two witnesses - a man and a woman - told AFP", "man")
    True
    >>> introduced_indefinitely("Ali Bongo, the man in power", "man")
    False
    """
    pattern = r"\b(?:a|an|one)\s+(?:[a-z-]+\s+)?" + re.escape(noun) + r"\b"
    return re.search(pattern, before[-1500:], re.IGNORECASE) is not None


def named_body_next(words: list[Token], k: int) -> bool:
    """After a title, ``words[k]`` ("of", "for") opens a complement that names a body:
    "the president of the Commission", "a spokesman for the ministry"."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is not None and nxt.lower == "the" and k + 2 < len(words):
        nxt = words[k + 2]
    return nxt is not None and (nxt.cap or (nxt.text.islower() and nxt.lower in GROUP_NOUNS))
