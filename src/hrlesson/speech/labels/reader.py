"""Labels: quotation marks around a term, name or ballot option rather than speech.

The other way round, short quotes with no speaker found that are speech: :mod:`.spoken_fragments`.
"""

from __future__ import annotations

import re

from ...figures.words import CARDINALS
from ...inflection import verb_forms
from ...wordlists import word_set
from ..cues import CUE_FORMS, CUE_VERBS, NAMING_CUES, SUBJECT_PRONOUNS
from ..records import QuoteRecord
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    COMMON_VERBS,
    DASHES,
    DEGREE_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PREPOSITIONS,
    STOP_WORDS,
    WORD_RE,
)
from .arrangement_terms import arrangement_term
from .carried_quotes import carried_quote_at
from .cited_descriptions import cited_description
from .generic_namings import generic_naming
from .grades import quoted_grade
from .named_frames import framed_name
from .named_terms import named_before_head, named_term
from .quoted_names import quoted_name
from .quoted_predicates import gerund_quote, verb_marked
from .repeated_terms import term_shaped, unquoted_uses
from .short_quotes import evaluative_quote, framed_label, not_a_noun_modifier
from .spoken_frames import headline_end, speaking_noun
from .spoken_terms import definite_subject, relative_naming, reported_term, spoken_despite
from .term_heads import modifies, predicate_of_plural, premodifier_term, reads_as_clause
from .verdicts import ballot_option, verdict_complement


