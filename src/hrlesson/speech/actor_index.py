"""The actor index: every person, state, organisation and group of an article, and their mentions.

:class:`ActorIndex` is built once per article (:func:`actor_index`) from the tokens and the
quotation marks; the speech analysis resolves speakers against it.
"""

from __future__ import annotations

import bisect

from ..article import Article
from .actor_context import ContextReader
from .address_names import drop_address_names
from .bodies.acronyms import (
    BRACKETED_ACRONYM,
    acronyms_spelled_out,
    body_acronym_at,
    body_by_initials,
    grown_names,
    named_with_acronym,
    slashed_parts,
)
from .bodies.bare import (
    body_forms,
    company_short_form,
    full_form_tails,
    head_before_remit,
    only_collegial_body,
    short_form_of,
)
from .bodies.names import body_core, branch_of
from .bodies.owned import next_after
from .bodies.spelled_acronyms import acronyms_written_out, article_acronyms
from .common_nouns import capitalised_plural_noun
from .kind_corrections import kinds_from_names, later_body_kind, offices_are_persons
from .kinds import (
    affiliation_of_someone,
    known_body_word,
    located_body,
    located_description_matches,
    names_media,
    used_as_place,
)
from .marks import quotation_marks
from .names.body_signals import body_signal_words
from .names.couples import persons_named_in_full
from .names.finder import NameFinder
from .names.named_elsewhere import bracketed_acronym, speaking_words
from .names.namesakes import ranked_namesakes, surname_only_persons
from .names.non_names import common_word_at
from .names.parts import (
    with_lower_particles,
    without_particles,
    without_stray_article,
)
from .names.pronoun_antecedents import speaks_of_self
from .names.regnal import realm_styled_persons
from .names.variants import merge_person_variants, merge_written_full_names
from .records import Actor, Mention
from .relation_holders import relative_surnames
from .subjects.asides import unknown_body
from .tokens import Token, joined_possessive, tokenize
from .vessel_names import drop_vessel_names
from .vocabulary import (
    AGENCIES,
    BARE_BODY,
    BLOCS,
    COUNTRIES,
    DEMONYMS,
    GENDER_WORDS,
    GOVERNMENT_OF,
    HONORIFICS,
    KNOWN_BODIES,
    NAMING_GROUP_NOUNS,
    ORGANISATION_WORDS,
    SOCIAL_PLATFORMS,
    body_head,
    unaccented,
)


