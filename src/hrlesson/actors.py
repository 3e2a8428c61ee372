"""People, states, organisations and groups named in an article.

Actors are found with small curated lists shipped here (countries with their
demonyms and capitals, titles, organisation words, common first names with
their usual gender) and capitalisation rules; no statistical model is used.
Each actor gets the earliest, longest name form the article uses as its name,
and every other form seen (``Bachelet``, ``the UN rights chief``, ``Minsk``) as
an alias.

>>> from hrlesson import load_article
>>> table = actors(load_article())
>>> row = table.set_index("name").loc["Jeppe Kofod"]
>>> row.kind, row.role, row.affiliation
('person', 'Foreign Minister', 'Denmark')
>>> int(table.set_index("name").loc["Michelle Bachelet", "n_quotes"])
12
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import export
from .article import Article
from .wordlists import word_list, word_set, word_table

__all__ = ["COUNTRIES", "GOLD_FIELDS", "TABLE", "actors"]

# --------------------------------------------------------------------------- curated lists


def _parse_countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Country names, demonyms and capitals (``data/words/countries.csv``) -> country."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in word_table("countries"):
        name = row["country"]
        names[name.lower()] = name
        for other in filter(None, row["other_names"].split("|")):
            names[other.lower().removeprefix("the ")] = name
        for dem in filter(None, row["demonyms"].split("|")):
            demonyms[dem.lower()] = name
        for cap in filter(None, row["capitals"].split("|")):
            capitals[cap.lower()] = name
    return names, demonyms, capitals


#: Country names (and other names: ``US``, ``Burma``), demonyms and capitals -> country.
COUNTRIES, DEMONYMS, CAPITALS = _parse_countries()

#: Organisations usually named by an acronym -> the acronym's expansion (to merge the two forms).
ACRONYMS = {row["acronym"]: row["expansion"] for row in word_table("acronyms")}
#: News agencies: named as speakers ("Reuters reported"), they are organisations.
_AGENCIES = word_set("agencies")
#: Armed groups and movements often named without an organisation word.
_MOVEMENTS = word_set("movements")
#: Last (or first) words that make a capitalised name an organisation.
_ORG_WORDS = word_set("organisation_words")
#: Words of titles and roles (lower case): "Foreign Minister", "deputy ambassador", ...
TITLE_HEADS = word_set("title_heads") | frozenset(
    f"{prefix}-{head}"
    for prefix in ("vice", "deputy", "co", "ex", "under", "assistant")
    for head in word_set("title_heads")
    if "-" not in head
)
TITLE_MODIFIERS = word_set("title_modifiers")
_CAP_TITLES = word_set("capitalised_titles")
#: Last words of a minister's portfolio ("Minister for Foreign Affairs", "of Justice").
_PORTFOLIO_ENDS = word_set("portfolio_ends")
#: Title abbreviations written with a full stop before a name ("Dr.", "Prof.").
HONORIFICS = word_set("honorifics")
#: Words before a name that describe a person but are not a title.
_RELATIONS = word_set("relation_titles")
# kin of someone in the story: "his sister, Irena Kresnik," names a person like a title does
_KIN = word_set("kin_before_names")
#: Bodies a state speaks through ("Ostravia's delegation", "Velmora's mission").
_STATE_BODIES = word_set("state_bodies")
#: Relation or title words that tell a person's gender.
GENDER_WORDS = {row["word"]: row["gender"] for row in word_table("gender_words")}
# Common first names and their usual gender (a starting point, not a rule about people:
# pronouns in the article override it).
_FIRST_NAMES = dict.fromkeys(word_list("female_first_names"), "f") | dict.fromkeys(
    word_list("male_first_names"), "m"
)

_MONTHS = word_set("months") | word_set("month_abbreviations")
_WEEKDAYS = word_set("weekdays")
_GEO_WORDS = word_set("geographic_words")
#: Capitalised words that start sentences or headlines but never name an actor.
_STOP = word_set("stop_words") | word_set("months") | _WEEKDAYS
#: Words in _STOP that may still begin a name ("Human Rights Watch", "International ...").
_NAME_STARTERS = word_set("name_starters")
_PRONOUNS = {
    "he": ("person", "m"), "him": ("person", "m"), "his": ("person", "m"),
    "she": ("person", "f"), "her": ("person", "f"), "hers": ("person", "f"),
    "it": ("thing", None), "its": ("thing", None),
    "they": ("plural", None), "them": ("plural", None), "their": ("plural", None),
}  # fmt: skip
_NOT_BEFORE_SUBJECT = word_set("not_before_subject")
_PARTICLES = word_set("name_particles")
_CONNECTORS = word_set("name_connectors")
#: Nouns for documents whose words are attributed to their author or adopting body.
DOCUMENT_NOUNS = word_set("document_nouns")
#: Nouns for bodies and groups ("the group", "the experts group", "the council").
GROUP_NOUNS = word_set("group_nouns")
#: Lower-case nouns after which a capitalised run is the body's own name ("the rights group
#: Free Ostravia Now", "the NGO Justice First").
_NAMING_GROUP_NOUNS = word_set("naming_group_nouns")

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?:['’]s)?"  # initialisms: U.N., U.S.
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"  # numbers: 4,644, 2.5, 101-page
    r"|\w+(?:[-'’.]\w+)*(?:['’](?:s\b|(?=\s|$)))?"  # words; Belarus's; countries'
    r"|[^\w\s]"  # punctuation, one character
)


#: A name word that starts with a lower-case particle: "el-Sayed", "al-Hussein", "bin-Zayed"
#: (Arabic names keep the article in lower case inside a name).
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|ben)-[A-Z]")


@dataclass(slots=True)
class Token:
    """A word or punctuation token with its offsets."""

    start: int
    end: int
    text: str
    base: str  # without a possessive 's
    lower: str  # base in lower case
    cap: bool  # starts with a capital letter
    poss: bool  # ends with a possessive 's or '
    sent: int  # index of the sentence (into the article's sentence tuples)


def tokenize(text: str, sentence_starts: list[int]) -> list[Token]:
    """Split ``text`` into :class:`Token` objects (words, numbers, punctuation).

    ``sentence_starts`` are the start offsets of the sentences, in order.
    """
    tokens: list[Token] = []
    append = tokens.append
    n = len(sentence_starts)
    si = 0
    nxt = sentence_starts[1] if n > 1 else len(text) + 1
    for m in _TOKEN.finditer(text):
        start = m.start()
        while start >= nxt:
            si += 1
            nxt = sentence_starts[si + 1] if si + 1 < n else len(text) + 1
        word = m.group()
        base = word
        poss = False
        if word[-1] in "s'’" and len(word) > 1:
            if word[-2] in "'’" and len(word) > 2:
                base, poss = word[:-2], True  # Belarus's
            elif word[-1] != "s" and word[-2] in "sS":
                base, poss = word[:-1], True  # countries'
        cap = word[0].isupper() or bool(_PARTICLE_NAME.match(word))
        append(Token(start, m.end(), word, base, base.lower(), cap, poss, si))
    return tokens


# --------------------------------------------------------------------------- actors


@dataclass(slots=True, eq=False)
class Actor:
    """One actor: a person, state, organisation or group (internal record)."""

    kind: str
    name: str
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    first: tuple[int, int] = (0, 0)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    linked_to: Actor | None = None
    represents: Actor | None = None
    key: str = ""
    actor_id: int = 0

    def add_form(self, form: str) -> None:
        if form and form not in self.forms:
            self.forms.append(form)

    @property
    def name_tokens(self) -> list[str]:
        return [t.lower().strip(".") for t in re.findall(r"[^\W_]+(?:[-.][^\W_]+)*", self.name)]


@dataclass(slots=True)
class Mention:
    """Where an actor is named: ``text[start:end]``, and how (name, demonym, capital...)."""

    start: int
    end: int
    actor: Actor
    how: str  # name, surname, acronym, demonym, capital, country, description
    subject: bool = False  # first words of a sentence or clause
    in_quote: bool = False


class Index:
    """The actors of one article and every place they are mentioned."""

    def __init__(self, article: Article, quote_ranges: list[tuple[int, int]]) -> None:
        self.text = article.text
        self.paragraphs, self.sentences, _ = article._segments()
        self.sentence_starts = [s[3] for s in self.sentences]
        self.tokens = tokenize(self.text, self.sentence_starts)
        self.token_starts = [t.start for t in self.tokens]
        self.quote_ranges = quote_ranges
        self._quote_starts = [a for a, _ in quote_ranges]
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []
        self._by_key: dict[str, Actor] = {}
        self._pending_single: list[int] = []
        self._alias_keys: dict[str, Actor] = {}
        self._kind_cache: dict[str, bool] = {}
        self._capitalised: set[str] | None = None
        self._governments: set[str] | None = None
        self.mention_starts: list[int] = []
        self._find_all()

    # -- helpers ----------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a top-level quotation (marks included)."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quote_ranges[i][0] <= pos < self.quote_ranges[i][1]

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self.token_starts, pos)

    def sentence_kind(self, sent: int) -> str:
        return self.sentences[sent][2] if 0 <= sent < len(self.sentences) else "body"

    def _is_sentence_initial(self, i: int) -> bool:
        tok = self.tokens[i]
        j = i - 1
        while j >= 0 and self.tokens[j].sent == tok.sent and self.tokens[j].text in "\"'“‘«(":
            j -= 1
        return j < 0 or self.tokens[j].sent != tok.sent

    def _new_actor(self, kind: str, name: str, key: str) -> Actor:
        actor = Actor(kind=kind, name=name, key=key)
        self._by_key[key] = actor
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
        key = "state:" + country.lower()
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._new_actor("state", country, key)
        return actor

    # -- detection --------------------------------------------------------------
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
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._finish()

    def _is_month(self, k: int) -> bool:
        """'March 4', 'Jan. 9', 'in May' are dates; 'Jan Kowal' is a name."""
        tok = self.tokens[k]
        if tok.lower not in _MONTHS:
            return False
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if nxt is not None and (nxt.text[0].isdigit() or nxt.text == "."):
            return True
        return len(tok.lower) > 3 or tok.lower == "may"

    def _capital_runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (with of/for/on/the/particles inside)."""
        toks = self.tokens
        runs = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if not (t.cap and t.text[0].isalpha()) or self.sentence_kind(t.sent) == "dateline":
                i += 1
                continue
            j = i + 1
            end = i + 1
            while j < n and not toks[j - 1].poss:
                u = toks[j]
                if u.sent != t.sent or self.text[toks[j - 1].end : u.start] not in (" ", "-"):
                    break
                if u.cap and u.text[0].isalpha():
                    if u.lower in _WEEKDAYS or self._is_month(j):
                        break
                    j += 1
                    end = j
                    continue
                if u.lower in _CONNECTORS or u.lower in _PARTICLES:
                    j += 1
                    continue
                break
            runs.append((i, end))
            i = max(end, i + 1)
        return runs

    def _classify_run(self, a: int, b: int, persons: list, singles: list) -> None:
        toks = self.tokens
        # drop function words at the start ("The", "But", "In")
        while a < b and toks[a].lower in _STOP and toks[a].lower not in _NAME_STARTERS:
            a += 1
        while b > a and toks[b - 1].lower in _CONNECTORS | _PARTICLES:
            b -= 1
        if a >= b:
            return
        if (
            b - a >= 2
            and toks[b - 1].lower in HONORIFICS
            and b + 1 < len(toks)
            and toks[b].text == "."
            and toks[b + 1].cap
            and toks[b - 2].lower in TITLE_HEADS
        ):
            # "Cabinet Secretary Dr. Daniel Kiprotich": the run stops at the abbreviation's
            # full stop; what precedes the honorific is the title of the person named next,
            # not an organisation (even with an organisation word such as "Cabinet" in it)
            for k in range(a, b):
                self._add_single_token(k)
            return
        words = [t.lower for t in toks[a:b]]
        tail = self._name_after_title(a, b)
        if tail is not None:
            # a long capitalised title before a name ("Velmoran Deputy Minister of Justice and
            # Human Rights Ahmet Sarıkaya", "Human Rights Council President Federico Braga"):
            # the name is the tail after the last title head, the rest is the person's role
            persons.append((a, b, tail))
            return
        start, end = toks[a].start, toks[b - 1].end
        base_end = end - (len(toks[b - 1].text) - len(toks[b - 1].base))
        text_base = self.text[start:base_end]
        if (
            "and" in words
            and not any(w in _ORG_WORDS for w in words)
            and text_base.lower() not in COUNTRIES
        ):
            # "Ivan Petrov and EU envoy ...": two names, not one
            cut = a + words.index("and")
            self._classify_run(a, cut, persons, singles)
            self._classify_run(cut + 1, b, persons, singles)
            return
        subject = self._is_sentence_initial(a)
        if (
            b - a >= 2
            and a > 0
            and toks[a - 1].sent == toks[a].sent
            and toks[a - 1].text.islower()
            and toks[a - 1].lower in _NAMING_GROUP_NOUNS
        ):
            # "the rights group Free Ostravia Now": a name right after a group noun is the
            # group's name, even without an organisation word in it
            self._add_org(a, b, text_base, subject)
            return
        # organisations: a capitalised name with an organisation word in it
        if any(w in _ORG_WORDS for w in words) and not (
            len(words) == 1 and words[0] in ("international", "group", "office")
        ):
            # "UN High Commissioner ... Volker Turk" has no organisation word; "Amnesty
            # International", "Group of Eminent Experts on Yemen" do.
            self._add_org(a, b, text_base, subject)
            return
        full = text_base.lower().removeprefix("the ")
        if full in COUNTRIES:
            actor = self.actor_for_country(COUNTRIES[full])
            self._mention(actor, start, base_end, "country", subject)
            return
        if b - a == 1:
            singles.append((a, b))
            return
        if toks[b - 1].lower in TITLE_HEADS and toks[b - 1].lower not in _RELATIONS:
            # a name does not end in a title: "Ostravian Permanent Representative" (with a
            # demonym we do not know) is an office, its holder is named elsewhere
            for k in range(a, b):
                self._add_single_token(k)
            return
        # split: [affiliation] [titles] name
        i = a
        while i < b and (
            toks[i].lower in DEMONYMS
            or toks[i].lower in COUNTRIES
            or toks[i].lower in ACRONYMS
            or toks[i].lower in _CAP_TITLES
            or toks[i].lower in _CONNECTORS
            or toks[i].lower in ("human", "rights", "u.n.", "un")
        ):
            i += 1
        name_idx = [k for k in range(i, b) if toks[k].lower not in _PARTICLES]
        if not name_idx or (i > a and toks[i - 1].lower in _CONNECTORS):
            # only titles and affiliations ("Foreign Minister"), or a title with its
            # subject ("Special Rapporteur on Ostravia"): no person's name here
            for k in range(a, b):
                self._add_single_token(k, allow_unknown=k >= i)
            return
        if len(name_idx) == 1:
            if i > a and any(toks[k].lower in TITLE_HEADS for k in range(a, i)):
                persons.append((a, b, name_idx))
            else:
                for k in range(a, b):
                    self._add_single_token(k, allow_unknown=True)
            return
        if (
            any(
                toks[k].lower in _GEO_WORDS or toks[k].lower in _STOP or self._is_month(k)
                for k in name_idx
            )
            or toks[b - 1].lower in ACRONYMS
            or toks[b - 1].lower in ("un", "u.n.")
        ):
            # a person's name does not end in an acronym: "Independent UN human rights
            # experts" is a sentence-initial adjective before "UN", not a person "Independent UN"
            for k in range(a, b):
                self._add_single_token(k)
            return
        persons.append((a, b, name_idx))

    def _name_after_title(self, a: int, b: int) -> list[int] | None:
        """Indexes of a two-or-more-word name ending the run after a capitalised title head.

        Only runs of at least two title-or-affiliation words before the name qualify, and
        every word of the name must be a plain capitalised word (no title, organisation,
        place, country or month), so "Amnesty International" or "Special Rapporteur on
        Ostravia" are untouched.
        """
        toks = self.tokens
        k = b
        while k > a and self._plain_name_word(k - 1):
            k -= 1
        name_idx = [j for j in range(k, b) if toks[j].lower not in _PARTICLES]
        ends_title = toks[k - 1].lower in TITLE_HEADS or (
            # "Minister of State for Foreign Affairs Syed Imran Haider": a title whose head
            # comes first and whose portfolio ends it
            toks[k - 1].lower in _PORTFOLIO_ENDS
            and any(toks[j].lower in TITLE_HEADS for j in range(a, k - 1))
        )
        if len(name_idx) < 2 or k - a < 2 or not ends_title:
            return None
        if not toks[k - 1].cap or toks[k].lower in _PARTICLES:
            return None
        return name_idx

    def _plain_name_word(self, k: int) -> bool:
        t = self.tokens[k]
        w = t.lower
        if w in _PARTICLES:
            return True
        return (
            t.cap
            and t.text[0].isalpha()
            and w not in _CAP_TITLES
            and w not in TITLE_HEADS
            and w not in _ORG_WORDS
            and w not in _GEO_WORDS
            and w not in _STOP
            and w not in COUNTRIES
            and w not in DEMONYMS
            and w not in ACRONYMS
            and w not in ("human", "rights")
            and not self._is_month(k)
        )

    def _add_org(self, a: int, b: int, text_base: str, subject: bool) -> None:
        toks = self.tokens
        key = _org_key([t.lower for t in toks[a:b]])
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._new_actor("organisation", text_base, key)
        elif len(text_base) > len(actor.name):
            actor.name = text_base
        end = toks[b - 1].start + len(toks[b - 1].base)
        self._mention(actor, toks[a].start, end, "name", subject)

    def _add_single(self, a: int, _b: int) -> None:
        self._add_single_token(a, allow_unknown=True)

    def _add_single_token(self, k: int, allow_unknown: bool = False) -> None:
        tok = self.tokens[k]
        w = tok.lower
        if w in _STOP:
            return
        end = tok.start + len(tok.base)
        subject = self._is_sentence_initial(k)
        if w in COUNTRIES:
            self._mention(self.actor_for_country(COUNTRIES[w]), tok.start, end, "country", subject)
        elif w in DEMONYMS:
            self._mention(self.actor_for_country(DEMONYMS[w]), tok.start, end, "demonym", subject)
        elif w in ACRONYMS or w in _AGENCIES or w in _MOVEMENTS:
            kind = "group" if w in _MOVEMENTS else "organisation"
            key = _org_key((ACRONYMS.get(w) or w).lower().split())
            actor = self._by_key.get(key) or self._new_actor(kind, tok.base, key)
            self._mention(actor, tok.start, end, "acronym", subject)
        elif w in CAPITALS:
            # a capital is a government's voice only as an agent: "slammed by Minsk",
            # "Managua views ..."; otherwise it is a place
            prev = self.tokens[k - 1].lower if k else ""
            nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
            verbish = (
                nxt is not None
                and nxt.text.islower()
                and (nxt.lower.endswith(("s", "ed")) or nxt.lower in ("has", "had", "will"))
            )
            if prev == "by" or (subject and verbish):
                actor = self.actor_for_country(CAPITALS[w])
                self._mention(actor, tok.start, end, "capital", subject)
        elif allow_unknown and tok.text[0].isalpha():
            self._pending_single.append(k)

    def _add_person(self, a: int, b: int, name_idx: list[int]) -> None:
        toks = self.tokens
        first_name = toks[name_idx[0]]
        last = toks[name_idx[-1]]
        name_start = first_name.start
        name_end = last.start + len(last.base)
        # titles and affiliation inside the run, then lower-case titles to its left
        role_words: list[str] = []
        affiliation = None
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
        while (
            k >= 0
            and toks[k].sent == first_name.sent
            and toks[k].text.islower()
            and (toks[k].lower in TITLE_HEADS or toks[k].lower in TITLE_MODIFIERS)
            and toks[k].lower not in ("the", "of", "for", "and")
        ):
            left_role.insert(0, toks[k].base)
            k -= 1
        if left_role or (k >= 0 and toks[k].poss):
            role_words = left_role + role_words
            if k >= 0 and toks[k].sent == first_name.sent and affiliation is None:
                aff = self._affiliation_token(k)
                if aff:
                    affiliation = aff
                    k -= 0
        elif a > 0 and affiliation is None:
            aff = self._affiliation_token(a - 1)
            if aff and role_words:
                affiliation = aff
        if not role_words:
            # "The envoy, Samir Nasser, said": a description in apposition before the name
            described = self._description_before(a, b)
            if described is not None:
                role_words, aff = described
                affiliation = affiliation or aff
        name = self.text[name_start:name_end]
        in_title = self.sentence_kind(first_name.sent) in ("title", "heading")
        known_first = first_name.lower in _FIRST_NAMES
        appositive = self._appositive(b)
        subject = self._is_sentence_initial(a) or (k >= 0 and self._is_sentence_initial(k + 1))
        enclosed = self._in_apposition(a, b)
        if enclosed and self._description_opens_sentence(a):
            subject = True  # "Vidal's deputy, Tomas Herrera, went further."
        speaks = self._speaker_context(a, b)
        # "Ms. Adaeze Nwosu", "Mr Halvorsen": an honorific right before the name marks a person
        h = a - 2 if a >= 2 and toks[a - 1].text == "." else a - 1
        honorific = h >= 0 and toks[h].sent == first_name.sent and toks[h].lower in HONORIFICS
        if honorific and not role_words:
            # "Foreign Affairs Cabinet Secretary Dr. Daniel Kiprotich": the capitalised title
            # before the honorific is the person's role
            t0 = h
            while t0 > 0 and toks[t0 - 1].sent == first_name.sent and toks[t0 - 1].cap:
                t0 -= 1
            title = [toks[k2].base for k2 in range(t0, h)]
            if any(w.lower() in TITLE_HEADS for w in title):
                role_words = title
        if not (
            known_first or role_words or appositive or subject or enclosed or speaks or honorific
        ) or (in_title and not known_first):
            for k2 in range(a, b):
                self._add_single_token(k2, allow_unknown=True)
            return
        has_head = any(w.lower() in TITLE_HEADS and w.lower() not in _RELATIONS for w in role_words)
        role = " ".join(role_words) if role_words and has_head else None
        key = "person:" + " ".join(t.lower for t in toks[name_idx[0] : name_idx[-1] + 1])
        actor = (
            self._by_key.get(key) or self._longer_name(key) or self._new_actor("person", name, key)
        )
        if role and not actor.role:
            actor.role = _tidy_role(role)
        if affiliation and not actor.affiliation:
            actor.affiliation = affiliation
        if appositive:
            app_role, app_aff = appositive
            if app_role and app_role.lower() in _RELATIONS:
                app_role = None
            if app_role and not actor.role:
                actor.role = app_role
            if app_aff and not actor.affiliation:
                actor.affiliation = app_aff
        gender = _FIRST_NAMES.get(first_name.lower)
        if honorific:
            gender = GENDER_WORDS.get(toks[h].lower, gender)  # "Ms. Shalini Menon"
        for w in role_words + ([appositive[0]] if appositive and appositive[0] else []):
            for part in w.lower().split():
                gender = GENDER_WORDS.get(part, gender)
        if gender and not actor.gender:
            actor.gender = gender
        self._mention(actor, name_start, name_end, "name", subject)

    def _longer_name(self, key: str) -> Actor | None:
        """``Torres Vega`` after ``Ana Lucía Torres Vega``: the end of a person's full name
        (double surnames, surname-first names) is that person, not a new one."""
        words = key.removeprefix("person:")
        for actor in self.actors:
            if actor.kind == "person" and actor.key.endswith(" " + words):
                self._by_key[key] = actor
                return actor
        return None

    def _speaker_context(self, a: int, b: int) -> bool:
        """A capitalised name of 2-4 words is a person's when it speaks or is a "who".

        Name recognition must not depend on first-name lists: ``said Thura Aung Min``,
        ``Marzuki Darusman told``, ``X, who chaired the panel, told`` and ``X, 45, said``
        name people (organisations have an organisation word and were taken before).
        """
        from .quotes import is_cue_at

        toks = self.tokens
        if not 2 <= b - a <= 4:
            return False
        sent = toks[a].sent
        if a > 0 and toks[a - 1].sent == sent and is_cue_at(self.text, toks[a - 1]):
            return True  # "said Thura Aung Min"
        k = b
        if k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
            if toks[k + 1].lower in ("who", "whose"):
                return True  # "Marzuki Darusman, who chaired the panel,"
            if toks[k + 1].text.isdigit() and k + 2 < len(toks) and toks[k + 2].text == ",":
                k += 3  # "X, 45, said"
                if k < len(toks) and toks[k].lower in ("who", "whose"):
                    return True  # "X, 41, who now lives in exile"
        while k < len(toks) and toks[k].lower in ("also", "later", "then", "has", "had"):
            k += 1
        return k < len(toks) and toks[k].sent == sent and is_cue_at(self.text, toks[k])

    def _in_apposition(self, a: int, b: int) -> bool:
        """``the spokesman for the ministry, Ivo Marek, said``: a name set off by commas
        after a phrase with a title in it."""
        toks = self.tokens
        if a < 2 or toks[a - 1].text != ",":
            return False
        if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].text not in ",.;:":
            return False
        k = a - 2
        sent = toks[a].sent
        while k >= 0 and toks[k].sent == sent and toks[k].text not in ",;:(":
            if toks[k].lower in TITLE_HEADS and toks[k].lower not in _RELATIONS:
                return True
            if toks[k].lower in _KIN and k > 0 and toks[k - 1].lower in ("his", "her", "their"):
                return True  # "said his sister, Irena Kresnik,": kin named in apposition
            k -= 1
        return False

    def _description_opens_sentence(self, a: int) -> bool:
        toks = self.tokens
        k = a - 2
        while k >= 0 and toks[k].sent == toks[a].sent and toks[k].text not in ",;:(":
            k -= 1
        return k < 0 or toks[k].sent != toks[a].sent

    def _description_before(self, a: int, b: int) -> tuple[list[str], str | None] | None:
        toks = self.tokens
        if a < 2 or toks[a - 1].text != ",":
            return None
        if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].text not in ",.;:":
            return None
        sent = toks[a].sent
        k = a - 2
        # "The Vice-Minister of Justice, María José Fernández Ortiz,": a title with its
        # capitalised "of/for" complement; the head is the word before "of"
        complement: list[Token] = []
        j = k
        while j > 0 and a - 2 - j < 6 and toks[j].sent == sent and toks[j].cap:
            j -= 1
        if (
            j < k
            and j > 0
            and toks[j].lower in ("of", "for")
            and toks[j - 1].lower in TITLE_HEADS
            and toks[j - 1].sent == sent
            and (
                j < 2
                or toks[j - 2].sent != sent
                or toks[j - 2].lower in ("the", "a", "its", "their", "his", "her", ",")
                or toks[j - 2].poss
                or toks[j - 2].lower in DEMONYMS
            )
        ):
            # only when the title opens the phrase ("The Vice-Minister of Justice"), not
            # inside an organisation's name ("the Office of the High Commissioner for ...")
            complement = toks[j : a - 1]
            k = j - 1
        head_k = k
        words: list[Token] = []
        while (
            k >= 0
            and toks[k].sent == sent
            and not toks[k].poss
            and (
                toks[k].lower in TITLE_HEADS
                or toks[k].lower in TITLE_MODIFIERS
                or toks[k].lower in DEMONYMS
                or toks[k].lower in COUNTRIES
                or toks[k].lower in ("un", "u.n.", "eu", "human", "rights", "top", "senior")
            )
            and toks[k].lower not in ("the", "of", "for", "and")
        ):
            words.insert(0, toks[k])
            k -= 1
        if not words or toks[head_k].lower not in TITLE_HEADS or toks[head_k].lower in _RELATIONS:
            return None
        words += complement
        affiliation = None
        role = []
        for w in words:
            if w.lower in DEMONYMS or w.lower in COUNTRIES:
                affiliation = affiliation or DEMONYMS.get(w.lower) or COUNTRIES.get(w.lower)
            elif w.lower in ("un", "u.n.", "eu") and not role:
                affiliation = affiliation or w.base
            else:
                role.append(w.base)
        return role, affiliation

    def _affiliation_token(self, k: int) -> str | None:
        t = self.tokens[k]
        if t.lower in DEMONYMS:
            return DEMONYMS[t.lower]
        if t.lower in COUNTRIES:
            return COUNTRIES[t.lower]
        if t.lower in ACRONYMS or (t.base.isupper() and 2 <= len(t.base) <= 5):
            return t.base
        if t.cap and t.poss and t.lower not in _STOP:
            return t.base  # "Velmora's ambassador": a place or body this list does not know
        if t.cap and t.lower.endswith(("ian", "an", "ese", "ish", "i")) and t.lower not in _STOP:
            return self._place_for_adjective(t)
        return None

    def _place_for_adjective(self, t: Token) -> str:
        """'Ostravian' -> 'Ostravia' when the article names that place, else the word."""
        if self._capitalised is None:
            self._capitalised = {x.base for x in self.tokens if x.cap}
        stem = t.base
        for cut in (1, 2, 3):
            cand = stem[:-cut]
            for c in (cand, cand + "a"):
                if len(c) > 3 and c in self._capitalised:
                    return c
        return stem

    def _appositive(self, b: int) -> tuple[str | None, str | None] | None:
        """``Name, regional director ... at Amnesty International,``: (role, affiliation)."""
        toks = self.tokens
        if b >= len(toks) or toks[b].text != "," or b + 1 >= len(toks):
            return None
        sent = toks[b - 1].sent
        words = []
        k = b + 1
        while k < len(toks) and toks[k].sent == sent and toks[k].text not in ",.;:)":
            words.append(toks[k])
            k += 1
            if len(words) > 25:
                break
        if not words or words[0].lower in ("who", "which", "however", "whose", "said", "says"):
            return None
        lowers = [w.lower for w in words]
        head_at = next((i for i, w in enumerate(lowers) if w in TITLE_HEADS), None)
        if head_at is None or head_at > 4:
            return None
        start_at = 1 if lowers[0] in ("a", "an", "the") else 0
        while start_at < head_at and words[start_at].poss:
            start_at += 1  # "the group's Americas director": the owner is not the role
        role = " ".join(w.base for w in words[start_at : head_at + 1])
        affiliation = None
        if head_at + 1 < len(words):
            a_start, a_end = words[head_at + 1].start, words[-1].end
            inside = [m for m in self.mentions if a_start <= m.start < a_end]
            orgs = [m for m in inside if m.actor.kind == "organisation"]
            states = [m for m in inside if m.actor.kind == "state"]
            if orgs:
                affiliation = orgs[-1].actor.name
            elif states:
                affiliation = states[0].actor.name
            else:
                for w in words[head_at + 1 :]:
                    if w.lower in DEMONYMS:
                        affiliation = DEMONYMS[w.lower]
                        break
        return _tidy_role(role), affiliation

    def _parenthetical_acronyms(self) -> None:
        """``Human Rights Council (HRC)``: the acronym becomes an alias."""
        ends = sorted((x.end, n) for n, x in enumerate(self.mentions))
        end_keys = [e for e, _ in ends]
        for m in re.finditer(r"\(([A-Z][A-Za-z.]{1,9})\)", self.text):
            i = bisect.bisect_right(end_keys, m.start()) - 1
            if i < 0 or m.start() - ends[i][0] > 2:
                continue
            target = self.mentions[ends[i][1]].actor
            acro = m.group(1)
            self._alias_keys.setdefault(acro.lower(), target)

    def _group_phrases(self) -> None:
        """``on behalf of 42 mainly European countries``: a group actor and its speaker."""
        text = self.text
        found = []
        if "behalf of" in text or "representing" in text:
            found = list(_ON_BEHALF.finditer(text))
        for m in found:
            name = m.group(1)
            actor = self._by_key.get("group:" + name.lower())
            if actor is None:
                actor = self._new_actor("group", name, "group:" + name.lower())
            self._mention(actor, m.start(1), m.end(1), "description")
            # the speaker is the subject of the clause that follows the comma
            sent = bisect.bisect_right(self.sentence_starts, m.start()) - 1
            s_end = self.sentences[sent][4]
            after = [
                x for x in self.mentions if m.end() < x.start < s_end and x.actor.kind == "person"
            ]
            if after:
                actor.linked_to = after[0].actor
                after[0].actor.represents = actor
        taken = [(m.start(1), m.end(1)) for m in found]
        if not any(w in text for w in _GROUP_HINTS):
            return
        for m in _QUANTIFIED_GROUP.finditer(text):
            if any(a <= m.start() < b for a, b in taken) or self.in_quote(m.start()):
                continue
            name = m.group(0)
            key = "group:" + name.lower()
            actor = self._by_key.get(key) or self._new_actor("group", name, key)
            self._mention(actor, m.start(), m.end(), "description")

    def _finish(self) -> None:
        """Link single names (surnames, acronyms) to the actors named in full."""
        persons = [x for x in self.actors if x.kind == "person"]
        orgs = [x for x in self.actors if x.kind == "organisation"]
        by_token: dict[str, list[Actor]] = {}
        for p in persons:
            for w in set(p.name_tokens):
                by_token.setdefault(w, []).append(p)
        for k in self._pending_single:
            tok = self.tokens[k]
            w = tok.lower
            end = tok.start + len(tok.base)
            subject = self._is_sentence_initial(k)
            target = self._alias_keys.get(w)
            how = "acronym"
            if target is None:
                cands = list(by_token.get(w, ()))
                if cands:
                    # prefer a surname match, then the person named most recently
                    cands.sort(key=lambda p: (p.name_tokens[-1] != w, -p.first[0]))
                    before = [p for p in cands if p.first[0] < tok.start]
                    target = (before or cands)[0]
                    how = "surname"
            if target is None and tok.base.isupper() and len(tok.base) >= 2:
                for org in orgs:
                    if _initials_match(tok.base, org.name):
                        target, how = org, "acronym"
                        break
            if target is None:
                # an unknown single capitalised word: an actor only as the subject of a verb
                # ("Reuters reported"); "Experts report" is a description, not a name
                stem = w.removesuffix("s")
                if w in GROUP_NOUNS or stem in GROUP_NOUNS or stem in TITLE_HEADS:
                    continue
                if self._unknown_speaker(k):
                    kind = self._guess_kind(tok)
                    key = "single:" + w
                    target = self._by_key.get(key) or self._new_actor(kind, tok.base, key)
                    how = "name"
                else:
                    continue
            self._mention(target, tok.start, end, how, subject)
            honorific = self.tokens[k - 1].lower if k else ""
            if honorific == "." and k >= 2:
                honorific = self.tokens[k - 2].lower  # "Mr. Rao": the full stop of "Mr."
            if target.kind == "person" and target.gender is None and honorific in GENDER_WORDS:
                target.gender = GENDER_WORDS[honorific]
        self._merge_bare_orgs()
        self._bare_bodies(orgs)
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
                names = [self.text[m.start : m.end] for m in own if m.how == "name"]
                if names:
                    actor.name = max(enumerate(names), key=lambda x: (len(x[1]), -x[0]))[1]
                    if actor.name.lower().startswith("the "):
                        actor.name = actor.name[4:]

    def _bare_bodies(self, orgs: list[Actor]) -> None:
        """``the council``, ``the bloc``: the body of that kind named before."""
        named = sorted(
            (m.start, m.actor)
            for m in self.mentions
            if m.actor.kind == "organisation" and m.actor in orgs and m.actor in self.actors
        )
        starts = [p for p, _ in named]
        for m in _BARE_BODY.finditer(self.text):
            word = m.group(1)
            i = bisect.bisect_left(starts, m.start(1)) - 1
            while i >= 0:
                actor = named[i][1]
                if actor.name_tokens[-1:] == [word] or (word == "bloc" and actor.key in _BLOCS):
                    self._mention(actor, m.start(), m.end(), "description")
                    break
                i -= 1

    def _merge_bare_orgs(self) -> None:
        """``the Council`` is the ``Human Rights Council`` named elsewhere in the article."""
        orgs = [a for a in self.actors if a.kind == "organisation"]
        for bare in orgs:
            words = bare.key.removeprefix("org:").split()
            if len(words) != 1 or words[0] not in _ORG_WORDS:
                continue
            full = [a for a in orgs if a is not bare and a.name_tokens[-1:] == words]
            if not full:
                continue
            target = full[0]
            for m in self.mentions:
                if m.actor is bare:
                    m.actor = target
                    target.add_form(self.text[m.start : m.end])
            self.actors.remove(bare)
            self._by_key[bare.key] = target

    def _guess_kind(self, tok: Token) -> str:
        """Kind of an actor named by one unknown word (a surname, a state, a body)."""
        if tok.lower in _AGENCIES:
            return "organisation"
        key = "kind:" + tok.base
        if key not in self._kind_cache:
            self._kind_cache[key] = any(a.affiliation == tok.base for a in self.actors) or bool(
                self._government_of(tok.base)
            )
        if self._kind_cache[key]:
            return "state"
        if self._is_place(tok.base):
            return "state"
        prev = self.tokens[self.token_index(tok.start) - 1] if tok.start else None
        if prev is not None and prev.lower == "by":
            return "state" if tok.lower.endswith(("ia", "land", "stan", "ea")) else "organisation"
        return "person"

    def _is_place(self, name: str) -> bool:
        """An unknown one-word name used as a place ("in Ostravia") or as the owner of a
        title ("Ostravia's deputy foreign minister") is a state, not a person."""
        key = "place:" + name
        if key not in self._kind_cache:
            word = re.escape(name)
            self._kind_cache[key] = bool(
                re.search(rf"\b(?:in|to|from|across|inside) {word}\b", self.text)
                or re.search(
                    rf"\b{word}['’]s (?:[a-z]+ ){{0,2}}(?:minister|ministry|government|"
                    rf"ambassador|envoy|mission|authorities|president|delegation|"
                    rf"representative)\b",
                    self.text,
                )
            )
        return self._kind_cache[key]

    def _government_of(self, name: str) -> bool:
        if self._governments is None:
            self._governments = {
                m.group(1) or m.group(2) for m in _GOVERNMENT_OF.finditer(self.text)
            }
        return name in self._governments

    def _unknown_speaker(self, k: int) -> bool:
        """Is the unknown one-word name at token ``k`` an actor (a speaker or a state)?"""
        from .quotes import is_cue_at

        toks = self.tokens
        if (
            k > 1
            and toks[k - 1].lower == "by"
            and toks[k - 2].lower.endswith("ed")
            and is_cue_at(self.text, toks[k - 2])
        ):
            return True  # the agent of a passive: "dismissed by Velmora"
        if k > 0 and toks[k - 1].sent == toks[k].sent and toks[k - 1].lower in _NOT_BEFORE_SUBJECT:
            return False  # "in Istanbul calls on ...": a place inside a phrase
        if (
            toks[k].poss
            and k + 1 < len(toks)
            and toks[k + 1].lower in _STATE_BODIES
            and self._is_place(toks[k].base)
        ):
            # "Ostravia's delegation did not take the floor": the state behind its delegation
            # is an actor even without a reporting verb ("it said" may follow)
            return True
        j = k + 1
        while j < len(toks) and toks[j].lower in ("also", "then", "later", "has", "had"):
            j += 1
        if j + 1 < len(toks) and toks[j].lower == "on" and toks[j + 1].lower in _WEEKDAYS:
            j += 2  # "Ostravia on Thursday rejected": a time phrase before the verb
        return j < len(toks) and toks[j].sent == toks[k].sent and is_cue_at(self.text, toks[j])

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.mention_starts, start)
        j = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[i:j]

    def mention_starting(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self.mention_starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None


_BLOCS = frozenset(
    ["org:european union", "org:african union", "org:association southeast asian",
     "org:gulf cooperation council", "org:economic community west african states"]
)  # fmt: skip
_QUANTIFIED_GROUP = re.compile(
    r"\b(?:[Ss]everal|[Mm]any|[Mm]ost|[Ss]ome|[Oo]ther|[Ff]ew|\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:countries|states|nations|diplomats|delegations|governments|member states)\b"
)
_GOVERNMENT_OF = re.compile(r"\bgovernment of ([A-Z]\w+)|\b([A-Z]\w+)(?:'s|’s)? government\b")
_GROUP_HINTS = ("countries", "states", "nations", "diplomats", "delegations", "governments")
_ON_BEHALF = re.compile(
    r"\b(?:on behalf of|representing)\s+(?:the\s+)?((?:\d[\d,]*|[a-z]+)\s+"
    r"(?:[A-Za-z-]+\s+){0,3}?(?:countries|states|nations|members|delegations|"
    r"governments|member states))\b"
)
_BARE_BODY = re.compile(r"\bthe (council|assembly|commission|committee|court|tribunal|bloc)\b")


def _org_key(words: list[str]) -> str:
    """``UN Human Rights Council`` and ``Human Rights Council`` share a key."""
    words = [w for w in words if w not in _CONNECTORS]
    core = [w for w in words if w not in ("un", "u.n.", "united", "nations")] or words
    return "org:" + " ".join(core)


def _initials_match(acronym: str, name: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w[0].isupper()]
    initials = "".join(w[0] for w in words).upper()
    return len(acronym) >= 2 and initials.startswith(acronym.upper())


def _tidy_role(role: str) -> str:
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.IGNORECASE)
    return role


