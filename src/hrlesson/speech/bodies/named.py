"""Group descriptions the text names: "the magazine" after "news magazine Jeune Afrique",
"A United Nations human rights panel said" before "the UN Committee on ..."."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..descriptions.heads import named_by_noun
from ..records import Actor, SpeakerRef
from ..vocabulary import NAMING_GROUP_NOUNS, is_umbrella_body, same_body
from .group_noun import BARE_BODY_NOUNS, media_employer_before, noun_choice
from .nationality import nationality_fits
from .regulators import (
    REGULATING_BODY,
    REGULATOR_NAMED_AFTER,
    regulating_body,
    regulator_named_after,
)

#: Nouns of an indefinite body named in the next sentences: data/words/named_body_nouns.txt.
NAMED_BODY_NOUNS = word_set("named_body_nouns")

#: The evidence for a speaker placed by :func:`body_named_next`.
BODY_NAMED_NEXT = "a body named right after its description"

#: The evidence for a speaker placed by :func:`media_employer_before`.
MEDIA_EMPLOYER = "the news organisation a journalist named before works for"

_UN = re.compile(r"\b(?:UN|U\.N\.|United Nations)\b")


def names_affiliation(name: str, aff: str | None) -> bool:
    """A body's ``name`` names the description's affiliation ``aff`` (or none is given).

    >>> names_affiliation("UN Committee on the Elimination of Racial Discrimination", "United Nations")
    True
    >>> names_affiliation("African Commission on Human and Peoples' Rights", "UN")
    False
    """
    if aff is None or aff in name:
        return True
    return (aff == "UN" or same_body("UN", aff)) and _UN.search(name) is not None


def body_named_next(
    index, sent_of, content: list[str], aff: str | None, start: int
) -> Actor | None:
    """``A United Nations human rights panel said on Friday ...`` then ``Gay McDougall, a
    member of the UN Committee on the Elimination of Racial Discrimination, cited``: an
    indefinite body description (its last group noun ``content[-1]`` a committee, panel,
    council ...; ``aff`` its affiliation; at ``start``) is the first organisation named
    for the first time in the next two sentences whose name has that kind of noun and
    names the same affiliation. ``index`` is the article's actor index, ``sent_of`` maps an
    offset to its sentence.
    """
    if not content or content[-1] not in NAMED_BODY_NOUNS:
        return None
    s = sent_of(start)
    sents = index.sentences
    if s + 1 >= len(sents):
        return None
    for m in index.mentions_in(sents[s + 1][3], sents[min(s + 2, len(sents) - 1)][4]):
        a = m.actor
        words = {w.lower() for w in a.name.split()}
        if (
            a.kind == "organisation"
            and m.how == "name"
            and not m.in_quote
            and a.first[0] > start
            and words & NAMED_BODY_NOUNS
            and names_affiliation(a.name, aff)
        ):
            return a
    return None


#: The evidence for a speaker placed by :func:`name_in_apposition`.
APPOSED_NAME = "the body named in apposition to its description"

#: After a description: a short postmodifier with no comma, then the comma of an apposition.
_BEFORE_APPOSITION = re.compile(r"(?:\s+[^,.;:\"“”()]{1,60}?)?,\s+")


def name_in_apposition(index, text: str, end: int) -> Actor | None:
    """``A political group affiliated with Morales, Conalcam, slammed the unrest``: an
    indefinite group description (ending at ``end``, a short postmodifier allowed) with a
    body's name set off by commas after it is that body. ``index`` is the article's actor
    index.

    >>> body = Actor("organisation", "Conalcam")
    >>> text = "A political group affiliated with Morales, Conalcam, slammed"
    >>> m = type("M", (), {"actor": body, "how": "name", "start": 43, "end": 51})()
    >>> index = type("I", (), {"mention_starting": lambda self, pos: m if pos == 43 else None})()
    >>> name_in_apposition(index, text, 17).name
    'Conalcam'
    >>> name_in_apposition(index, "A political group said, Conalcam, slammed", 17) is None
    True
    """
    gap = _BEFORE_APPOSITION.match(text, end)
    if gap is None or re.search(r"\b(?:said|says|told)\b", gap.group(0)):
        return None
    m = index.mention_starting(gap.end())
    if m is None or m.how != "name" or m.actor.kind not in ("organisation", "group"):
        return None
    return m.actor if text[m.end : m.end + 1] == "," else None


#: The evidence for a speaker placed by :func:`body_by_after`.
BODY_BY_AFTER = 'the body named right after its description and "by"'


def body_by_after(index, text: str, content: list[str], end: int) -> Actor | None:
    """``A major inquiry by the Justice Select Committee ... revealed``: an indefinite
    description whose noun the table of body nouns reads as the work of a body (choice
    "agent_named_before": "inquiry") is the body named right after it and "by". ``index``
    is the article's actor index; the description ends at ``end``."""
    if not content or noun_choice(content[-1]) != "agent_named_before":
        return None
    by = re.compile(r"\s+by\s+(?:the\s+)?").match(text, end)
    m = index.mention_starting(by.end()) if by is not None else None
    if m is None or m.in_quote or m.actor.kind not in ("organisation", "group"):
        return None
    return m.actor


