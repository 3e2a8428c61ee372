"""Descriptions: "the UN rights chief", "Ukraine's ambassador", "the experts group" as speakers."""

from __future__ import annotations

from dataclasses import replace

from ..groups.opening_modifiers import opening_modifier
from ..groups.premodifiers import premodified_group, widened_group
from ..headline_cues import heading_person_before
from ..partitives import unnamed_non_kin
from ..records import Actor, SpeakerRef
from ..relation_holders import kin_speaker, related_holder
from ..spokespeople.bodies import (
    speaks_for_another,
    spelled_out_spokesperson,
    spoken_for,
    spokesperson_modifier,
)
from ..spokespeople.introduced import bare_spokesperson, introduced_speaker
from ..spokespeople.named_next import NAMED_NEXT, serves_another_role, spokesperson_named_next
from ..spokespeople.titles import SPOKESPERSON_WORDS
from ..titles.described_holders import (
    FITTING_HOLDER,
    fitting_holder,
    modifier_words,
    place_modifier,
)
from ..titles.diplomats import DIPLOMAT_SPOKE_LAST, diplomat_spoke_last
from ..titles.fit import holders_fitting_title
from ..titles.introduced_modifiers import renamed_or_introduced
from ..titles.last_speaker import (
    SPOKE_BEFORE_LATER_HOLDERS,
    aide_of_titled,
    speaker_before_later_holders,
)
from ..titles.memory import known_holder
from ..titles.national_officials import body_of_description
from ..titles.seat_heads import seat_government
from ..tokens import Token
from ..vocabulary import (
    ANONYMOUS_ROLES,
    DELEGATE_HEADS,
    DEMONYMS,
    DESCRIPTION_WORDS,
    DETERMINERS,
    EPITHET_GENDER,
    GROUP_NOUNS,
    KIN_SPEAKERS,
    PARTY_MEMBER_NOUNS,
    PREPOSITIONS,
    TITLE_HEADS,
    is_group_word,
    is_head_word,
    is_national,
    is_person_head,
    role_has,
)
from .age_nouns import head_positions
from .capital_modifiers import capital_modifier_before_role
from .counted_on import counted_on_note, own_count_description, tidy_description
from .demonym_nouns import aged_or_demonym_subject
from .fit import described_body, same_body_named, title_fits_gender
from .fuller import SAME_POST_TITLE, same_post_before, taken_up_name
from .groups import FIELD_WORDS, named_group
from .heads import (
    affiliation_word,
    description_head,
    head_complement_end,
    head_of_state,
    introduced_indefinitely,
    modifier_before_head,
    named_body_next,
    nearest_holder,
    recent_body,
    sub_body_words,
)
from .introduced_holders import INTRODUCED_HOLDER, indefinite_for_known, indefinite_introduction
from .named_later import (
    acronym_in_brackets,
    body_after_noun,
    country_of_words,
    former_post_speaker,
    generic_title_before,
    introduced_in_other_office,
    known_by_another_role,
    named_in_apposition,
    only_untitled_person,
    speaker_of_first_sentence,
)
from .owned_families import owned_family, sole_owned_family
from .owned_officials import body_before_title
from .postmodifiers import plural_head, postmodified_end
from .sole_holders import SOLE_TITLE_HOLDER, sole_titled_holder
from .unnamed_again import unnamed_again_ref

#: Heads of a person's description: titles and a party's member ("the Illinois Democrat").
_PERSON_HEADS = TITLE_HEADS | PARTY_MEMBER_NOUNS


