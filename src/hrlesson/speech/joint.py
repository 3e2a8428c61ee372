"""States, bodies or people named together as one speaker ("Britain and Sierra Leone said",
"Mohammad Rasoulof and Jafar Panahi wrote")."""

from __future__ import annotations

import itertools
import re

from .courts import plural_judicial_style_start
from .records import Actor
from .vocabulary import (
    COURTESY_TITLES,
    FIRST_NAMES,
    HONORIFICS,
    ORGANISATION_WORDS,
    PORTFOLIO_ENDS,
    TITLE_HEADS,
    unaccented,
)

#: Between two names of a list: ", ", ", and ", " and " (an article after it allowed), after
#: the name's acronym in brackets ("the Food and Agriculture Organization (FAO) and the ...").
_SEPARATOR = re.compile(
    r"(?:\s*\([A-Z][A-Z0-9.&-]{1,11}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)

#: An acronym in brackets inside a list, left out of the group's name.
_BRACKETED = re.compile(r"\s*\([^()]*\)")

#: A title word before a name and the space after it ("Dr ", "Sen. ", "Prof. ").
_TITLE_BEFORE_NAME = re.compile(r"([A-Z][a-z]{1,4})\.?\s+(?=[A-Z])")

#: "of" right before a list of people: the people are a noun's ("the team of A and B").
_OWNED = re.compile(r"\bof\s+\Z")

#: How many members a counting word names ("both sides", "the two countries", "the three
#: states"): read by the rules that match such a description to a group named before.
MEMBER_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

#: Kinds of actor that can speak jointly as a list of names.
_JOINT_KINDS = ("state", "organisation", "person")


def joint_speaker(text: str, index, mention) -> tuple[Actor, int] | None:
    """The group a list of states or bodies (or of people) makes when it starts at
    ``mention``, and where the list ends; None when ``mention`` starts no such list.

    ``The resolution, authored by the United Kingdom and Sierra Leone``, ``the US, UK and
    France said in a joint statement``: the members speak together, one actor named by the
    article's words (``index`` is the article's actor index).
    """
    members = joint_members(text, index, mention)
    if members is None:
        return None
    end = members[-1].end
    name = joint_name(text[plural_judicial_style_start(text, mention.start) : end])
    key = "joint:" + "|".join(sorted(m.actor.name.lower() for m in members))
    actor = index.actors_by_key.get(key) or index.new_actor("group", name, key)
    return actor, end


#: A given name and "and" right before a second given name and the surname both share;
#: not a surname after a given name or a comma ("Judith Prakash and Belinda Ang").
_GIVEN_AND = re.compile(r"\b([A-Z][a-z]+)\s+and\s+\Z")

#: A capitalised word or a comma right before the first given name: it is a surname or in a
#: list ("Judith Prakash and", "Andrew Phang, Judith and").
_NAME_OR_LIST_BEFORE = re.compile(r"(?:\b[A-Z][\w’'.-]*|,)\s*\Z")


def shared_surname_couple(text: str, index, mention) -> tuple[Actor, int] | None:
    """Two people written with one surname, ``Glenorchy Air owners Robert and Janet
    Rutherford yesterday said`` (glenorchy_air_crash_too_early_williams_odt), ``Barack and
    Michelle Obama said``: the couple speaks as one group named as written, not the second
    person alone. ``mention`` is the second person's full name; returns the group and
    where its words start. None unless a given name and "and" stand right before a name
    that opens with a given name and has a surname after it, and no name or list runs into
    the first given name ("Justices Andrew Phang, Judith Prakash and Belinda Ang").

    >>> [bool(_NAME_OR_LIST_BEFORE.search(w)) for w in ("owners ", "", "Judith ", "Phang, ")]
    [False, False, True, True]
    """
    name = text[mention.start : mention.end].split()
    if mention.actor.kind != "person" or len(name) < 2:
        return None
    if unaccented(name[0].lower()) not in FIRST_NAMES:
        return None
    found = _GIVEN_AND.search(text, max(0, mention.start - 40), mention.start)
    if found is None or unaccented(found.group(1).lower()) not in FIRST_NAMES:
        return None
    if _NAME_OR_LIST_BEFORE.search(text, max(0, found.start() - 40), found.start()):
        return None
    if index.mention_starting(found.start(1)) is not None:
        return None  # "Tanya and Simon Brown": a list of two names, read by joint_members
    first = f"{found.group(1)} {' '.join(name[1:])}"
    key = "joint:" + "|".join(sorted((first.lower(), mention.actor.name.lower())))
    label = " ".join(text[found.start(1) : mention.end].split())
    actor = index.actors_by_key.get(key) or index.new_actor("group", label, key)
    return actor, found.start(1)


def joint_members(text: str, index, mention) -> list | None:
    """The mentions of the members of the list of states, bodies or people that starts at
    ``mention`` ("the US, UK and France"), two actors or more; None when it starts no list.
    """
    if mention.actor.kind not in _JOINT_KINDS:
        return None
    if mention.actor.kind == "person" and _after_of(text, mention.start):
        return None  # "the team of Anna Berg and Tomas Rell": the team's members
    members = [mention]
    closed = False
    while not closed:
        sep = _SEPARATOR.match(text, members[-1].end)
        nxt = index.mention_starting(after_courtesy_title(text, sep.end())) if sep else None
        if nxt is None or nxt.actor.kind not in _JOINT_KINDS or nxt.actor is members[-1].actor:
            break
        if not same_kind_of_speaker(text, members[-1], nxt):
            break  # people speak together with people ("Rhona Smith and David Kaye")
        members.append(nxt)
        closed = "and" in sep.group()
    if not closed or len({m.actor.name for m in members}) < 2:
        return None
    return members


def same_kind_of_speaker(text: str, before, after) -> bool:
    """Two mentions listed next to each other can be members of one list: both people or
    neither, or one of them a lone word read as a person's name that is no given name
    beside a body, itself a body ("Hamburg-based shipping firm Leonhardt and Blumberg
    said", hansa_marburg_crew_freed_defenceweb; "Grab Indonesia, Go-Jek and Uber signed a
    joint statement", grab_gojek_uber_joint_statement_ridzki_jakartaglobe).
    """
    people = (before.actor.kind == "person", after.actor.kind == "person")
    if people[0] == people[1]:
        return True
    person = before if people[0] else after
    word = text[person.start : person.end]
    return (
        person.actor.name == word
        and len(word.split()) == 1
        and unaccented(word.lower()) not in FIRST_NAMES
    )


def _after_of(text: str, start: int) -> bool:
    """``text[:start]`` ends in "of" and spaces (:data:`_OWNED`), read from where those
    spaces begin rather than from the start of the text.

    >>> _after_of("the team of  Anna", 13), _after_of("the team ofAnna", 11)
    (True, False)
    """
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j < start and _OWNED.search(text, max(0, j - 2), start) is not None


def after_courtesy_title(text: str, pos: int) -> int:
    """Where the name at ``pos`` starts once a courtesy title or an abbreviated title before
    it is skipped: the second of two people listed as ``Dr Vivek Trivedi and Dr Rob
    Laurenson said`` is named from "Rob"; ``pos`` itself when no title stands there.

    >>> text = "Dr Vivek Trivedi and Dr Rob Laurenson said"
    >>> text[after_courtesy_title(text, 21):]
    'Rob Laurenson said'
    >>> after_courtesy_title("and Emma Knights", 4)
    4
    """
    found = _TITLE_BEFORE_NAME.match(text, pos)
    if found is None:
        return pos
    word = found.group(1).lower()
    return found.end() if word in COURTESY_TITLES or word in HONORIFICS else pos


def list_tail_at(text: str, words: list, i: int) -> bool:
    """``words[i]`` is a lower-case "and" or "or" between two lower-case words, the first a
    plural after a comma: the tail of a list of common nouns ("Fans, performers and
    presidents have paid tribute"), whose last noun alone is no speaker ("and presidents").
    ``words`` are the phrase's words in ``text``.

    >>> from .tokens import tokenize
    >>> text = "Fans, performers and presidents have paid"
    >>> words = [t for t in tokenize(text, [0]) if t.text[0].isalnum()]
    >>> list_tail_at(text, words, 2), list_tail_at(text, words, 1)
    (True, False)
    >>> text = "choreographers, movement directors and stunt performers"
    >>> list_tail_at(text, [t for t in tokenize(text, [0]) if t.text[0].isalnum()], 3)
    False
    """
    if not 0 < i < len(words) - 1 or words[i].text not in ("and", "or"):
        return False
    prev, nxt = words[i - 1], words[i + 1]
    if not (prev.text.isalpha() and prev.text.islower() and nxt.text.islower()):
        return False
    return plural_noun(prev.lower) and text[: prev.start].rstrip().endswith(",")


def plural_noun(word: str) -> bool:
    """A plural noun's ending ("performers"; not "press", "status").

    >>> plural_noun("performers"), plural_noun("press")
    (True, False)
    """
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def last_listed_word(toks: list, k: int) -> int | None:
    """Where a list of one-word names that starts at token ``k`` ends ("FIFA and UEFA said",
    "Iran, Iraq and Syria"): the index of its last name, None when ``toks[k]`` opens no list.

    >>> from .tokens import tokenize
    >>> last_listed_word(tokenize("FIFA and UEFA said", [0]), 0)
    2
    >>> print(last_listed_word(tokenize("FIFA and the world said", [0]), 0))
    None
    """
    j = k
    while j + 2 < len(toks) and toks[j + 1].text in (",", "and") and toks[j + 2].cap:
        if toks[j + 2].sent != toks[k].sent or toks[j].poss:
            return None
        j += 2
        if toks[j - 1].text == "and":
            return j
        if j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].lower == "and":
            j += 1  # "A, B, and C": the serial comma
    return None