class LabelReader:
    """Tells speech from labels and headings (a part of :class:`Attributor`)."""

    def _is_heading(self, q: QuoteRecord) -> bool:
        s = self.sentences[q.sent]
        if s[2] not in ("heading", "title"):
            return False
        par = self.paragraphs[s[1] - 1]
        bare = par[4].strip().strip("-–—•* ").strip()
        return (
            bare == self.text[q.pair.open : q.pair.close + 1]
            or bare.strip("\"'“”‘’«»") == q.text.strip()
        )

    def _naming_complement(self, prev_toks: list[Token]) -> bool:
        """``calling the decision``, ``branded the vote a``, ``Branding the measures`` (opening
        the sentence): a naming cue, a determiner and at most two more words, no
        punctuation, right before the quote."""
        tail = prev_toks[-4:]
        for j in range(len(tail) - 2, -1, -1):
            t = tail[j]
            if not t.text[0].isalnum():
                return False
            starts_sentence = t.text[:1].isupper() and t.text[1:].islower() and t is prev_toks[0]
            if (t.text.islower() or starts_sentence) and CUE_FORMS.get(t.lower) in NAMING_CUES:
                rest = tail[j + 1 :]
                return rest[0].lower in DETERMINERS and all(w.text[0].isalnum() for w in rest)
        return False

    def _naming_verdict(self, prev_toks: list[Token]) -> bool:
        """A naming cue and an indefinite article right before the quote: the speaker's
        verdict, however capitalised ('which he labeled a "Wild West"', 'what the Mail on
        Sunday is calling a ‘Massive Shake Up of Sports Advertising’'; :meth:`_naming_complement`),
        unless people in general name it (:func:`generic_naming`: 'that miners call a "Q"');
        or the object of a naming verb in a relative clause with its own subject
        (:func:`relative_naming`: 'by what the company called "voice and data issues."')."""
        if not prev_toks:
            return False
        before = self.text[prev_toks[0].start : prev_toks[-1].end + 1]
        if prev_toks[-1].lower in ("a", "an") and self._naming_complement(prev_toks):
            return not generic_naming(before, "")
        return relative_naming(before)

    def _mentioned_words(self, q: QuoteRecord, words: list[str]) -> str:
        """Why the quotation only mentions words, or "": a word talked about as a word, or
        the description of the one a verb quotes "as saying" (:func:`cited_description`:
        'the Daily Telegraph quoted a ‘source close to the Prime Minister’ as saying')."""
        before = self.text[max(0, q.pair.open - 60) : q.pair.open]
        if cited_description(before, self.text[q.pair.close + 1 : q.pair.close + 31]):
            return "the one a quoting verb cites as saying"
        if len(words) <= 4 and _MENTIONED_AS_WORD.match(self.text, q.pair.close + 1):
            return "a word talked about as a word"
        return ""

    def _label_reason(self, q: QuoteRecord) -> str:
        """Why a short quotation is a label ('vote "no"', 'a law banning "X"'), or "": speech."""
        words = WORD_RE.findall(q.text)
        if not words or carried_quote_at(self.text, self.sentences[q.sent][3], q.pair.open):
            return ""  # 'chants of "we love you"', 'the slogan "liar, liar"': carried words
        if mentioned := self._mentioned_words(q, words):
            return mentioned
        if len(words) <= 3 and self._defined_subject(q):
            return "a term its sentence defines"
        span = (self.text, q.pair.open, q.pair.close, q.text, self.sentences[q.sent][2] == "body")
        prev_toks = self.toks_between(self.sentences[q.sent][3], q.pair.open)
        term_or_name = self._term_or_name(q, span)
        if term_or_name and not self._naming_verdict(prev_toks):
            return term_or_name
        if gerund_quote(q.text):
            return ""  # 'does not start "overhauling" parts': a verb phrase names nothing
        prev_words = [t for t in prev_toks if t.text[0].isalnum()]
        prev = prev_words[-1] if prev_words else None
        prev2 = prev_words[-2] if len(prev_words) > 1 else None
        if len(words) > 4:
            return "" if self._naming_verdict(prev_toks) else _title_label(q.text, words, prev)
        if self._spoken_complement(q, prev_toks) or self._unvoted_answer(q):
            # 'called the vote "a farce"', 'were branded "pure evil"', 'gave a firm "Yes"': a
            # naming or verdict verb's complement or an answer is speech, no term or option
            return ""
        if prev is not None and ":" in self.text[prev.end : q.pair.open]:
            return ""  # 'Katz responded ..., with four words: "Mr. Lazzarini please resign."'
        named = _named_label(q.text.strip(" .,!?").lower(), prev, prev2, self.text[: q.pair.open])
        if named and not (len(words) > 1 and _opens_predicate(words[0])):
            return "" if spoken_despite(named, self.text, q.pair.open) else named
        if self._evaluative(q):
            return ""  # 'the WHO's "timely" actions': an adjective or adverb names nothing
        term = self._named_term(q, words, prev, prev2)
        if term or self._name_before_noun(q, words):
            return term or "name before a common noun"
        framed = framed_label(self.index, self.text, q)
        if framed:
            return framed
        if self._term_without_speaker(q, words):
            return "term under a reporting verb whose subject speaks no words"
        if prev is None:
            return ""
        if prev2 is not None and verb_marked(prev2.lower, prev.lower) and prev.text.islower():
            # 'willing to conduct "constructive exchanges"', 'must evaluate "X"': the object
            # of a verb, not a term inside a noun phrase
            return ""
        first = words[0].lower()
        if first in DEGREE_WORDS or first.endswith("ly") or self._quoted_verb(q):
            # 'children "too weak to cry"', 'the resolution "urges" Velmora': a predicate
            # or a verb, not a term that a noun before it qualifies
            return ""
        if reads_as_clause(q.text, first, prev) or not modifies(prev):
            return ""
        if not_a_noun_modifier(prev.lower):
            return ""
        if self._attribution_follows(q) or predicate_of_plural(words, prev):
            return ""  # 'and allow "access to humanitarian assistance," said the court'
        if self.text[prev.end : q.pair.open].strip() or self._reported_term(q):
            return ""
        return "" if self._headline_predicate(q, prev2) else "term inside a noun phrase"

    def _spoken_complement(self, q: QuoteRecord, prev_toks: list[Token]) -> bool:
        """The quotation completes a naming cue (:meth:`_naming_complement`: 'calling the
        decision "illegitimate"') or a verb passing a verdict (:func:`verdict_complement`:
        'A traveller couple were branded “pure evil”'): the speaker's words."""
        before = self.text[self.sentences[q.sent][3] : q.pair.open]
        return self._naming_complement(prev_toks) or verdict_complement(before)

    def _unvoted_answer(self, q: QuoteRecord) -> bool:
        """A quoted "yes" or "no" that is no ballot option (:func:`ballot_option`: no vote
        named) is an answer: 'Andruska gave a firm "Yes"'."""
        low = q.text.strip(" .,!?").lower()
        if low not in ("yes", "no"):
            return False
        s_start, s_end = self.sentences[q.sent][3], self.sentences[q.sent][4]
        after = self.text[q.pair.close + 1 : min(s_end, q.pair.close + 12)]
        return not ballot_option(low, self.text[s_start : q.pair.open], after)

    def _defined_subject(self, q: QuoteRecord) -> bool:
        """A quoted term opening its sentence, alone or after "The", before "is/are a/an",
        "refers to a" or "describes a" (``_DEFINED``): the writer defines it ('"Cold stunning" is a hypothermic reaction that
        occurs when', 'The ‘blackout’ is a result of')."""
        before = self.text[self.sentences[q.sent][3] : q.pair.open].strip()
        return before in ("", "The") and bool(_DEFINED.match(self.text, q.pair.close + 1))

    def _named_term(
        self, q: QuoteRecord, words: list[str], prev: Token | None, prev2: Token | None
    ) -> str:
        """Why ``q`` names a term by the words around it, or "": a status after "as", a
        term spoken of (``_term_spoken_of``) or the name of an arrangement (:meth:`_arrangement`).
        """
        return (
            _status_after_as(q.text, words, prev, prev2)
            or _term_spoken_of(q.text, words, prev, prev2)
            or self._arrangement(q)
        )

    def _arrangement(self, q: QuoteRecord) -> str:
        """:func:`arrangement_term`, read with the sentence before ``q`` ('moved adjusters to a
        "catastrophe center" in')."""
        return arrangement_term(self.text[self.sentences[q.sent][3] : q.pair.open], q.text)

    def _headline_predicate(self, q: QuoteRecord, prev2: Token | None) -> bool:
        """A quotation after a noun that ends a headline line is the headline's predicate
        (:func:`headline_end`: 'Leeds hospital boss ‘sorry for waiting times’'), unless a
        preposition governs that noun ('PM under fire over airline ‘protection racket’')."""
        if prev2 is not None and prev2.lower in PREPOSITIONS:
            return False
        s = self.sentences[q.sent]
        return headline_end(s[2], q.text, self.text[q.pair.close + 1 : s[4]])

    def _term_or_name(self, q: QuoteRecord, span: tuple) -> str:
        """A name or term by its frame (:func:`named_term`, :func:`quoted_name`,
        :func:`framed_name`) or right before the noun it modifies (:func:`premodifier_term`:
        'the "Big Six" firms’ dominance', 'in "re-education" camps'), a grade on an official
        scale (:func:`quoted_grade`: 'graded the school as ‘inadequate’'), or ""."""
        start = self.sentences[q.sent][3]
        found = named_term(*span) or quoted_name(*span) or framed_name(*span)
        found = found or quoted_grade(self.text, q.pair.open, q.pair.close, start)
        if not found and self._repeated_term(q):
            found = "a term the article also writes without marks"
        if found:
            return found
        opens = not self.text[start : q.pair.open].strip()
        after = self.text[q.pair.close + 1 : q.pair.close + 40]
        return premodifier_term(q.text, after, opens, self.text[start : q.pair.open])

    def _repeated_term(self, q: QuoteRecord) -> bool:
        """A quoted compound (:func:`term_shaped`) that the article also writes without marks
        (:func:`unquoted_uses`) before a noun it modifies: the writer's term ('“gross
        misconduct”' ... 'faced a gross misconduct hearing')."""
        if self.sentences[q.sent][2] != "body" or not term_shaped(q.text):
            return False  # a headline's quotation is often the body's words in short
        quoted = [(p.open, p.close) for p in self.top]
        return bool(unquoted_uses(q.text, self.text, quoted))

    def _reported_term(self, q: QuoteRecord) -> bool:
        """:func:`reported_term`, read with the reporting verbs of the sentence before ``q``."""
        cues = self.cues_in(self.sentences[q.sent][3], q.pair.open)
        return reported_term(cues, self.text, q.pair.open, q.text)

    def _name_before_noun(self, q: QuoteRecord, words: list[str]) -> bool:
        """A capitalised quotation right before a common noun that bears names is that
        noun's name, not speech: 'I wrote the following article for the "Close Guantánamo"
        website' (``data/words/name_heads.txt``); a bare lower-case noun phrase too: 'to
        host a "peace formula" summit' (adjectives were read as evaluations before); or where the
        article quotes the same words before such a noun (:func:`named_before_head`)."""
        if q.text.rstrip()[-1:] in ",.;:!?":
            return False
        if not words[0][:1].isupper() and not _bare_noun_phrase(q.text, words):
            return False
        m = _NEXT_WORD.match(self.text, q.pair.close + 1)
        if m is not None and m.group(1) not in PREPOSITIONS:
            return m.group(1) in _NAME_HEADS  # 'US "hostile" policies': its own noun decides
        return named_before_head(self.text, q.text)

    def _term_without_speaker(self, q: QuoteRecord, words: list[str]) -> bool:
        """A bare noun phrase under a reporting verb whose subject is a common noun that is
        no speaker is a term the article mentions: 'Western studies have accused Beijing of
        detaining more than a million Uyghurs ... in "re-education camps" and even using
        "forced labor" or "forced sterilization"' (not 'He also questioned the trials ... in
        which "basic guarantees of due process" were "violated"': a pronoun stands for a
        speaker named earlier; nor 'The 48-page document concluded that "serious human rights
        violations"': a document speaks)."""
        if not _bare_noun_phrase(q.text, words):
            return False
        s = self.sentences[q.sent]
        cues = [c for c in self.cues_in(s[3], q.pair.open) if c.lemma is not None]
        if not cues or cues[-1].passive:
            return False
        if any(c.subject is not None or c.lemma is None for c in self.cues_in(s[3], s[4])):
            return False  # 'the police used "excessive force", according to Amnesty'
        subject = self._prev_word(cues[-1].tok)
        while subject is not None and (
            subject.lower in AUXILIARIES or subject.lower in ADVERBS or subject.lower.endswith("ly")
        ):
            subject = self._prev_word(self.index.token_index(subject.start))
        return (
            subject is not None
            and subject.text.islower()
            and subject.lower not in SUBJECT_PRONOUNS
            and subject.lower not in STOP_WORDS  # 'and also briefly added': a shared subject
            and subject.lower.rstrip("s") not in DOCUMENT_NOUNS
            and not definite_subject(self.text[s[3] : subject.start])
            and not speaking_noun(subject.lower)  # 'charities warn we could face a "Q"'
        )

    def _attribution_follows(self, q: QuoteRecord) -> bool:
        """The quotation ends in a comma and a reporting verb comes soon after it, before
        the next stop (``"...," said the court``, ``"...", the aid chief has warned``):
        speech, not a term."""
        close = q.pair.close
        if not (q.text.rstrip().endswith(",") or self.text[close + 1 : close + 2] == ","):
            return False
        after = _CLAUSE_END.split(self.text[close + 1 : close + 120], maxsplit=1)[0]
        return any(w in CUE_FORMS for w in WORD_RE.findall(after)[:8] if w.islower())

    def _quoted_verb(self, q: QuoteRecord) -> bool:
        """True when the quote opens with a present-tense reporting verb used as a verb."""
        m = WORD_RE.match(q.text.lstrip())
        if m is None or q.text[:1].isspace() or self._starts_sentence(q):
            return False
        word = m.group(0)
        # resolutions often open an operative verb with an adverb: 'It "strongly urges" X',
        # '"further requests"', '"also calls upon"': look at the verb after the adverb
        words = WORD_RE.findall(q.text[:60])
        if len(words) > 1 and (word.endswith("ly") or word in ("also", "further", "again")):
            word = words[1]
        ti = self.index.token_index(q.pair.open)
        prev = self._prev_word(ti)
        # 'Ban Ki-moon has "categorically rejected" claims': a perfect tense in the quote
        perfect = prev is not None and prev.lower in ("has", "have", "had") and word.endswith("ed")
        if not word.islower() or not (word.endswith("s") or perfect) or word not in CUE_FORMS:
            return False
        if prev is None:
            # after an aside: 'The resolution, adopted by 24 votes, "expresses ..."'
            return ti > 0 and self.tokens[ti - 1].text in (",", *DASHES)
        if prev.lower in DETERMINERS or prev.poss or prev.lower in PREPOSITIONS:
            return False  # "the "calls" of ...", "its "requests"": nouns
        rest = self.text[q.pair.close + 1 : q.pair.close + 3].lstrip()
        return len(WORD_RE.findall(q.text)) > 1 or (rest[:1].isalpha())


