"""Partitive subjects and "of"-chains: the speaker is the head of the phrase, not the noun
inside its "of" complement.

``One of them, a 34-year-old teacher, said``: the teacher (the apposition), never the
group "them" refers to; ``one of the villagers said``: one member of the group, not the
group; ``The mother of one of the detained students said``: the mother, not the students.
"""

from __future__ import annotations

from ..wordlists import word_set
from .records import SpeakerRef
from .relation_holders import (
    relation_noun_at,
    relative_first_named,
    relative_spoke_before,
)
from .subjects.affiliations import titled_member
from .subjects.plain import agent_plural, plain_plural_subject
from .subjects.spans import given_name_offset
from .tokens import Token
from .vocabulary import (
    ANONYMOUS_ROLES,
    GENDER_WORDS,
    KIN_SPEAKERS,
    first_name_gender,
    is_person_head,
    tidy_description,
)

#: Why a speaker is a title's holder the article never names ("the head of one of ...").
TITLE_OF_ONE_OF = 'a title whose complement is "one of" a group: someone never named'

#: Why a speaker is some members of a body ("Members of the opposition said").
MEMBERS_OF = 'members of the body or group the "of" complement names'

#: Why a speaker is the name a relative clause gives ("a woman who gave her name as X").
NAME_GIVEN = "the name the relative clause after the speaker gives"

#: Number words a writer counts people with: data/words/number_words.txt.
NUMBER_WORDS = word_set("number_words")

#: Why a speaker is a member of a group ("one of the villagers").
ONE_OF = 'one member of the group after "one of"'

#: Why a speaker is a relative of someone ("the mother of one of the students").
KIN_OF = 'a relative of whom the "of" complement names'

#: The evidence for :func:`relative_of_named` ("Mr. Ashoori's family said").
KIN_OF_NAMED = "a relative of the one the phrase names (a possessive)"

#: The evidence for :func:`described_family` ("The Spanish royal family issued").
FAMILY_DESCRIBED = "a family the phrase describes, no person named before it"

#: Why a speaker is the person an apposition describes ("One of them, a teacher, said").
ONE_OF_APPOSED = 'the person the apposition after "one of" describes'

#: Why a speaker is the group a count of people opens ("Dozens of current and former X drivers").
QUANTITY_OF = 'the group a count ("Dozens of", "A dozen") opens'

#: Counts of people that open a subject: data/words/crowd_counts.txt ("dozens", "hundreds").
_CROWD_COUNTS = word_set("crowd_counts")

#: Counts that open a counted group before "of" ("Dozens of", "Several of").
_QUANTITY_COUNTS = _CROWD_COUNTS | {"several"}

#: Why a speaker is the person named after "one of" a plural ("one of his attorneys X").
ONE_OF_NAMED = 'the person named right after the plural "one of" counts from'

_OBJECT_PRONOUNS = frozenset(["them", "us", "those", "these"])
_GROUP_COUNTS = frozenset(["several", "many", "some", "few", "dozens", "hundreds", "thousands"])


def one_of_complement(words: list[Token]) -> int | None:
    """Where the complement starts when ``words`` open with "one of": ``One of them``,
    ``one of the three experts`` (a single member of a group); else None.

    >>> from .tokens import tokenize
    >>> one_of_complement(tokenize("One of the three experts", [0]))
    2
    >>> one_of_complement(tokenize("One official", [0])) is None
    True
    """
    if len(words) < 3 or words[0].lower != "one" or words[1].lower != "of":
        return None
    return 2


def agent_group(words: list[Token]) -> bool:
    """A complement of "one of" that describes people by what they do, though no actor
    stands for it: ``One of the passengers said, "There was an announcement ..."``
    (japan_heavy_snow_traffic_passengers_nhk): one passenger speaks; not "the key issues".

    >>> from .tokens import tokenize
    >>> [agent_group(tokenize(s, [0])) for s in ("the passengers", "the key issues")]
    [True, False]
    """
    return plain_plural_subject(words) is not None and agent_plural(words[-1].lower)


