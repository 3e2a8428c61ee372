"""The owner a document's own phrase names: "a report released by X", "X's report", "her
report", "the statement of the Assembly", "a letter from Amnesty"."""

from __future__ import annotations

from ..records import SpeakerRef
from ..spokespeople.issued_documents import spokesperson_principal
from ..subjects.heads import possessed_head
from ..titles.words import title_word
from ..tokens import Token
from ..vocabulary import is_umbrella_body
from .authoring_verbs import authored_at, authored_by
from .issuers import described_possessor, issuer_after_from
from .modified import body_before_modifier, body_noun_issuer
from .pages import page_owner
from .people_issuers import counted_issuer, people_issuer
from .plural_owners import plural_possessor
from .recipients import past_recipient, sent_from
from .summit import meeting_participants
from .unknown_authors import author_after_by
from .unnamed_issuers import past_time_phrase, unnamed_issuer

#: The most words of a title and its modifiers before a name ("Xbox boss", "UN chief").
_MAX_TITLE_WORDS = 4


def titled_person_after(index, words: list[Token], k: int) -> SpeakerRef | None:
    """``an internal memo from Xbox boss Phil Spencer``: after "from", capitalised modifiers
    and a title word run straight into a person's name (``index`` knows the person); the
    person issued the document, not the body that modifies the title.

    >>> titled_person_after(None, [], 0) is None
    True
    """
    for j in range(k, min(k + _MAX_TITLE_WORDS, len(words) - 1)):
        if not (words[j].cap or title_word(words[j].lower)):
            return None
        m = index.mention_starting(words[j + 1].start)
        if m is not None and m.actor.kind == "person" and title_word(words[j].lower):
            return SpeakerRef(m.actor, None, m.start, m.end, how="the person the document is from")
    return None