class ActorIndex(NameFinder, ContextReader):
    """The actors of one article and every place they are mentioned."""

    def __init__(self, article: Article, quote_ranges: list[tuple[int, int]]) -> None:
        self.text = article.text
        self.paragraphs, self.sentences, _ = article._segments()
        self.sentence_starts = [s[3] for s in self.sentences]
        self.tokens = tokenize(self.text, self.sentence_starts)
        self.token_starts = [t.start for t in self.tokens]
        self.acronym_words = article_acronyms(self.tokens)  # "ICE": its spelled-out name
        self.full_form_tails = full_form_tails(self.text)  # "X Mining" ... "X Mining Corp."
        self.quote_ranges = quote_ranges
        self._quote_starts = [a for a, _ in quote_ranges]
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []
        self.actors_by_key: dict[str, Actor] = {}
        self._pending_single: list[int] = []
        self._surname_only: set[int] = set()  # pending words linked to a named person only
        self._alias_keys: dict[str, Actor] = {}
        self._kind_cache: dict[str, bool] = {}
        self._capitalised: set[str] | None = None
        self._governments: set[str] | None = None
        self.mention_starts: list[int] = []
        self._find_all()
        persons_named_in_full(self.text, self.actors)  # "Lord Frost", once names are linked

    def in_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a top-level quotation (marks included)."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quote_ranges[i][0] <= pos < self.quote_ranges[i][1]

    def token_index(self, pos: int) -> int:
        """ActorIndex of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self.token_starts, pos)

    def sentence_kind(self, sent: int) -> str:
        """The kind of sentence number ``sent`` (0-based): body, dateline, heading or title."""
        return self.sentences[sent][2] if 0 <= sent < len(self.sentences) else "body"

    def _is_sentence_initial(self, i: int) -> bool:
        """The token opens its sentence, after opening marks and an honorific ("Mr.")."""
        tok = self.tokens[i]
        j = i - 1
        while j >= max(0, i - 6) and self.tokens[j].sent == tok.sent:  # a few tokens at most
            t = self.tokens[j]
            if t.text in "\"'“‘«(" or t.lower in HONORIFICS:
                j -= 1
            elif t.text == "." and j >= 1 and self.tokens[j - 1].lower in HONORIFICS:
                j -= 2
            else:
                break
        return j < 0 or self.tokens[j].sent != tok.sent

    def new_actor(self, kind: str, name: str, key: str) -> Actor:
        """Create and register an actor under ``key`` (one actor per key)."""
        actor = Actor(kind=kind, name=joined_possessive(name), key=key)
        self.actors_by_key[key] = actor
        self.actors.append(actor)
        return actor

    def _mention(self, actor: Actor, start: int, end: int, how: str, subject: bool = False):
        form = self.text[start:end]
        actor.add_form(form)
        if not actor.mentions or (start, end) < actor.first:
            actor.first = (start, end)
        actor.mentions.append((start, end))
        self.mentions.append(Mention(start, end, actor, how, subject, self.in_quote(start)))

    def actor_for_country(self, country: str) -> Actor:
        """The state actor of ``country``, created on first use."""
        key = "state:" + country.lower()
        actor = self.actors_by_key.get(key)
        if actor is None:
            actor = self.new_actor("state", country, key)
        return actor

    def _find_all(self) -> None:
        runs = self._capital_runs()
        persons: list[tuple[int, int, list[int]]] = []
        singles: list[tuple[int, int]] = []
        for a, b in runs:
            self._classify_run(a, b, persons, singles)
        for a, b, name_idx in persons:
            self._add_person(a, b, name_idx)
        for a, b in singles:
            self._add_single(a, b)
        self._parenthetical_acronyms()
        self._group_phrases()
        self._located_descriptions()
        self._apposed_bodies()
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._finish()

    def _finish(self) -> None:
        """Link single names (surnames, acronyms) to the actors named in full."""
        kinds_from_names(self.text, self.actors)  # "Ernst & Young", "Tory MPs", "New Labour"
        drop_address_names(self.actors, self.mentions, self.actors_by_key)  # "Stoney Street"
        self._located_bodies()  # "UNIFIL" spells the name with its place
        persons = [x for x in self.actors if x.kind == "person"]
        orgs = [x for x in self.actors if x.kind == "organisation"]
        by_token: dict[str, list[Actor]] = {}
        for p in persons:
            for w in {unaccented(x) for x in p.name_tokens + without_particles(p.name_tokens)}:
                by_token.setdefault(w, []).append(p)  # "Gonzalez" is "González" too
        # a word that speaks once names its actor wherever it stands ("Oxfam has taken aim")
        speaking = speaking_words(self.tokens, self._pending_single, self._unknown_speaker)
        bodies = body_signal_words(self.text, self.tokens, orgs)  # "Vodafone customers"
        for k in self._pending_single:
            tok = self.tokens[k]
            w = tok.lower
            end = tok.start + len(tok.base)
            subject = self._is_sentence_initial(k)
            target = self._alias_keys.get(w) or company_short_form(w, orgs)  # "Downer"
            how = "acronym"
            if target is None:
                cands = list(by_token.get(unaccented(w), ()))
                if cands:
                    subjects = {id(m.actor) for m in self.mentions if m.subject}
                    cands = ranked_namesakes(cands, w, subjects)
                    before = [p for p in cands if p.first[0] < tok.start]
                    target = (before or cands)[0]
                    how = "surname"
            acronym = target is None and tok.base.isupper() and len(tok.base) >= 2
            if acronym and (target := body_by_initials(tok.base, orgs)) is not None:
                how = "acronym"
            if target is None and k in self._surname_only:
                continue
            if target is None:
                # an unknown single capitalised word: an actor only as the subject of a verb
                # ("Reuters reported"); "Experts report" is a description, not a name
                if common_word_at(self.text, self.tokens, k):
                    continue  # "Experts report", "Media reports that", "A UNION has warned"
                if (
                    tok.base in speaking | bodies and not bracketed_acronym(self.tokens, k)
                ) or known_body_word(self.tokens, k):
                    kind = "organisation" if tok.base in bodies else self._guess_kind(tok)
                    key = "single:" + w
                    name = with_lower_particles(self.text, self.tokens, k)  # "von der Leyen"
                    target = self.actors_by_key.get(key) or self.new_actor(kind, name, key)
                    target.kind = later_body_kind(target, kind)  # "Greenpeace said it ... its"
                    how = "name"
                else:
                    continue
            self._mention(target, tok.start, end, how, subject)
            self._gender_from_honorific(target, k)
        self._merge_bare_orgs()
        self._merge_written_forms()
        self._bare_bodies(orgs)
        self._located_bodies()
        offices_are_persons(self.text, self.mentions, self.actors)
        self._index_mentions()

    def _merge_written_forms(self) -> None:
        """One actor for the forms that write one name: a body and its acronym in brackets
        ("the UN High Commissioner for Refugees (UNHCR)"), a surname after a title and the
        full name ("Foreign Minister Arreaza", "Jorge Arreaza"), the first of two slashed
        acronyms and both ("the OSCE", "The OSCE/ODIHR")."""
        for part, whole in named_with_acronym(self.text, self.mentions):
            self._merge_org(part, whole)
        for one, full in surname_only_persons(self.actors):
            full.role, full.gender = full.role or one.role, full.gender or one.gender
            self._merge_org(one, full)
        for one, full in realm_styled_persons(self.actors):  # "Margrethe II of Denmark"
            full.role, full.gender = full.role or one.role, full.gender or one.gender
            self._merge_org(one, full)
        merge_person_variants(self.actors, self._merge_org)  # "Amb Makol", "Sir David"
        for relative, full, source in relative_surnames(self.text, self.tokens, self.mentions):
            relative.name, relative.name_source = full, source  # "Mr Morgan's brother Alastair"
        merge_written_full_names(self.tokens, self.actors, self._merge_org)  # "Will Taylor"
        for part, whole in slashed_parts(self.actors):
            self._merge_org(part, whole)
        for short, full in body_forms(self.actors):  # "Corporation", "Dundrod Club"
            full.name_source = f'short form "{short.name}" too'
            self._merge_org(short, full)
        for acro, whole in acronyms_spelled_out(self.actors):  # "ICC": "International ..."
            if whole.kind == "person":  # "UI": "United Illuminating" is no person
                whole.kind, whole.name_source = "organisation", f'a body: "{acro.name}" spells it'
            self._merge_org(acro, whole)
        for acro, full, whole in acronyms_written_out(self.text, self.actors, self.in_quote):
            how = f'full name the text writes for "{acro.name}"'  # "CAISO"
            if whole is None:
                acro.name, acro.kind, acro.name_source = full, "organisation", how
            else:  # read as a person: a body
                whole.kind, whole.name_source = "organisation", how
                self._merge_org(acro, whole)

    def _located_descriptions(self) -> None:
        """``The Burmese permanent mission in Geneva had previously responded``: a body
        described by its owner and named by its place is one organisation (a later "the
        mission" is it); so is ``the ministry of external affairs``, named by its
        portfolio."""
        for m in located_description_matches(self.text):
            start, end = m.span(1)
            if self.in_quote(start):
                continue
            name = m.group(1)
            key = "org:" + name.lower()
            actor = self.actors_by_key.get(key) or self.new_actor("organisation", name, key)
            self._mention(
                actor, start, end, "name", self._is_sentence_initial(self.token_index(start))
            )

    def _located_bodies(self) -> None:
        """``The UN Mission in the Central African Republic (MINUSCA) condemned``: the
        body's name takes in the place named right after it (the mention grows; the
        place keeps its own mention); so do the capital it sits in ("The Indian Embassy in
        Washington") and a first part before a comma that its acronym spells."""
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        for m, nxt in next_after(self.mentions):
            if (
                m.how == "name"
                and m.actor.kind == "organisation"
                and nxt.actor.kind in ("state", "organisation")
                and located_body(self.text[m.start : m.end], self.text[m.end : nxt.start])
            ):
                m.end = nxt.end
                m.actor.add_form(self.text[m.start : m.end])
        self.mentions = grown_names(self.text, self.mentions)

    def _index_mentions(self) -> None:
        """Sort the mentions; give each actor its mentions, first mention and longest name."""
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        by_actor: dict[int, list[Mention]] = {}
        for m in self.mentions:
            by_actor.setdefault(id(m.actor), []).append(m)
        for actor in self.actors:
            own = by_actor.get(id(actor), [])
            actor.mentions = [(m.start, m.end) for m in own]
            if own:
                actor.first = (own[0].start, own[0].end)
            if actor.kind == "organisation":
                written = [self.text[m.start : m.end] for m in own if m.how == "name"]
                names = [  # "All-Party Parliamentary Group (APPG) on Pharmacy": no brackets
                    without_stray_article(BRACKETED_ACRONYM.sub("", w).replace("*", ""))
                    for w in written
                ]
                if names:
                    actor.name = max(enumerate(names), key=lambda x: (len(x[1]), -x[0]))[1]
                    if actor.name.lower().startswith("the "):
                        actor.name = actor.name[4:]

    def _gender_from_honorific(self, target: Actor, k: int) -> None:
        """``Mr. Rao``: an honorific before a single name tells the person's gender, over a
        guess from the first name ("Jean Lambert" ... "Ms. Lambert")."""
        honorific = self.tokens[k - 1].lower if k else ""
        if honorific == "." and k >= 2:
            honorific = self.tokens[k - 2].lower  # "Mr. Rao": the full stop of "Mr."
        unknown = target.gender is None or honorific in HONORIFICS
        if target.kind == "person" and unknown and honorific in GENDER_WORDS:
            target.gender = GENDER_WORDS[honorific]

    def _bare_bodies(self, orgs: list[Actor]) -> None:
        """``the council``, ``the bloc``: the body of that kind named before."""
        named = sorted(
            (
                (m.start, m.actor)
                for m in self.mentions
                if m.actor.kind == "organisation" and m.actor in orgs and m.actor in self.actors
            ),
            key=lambda x: x[0],
        )
        starts = [p for p, _ in named]
        for m in BARE_BODY.finditer(self.text):
            word = m.group(1)
            i = bisect.bisect_left(starts, m.start(1)) - 1
            while i >= 0:
                actor = named[i][1]
                if actor.name_tokens[-1:] == [word] or (word == "bloc" and actor.key in BLOCS):
                    self._mention(actor, m.start(), m.end(), "description")
                    break
                i -= 1

    def _merge_bare_orgs(self) -> None:
        """``the Council`` is the ``Human Rights Council`` named elsewhere in the article;
        ``the Foreign Ministry`` and ``the Ministry of Foreign Affairs`` are the ``Russian
        Ministry of Foreign Affairs`` when the article names only one such ministry."""
        orgs = [a for a in self.actors if a.kind == "organisation"]
        for bare in orgs:
            words = bare.key.removeprefix("org:").split()
            if len(words) == 1 and words[0] in ORGANISATION_WORDS:
                others = [a for a in orgs if a is not bare]
                # "the Assembly": the "Assembly of States Parties" before the "Presidency of
                # the Assembly" (a body's head noun before its last word)
                full = (
                    [a for a in others if body_head(a.name_tokens) == words[0]]
                    or [a for a in others if a.name_tokens[-1:] == words]
                    or short_form_of(words, others)
                    or head_before_remit(words, others)  # "the Forum": "Forum for Human Rights"
                    or only_collegial_body(words, others)
                )
            else:
                # "the Coordination Committee": the "Coordination Committee of Special
                # Procedures" named in full elsewhere
                n = len(bare.name_tokens)
                full = (
                    self._fuller_bodies(bare, orgs)
                    or branch_of(bare, orgs)
                    or [a for a in orgs if a.name_tokens[: n + 1] == [*bare.name_tokens, "of"]]
                )
            if full:
                self._merge_org(bare, full[0])

    def _fuller_bodies(self, org: Actor, orgs: list[Actor]) -> list[Actor]:
        """The other bodies whose name is ``org``'s with a country before it, or the same
        ministry written the other way round ("Foreign Ministry", "Ministry of Foreign
        Affairs"), longest name first."""
        core = body_core(org.name_tokens)
        if core is None:
            return []
        found = []
        for other in orgs:
            if other is org or other not in self.actors:
                continue
            theirs = body_core(other.name_tokens)
            if theirs is None or len(other.name) < len(org.name):
                continue
            owned = theirs[0] in DEMONYMS or theirs[0] in COUNTRIES
            if theirs == core or (theirs[1:] == core and owned):
                found.append(other)
        countries = {body_core(a.name_tokens)[0] for a in found} - {core[0]}
        if len(countries) > 1:
            return []  # the ministries of two countries: which one is meant is unclear
        return sorted(found, key=lambda a: -len(a.name))

    def _merge_org(self, org: Actor, target: Actor) -> None:
        """Give ``org``'s mentions to ``target`` and drop ``org``."""
        if org not in self.actors:
            return
        for m in self.mentions:
            if m.actor is org:
                m.actor = target
                target.add_form(self.text[m.start : m.end])
        self.actors.remove(org)
        self.actors_by_key[org.key] = target

    def _guess_kind(self, tok: Token) -> str:
        """Kind of an actor named by one unknown word (a surname, a state, a body)."""
        prev = self.tokens[self.token_index(tok.start) - 1] if tok.start else None
        if tok.lower in AGENCIES or tok.lower in SOCIAL_PLATFORMS or names_media(tok.base):
            return "organisation"  # "Reuters", "Twitter did not respond"
        if tok.lower in KNOWN_BODIES:
            return "organisation"  # "Google on Friday said", "Oxfam said"
        if prev is not None and prev.text.islower() and prev.lower in NAMING_GROUP_NOUNS:
            return "organisation"  # "Venezuelan human rights group SURES"
        k = self.token_index(tok.start)
        if body_acronym_at(self.tokens, k) or unknown_body(self.text, self.tokens, k):
            return "organisation"  # "The MIA also said", "the statement from MONUSCO"
        if tok.base.isupper() and len(tok.base) >= 3:
            return "organisation"  # an acronym: "FIFA and UEFA said"
        if capitalised_plural_noun(self.tokens, k):
            return "group"  # "Critics argue": the people a plural noun describes, no one named
        if self._speaks_of_self(tok.base):
            return "person"  # "Spano said he has held", "According to Moeldoko, ... he said"
        if self._cached(
            "kind:" + tok.base,
            lambda: affiliation_of_someone(self.actors, tok.base) or self._government_of(tok.base),
        ):
            return "state"
        if self._is_place(tok.base):
            return "state"
        if prev is not None and prev.lower == "by":
            return "state" if tok.lower.endswith(("ia", "land", "stan", "ea")) else "organisation"
        return "person"

    def _speaks_of_self(self, name: str) -> bool:
        """A one-word name that speaks of itself as he/she (pronoun_antecedents), once a name."""
        return self._cached("self:" + name, lambda: speaks_of_self(self.text, name))

    def _is_place(self, name: str) -> bool:
        """An unknown one-word name used as a place is a state (kinds.used_as_place)."""
        return self._cached("place:" + name, lambda: used_as_place(self.text, name))

    def _cached(self, key: str, compute) -> bool:
        """``compute()`` once per article for ``key``."""
        if key not in self._kind_cache:
            self._kind_cache[key] = compute()
        return self._kind_cache[key]

    def _government_of(self, name: str) -> bool:
        if self._governments is None:
            self._governments = {
                m.group(1) or m.group(2) for m in GOVERNMENT_OF.finditer(self.text)
            }
        return name in self._governments

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.mention_starts, start)
        j = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[i:j]

    def mention_starting(self, pos: int) -> Mention | None:
        """The mention that starts exactly at ``pos``, or None."""
        i = bisect.bisect_left(self.mention_starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None


def actor_index(article: Article) -> ActorIndex:
    """The cached :class:`ActorIndex` of ``article`` (actors and their mentions)."""
    cache = article._cache.setdefault("actors", {})
    if "index" not in cache:
        ranges = [(p.open, p.close + 1) for p in quotation_marks(article).top]
        index = ActorIndex(article, ranges)
        if drop_vessel_names(index.text, index.actors, index.mentions, index.actors_by_key):
            index._index_mentions()  # "the bulk carrier Katerina": a ship, no actor
        cache["index"] = index
    return cache["index"]


def sentence_at(index: ActorIndex, pos: int) -> int:
    """The sentence number (0-based) of the first token of ``index`` that starts at or after
    ``pos`` (of the last token when none does)."""
    return index.tokens[min(index.token_index(pos), len(index.tokens) - 1)].sent