#: The evidence for a speaker placed by :func:`glossed_body`.
GLOSSED_BODY = "the body whose name the text glosses with this description"


def glossed_body(index, text: str, description: str) -> Actor | None:
    """``The emir’s office said`` ... ``the Amiri Diwan, or the emir’s office, said``: a
    description the text gives, after "or" or in brackets, as the gloss of a name set
    before it is the body of that name, wherever the description stands ("The
    prosecutor's office says" ... "the Public Ministry (Prosecutor’s Office) of
    Guatemala"). ``index`` is the article's actor index.

    >>> body = Actor("organisation", "Amiri Diwan")
    >>> text = "The emir’s office said. The Amiri Diwan, or the emir’s office, said"
    >>> m = type("M", (), {"actor": body, "how": "name", "end": 39})()
    >>> index = type("I", (), {"mentions_in": lambda self, a, b: [m]})()
    >>> glossed_body(index, text, "The emir’s office").name
    'Amiri Diwan'
    >>> body = Actor("organisation", "Public Ministry")
    >>> text = "The prosecutor's office says. the Public Ministry (Prosecutor’s Office) of"
    >>> m = type("M", (), {"actor": body, "how": "name", "end": 49})()
    >>> index = type("I", (), {"mentions_in": lambda self, a, b: [m]})()
    >>> glossed_body(index, text, "The prosecutor's office").name
    'Public Ministry'
    """
    words = description.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return None
    if ", or " not in text and "(" not in text:
        return None
    core = r"\s+".join(re.sub(r"['’]", "['’]", re.escape(w)) for w in words[1:])
    gloss_at = r"(?:,\s+or\s+|\s*\(\s*)(?:the\s+)?(?i:" + core + r")\s*[,)]"
    for gloss in re.finditer(gloss_at, text):
        for m in index.mentions_in(max(0, gloss.start() - 60), gloss.start()):
            if m.end == gloss.start() and m.how == "name":
                return m.actor
    return None


#: Body nouns a name can come before ("the AFC rebel coalition"): bare body nouns and the
#: nouns that name a body (data/words/body_nouns.csv, naming_group_nouns.txt).
_NAMED_AFTER_NOUNS = BARE_BODY_NOUNS | NAMING_GROUP_NOUNS

#: The evidence for a speaker placed by :func:`name_before_noun`.
NAME_BEFORE_NOUN = "the body named before that noun"


def name_before_noun(mentions, text: str, noun: str, start: int) -> Actor | None:
    """``the Alliance Fleuve Congo (AFC) rebel coalition`` ... ``The coalition called``:
    "the <noun>" is the body whose name the text gave before ``start`` right before that
    noun (past its acronym in brackets and up to two lower-case modifiers), the latest
    such. ``mentions`` are the article's mentions in text order.

    >>> body = Actor("organisation", "Alliance Fleuve Congo")
    >>> m = type("M", (), {"actor": body, "in_quote": False, "start": 8, "end": 29})()
    >>> text = "head of Alliance Fleuve Congo (AFC) rebel coalition. The coalition"
    >>> name_before_noun([m], text, "coalition", 53).name
    'Alliance Fleuve Congo'
    >>> name_before_noun([m], text, "group", 53) is None
    True
    """
    after = re.compile(
        r"(?:\s*\([A-Z][\w.-]{1,10}\))?\s+(?:[a-z][\w-]*\s+){0,2}"
        + re.escape(noun)
        + r"\b(?![-’'])"
    )
    found = None
    for m in mentions:
        if m.start >= start:
            break
        if m.in_quote or m.actor.kind not in ("organisation", "group"):
            continue
        if is_umbrella_body(m.actor.name) or text[m.end : m.end + 1].isalnum():
            continue  # "the UN agency": an affiliation, not the agency's name
        found_at = after.match(text, m.end)
        if found_at and not re.match(r"\s+[A-Z]", text[found_at.end() :]):
            found = m.actor
    return found


