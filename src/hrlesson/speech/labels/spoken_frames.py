"""Short quotations that their frame shows to be speech, though no rule found their speaker.

A short quotation with no speaker is read as the writer's scare quote. Two frames say
otherwise: a headline, where quotation marks report what someone said ('Medicine shortage in
England now "beyond critical"'), unless the quotation is a noun phrase that a preposition or
possessive takes ('Police Killings in Duterte's "War on Drugs"'); and a sentence closed by a
reporting clause ('..., a "side-by-side" solution ..., the G7 said in a statement'), whose
words are all the speaker's even when the speaker is not one the kit can name.
"""

from __future__ import annotations

import re

from ..cues import CUE_FORMS, NAMING_CUES
from ..records import SpeakerRef
from ..vocabulary import (
    ADVERBS,
    ANONYMOUS_ROLES,
    AUXILIARIES,
    DESCRIPTION_WORDS,
    DETERMINERS,
    GROUP_NOUNS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
    WORD_RE,
    normalised_words,
)
from .short_quotes import evaluative_quote

#: The kinds of line in which a quotation reports speech by itself.
HEADLINE_LINES = ("title", "heading")
#: Words after which a headline's quotation is a noun phrase, not a predicate.
_COORDINATORS = frozenset(["and", "or"])
#: A possessive right before a quotation: "Duterte's ".
_POSSESSIVE = re.compile(r"\w['’]s?\s*$")
#: A dash that signs a headline with a name right before the quotation: "crisis -".
_DASH_BEFORE = re.compile(r"[-–—]\s*$")
#: A comma, a few words naming the speaker and the reporting verb that close the sentence.
_CLOSING_SUBJECT = re.compile(r",\s*([^,;:()\"“”‘’]{1,60})$")
#: Words that open the rest of a clause, not the speaker's name, before a reporting verb.
_NOT_A_SPEAKER_START = frozenset(
    ["and", "but", "or", "which", "who", "that", "while", "as", "if", "when", "to", "it"]
)


def headline_predicate(before: str, quote: str, after: str) -> bool:
    """A quotation of a headline line that reads as what someone said, not a name: it is not
    taken by a preposition, determiner or possessive ('Killings in Duterte's "War on
    Drugs"', 'US Accusations of "Hacker Attacks"'), nor a noun coordinated with another
    ('and "organisers" and donors'), nor a noun after a name ('UN "watchdogs" meet'), nor
    a nickname after a signing dash ('-"Pontius" Brownlee'). ``before`` and ``after`` are
    the line's words around the marks; evaluations pass ('UN chief "appalled" by raids').

    >>> headline_predicate("Medicine shortage in England now ", "beyond critical", " with")
    True
    >>> headline_predicate("Oxfam: lose tax havens to ", "end inequality", "")
    True
    >>> headline_predicate("Biden Issues ", "Landmark", " Executive Order")
    True
    >>> headline_predicate("EU blacklist branded a ", "whitewash", "")
    True
    >>> headline_predicate("Philippine Police Killings in Duterte's ", "War on Drugs", "")
    False
    >>> headline_predicate("MFA: US Accusations of ", "Hacker Attacks", " on Russia")
    False
    >>> headline_predicate("could be jailed, and ", "organisers", " and donors")
    False
    >>> headline_predicate("No rental crisis -", "Pontius", " Brownlee")
    False
    >>> headline_predicate("UN ", "watchdogs", " meet"), headline_predicate("UN ", "appalled", "")
    (False, True)
    """
    words = WORD_RE.findall(quote)
    prev = [w.lower() for w in WORD_RE.findall(before)]
    if not words or _POSSESSIVE.search(before) or _DASH_BEFORE.search(before):
        return False
    if not prev:
        return True
    last = prev[-1]
    if last in _COORDINATORS or (words[0].islower() and before.split()[-1][:1].isupper()):
        return evaluative_quote(quote)  # 'UN "watchdogs" meet': a noun a name modifies
    if last == "to" and words[0].islower():
        return True  # 'to "end inequality"': an infinitive
    if last in DETERMINERS and len(prev) > 1 and CUE_FORMS.get(prev[-2]) in NAMING_CUES:
        return True  # 'branded a "whitewash"': what a naming verb calls it
    return last not in PREPOSITIONS and last not in DETERMINERS


def headline_end(kind: str, quote: str, after: str) -> bool:
    """A lower-case quotation that ends a headline line (``kind``, ``after``: the line's
    text after the closing mark) is what the headline's subject is said to be or do, its
    verb left out ('Birmingham clean air zone vehicle check service 'inaccurate'',
    'Antibiotic resistance 'big threat to health'', 'Leeds hospital boss ‘sorry for waiting
    times’'), not a term headed by the noun before it (the caller leaves out a noun after
    a preposition: 'PM under fire over airline ‘protection racket’').

    >>> headline_end("title", "inaccurate", ""), headline_end("heading", "big threat", ".")
    (True, True)
    >>> headline_end("body", "inaccurate", ""), headline_end("title", "watch lists", " grow")
    (False, False)
    >>> headline_end("title", "Big Six", "")
    False
    """
    return kind in HEADLINE_LINES and quote.strip()[:1].islower() and not WORD_RE.search(after)