#: Where the clause after a quotation ends: a stop or the next quotation mark.
_CLAUSE_END = re.compile(r"[.;:!?\"\u201c\u201d]")

#: Quotations that are ballot options ('voted "yes"').
_BALLOT_OPTIONS = frozenset(["yes", "no", "abstain", "for", "against", "yes or no"])
_VOTE_WORDS = frozenset(verb_forms("vote"))
#: Words right before a quoted name or term ('so-called "X"', 'the slogan "X"').
_TERM_INTRODUCERS = frozenset(
    ["so-called", "dubbed", "labelled", "labeled", "nicknamed", "named", "word",
     "words", "term", "phrase", "slogan", "hashtag", "motto", "title", "headline", "label",
     "name", "entitled", "titled", "operation", "campaign", "tag"]
)  # fmt: skip
#: Two words right before the name of a charge or term ('charged with "X"').
_TERM_INTRODUCER_PAIRS = frozenset(
    [("known", "as"), ("charged", "with"), ("convicted", "of"), ("charges", "of"),
     ("guilty", "of"), ("crime", "of"), ("offence", "of"), ("referred", "to"),
     ("stands", "for"), ("short", "for"), ("tag", "of"), ("nickname", "of")]
)  # fmt: skip
#: Stems of legal words before "for/of/under" and a quoted charge ('arrested for "X"').
_CHARGE_STEMS = ("investigat", "charg", "prosecut", "convict", "sentenc", "arrest", "detain",
                 "case", "trial")  # fmt: skip