def quantity_start(words: list[Token]) -> int | None:
    """Where the counted group starts when ``words`` open with a count of people:
    ``Dozens of current and former Uber drivers``, ``A dozen news guilds``, ``Several of
    the workers``; else None (and None before a pronoun: "Dozens of them").

    >>> from .tokens import tokenize
    >>> quantity_start(tokenize("Dozens of current and former Uber drivers", [0]))
    2
    >>> quantity_start(tokenize("A dozen news guilds", [0]))
    2
    >>> quantity_start(tokenize("Several of the workers", [0]))
    3
    >>> quantity_start(tokenize("Dozens of them", [0])) is None
    True
    """
    low = [w.lower for w in words[:4]]
    if low[:2] == ["a", "dozen"]:
        k = 3 if low[2:3] == ["of"] else 2
    elif low[:1] and low[0] in _QUANTITY_COUNTS and low[1:2] == ["of"]:
        k = 2
    else:
        return None
    k += 1 if [w.lower for w in words[k : k + 1]] == ["the"] else 0
    return k if k < len(words) and words[k].lower not in _OBJECT_PRONOUNS else None


def counted_head(words: list[Token], k: int) -> int | None:
    """The index of the plural noun that ends the group counted from ``words[k]``: its
    modifiers, "and"/"or" coordination and a participle postmodifier run on to the first
    lower-case plural no plural follows ("current and former Uber drivers had": "drivers";
    "news guilds and unions representing Tribune Publishing employees spoke": "employees");
    None past ten words or at a stop.

    >>> from .tokens import tokenize
    >>> words = tokenize("news guilds and unions representing Tribune employees spoke", [0])
    >>> words[counted_head(words, 0)].text
    'employees'
    >>> counted_head(tokenize("UN staff said", [0]), 0) is None
    True
    """
    for j in range(k, min(len(words), k + 10)):
        w = words[j]
        if not (w.text[0].isalnum() or w.text == "-"):
            return None
        nxt = words[j + 1].text if j + 1 < len(words) else ""
        plural = w.text.islower() and w.text.endswith("s") and not w.text.endswith("ss")
        if not plural or nxt in ("and", "or") or nxt.endswith("ing"):
            continue
        if not (nxt.islower() and nxt.endswith("s")):  # "news guilds": the compound runs on
            return j
    return None


def kin_of_head(words: list[Token]) -> int | None:
    """The index of a relative's noun that heads ``words`` before an "of" complement:
    ``The mother of one of the detained students``, ``a brother of the victim`` (the
    speaker is the relative); else None.

    >>> from .tokens import tokenize
    >>> kin_of_head(tokenize("The mother of one of the detained students", [0]))
    1
    >>> kin_of_head(tokenize("The families said", [0])) is None
    True
    >>> kin_of_head(tokenize("the father of three", [0])) is None
    True
    """
    j = 1 if words and words[0].lower in ("the", "a", "an") else 0
    if j + 2 >= len(words) or words[j + 1].lower != "of":
        return None
    t, first = words[j], words[j + 2]
    if (first.lower in NUMBER_WORDS or first.text.isdigit()) and [
        w.lower for w in words[j + 3 : j + 4]
    ] != ["of"]:
        return None  # "the father of three": an epithet of a person named before
    return j if kin_noun(t.lower) and (t.text.islower() or j == 0) else None


def group_noun(name: str) -> str:
    """A group's name without the count it was introduced with, for "one of the ...":
    "Several Polish border guards" gives "Polish border guards".

    >>> group_noun("Several Polish border guards"), group_noun("three experts")
    ('Polish border guards', 'experts')
    >>> group_noun("villagers")
    'villagers'
    """
    first, _, rest = name.partition(" ")
    counts = first.lower() in _GROUP_COUNTS or first.lower() in NUMBER_WORDS or first.isdigit()
    return rest if counts and rest else name


def kin_noun(word: str) -> bool:
    """A relative's noun, singular or plural ("mother", "families", "sons").

    >>> kin_noun("families"), kin_noun("sons"), kin_noun("mother"), kin_noun("officials")
    (True, True, True, False)
    """
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in KIN_SPEAKERS or singular in KIN_SPEAKERS


