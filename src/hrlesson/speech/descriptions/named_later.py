"""Descriptions named later: "Burma's UN envoy" ... "Burma's UN envoy Wunna Maung Lwin"."""

from __future__ import annotations

import bisect
import re

from ...wordlists import word_set
from ..actor_index import ActorIndex
from ..apposed_names import person_apposed_before
from ..records import Actor, SpeakerRef
from ..spokespeople.named_next import spokesperson_of_earlier_time
from ..titles.national_officials import official_of_nation
from ..titles.posts import name_post_titles
from ..titles.role_holders import link_role_descriptions
from ..titles.words import title_word
from ..tokens import Token
from ..vocabulary import (
    DESCRIPTION_WORDS,
    GENERIC_TITLES,
    NAMING_GROUP_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_head_word,
    is_national,
    role_has,
    same_body,
    tidy_description,
)
from .apposed_roles import APPOSED_ROLE, role_apposed_later
from .heads import modifier_before_head
from .lead_holders import LEAD_HOLDER, lead_description_holder
from .named_next import NAMED_NEXT, SPEAKING_NEXT, person_named_next, person_speaking_next
from .restated_appositions import RESTATED_APPOSITION, restated_holder
from .top_posts import name_top_posts
from .unnamed_again import introduced_unnamed

#: Styles and courtesy titles before a name that the name's mention may leave out ("Lord
#: Adonis", "Mr Quintana"): data/words/noble_styles.txt, courtesy_titles.txt.
_STYLES = word_set("noble_styles") | word_set("courtesy_titles")

#: Titles that, after "the" and with no nationality, name the person named last before them
#: (with a nationality any of :data:`GENERIC_TITLES` does): "the U.N. official" after "Zeid's
#: office" is Zeid, not a spokesman named in the next paragraph; data/words/last_named_titles.txt.
_LAST_NAMED_TITLES = word_set("last_named_titles")

#: Lower-case words that may continue a title's complement up to the comma before the
#: name: "permanent representative to the United Nations in Geneva, X".
_COMPLEMENT_WORDS = frozenset(["to", "the", "at", "in", "of", "for", "on", "and"])


def country_of_words(index: ActorIndex, words: list[Token], k: int) -> tuple[str, int] | None:
    """A country named in several words from ``words[k]``: ``North Korea's UN envoy``,
    ``the United States ambassador``.

    Returns the country and the index after its words; None for a one-word name (read
    word by word by the description rules).
    """
    m = index.mention_starting(words[k].start)
    if m is None or m.actor.kind != "state" or m.end <= words[k].end:
        return None
    k_after = k
    while k_after < len(words) and words[k_after].start < m.end:
        k_after += 1
    return m.actor.name, k_after


def body_of_words(index: ActorIndex, words: list[Token], k: int) -> tuple[str, int] | None:
    """An organisation named in several words from ``words[k]`` right before a lower-case
    title or modifier: ``The European Union foreign affairs spokesperson``.

    Returns the organisation's name and the index after its words (as
    :func:`country_of_words` does for a country), else None.
    """
    m = index.mention_starting(words[k].start)
    if m is None or m.actor.kind != "organisation" or m.how != "name" or m.end <= words[k].end:
        return None
    k_after = k
    while k_after < len(words) and words[k_after].start < m.end:
        k_after += 1
    own = index.mention_starting(words[k_after].start) if k_after < len(words) else None
    if own is not None and own.actor is m.actor and own.how == "acronym":
        k_after += 1  # "Doctors Without Borders' (MSF) deputy medical coordinator"
    if k_after >= len(words) or not words[k_after].text.islower():
        return None
    nxt = words[k_after].lower
    if not (is_head_word(nxt) or nxt in DESCRIPTION_WORDS or modifier_before_head(words, k_after)):
        return None  # "with the United Nations and would send": no description
    return m.actor.name, k_after


def body_after_noun(
    index: ActorIndex, words: list[Token], k: int, run: list[Token]
) -> tuple[str, int] | None:
    """A body's name (:func:`body_of_words`) that opens a description, or follows a noun
    that names it inside one: ``French medical charity Doctors Without Borders' (MSF)
    deputy medical coordinator`` is the coordinator of Doctors Without Borders."""
    if run and run[-1].lower not in NAMING_GROUP_NOUNS:
        return None
    return body_of_words(index, words, k)