#: Common nouns that a quoted name can modify ('the "Close Guantánamo" website').
_NAME_HEADS = word_set("name_heads")
#: The lower-case word right after a closing quotation mark.
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
#: Forms of "speak" and "talk" before "of" and a term ('spoke of "vocational training centers"').
_SPEAK_FORMS = frozenset(
    ["speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking"]
)


def _bare_noun_phrase(text: str, words: list[str]) -> bool:
    """A short lower-case phrase that opens with no determiner, auxiliary or preposition and
    ends with no stop: 'forced labor', 'third parties', not 'a betrayal' or 'is not over.'.

    >>> _bare_noun_phrase("third parties", ["third", "parties"])
    True
    >>> _bare_noun_phrase("a betrayal", ["a", "betrayal"])
    False
    """
    first = words[0]
    return (
        len(words) <= 4
        and first.islower()
        and first not in DETERMINERS
        and first not in AUXILIARIES
        and first not in PREPOSITIONS
        and not _opens_predicate(first)
        and text.rstrip()[-1:] not in ",.;:!?"
    )


def _status_after_as(text: str, words: list[str], prev: Token | None, prev2: Token | None) -> str:
    """A bare noun phrase after a past participle and "as" names a status, not speech: 'all
    states admitted as "third parties"' (but a reporting verb's complement is speech:
    'dismissed as "invalid and worthless"'; 'admit' forbids "as" in its ``cue_next``)."""
    if prev is None or prev2 is None or prev.lower != "as" or not prev2.text.islower():
        return ""
    participle = prev2.lower
    if not participle.endswith("ed") or participle in _TERM_INTRODUCERS:
        return ""
    lemma = CUE_FORMS.get(participle)
    if lemma is not None and "as" not in CUE_VERBS[lemma].not_next:
        return ""
    return "status or term" if _bare_noun_phrase(text, words) else ""


