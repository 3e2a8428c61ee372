"""Pronouns: "he", "she", "it", "they" resolved to the actor they point back to."""

from __future__ import annotations

import bisect

from ..documents.pronoun import document_pronoun, labelled_issuer_it
from ..person_appositions import described_after
from ..records import Actor, SpeakerRef, sole_actor
from ..reported_clause import relative_cue, reported_clause_start
from ..tokens import Token
from ..vocabulary import PREPOSITIONS, PRONOUN_GENDERS
from .answering_speakers import speaker_answers
from .binding import clause_bound_ids
from .cataphoric_persons import no_name_before
from .clause_plural import CLAUSE_PLURAL, clause_plural_subject
from .copular_introductions import introduced_by_be
from .described_persons import described_person_before, introduced_subject_here
from .described_subjects import described_body_before
from .fronted_subjects import (
    PAST_ADJUNCT,
    after_fronted_clause,
    subject_after_fronted_phrase,
)
from .gender import (
    BODY_FOR_PRONOUN,
    NAMED_HERE,
    ONE_BODY_SPOKE,
    OTHER_GENDER,
    body_for_personal_pronoun,
    body_no_person_fits,
    gendered_person_here,
    person_of_gender,
    plural_group,
    speaker_of_other_gender,
)
from .introduced_persons import lead_or_introduced
from .it_bodies import (
    BODY_REPORTING_THEY,
    body_reporting_they,
    body_subject_read_as_person,
    speaker_read_as_body_before,
)
from .named_cue_subjects import named_cue_subject
from .new_subjects import new_name_how, new_name_mention
from .non_persons import no_person_ids
from .opening_subjects import OPENING_SUBJECT, opening_subject, title_opened
from .own_subjects import own_described_subject
from .passing_names import PASSED_OVER, passed_over
from .passive_agents import agent_over_subject
from .plural import PLURAL_SPOKE_LAST, plural_speaker_before
from .pronoun_chains import SAME_PRONOUN, same_pronoun_speaker
from .replies import ASKED, asked_person
from .reporter_they import reporter_or_described
from .singular_they import SINGULAR_THEY, spokesperson_they
from .subordinate_persons import SUBORDINATE_PERSON, in_pronoun_led_clause, passed_subordinate
from .titled_pairs import titled_persons_together
from .what_it import WHAT_IT_SUBJECT, what_it_subject