def two_bodies_at_and(words: list[str]) -> int | None:
    """``the International Olympic Committee and the International Paralympic Committee``:
    a body's name ending in its organisation word, "and the", then another body's name
    are two bodies; "Ministry of Labour and Social Affairs" is one. Where "and" stands.

    >>> two_bodies_at_and("olympic committee and the paralympic committee".split())
    2
    >>> print(two_bodies_at_and("ministry of labour and social affairs".split()))
    None
    """
    if "and" not in words:
        return None
    k = words.index("and")
    before, after = words[k - 1] if k else "", words[k + 2 :]
    named = before in ORGANISATION_WORDS or before.removesuffix("s") in ORGANISATION_WORDS
    if named and k + 2 < len(words) and words[k + 1] != "the":
        return k if bodies_without_article(words, k) else None
    if k + 1 >= len(words) or words[k + 1] != "the" or not after:
        return None
    return k if named and any(w in ORGANISATION_WORDS for w in after) else None


def remit_at_and(words: list[str]) -> bool:
    """``Immigration and Customs Enforcement said``: a capitalised run whose "and" joins
    two parts of a remit and which ends in a remit's word ("Enforcement", "Development",
    "Affairs") is one body, not a name and a person "Customs Enforcement"; not when a
    first name opens it ("Ivan Petrov and Foreign Affairs"), "and the" opens a second name,
    a title is in it ("Under-Secretary-General and High Representative for Disarmament
    Affairs") or a preposition follows the "and" ("Agreement on Peace and Establishment of
    Interstate Relations").

    >>> remit_at_and("immigration and customs enforcement".split())
    True
    >>> remit_at_and("housing and urban development".split())
    True
    >>> remit_at_and("ivan petrov and foreign affairs".split())
    False
    """
    k = words.index("and") if "and" in words else -1
    if not 0 < k < len(words) - 2 or words[k + 1] == "the" or words[0] in FIRST_NAMES:
        return False
    plain = not any(w in TITLE_HEADS or w in ("of", "on", "for", "and") for w in words[k + 1 :])
    return plain and words[-1] in PORTFOLIO_ENDS and not any(w in TITLE_HEADS for w in words)