#: The evidence for a speaker placed by :func:`governing_body`.
LAST_BODY_NAMED = "the body named last before its description"


def governing_body(reader, text: str, start: int) -> Actor | None:
    """``sanctions announced by FIFA`` ... ``The governing body had confirmed`` ... ``a
    governing body statement read``: "the/a <modifier> body" with no affiliation is the
    body this description first stood for: the organisation named last (outside quotes)
    in the sentence before it or its own. ``reader`` is the attributor."""
    words = text.lower().split()
    if len(words) < 3 or words[0] not in ("the", "a") or not words[1].isalpha():
        return None
    key = ("body_named", " ".join(words[1:]))
    if key in reader.desc_memory:
        return reader.desc_memory[key].actor
    s = reader.sent_of(start)
    lo = reader.sentences[max(0, s - 1)][3]
    named = [
        m
        for m in reader.index.mentions_in(lo, start)
        if not m.in_quote and m.actor.kind == "organisation"
    ]
    if not named:
        return None
    reader.desc_memory[key] = SpeakerRef(named[-1].actor, None, named[-1].start, named[-1].end)
    return named[-1].actor


def body_for_noun(reader, content: list[str], det, aff, span: tuple[int, int], note):
    """The body a group description names (``reader`` the attributor, ``span`` the
    description's, ``note`` records a span of an actor): "the magazine" after "news
    magazine Jeune Afrique" (:func:`named_by_noun`), "A UN panel" the body named right
    after it (:func:`body_named_next`); else None."""
    start, end = span
    how = "the body that noun introduced"
    actor = glossed_body(reader.index, reader.text, reader.text[start:end])
    if actor is not None:
        how = GLOSSED_BODY
    elif det == "the" and len(content) == 1 and content[0] in NAMING_GROUP_NOUNS:
        actor = named_by_noun(reader.index.mention_starting, reader.text, content[0], start)
    elif det in ("a", "an"):
        actor = name_in_apposition(reader.index, reader.text, end)
        how = APPOSED_NAME
        if actor is None:
            actor = body_named_next(reader.index, reader.sent_of, content, aff, start)
            how = BODY_NAMED_NEXT
        if actor is None:
            actor = body_by_after(reader.index, reader.text, content, end)
            how = BODY_BY_AFTER
    bare = reader.text[start:end].lower() == "the " + content[-1] if content else False
    if actor is None and bare and content[-1] in _NAMED_AFTER_NOUNS:
        actor = name_before_noun(reader.index.mentions, reader.text, content[-1], start)
        how = NAME_BEFORE_NOUN
    if actor is None and det in ("the", None) and content:
        # "the news channel", "The London-based Farsi news channel" (no determiner read)
        actor = media_employer_before(reader.index, content[-1], start)
        how = MEDIA_EMPLOYER
    if actor is None:
        actor = regulator_named_after(reader.index, reader.text, content, end)
        how = REGULATOR_NAMED_AFTER
    if actor is None:
        actor = regulating_body(reader.index, reader.text, content, start)
        how = REGULATING_BODY
    if actor is None and aff is None and content == ["body"]:
        actor = governing_body(reader, reader.text[start:end], start)
        how = LAST_BODY_NAMED
    if actor is None or not nationality_fits(reader.index.mentions, reader.text, actor, aff):
        return None  # "the British group" is not "French ... group Saint-Gobain"
    note(actor, start, end)
    return SpeakerRef(actor, None, start, end, how=how)
