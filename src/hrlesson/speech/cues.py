"""Cues: the reporting verbs that introduce speech, read from the one lexicon file.

The verbs, their forms and the words that must follow them are rows of ``data/lexicon.csv``
(see :func:`.cue_lexicon.cue_verbs`); :class:`CueFinder` finds them in an article.
"""

from __future__ import annotations

import re
from itertools import takewhile

from ..wordlists import word_set
from .agents import active_despite_by, passive_purpose
from .closing_verbs import closes_quotation
from .cue_lexicon import cue_verbs
from .cue_nouns import (
    after_determiner_participles,
    after_indefinite_nouns,
    after_light_verb,
    after_platform,
    after_quoted_clause,
    another_as_subject,
    coordinated_noun,
    document_passed_on,
    document_states,
    news_reports,
    plural_before_verb,
    relative_after_document,
    relative_that,
    reports_as_subject,
)
from .documents.authoring_verbs import ADOPTING_VERBS, AUTHORING_VERBS
from .groups.vague_counts import vague_count_subject
from .headline_cues import HEADLINE_KINDS, headline_verb
from .naming_frames import NAMING_LEMMAS, names_by_proper_name
from .reading import document_reads
from .records import Cue
from .relayed_calls import call_reported_inside
from .subjects.interposed import object_follows
from .tokens import Token
from .vocabulary import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    COMMON_VERBS,
    DESCRIPTION_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
    STOP_WORDS,
)

#: The reporting verbs of ``data/lexicon.csv`` that introduce quotes (its ``cue`` column).
CUE_VERBS = {c.lemma: c for c in cue_verbs()}

#: Reporting-verb lemmas recognised as cues (the lemma is what the ``cue`` column holds).
CUE_LEMMAS = tuple(CUE_VERBS)

CUE_FORMS: dict[str, str] = {}

for _verb in CUE_VERBS.values():
    for _form in _verb.forms:
        CUE_FORMS.setdefault(_form, _verb.lemma)

#: Cue forms that are also nouns ("a UN report", "the EU's call", "a tweet").
NOUN_CUES = word_set("noun_cue_forms")

#: Pronouns that can be the subject of a reporting verb ("they alleged abuses").
SUBJECT_PRONOUNS = PERSONAL_SUBJECTS | frozenset(["who", "which", "that"])

#: Adverbs that may stand between a form of "be" and a passive participle ("Bangladesh were
#: also highlighted", "it is not considered"): the adverbs of data/words/adverbs.txt that are
#: no auxiliary, and "not".
PASSIVE_ADVERBS = ADVERBS - BE_FORMS - (AUXILIARIES - {"not"})


def passive_be(words: list[Token]) -> bool:
    """The words before a participle (nearest last) end in a form of "be", past up to two
    adverbs: "were also highlighted", "is not considered", "was never told"; the place or
    thing before it is what was reported on, not who reported it.

    >>> from .tokens import tokenize
    >>> def be(s):
    ...     return passive_be([t for t in tokenize(s, [0]) if t.text[0].isalnum()])
    >>> be("Bangladesh were also"), be("it is not"), be("X was"), be("X also"), be("X has also")
    (True, True, True, False, False)
    """
    k = len(words) - 1
    while k >= 0 and len(words) - k <= 2 and words[k].lower in PASSIVE_ADVERBS:
        k -= 1
    return k >= 0 and words[k].lower in BE_FORMS


#: How many tokens after a cue a quotation may start when the lexicon allows ``"`` next
#: ("continued: "..."" but not "the government continued during the past year to "...""
#: where "continue" reports nothing; "offered his "Q"" but not "offered five measures ...,
#: including: "Q"").
QUOTE_WINDOW = {"find": 6, "continue": 2, "offer": 3}

QUOTE_WINDOW = {c.lemma: QUOTE_WINDOW.get(c.lemma, 10) for c in CUE_VERBS.values()}