#: Ranks of another post than the title they come before: "deputy ombudsman".
_OTHER_POST_RANKS = frozenset(["deputy", "vice", "assistant", "acting"])


def person_after_description(text: str, index: ActorIndex, label: str, after: int) -> Actor | None:
    """The person named right after a later occurrence of ``label`` in ``text``, or None.

    ``label`` "Burma's UN envoy", text "... Burma's UN envoy Wunna Maung Lwin was quoted
    ...": the actor of Wunna Maung Lwin (a mention of ``index`` that starts there).
    A rank of another post before that occurrence names no holder of the label's own: "the
    ombudsman said" ... "overall deputy ombudsman Arthur Carandang" is not the ombudsman.
    A spokesperson named in a sentence set at an earlier time is not the one who spoke
    now (:func:`spokesperson_of_earlier_time`).
    """
    heads = {label.split()[-1].lower()}
    pos = text.find(label, after)
    while pos != -1:
        rank = set(text[max(0, pos - 12) : pos].lower().split()[-1:])
        other = rank & _OTHER_POST_RANKS or spokesperson_of_earlier_time(index, heads, pos)
        m = None if other else index.mention_starting(pos + len(label) + 1)
        if m is not None and m.actor.kind == "person" and text[pos + len(label)] == " ":
            return m.actor
        pos = text.find(label, pos + 1)
    return _person_after_country_title(text, index, label, after)


def _person_after_country_title(
    text: str, index: ActorIndex, label: str, after: int
) -> Actor | None:
    """``North Korea's UN envoy`` ... ``in North Korea, the country's UN envoy Choe Myong Nam
    said``: the same title with "the country's" for the state the text last named.

    Only when ``label`` starts with a state's name and that state is the last one named
    before "the country's".
    """
    parts = re.split(r"['\u2019]s ", label, maxsplit=1)
    state = index.actors_by_key.get("state:" + parts[0].lower()) if len(parts) == 2 else None
    if state is None:
        return None
    title = parts[1]
    pattern = re.compile(r"the country['\u2019]s " + re.escape(title) + " ", re.IGNORECASE)
    for found in pattern.finditer(text, after):
        m = index.mention_starting(found.end())
        states = [x for x in index.mentions_in(0, found.start()) if x.actor.kind == "state"]
        if m is not None and m.actor.kind == "person" and states and states[-1].actor is state:
            return m.actor
    return None


def only_untitled_person(index: ActorIndex, before: int, speakers: list[Actor]) -> Actor | None:
    """``Mr. Guterres told ...`` and later ``the Secretary-General said``: a definite title
    that matches nobody's role is the one person named before it, when the text names
    exactly one person before it, that person has spoken (``speakers``: the speakers of
    the reporting verbs read so far), and the text never gives that person a role."""
    persons = {
        id(m.actor): m.actor
        for m in index.mentions_in(0, before)
        if m.actor.kind == "person" and not m.in_quote
    }
    if len(persons) != 1:
        return None
    actor = next(iter(persons.values()))
    return actor if not actor.role and any(a is actor for a in speakers) else None


def name_described_speakers(text: str, index: ActorIndex, refs: list[SpeakerRef]) -> None:
    """A description used as a speaker, named later by the same words right before a
    person's name, is that person (a forward reference).

    "Burma's UN envoy told the council" ... "Burma's UN envoy Wunna Maung Lwin was
    quoted as saying": the envoy is Wunna Maung Lwin. Each ref is updated in place, so
    a quote and its reporting verb keep the same speaker.
    """
    name_top_posts(index, refs)
    found: dict[str, Actor | None] = {}
    named_next: dict[str, str] = {}
    for ref in refs:
        label = ref.label
        if ref.actor is not None and ref.actor.key.startswith("unnamed:"):
            label = ref.actor.name
        elif ref.actor is not None:
            continue
        if not label or (" " not in label and label.lower() not in TITLE_HEADS):
            continue  # "a spokesman ... spokesman Stephane Dujarric": a title, named later
        if label not in found:
            short = re.split(r" (?:for|of) ", label, maxsplit=1)[0]
            found[label] = person_after_description(text, index, label, ref.end) or (
                person_after_description(text, index, short, ref.end) if short != label else None
            )
        if found[label] is None and not introduced_unnamed(text, label, ref.start):
            found[label] = sole_person_after(text, index, ref, refs)
        if found[label] is None and (nxt := person_named_next(text, index, ref)) is not None:
            found[label], named_next[label] = nxt, NAMED_NEXT
        if found[label] is None and (nxt := person_speaking_next(text, index, ref, refs)):
            found[label], named_next[label] = nxt, SPEAKING_NEXT
        if found[label] is None and (held := role_apposed_later(text, index, label, ref.end)):
            found[label], named_next[label] = held, APPOSED_ROLE  # "Niall Colgan, owner of"
        if found[label] is None and (held := lead_description_holder(text, index, ref)):
            found[label], named_next[label] = held, LEAD_HOLDER
        if found[label] is None and (held := restated_holder(text, index, ref)):
            found[label], named_next[label] = held, RESTATED_APPOSITION
        if found[label] is not None:
            ref.actor, ref.how = found[label], named_next.get(label, ref.how)
    link_role_descriptions(text, index, refs)
    name_post_titles(index, refs)


