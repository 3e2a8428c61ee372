"""Finding names: capitalised runs read as people, states and organisations (part of the index)."""

from __future__ import annotations

from functools import partial

from ..actor_context import delegate_affiliation, names_listed_in_apposition
from ..bodies.acronyms import slashed_acronyms
from ..bodies.bare import written_with_full_form
from ..bodies.events import event_year_after
from ..bodies.media import media_noun_after
from ..bodies.name_tails import body_name_tail
from ..bodies.names import ampersand_in_name, to_in_name, without_borders
from ..bodies.owned import BodyAdder
from ..bodies.spelled_acronyms import possessive_in_spelled_name
from ..cues import CUE_FORMS, is_cue_at
from ..frames import acronym_not_word, capital_as_government, capital_opens_clause
from ..headline_cues import HEADLINE_KINDS, headline_verb
from ..headlines.heading_case import sentence_case
from ..joint import listed_after_person
from ..person_appositions import described_as_person
from ..subjects.interposed import verb_after_interposed
from ..titles.words import (
    abbreviated_title_ends_run,
    common_noun_after_title,
    one_word_after_title,
    person_title_before,
    role_before_name,
)
from ..vocabulary import (
    ACRONYMS,
    AGENCIES,
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    MOVEMENTS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    PORTFOLIO_ENDS,
    RELATION_TITLES,
    SEATS_OF_POWER,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEEKDAYS,
    org_key,
    unaccented,
)
from . import parts as name_parts
from . import run_edges as edges
from .body_runs import institution_word_ends_name, reads_as_body, venue_word_ends_name
from .country_bodies import CountryBodies
from .courtesy import after_courtesy_title, common_word_surname, surname_styled_elsewhere
from .given_stop_words import known_given_name
from .month_surnames import month_date
from .name_prefixes import mention_start, without_title_words, word_before_name
from .namesakes import titled_namesake
from .non_names import (
    modifies_plural_group,
    not_a_name,
    not_a_name_word,
    opens_no_run,
    party_designation,
    politician_description,
    quotation_closed_before,
)
from .office_owners import owner_inside_name
from .parts import (
    country_acronym,
    name_word_speaks_alone,
    nickname_ending,
    nickname_inside,
    styled_honorific,
    trimmed_run,
    without_nickname,
)
from .person_records import fill_person, honorific_title, longer_name
from .person_signals import signalled_person
from .place_bodies import surname_of_named_person
from .post_nominals import post_nominal_end
from .post_places import place_words_before_name
from .runs import RunSplitter, next_to_body_name, person_gender, two_names_at_and
from .title_runs import (
    acronym_after_title,
    body_after_office,
    country_of_post,
    first_name_before,
    name_after_honorifics,
    place_ends_body,
    portfolio_before,
    portfolio_list_before,
    portfolio_word_end,
    surname_after_first_name,
    title_before_honorific,
    title_ends_before,
    titled_person_run,
)
from .title_surnames import opens_with_title_surname, title_word_surname
from .unstopped_attributions import attribution_after_quote


