"""A reporting "it" that is the document the last speaker spoke through (part of pronoun
resolution): '"Q1," the statement said. The government, it said, "Q2".'"""

from __future__ import annotations

import bisect

from ..cues import CUE_FORMS
from ..reading import closing_it_reads
from ..records import SpeakerRef
from ..reported_clause import CLOSING_MARKS
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS, PREPOSITIONS
from .unnamed_issuers import issuer_label

#: The evidence for a closing '"Q," it said' that is the document the sentence before has.
CLOSING_IT_DOCUMENT = "the document the sentence before has as its subject"

#: The most words of a phrase that places a document between it and its verb ("on the site").
MAX_PLACING_WORDS = 4


def reporting_it(tokens: list[Token], k: int, sent_start: int) -> bool:
    """``tokens[k]`` is an "it" that is the subject of a reporting verb right after it, in
    a reporting clause: after a comma (", it said," inside the sentence, '"Q," it said') or
    opening the sentence ("It added that ...").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("The government, it said, must act.", [0])
    >>> reporting_it(toks, 3, 0), reporting_it(tokenize("It was late.", [0]), 0, 0)
    (True, False)
    """
    t = tokens[k]
    if t.lower != "it" or k + 1 >= len(tokens) or tokens[k + 1].lower not in CUE_FORMS:
        return False
    if t.start == sent_start:
        return True
    c = k - 1
    if c > 0 and tokens[c].text in CLOSING_MARKS:
        c -= 1
    return c >= 0 and tokens[c].text == "," and tokens[c].sent == t.sent


def document_pronoun(resolver, t: Token) -> SpeakerRef | None:
    """The document a pronoun ``t`` stands for, whose author speaks: "It" opening a
    sentence after one whose subject is a document ("the advisory ruling ... concluded
    that ... . It also ruled"), a reporting "it" after a document that spoke
    (:func:`document_spoke_last`), or "They" opening a sentence after one whose subject is a
    document a body issued ("A statement posted on the Little Stoke parkrun website
    yesterday revealed ... They said: “Q”": little_stoke_parkrun_organisers_telegraph).
    ``resolver`` is a :class:`PronounResolver`; None for any other pronoun."""
    if t.lower == "it":
        return (
            resolver._document_before(t)
            or document_spoke_last(resolver, t)
            or closing_it_document(resolver, t)
            or unowned_document_before(resolver, t)
        )
    return resolver._document_before(t, plural=True) if t.lower == "they" else None


def closing_it_document(resolver, t: Token) -> SpeakerRef | None:
    """The document a closing '"Q," it read.' means, when the quotation opens the sentence:
    the document the sentence before has as its subject, whose author speaks ("In a closing
    statement, participants underscored ... ¶ The statement called on the federal
    government to ... “Full implementation of the agreement is essential ...,” it read.":
    the participants); so is any reporting verb's: ``The report also presented several
    cases of ... ¶ “Excessive force against ... couriers continued”, it said``: the report,
    whose author (Javaid Rehman, "his report") speaks, not the body named in it
    (iran_rapporteur_rehman_report_kurds_khrn). ``resolver`` is a :class:`PronounResolver`."""
    k = resolver.index.token_index(t.start)
    s_start = resolver.sentences[t.sent][3]
    reads = closing_it_reads(resolver.tokens, k + 1)
    if not reads and not (reporting_it(resolver.tokens, k, s_start) and t.start != s_start):
        return None
    if not reads and _fronted_phrase_before(resolver, t):
        return None  # "In a Twitter post, the UN body said ... “Q,” it added": the body
    first = resolver.index.token_index(resolver.sentences[t.sent][3])
    if first is None or resolver.quote_at(resolver.tokens[first].start) is None:
        return None
    ref = resolver._document_before(t, opens=False)
    if ref is None or ref.actor is None:
        return ref
    return SpeakerRef(ref.actor, None, t.start, t.end, how=CLOSING_IT_DOCUMENT)


def _fronted_phrase_before(resolver, t: Token) -> bool:
    """The sentence before the one of ``t`` opens with a preposition ("In a Twitter post,
    the UN body said"): a document in it is no subject."""
    if t.sent == 0:
        return False
    k = resolver.index.token_index(resolver.sentences[t.sent - 1][3])
    return k is not None and resolver.tokens[k].lower in PREPOSITIONS


def unowned_document_before(resolver, t: Token) -> SpeakerRef | None:
    """The document nobody owns that the sentence right before gave the words of, for a
    reporting "it": ``"Q1," the report stated. ¶ "Q2," it added.``: the report as the
    article names it (page much_wenlock_leisure_centre_subsidy_report_bbc), not a body
    named before it (the timeline of :func:`document_spoke_last` holds actors only).
    ``resolver`` is a :class:`PronounResolver`."""
    k = resolver.index.token_index(t.start)
    if t.sent == 0 or not reporting_it(resolver.tokens, k, resolver.sentences[t.sent][3]):
        return None
    start, end = resolver.sentences[t.sent - 1][3], resolver.sentences[t.sent - 1][4]
    i, j = (
        bisect.bisect_left(resolver.cue_starts, start),
        bisect.bisect_left(resolver.cue_starts, end),
    )
    for cue in resolver.cues[i:j]:
        ref = cue.subject
        if ref is None or ref.actor is not None or not ref.label or cue.lemma is None:
            continue
        if ref.label.split()[-1].lower() in DOCUMENT_NOUNS and start <= ref.start < end:
            return SpeakerRef(None, ref.label, t.start, t.end, how="the document that spoke last")
    return None