def sole_person_after(text: str, index: ActorIndex, ref: SpeakerRef, refs: list) -> Actor | None:
    """``The French EU official said, "..."`` ... ``Barnier said``: a definite description
    of a speaker, in a text that names one person only, and only after it, is that
    person, when that person speaks too and the text gives them no other role; so is a
    "he" that goes on with such a description (``The chief executive of the Generation Rent
    group has made another attack ... He says "Q"`` ... ``Twomey issued a statement``)."""
    if ref.actor is None:
        return None
    unnamed = ref.actor.key.startswith("unnamed:") and ref.actor.first[1] > 0
    start = ref.actor.first[0] if unnamed else ref.start
    if text[start : start + 4].lower() != "the ":
        return None
    persons = {
        id(m.actor): m
        for m in index.mentions_in(0, len(text))
        if m.actor.kind == "person" and not m.in_quote and m.actor is not ref.actor
    }
    if len(persons) != 1:
        return None
    actor = next(iter(persons.values())).actor
    first = min(m.start for m in index.mentions_in(0, len(text)) if m.actor is actor)
    if first < ref.end or actor.role or actor.key.startswith("unnamed:"):
        return None
    return actor if any(r.actor is actor for r in refs) else None


#: Offices no holder of another of them is called by: data/words/distinct_offices.txt.
_DISTINCT_OFFICES = word_set("distinct_offices")


def introduced_in_other_office(actor: Actor, head: str, text: str) -> bool:
    """``actor`` is introduced with a title written beside the name, at its first
    mention, naming another office than ``head``: "The Prime Minister commended ..." then
    "NFU President Minette Batters said" names no prime minister; so is a title after the
    name and a comma ("Ana Ruiz, mayor of Lima,"). Only offices that exclude each other
    count (data/words/distinct_offices.txt): "the minister" may be a "Business Secretary",
    "the UN chief" any title.

    >>> batters = Actor("person", "Minette Batters")
    >>> batters.role, batters.first = "NFU President", (14, 29)
    >>> text = "NFU President Minette Batters said"
    >>> introduced_in_other_office(batters, "minister", text)
    True
    >>> introduced_in_other_office(batters, "president", text)
    False
    >>> introduced_in_other_office(batters, "chief", text)
    False
    """
    role = actor.role
    if not role or head not in _DISTINCT_OFFICES or role_has(role, head):
        return False
    if not set(role.lower().replace("-", " ").split()) & _DISTINCT_OFFICES:
        return False
    start, end = actor.first
    before = re.sub(r"\s+", " ", text[max(0, start - len(role) - 2) : start]).strip()
    after = re.sub(r"\s+", " ", text[end : end + len(role) + 8]).lower()
    low = role.lower()
    return before.lower().endswith(low) or any(
        after.startswith(f", {art}{low}") for art in ("", "the ", "a ")
    )