def plural_body_head(words: list[str]) -> bool:
    """An organisation word in the plural heads a body's remit ("Centers for Disease
    Control and Prevention", "National Institutes of Health"): the words name one body;
    a surname such as "Banks" opens no remit.

    >>> plural_body_head("centers for disease control and prevention".split())
    True
    >>> plural_body_head("jim banks and ana ruiz".split())
    False
    """
    return any(
        w.endswith("s") and w[:-1] in ORGANISATION_WORDS and nxt in ("for", "of", "on")
        for w, nxt in itertools.pairwise(words)
    )


def bodies_without_article(words: list[str], k: int) -> bool:
    """``Amnesty International and Human Rights Watch``: a body's name ending in its
    organisation word, "and", then a name of two words or more ending in one are two
    bodies; not when the two sides open alike ("Red Cross and Red Crescent": one body's
    parts) or the first is one word.

    >>> bodies_without_article("amnesty international and human rights watch".split(), 2)
    True
    >>> bodies_without_article("red cross and red crescent societies".split(), 2)
    False
    """
    left, right = words[:k], words[k + 1 :]
    if len(left) < 2 or len(right) < 2 or right[-1] not in ORGANISATION_WORDS:
        return False
    return right[0] != left[-2] and "of" not in left


def listed_after_person(toks: list, a: int, mentions: list) -> bool:
    """The name at token ``a`` follows a person's name in a list ("Majid Kazemi, Saleh
    Mirhashemi and Saeed Yaghoubi"): a person too. ``mentions`` are the mentions found so
    far."""
    j = a - 1
    if j < 1 or toks[j].text not in (",", "and") or toks[j].sent != toks[a].sent:
        return False
    if toks[j].text == "and" and toks[j - 1].text == ",":
        j -= 1  # "A, B, and C"
    if j < 1:
        return False
    end = toks[j - 1].end
    return any(m.end == end and m.actor.kind == "person" for m in reversed(mentions[-3:]))


