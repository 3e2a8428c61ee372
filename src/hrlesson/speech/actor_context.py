"""The words around a name: titles, appositions, affiliations, groups (part of the index)."""

from __future__ import annotations

import bisect
import re

from .bodies.acronyms import acronym_body_subject, acronym_issuer, initials_of_a_title
from .bodies.media import outlet_after_the
from .cues import CUE_FORMS, is_cue_at
from .documents.issuers import issues_a_paper
from .frames import person_apposition_after, titled_aside_then_cue
from .headline_cues import HEADLINE_KINDS, colon_speaker, headline_verb
from .joint import last_listed_word
from .kinds import located_body
from .named_heads import compound_head_end
from .names.courtesy import after_courtesy_title
from .names.person_signals import description_then_cue
from .person_appositions import (
    described_name,
    inverted_after_quote,
    place_preposition_before,
    predicate_before,
    titled_head,
)
from .place_modifiers import place_before_described_name
from .stray_roles import opens_other_clause
from .subjects.asides import clause_closed_by_participle, cue_after_aside
from .subjects.cited_speakers import according_to_source
from .subjects.interposed import INTERPOSED_WORDS, verb_after_interposed
from .titles.portfolio_lists import portfolio_field, portfolio_list_start
from .titles.title_acronyms import title_holder
from .tokens import Token
from .vocabulary import (
    ACRONYMS,
    COUNTRIES,
    DEMONYMS,
    GROUP_HINTS,
    KIN_BEFORE_NAMES,
    NOT_BEFORE_SUBJECT,
    ON_BEHALF,
    QUANTIFIED_GROUP,
    RELATION_TITLES,
    STATE_BODIES,
    STOP_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    compound_title_head,
    is_national,
    tidy_role,
)

#: Words that open no appositive after a name ("X, and the head of the agency": another person).
_NOT_APPOSITIVE = frozenset(["who", "which", "however", "whose", "said", "says", "and", "but"])

#: Marks that may close a name in apposition ("..., Marcelo Vazquez Bermudez - on behalf of").
_CLOSERS = frozenset([",", ".", ";", ":", "-", "\u2013", "\u2014"])