def known_by_another_role(actor: Actor, head: str, aff: str | None, before: int) -> bool:
    """``actor``, named before ``before`` with a role that is not the title ``head``,
    cannot be the person a later description of that title (affiliation ``aff``) names:
    "Russia jailed opposition protest leader Alexei Navalny" ... "The judge said he ..."
    is not Navalny (named again later as the subject of another sentence). A generic
    title ("the diplomat", "the official") may name any holder of a post, and a person of
    the description's own body may hold its post under another title ("the UN's aid
    chief" is "the UN under-secretary-general").

    >>> navalny = Actor("person", "Alexei Navalny")
    >>> navalny.role, navalny.first = "leader", (66, 80)
    >>> known_by_another_role(navalny, "judge", None, 600)
    True
    >>> known_by_another_role(navalny, "leader", None, 600)
    False
    """
    if not actor.role or actor.first[0] >= before or head in GENERIC_TITLES:
        return False
    if aff is not None and actor.affiliation is not None and same_body(actor.affiliation, aff):
        return False
    return not role_has(actor.role, head)


def speaker_of_first_sentence(later: list, speakerish, sent_of) -> Actor | None:
    """The first of ``later`` (person mentions after a description, in text order), but in
    the sentence that names them the speaker of its reporting verb beats the subject of
    what they report: "The UN under-secretary-general ..." then "Boko Haram has coerced
    ..., said O'Brien" names O'Brien.

    ``speakerish`` holds the starts of mentions next to a reporting verb; ``sent_of`` maps
    an offset to its sentence.
    """
    if not later:
        return None
    sent = sent_of(later[0].start)
    first_speaker = next(
        (m for m in later if m.start in speakerish and sent_of(m.start) == sent), later[0]
    )
    return first_speaker.actor


def former_post_speaker(
    index: ActorIndex, timeline: list, words: list[str], head: str, at: int, par_at
) -> Actor | None:
    """``"If a little more pressure is brought to bear ...," the former Algerian foreign
    minister said``: a definite description of a post the person held before ("the
    former ...") that nobody in the text holds now renames the person who spoke last.

    ``words`` are the description's lower-case words (with its article), ``timeline`` the
    (position, actor, salient) speakers read so far, ``par_at`` maps an offset to its
    paragraph number. Only a person who spoke in this or the two paragraphs before.
    """
    if words[:1] != ["the"] or "former" not in words:
        return None
    if any(a.kind == "person" and a.role and role_has(a.role, head) for a in index.actors):
        return None
    spoke = [(pos, a) for pos, a, _ in timeline if pos < at and a.kind == "person"]
    if not spoke or par_at(at) - par_at(spoke[-1][0]) > 2:
        return None
    return spoke[-1][1]


def acronym_in_brackets(
    text: str, index: ActorIndex, words: list[Token], i: int
) -> SpeakerRef | None:
    """The organisation of an acronym in brackets that closes a capitalised title from
    ``words[i]`` ("the"): ``the UN High Commissioner for Refugees (UNHCR) said`` is the agency
    (the office's title names its body), not a person of that title named elsewhere."""
    if words[i].lower != "the":
        return None
    for k in range(i + 1, min(len(words), i + 9)):
        w = words[k]
        if text[words[k - 1].end : w.start].strip() != "(" or text[w.end : w.end + 1] != ")":
            if not (w.cap or w.lower in ("for", "of", "on", "the")):
                return None
            continue
        m = index.mention_starting(w.start)
        if m is not None and m.actor.kind == "organisation" and m.how == "acronym":
            if (p := titled_person_after(index, words, k + 1)) is not None:
                how = "the person titled after the body's acronym"
                return SpeakerRef(p.actor, None, words[i].start, p.end, True, how)
            return SpeakerRef(m.actor, None, m.start, m.end)
        return None
    return None


def titled_person_after(index: ActorIndex, words: list[Token], j: int):
    """The mention of a person named after capitalised title words from ``words[j]``:
    ``the Organization of American States (OAS) Secretary General Luis Almagro's report``
    is Almagro's (the body in brackets is his title's, not the speaker); None without
    title words or a person after them."""
    k = j
    while k < len(words) and words[k].cap and title_word(words[k].lower):
        k += 1
    m = index.mention_starting(words[k].start) if j < k < len(words) else None
    return m if m is not None and m.actor.kind == "person" else None


