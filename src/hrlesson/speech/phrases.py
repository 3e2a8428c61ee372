"""Phrases to actors: a pronoun, a name, a title or an epithet resolved to one actor."""

from __future__ import annotations

from .bodies.placed_bodies import PLACED_BODY, inner_capitals, placed_body
from .body_officers import BODY_OFFICER, officer_after_body
from .compass_states import compass_state
from .descriptions.joint import joint_phrase, titled_list
from .descriptions.owned import POSSESSIVES, country_owned, possessive_phrase
from .descriptions.renames import described_by_noun
from .documents.adoption import backers_of_document
from .documents.issuers import document_noun_at
from .documents.modified import document_in_description
from .documents.pages import adjective_page, page_speaker
from .joint import body_members, joint_speaker, list_tail_at, shared_surname_couple
from .located_authorities import authorities_in
from .name_glosses import name_words
from .named_heads import (
    body_of_titled_name,
    compound_head_end,
    final_name,
    plural_before_of,
)
from .names.post_nominals import without_post_nominal
from .pronouns.surname_words import surname_pronoun
from .records import Actor, SpeakerRef
from .relation_holders import head_after_modifiers, relation_holders
from .spokespeople.offices import office_holder
from .subjects.heads import (
    head_after_name,
    head_before_participle,
    owned_name_after,
    owns_title,
    possessed_head,
)
from .titles.capital_modifiers import title_case_read
from .titles.titled_names import titled_person
from .titles.words import body_title, portfolio_after_title, portfolio_before_title, title_word
from .tokens import Token, joined_possessive
from .vocabulary import (
    ANONYMOUS_ROLES,
    DOCUMENT_NOUNS,
    EPITHET_GENDER,
    EPITHET_NOUNS,
    KIN_SPEAKERS,
    TITLE_HEADS,
    is_group_word,
    is_head_word,
    is_umbrella_body,
)