def actor_index(article: Article) -> Index:
    """The cached :class:`Index` of ``article`` (actors and their mentions)."""
    cache = article._cache.setdefault("actors", {})
    if "index" not in cache:
        from .quotes import _pairs

        ranges = [(p.open, p.close + 1) for p in _pairs(article).top]
        cache["index"] = Index(article, ranges)
    return cache["index"]


# --------------------------------------------------------------------------- public table

_COLUMNS = (
    ("actor_id", "integer", "Actor number, in order of first mention, from 1."),
    ("name", "string", "The earliest, longest name the article uses (or its description)."),
    ("kind", "string", "person, state, organisation or group."),
    ("role", "string", "Title or role as written next to the name (Foreign Minister, ambassador)."),
    ("affiliation", "string", "State or organisation the actor speaks for (Denmark, EU, UN)."),
    ("aliases", "string", "Other forms the article uses for the actor, joined by '; '."),
    ("mentions", "integer", "How often the actor is named, described or referred to by a pronoun."),
    ("n_quotes", "integer", "Number of quotations attributed to the actor."),
    ("words_quoted", "integer", "Number of words in those quotations."),
    ("first_start", "integer", "Offset of the first mention in the cleaned text."),
    ("first_end", "integer", "Offset just after the first mention."),
    ("first_text", "string", "The first mention, exactly text[first_start:first_end]."),
    ("linked_to", "string", "For a group: the person who speaks on its behalf."),
    ("represents", "string", "For a person: the group they speak on behalf of."),
)


