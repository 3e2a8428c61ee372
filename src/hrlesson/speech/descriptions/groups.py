"""Group and company descriptions as speakers: "the experts group", "the Mediterranea
collective", "the tech company said" (the company that spoke just before or that the article
names most). A mixin of the attributor, beside :mod:`descriptions`, which hands these over."""

from __future__ import annotations

import re

from ..bodies.governments import (
    ADJECTIVE_GOVERNMENT,
    GOVERNMENT_MINISTRY,
    adjective_government,
    government_ministry,
    government_speaker,
)
from ..bodies.group_noun import (
    BARE_BODY_NOUNS,
    COMPANY_NOUNS,
    is_state,
    noun_choice,
    sole_state_before,
)
from ..bodies.local_councils import local_council
from ..bodies.named import body_for_noun
from ..bodies.noun_referents import bare_noun_body, described_body
from ..courts import judges_court
from ..groups.bare_groups import narrower_how
from ..records import SpeakerRef
from ..spokespeople.bodies import spelled_out_spokesperson
from ..tokens import Token
from ..vocabulary import ORGANISATION_TITLE_WORDS, tidy_description
from .field_bodies import field_body_ref
from .fuller import FULLER_DESCRIPTION, body_written_as, fuller_name
from .heads import named_group_noun, organisation_named

#: Words that name a body's field in a description ("the human rights organization").
FIELD_WORDS = frozenset(["rights", "human", "aid", "humanitarian"])

#: A description that ends in a bracketed acronym: "the non-governmental organisation (NGO".
_BRACKETED_ACRONYM = re.compile(r"^(.*\S)\s+\(([A-Za-z]{2,8})\)?$", re.DOTALL)


def without_own_acronym(text: str, content: list[str]) -> tuple[str, list[str]]:
    """``the non-governmental organisation (NGO) led with``: an acronym in brackets that
    spells the description's own last words is their gloss, not a second noun; the
    description and its content words without it.

    >>> without_own_acronym("the non-governmental organisation (NGO", ["organisation", "ngo"])
    ('the non-governmental organisation', ['organisation'])
    >>> without_own_acronym("the rights group (HRW", ["group", "hrw"])
    ('the rights group (HRW', ['group', 'hrw'])
    """
    m = _BRACKETED_ACRONYM.match(text)
    if m is None or len(content) < 2 or content[-1] != m.group(2).lower():
        return text, content
    words = re.split(r"[\s-]+", m.group(1).lower())
    acronym = m.group(2).lower()
    spelled = "".join(w[:1] for w in words[-len(acronym) :])
    if len(words) <= len(acronym) or spelled != acronym:
        return text, content
    return m.group(1), content[:-1]