def person_in_apposition(index: ActorIndex, end: int) -> Actor | None:
    """The person named in apposition right after a description that ends at ``end``.

    ``said Ecuador's permanent representative to the United Nations in Geneva, Marcelo
    Vazquez Bermudez``; ``Permanent Representative of Burundi to the UN Office at Geneva,
    ambassador Renovat Tabu opposed``: the description is that person. Only capitalised
    words and a few prepositions may stand between the description and the comma, and
    only lower-case titles between the comma and the name, and a style before it ("the
    chairman of the National Infrastructure Commission, Lord Adonis, warned").
    """
    toks = index.tokens
    k = index.token_index(end)
    if k >= len(toks) or k == 0:
        return None
    sent = toks[k - 1].sent
    steps = 0
    while k < len(toks) and toks[k].text != "," and steps < 10:
        t = toks[k]
        if t.sent != sent or not (t.lower in _COMPLEMENT_WORDS or (t.cap and t.text[0].isalpha())):
            return None
        k += 1
        steps += 1
    k += 1
    while (
        k < len(toks)
        and toks[k].text.islower()
        and (toks[k].lower in TITLE_HEADS or toks[k].lower in TITLE_MODIFIERS)
    ):
        k += 1
    if k >= len(toks) or toks[k].sent != sent:
        return None
    m = index.mention_starting(toks[k].start)
    if m is None and toks[k].lower in _STYLES and k + 1 < len(toks):
        m = index.mention_starting(toks[k + 1].start)  # "..., Lord Adonis, warned"
    if m is None or m.actor.kind != "person" or m.in_quote:
        return None
    return m.actor


def named_in_apposition(index: ActorIndex, text: str, end: int, aff: str | None) -> Actor | None:
    """The person named in apposition after the description ``text`` (ending at ``end``),
    or before it (:func:`person_apposed_before`), who then holds its role and
    affiliation when the text gave them none."""
    named = person_in_apposition(index, end) or person_apposed_before(index, end - len(text))
    if named is not None:
        named.role = named.role or tidy_description(text)
        named.affiliation = named.affiliation or aff
    return named


#: A person named inside the complement of another person's apposed description:
#: ", the head of administration of " between the owner's name and the other name.
_APPOSED_COMPLEMENT = re.compile(r",\s+(?:the|a|an)\s[^,.;:\"“”]*?\b(?:of|to|for)\s[^,.;:\"“”]*$")


def description_owner(text: str, before: list) -> Actor:
    """The person a generic title renames among the mentions ``before`` it: the last one,
    unless that name stands inside the complement of the description apposed to the
    person named before it, who then owns the description ("Gergely Gulyas, the head of
    administration of Hungarian PM Viktor Orban said ... The official stated": Gulyas).

    >>> from types import SimpleNamespace as N
    >>> t = "Gulyas, the head of administration of PM Orban said"
    >>> ms = [N(start=0, end=6, actor="Gulyas"), N(start=41, end=46, actor="Orban")]
    >>> description_owner(t, ms)
    'Gulyas'
    """
    last = before[-1]
    for prev in reversed(before[:-1]):
        if prev.actor is last.actor:
            continue
        between = text[prev.end : last.start]
        return prev.actor if _APPOSED_COMPLEMENT.match(between) else last.actor
    return last.actor


def generic_title_before(
    index: ActorIndex, words: list[str], head: str, start: int, aff: str | None
) -> Actor | None:
    """``the U.N. official says`` after ``a statement from Zeid's office``: a definite
    generic title (``words``, lower case with its article) that no role matches is the
    person named last before it, within the three sentences before, when that person's
    affiliation does not contradict the description's. "The Chadian diplomat urged"
    after the AU Commission chairman Moussa Faki Mahamat spoke: a generic title with a
    nationality names the official of an international body too, and a person the text
    introduced with that country ("the Russian diplomat" after "... of the MFA of the
    Russian Federation Igor Vishnevetsky said"; see :func:`official_of_nation`)."""
    national = head in GENERIC_TITLES and is_national(aff)
    if words[:1] != ["the"] or (head not in _LAST_NAMED_TITLES and not national):
        return None
    s = bisect.bisect_right(index.sentence_starts, start) - 1
    since = index.sentences[max(0, s - 3)][3]
    before = [
        m for m in index.mentions_in(since, start) if m.actor.kind == "person" and not m.in_quote
    ]
    if not before:
        return None
    actor = description_owner(index.text, before)
    if national and official_of_nation(index, actor, aff):
        return actor
    if aff is not None and actor.affiliation is not None and not same_body(actor.affiliation, aff):
        return None
    return actor if not national or actor.affiliation is not None else None