class ContextReader:
    """Reads what stands around a name (a part of :class:`ActorIndex`)."""

    def _speaker_context(self, a: int, b: int) -> bool:
        """A capitalised name of 2-4 words is a person's when it speaks or is a "who".

        Not from first-name lists: ``said Thura Aung Min``, ``Marzuki Darusman told``, ``X,
        who chaired the panel, told``, ``X, 45, said`` (organisations were taken before).
        """
        toks = self.tokens
        stops = sum(t.text == "." for t in toks[a:b])  # "MaryKay L. Carlson": 3 words
        if not 2 <= b - a - stops <= 4:
            return False
        sent = toks[a].sent
        if a > 0 and toks[a - 1].sent == sent and is_cue_at(self.text, toks[a - 1]):
            # "said Thura Aung Min"; not "said Wichita Falls, Texas farmer Fred Dwyer"
            return not place_before_described_name(toks, b)
        k = b
        if k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
            if toks[k + 1].lower in ("who", "whose"):
                return True  # "Marzuki Darusman, who chaired the panel,"
            if toks[k + 1].text.isdigit() and k + 2 < len(toks) and toks[k + 2].text == ",":
                k += 3  # "X, 45, said"
                if k < len(toks) and toks[k].lower in ("who", "whose"):
                    return True  # "X, 41, who now lives in exile"
        if titled_aside_then_cue(self.text, toks, k):
            return True  # "Sherif Mansour, the committee's program co-ordinator, said"
        while k < len(toks) and toks[k].lower in INTERPOSED_WORDS:
            k += 1
        return k < len(toks) and toks[k].sent == sent and is_cue_at(self.text, toks[k])

    def _in_apposition(self, a: int, b: int) -> bool:
        """``the spokesman for the ministry, Ivo Marek, said``: a name set off by commas
        after a phrase with a title in it (past a bracketed acronym: ``the spokesman for the
        Islamic Emirate of Afghanistan (IEA), Zabihullah Mujahid, said``)."""
        toks = self.tokens
        if a < 2 or toks[a - 1].text != ",":
            return False
        if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].text not in _CLOSERS:
            return False
        k = a - 2
        sent = toks[a].sent
        if k >= 2 and _bracketed_acronym_end(toks, k):
            k -= 3  # "(IEA)"
        while k >= 0 and toks[k].sent == sent and toks[k].text not in ",;:(":
            if toks[k].lower in TITLE_HEADS and toks[k].lower not in RELATION_TITLES:
                return True
            if (
                toks[k].lower in KIN_BEFORE_NAMES
                and k > 0
                and toks[k - 1].lower in ("his", "her", "their")
            ):
                return True  # "said his sister, Irena Kresnik,": kin named in apposition
            k -= 1
        return False

    def _description_opens_sentence(self, a: int) -> bool:
        toks = self.tokens
        k = a - 2
        while k >= 0 and toks[k].sent == toks[a].sent and toks[k].text not in ",;:(":
            k -= 1
        opens = k < 0 or toks[k].sent != toks[a].sent
        return opens and not predicate_before(toks[k + 1 : a - 1])

    def _description_before(self, a: int, b: int) -> tuple[list[str], str | None] | None:
        toks = self.tokens
        if (post := self._post_at_the_un(a)) is not None:
            return post
        if a < 2 or toks[a - 1].text != "," or portfolio_field(toks, a, b):
            return None  # "Minister for Forest, Ecology & Environment, X": a field, no one
        if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].text not in ",.;:":
            return None
        sent = toks[a].sent
        k = a - 2
        complement, k = self._title_complement(a, k, sent)
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
        if not words or not titled_head(toks, head_k) or toks[head_k].lower in RELATION_TITLES:
            return None
        words += complement
        return _role_and_affiliation(words)

    def _post_at_the_un(self, a: int) -> tuple[list[str], str | None] | None:
        """``Chinese envoy to the UN Zhang Jun``, ``Israel's ambassador to the UN Gilad
        Erdan``: the run from ``a`` starts with "UN" after "<title> to the"; the person's
        role is the title with its post, the affiliation the country before the title."""
        toks = self.tokens
        if a < 3 or toks[a].lower not in ("un", "u.n.") or toks[a - 1].lower != "the":
            return None
        title = toks[a - 3]
        if toks[a - 2].lower not in ("to", "at") or not title.text.islower():
            return None
        if title.lower not in TITLE_HEADS or title.sent != toks[a].sent:
            return None
        aff = None
        if a >= 4 and toks[a - 4].sent == toks[a].sent:
            aff = self._affiliation_token(a - 4)
        return [title.base, toks[a - 2].text, "the", "UN"], aff

    def _title_complement(self, a: int, k: int, sent: int) -> tuple[list[Token], int]:
        """``The Vice-Minister of Justice, María José Fernández Ortiz,``, ``The head of the UN
        refugee agency, Filippo Grandi,``: a title's "of/for" complement before the comma,
        and where the title ends.

        Only when the title opens the phrase ("The Vice-Minister of Justice"), not inside
        an organisation's name ("the Office of the High Commissioner for ...").
        """
        toks = self.tokens
        j = k
        while j > 0 and a - 2 - j < 6 and toks[j].sent == sent:
            if toks[j].cap:
                j -= 1
            elif _bracketed_acronym_end(toks, j):
                j -= 3  # "the African Union (AU) Commission": the acronym is in the name
            elif (place := place_preposition_before(toks, j)) is not None:
                j = place  # "The mayor of Vulcano in the Aeolian Islands, X": where it is
            elif (listed := portfolio_list_start(toks, j)) is not None:
                j = listed  # "Minister for Forest, Ecology & Environment, X": the fields
                break
            else:
                break
        if toks[j].text.islower() and toks[j].lower not in ("of", "for", "the"):
            # "The head of the UN refugee agency, Filippo Grandi,": lower-case words only
            # after "of the"
            while j > 0 and a - 2 - j < 6 and toks[j].sent == sent and _complement_word(toks[j]):
                j -= 1
            if toks[j].lower == "of":
                pass  # "the minister of infrastructure, João Galamba,"
            elif toks[j].lower == "the" and toks[j - 1].lower == "for" and j > 2:
                return (
                    [],
                    j - 2 if toks[j - 2].lower in TITLE_HEADS else k,
                )  # "the spokesperson for the Catalan ... government, X"
            elif toks[j].lower != "the" or toks[j - 1].lower != "of":
                return [], k
        if j > 1 and j < k and toks[j].lower == "the" and toks[j - 1].lower in ("of", "for"):
            j -= 1  # "The president of the Human Rights Council, Omar Zniber,"
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
            return toks[j : a - 1], j - 1
        return [], k

    def _affiliation_token(self, k: int) -> str | None:
        t = self.tokens[k]
        if _bracketed_acronym_end(self.tokens, k) and self.tokens[k + 1].lower in TITLE_HEADS:
            return self.tokens[k - 1].base  # "World Trade Organization (WTO) Director-General"
        if t.lower in DEMONYMS:
            return DEMONYMS[t.lower]
        if t.lower in COUNTRIES:
            return COUNTRIES[t.lower]
        if t.lower in ACRONYMS or (t.base.isupper() and 2 <= len(t.base) <= 5):
            return t.base
        if t.cap and t.poss and t.lower not in STOP_WORDS:
            return t.base  # "Velmora's ambassador": a place or body this list does not know
        if (
            t.cap
            and t.lower.endswith(("ian", "an", "ese", "ish", "i"))
            and t.lower not in STOP_WORDS
        ):
            return self._place_for_adjective(t)
        return None

    def _delegate_country(self, k: int) -> str | None:
        """``Russia's UN ambassador Vassily Nebenzia``: the country before "UN" (token
        ``k``) is the one the delegate speaks for; the UN is only where the post is."""
        toks = self.tokens
        if k < 1 or toks[k].lower not in ("un", "u.n.") or not toks[k - 1].poss:
            return None
        if toks[k - 1].sent != toks[k].sent:
            return None
        return self._affiliation_token(k - 1)

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
        if not words or words[0].lower in _NOT_APPOSITIVE or opens_other_clause(words):
            return None
        lowers = [w.lower for w in words]
        head_at = next((i for i, w in enumerate(lowers) if compound_title_head(w)), None)
        if head_at is None or head_at > 4:
            return None
        head_at = compound_head_end(words, head_at)  # "the chief spokesman for the ..."
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
        return tidy_role(role), affiliation

    def _parenthetical_acronyms(self) -> None:
        """``Human Rights Council (HRC)``: the acronym becomes an alias. Of the names that end
        right before the bracket, the longest: ``The UN Mission in South Sudan (UNMISS)`` is
        the mission's acronym, not that of "South Sudan" inside its name."""
        ends = sorted((x.end, -x.start, n) for n, x in enumerate(self.mentions))
        end_keys = [e for e, *_ in ends]
        for m in re.finditer(r"\(([A-Z][A-Za-z.]{1,9})\)", self.text):
            i = bisect.bisect_right(end_keys, m.start()) - 1
            if i < 0 or m.start() - ends[i][0] > 2:
                continue
            target = located_owner(self.mentions, self.text, self.mentions[ends[i][2]])
            self._alias_keys.setdefault(m.group(1).lower(), title_holder(self, m) or target)

    def _group_phrases(self) -> None:
        """``on behalf of 42 mainly European countries``: a group actor and its speaker."""
        text = self.text
        found = []
        if "behalf of" in text or "representing" in text:
            found = list(ON_BEHALF.finditer(text))
        for m in found:
            name = m.group(1)
            actor = self.actors_by_key.get("group:" + name.lower())
            if actor is None:
                actor = self.new_actor("group", name, "group:" + name.lower())
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
        if not any(w in text for w in GROUP_HINTS):
            return
        for m in QUANTIFIED_GROUP.finditer(text):
            if any(a <= m.start() < b for a, b in taken) or self.in_quote(m.start()):
                continue
            name = m.group(0)
            key = "group:" + name.lower()
            actor = self.actors_by_key.get(key) or self.new_actor("group", name, key)
            self._mention(actor, m.start(), m.end(), "description")

    def _unknown_speaker(self, k: int) -> bool:
        """Is the unknown one-word name at token ``k`` an actor (a speaker or a state)?"""
        toks = self.tokens
        if person_apposition_after(toks, k) or inverted_after_quote(toks, k):
            return True  # "said Zohra, a 25-year-old Afghan woman", '"Q," said Akimu (35),'
        if described_name(self.text, toks, k):
            return True  # "Japan's new emperor, Naruhito, said", "Another company, Sandoz, told"
        if after_courtesy_title(toks, k):
            return True  # "Mr Morrison did not name the state"
        if according_to_source(toks, k) or issues_a_paper(toks, k):
            return True  # "According to Care4Calais, ...", "Twomey issued a statement"
        if (
            k > 1
            and toks[k - 1].lower == "by"
            and toks[k - 2].lower.endswith("ed")
            and is_cue_at(self.text, toks[k - 2])
        ):
            return True  # the agent of a passive: "dismissed by Velmora"
        if acronym_issuer(toks, k):
            return True  # "the statement from MONUSCO said"
        if acronym_body_subject(self.text, toks, k):
            # "The MIA also said": an acronym after "the" names a body ("the CS": a title)
            return not initials_of_a_title(self.actors, toks[k].base)
        if (
            k > 0
            and toks[k - 1].sent == toks[k].sent
            and toks[k - 1].lower in NOT_BEFORE_SUBJECT
            and not outlet_after_the(toks, k)  # "The Telegraph has reported"
        ):
            return False  # "in Istanbul calls on ...": a place inside a phrase
        if (
            toks[k].poss
            and k + 1 < len(toks)
            and toks[k + 1].lower in STATE_BODIES
            and self._is_place(toks[k].base)
        ):
            # "Ostravia's delegation did not take the floor": the state behind its delegation
            # is an actor even without a reporting verb ("it said" may follow)
            return True
        if description_then_cue(self.text, toks, k):
            return True  # "Adneia, a Yanomami elder, told CNN"
        if colon_speaker(toks, k) and self.sentence_kind(toks[k].sent) in HEADLINE_KINDS:
            return True  # a heading "Stoltenberg: “NATO exchanges information”"
        if cue_after_aside(self.text, toks, k) or clause_closed_by_participle(self.text, toks, k):
            return True  # "Southwest, with 34 of the jets, said", "Boeing released ..., saying"
        if (last := last_listed_word(toks, k)) is not None:
            return self._unknown_speaker(last)  # "FIFA and UEFA said": FIFA speaks too
        j = k + 1
        while j < len(toks) and toks[j].lower in INTERPOSED_WORDS:
            j += 1
        j = verb_after_interposed(toks, j)  # "Ostravia on Thursday rejected", "Voss, 73, said"
        if j >= len(toks) or toks[j].sent != toks[k].sent:
            return False
        headline = self.sentence_kind(toks[j].sent) in HEADLINE_KINDS  # "NASA Calls X 'Q'"
        return is_cue_at(self.text, toks[j]) or (headline and headline_verb(toks, j, CUE_FORMS))


