"""Who issued a statement (a communiqué, a press release) that the text names only by a
description after "from": "a statement from the ministry said"."""

from __future__ import annotations

import re
from dataclasses import replace

from ..bodies.noun_referents import is_platform
from ..cues import CUE_FORMS
from ..records import Actor, Cue, SpeakerRef, actors_named, sole_actor
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS, PREPOSITIONS, is_group_word
from .authoring_verbs import AUTHORING_VERBS
from .authors import document_itself, document_name_start
from .head_noun_issuers import head_noun_body, the_bare_noun
from .issuer_ends import time_phrase_start
from .last_speaker import BODY_PAPERS
from .sole_bodies import sole_body_before
from .subject_issuers import VERB_PREPOSITIONS, subject_issued_it
from .subjects import clause_after_document
from .unnamed_issuers import ISSUED as _ISSUED  # how the evidence says it issued it

#: Kinds of actor that issue a statement in their own name (never a place).
_ISSUER_KINDS = ("organisation", "group", "person")


def issuer_after_from(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``"Q," a statement from the ministry said``, ``a statement from Somalia's Foreign
    Affairs ministry said``: a description after "from" (not a name: the caller reads
    those) names the body that issued the document ``words[i]``, resolved as any
    description is (the ministry named before; the possessor's ministry). ``att`` is an
    :class:`Attributor`; ``words`` end at the reporting verb."""
    if i + 3 >= len(words) or words[i + 1].lower != "from":
        return None
    first = words[i + 2]
    if first.lower != "the" and not first.poss:
        return None  # "a statement from Kabul": where it came from
    at = att.sentences[words[i].sent][3]  # not a body named in the quote itself
    verb = next((w for w in words[i + 3 :] if w.text.islower() and w.lower in CUE_FORMS), None)
    end = phrase_end(att.text, first.end, verb.start if verb else words[-1].end)
    if names_joined_after(att.text, end, verb.start if verb else words[-1].end):
        return None  # "from the Sierra Club, Earthjustice ... and the Partnership": all of them
    ref = att.resolve_span(first.start, end, at)
    if ref is None or ref.actor is None:  # "from the board": "the Oversight Board" before
        ref = head_noun_body(att.index, [w for w in words[i + 2 :] if w.end <= end], at) or ref
    if ref is None or ref.actor is None:  # "from the club": the one body acting before
        ref = sole_body_noun(att, [w for w in words[i + 2 :] if w.end <= end], at) or ref
    if ref is None or ref.actor is None or ref.actor.kind not in _ISSUER_KINDS:
        return None
    return replace(ref, how=ref.how or "the body the statement is from")


def sole_body_noun(att, words: list[Token], at: int) -> SpeakerRef | None:
    """``A statement from the club said: "Q"`` after "Manchester United has led the
    tributes to the club's biggest legend" (george_best_death_man_united_charlton_irishtimes):
    a phrase ``words`` of "the" and one lower-case noun that names no body by itself is
    the one body the article has shown acting or speaking before ``at``
    (:func:`.sole_bodies.sole_body_before`), a name read as a person's with nothing to
    show it is one (no gender) counting as a body, for a bare noun after "from" names no
    person; None when there is not exactly one.

    >>> sole_body_noun(None, [], 0) is None
    True
    """
    if not the_bare_noun(words):
        return None
    actor = sole_body_before(att, at, ungendered=True)
    if actor is None:
        return None
    return SpeakerRef(actor, None, words[0].start, words[1].end, described=True, how=SOLE_BODY_NOUN)


#: How the evidence names the body a bare noun after "from" took up.
SOLE_BODY_NOUN = "the one body the article shows acting before it"


def phrase_end(text: str, start: int, end: int) -> int:
    """Where the issuer's phrase that runs from ``start`` ends: at the first comma before
    ``end`` ("a news release from the city, released on Thursday, states": "the city",
    not the verb "states"), else at ``end`` (the caller's: the verb after the phrase,
    "the statement from the city cites Texas Local Government Code": not the code).

    >>> s = "from the city, released on Thursday, states"
    >>> s[5 : phrase_end(s, 9, len(s))]
    'the city'
    """
    comma = text.find(",", start, end)
    return time_phrase_start(text, start, end if comma == -1 else comma)  # "on Sunday after"


#: After an issuer's first name: more names, the last after "and" ("…, Earthjustice and the
#: Partnership for Working Families").
_JOINED_NAMES = re.compile(r",\s*[A-Z][^,]*(?:,\s*[A-Z][^,]*)*,?\s+and\s+(?:the\s+)?[A-Z]")


def names_joined_after(text: str, end: int, verb: int) -> bool:
    """The issuer's phrase ends at a comma (``end``) that more capitalised names joined by
    "and" follow before the reporting verb at ``verb``: a joint statement, no one body's.

    >>> s = "from the Sierra Club, Earthjustice and the Partnership for Working Families."
    >>> names_joined_after(s, s.index(","), len(s))
    True
    >>> s = "from the city, released on Thursday, states"
    >>> names_joined_after(s, s.index(","), len(s))
    False
    """
    return _JOINED_NAMES.match(text, end, verb) is not None


#: Nouns for any document, whose words are the wording of the document named before.
_GENERIC_DOCUMENT_NOUNS = frozenset(["document", "documents"])


def generic_document_subject(words: list[Token], i: int) -> bool:
    """``"Q," says the document``: a generic document noun ``words[i]`` speaks only as the
    whole phrase, "the document" or "this document" (the wording of the document named
    before: "announced in a press release"); never in a longer phrase ("the final document
    with the sponsors of the resolution maintaining").

    >>> from hrlesson.speech.tokens import tokenize
    >>> generic_document_subject(tokenize("the document", [0]), 1)
    True
    >>> generic_document_subject(tokenize("the final document with", [0]), 2)
    False
    """
    if words[i].lower not in _GENERIC_DOCUMENT_NOUNS or i != len(words) - 1 or i == 0:
        return False
    return words[i - 1].lower in ("the", "this")


def adjective_before_document(words: list[Token], desc: SpeakerRef) -> int | None:
    """``according to an official statement``: a description of an unnamed person ("an
    official") whose head is right before a document noun is that noun's adjective; the
    index of the document noun (whose author speaks), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("an official statement", [0])
    >>> adjective_before_document(ws, SpeakerRef(None, "official", 0, 11))
    2
    """
    if desc.actor is not None and not desc.actor.key.startswith("unnamed:"):
        return None  # "a ministry statement": the ministry's
    k = next((k for k, w in enumerate(words) if w.end == desc.end), None)
    if k is None or k + 1 >= len(words) or words[k].poss:
        return None
    return k + 1 if words[k + 1].lower in DOCUMENT_NOUNS else None


def possessed_document(words: list[Token], desc: SpeakerRef) -> int | None:
    """``The ministry's written court submission stated``: a description ("court") that
    only modifies the document noun right after it, in a phrase opened by a possessive
    ("the ministry's"), is no speaker; the index of the document noun (whose owner, the
    possessor, speaks), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("The ministry's written court submission", [0])
    >>> possessed_document(ws, SpeakerRef(None, "court", 23, 28))
    4
    >>> possessed_document(tokenize("the court submission", [0]), SpeakerRef(None, "court", 4, 9))
    """
    k = next((k for k, w in enumerate(words) if w.end == desc.end), None)
    if k is None or k + 1 >= len(words) or words[k].poss:
        return None
    if words[k + 1].lower not in DOCUMENT_NOUNS or k + 2 < len(words):
        return None  # the document noun must end the phrase ("the court submission")
    owner = next((j for j in range(max(0, k - 3), k) if words[j].poss), None)
    if owner is None or not all(w.text.islower() for w in words[owner + 1 : k + 1]):
        return None
    return k + 1


def possessive_before(words: list[Token], i: int) -> int:
    """Where the possessor of the document noun ``words[i]`` may stand: right before it, or
    up to three words before over lower-case modifiers (``the ministry's written court
    submission``: "ministry's").

    >>> from hrlesson.speech.tokens import tokenize
    >>> possessive_before(tokenize("the ministry's written court submission", [0]), 4)
    1
    >>> possessive_before(tokenize("the UN statement", [0]), 2)
    1
    """
    for k in (i - 2, i - 3):
        if k >= 0 and words[k].poss and all(w.text.islower() for w in words[k + 1 : i]):
            return k
    return i - 1


def document_noun_at(words: list[Token], i: int) -> bool:
    """``words[i]`` is a document noun that stands for its author in a phrase: "the
    report", "the document" (as the whole phrase), but not "the ruling coalition" (a
    group, not a ruling).

    >>> from hrlesson.speech.tokens import tokenize
    >>> document_noun_at(tokenize("the ruling coalition", [0]), 1)
    False
    """
    nxt = words[i + 1] if i + 1 < len(words) else None
    if words[i].lower in DOCUMENT_NOUNS:
        if clause_after_document(words, i):
            return False
        return not (nxt and is_group_word(nxt.lower)) and not modifies_group(words, i)
    return generic_document_subject(words, i)


def modifies_group(words: list[Token], i: int) -> bool:
    """``the ruling military junta``: a document noun ``words[i]`` read as a participle
    before a modifier and a group noun is no document.

    >>> from hrlesson.speech.tokens import tokenize
    >>> modifies_group(tokenize("the ruling military junta said", [0]), 1)
    True
    >>> modifies_group(tokenize("the ruling by judges said", [0]), 1)
    False
    """
    after = words[i + 1 : i + 3]
    return (
        len(after) == 2
        and all(w.text.islower() for w in after)
        and after[0].lower not in PREPOSITIONS
        and is_group_word(after[1].lower)
    )


def described_possessor(att, tok: Token, at: int) -> SpeakerRef | None:
    """``the minister's Facebook post``, ``the ministry's statement``: a possessive common
    noun ``tok`` after "the" is the actor named before (the most recent) whose title or
    name has that noun ("Italian Foreign Minister Luigi Di Maio", role "Foreign
    Minister"). ``att`` is an :class:`Attributor`."""
    k = att.index.token_index(tok.start)
    if not tok.poss or not tok.text.islower() or k == 0 or att.tokens[k - 1].lower != "the":
        return None
    noun = tok.lower

    def has_noun(a) -> bool:
        words = a.name.lower().split() + (a.role or "").lower().split()
        return a.kind in ("person", "organisation", "group") and noun in words

    actor = att._recent(at, has_noun) or only_actor_before(att, at, has_noun)
    if actor is None:
        return None
    return SpeakerRef(actor, None, att.tokens[k - 1].start, tok.end, how="named before")


def only_actor_before(att, at: int, ok) -> Actor | None:
    """The one actor ``ok`` accepts among all those named (outside quotes) or heard
    speaking before ``at``, however far back: ``the country’s foreign ministry said`` in
    the lead, then four paragraphs later ``According to the ministry’s statement``: the
    article's only ministry. None when none or several are."""
    named = [m.actor for m in att.index.mentions if m.start < at and not m.in_quote]
    spoke = [a for pos, a, *_ in att.timeline if pos < at]
    return sole_actor(a for a in named + spoke if ok(a))


def relative_clause_speaker(att, cue: Cue) -> SpeakerRef | None:
    """``The report said that the alliance was accountable for 60 percent of deaths – a
    claim that Riyadh described as "wildly exaggerated"``: a reporting verb right after
    "that/which" and a name is that name's, not the document's that the sentence reports
    (the document speaks of what someone else said). ``att`` is an :class:`Attributor`."""
    subj = cue.subject
    if subj is None or cue.tok < 2 or subj.start > cue.start:
        return None
    if subj.actor is not None and "document" not in (subj.how or ""):
        return None  # only a document's verb
    if subj.actor is None and not subj.label.split()[-1] in DOCUMENT_NOUNS:
        return None
    toks = att.tokens
    k = cue.tok - 1  # back over the capitalised name right before the verb
    while k > cue.tok - 5 and toks[k].cap and toks[k].start > subj.end:
        k -= 1
    if k == cue.tok - 1 or toks[k].lower not in ("that", "which"):
        return None
    start, end = toks[k + 1].start, toks[cue.tok - 1].end
    ref = att.resolve_span(start, end, cue.start)
    how = "the subject of its relative clause"
    if ref is None:  # a name the index does not know ("Riyadh")
        return SpeakerRef(None, " ".join(att.text[start:end].split()), start, end, how=how)
    if ref.actor is None or ref.actor.kind not in ("person", "organisation", "state", "group"):
        return None
    return SpeakerRef(ref.actor, None, ref.start, ref.end, how=how)


def operative_clause_subject(att, cue: Cue) -> SpeakerRef | None:
    """``It "strongly condemns the intrusion ..." . Calls all countries to "respect" the
    Vienna Convention``: a sentence that opens with a verb in the third person ("Calls",
    "Urges", "Requests"), as a resolution's operative clauses do, has the subject of the
    sentence before (the resolution, whose author speaks), not the object after the verb.
    ``att`` is an :class:`Attributor`."""
    s = cue.sent
    if s == 0 or cue.start != att.sentences[s][3] or not cue.form[:1].isupper():
        return None
    form = cue.form.lower()
    if not form.endswith("s") or form.endswith("ss") or not cue.lemma:
        return None
    if cue.subject is not None and cue.subject.start < cue.start:
        return None
    prev_start, prev_end = att.sentences[s - 1][3], att.sentences[s - 1][4]
    if att.par_of_sent[s] - att.par_of_sent[s - 1] > 1:
        return None
    ref = att._clause_subject(prev_start, prev_end)
    if ref is None or ref.actor is None or ref.actor.kind not in ("organisation", "state", "group"):
        return None
    return replace(ref, how=ref.how or "the subject of the sentence before")


def earlier_indefinite(att, noun: Token) -> SpeakerRef | None:
    """``... "Q1", according to an official statement.`` then ``"Q2," the statement
    reads``: a definite document nobody is named as writing is the one brought in with
    "a/an" in this or the paragraph before, named as it was then ("official statement").
    ``att`` is an :class:`Attributor`."""
    for words in _earlier_same_noun(att, noun, max_paragraphs=1):
        first = document_name_start(words, len(words) - 1)
        if first > 0 and words[first - 1].lower in ("a", "an"):
            if (issuer := subject_issued_it(att, words, first)) is not None:
                return issuer
            ref = document_itself(words, len(words) - 1)
            return replace(ref, how="the document named before")
    return None


def earlier_issuer(att, noun: Token) -> SpeakerRef | None:
    """:func:`earlier_indefinite` only when it names who issued the document ("The
    Indian Embassy ... issued a strong statement"): that comes before the last speaker."""
    ref = earlier_indefinite(att, noun)
    if ref is not None:
        return ref if ref.how == _ISSUED else None
    return issued_with_modifiers(att, noun)


def issued_in_clause(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``The party also issued a statement saying, "Q"``: the document ``words[i]`` that
    the clause itself brings in with "a/an" right after a verb that issued it ("issued",
    "released") is the subject's of that verb (the party named before); so is one the
    verb was done in or with, when ``words`` are only that phrase ("X wrote in a joint
    letter to Turing complaining that", "the company responded with a statement
    describing"). ``words`` open the sentence or the phrase; ``att`` is an
    :class:`Attributor`."""
    sentence = att.toks_between(att.sentences[words[i].sent][3], words[i].end)
    sentence = [t for t in sentence if t.text[0].isalnum()]
    k = len(sentence) - 1 - i  # where the phrase starts in its sentence
    if k >= 0 and any(w.lower in VERB_PREPOSITIONS for w in sentence[max(0, k - 1) : k + 1]):
        words, i = sentence, len(sentence) - 1  # the phrase "in a joint letter to X" alone
    elif issued_object(sentence, k):
        words, i = sentence, len(sentence) - 1  # "The city released a tweet that said"
    ref = subject_issued_it(att, words, document_name_start(words, i))
    return ref if ref is not None and words[i - 1].lower != "in" else None


def issued_object(sentence: list[Token], k: int) -> bool:
    """The phrase that starts at ``sentence[k]`` is the object of a verb that issued it,
    right before it: ``The city released a tweet that said, "Q"`` (the phrase "a tweet",
    the subject of "said"; memphis_lime_removal_oliver_miller_wmc).

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("The city released a tweet", [0])
    >>> issued_object(ws, 3), issued_object(tokenize("The city saw a tweet", [0]), 3)
    (True, False)
    """
    if k < 1 or k >= len(sentence) or sentence[k].lower not in ("a", "an"):
        return False
    return sentence[k - 1].lower in AUTHORING_VERBS


def issued_with_modifiers(att, noun: Token) -> SpeakerRef | None:
    """``The 15-member council on Thursday unanimously adopted a French-drafted
    resolution ...`` then two paragraphs on ``The resolution "requests ..."``: the same
    noun brought in with "a/an" and up to two modifiers of any case, in this paragraph or
    the two before, right after a verb that issued or adopted it: that verb's subject.
    ``att`` is an :class:`Attributor`."""
    for words in _earlier_same_noun(att, noun, max_paragraphs=2):
        n = len(words) - 1
        art = next(
            (a for a in range(n - 1, max(n - 4, 0), -1) if words[a].lower in ("a", "an")), None
        )
        return subject_issued_it(att, words, art + 1) if art is not None else None
    return None


def unknown_acronym_issuer(att, words: list[Token], j: int, at: int) -> SpeakerRef | None:
    """``"Q," a KFOR statement said``: an acronym the index does not know right before the
    document noun (after "a", "an" or "the") names the body that issued it; an actor
    named so elsewhere, else the acronym as a label. ``att`` is an :class:`Attributor`."""
    if not is_bare_acronym(words, j):
        return None
    ref = att.resolve_span(words[j].start, words[j].end, at)
    if ref is not None and ref.actor is not None and ref.actor.kind in _ISSUER_KINDS:
        return replace(ref, start=words[j].start, end=words[j].end, how=_ISSUED)
    if ref is not None:
        return None
    return SpeakerRef(None, words[j].text, words[j].start, words[j].end, how=_ISSUED)


def is_bare_acronym(words: list[Token], j: int) -> bool:
    """``words[j]`` is an acronym of two to eight capital letters after an article.

    >>> from hrlesson.speech.tokens import tokenize
    >>> is_bare_acronym(tokenize("a KFOR statement", [0]), 1)
    True
    >>> is_bare_acronym(tokenize("a Kosovo statement", [0]), 1)
    False
    """
    w = words[j]
    return (
        0 < j
        and words[j - 1].lower in ("a", "an", "the")
        and 2 <= len(w.text) <= 8
        and w.text.isalpha()
        and w.text.isupper()
    )


def issuer_speaks_next(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``"Q," said a press statement released on Friday.`` before anyone has spoken, then
    ``The AU says the delegation ...``: an indefinite statement ``words[i]`` nobody is
    named as issuing is the body that speaks next (a body's name right before a reporting
    verb, in this paragraph or the two after), never a platform, where words are posted
    ("A statement on Twitter said: "Q"": not Twitter; james_caan_hollywood_tributes_coppola_
    huffpost). ``att`` is an :class:`Attributor`."""
    t = words[i]
    first = document_name_start(words, i)
    if first == 0 or words[first - 1].lower not in ("a", "an"):
        return None
    if t.lower not in BODY_PAPERS or t.lower == "report":
        return None  # a report may be anyone's
    if any(pos < t.start for pos, *_ in att.timeline):
        return None  # someone spoke before: the last speaker's rules
    par = att.par_of_sent[t.sent]
    for m in att.index.mentions:
        if m.start <= t.end or m.in_quote:
            continue
        if att.par_of_sent[att.sent_of(m.start)] - par > 2:
            return None
        nxt = next((w for w in att.toks_between(m.end, m.end + 40) if w.text[0].isalnum()), None)
        speaks = nxt is not None and nxt.text.islower() and nxt.lower in CUE_FORMS
        if speaks and m.actor.kind in ("organisation", "group") and not is_platform(m.actor):
            return SpeakerRef(m.actor, None, t.start, t.end, how="the body that speaks next")
    return None


def _earlier_same_noun(att, noun: Token, max_paragraphs: int):
    """For "the <noun>" (``noun`` a document noun after "the"), the words of each earlier
    sentence, up to that same noun outside quotations, nearest first, within
    ``max_paragraphs`` paragraphs before: ``a strong statement`` ... ``the statement``."""
    k = att.index.token_index(noun.start)
    if k == 0 or att.tokens[k - 1].lower != "the":
        return
    par = att.par_of_sent[noun.sent]
    for j in range(k - 2, -1, -1):
        t = att.tokens[j]
        if par - att.par_of_sent[t.sent] > max_paragraphs:
            return
        if t.lower != noun.lower or att.quote_at(t.start) is not None:
            continue
        s_start = att.sentences[t.sent][3]
        yield [w for w in att.toks_between(s_start, t.end) if w.text[0].isalnum()]


def acronym_after_by(att, words: list[Token], j: int) -> SpeakerRef | None:
    """``"Q," read a statement released by NASA``: an acronym right after the "by" at
    ``words[j]`` that the index holds no mention of there names the issuer: the actor
    named so elsewhere, else the acronym as a label. ``att`` is an :class:`Attributor`."""
    if j + 1 >= len(words) or words[j].lower != "by":
        return None
    w = words[j + 1]
    if not (2 <= len(w.text) <= 8 and w.text.isalpha() and w.text.isupper()):
        return None
    if j + 2 < len(words) and words[j + 2].cap:
        return None  # "by NASA Administrator X": a longer name
    if att.index.mentions_in(w.start, w.end):
        return None
    named = actors_named(att.index.actors, w.text)
    if len(named) == 1 and named[0].kind in _ISSUER_KINDS:
        return SpeakerRef(named[0], None, w.start, w.end, how=_ISSUED)
    return SpeakerRef(None, w.text, w.start, w.end, how=_ISSUED) if not named else None


def issues_a_paper(toks: list[Token], k: int) -> bool:
    """The word ``toks[k]`` is followed by a verb of issuing and, within four words in its
    sentence, a paper a body or person issues in its own voice: ``Twomey issued a statement
    saying: "Q"``: the one who issues it speaks, even named by a lone surname.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Twomey issued a short statement saying it", [0])
    >>> issues_a_paper(toks, 0), issues_a_paper(tokenize("Twomey issued a fine", [0]), 0)
    (True, False)
    """
    j = k + 1
    if j >= len(toks) or toks[j].sent != toks[k].sent or toks[j].lower not in AUTHORING_VERBS:
        return False
    return any(
        t.lower in BODY_PAPERS and t.sent == toks[k].sent and t.text.islower()
        for t in toks[j + 1 : j + 5]
    )