class PhraseResolver:
    """Resolves a phrase to the actor it names (a part of :class:`Attributor`)."""

    def resolve_span(self, start: int, end: int, at: int) -> SpeakerRef | None:
        """The first entity in ``text[start:end]`` (partitive, pronoun, name, description, document), none in a list's tail ("performers and presidents")."""
        mentions = self.index.mentions_in(start, end)
        words = without_post_nominal(name_words(self.toks_between(start, end)), mentions)
        words = title_case_read(words, mentions)  # "the UN Humanitarian", "the Transport Secretary"
        words = head_before_participle(words, {m.start for m in mentions})  # not "Canada"
        if (titled := self._headed_reading(words, mentions, at)) is not None:
            return titled
        if (renamed := described_by_noun(self, words, at)) is not None:
            return renamed  # "Venezuelan dictator X" ... "the dictator told"
        i = 0
        while i < len(words) and not list_tail_at(self.text, words, i):
            t = words[i]
            low = t.lower
            m = next((x for x in mentions if x.start == t.start), None)
            if low in ("he", "she", "they", "it", "we") and not surname_pronoun(words, i):
                return self._pronoun(t, at)
            # "According to him, ...": an object pronoun standing alone is the speaker too
            # ("her" only as the last word: "according to her office" is a possessive)
            if low in ("him", "them") or (low == "her" and i == len(words) - 1):
                return self._pronoun(t, at)
            if low == "the" and i + 1 < len(words) and (joint := self._joint_at(words[i + 1])):
                return joint  # "The US, UK and France said"
            if low in ("the", "a", "an") and i + 1 < len(words):
                named = self._name_after_article(words, i, mentions, at)
                if named is not None:
                    return named
            the_next = low == "the" and i + 1 < len(words)
            if the_next and m is None and (acr := self._role_acronym(words[i + 1], at)):
                return acr
            if low in POSSESSIVES and (owned := possessive_phrase(self, words, i, at)):
                return owned  # "her report", "its foreign ministry spokesman"
            joint = self._joint_at(t) if m is not None else None
            if joint is None and t.cap and (m is None or m.actor.kind != "person"):
                joint = titled_list(self, words, i)  # "UN Special Rapporteurs A and B"
            if joint is not None:  # "Britain and Sierra Leone": one speaker
                return joint
            if m is not None and m.actor.kind != "person" and m.how == "name":
                # "The United Nations human rights chief": a description that starts with a name
                desc = self._description(words, i, at)
                if desc is not None and desc.end > m.end:
                    return desc
            if m is not None and (k := umbrella_report(words, m)) is not None:
                return self._document(words, k, at)  # "the UN report": not "UN"
            if m is not None:
                ref = self._from_mention(words, i, m, mentions, at)
                if ref is not None:
                    return ref
                i += 1  # a demonym that starts no description: read on
                continue
            if document_noun_at(words, i):
                return backers_of_document(words, i) or self._document(words, i, at)
            desc = self._document_part(words, i) or self._description(words, i, at)
            if desc is not None and (page := adjective_page(self.text, words, desc)):
                return page  # "according to the official website": no "official" speaks
            if desc is not None:  # "an official statement"; "the authorities in Caracas"
                k = document_in_description(words, desc)  # "a company statement"
                return self._document(words, k, at) if k else authorities_in(self, words, i) or desc
            i += 1
        return None

    def _placed_body(self, words: list[Token]) -> SpeakerRef | None:
        """``The Cass County sheriff's office said``: a place and a lower-case body noun
        name one body, as written (:func:`.bodies.placed_bodies.placed_body`)."""
        if not words:
            return None
        if not hasattr(self, "inner_capital_words"):
            self.inner_capital_words = inner_capitals(self.tokens, self.sent_starts)
        span = placed_body(words, self.sent_starts[words[0].sent], self.inner_capital_words)
        if span is None:
            return None
        ref = self.owned_body(span[0], span[1], "group")
        ref.how = PLACED_BODY
        return ref

    def _headed_reading(self, words: list[Token], mentions: list, at: int) -> SpeakerRef | None:
        """The phrase's head when its structure alone decides: a plural before "of", a
        partitive, a title run into a name, a body or a name heading the phrase."""
        return (
            page_speaker(self, words, at)  # "Consumers Energy’s official Twitter account"
            or self._placed_body(words)  # "Nassau County police said": not "Nassau County"
            or self._plural_head(words, mentions)  # "Supporters of X": the supporters
            or self._partitive_speaker(words, at)
            or self._titled_name(words, mentions)
            or joint_phrase(self, words, at)  # "the UN agencies", "both bodies"
            or self._phrase_head(words, mentions)  # "Amnesty's Rabia Mehmood"
        )

    def _plural_head(self, words: list[Token], mentions: list) -> SpeakerRef | None:
        """``Supporters of opposition leader X``: a group headed by the plural, not X."""
        if (k := plural_before_of(words, mentions)) is None:
            return None
        return self.owned_body(words[k].start, words[-1].end, "group")

    def _phrase_head(self, words: list[Token], mentions: list) -> SpeakerRef | None:
        """The head of a phrase that ends in a name: the body in ``the office of Chancellor
        X``, the person in ``Israel's PM Benjamin Netanyahu`` (see :mod:`.named_heads`)."""
        if (owned := body_of_titled_name(words, mentions)) is not None:
            return self.owned_body(words[owned[0]].start, words[owned[1]].end)
        if (head := final_name(self.text, words, mentions)) is not None:
            named = self._couple(head) or self._list_ending(words, mentions, head)
            return named or SpeakerRef(head.actor, None, head.start, head.end)
        if (officer := officer_after_body(self.text, words, mentions)) is not None:
            return SpeakerRef(officer.actor, None, officer.start, officer.end, how=BODY_OFFICER)
        return None

    def _list_ending(self, words: list[Token], mentions: list, head) -> SpeakerRef | None:
        """The names listed together that end with the phrase's final name ``head``
        ("shipping firm Leonhardt and Blumberg said": the firm's whole name), or None."""
        for m in mentions:
            if m.start >= head.start or m.start < words[0].start:
                continue
            joint = joint_speaker(self.text, self.index, m)
            if joint is not None and joint[1] == head.end:
                return self._noted_ref(joint[0], m.start, joint[1])
        return None

    def _couple(self, m) -> SpeakerRef | None:
        """The two people mention ``m`` ends a couple of ("owners Robert and Janet
        Rutherford"; see :func:`.joint.shared_surname_couple`), or None."""
        couple = shared_surname_couple(self.text, self.index, m)
        if couple is None:
            return None
        return self._noted_ref(couple[0], couple[1], m.end)

    def _noted_ref(self, actor: Actor, start: int, end: int, described: bool = False):
        """The speaker ``actor`` named (or ``described``) by ``text[start:end]``, the span
        noted as its mention."""
        self.note_span(actor, start, end)
        return SpeakerRef(actor, None, start, end, described)

    def owned_body(self, start: int, end: int, kind: str = "organisation") -> SpeakerRef:
        """A body described by the titled person who leads it ("office of German Chancellor
        Angela Merkel"): an organisation of its own, named by the description."""
        label = " ".join(self.text[start:end].split())
        key = "group:" + label.lower()
        actor = self.index.actors_by_key.get(key) or self.index.new_actor(kind, label, key)
        return self._noted_ref(actor, start, end, True)

    def owned_body_preview(self, start: int, end: int, kind: str = "organisation") -> Actor:
        """The actor :meth:`owned_body` would give for ``text[start:end]``, without
        registering a new one: to test a reading before keeping it (a rejected reading
        leaves no actor behind in the actors table)."""
        label = " ".join(self.text[start:end].split())
        key = "group:" + label.lower()
        return self.index.actors_by_key.get(key) or Actor(kind, joined_possessive(label), key=key)

    def _joint_at(self, t: Token) -> SpeakerRef | None:
        """States or bodies listed together from the name at ``t`` speak as one group, as do
        a body's members ("the ICC member states")."""
        m = self.index.mention_starting(t.start)
        if m is not None and (couple := self._couple(m)) is not None:
            return couple  # "Barack and Michelle Obama said": both
        joint = joint_speaker(self.text, self.index, m) if m is not None else None
        if m is not None and joint is None:
            joint = body_members(self.text, self.index, m)
        if joint is None:
            return None
        return self._noted_ref(joint[0], m.start, joint[1])

    def _name_after_article(
        self, words: list[Token], i: int, mentions: list, at: int
    ) -> SpeakerRef | None:
        """``the Group of Human Rights Experts on Nicaragua``: the name, not a description
        (but "the United Nations human rights chief" is a description)."""
        m2 = next((x for x in mentions if x.start == words[i + 1].start), None)
        if m2 is None or m2.how != "name":
            # "the country's foreign ministry"; "the North" (North Korea)
            return country_owned(self, words, i, at) or compass_state(self.index.actors, words, i)
        k = umbrella_report(words, m2)
        if k is not None:
            return self._document(words, k, at)  # "the U.N. report": its author's
        if m2.actor.kind != "person":
            desc = self._description(words, i, at)
            if desc is not None and desc.end > m2.end:
                return desc
            head = next((w for w in words if w.start >= m2.end), None)
            if head is not None and body_title(self.text, m2, head):  # "the IAEA chief"
                title = "body-chief" if head.lower in ("chief", "head") else head.lower
                return self._person_description(
                    title, m2.actor.name, words[i].start, head.end, at, [head]
                )
        return SpeakerRef(m2.actor, None, m2.start, m2.end)

    def _from_mention(
        self, words: list[Token], i: int, m, mentions: list, at: int
    ) -> SpeakerRef | None:
        """The speaker a phrase names when ``words[i]`` starts mention ``m``.

        None only for a demonym that starts no description (the caller reads on).
        """
        # the mention's last word carries the 's: "North Korea's UN envoy"
        k = i
        while k + 1 < len(words) and words[k + 1].start < m.end:
            k += 1
        if (office := office_holder(self, m.actor, words, k, words[i].start)) is not None:
            return office  # "Santos’ office said": George Santos
        possessor = owns_title(words, k) or (words[k].poss and head_after_modifiers(words, k))
        if m.actor.kind != "person" or possessor:
            # "EU ambassador Thomas Wagner", "Government spokesman Ali Reza"
            person = self._person_after_titles(words, k, mentions)
            if person is not None:
                return person
        after = next((w for w in words[i + 1 :] if w.start >= m.end), None)
        modifier = (
            after is not None
            and is_head_word(after.lower)
            and self.text[m.end : after.start].strip() == ""
        )
        if (
            (m.how in ("demonym", "country", "acronym") and m.end <= words[k].end)
            or possessor
            or (modifier and m.actor.kind != "person")
        ):
            # "UN human rights chief", "Ukraine's UN ambassador", "the rapporteur's
            # spokesperson": a description
            desc = self._description(words, i, at)
            if desc is not None:
                return desc
        if m.how == "demonym":
            return None
        if m.actor.kind != "person" and (owned := owned_name_after(words, k, self.index)):
            return SpeakerRef(owned.actor, None, owned.start, owned.end)  # "Germany's Court"
        if m.actor.kind != "person" and (head := head_after_name(words, k)) is not None:
            if (holder := self._named_holder(words, k, head, m.actor.name, at)) is not None:
                return holder  # "The EU's Brexit negotiator": the one named as such
            return self.owned_body(words[i].start, head.end, "group")  # "UN humanitarians"
        if (owned := self.possessed_speaker(words, i, k, m.actor.name, at)) is not None:
            return owned  # "Lockheed Martin’s UK vice-president added": not the company
        return SpeakerRef(m.actor, None, m.start, m.end)

    def possessed_speaker(
        self, words: list[Token], i: int, k: int, owner: str, at: int
    ) -> SpeakerRef | None:
        """The phrase from ``words[i]`` to the noun the possessive ``words[k]`` (of
        ``owner``) owns (:func:`.subjects.heads.possessed_head`), when it names a person, a
        relative or a body of the owner's: "Lockheed Martin’s UK vice-president added"
        speaks as that vice-president, "Spain’s civil protection issued" as that body, not
        as the company or the state; a title names the person the article names as its
        holder (:meth:`_named_holder`), else stays as written. None when no such noun
        follows."""
        head = possessed_head(words, k)
        if head is None:
            return None
        if head.lower not in TITLE_HEADS or is_group_word(head.lower):
            return self.owned_body(words[i].start, head.end, "group")
        holder = self._named_holder(words, k, head, owner, at)
        return holder or self.owned_body(words[i].start, head.end, "person")

    def _named_holder(self, words: list, k: int, head, aff: str, at: int) -> SpeakerRef | None:
        """A title after a body's name ("The EU's Brexit negotiator") names the person the
        article names as its holder; None when nobody named holds it.

        What the lookup records is kept only for a named person: a holder that is no named
        person is discarded and leaves no trace."""
        if head.lower not in TITLE_HEADS:
            return None
        run = words[k + 1 : words.index(head) + 1]
        with self._scratch() as keep:
            ref = self._person_description(head.lower, aff, words[k].start, head.end, at, run)
            holder = ref.actor
            if holder and holder.kind == "person" and not holder.key.startswith("unnamed:"):
                keep.append(ref)
        return ref if keep else None

    def _epithet(
        self, noun: str, det: str | None, start: int, end: int, at: int
    ) -> SpeakerRef | None:
        """``the father of three told``: the man of this paragraph the writer renames.

        Only with "the", a gendered noun, and a person of that gender named earlier in the
        same paragraph (the latest one).
        """
        gender = EPITHET_GENDER.get(noun)
        if det != "the" or gender is None:
            return None
        num = self.par_of_sent[self.sent_of(at)]
        par = next((p for p in self.paragraphs if p[0] == num), None)
        if par is None:
            return None
        if self._introduces_unnamed(par[2], start):
            return None  # "a witness told ...; X quoted the woman": the unnamed one
        for m in reversed(self.index.mentions_in(par[2], start)):
            if m.actor.kind == "person" and m.actor.gender == gender and not m.in_quote:
                return self._noted_ref(m.actor, start, end, True)
        return None

    def _introduces_unnamed(self, start: int, end: int) -> bool:
        """An indefinite person noun in ``[start, end)``: "a witness", "a young woman"."""
        words = [t for t in self.toks_between(start, end) if t.text[0].isalnum()]
        person_nouns = ANONYMOUS_ROLES | EPITHET_NOUNS | KIN_SPEAKERS
        return any(
            t.lower in person_nouns
            and any(w.lower in ("a", "an", "one") for w in words[max(0, k - 2) : k])
            for k, t in enumerate(words)
        )

    def _role_acronym(self, tok: Token, at: int) -> SpeakerRef | None:
        """``the CS`` for a Cabinet Secretary named before: initials of a person's title.

        Only an all-capital word of two to four letters that is no known actor, and only a
        person met before ``at`` whose title's capitalised words start with those letters.
        """
        word = tok.text
        if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 4):
            return None
        if self.index.mention_starting(tok.start) is not None:
            return None
        best = None
        for a in self.index.actors:
            if a.kind != "person" or not a.role or a.first[0] >= at:
                continue
            caps = [w[0] for w in a.role.split() if w[:1].isupper()]
            initials = "".join(caps)
            if word in initials and (best is None or a.first[0] > best.first[0]):
                best = a
        if best is None:
            return None
        return self._noted_ref(best, tok.start, tok.end, True)

    def _titled_name(self, words: list[Token], mentions: list) -> SpeakerRef | None:
        """The person a title phrase runs straight into (see :mod:`.titled_names`), or the
        people listed jointly from that person."""
        person = titled_person(self.text, words, mentions)
        return self._person_or_joint(words, person) if person is not None else None

    def _person_or_joint(self, words: list[Token], m) -> SpeakerRef:
        """The person named by mention ``m`` in ``words``, or the people listed jointly from
        it ("NAHT general secretary Russell Hobby and Emma Knights, ..., said": both)."""
        at = next((w for w in words if w.start == m.start), None)
        joint = self._joint_at(at) if at is not None else None
        return joint or SpeakerRef(m.actor, None, m.start, m.end)

    def _names_person(self, words: list[Token]) -> bool:
        """True when ``words`` name a person (not just describe one, nor name only the one
        the described person is related to: "Tom Barker's younger son")."""
        mentions = self.index.mentions_in(words[0].start, words[-1].end)
        holders = relation_holders(words, mentions)
        return any(
            m.actor.kind == "person" and m.how in ("name", "surname") and id(m.actor) not in holders
            for m in mentions
        )

    def _describe(self, actor: Actor, words: list[Token]) -> None:
        """Record a description in apposition to a name as an alias, and as the role."""
        start, end = words[0].start, words[-1].end
        self.note_span(actor, start, end)
        if actor.role is None:
            heads = [w for w in words if w.lower in TITLE_HEADS and not w.poss]
            if heads:
                first = next(
                    (
                        k
                        for k, w in enumerate(words)
                        if w.lower not in ("the", "a", "an", "his", "her")
                    ),
                    0,
                )
                last = compound_head_end(words, words.index(heads[0]))  # "chief spokesman"
                role_words = [w.base for w in words[first : last + 1] if not w.poss]
                actor.role = " ".join(role_words) or None
        if actor.affiliation is None:
            for m in self.index.mentions_in(start, end):
                if m.actor.kind in ("state", "organisation"):
                    actor.affiliation = m.actor.name
                    break

    def unnamed_person(self, description: str, affiliation: str | None) -> Actor:
        """A person the article describes but never names ("one Western diplomat")."""
        key = "unnamed:" + description.lower()
        actor = self.index.actors_by_key.get(key)
        if actor is None:
            actor = self.index.new_actor("person", description, key)
            actor.role = description
            actor.affiliation = affiliation
        return actor

    def _person_after_titles(self, words: list[Token], i: int, mentions: list) -> SpeakerRef | None:
        j = i + 1  # after the body's last word, and its acronym in brackets: "... (IMF) Managing"
        j += j < len(words) and self.text[words[j].start - 1 : words[j].start] == "("
        first = j
        j = portfolio_before_title(words, j)  # "United Utilities water regulation ... manager"
        while j < len(words) and (
            title_word(words[j].lower) or portfolio_after_title(words, j, first)
        ):
            j += 1 + (words[j].lower in ("of", "for"))  # "head of emergencies X"
        if j == first or j >= len(words):
            return None
        m = next((x for x in mentions if x.start == words[j].start), None)
        if m is not None and m.actor.kind == "person":
            return self._person_or_joint(words, m)
        return None


def umbrella_report(words: list[Token], m) -> int | None:
    """Where the document noun stands when mention ``m`` of the UN as a whole opens a
    document's name (``the U.N. report``, ``a UN Human Rights report``, ``the UN
    statement``): the index in ``words``, or None."""
    if not is_umbrella_body(m.actor.name):
        return None
    after = [k for k, w in enumerate(words) if w.start >= m.end][:4]
    for k in after:
        if words[k].lower in DOCUMENT_NOUNS:
            return k
        if not (words[k].cap or words[k].lower in ("human", "rights")):
            return None
    return None