def names_listed_in_apposition(toks: list[Token], a: int, b: int) -> bool:
    """The name ``toks[a:b]`` is one of two names joined by "and" and set off by commas after a
    phrase with a title, singular or plural: ``two reformist opposition leaders, Mir-Hossein
    Mousavi and Mehdi Karoubi, demanding ...``: both are persons."""
    a0, b0 = a, b
    if b + 2 < len(toks) and toks[b].lower == "and" and toks[b + 1].cap:
        b0 = b + 1
        while b0 < len(toks) and toks[b0].cap and toks[b0].sent == toks[a].sent:
            b0 += 1
    elif a >= 3 and toks[a - 1].lower == "and" and toks[a - 2].cap:
        a0 = a - 2
        while a0 > 0 and toks[a0 - 1].cap and toks[a0 - 1].sent == toks[a].sent:
            a0 -= 1
    if (a0, b0) == (a, b) or a0 < 2 or toks[a0 - 1].text != ",":
        return False
    if b0 < len(toks) and toks[b0].sent == toks[a].sent and toks[b0].text not in _CLOSERS:
        return False
    k = a0 - 2
    while k >= 0 and toks[k].sent == toks[a].sent and toks[k].text not in ",;:(":
        head = toks[k].lower
        if (head in TITLE_HEADS or head.removesuffix("s") in TITLE_HEADS) and not toks[k].cap:
            return head not in RELATION_TITLES
        k -= 1
    return False