class GroupDescriptions:
    """Speakers that a group noun or a company noun describes."""

    def _group_description(
        self,
        content: list[str],
        det: str | None,
        aff: str | None,
        start: int,
        end: int,
        at: int,
        owner: SpeakerRef | None = None,
        qualifiers: set[str] | frozenset[str] = frozenset(),
    ) -> SpeakerRef:
        text, content = without_own_acronym(self.text[start:end], content)
        end = start + len(text)
        nouns = {w.rstrip("s") if w not in ("rights",) else w for w in content}
        orgs = [a for a in self.index.actors if a.kind in ("organisation", "group")]
        bare = [w for w in content if w in BARE_BODY_NOUNS]
        by_noun = body_for_noun(self, content, det, aff, (start, end), self.note_span)
        if by_noun is not None:
            return by_noun
        lone = det in ("the", None) and bare and len(content) == 1 and qualifiers <= FIELD_WORDS
        # "the group said", "The New York-based group said": the body that spoke last
        # whatever its name, of the nationality given ("the British group")
        if lone and (ref := bare_noun_body(self, bare[0], aff, (start, end), at)) is not None:
            return ref
        ministry = government_ministry(self.recent_at, self.sent_of, text, aff, at)
        if ministry is not None:
            self.note_span(ministry, start, end)
            return SpeakerRef(ministry, None, start, end, how=GOVERNMENT_MINISTRY)
        governing = nouns and nouns <= {"government", "authoritie", "regime", "authorities"}
        if governing and (ref := self._government_ref(text, aff, (start, end), at)) is not None:
            return ref
        match = organisation_named(content, nouns, qualifiers, orgs, at, text)
        if match is not None:
            self.note_span(match, start, end)
            return SpeakerRef(match, None, start, end)
        key = ("group", text.lower().removeprefix("the ").removeprefix("a "))
        known = self.desc_memory.get(key) or field_body_ref(self, content, text, (start, end), at)
        if known is not None:
            return known
        if (ref := self._unnamed_bare_noun(content, aff, (start, end), at)) is not None:
            return ref  # "The investigators have accused": the expert group that spoke last
        if (ref := described_body(self, content, aff, (start, end))) is not None:
            return ref  # "a leading charity has said" ... "The Refugee Council has hit out"
        actor = self.index.actors_by_key.get("group:" + key[1])
        name = fuller_name(self.text, tidy_description(text), det, content, start)
        if actor is None:
            # "the United Nations" when the UN is already known by its acronym: one actor
            # per name, never a second actor with the same name
            tidy = tidy_description(text).casefold()
            actor = next((a for a in orgs if a.name.casefold() == tidy), None)
            actor = actor or body_written_as(orgs, name)
        if actor is None:
            actor = self._new_group(name, key[1], content, aff, (start, end), owner)
            if name != tidy_description(text) and not actor.name_source:
                actor.name_source = FULLER_DESCRIPTION  # "the foreign ministry": Russian ...
        ref = SpeakerRef(actor, None, start, end, how=narrower_how(text, orgs))
        self.note_span(actor, start, end)
        self.desc_memory[key] = ref
        return ref

    def _government_ref(
        self, text: str, aff: str | None, span: tuple[int, int], at: int
    ) -> SpeakerRef | None:
        """ "the government", "the authorities", "the Turkish government" (at ``span``, its
        verb at ``at``): the government or state :func:`government_speaker` finds, or the
        government the article names with that state's adjective
        (:func:`adjective_government`: "the government said" ... "the Dutch government")."""
        recent_state = lambda: self._recent(at, is_state) or sole_state_before(self.index, at)
        actor = government_speaker(self.index, text, aff, recent_state)
        named = adjective_government(self.index, text, actor)
        if (named or actor) is None:
            return None
        self.note_span(named or actor, *span)
        return SpeakerRef(named or actor, None, *span, how=ADJECTIVE_GOVERNMENT if named else None)

    def _unnamed_bare_noun(
        self, content: list[str], aff: str | None, span: tuple[int, int], at: int
    ) -> SpeakerRef | None:
        """A bare "the <noun>" (at ``span``) that no body the article names by that noun is:
        the body the table of body nouns chooses for a noun of choice "spoke_last_unnamed"
        or "agent_named_before" (:func:`bare_noun_body`): ``The Group of Human Rights
        Experts on Nicaragua ... The independent experts maintain ... The investigators have
        previously accused``; ``A major inquiry by the Justice Select Committee ... The
        inquiry found``; first of all, a local council's generic word, the one council
        the article names ("Warrington Council ... The authority said":
        :func:`hrlesson.speech.bodies.local_councils.local_council`)."""
        if (ref := local_council(self, span)) is not None:
            return ref
        text = self.text[span[0] : span[1]].lower()
        if len(content) != 1 or text.removeprefix("the ") != content[0]:
            return None
        choice = noun_choice(content[0])
        acting_for = ("led_sentence_before", "named_just_before")  # "Officials", "judges"
        unnamed = ("spoke_last_unnamed", "spoke_last_or_sole_unnamed", "agent_named_before")
        if choice not in (*unnamed, *acting_for):
            return None
        if choice not in acting_for and text == content[0]:
            return None  # "Experts say": no article, no body of experts
        ref = bare_noun_body(self, content[0], aff, span, at)
        if ref is None and choice == "named_just_before" and text.startswith("the "):
            return judges_court(self, content[0], span)  # "the judges said": the one court
        return ref

    def _new_group(
        self,
        name: str,
        key: str,
        content: list[str],
        aff: str | None,
        span: tuple[int, int],
        owner: SpeakerRef | None,
    ):
        """A new group or organisation for a description no actor is yet (``owner`` a
        person makes it that person's: "Smith's team"; a body's short form before a voice
        title is written out: "CVCP officials" are the "Committee of Vice Chancellors and
        Principals officials", see :func:`spelled_out_spokesperson`)."""
        if owner is not None and owner.actor is not None and owner.actor.kind == "person":
            name = f"{owner.actor.name}'s {' '.join(name.split()[1:])}"
        spelled = spelled_out_spokesperson(self.index, *span)
        kind = "organisation" if content and content[-1] in ORGANISATION_TITLE_WORDS else "group"
        actor = self.index.new_actor(kind, spelled[0] if spelled else name, "group:" + key)
        actor.name_source = spelled[2] if spelled else ""
        actor.affiliation = aff
        actor.first = span
        return actor

    def _company_referent(self, words: list[Token], i: int, j: int, at: int) -> SpeakerRef | None:
        """ "The tech company said" (``words[i:]``), not "the company's chief": the company
        the table of body nouns chooses (:func:`bare_noun_body`)."""
        if words[-1].lower not in COMPANY_NOUNS or any(t.poss for t in words[j:]):
            return None
        return bare_noun_body(self, words[-1].lower, None, (words[i].start, words[-1].end), at)


def named_group(reader: GroupDescriptions, words: list[Token], i: int, at: int):
    """The group a name and a group noun from ``words[i]`` name ("the Mediterranea
    collective", see :func:`named_group_noun`), else None."""
    found = named_group_noun(reader.index.mention_starting, words, i)
    if found is None:
        return None
    start, end, noun = found
    return reader._group_description([noun], "the", None, start, end, at)