def relative_of_named(words: list[Token], person_ends: frozenset[int] = frozenset()) -> int | None:
    """The index of the relative in ``Mr. Ashoori's family`` or ``Ali's mother``: a relative
    of the one the phrase's first, capitalised words name (the last of them possessive). The
    relative speaks, not the one named; None for any other phrase.

    >>> from hrlesson.speech.tokens import tokenize
    >>> words = [t for t in tokenize("Mr. Ashoori’s family said", [0]) if t.text[0].isalnum()]
    >>> words[relative_of_named(words)].text
    'family'

    Modifiers may come between ("Reza's elder brother"), and then the possessive may be
    lost after a person's name: one with a known first name ("King Charles younger son
    told") or one the actor index knows as a person (a mention of a person ends at one of
    ``person_ends``); never after other capitalised words ("The Spanish royal family").
    A relative's noun before a title is no head ("Smith's family attorney").

    >>> words = tokenize("King Charles younger son told", [0])
    >>> words[relative_of_named(words)].text
    'son'
    >>> relative_of_named(tokenize("The Spanish royal family said", [0])) is None
    True
    >>> words = tokenize("Barker younger son said", [0])
    >>> relative_of_named(words) is None, words[relative_of_named(words, frozenset([6]))].text
    (True, 'son')
    """
    for k, word in enumerate(words[:4]):
        if not word.cap:
            if k == 0 or not (word.poss or person_name(words[:k], person_ends)):
                return None  # "The Spanish royal family": no person's name before
            j = relation_noun_at(words, k)
            return j if j is not None and j > k else None
        if word.poss:
            return relation_noun_at(words, k + 1)
    return None


def person_name(words: list[Token], person_ends: frozenset[int]) -> bool:
    """The capitalised ``words`` are a person's name: a mention of a person the actor index
    knows ends with them (at one of ``person_ends``), or one of them is a known first name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> person_name(tokenize("King Charles", [0]), frozenset())
    True
    >>> person_name(tokenize("The Spanish", [0]), frozenset())
    False
    """
    return words[-1].end in person_ends or any(first_name_gender(w.lower) for w in words)


def described_family(words: list[Token]) -> int | None:
    """The index of the relatives' noun in ``The Spanish royal family``: capitalised words
    that are no possessive, lower-case modifiers, then a family or relatives (the noun
    :func:`relative_of_named` reads when a person's name comes first). Called when no
    person is named: the family the phrase describes speaks as a group, a relative of
    nobody.

    >>> from hrlesson.speech.tokens import tokenize
    >>> words = tokenize("The Spanish royal family issued", [0])
    >>> words[described_family(words)].text
    'family'
    >>> described_family(tokenize("The Spanish younger son said", [0])) is None
    True
    """
    for k, word in enumerate(words[:4]):
        if word.poss:
            return None
        if not word.cap:
            j = relation_noun_at(words, k) if k > 0 else None
            return j if j is not None and j > k and kin_group(words[j].lower) else None
    return None


def unnamed_non_kin(key: str) -> bool:
    """An actor key of somebody never named who is no relative: the "source" a later "the
    source said" may be, never "his family".

    >>> unnamed_non_kin("unnamed:diplomatic source"), unnamed_non_kin("unnamed:his family")
    (True, False)
    """
    return key.startswith("unnamed:") and not kin_noun(key.rsplit(" ", 1)[-1].split(":")[-1])


def indefinite_description(words: list[Token]) -> bool:
    """``a 34-year-old teacher``: an indefinite article, then lower-case words only (an
    apposition that describes a person the article does not name).

    >>> from .tokens import tokenize
    >>> indefinite_description(tokenize("a 34-year-old teacher", [0]))
    True
    >>> indefinite_description(tokenize("a Geneva lawyer", [0]))
    False
    """
    return (
        len(words) >= 2
        and len(words) <= 6
        and words[0].lower in ("a", "an")
        and all(not t.text[0].isupper() for t in words[1:])
    )


def title_of_one_of(words: list[Token]) -> bool:
    """``The head of one of the delegations``, ``a spokesman for one of the groups``: a
    person's title whose complement is a partitive names someone the article does not name
    (not the holder of that title met before, nor the group).

    >>> from .tokens import tokenize
    >>> title_of_one_of(tokenize("The head of one of the delegations", [0]))
    True
    >>> title_of_one_of(tokenize("The head of the delegation", [0]))
    False
    """
    j = 1 if words and words[0].lower in ("the", "a", "an") else 0
    return (
        len(words) > j + 4
        and (is_person_head(words[j].lower) or words[j].lower in ANONYMOUS_ROLES)
        and words[j + 1].lower in ("of", "for", "at", "from")
        and words[j + 2].lower == "one"
        and words[j + 3].lower == "of"
    )