class DescriptionReader:
    """Reads a description as a person or group (a part of :class:`Attributor`)."""

    def _description(self, words: list[Token], i: int, at: int) -> SpeakerRef | None:
        """``the UN rights chief``, ``Ukraine's UN ambassador``, ``the experts group``: the
        words from ``words[i]`` that can make up a description (determiner, affiliation,
        modifiers, title or group nouns) are one noun phrase headed by its last title or group
        noun; an unnamed speaker's postmodifier stays ("protesters in Tehran")."""
        body = acronym_in_brackets(self.text, self.index, words, i)
        if (body := body or named_group(self, words, i, at)) is not None:
            return body  # "the UN High Commissioner for Refugees (UNHCR)": the agency
        j = i
        det = None
        owner_word = None
        if words[j].lower in ("the", "a", "an", "one", "another"):
            det = words[j].lower
            j += 1
        elif words[j].lower in ("his", "her", "their") and j + 1 < len(words):
            det = owner_word = words[j]
            j += 1
        if det == "the":
            part = self._sub_body(words, j, at)
        else:
            part = owned_family(self, words, j, det, at) or kin_speaker(self, words, j, det)
        if part is not None:
            return part  # "the organisation's Tokyo branch said", "his sister said"
        # "one user", "a witness": an indefinite person the article never names
        unnamed = det in ("a", "an", "one", "another")
        run, k, affiliation, of_end = self._description_run(words, j, unnamed)
        if det == "the" and (aged := aged_or_demonym_subject(self, words, i, k, run)):
            return aged  # "the 70-year-old said", "the Australian said"
        heads = head_positions(run, unnamed)
        if not heads:
            last = run[-1] if run else words[j] if j < len(words) else None
            if det == "the" and last is not None and last.lower in ANONYMOUS_ROLES | KIN_SPEAKERS:
                return self._unnamed_again(last, words[i].start, at)
            return self._company_referent(words, i, j, at) if det == "the" else None
        head = run[heads[-1]]
        end = of_end if of_end is not None and heads[-1] == len(run) - 1 else head.end
        post = postmodified_end(self.text, words, j + heads[-1] + 1, end)
        nxt = words[k] if k < len(words) else None
        if nxt is not None and nxt.cap and nxt.start == run[-1].end + 1:
            m_next = self.index.mention_starting(nxt.start)
            if m_next is not None and m_next.how == "name" and m_next.actor.kind != "person":
                return None  # "the rights group Free Ostravia Now": the name is the mention
        anonymous = unnamed and head.lower in ANONYMOUS_ROLES
        if (head.lower in _PERSON_HEADS or anonymous) and head.lower not in GROUP_NOUNS:
            if nxt is not None and nxt.cap and nxt.start == run[-1].end + 1:
                return None  # a title before a name: the name is the mention
            if head.lower in EPITHET_GENDER and not anonymous:  # "the father of three"
                found = self._epithet(head.lower, det, words[i].start, end, at)
                return found or self._unnamed_epithet(det, words[i].start, head.end)
            if det in ("a", "an", "one", "another") and head.lower in ANONYMOUS_ROLES:
                # "one Western diplomat", "an official": somebody the article does not name
                return self._indefinite_person(head.lower, words[i].start, post, affiliation, at)
            end = self._title_end(det, head.lower, end, post)
            run = run[: heads[-1] + 1]
            return self._person_description(head.lower, affiliation, words[i].start, end, at, run)
        owner = self._pronoun(owner_word, at) if owner_word is not None else None
        group_det, span = premodified_group(self, words, i, det, (head, post))
        ref = self._group_from_run(run[: heads[-1] + 1], group_det, affiliation, span, at, owner)
        return widened_group(ref, span[0] < words[i].start)  # "Waukesha County leaders"

    def _title_end(self, det, head: str, end: int, post: int) -> int:
        """Where a title's description ends: past its postmodifier (ending at ``post``) for a
        plural ("Foreign ministers of ASEAN") or an indefinite title ("A representative of the
        bereaved families"), unless it names a person ("an expert investigating the killing
        of Jamal Khashoggi": the title alone)."""
        mentions = self.index.mentions_in(end, post)
        named = any(m.actor.kind == "person" for m in mentions)
        indefinite = det in ("a", "an", "one", "another") and not named
        return post if plural_head(head) or indefinite else end

    def _group_from_run(
        self,
        run: list[Token],
        det: str | None,
        affiliation: str | None,
        span: tuple[int, int],
        at: int,
        owner: SpeakerRef | None,
    ) -> SpeakerRef | None:
        """A description whose head is a group noun ("the experts group", "rights groups")."""
        content = [
            t.lower
            for t in run
            if is_group_word(t.lower) and t.lower not in ("nations", "united", "states")
        ]
        qualifiers = {
            t.lower for t in run[:-1] if not is_group_word(t.lower) and t.lower in FIELD_WORDS
        }
        start, end = span
        return self._group_description(content, det, affiliation, start, end, at, owner, qualifiers)

    def _new_unnamed(self, start: int, end: int, aff: str | None, name: str = "") -> SpeakerRef:
        """A person the article introduces without a name ("one Western diplomat")."""
        actor = self.unnamed_person(name or own_count_description(self.text[start:end]), aff)
        self.note_span(actor, start, end)
        return SpeakerRef(actor, None, start, end, True, counted_on_note(actor.name))

    def _indefinite_person(
        self, head: str, start: int, end: int, aff: str | None, at: int
    ) -> SpeakerRef:
        """ "a spokesman for X" whom the next sentence names, or whose body speaks."""
        args = (self.index, self.sentences, self.sent_of, self.speakerish, head, at)
        if (named := spokesperson_named_next(*args)) is not None:
            return SpeakerRef(named, None, start, end, True, NAMED_NEXT)
        body = spoken_for(self, self.note_span, (start, end)) or bare_spokesperson(self, start, end)
        return body or self._spelled_out(start, end) or self._new_unnamed(start, end, aff)

    def _spelled_out(self, start: int, end: int) -> SpeakerRef | None:
        """``A BA spokeswoman said`` after "British Airways": the unnamed spokesperson of
        the body whose short form modifies the title, described by the body's full name
        ("British Airways spokeswoman"; see :func:`spelled_out_spokesperson`)."""
        if (spelled := spelled_out_spokesperson(self.index, start, end)) is None:
            return None
        name, body, how = spelled
        return replace(self._new_unnamed(start, end, body, name), how=how)

    def _unnamed_epithet(self, det: str | None, start: int, end: int) -> SpeakerRef | None:
        """``a man and a woman ... told AFP`` ... ``said the man``: the unnamed "man"."""
        noun = self.text[start:end].split()[-1].lower()
        if det != "the" or not introduced_indefinitely(self.text[:start], noun):
            return None
        actor = self.unnamed_person(noun, None)
        self.note_span(actor, start, end)
        return SpeakerRef(actor, None, start, end, True, "an unnamed person met before")

    def _sub_body(self, words: list[Token], j: int, at: int) -> SpeakerRef | None:
        """``the organisation's Tokyo branch``: that part of the body that spoke last
        (see :func:`sub_body_words`), named "Amnesty International Tokyo branch"."""
        part = sub_body_words(words, j)
        body = self._recent(at, lambda a: recent_body(a, None)) if part else None
        if part is None or body is None:
            return None
        name = f"{body.name} {part[0]}"
        key = "group:" + name.lower()
        actor = self.index.actors_by_key.get(key) or self.index.new_actor("organisation", name, key)
        self.note_span(actor, words[j - 1].start, part[1])
        return SpeakerRef(actor, None, words[j - 1].start, part[1], how="a part of the body")

    def _unnamed_again(self, noun_tok: Token, start: int, at: int) -> SpeakerRef | None:
        """``the source said`` after ``a diplomatic source``: the unnamed person introduced
        with that noun, if met recently; else the unnamed person met last (``a Palestinian
        official ... the source said``); else somebody never named, as written. A relative is
        only one met with the same noun: ``"Q," the family said`` is never the official."""
        noun = noun_tok.lower
        actor = self._recent(
            at, lambda a: a.key.startswith("unnamed:") and a.key.rsplit(" ", 1)[-1] == noun
        )
        if actor is None and noun not in KIN_SPEAKERS:
            actor = self._recent(at, lambda a: a.kind == "person" and unnamed_non_kin(a.key))
        if actor is None and noun == "family" and (owned := sole_owned_family(self, at)):
            actor = owned.actor  # "His family praised ..." then "the family wrote"
        if actor is None:
            name = taken_up_name(self.text, self.text[start : noun_tok.end], start)
            return self._new_unnamed(start, noun_tok.end, None, name)
        return SpeakerRef(actor, None, start, noun_tok.end, True)

    def _description_run(
        self, words: list[Token], j: int, unnamed: bool
    ) -> tuple[list[Token], int, str | None, int | None]:
        """The words from ``words[j]`` that make up a description, and its affiliation.

        Returns ``(run, k, affiliation, of_end)``: ``k`` is the index after the run, and
        ``of_end`` the end of "of X" after a delegate's title ("the representative of
        Norvalia": the country the delegate speaks for).
        """
        affiliation = None
        of_end = None
        run: list[Token] = []
        k = j
        while k < len(words):
            t = words[k]
            low = t.lower
            if run and low in ("for", "of", "to", "at", "on") and is_person_head(run[-1].lower):
                nxt_word = words[k + 1] if k + 1 < len(words) else None
                if (
                    low == "of"
                    and affiliation is None
                    and nxt_word is not None
                    and nxt_word.cap
                    and nxt_word.start == t.end + 1
                    and run[-1].lower in DELEGATE_HEADS
                ):
                    affiliation = DEMONYMS.get(nxt_word.lower) or nxt_word.base
                    of_end = nxt_word.start + len(nxt_word.base)
                elif low in ("of", "for") and (
                    run[-1].lower == "head" or named_body_next(words, k)
                ):
                    # "the spokesman for the Ministry": the complement names the post
                    of_end = head_complement_end(self.text, words, k)
                break  # "the spokesman for the ministry": the head is "spokesman"
            country = country_of_words(self.index, words, k)
            body = None if country else body_after_noun(self.index, words, k, run)
            body = body or (
                None if country else body_before_title(self.index, words, k, run, unnamed)
            )
            if country is not None or body is not None:
                name, k_after = country or body
                affiliation = name if body and run else affiliation or name
                run.extend(words[k:k_after])
                k = k_after
                continue
            place = affiliation_word(words, k, run, affiliation)
            if place is not None:
                affiliation = affiliation if place == "" else place
            elif not self._description_word(words, k, run, unnamed):
                break
            run.append(t)
            k += 1
        return run, k, affiliation, of_end

    def _description_word(
        self, words: list[Token], k: int, run: list[Token], unnamed: bool
    ) -> bool:
        """``words[k]`` can be part of a description: a modifier, title or group noun."""
        t, low = words[k], words[k].lower
        if low == "of" and not run:
            return False  # "of aid groups" alone describes nobody
        return (
            low in DESCRIPTION_WORDS
            or is_head_word(low)
            or (unnamed and (low in ANONYMOUS_ROLES or spokesperson_modifier(words, k)))
            or (low == "of" and bool(run) and k + 1 < len(words))
            or (low.isdigit() and bool(run) and run[-1].lower == "of")  # "a group of 32 NGOs"
            or modifier_before_head(words, k)
            or opening_modifier(words, k, run, self.sent_starts[t.sent])
            or place_modifier(words, k, run, self.index.mention_starting)
            or (unnamed and capital_modifier_before_role(words, k, self.index.mention_starting))
            or (
                # "a diplomatic source", "a senior Western diplomat": an adjective right
                # before the noun of an unnamed person
                unnamed
                and t.text.islower()
                and low not in PREPOSITIONS
                and low not in DETERMINERS
                and k + 1 < len(words)
                and words[k + 1].lower in ANONYMOUS_ROLES
            )
        )

    def _person_description(
        self, head: str, aff: str | None, start: int, end: int, at: int, run: list[Token]
    ) -> SpeakerRef:
        lowers = {t.lower for t in run}
        text = self.text[start:end]
        words = text.lower().split()
        head = head_of_state(description_head(head, lowers, aff), text)
        aff = seat_government(text, aff)  # "the Kremlin chief": Russia's
        key = (head, aff)
        # "Ecuador's permanent representative ..., Marcelo Vazquez Bermudez": the name
        named = named_in_apposition(self.index, text, end, aff)
        intro = None if named else indefinite_introduction(self.index, self.text, head, start)
        if intro is not None and text.lower().startswith("the "):
            return replace(self._new_unnamed(start, end, aff, intro), how=INTRODUCED_HOLDER)
        if not named and (body := introduced_speaker(self.index, self.note_span, text, start)):
            return body  # "A Volkswagen corporate spokesman" ... "the company spokesman"
        span = (start, end)
        known = self._known_or_sole(key, named, span, words, run)
        if known is not None:
            self.note_span(known.actor, start, end)
            return SpeakerRef(known.actor, known.label, start, end, True, known.how)
        persons = [a for a in self.index.actors if a.kind == "person"]
        complement = self.text[run[-1].end : end]
        title = (head, aff, lowers, start, at)
        match = holders_fitting_title(self.index, persons, title, text, complement)
        same = [a for a in persons if aff and is_national(aff) and a.affiliation == aff]
        par_at = lambda pos: self.par_of_sent[self.sent_of(pos)]
        actor = former_post_speaker(self.index, self.timeline, words, head, at, par_at)
        diplomat = diplomat_spoke_last(self.timeline, words, head, aff, at, par_at)
        by_diplomat = actor is None and diplomat is not None
        actor, how = (diplomat, DIPLOMAT_SPOKE_LAST) if by_diplomat else (actor, None)
        if actor is None and match:
            actor = nearest_holder(match, self.timeline, at)
            if back := speaker_before_later_holders(self.index, self.timeline, match, start, aff):
                actor, how = back, SPOKE_BEFORE_LATER_HOLDERS
        elif actor is None and len(same) == 1 and same[0].first[0] < start:
            actor = same[0]  # "the Russian diplomat": the one Russian named before
        elif actor is None:
            actor, how = named_elsewhere(self, words, text, head, aff, start, at)
        actor, how = (None, None) if related_holder(self, actor, start, end) else (actor, how)
        actor, how = (None, None) if indefinite_for_known(self.text, start, actor) else (actor, how)
        if actor is None and text.lower().startswith("the ") and not speaks_for_another(words):
            spoke = [a for pos, a, _ in self.timeline if pos < start]
            actor = only_untitled_person(self.index, start, spoke)
        if actor is None:
            actor, how = self._unnamed_holder(text, start, aff)
        ref = SpeakerRef(actor, None, start, end, True, how)
        self.desc_memory[key] = ref
        if actor is not None and not actor.role:
            # "the UN rights chief" named as Michelle Bachelet: her role
            actor.role = tidy_description(text)
            if actor.affiliation is None:
                actor.affiliation = aff or ("UN" if lowers & {"un", "u.n.", "united"} else None)
        self.note_span(actor, start, end)
        return ref

    def _known_or_sole(self, key: tuple, named, span, words: list[str], run: list[Token]):
        """The unnamed speaker a generic title mentions again (:func:`unnamed_again_ref`),
        else the holder the same title named before (:func:`known_holder`), else the one
        named person holding an indefinite title of the lead (:meth:`_sole_holder`)."""
        index, timeline = self.index, self.timeline
        # "A spokesperson for the lender said ... the official said": that spokesperson
        again = None if named else unnamed_again_ref(index, timeline, self.text, key[0], span)
        known = again or known_holder(self.desc_memory, key, timeline, named, span, index, words)
        return known or self._sole_holder(key, span, run)

    def _sole_holder(
        self, key: tuple, span: tuple[int, int], run: list[Token]
    ) -> SpeakerRef | None:
        """``a federal judge`` when the article names one judge only ("Judge Christina
        Snyder"): that person (see :func:`sole_titled_holder`), remembered for the title
        ``key`` (its head and affiliation first)."""
        head, aff = key[0], key[1]
        complement = self.text[run[-1].end : span[1]]
        actor = sole_titled_holder(self.index, self.text, head, span, complement, aff)
        if actor is None:
            return None
        ref = SpeakerRef(actor, None, span[0], span[1], True, SOLE_TITLE_HOLDER)
        self.desc_memory[key] = ref
        return ref

    def _unnamed_holder(self, text: str, start: int, aff: str | None) -> tuple[Actor, str | None]:
        """The unnamed person the description ``text`` at ``start`` names, and the evidence:
        named by the fuller description or by the title of the same post the text gave
        before ("The Monarch" after "THE Queen", see :func:`same_post_before`)."""
        if (spelled := spelled_out_spokesperson(self.index, start, start + len(text))) is not None:
            return self.unnamed_person(spelled[0], spelled[1]), spelled[2]  # "The BA"
        name = taken_up_name(self.text, text, start)
        how = SAME_POST_TITLE if name == same_post_before(self.text, text, start) else None
        if how is None and (other := self.other_offices.get(start)) is not None:
            how = f'not {other.name}, introduced later as "{other.role}"'
        return self.unnamed_person(name, aff), how

    def _person_named_later(self, head: str, aff, at: int, start: int, text: str):
        """Named later: the first person, within four paragraphs, who is the subject of a
        later sentence or stands next to a reporting verb (or, for a headline, the person
        the lead names with that title); the first whose role, body or title the words
        give, when the first one's does not ("EU official says"), and the evidence."""
        s = self.sent_of(at)
        par = self.par_of_sent[s]
        s_end = self.sentences[s][4]
        horizon = self.paragraphs[min(len(self.paragraphs), par + 4) - 1][3]
        title = self.index.sentence_kind(s) in ("title", "heading")
        lead = not any(
            self.index.sentence_kind(k) == "body" and self.par_of_sent[k] < par for k in range(s)
        )
        body = described_body(self.text, start, head)  # "a Massport spokeswoman"
        sent_start = lambda m: self.sentences[self.sent_of(m.start)][3]
        named = [
            m
            for m in self.index.mentions_in(s_end, horizon + 1)
            if m.actor.kind == "person"
            and not m.in_quote
            and not known_by_another_role(m.actor, head, aff, at)
            and not introduced_in_other_office(m.actor, head, self.text)
            and not (head in SPOKESPERSON_WORDS and serves_another_role(self.text, m))
            and title_fits_gender(head, m.actor)
            and same_body_named(body, m.actor, self.text[sent_start(m) : m.start])
            and self.sent_of(m.start) > s
            and self.par_of_sent[self.sent_of(m.start)] - par <= 4
            # a later name of another delegation is not this one's delegate
            and (
                not is_national(aff)
                or m.actor.affiliation == aff
                # the lead's "Russia's UN envoy", named in the next paragraph
                or (m.actor.affiliation is None and lead)
                # "Egypt’s Suez Canal chief": "Osama Rabie, head of the Suez Canal Authority"
                or body_of_description(m.actor, text, aff)
            )
        ]
        later = [
            m
            for m in named
            if m.subject
            or m.start in self.speakerish
            # headline "UN expert says": the person the lead names with that title
            # ("The UN Special Rapporteur on torture, Amara Bello-Lindqvist, told")
            or (title and role_has(self.text[sent_start(m) : m.start], head))
        ]
        fits = fitting_holder(later, named, modifier_words(text, head), self.text)  # "EU official"
        for m in self.index.mentions_in(s_end, horizon + 1):
            if m.actor.kind == "person" and introduced_in_other_office(m.actor, head, self.text):
                self.other_offices.setdefault(start, m.actor)  # for the evidence
        headed = heading_person_before(self.index, s, start)  # "Stoltenberg: “Q”" above
        if headed is None and fits is not None:
            return fits, FITTING_HOLDER
        return headed or speaker_of_first_sentence(later, self.speakerish, self.sent_of), None


def named_elsewhere(reader, words: list[str], text: str, head: str, aff, start: int, at: int):
    """A title no holder fits: who a generic title follows, renames, or names later."""
    actor = generic_title_before(reader.index, words, head, start, aff)
    how = "a generic title: the person named just before it" if actor else None
    if actor is None:
        actor, how = renamed_or_introduced(reader, words, text, start, aff)
    if actor is None:
        actor, how = reader._person_named_later(head, aff, at, start, text)
    aide = actor is not None and aide_of_titled(words, actor, start, reader.timeline)
    return (None, None) if aide else (actor, how)