def _term_spoken_of(text: str, words: list[str], prev: Token | None, prev2: Token | None) -> str:
    """A bare noun phrase right after 'spoke of' or 'talked of' is the term a party uses,
    mentioned, not its speech: 'China condemned the biased reports and spoke of "vocational
    training centers" aimed at developing job opportunities'."""
    if prev is None or prev2 is None or prev.lower != "of" or prev2.lower not in _SPEAK_FORMS:
        return ""
    return "term spoken of" if _bare_noun_phrase(text, words) else ""


#: ``"Rapporteur" is a French-derived word for ...``, ``"Nakba" means ...``, ``"proselytism",
#: a term which ...``, ``"IRL" stands for "in real life."``, ``"Nakba" is short for``: the
#: quotation marks show a word being talked about (a mention, not a use), not anybody's
#: speech.
_MENTIONED_AS_WORD = re.compile(
    r"\s*(?:,|is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:word|term|expression|phrase)\b"
    r"|\s*(?:means|stands\s+for|is\s+short\s+for)\s",
    re.IGNORECASE,
)


#: '"Cold stunning" is a hypothermic reaction that occurs when': a term opening its sentence
#: before "is/are a/an", "refers to a", "describes a": the writer defines it.
_DEFINED = re.compile(r"\s*(?:is|are|refers\s+to|describes)\s+(?:a|an)\s+[a-z]")