class PronounResolver:
    """Resolves a pronoun to its antecedent (a part of :class:`Attributor`)."""

    def _pronoun(self, t: Token, at: int, span: tuple[int, int] | None = None) -> SpeakerRef | None:
        low, how = t.lower, None
        if (doc := document_pronoun(self, t)) is not None:
            return doc  # "the advisory ruling ... concluded. It also ruled"
        own = clause_bound_ids(self, t, at)
        gender = PRONOUN_GENDERS.get(low)
        if gender is not None:
            actor, how = self._personal(t, at, gender, own)
        elif low in ("it", "its"):
            body = lambda a: (
                a.kind in ("organisation", "state", "group")
                and not plural_group(a)
                and id(a) not in own
            )
            if (actor := what_it_subject(self, t, body)) is not None:
                how = WHAT_IT_SUBJECT  # "condemned what it described as"
            actor = actor or body_subject_read_as_person(self, t)
            actor = actor or speaker_read_as_body_before(self, t, at, body)
            if actor is None and low == "it":
                described = own_described_subject(self, t, at, body)
                described = described or described_body_before(self, t, at, body)
                actor, how = (described.actor, described.how) if described else (None, None)
            actor = actor or self._sentence_lead(at, body, t)
            if actor is None and low == "it" and (doc := labelled_issuer_it(self, t)):
                return doc  # "a news release Tuesday from the X Zoo" ... "It said"
        elif low == "we":
            actor = None
        elif (actor := spokesperson_they(self, t)) is not None:
            how = SINGULAR_THEY
        elif (mine := own_described_subject(self, t, at, lambda a: id(a) not in own)) is not None:
            actor, how = mine.actor, mine.how
        elif (actor := clause_plural_subject(self, t)) is not None:
            how = CLAUSE_PLURAL
        elif (actor := self._persons_together(t) or titled_persons_together(self, t)) is not None:
            how = "the persons named together as the sentence's subject"
        elif (found := reporter_or_described(self, t))[0] is not None:
            actor, how = found
        elif (actor := self._plural_speaker(t)) is not None:
            how = PLURAL_SPOKE_LAST
        elif (actor := body_reporting_they(self, t)) is not None:
            how = BODY_REPORTING_THEY
        else:
            actor = self._sentence_lead(
                at,
                lambda a: (
                    a.kind in ("organisation", "group", "state", "plural") and id(a) not in own
                ),
                t,
            )
        if actor is None:
            return None
        if how is None and t.start in self._passed_over | self._past_adjunct:
            how = PASSED_OVER if t.start in self._passed_over else PAST_ADJUNCT
        s, e = span or (t.start, t.end)
        self.note_span(actor, t.start, t.end)
        return SpeakerRef(actor, None, s, e, how=how)

    def _personal(self, t: Token, at: int, gender: str, own: set[int]) -> tuple:
        """The antecedent of "he" or "she" at ``t`` (of ``gender``; none of the ids in ``own``,
        the actors its own clause names), as (actor or None, evidence or None)."""
        unfit = self._not_the_pronoun(t) | own | no_person_ids(self.index.actors, self.text)
        fits = lambda a: person_of_gender(a, gender) and id(a) not in unfit
        actor, how = lead_or_introduced(self, t, fits, self._sentence_lead(at, fits, t))
        if actor is None:
            actor = sole_person(self, at, gender)
            actor = None if actor is not None and id(actor) in unfit else actor
        if (described := described_person_before(self, t, at, fits)) is not None:
            actor, how = described.actor, described.how
        if (introduced := introduced_subject_here(self, t, at)) is not None:
            actor, how = introduced.actor, introduced.how  # "a judge issued ... after he found"
        if (asked := asked_person(self, t, at, fits, actor)) is not None:
            actor, how = asked, ASKED  # "Jon Kay said: "Q?" He replied": the one asked
        if (other := speaker_of_other_gender(self, at, gender)) not in (None, actor):
            actor, how = other, OTHER_GENDER
        elif (here := gendered_person_here(self, at, gender, actor, unfit)) is not None:
            actor, how = here, NAMED_HERE
        if actor is None and (actor := same_pronoun_speaker(self, t)) is not None:
            how = SAME_PRONOUN  # '"Q," he added.' then "he said": the first-name guess aside
        elif actor is None and (actor := body_for_personal_pronoun(self, at)) is not None:
            how = ONE_BODY_SPOKE
        elif actor is None and (actor := body_no_person_fits(self, at, gender)):
            how = BODY_FOR_PRONOUN
        if actor is None and (found := no_name_before(self.index, self.timeline, at, fits)):
            actor, how = found
        if how is None and actor is not None and title_opened(self, at, fits, actor):
            how = OPENING_SUBJECT
        elif how is None and actor is not None and passed_subordinate(self, at, fits, actor):
            how = SUBORDINATE_PERSON
        if actor is not None and actor.kind == "person" and actor.gender is None:
            actor.gender = gender  # pronoun history
        return actor, how or new_name_how(self, actor, at)  # a new subject took over

    def _plural_speaker(self, t: Token) -> Actor | None:
        """See :func:`plural_speaker_before`."""
        ranks = self._narrative_rank()
        rank = lambda pos: ranks[self.par_of_sent[self.sent_of(pos)]]
        distance = lambda pos: rank(t.start) - rank(pos)
        mentions = self.index.mentions_in(0, t.start)
        return plural_speaker_before(self.timeline, mentions, t, distance)

    def _not_the_pronoun(self, t: Token) -> set[int]:
        """The ids of persons "he" or "she" at ``t`` cannot be: for a pronoun that closes a
        reported clause, the persons named in that clause. ``Ghai's comments did not reflect
        the true nature of the government, he said``: the speaker reports on Ghai; he does
        not name himself; but one who speaks in it does (``Mr Sefcovic told MLAs there was
        "no time to lose" and the EU was "sparing no efforts," he said``; ``President of
        Papua New Guinea, Sir Michael Somare, said ... "Q," which, he added, were``)."""
        if t.lower not in ("he", "she"):
            return set()
        start = reported_clause_start(self.tokens, self.index.token_index(t.start))
        if start is None:
            return set()
        spoke = {id(a) for pos, a, *_ in self.timeline if start <= pos < t.start}
        named = [m for m in self.index.mentions_in(start, t.start) if id(m.actor) not in spoke]
        return {
            id(m.actor)
            for m in named
            if m.actor.kind == "person" and not m.in_quote and not self._named_before_cue(m)
        }

    def _after_opening_word(self, start: int, word: str) -> int | None:
        """The token index of the name at ``start`` when ``word`` opens its sentence right
        before it ("The Commission ...", "For Lambert Nigarura, ..."); else None."""
        k = self.index.token_index(start)
        toks = self.tokens
        if (
            k >= 1
            and toks[k - 1].lower == word
            and toks[k - 1].start == self.sent_starts[toks[k].sent]
        ):
            return k
        return None

    def _article_subject(self, start: int) -> bool:
        """``The Commission was mandated to ...``: a name after "The" that opens the
        sentence is its subject too (a pronoun's likely antecedent)."""
        return self._after_opening_word(start, "the") is not None

    def _viewpoint_holder(self, start: int) -> bool:
        """``For Lambert Nigarura, a human rights activist, the accusations ... are neither
        founded nor credible``: the person after a "For" that opens the sentence holds the
        view the sentence gives, the likely antecedent of the next "he says"."""
        k = self._after_opening_word(start, "for")
        return k is not None and any(t.text == "," for t in self.tokens[k : k + 5])

    def _titled_subject(self, m) -> bool:
        """``UN chief Antonio Guterres met US President Joe Biden``, ``Leader of the
        Opposition Bharrat Jagdeo also stood up``: a person named after nothing but a title
        phrase at the start of the sentence is its subject (Biden, the object, is not); see
        :func:`opening_subject`."""
        if m.actor.kind != "person" or self._possessor(m):
            return False
        s = self.sent_of(m.start)
        sent_start = self.sentences[s][3]
        if self.sentences[s][2] != "body":
            return False
        others = [
            (o.start, o.end, self._possessor(o))
            for o in self.index.mentions_in(sent_start, m.start)
            if o.actor.kind == "person"
        ]
        return opening_subject(self.tokens, self.index.token_index(m.start), sent_start, others)

    def _fronted_subject(self, m) -> bool:
        """See :func:`subject_after_fronted_phrase` (``On Wednesday, Pence met ...``)."""
        k = self.index.token_index(m.start)
        sent_start = self.sentences[self.sent_of(m.start)][3]
        return subject_after_fronted_phrase(self.tokens, k, sent_start)

    def _named_before_cue(self, m) -> bool:
        """The name ``m`` stands right before a reporting verb, after no preposition: the
        verb's subject, however long the title before it: ``In turn, the Deputy Director of
        the Department for nonproliferation and arms control of the MFA Igor Vishnevetsky
        said ... He noted``: "He" is Vishnevetsky, not the chairman who spoke before."""
        k = self.index.token_index(m.end)
        if k >= len(self.tokens) or self.tokens[k].sent != self.tokens[k - 1].sent:
            return False
        i = bisect.bisect_left(self.cue_starts, self.tokens[k].start)
        if i >= len(self.cues) or self.cues[i].start != self.tokens[k].start:
            return False
        return not self._possessor(m) and not self._after_preposition(m.start)

    def _introduced(self, m) -> bool:
        """``The two sons of Ishaku Lawan, a 60-year-old driver, survived. "Q," he told``: a
        person's first mention, described in apposition, introduces the next speaker; so
        does one that closes a sentence as the complement of "is" ("One of the new
        employees is 18-year-old Tsukamoto Yurika. She was attracted ...")."""
        if m.actor.kind != "person" or m.start != m.actor.first[0]:
            return False
        a, b = self.index.token_index(m.start), self.index.token_index(m.end)
        return described_after(self.tokens, b) or introduced_by_be(self.tokens, a, b)

    def _persons_together(self, t: Token) -> Actor | None:
        """``Mousavi and Karoubi have been under house arrest ... protesting what they called
        "fraud"``: "they" after two or more persons named together as the subject of its
        sentence (or of the sentence before, for a "They" that opens one) is those persons,
        one speaker named by their full names ("Mir-Hossein Mousavi and Mehdi Karoubi")."""
        if t.lower not in ("they", "their"):
            return None
        s = t.sent
        if t.start == self.sentences[s][3] and s > 0:
            s -= 1
        words = [w for w in self.toks_between(self.sentences[s][3], t.start) if w.text != ","]
        members, k = [], 0
        while k < len(words) and (m := self.index.mention_starting(words[k].start)) is not None:
            if m.actor.kind != "person" or m.in_quote:
                return None
            members.append(m)
            while k < len(words) and words[k].start < m.end:
                k += 1
            if k < len(words) and words[k].lower == "and" and len(members) >= 1:
                k += 1
        if len(members) < 2 or k >= len(words) or not words[k].text.islower():
            return None
        if len({id(m.actor) for m in members}) < 2 or words[k - 1].lower == "and":
            return None
        names = list(dict.fromkeys(m.actor.name for m in members))  # full names, not surnames
        name = ", ".join(names[:-1]) + " and " + names[-1]
        key = "joint:" + "|".join(sorted(m.actor.name.lower() for m in members))
        return self.index.actors_by_key.get(key) or self.index.new_actor("group", name, key)

    def _narrative_rank(self) -> list[int]:
        """Per paragraph number, how many paragraphs up to it are narration, not quotation only.

        A quotation that fills whole paragraphs (a long statement over three paragraphs)
        does not move the narration on: a pronoun after it still reaches the speaker named
        before it.
        """
        if self._ranks is None:
            last = max((par[0] for par in self.paragraphs), default=0)
            ranks, n = [0] * (last + 1), 0
            for par in self.paragraphs:  # (number, kind, start, end, ...)
                start, end = par[2], par[3]
                first = self._next_nonspace(start)
                q = self.quote_at(first)
                if not (q is not None and q.open <= first and q.close >= end - 2):
                    n += 1
                ranks[par[0]] = n
            self._ranks = ranks
        return self._ranks

    def _verbless(self, start: int) -> bool:
        """The sentence at ``start`` has no lower-case word: a fragment (a paragraph cut in
        the middle of a name, "Israeli Prime Minister Benjamin"), a heading or a dateline,
        not a clause whose subject a later pronoun points back to."""
        s = self.sent_of(start)
        words = self.toks_between(self.sentences[s][3], self.sentences[s][4])
        return not any(w.text[0].isalpha() and w.text.islower() for w in words)

    def _recent(self, at: int, ok) -> Actor | None:
        """The most recent compatible actor: speakers and sentence subjects first."""
        found = self.recent_at(at, ok)
        return found[1] if found is not None else None

    def _sentence_lead(self, at: int, ok, pronoun: Token | None = None) -> Actor | None:
        """The most recent compatible actor, but of an earlier sentence its first speaker:
        ``Guterres said on Monday that the Russian ambassador Vassily Nebenzia had rejected
        the plan. "Q," he said``: "he" is Guterres, the speaker of the sentence before,
        not a speaker inside the clause he reports. ``pronoun``: see :meth:`recent_at`."""
        found = self.recent_at(at, ok, pronoun)
        if found is None:
            return None
        pos, actor = found
        s = self.sent_of(pos)
        if s == self.sent_of(at) or speaker_answers(self, pos):
            return actor
        opening = self._postposed_floor(pos, self.sentences[s][3])
        floor = after_fronted_clause(self.tokens, opening, pos)  # "When X asked ..., Y said"
        spoke = [(p, a) for p, a, *_ in self.timeline if opening <= p < pos and ok(a)]
        lead = [(p, a) for p, a in spoke if p >= floor and a is not actor]
        if pronoun is not None and not lead and any(a is not actor for _, a in spoke):
            self._past_adjunct.add(pronoun.start)  # "Speaking after Tui reported ..., X"
        if not lead:
            lead = self._main_subject_over_relative(pos, ok, actor)
        return lead[0][1] if lead else actor

    def _main_subject_over_relative(self, pos: int, ok, actor: Actor) -> list:
        """When the speaker found at ``pos`` speaks in a relative clause, the subject that
        opens its sentence: ``Brel met the rebel envoy, Mikel Sarno, who said the rebels
        might return. "Q," he noted.``: "he" is Brel, whom the sentence is about, not Sarno
        (named in the object's relative clause). As (position, actor) pairs, else []."""
        cue = self.cue_starting(pos)
        s_start = self.sentences[self.sent_of(pos)][3]
        if cue is None or not relative_cue(self.tokens, cue, s_start):
            return []
        for m in self.index.mentions_in(s_start, pos):
            if m.in_quote or not ok(m.actor) or m.actor is actor:
                continue
            if not self._possessor(m) and not self._after_preposition(m.start):
                return [(m.start, m.actor)]
        return []

    def _possessor(self, m) -> bool:
        """The mention ``m`` ends in a possessive ("Guterres's spokesman"): the name of an
        owner, not the subject itself."""
        k = self.index.token_index(m.end) - 1
        return 0 <= k < len(self.tokens) and self.tokens[k].poss

    def _body_owner(self, m) -> bool:
        """``Under the sanctions, Russia's home matches are to be played ...``: a state or body
        named as an owner heads no subject, so no later "it" is Russia; a person who owns the
        subject stays its topic (``Bogdanos' antiquities unit has seized 4,500 pieces, he
        said``)."""
        return not m.subject and m.actor.kind != "person" and self._possessor(m)

    def _after_preposition(self, start: int) -> bool:
        """A preposition stands right before the name at ``start`` ("in Moscow", "by Sarno")."""
        k = self.index.token_index(start)
        return k >= 1 and self.tokens[k - 1].lower in PREPOSITIONS

    def _postposed_floor(self, pos: int, s_start: int) -> int:
        """Where the speaker of the cue at ``pos`` starts when it closes a reported clause
        after a comma, else ``s_start``: ``Media reports that the court ruled ... are
        inaccurate, Joan Donoghue ... said``: the speakers inside the clause ("Media") are
        not the sentence's lead; Donoghue is."""
        cue = self.cue_starting(pos)
        if cue is None or cue.subject is None:
            return s_start
        first = min(cue.subject.start, cue.start)
        comma = self.text.rfind(",", s_start, first)
        if comma == -1 or self.text[comma + 1 : first].strip():
            return s_start
        if relative_cue(self.tokens, cue, s_start):
            return s_start  # '..., Davyd Arakhamia, who said ...': no postposed clause
        return first

    def recent_at(self, at: int, ok, pronoun: Token | None = None) -> tuple[int, Actor] | None:
        """:meth:`_recent` with its position; for a ``pronoun``, see :func:`passed_over`."""
        ranks = self._narrative_rank()
        par_now = ranks[self.par_of_sent[self.sent_of(at)]]
        if self._subjects is None:
            self._subjects = [
                (m.start, m.actor)
                for m in self.index.mentions
                if (
                    m.subject
                    or agent_over_subject(self.index, self.tokens, m)
                    or self._article_subject(m.start)
                    or self._titled_subject(m)
                    or self._viewpoint_holder(m.start)
                    or self._fronted_subject(m)
                    or self._named_before_cue(m)
                    or self._introduced(m)
                    or new_name_mention(self, m)
                )
                and not m.in_quote
                and not self._verbless(m.start)
                and not self._body_owner(m)
            ]
            self._subject_starts = [p for p, _ in self._subjects]
        i = bisect.bisect_left(self._subject_starts, at) - 1
        j = len(self.timeline) - 1
        while j >= 0 and self.timeline[j][0] >= at:
            j -= 1
        while i >= 0 or j >= 0:
            # walk back through both lists, the later position first
            if j < 0 or (i >= 0 and self._subjects[i][0] > self.timeline[j][0]):
                pos, actor = self._subjects[i]
                i -= 1
            else:
                pos, actor = named_cue_subject(self, *self.timeline[j][:2])
                j -= 1
            if par_now - ranks[self.par_of_sent[self.sent_of(pos)]] > 2:
                break
            if ok(actor):
                return pos, actor
        mentions = self.index.mentions
        k = bisect.bisect_left(self.index.mention_starts, at) - 1
        while k >= 0:
            m = mentions[k]
            k -= 1
            if m.in_quote or in_pronoun_led_clause(self.tokens, self.index.token_index(m.start)):
                continue
            if par_now - ranks[self.par_of_sent[self.sent_of(m.start)]] > 3:
                break
            passing = self._passed_over  # pronouns resolved past a name met in passing
            if ok(m.actor) and not passed_over(self.index, self.tokens, m, pronoun, passing):
                return self._over_possessor(m, ok)
        return None

    def _over_possessor(self, m, ok) -> tuple[int, Actor]:
        """The mention ``m`` as (position, actor), unless it names an owner ("in Ursula von
        der Leyen's updated government") or follows a preposition: then the first mention of
        its sentence that fits ``ok`` and is neither: ``... and former Prime Minister Kaya
        Kallas will be responsible for foreign policy in Ursula von der Leyen's updated
        "eurogovernment". Speaking at the Parliament, she began ...``: "she" is Kallas."""
        if not (self._possessor(m) or self._after_preposition(m.start)):
            return m.start, m.actor
        s_start = self.sentences[self.sent_of(m.start)][3]
        for other in self.index.mentions_in(s_start, m.start):
            if other.in_quote or other.actor is m.actor or not ok(other.actor):
                continue
            if not self._possessor(other) and not self._after_preposition(other.start):
                return other.start, other.actor
        return m.start, m.actor