#: Cues that name what they report: "called the vote "a farce"", "branded it "illegal"".
NAMING_CUES = frozenset(c.lemma for c in CUE_VERBS.values() if c.cue == "name")

ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")

#: Verbs whose object is a clause of reported speech ("said that ...", "told the council ...").
CLAUSAL_CUES = frozenset(c.lemma for c in CUE_VERBS.values() if c.cue in ("say", "clause"))

#: Verbs whose object is always reported speech ("said the talks failed").
SAY_CUES = frozenset(c.lemma for c in CUE_VERBS.values() if c.cue == "say")

#: Verbs that relay another's words in their clause ("said/noted/stated that X called on ...").
_RELAYING_CUES = SAY_CUES | {"note", "state"}

IDIOMS = re.compile(
    r"\b(?:as far as [^.,;]{0,40}?(?:could|can) tell|needless to say|that is to say|"
    r"so to speak|to say nothing of|hard to (?:say|tell)|it is said|is said to)\b",
    re.IGNORECASE,
)

IDIOM_HINTS = ("as far as", "needless", "to say", "to speak", "hard to", "said")

#: Words each idiom writes, one of which a lower-cased text holds for :data:`IDIOMS` to
#: match, unless it holds a character that ``re.IGNORECASE`` reads as another's letter
#: ("ſ" as "s", "ı" and "İ" as "i", the Kelvin sign as "k"): a cheap test before the scan.
IDIOM_WORDS = (
    "as far as ", "needless to say", "that is to say", "so to speak", "to say nothing of",
    "hard to say", "hard to tell", "is said",
)  # fmt: skip
_ODD_FOLDS = frozenset("\u017f\u0131\u0130\u212a")


def may_hold_idiom(text: str, lowered: str) -> bool:
    """Whether :data:`IDIOMS` can match ``text`` (``lowered``: ``text.lower()``).

    >>> may_hold_idiom("He said.", "he said."), may_hold_idiom("It is said", "it is said")
    (False, True)
    """
    return any(w in lowered for w in IDIOM_HINTS) and (
        not _ODD_FOLDS.isdisjoint(text) or any(w in lowered for w in IDIOM_WORDS)
    )


def is_cue_at(text: str, tok: Token) -> bool:
    """True when ``tok`` is a reporting verb form (used by :mod:`hrlesson.actors`)."""
    return tok.text.islower() and tok.lower in CUE_FORMS


#: Cue lemmas that are also nouns after an adjective or noun ("a damning report", "a press
#: briefing").
_NOUN_TOO = frozenset(["report", "note", "claim", "demand", "warn", "appeal", "request", "brief"])


def _amount_word(low: str) -> bool:
    """A word of an amount before a noun: ``$300``, ``billion``, ``1.3``."""
    return low[:1].isdigit() or low in ("$", "€", "£", "million", "billion", "trillion")


def _after_to_not_infinitive(prev: Token | None, lower: str, lemma: str) -> bool:
    """A form in -s or -ed after "to" is no infinitive ("to reports", "to those concerned"),
    but a base form ending in s is one: 'It went on to express "strong support"', 'to stress'.

    >>> from .tokens import tokenize
    >>> to = tokenize("to", [0])[0]
    >>> _after_to_not_infinitive(to, "reports", "report"), _after_to_not_infinitive(to, "express", "express")
    (True, False)
    """
    return (
        prev is not None and prev.lower == "to" and lower.endswith(("s", "ed")) and lower != lemma
    )