def located_owner(mentions: list, text: str, place):
    """The actor a bracketed acronym after mention ``place`` stands for: the body whose name
    goes on with the place (``The UN Mission in South Sudan (UNMISS)``: the mission, not
    South Sudan), else the place's own actor."""
    for m in mentions:
        if (
            m.how == "name"
            and m.actor.kind == "organisation"
            and m.end < place.start
            and place.actor.kind in ("state", "organisation")
            and located_body(text[m.start : m.end], text[m.end : place.start])
        ):
            return m.actor
    return place.actor


def _bracketed_acronym_end(toks: list[Token], j: int) -> bool:
    """``toks[j]`` closes a bracketed acronym inside a name: "African Union (AU) Commission"."""
    return (
        j >= 3
        and toks[j].text == ")"
        and toks[j - 2].text == "("
        and toks[j - 1].base.isupper()
        and toks[j - 3].cap
    )


def _complement_word(tok: Token) -> bool:
    """A word of a title's complement: "Justice", "refugee agency" (not "of", "for", "the")."""
    return tok.cap or (
        tok.text.isalpha() and tok.text.islower() and tok.lower not in ("of", "for", "the", "and")
    )


def delegate_affiliation(inside: str | None, described: str | None) -> str | None:
    """A person's affiliation from the words in the name's run (``inside``) and from a
    description before it (``described``): a country described beats the UN inside the
    run ("Chinese envoy to the UN Zhang Jun" speaks for China).

    >>> delegate_affiliation("UN", "China"), delegate_affiliation(None, "UN")
    ('China', 'UN')
    """
    if described is not None and is_national(described) and not is_national(inside):
        return described
    return inside or described


def _role_and_affiliation(words: list[Token]) -> tuple[list[str], str | None]:
    """Title words split into the role and the affiliation they name ("UN", "Ostravian")."""
    affiliation = None
    role: list[str] = []
    for w in words:
        if w.text == "," and role:
            role[-1] += ","  # "Minister for Forest, Ecology & Environment"
        elif w.lower in DEMONYMS or w.lower in COUNTRIES:
            affiliation = affiliation or DEMONYMS.get(w.lower) or COUNTRIES.get(w.lower)
        elif w.lower in ("un", "u.n.", "eu") and not role:
            affiliation = affiliation or ("UN" if w.lower == "u.n." else w.base)
        else:
            role.append(w.base)
    return role, affiliation