def sole_person(resolver, at: int, gender: str | None) -> Actor | None:
    """The only person named before ``at`` whom the pronoun fits, however far back.

    '... posed the Council's president Sérgio Danese' and, four paragraphs of narration
    later, '"I now give the floor ...," he said': nobody else the pronoun could mean.
    ``resolver`` is a :class:`PronounResolver`.
    """
    index = resolver.index
    k = bisect.bisect_left(index.mention_starts, at)
    return sole_actor(
        m.actor
        for m in index.mentions[:k]
        if m.actor.kind == "person" and m.actor.gender in (None, gender) and not m.in_quote
    )


def genders_from_possessives(mentions, tokens, token_index) -> None:
    """``Villager Shwe Mi and her six-year-old son took cover``: a person named right before
    "and her" / "and his" / "with her" / "with his" is a woman / a man, so a later "she said"
    can reach her. Only persons whose gender nothing else told (``mentions`` of an actor
    index; ``token_index`` maps an offset to its token)."""
    for m in mentions:
        if m.actor.kind != "person" or m.actor.gender is not None or m.in_quote:
            continue
        k = token_index(m.end)
        if k + 1 >= len(tokens) or tokens[k].start < m.end or tokens[k].sent != tokens[k + 1].sent:
            continue
        if tokens[k].lower in ("and", "with") and tokens[k + 1].lower in ("his", "her"):
            m.actor.gender = "m" if tokens[k + 1].lower == "his" else "f"