#: Words that may come before "members of": data/words/member_quantifiers.txt.
_MEMBER_QUANTIFIERS = word_set("member_quantifiers")


def members_of(words: list[Token]) -> int | None:
    """The index of "member(s)" when ``words`` are members of a body or group, after
    quantifiers: ``Members of the opposition``, ``Several members of the Security
    Council``, ``a senior member of the ruling party`` (the members speak, not the body and
    not other members met before); else None.

    >>> from .tokens import tokenize
    >>> members_of(tokenize("Several members of the Security Council", [0]))
    1
    >>> members_of(tokenize("Council members", [0])) is None
    True
    """
    j = 0
    while j < len(words) and (
        words[j].lower in _MEMBER_QUANTIFIERS
        or words[j].lower in NUMBER_WORDS
        or words[j].text.isdigit()
    ):
        j += 1
    if j + 2 >= len(words) or words[j].lower not in ("member", "members"):
        return None
    return j if words[j + 1].lower == "of" else None


def kin_group(noun: str) -> bool:
    """Relatives that speak as a group ("the family of ...", "Relatives of victims ...").

    >>> kin_group("relatives"), kin_group("family"), kin_group("mother")
    (True, True, False)
    """
    return noun == "family" or noun.endswith("s")


class PartitiveReader:
    """Speakers named by a partitive or a relative's "of" chain (a part of :class:`Attributor`)."""

    def _relative_named(self, words: list[Token], j: int) -> SpeakerRef | None:
        """``Mladic’s son Darko told TASS``: the relative at ``words[j]`` is named right
        after the kin word; that person speaks, not an unnamed "Mladic’s son"; so does one
        named by a given name the index does not know ("Smith’s sister Sherelle had")."""
        if j + 1 >= len(words) or not words[j + 1].cap:
            return None
        start = words[j + 1].start
        for m in self.index.mentions_in(start, words[-1].end):
            if m.start == start and m.actor.kind == "person":
                return SpeakerRef(m.actor, None, m.start, m.end)
        return relative_first_named(self, words, j)  # "Smith’s sister Sherelle had"

    def _partitive_speaker(self, words: list[Token], at: int) -> SpeakerRef | None:
        """The speaker of a phrase that opens with "one of" (one member of the group the
        complement names: ``one of the villagers``, ``one of them``) or with a relative and
        "of" (``the mother of one of the detained students``); None for other phrases and
        for "one of" whose complement names nobody ("one of the key issues")."""
        if (j := kin_of_head(words)) is not None:
            ref = self._unnamed_ref(words, None, KIN_OF, collective=kin_group(words[j].lower))
            if ref.actor.gender is None and ref.actor.kind == "person":
                ref.actor.gender = GENDER_WORDS.get(words[j].lower)  # "the mother": "she"
            return ref
        persons = self.index.mentions_in(words[0].start, words[-1].end) if words else []
        person_ends = frozenset(m.end for m in persons if m.actor.kind == "person")
        if (j := relative_of_named(words, person_ends)) is not None:  # "Mr. Ashoori's family"
            if (named := self._relative_named(words, j)) is not None:
                return named
            if (spoke := relative_spoke_before(self, words, j)) is not None:
                return spoke  # "King Charles's younger son" after Prince Harry spoke
            collective = kin_group(words[j].lower)
            return self._unnamed_ref(words[: j + 1], None, KIN_OF_NAMED, collective=collective)
        if (j := described_family(words)) is not None:  # "The Spanish royal family"
            return self._unnamed_ref(words[: j + 1], None, FAMILY_DESCRIBED, collective=True)
        if (j := members_of(words)) is not None:  # "Members of the opposition"
            if named := titled_member(self.index, words, j):
                return named  # "Member of the Group Professor Francis Finucane"
            name = words[j].lower + self.text[words[j].end : words[-1].end]
            return self._unnamed_ref(words, name, MEMBERS_OF, words[j].lower == "members")
        if (k := quantity_start(words)) is not None and (j := counted_head(words, k)) is not None:
            return self._unnamed_ref(words[k : j + 1], None, QUANTITY_OF, collective=True)
        if title_of_one_of(words):  # "The head of one of the delegations"
            return self._unnamed_ref(words, None, TITLE_OF_ONE_OF)
        k = one_of_complement(words)
        if k is None:
            return None
        rest = words[k:]
        if (named := self._named_member(rest)) is not None:
            return named  # "one of Scott's family attorneys Chris Stewart"
        group = self.resolve_span(rest[0].start, rest[-1].end, at)
        if rest[0].lower in _OBJECT_PRONOUNS and len(rest) == 1:
            # "One of them said": one member of the group, never the group itself
            actor = group.actor if group is not None else None
            name = (
                f"one of the {group_noun(actor.name)}" if actor and actor.kind == "group" else None
            )
            return self._unnamed_ref(words, name or f"one of {rest[0].lower}", ONE_OF)
        if group is None or group.actor is None:
            return self._unnamed_ref(words, None, ONE_OF) if agent_group(rest) else None
        return self._unnamed_ref(words, None, ONE_OF)

    def _named_member(self, rest: list[Token]) -> SpeakerRef | None:
        """``one of Scott's family attorneys Chris Stewart``: the person the complement of
        "one of" ends with, right after its plural noun, as an apposition without its commas
        (``One of the three experts, Ariela Peralta, said``): that person speaks, not one of
        the group."""
        ends = self.index.mentions_in(rest[0].start, rest[-1].end)
        m = next((m for m in ends if m.end == rest[-1].end and m.actor.kind == "person"), None)
        before = [w for w in rest if w.end <= m.start] if m is not None else []
        if len(before) < 2 or not (before[-1].text.islower() and before[-1].text.endswith("s")):
            return None
        return SpeakerRef(m.actor, None, m.start, m.end, how=ONE_OF_NAMED)

    def _partitive_apposition(
        self, chosen: list[Token], asides: list[list[Token]], at: int
    ) -> SpeakerRef | None:
        """``One of them, a 34-year-old teacher, said``, ``One of the three experts, Ariela
        Peralta, said``: a "one of" subject with an apposition is the one the apposition
        names or describes."""
        for aside in filter(None, asides):
            if (named := self._given_name(aside[0].start, aside[-1].end + 1)) is not None:
                return named  # "A man, who gave his name as Ahmed, said"
        if one_of_complement(chosen) is None:
            return None
        for aside in filter(None, asides):
            ref = self.resolve_span(aside[0].start, aside[-1].end, at)
            if ref is not None and (ref.actor is None or ref.actor.kind == "person"):
                return ref
            if ref is None and indefinite_description(aside):
                return self._unnamed_ref(aside, None, ONE_OF_APPOSED)
        return None

    def _given_name(self, start: int, end: int) -> SpeakerRef | None:
        """``said a woman who gave her name only as Fatima``, ``A man, who identified himself
        as Ahmed, said``: the person named in the relative clause after ``start``."""
        offset = given_name_offset(self.text[start:end])
        if offset is None:
            return None
        m = self.index.mention_starting(start + offset)
        if m is not None and m.actor.kind == "person":
            return SpeakerRef(m.actor, None, m.start, m.end, how=NAME_GIVEN)
        name = []  # a name the index does not know: its capitalised words, up to three
        for t in self.toks_between(start + offset, end)[:3]:
            if not (t.cap and t.text[0].isalpha()):
                break
            name.append(t)
        if not name or m is not None:
            return None
        actor = self.unnamed_person(" ".join(t.text for t in name), None)
        self.note_span(actor, name[0].start, name[-1].end)
        return SpeakerRef(actor, None, name[0].start, name[-1].end, how=NAME_GIVEN)

    def _unnamed_ref(
        self, words: list[Token], name: str | None, how: str, collective: bool = False
    ) -> SpeakerRef:
        """A person (or, ``collective``, a group) the phrase ``words`` describes and never
        names."""
        start, end = words[0].start, words[-1].end
        text = self.text[start:end]
        if not name and words[0].lower == "one":
            name = "one" + text[3:]  # "One of the villagers": not "of the villagers"
        name = name or tidy_description(text)
        if collective:
            key = "group:" + name.lower()
            actor = self.index.actors_by_key.get(key) or self.index.new_actor("group", name, key)
        else:
            actor = self.unnamed_person(name, None)
        if actor.first == (0, 0):
            actor.first = (start, end)  # where the article first describes them
        self.note_span(actor, start, end)
        return SpeakerRef(actor, None, start, end, True, how)