class OwnedDocuments:
    """Reads the owner named in a document's phrase (a part of :class:`Attributor`)."""

    def named_owner(
        self, words: list[Token], i: int, kind: str, s_start: int, s_end: int
    ) -> SpeakerRef | None:
        """The owner the words around the document noun ``words[i]`` name, if any.

        "a report released by X", "X's report", "her report", "a UN Human Rights Council
        resolution" (the body named right before the noun wrote or adopted it).
        """
        t = words[i]
        for j in range(i + 1, min(i + 8, len(words) - 1)):
            # "the presidential statement on Ukraine released minutes earlier by the Council"
            verbs = [w.lower for w in words[i + 1 : j]]
            if authored_at(kind, words, j, i) or (
                words[j].lower == "by"
                and (j > i + 3 and any(authored_by(kind, v, False) for v in verbs[:3]))
            ):
                # "a statement signed by the Commissioner, Mrs. X, ...": the phrase after
                # "by" with a name in apposition first; else its first entity
                owner = self.phrase_after(words[j + 1].start, s_end, t.start)
                if owner is None or owner.actor is None:
                    owner = self.resolve_span(
                        words[j + 1].start, words[min(j + 6, len(words) - 1)].end, t.start
                    )
                if owner is not None:
                    return spokesperson_principal(self, owner, t.start) or owner
                # "issued later by BNSF", "a report by Techpoint Africa": no actor
                return author_after_by(self, words, j)
        owner = self.owner_after_of(words, i, t.start)
        if owner is not None:
            return owner
        if i == 0:
            return None
        before = words[i - 1]
        owner = self._possessive_owner(words, i, t.start)
        if owner is not None:
            return owner
        if before.lower in ("her", "his", "its", "their"):
            owner = self._pronoun(before, t.start)
            if owner is not None:
                return owner
        if before.cap:
            m = next(
                (
                    x
                    for x in self.index.mentions_in(s_start, t.start)
                    if x.end == before.end and x.actor.kind != "person"
                ),
                None,
            )
            if (
                m is not None
                and m.how != "demonym"
                and not (kind == "report" and is_umbrella_body(m.actor.name))
            ):
                return SpeakerRef(m.actor, None, m.start, m.end)
        # "the CPSC recall notice", "a company statement"
        return body_before_modifier(self, words, i) or body_noun_issuer(self, words, i, t.start)

    def _possessive_owner(self, words: list[Token], i: int, at: int) -> SpeakerRef | None:
        """``Russia's report``, ``The experts’ joint statement``: a possessive at most two
        words before the document noun ``words[i]`` names its owner (a name, or the group
        named before whose name has that noun)."""
        k = next((k for k in (i - 1, i - 2) if k >= 0 and words[k].poss), None)
        if k is None and i >= 3 and words[i - 3].poss and words[i - 2].text.islower():
            k = i - 3 if words[i - 1].text.islower() else None  # "X's written court submission"
        if k is None:
            return None
        m = self.index.mention_starting(words[k].start)
        if m is not None:
            return SpeakerRef(m.actor, None, m.start, m.end)
        if (owner := described_possessor(self, words[k], at)) is not None:
            return owner  # "the minister's statement": the minister named before
        # "The experts’": the group named before with that head noun
        noun = words[k].lower
        actor = self._recent(
            at, lambda a: a.kind in ("group", "organisation") and noun in a.name.lower().split()
        )
        if actor is not None:
            return SpeakerRef(actor, None, words[k].start, words[k].end)
        return plural_possessor(words, k)  # "The voluntary administrators' report"

    def owner_from(self, words: list[Token], i: int) -> SpeakerRef | None:
        """``according to a statement from Zeid's office``, ``a letter from Amnesty``: the
        person or body named right after "from" owns the document ``words[i]`` (never a
        place: "a report from Kabul" says where it was written); ``a statement quoted her
        to have added``: the one it quotes."""
        if (paged := page_owner(self, words, i, words[i].start)) is not None:
            return paged  # "a message on the town's official Facebook page"
        if (after := past_time_phrase(words[i + 1 :])) is not words[i + 1 :]:
            words = words[: i + 1] + after  # "a news release Tuesday from the zoo"
        if (after := past_recipient(rest := words[i + 1 :])) is not rest:
            # "a statement sent to NBC 7 from the city": the city's
            return sent_from(self.owner_from(words[: i + 1] + after, i))
        if i + 2 >= len(words) or words[i + 1].lower not in ("from", "quoted", "cited"):
            return None
        if words[i + 1].lower != "from" and words[i + 2].lower in ("him", "her", "them"):
            # "a statement quoted her as saying": the one quoted speaks
            return self._pronoun(words[i + 2], words[i].start)
        m = self.index.mention_starting(words[i + 2].start)
        if m is None and (titled := titled_person_after(self.index, words, i + 2)) is not None:
            return titled  # "an internal memo from Xbox boss Phil Spencer"
        if m is None or (m.actor.kind == "state" and words[i + 2].poss):
            # "from the ministry", "from X's ministry"; a name the index does not know
            return (
                issuer_after_from(self, words, i)
                or unnamed_issuer(self, words[i])
                or people_issuer(self, words[i])  # "from park officials"
                or counted_issuer(self, words[i])  # "from the four Grand Slam tournaments"
            )
        if m.in_quote or m.actor.kind not in ("person", "organisation", "group"):
            return None
        return self.possessed_issuer(words, i + 2, m) or SpeakerRef(m.actor, None, m.start, m.end)

    def possessed_issuer(self, words: list[Token], j: int, m) -> SpeakerRef | None:
        """``A statement from Liam Scarlett’s family said``: the name ``m`` from ``words[j]``
        owns the noun after its possessive (:func:`.subjects.heads.possessed_head`), and
        that phrase, read as any subject is ("the family", "Zeid's office": Zeid), issued
        the document; None when no such noun follows the name."""
        k = next((k for k in range(j, len(words)) if words[k].end >= m.end), None)
        head = possessed_head(words, k) if k is not None else None
        if head is None:
            return None
        return self.resolve_span(words[j].start, head.end, words[j].start)

    def owner_after_of(self, words: list[Token], i: int, at: int) -> SpeakerRef | None:
        """``the statement of the Assembly``, ``the report of the Special Rapporteur``: the
        actor named right after "of" (within four words) owns the definite document."""
        if i + 2 >= len(words) or words[i + 1].lower != "of" or words[i + 1].start > at + 40:
            return None
        if not any(w.lower == "the" for w in words[max(0, i - 2) : i]):
            return None  # "a draft resolution of the Security Council": another text
        end = words[min(i + 5, len(words) - 1)].end
        owner = self.resolve_span(words[i + 2].start, end, at)
        if owner is None or owner.actor is None or owner.actor.kind == "state":
            return None
        return meeting_participants(self.index.actors, owner) or owner  # "of the NATO summit"