def document_spoke_last(resolver, t: Token) -> SpeakerRef | None:
    """The author of the document that gave the last speech before ``t``, a reporting "it",
    when that speech was the document's ("the statement said") in this paragraph or the
    one before: ``"At least two journalists were killed," the statement said. The
    government, it said, "must provide the details ..."``: "it" is the statement, whose
    author (Volker Türk, a person, no "it" himself) speaks; not "the government", the
    subject of the clause it reports. ``resolver`` is a :class:`PronounResolver`."""
    k = resolver.index.token_index(t.start)
    if not reporting_it(resolver.tokens, k, resolver.sentences[t.sent][3]):
        return None
    spoke = [(p, a) for p, a, *_ in resolver.timeline if p < t.start]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    if resolver.par_of_sent[t.sent] - resolver.par_of_sent[resolver.sent_of(pos)] > 1:
        return None
    i = bisect.bisect_left(resolver.cue_starts, pos)
    if i >= len(resolver.cues) or resolver.cues[i].start != pos:
        return None
    cue = resolver.cues[i]
    if cue.subject is None or cue.subject.actor is not actor:
        return None
    if document_speaks(resolver.tokens, cue.tok):
        return SpeakerRef(actor, None, t.start, t.end, how="the document that spoke last")
    if actor.kind == "person" and _document_spoke_before(resolver, t):
        return SpeakerRef(actor, None, t.start, t.end, how="the document of the one who spoke last")
    return None


def _document_spoke_before(resolver, t: Token) -> bool:
    """A document spoke earlier in the paragraph of ``t`` (or the one before): 'in a letter
    ... The letter said ... "Q1," Breton said. "Q2," it said': "it", which is never the
    person who spoke last, is the letter that person wrote."""
    par = resolver.par_of_sent[t.sent]
    return any(
        c.start < t.start
        and par - resolver.par_of_sent[resolver.sent_of(c.start)] <= 1
        and document_speaks(resolver.tokens, c.tok)
        for c in resolver.cues
    )


def document_speaks(tokens: list[Token], k: int) -> bool:
    """The reporting verb ``tokens[k]`` has a document noun for its subject, right before
    it ('the statement said'), before a phrase that places it (:func:`placed_document`:
    'a statement on the site said') or right after it and its article ('said the report').

    >>> from hrlesson.speech.tokens import tokenize
    >>> document_speaks(tokenize('"Q," the statement said.', [0]), 6)
    True
    """
    before = tokens[k - 1].lower if k >= 1 else ""
    after = [t.lower for t in tokens[k + 1 : k + 3] if t.sent == tokens[k].sent]
    inverted = len(after) == 2 and after[0] in ("the", "a", "its") and after[1] in DOCUMENT_NOUNS
    return before in DOCUMENT_NOUNS or inverted or placed_document(tokens, k)


def placed_document(tokens: list[Token], k: int) -> bool:
    """The reporting verb ``tokens[k]`` has for its subject a document noun that a
    prepositional phrase of at most :data:`MAX_PLACING_WORDS` words follows: '"Els has not
    yet heard from Jeff ...," a statement on the site said. "Q," it continued': "it" is
    the statement (hostage_woodke_sullivan_breaking0news).

    >>> from hrlesson.speech.tokens import tokenize
    >>> placed_document(tokenize('"Q," a statement on the site said.', [0]), 9)
    True
    >>> placed_document(tokenize('"Q," a statement on Monday, she said.', [0]), 10)
    False
    """
    for j in range(k - 2, max(-1, k - MAX_PLACING_WORDS - 3), -1):
        if tokens[j].sent != tokens[k].sent or not tokens[j + 1].text[0].isalnum():
            return False
        if tokens[j].lower in DOCUMENT_NOUNS:
            return tokens[j + 1].lower in PREPOSITIONS
    return False


def document_reports(words: list[Token], k: int) -> bool:
    """The document noun ``words[k]`` (of a sentence's words) is the subject of a reporting
    verb right after it, not a frame after a preposition: ``The lawsuit says DNA tests
    confirmed the children were not related to the couple ... It notes that ...``: "It" is
    the lawsuit, which speaks though nobody is named as filing it
    (ivf_mix_up_lawsuit_cha_fertility_miragenews); not "In the periodic report released on
    August 26 the Commission ... It further notes" (the Commission).

    >>> from hrlesson.speech.tokens import tokenize
    >>> document_reports(tokenize("The lawsuit says DNA tests confirmed it", [0]), 1)
    True
    >>> document_reports(tokenize("In the report the Commission notes it", [0]), 2)
    False
    """
    if k + 1 >= len(words) or words[k + 1].lower not in CUE_FORMS:
        return False
    return not any(w.lower in PREPOSITIONS for w in words[max(0, k - 3) : k])


def labelled_issuer_it(resolver, t: Token) -> SpeakerRef | None:
    """``according to a news release Tuesday from the Jacksonville Zoo and Gardens.`` then
    ``The zoo said ... It said the incident occurred when ... “Q”``
    (jaguar_killed_jacksonville_maloney_news4jax): a reporting "it" that names no actor is
    the issuer of the last document, when the document's own phrase named that issuer by
    a name the index holds no actor for (:func:`.unnamed_issuers.issuer_label`), in this
    paragraph or the one before. ``resolver`` is a :class:`PronounResolver`."""
    doc = resolver.last_doc
    if doc is None or not issuer_label(doc) or doc.start >= t.start:
        return None
    k = resolver.index.token_index(t.start)
    if not reporting_it(resolver.tokens, k, resolver.sentences[t.sent][3]):
        return None
    if resolver.par_of_sent[t.sent] - resolver.par_of_sent[resolver.sent_of(doc.start)] > 1:
        return None
    return SpeakerRef(None, doc.label, t.start, t.end, how="the issuer of the document named last")