def _named_label(low: str, prev: Token | None, prev2: Token | None, before: str = "") -> str:
    """A ballot option, a name or term, or a charge, told by the words before the quote (the
    text ``before`` it); a number counts the quoted words only right before them, no bracket
    or sign between ('12 "foreign agents"', not 'of €100,000 (£86,000)”a proper fine”')."""
    if low in _BALLOT_OPTIONS or (prev is not None and prev.lower in _VOTE_WORDS):
        return "ballot option"
    if low in ("so-called", "so called"):
        return "name or term"  # 'the "so-called" report': the writer doubts the name
    if prev is None:
        return ""
    if prev.lower in _TERM_INTRODUCERS:
        return "name or term"
    if _counts(prev) and len(low.split()) <= 3 and not before[prev.end :].strip():
        # 'two "elderly" giraffes', 'three 'deadly' cancers': the number counts the noun
        # after the quote, which only evaluates it (speech), not a term it counts
        return "" if evaluative_quote(low) else "term counted by a number"
    if prev2 is None:
        return ""
    if (prev2.lower, prev.lower) in _TERM_INTRODUCER_PAIRS:
        return "name of a charge or term"
    if prev.lower in ("for", "of", "under") and prev2.lower.startswith(_CHARGE_STEMS):
        return "name of a charge"
    return ""


def _counts(word: Token) -> bool:
    """A number that counts the quoted words, which are then a term, not speech: 'the deaths
    of two "blue helmets"', '12 "foreign agents"' ("one" is left out: it is also a pronoun;
    so is a year: 'Mr Nolan said from around 2015 “many” new firms entered').

    >>> from ..tokens import tokenize
    >>> [_counts(t) for t in tokenize("two 12 one 1,500 the 2015", [0])]
    [True, True, False, True, False, False]
    """
    low = word.lower
    if len(low) == 4 and low.isdigit() and 1800 <= int(low) <= 2100:
        return False  # a year dates the words, it counts nothing
    return low.replace(",", "").isdigit() or (low in CARDINALS and low != "one")


def _title_label(text: str, words: list[str], prev: Token | None) -> str:
    """A long quotation that is a name: the title of a day, programme or report.

    'an outreach programme titled "The Srebrenica Genocide and the United Nations"',
    'designating 11 July as the "International Day of Reflection and Commemoration of the
    1995 Genocide in Srebrenica"', 'a resolution on 'Promoting Reconciliation and
    Accountability in Sri Lanka'': after a naming word, a determiner or a preposition, every
    longer word capitalised and no sentence punctuation; never one that opens with a
    lower-case preposition, which goes on with its clause.
    """
    if prev is None or not prev.text.islower() or _opens_predicate(words[0]):
        return ""
    if words[0] in PREPOSITIONS:
        return ""  # 'a "leaner" operation "in the difficult economic times we find"'
    if len(words) > 6 and words[0].islower() and text.rstrip()[-1:] in ".!?":
        # 'condemned the ... campaign "to strip the Bolivarian Republic of Venezuela of its
        # legitimate territorial rights."': a sentence's end in lower case, not a name
        # (but 'a report titled "UN Experts urge Bangladesh to seize ... situation."')
        return ""
    if prev.lower in _TERM_INTRODUCERS:
        return "name or term"
    long_words = [w for w in words if len(w) > 3 and not w[0].isdigit()]
    if (
        (prev.lower in DETERMINERS or prev.lower in PREPOSITIONS)
        and len(long_words) >= 2
        and all(w[0].isupper() for w in long_words)
        and not re.search(r"[.!?,;:]", text)
    ):
        return "name or title (title case)"
    return ""


def _opens_predicate(first: str) -> bool:
    """A long quotation that opens with a lower-case verb is the rest of a clause, not a
    name: 'stressed that Boko Haram's violent campaign "is as much or now even more a
    humanitarian catastrophe as it is a security priority."' (a name or title opens with a
    capital, 'the campaign "Stop the Killings"', or a bare verb, 'the campaign "end child
    marriage now"').

    >>> [_opens_predicate(w) for w in ("is", "constitutes", "Stop", "end", "against")]
    [True, True, False, False, False]
    """
    if not first.islower():
        return False
    return first in AUXILIARIES or (first in COMMON_VERBS and first.endswith(("s", "ed")))