def joint_name(words: str) -> str:
    """The name of a group listed as ``words``: the words as written, spaces normalised,
    acronyms in brackets left out.

    >>> joint_name("Food and Agriculture Organization (FAO) and the World Food Programme")
    'Food and Agriculture Organization and the World Food Programme'
    >>> joint_name("Vivek Trivedi and Dr. Rob Laurenson")
    'Vivek Trivedi and Rob Laurenson'
    """
    plain = _BRACKETED.sub("", words)
    plain = _LISTED_TITLE.sub(lambda m: "" if m.group(1).lower() in _NAME_TITLES else m[0], plain)
    return " ".join(plain.split())


#: Courtesy and abbreviated titles, left out of a joint name ("Dr Vivek Trivedi and Dr Rob
#: Laurenson": "Vivek Trivedi and Rob Laurenson").
_NAME_TITLES = COURTESY_TITLES | HONORIFICS
_LISTED_TITLE = re.compile(r"\b([A-Z][a-z]{1,4})\.?\s+(?=[A-Z])")


#: "member states", "states parties": the words after a body's name for its members.
_MEMBERS = re.compile(r"\s+((?:member\s+)?states(?:\s+parties)?|member\s+countries)\b")


def body_members(text: str, index, mention) -> tuple[Actor, int] | None:
    """``The ICC member states on Saturday said``: a body's name, then "member states" (or
    "states parties", "member countries"), is the body's members speaking together, one
    group named with the body's full name; returns it and where its words end.

    None for anything but an organisation, so "Arab states" stays a description.
    """
    if mention.actor.kind != "organisation":
        return None
    found = _MEMBERS.match(text, mention.end)
    if found is None:
        return None
    name = f"{mention.actor.name} {' '.join(found.group(1).split())}"
    key = "group:" + name.lower()
    return index.actors_by_key.get(key) or index.new_actor("group", name, key), found.end()