def actors(article: Article):
    """People, states, organisations and groups in ``article``, one row per actor.

    Parameters
    ----------
    article : the :class:`~hrlesson.article.Article` to analyse.

    Returns
    -------
    pandas.DataFrame with the columns of :data:`TABLE` (see ``TABLE.fields``).

    >>> from hrlesson import load_article
    >>> t = actors(load_article())
    >>> t.loc[t.name == "Belarus", "aliases"].item()
    'Minsk; Belarusian'
    """
    import pandas as pd

    rows = _records(article)
    return pd.DataFrame(rows, columns=[c for c, _, _ in _COLUMNS])


def _records(article: Article) -> list[tuple]:
    cache = article._cache.setdefault("actors", {})
    if "records" in cache:
        return cache["records"]
    from .quotes import _analysis

    analysis = _analysis(article)
    index = actor_index(article)
    text = article.text
    counts: dict[int, list[int]] = {}
    for q in analysis.quotes:
        if q.speaker_actor is not None:
            c = counts.setdefault(id(q.speaker_actor), [0, 0])
            c[0] += 1
            c[1] += q.n_words
    extra = analysis.extra_mentions  # pronouns and descriptions resolved by attribution
    present = [a for a in index.actors if a.mentions or id(a) in extra]
    firsts = {}
    for a in present:
        spans = list(a.mentions) + [(s, e) for s, e in extra.get(id(a), [])]
        firsts[id(a)] = min(spans) if spans else (0, 0)
    present.sort(key=lambda a: firsts[id(a)])
    rows = []
    for n, a in enumerate(present, start=1):
        a.actor_id = n
        more = extra.get(id(a), [])
        seen = {a.name.lower()}
        forms = []
        for form in a.forms + [text[s:e] for s, e in more]:
            if form.lower() not in seen and form.lower() not in _PRONOUNS:
                seen.add(form.lower())
                forms.append(form)
        first = firsts[id(a)]
        c = counts.get(id(a), [0, 0])
        rows.append(
            (
                n,
                a.name,
                a.kind,
                a.role,
                a.affiliation,
                "; ".join(forms) or None,
                len(a.mentions) + len(more),
                c[0],
                c[1],
                first[0],
                first[1],
                text[first[0] : first[1]],
                a.linked_to.name if a.linked_to else None,
                a.represents.name if a.represents else None,
            )
        )
    cache["records"] = rows
    return rows


TABLE = export.Table(
    "actors",
    "People, states, organisations and groups named in the article, with their roles, "
    "affiliations, aliases and how much they are quoted (found with curated lists and "
    "capitalisation rules, no statistical model).",
    actors,
    _COLUMNS,
)

#: Columns of the hand-made ``gold_actors.csv`` (see ``data/annotations/README.md``).
GOLD_FIELDS = (
    (
        "The people, states, organisations and groups of the bundled article, with their roles "
        "and their alignment toward the report, annotated by hand."
    ),
    (
        ("name", "string", "Canonical name (or the article's description of a group)."),
        ("kind", "string", "person, state, organisation or group."),
        ("role", "string", "Title or role as the article gives it."),
        ("affiliation", "string", "State or body the actor belongs to or speaks for."),
        ("alignment", "string", "Stance toward the report: supports, opposes or neutral."),
        ("note", "string", "Other forms used for the actor; reasons for debatable labels."),
    ),
)