class CueFinder:
    """Finds the reporting verbs of an article (a part of :class:`Attributor`)."""

    def find_cues(self) -> list[Cue]:
        """Every reporting verb outside quotations that introduces speech, and "according to"."""
        text = self.text
        idioms = []
        lowered = text.lower()
        if may_hold_idiom(text, lowered):
            idioms = [(m.start(), m.end()) for m in IDIOMS.finditer(text)]
        cues = []
        for ti, tok in enumerate(self.tokens):
            # tok.lower is tok.text.lower() for every token but a possessive (its base's)
            if (tok.text.lower() if tok.poss else tok.lower) not in CUE_FORMS:
                continue
            if self.quote_at(tok.start) is not None or any(a <= tok.start < b for a, b in idioms):
                continue
            cue = self._cue_at(ti, tok)
            if cue is not None:
                cues.append(cue)
        # "told the council that the commission had found "...": a finding reported inside
        # someone's speech is that speaker's quote; "find" is a cue only on its own
        said = {c.sent for c in cues if c.lemma != "find"}
        cues = [c for c in cues if c.lemma != "find" or c.sent not in said]
        cues = [
            c
            for i, c in enumerate(cues)
            if not call_reported_inside(c, cues[:i], text, _RELAYING_CUES)
        ]
        for m in ACCORDING_TO.finditer(text):
            if self.quote_at(m.start()) is None:
                ti = self.index.token_index(m.start())
                cues.append(Cue(m.start(), m.end(), m.group(0), None, self.tokens[ti].sent, ti))
        cues.sort(key=lambda c: c.start)
        return cues

    def _cue_at(self, ti: int, tok: Token) -> Cue | None:
        """The cue at token ``ti`` (a reporting-verb form outside quotes), or None."""
        form, lower = tok.text, tok.text.lower()
        if not (form.islower() or self._sentence_initial(ti) or self._headline_verb(ti)):
            return None
        prev = self._prev_word(ti, skip_quotes=True)
        if prev is not None and after_quoted_clause(self.text, prev, tok):
            prev = None  # 'enough that "Q," said X': "that" opens the quoted clause
        if prev is not None and (
            (
                prev.lower in DETERMINERS
                and not relative_after_document(self.tokens, ti)
                and not relative_that(prev, lower)
                and not another_as_subject(self.tokens, ti, prev)
                and not vague_count_subject(self.tokens, ti, prev)  # 'Some exclaim "Q"'
            )
            or (prev.poss and prev.lower not in ("it",))
        ):
            return None  # a noun: "the report", "her report", "a warning"
        if after_light_verb(prev) or after_determiner_participles(self.tokens, ti):
            return None  # a noun: "should take note", "the heavily censored reports"
        lemma = CUE_FORMS[lower]
        if _after_to_not_infinitive(prev, lower, lemma) or passive_purpose(self.tokens, ti):
            return None  # "to reports"; "was established to consider awards"
        nxt = self._next_word(ti)
        nxt_lower = nxt.lower if nxt else ""
        if self._not_a_cue(ti, tok, lemma, prev, nxt):
            return None
        passive = (
            nxt_lower == "by"
            and (lower.endswith("ed") or lower in ("said", "told", "written"))
            and not active_despite_by(prev, self._next_word(ti + 1))
        )
        # "was told", "were also highlighted": no speaker here; but a progressive is the subject's
        # own act ('what the Mail on Sunday is calling a "Q"', 'Washington was saying this')
        if passive is False and prev is not None and not lower.endswith("ing"):
            before = [t for t in self.tokens[max(0, ti - 4) : ti] if t.text[0].isalnum()]
            if passive_be([t for t in before if t.sent == tok.sent]):
                return None
        cue = Cue(tok.start, tok.end, form, lemma, tok.sent, ti, passive)
        cue.clausal = self._that_follows(ti) or (
            lemma in CLAUSAL_CUES
            and (lemma in SAY_CUES or nxt_lower not in DETERMINERS or self._clause_follows(ti))
        )
        return cue

    def _headline_verb(self, ti: int) -> bool:
        """A capitalised verb of a title-case headline (:func:`headline_verb`)."""
        kind = self.sentences[self.tokens[ti].sent][2]
        return kind in HEADLINE_KINDS and headline_verb(self.tokens, ti, CUE_FORMS)

    def _not_a_cue(
        self, ti: int, tok: Token, lemma: str, prev: Token | None, nxt: Token | None
    ) -> bool:
        """Verb-specific guards: the form is a noun here, or the verb reports no speech."""
        lower = tok.text.lower()
        nxt_lower = nxt.lower if nxt else ""
        if (
            lemma == "accuse"
            and nxt_lower == "of"
            and (
                prev is None or prev.lower not in ("it", "he", "she", "they", "we", "who", "which")
            )
        ):
            return True  # "put on trial accused of ...": nobody speaks here
        if lemma == "quote" and any(t.lower in ("as", "to") for t in self._rest_of_sentence(ti)):
            return True  # 'quoted X as saying', 'to have added': the later verb is the cue
        if lemma in NAMING_LEMMAS and names_by_proper_name(self.tokens, ti):
            return True  # "the Scarborough Shoal, which China calls Huangyan Island"
        if not self._allowed_next(tok, lemma, nxt_lower, ti):
            return True  # "point" only in "point to/out", "put" only in "put it", ...
        if after_platform(self.tokens, ti, lemma):
            return True  # "the minister's Facebook post said": the post
        if plural_before_verb(self.tokens, ti) or coordinated_noun(self.tokens, ti):
            return True  # "airline and tour brands take aim", "injuries, stress and": nouns
        if news_reports(self.tokens, ti) or reports_as_subject(self.tokens, ti):
            return True  # "an avalanche of media reports to that effect", "reports emerged"
        if lower == "states" and not document_states(self.tokens, ti):
            return True  # "member states"; but "the report states", "it states"
        if lemma == "read" and not (
            (
                prev is not None
                and prev.lower in DOCUMENT_NOUNS
                and (nxt is None or nxt.sent != tok.sent)
            )
            or self._document_after(ti)
            or document_reads(self.tokens, ti)
        ):
            return True  # only a document's wording, postposed: '"Q," the statement read.'
        if (
            lemma in _NOUN_TOO
            and not lower.endswith("ed")  # 'The remarks noted that': a past tense, no noun
            and prev is not None
            and prev.text.islower()
            and prev.lower not in ADVERBS
            and (self._noun_after_adjective(ti, prev) or after_indefinite_nouns(self.tokens, ti))
        ):
            return True  # "a damning report", "their repeated claims"
        if (
            (self._participle_after_document(lower, prev) or document_passed_on(self.tokens, ti))
            and not object_follows(self.tokens, ti + 1)
            and not reaction_by(lower, nxt_lower)
        ):
            return True  # "said in a video message posted on YouTube"
        if lower in ("alleged", "written") and self._participle_adjective(prev, nxt):
            return True  # "to investigate alleged violations", "seven written amendments"
        if lower in NOUN_CUES and lower.endswith("s") and nxt_lower == "by":
            return True  # '"categorically rejected" claims by X': a plural noun and its author
        of = getattr(prev, "lower", "") == "of"  # a noun: "the court of appeal judge"
        return lower in NOUN_CUES and (of or self._after_determined_name(ti))  # "the UN appeal"

    def _rest_of_sentence(self, ti: int) -> list[Token]:
        """The tokens after token ``ti`` up to the end of its sentence, a colon or a quote."""
        sent = self.tokens[ti].sent
        return list(
            takewhile(
                lambda t: t.sent == sent and t.text not in ':"“”‘’«',
                self.tokens[ti + 1 :],
            )
        )

    def _document_after(self, ti: int) -> bool:
        """``"Q," reads the European Union statement.``: an inverted "read(s)" right after a
        quotation and a comma, then a determiner and, within four words, a document noun
        ('"Q," reads a press release issued by the Ministry of Foreign Affairs')."""
        tok = self.tokens[ti]
        before = self.text[max(0, tok.start - 4) : tok.start].rstrip()
        if tok.lower not in ("read", "reads") or not before.endswith(tuple(',”"')):
            return False
        rest = [t for t in self.tokens[ti + 1 : ti + 7] if t.sent == tok.sent]
        words = [t for t in rest if t.text[0].isalnum()]
        if not words or words[0].lower not in DETERMINERS:
            return False
        return any(t.lower in DOCUMENT_NOUNS for t in words[1:5])

    def _participle_after_document(self, lower: str, prev: Token | None) -> bool:
        """``said in a video message posted on the UN's channel``: a past form right after
        a document noun that is the object of "in"/"via"/"through"/"according to" ("according
        to a statement posted on social media by X") qualifies the noun (a
        noun in a prepositional phrase is no verb's subject); "the report claimed" stays."""
        if prev is None or not lower.endswith("ed") or prev.lower not in DOCUMENT_NOUNS:
            return False
        k = self.index.token_index(prev.start)
        before = [self.tokens[j].lower for j in range(max(0, k - 3), k)]
        return any(w in ("in", "via", "through", "according") for w in before)

    def _participle_adjective(self, prev: Token | None, nxt: Token | None) -> bool:
        """``investigate alleged violations``, ``seven written amendments``: a participle
        right before a lower-case noun, after a verb, preposition, determiner, number or
        conjunction (not after a subject: "they alleged abuses")."""
        if nxt is None or not nxt.text.islower() or nxt.lower in ("that", "to", "by"):
            return False
        if nxt.lower in DETERMINERS or nxt.lower in PREPOSITIONS or nxt.lower in ADVERBS:
            return False  # "had written from prison that ...": a verb
        if prev is None or not prev.text.islower() or prev.lower in AUXILIARIES:
            return False
        before = self._prev_word(self.index.token_index(prev.start))
        return (
            prev.lower in DETERMINERS
            or prev.lower in PREPOSITIONS
            or prev.lower in COMMON_VERBS
            or (prev.lower in STOP_WORDS and prev.lower not in SUBJECT_PRONOUNS)
            or (before is not None and before.lower == "to")
        )

    def _allowed_next(self, tok: Token, lemma: str, nxt_lower: str, ti: int) -> bool:
        """The word after the cue is one its lexicon rows allow (``cue_next``, a particle;
        ``.`` allows punctuation right after the verb: 'she continued.', ``.q`` only in a
        frame closing a quotation: '"Q," he began.' (not 'before the talks began,'); ``!as`` forbids
        "as": 'all states admitted as "third parties"').

        ``"`` allows a quotation soon after: "called the vote "a farce"", "found "grounds"".
        """
        allowed = CUE_VERBS[lemma].next_words
        if nxt_lower in CUE_VERBS[lemma].not_next:
            return False  # 'states admitted as "third parties"': another sense of the verb
        if not allowed or nxt_lower in allowed:
            return True
        if ".q" in allowed and closes_quotation(self.tokens, ti, nxt_lower):
            return True  # '"Q," he began.': only in a frame closing a quotation
        if "." in allowed and (not nxt_lower or closes_quotation(self.tokens, ti, nxt_lower)):
            return True  # '"Q," Prost continued.', '"Q," continued Evans.': no object
        return '"' in allowed and self._quote_follows(tok, QUOTE_WINDOW[lemma])

    def _after_determined_name(self, ti: int) -> bool:
        """A name, an amount or a document's modifiers with a determiner before them:
        ``a United Nations [report]``, ``The UN [report] was``, ``the $300 billion
        [pledge]``, ``a draft UN human rights [report] as "political interference"``."""
        j = self._past_noun_modifiers(ti)
        while (
            j >= 0
            and self.tokens[j].sent == self.tokens[ti].sent
            and self.tokens[j].lower not in DETERMINERS
            and (
                self.tokens[j].cap
                or _amount_word(self.tokens[j].lower)
                or self.tokens[j].lower in DESCRIPTION_WORDS
                # "a draft ... report"; but "The resolution [calls]": its subject
                or (self.tokens[j].lower in DOCUMENT_NOUNS and j < ti - 1)
            )
        ):
            j -= 1
        return (
            j < ti - 1
            and j >= 0
            and self.tokens[j].sent == self.tokens[ti].sent
            and self.tokens[j].lower in DETERMINERS
        )

    def _past_noun_modifiers(self, ti: int) -> int:
        """Where the words before token ``ti`` stop being lower-case noun modifiers that
        follow a name (``the Senate torture [report]``): up to two such words are skipped
        when a capitalised word stands right before them; else ``ti - 1``."""
        toks = self.tokens
        j = ti - 1
        while j >= ti - 2 and j > 0 and toks[j].text.isalpha() and toks[j].text.islower():
            if toks[j].lower in STOP_WORDS or toks[j].lower in PREPOSITIONS:
                return ti - 1
            j -= 1
        return j if j < ti - 1 and toks[j].cap and toks[j].sent == toks[ti].sent else ti - 1

    def _noun_after_adjective(self, ti: int, prev: Token) -> bool:
        p2 = self._prev_word(ti - 1)
        if p2 is not None and p2.lower in DETERMINERS:
            return True
        return prev.lower.endswith(("ing", "al", "ful", "ous", "ive"))

    def _quote_follows(self, tok: Token, n: int) -> bool:
        """A quotation opens within ``n`` tokens after the cue; a relative clause between
        commas does not count ('called the Council, which created ..., "a political body"')."""
        k, aside = self.index.token_index(tok.end), False
        while n > 0 and k < len(self.tokens) and self.tokens[k].sent == tok.sent:
            t = self.tokens[k]
            if t.text in "\"“‘'«" and self.quote_at(t.start) is not None:
                return True
            if t.lower in CUE_FORMS and not self._after_determiner(t) and not aside:
                return False  # another verb; but 'termed the report by Bachelet as "Q"'
            if t.text == ",":
                nxt = self.tokens[k + 1].lower if k + 1 < len(self.tokens) else ""
                aside = not aside and nxt in ("which", "who")
            n, k = n - (not aside), k + 1
        return False

    def _after_determiner(self, tok: Token) -> bool:
        prev = self._prev_word(self.index.token_index(tok.start))
        return prev is not None and prev.lower in DETERMINERS

    def _clause_follows(self, ti: int) -> bool:
        """A finite verb soon after the cue: "confirmed the report was ..." (not "claim a term"),
        or a reporting verb in the past tense after a noun: "stated the police responded"."""
        for k in range(ti + 1, min(ti + 8, len(self.tokens))):
            t = self.tokens[k]
            if t.sent != self.tokens[ti].sent or t.text in ".;,":
                return False
            if t.lower in FINITE_VERBS or self._past_cue_after_noun(k, ti):
                return True
        return False

    def _past_cue_after_noun(self, k: int, ti: int) -> bool:
        """``stated the police responded with``: a past-tense reporting verb after a word that
        is no determiner (not "the reported killings"), two or more words after the cue."""
        low = self.tokens[k].lower
        if k < ti + 3 or low not in CUE_FORMS or not low.endswith(("ed", "said", "told")):
            return False
        prev = self.tokens[k - 1]
        return prev.text[0].isalpha() and prev.lower not in DETERMINERS and not prev.poss

    def _that_follows(self, ti: int) -> bool:
        for t in self.tokens[ti + 1 : ti + 7]:
            if t.sent != self.tokens[ti].sent or t.text in ".;":
                return False
            if t.lower == "that":
                return True
        return False


def reaction_by(lower: str, nxt_lower: str) -> bool:
    """``called for investigations, in comments slammed by Minsk as "highly subjective"``:
    a past form after a document noun, with "by" right after it, that no author or
    adopter takes ("slammed", not "published" or "adopted") is a reporting verb whose agent
    speaks, not a qualifier of the document.

    >>> reaction_by("slammed", "by"), reaction_by("published", "by"), reaction_by("slammed", "as")
    (True, False, False)
    """
    return nxt_lower == "by" and lower not in AUTHORING_VERBS | ADOPTING_VERBS