class NameFinder(RunSplitter, BodyAdder, CountryBodies):
    """Reads capitalised runs as names (a part of :class:`ActorIndex`)."""

    def _capital_runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (with of/for/on/the/particles inside)."""
        toks = self.tokens
        runs, i, n = [], 0, len(toks)
        while i < n:
            t = toks[i]
            plain = not (t.cap and t.text[0].isalpha())  # opens_no_run's first test, no calls
            if plain or opens_no_run(toks, i, self.sentence_kind(t.sent)):
                i += 1
                continue
            j = i + 1
            end = i + 1
            while j < n and (
                not toks[j - 1].poss
                or owner_inside_name(toks, j)
                or possessive_in_spelled_name(toks, i, j, self.acronym_words)
            ):
                if quotation_closed_before(toks, i, j):
                    break  # "Shows ‘Promise’ Against Coronavirus": a quoted word ends the run
                u = toks[j]
                if self._initial_stop(j):
                    j += 1  # "G. L. Peiris": the full stop of an initial inside a name
                    continue
                if skip := nickname_inside(self.text, toks, j):
                    j += skip  # 'Bosco "Terminator" Ntaganda': a nickname inside a name
                    continue
                if slashed_acronyms(self.text, toks, j):
                    j = end = j + 2  # "The OSCE/ODIHR": two acronyms, one body
                    continue
                if u.text == "*" and u.start == toks[j - 1].end:
                    j += 1  # "The Coordination Committee** of Special Procedures": a footnote
                    continue
                if u.sent != t.sent or self.text[toks[j - 1].end : u.start] not in (" ", "-"):
                    break
                if u.cap and u.text[0].isalpha():
                    if u.lower in WEEKDAYS or month_date(self.tokens, j):
                        break
                    if self.sentence_kind(u.sent) in HEADLINE_KINDS and headline_verb(
                        toks, j, CUE_FORMS
                    ):
                        break  # "NASA Calls Mission Shakti 'Terrible Thing'": a verb
                    j += 1
                    end = j
                    continue
                if (
                    u.lower in NAME_CONNECTORS
                    or edges.particle_in_run(toks, i, j)
                    or to_in_name(toks, j)
                    or without_borders(toks, j)
                    or ampersand_in_name(toks, j)  # "World Travel & Tourism Council"
                ):
                    j += 1
                    continue
                break
            end += event_year_after(self.text, toks, i, end)  # "Qatar 2022": an event
            end += body_name_tail(self.text, toks, i, end)  # "News Channel 34"
            end += media_noun_after(self.text, toks, i, end)  # "Al-Qahera News channel"
            runs.append((i, end))
            i = max(end, i + 1)
        return runs

    def _classify_run(self, a: int, b: int, persons: list, singles: list) -> None:
        toks = self.tokens
        a, b = trimmed_run(toks, a, post_nominal_end(toks, a, b))  # "Zarah Sultana MP"
        if a >= b or edges.names_settlement(toks, a, b) or politician_description(toks, a, b):
            return  # "Nyaung Kone village"; "the New Jersey Democrat told": a description
        if title_before_honorific(toks, a, b):
            for k in range(a, b):
                self._add_single_token(k)
            return
        words = [t.lower for t in toks[a:b] if t.text != "*"]
        if self._add_spelled_out_body(a, b):  # "Economic Community of West African States"
            return
        tail = self._name_after_title(a, b)
        if tail is not None and self._split_name_and_title(a, b, tail[0], persons, singles):
            return
        if tail is not None:
            # "Human Rights Council President Federico Braga": the name after the last title head
            persons.append((a, b, tail))
            self._body_in_title(a, tail[0])
            return
        start, end = toks[a].start, toks[b - 1].end
        base_end = end - (len(toks[b - 1].text) - len(toks[b - 1].base))
        text_base = self.text[start:base_end].replace("*", "")
        cut = two_names_at_and(words, text_base)
        if cut is not None:  # "Ivan Petrov and EU envoy ...": two names, not one
            self._classify_run(a, a + cut, persons, singles)
            self._classify_run(a + cut + 1, b, persons, singles)
            return
        if self._split_of_country(a, b, words, text_base, persons, singles):
            return
        person_at = self._person_after_body(a, b, words)  # not "District | Motorcycle Club"
        if person_at is not None and not institution_word_ends_name(toks, person_at, b):
            self._classify_run(a, person_at, persons, singles)
            self._classify_run(person_at, b, persons, singles)
            return
        subject = self._is_sentence_initial(a)
        full = text_base.lower().removeprefix("the ")
        if b - a > 1 and full in CAPITALS:  # "Addis Ababa": a place ("Minsk" is a single)
            return
        if b - a == 1 and surname_of_named_person(toks, a, persons):  # "Alan Jordan" ... "Jordan"
            return self._pending_single.append(a)
        if self._names_state(full, start, base_end, subject) or self._country_body(a, b, subject):
            return
        if (body := body_after_office(toks, a, b)) is not None:
            return self._classify_run(body, b, persons, singles)  # the office's body
        if reads_as_body(toks, a, b, words) or written_with_full_form(
            self.text, text_base, self.full_form_tails
        ):
            self._add_org(a, b, text_base, subject)
            return
        if venue_word_ends_name(toks, a, b):
            return  # "Hemsby Beach", "the Ellerslie Flower Show": a place or an event, no one
        if b - a == 1:
            singles += [] if portfolio_list_before(toks, a) else [(a, b)]  # "Culture and Tourism"
            return
        self._classify_name_run(a, b, persons)

    def _names_state(self, full: str, start: int, end: int, subject: bool) -> bool:
        """The whole run names a state: "the Russian Federation" is a country, not a body;
        "North Korean state media" holds a two-word demonym, not "Korean"."""
        if full in COUNTRIES:
            self._mention(self.actor_for_country(COUNTRIES[full]), start, end, "country", subject)
            return True
        if " " in full and full in DEMONYMS:
            self._mention(self.actor_for_country(DEMONYMS[full]), start, end, "demonym", subject)
            return True
        return False

    def _classify_name_run(self, a: int, b: int, persons: list) -> None:
        """A run that may be ``[affiliation] [titles] name``: a person, or single words."""
        toks = self.tokens
        if (
            (toks[b - 1].lower in TITLE_HEADS and not title_word_surname(toks, a, b))
            or role_before_name(self.text, toks, a, b)
            or abbreviated_title_ends_run(toks, a, b)
        ):
            # "Edmund King": a surname; "Democratic Gov. David Paterson": a rank
            # a name does not end in a title ("Ostravian Permanent Representative": an office)
            # nor stands before a role and a name ("Nobel Peace Prize winner Shirin Ebadi")
            for k in range(a, b):
                self._add_single_token(k)
            return
        if party_designation(toks, a) or modifies_plural_group(toks, b):
            return  # "Sen. X, R-Altamonte Springs, said", "Conservative Senedd members": no one
        i = a  # split: [affiliation] [titles] name
        i += edges.leading_country(toks[a:b]) or place_words_before_name(toks, a, b)
        i += styled_honorific(toks, i, b)  # "Tan Sri Azam Baki"
        while i < b and word_before_name(toks, i, a, b):
            i += 1
        i = one_word_after_title(toks, a, i, b)  # "Fed Chairman Powell": "Powell"
        name_idx = edges.name_word_indexes(toks, i, b)  # "June Le": a surname
        if not name_idx or (i > a and toks[i - 1].lower in NAME_CONNECTORS):
            # only titles ("Foreign Minister"), a title and its subject ("... on Ostravia")
            for k in range(a, b):
                self._add_single_token(k, allow_unknown=k >= i)
            return
        if len(name_idx) == 1:
            if person_title_before(toks, a, i) and (
                not common_noun_after_title(self.text, toks[name_idx[0]])
                or after_courtesy_title(toks, name_idx[0])  # "Mr Justice Green" ... "drab green"
            ):
                persons.append((a, b, name_idx))
            else:
                for k in range(a, b):
                    self._add_single_token(k, allow_unknown=True)
            return
        titled = titled_person_run(toks, a, b)  # "Regent Eddie Island": a person all the same
        if place_ends_body(toks, a, b) and self._speaker_context(a, b):  # "Politico Europe"
            self._add_org(a, b, self.text[toks[a].start : toks[b - 1].end], False)
            return
        if not titled and not_a_name(self.text, toks, (a, b), name_idx, partial(month_date, toks)):
            # no name ends in an acronym: "Independent UN human rights experts" opens "UN"
            for k in range(a, b):
                self._add_single_token(k)
            self._surname_after_title(a, b)
            return
        persons.append((a, b, name_idx))

    def _surname_after_title(self, a: int, b: int) -> None:
        """``Special Coordinator for the Middle East Peace Process Wennesland said``: the
        plain word ending a run with a title head in it may be the surname of a person
        named in full elsewhere ("Tor Wennesland"); it is linked to that person only."""
        toks, k = self.tokens, b - 1
        if (
            b - a >= 3
            and self._plain_name_word(k)
            and any(t.lower in TITLE_HEADS for t in toks[a:k])
        ):
            self._pending_single.append(k)
            self._surname_only.add(k)

    def _name_after_title(self, a: int, b: int) -> list[int] | None:
        """Indexes of a two-or-more-word name ending the run after a capitalised title head.

        Only runs of at least two title-or-affiliation words before the name qualify, and
        every word of the name must be a plain capitalised word (no title, organisation,
        place, country or month), so "Amnesty International" or "Special Rapporteur on
        Ostravia" are untouched.
        """
        toks = self.tokens
        k = b - 1 if surname_after_first_name(toks, b) else b  # "ACCC Commissioner Sarah Court"
        while k > a and self._plain_name_word(k - 1):
            k -= 1 + nickname_ending(self.text, toks, k - 1)  # 'Jefferson “Zuma Jay” Wagner'
        plain_from = k
        k += acronym_after_title(toks, a, k, b) - first_name_before(toks, a, k, b)
        k = name_after_honorifics(toks, self._after_portfolio(a, k, b), b)  # "Rep Paul Chadwick"
        name_idx = [j for j in range(k, b) if toks[j].lower not in NAME_PARTICLES]
        ends_title = (
            k > plain_from
            or title_ends_before(toks, a, k)  # "Chief Executive Catriona Jackson"
            or (
                # "Minister of State for Foreign Affairs Syed Imran Haider": a title whose head
                # comes first and whose portfolio ends it ("... Suppression of Vice X Y")
                (toks[k - 1].lower in PORTFOLIO_ENDS or portfolio_word_end(toks, k - 1))
                and any(toks[j].lower in TITLE_HEADS for j in range(a, k - 1))
            )
        )
        if len(name_idx) < 2 or k - a < 2 or not ends_title:
            return None
        if not toks[k - 1].cap or toks[k].lower in NAME_PARTICLES:
            return None
        return (
            None if opens_with_title_surname(toks, a, k) else without_title_words(toks, name_idx, b)
        )

    def _add_single(self, a: int, _b: int) -> None:
        self._add_single_token(a, allow_unknown=True)

    def _add_single_token(self, k: int, allow_unknown: bool = False) -> None:
        tok = self.tokens[k]
        w = tok.lower
        if not_a_name_word(w) and not (
            country_acronym(tok)
            or acronym_not_word(self.tokens, k)  # but "the WHO said": an acronym, not "who"
            or common_word_surname(self.tokens, k)  # "Ms May said"
        ):
            return
        end = tok.start + len(tok.base)
        subject = self._is_sentence_initial(k)
        if w in COUNTRIES:
            self._mention(self.actor_for_country(COUNTRIES[w]), tok.start, end, "country", subject)
        elif w in DEMONYMS:
            self._mention(self.actor_for_country(DEMONYMS[w]), tok.start, end, "demonym", subject)
        elif allow_unknown and name_parts.a_persons_name_word(self.actors, tok):
            self._pending_single.append(k)  # "Ria explained": Ria van der Steen, not RIA
        elif w in ACRONYMS or w in AGENCIES or w in MOVEMENTS or w in SEATS_OF_POWER:
            kind = "group" if w in MOVEMENTS else "organisation"
            key = org_key((ACRONYMS.get(w) or w).lower().split())
            actor = self.actors_by_key.get(key) or self.new_actor(kind, tok.base, key)
            self._mention(actor, tok.start, end, "acronym", subject)
        elif w in CAPITALS:
            # a capital is a government's voice only as an agent: "slammed by Minsk",
            # "Managua views ..."; otherwise it is a place
            before = self.tokens[k - 1] if k else None
            after = verb_after_interposed(self.tokens, k + 1)  # "Moscow on Monday said"
            nxt = self.tokens[after] if after < len(self.tokens) else None
            verbish = (
                nxt is not None
                and nxt.text.islower()
                and (
                    nxt.lower.endswith(("s", "ed"))
                    or nxt.lower in ("has", "had", "will")
                    or is_cue_at(self.text, nxt)  # "Washington said Wednesday"
                )
            )
            clause = subject or capital_opens_clause(before)  # "which Moscow has called"
            if (clause and verbish) or capital_as_government(before, nxt):
                actor = self.actor_for_country(CAPITALS[w])
                self._mention(actor, tok.start, end, "capital", subject)
        elif allow_unknown and tok.text[0].isalpha():
            self._pending_single.append(k)

    def _add_person(self, a: int, b: int, name_idx: list[int]) -> None:
        toks = self.tokens
        first_name = toks[name_idx[0]]
        last = toks[name_idx[-1]]
        role_words, affiliation, k = self._person_role(a, name_idx)
        name_idx = edges.with_leading_particle(toks, a, name_idx)
        name_start = toks[name_idx[0]].start
        name_end = edges.name_end_with_stop(self.text, last)
        if not role_words:
            # "The envoy, Samir Nasser, said": a description in apposition before the name
            described = self._description_before(a, b)
            if described is not None:
                role_words, aff = described
                affiliation = delegate_affiliation(affiliation, aff)
        name = without_nickname(self.text[name_start:name_end].replace("*", ""))
        in_title = self.sentence_kind(first_name.sent) in ("title", "heading") and not (
            (role_words and sentence_case(toks, a)) or attribution_after_quote(toks, a)
        )  # "Executive Director X Y stated that ..."; '"Q," said Kazi Faruk, 22' with no stop
        known_first = known_given_name(toks, name_idx[0], b)  # "Nicolás", "Will Hedden"
        appositive = self._appositive(b)
        subject = self._is_sentence_initial(a) or (k >= 0 and self._is_sentence_initial(k + 1))
        enclosed = self._in_apposition(a, b) or names_listed_in_apposition(toks, a, b)
        if enclosed and self._description_opens_sentence(a):
            subject = True  # "Vidal's deputy, Tomas Herrera, went further."
        speaks = self._speaker_context(a, b) or next_to_body_name(toks, a, b, self.text)
        # "Ms. Adaeze Nwosu", "Mr Halvorsen": an honorific right before the name marks a person
        h = a - 2 if a >= 2 and toks[a - 1].text == "." else a - 1
        honorific = h >= 0 and toks[h].sent == first_name.sent and toks[h].lower in HONORIFICS
        if honorific and not role_words:
            role_words = honorific_title(toks, h)  # "Cabinet Secretary Dr. X"
        marked = honorific or described_as_person(toks, a, b)  # "X Y, a 60-year-old driver,"
        marked = marked or signalled_person(self.text, toks, a, b)  # "said biologist X Y"
        marked = marked or name_word_speaks_alone(self.text, toks, a, b)  # "... Millon wrote"
        marked = marked or listed_after_person(toks, a, self.mentions)  # "A B, C D and E F"
        marked = marked or surname_styled_elsewhere(toks, a, b)  # "X Y" ... "Ms Y"
        if not (
            known_first or role_words or appositive or subject or enclosed or speaks or marked
        ) or (in_title and not known_first):
            if not self._names_known_body(a, b):
                for k2 in range(a, b):
                    self._add_single_token(k2, allow_unknown=True)
            return
        has_head = any(
            w.lower() in TITLE_HEADS and w.lower() not in RELATION_TITLES for w in role_words
        )
        role = " ".join(role_words) if role_words and has_head else None
        key = "person:" + unaccented(
            " ".join(t.lower for t in toks[name_idx[0] : name_idx[-1] + 1])
        )
        actor = (
            self.actors_by_key.get(key)
            or longer_name(self.actors, self.actors_by_key, key, role_words)
            or self.new_actor("person", name, key)
        )
        actor = titled_namesake(self, name_idx, actor)  # "Mrs Barnes" after "Brian Barnes"
        honorific_word = toks[h].lower if honorific else None
        fill_person(actor, role, affiliation, appositive)
        if not actor.gender:
            actor.gender = person_gender(first_name.lower, honorific_word, role_words, appositive)
        self._mention(actor, mention_start(toks, a, name_idx), name_end, "name", subject)

    def _names_known_body(self, a: int, b: int) -> bool:
        """``Generation Rent says`` in a headline, ``the Generation Rent group`` in the body:
        a run that is no person's name but spells a body named elsewhere in the article is
        a mention of that body (not the single word "Rent"); True when it is."""
        key = org_key([t.lower for t in self.tokens[a:b] if t.text != "*"])
        actor = self.actors_by_key.get(key)
        if actor is None or actor.kind != "organisation":
            return False
        start, end = self.tokens[a].start, self.tokens[b - 1].start + len(self.tokens[b - 1].base)
        self._mention(actor, start, end, "name", self._is_sentence_initial(a))
        return True

    def _person_role(self, a: int, name_idx: list[int]) -> tuple[list[str], str | None, int]:
        """Titles and affiliation inside the run, then lower-case titles to its left.

        Returns ``(role_words, affiliation, k)``; ``k`` is the token before the left titles.
        """
        toks = self.tokens
        # titles and affiliation inside the run, then lower-case titles to its left
        role_words: list[str] = []
        affiliation = None
        if a == name_idx[0] and (found := portfolio_before(toks, a)) is not None:
            return found  # "UN Special Rapporteur on torture Alice Jill Edwards"
        for k in range(a, name_idx[0]):
            t = toks[k]
            if t.lower in DEMONYMS and not role_words:
                affiliation = DEMONYMS[t.lower]
                self._add_single_token(k)
            elif t.lower in COUNTRIES and not role_words:
                affiliation = COUNTRIES[t.lower]
                self._add_single_token(k)
            elif t.lower in ACRONYMS and not role_words:
                affiliation = t.base
                self._add_single_token(k)
            else:
                role_words.append(t.base)
        k = a - 1
        left_role: list[str] = []
        if affiliation is not None and not role_words and country_of_post(toks, a):
            # "UN envoy to Syria Al-Akhdar Al-Ibrahimi": Syria is the post's, not the envoy's
            left_role, affiliation, k = [toks[a - 1].base, toks[a].base], None, a - 2
        while (
            k >= 0
            and toks[k].sent == toks[name_idx[0]].sent
            and toks[k].text.islower()
            and (toks[k].lower in TITLE_HEADS or toks[k].lower in TITLE_MODIFIERS)
            and toks[k].lower not in ("the", "of", "for", "and")
        ):
            left_role.insert(0, toks[k].base)
            k -= 1
        if left_role or (k >= 0 and toks[k].poss):
            role_words = left_role + role_words
            if k >= 0 and toks[k].sent == toks[name_idx[0]].sent and affiliation is None:
                aff = self._delegate_country(k) or self._affiliation_token(k)
                if aff:
                    affiliation = aff
                    k -= 0
        elif a > 0 and affiliation is None:
            aff = self._affiliation_token(a - 1)
            if aff and role_words:
                affiliation = aff
        return role_words, affiliation, k