def closing_report(text: str, close: int, s_end: int, cues: list):
    """The reporting verb of ``cues`` that closes the sentence after the quotation whose
    closing mark is at ``close``: after the sentence's last comma, a few words that name the
    speaker and then the verb ('..., the G7 said in a statement', '..., headteachers have
    said', '..., he said'); else None. The words are the speaker's even when the kit cannot
    say who the speaker is.

    >>> from types import SimpleNamespace as NS
    >>> t = 'a "side-by-side" deal, on profits, the G7 said in a statement.'
    >>> closing_report(t, 15, len(t), [NS(start=t.index("said"), lemma="say")]).lemma
    'say'
    >>> t = 'the "tsunami" of cuts, and it said nothing.'
    >>> closing_report(t, 12, len(t), [NS(start=t.index("said"), lemma="say")]) is None
    True
    """
    after = [c for c in cues if c.lemma is not None and close < c.start < s_end]
    if not after:
        return None
    cue = after[-1]
    m = _CLOSING_SUBJECT.search(text, close + 1, cue.start)
    if m is None or len(WORD_RE.findall(text[cue.start : s_end])) > 8:
        return None
    subject = [w.lower() for w in WORD_RE.findall(m.group(1))]
    if not subject or len(subject) > 8 or subject[0] in _NOT_A_SPEAKER_START:
        return None
    return cue


class SpokenFrames:
    """Keeps as speech the short quotes whose frame shows it (a part of :class:`Attributor`)."""

    def _spoken_frame(self, q) -> bool:
        """A short quote with no speaker is speech in a headline line that reads it as a
        predicate (:func:`headline_predicate`; the ranker or the unspoken-headline rule then
        gives its speaker), or in a sentence closed by a reporting clause
        (:func:`closing_report`: its verb is the quote's cue, its speaker is left to the
        ranker when the rules could not name the subject)."""
        _, _, kind, s_start, s_end = self.sentences[q.sent][:5]
        text = self.text
        if kind in HEADLINE_LINES:
            return headline_predicate(
                text[s_start : q.pair.open], q.text, text[q.pair.close + 1 : s_end]
            )
        cue = closing_report(text, q.pair.close, s_end, self.cues_in(s_start, s_end))
        if cue is None:
            return False
        q.cue = cue
        ref = cue.subject
        if ref is None or not ref.name:
            ref = described_subject(self.toks_between(q.pair.close + 1, cue.start))
        if ref is not None:
            q.ref, q.attribution = ref, "speaker_cue_after"
        return True


def described_subject(tokens: list) -> SpeakerRef | None:
    """The speaker a closing reporting clause describes when it names no actor: the words
    after the last comma before the verb, less auxiliaries, adverbs and a leading
    determiner ('..., headteachers have said': "headteachers"); None for a lone pronoun
    ('..., he said'), which the ranker resolves.

    >>> from hrlesson.speech.tokens import tokenize
    >>> described_subject(tokenize("cuts, headteachers have", [0])).label
    'headteachers'
    >>> described_subject(tokenize("cuts, he", [0])) is None
    True
    """
    words = [t for t in tokens if t.text[0].isalnum() or t.text == ","]
    while (
        words
        and words[-1].text != ","
        and (words[-1].lower in AUXILIARIES or words[-1].lower in ADVERBS)
    ):
        words.pop()
    k = max((i for i, t in enumerate(words) if t.text == ","), default=-1)
    words = words[k + 1 :]
    if words and words[0].lower in DETERMINERS:
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower in PERSONAL_SUBJECTS):
        return None
    label = " ".join(t.text for t in words)
    return SpeakerRef(None, label, words[0].start, words[-1].end, True)


def echoed_headline_words(sentences: list, quotes: list) -> None:
    """A short quote of a headline line that no rule placed, whose words another speaker is
    quoted with as a short phrase (at most three words more), is that speaker's
    (attribution ``echo``), as a scare quote echoed in the body is: 'Argentina government:
    IMF had wanted "100%" peso devaluation' and 'the IMF had originally wanted a "100%"
    devaluation', which the government said."""
    spoken = [(normalised_words(k.text), k) for k in quotes if k.ref is not None and k.ref.name]
    for q in quotes:
        if q.ref is not None or q.cue is not None or q.attribution is not None or q.n_words > 4:
            continue
        if sentences[q.sent][2] not in HEADLINE_LINES:
            continue
        needle = normalised_words(q.text)
        size = needle.count(" ") + 1
        source = next(
            (
                k
                for words, k in spoken
                if f" {needle} " in f" {words} " and words.count(" ") + 1 <= size + 3
            ),
            None,
        )
        if needle and source is not None:
            q.ref, q.attribution = source.ref, "echo"


def speaking_noun(word: str) -> bool:
    """A lower-case subject noun that names people or a body who speak, singular or plural
    ('charities warn we could face a "desperate situation"', 'participants underscored'):
    the group nouns, unnamed roles and description words of the word lists, not a document
    or a thing ('studies have accused').

    >>> [speaking_noun(w) for w in ("charities", "participants", "exec", "studies", "it")]
    [True, True, True, False, False]
    """
    forms = {word, word.removesuffix("s")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    speakers = (GROUP_NOUNS, ANONYMOUS_ROLES, DESCRIPTION_WORDS)
    return any(form in words for form in forms for words in speakers)
