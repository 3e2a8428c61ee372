"""A short evaluation the writer gives without its author, whose words a speaker says again.

News puts a judgement in its own sentence and quotes its author's full words later: 'A
“terrible misunderstanding” led to a mural ... being painted over by council contractors'
... '"This was a terrible misunderstanding ...," a spokesman for Norwich City Council said';
'SNP ministers have been accused of overseeing a “disastrous” census process' ... 'Donald
Cameron said: "... this disastrous census ..."'. No rule finds the author in the
evaluation's own sentence, and the guesses (the next sentence's speaker, the speaker quoted
before it, nobody after an agentless passive) miss the one who is quoted saying the words.
A headline's quotation is the same: 'Commission will ‘closely monitor’ Slovak language law
situation' is the words of the commissioner who says the Commission "will closely monitor"
it, not the headline's subject read as a name (:func:`give_evaluation_echoes`).

A quotation that keeps a reporting verb but no speaker is the same when a later quotation
repeats its words exactly under a speaker named by name: "an 80 cent increase ..., which a
trade union described as an “insult to workers”" ... "Siptu said the 80 cent increase was
an “insult to workers”" (:func:`give_echoed_evaluations`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..agentless_reports import AGENTLESS_REPORT
from ..headlines.lead_claimants import named_claimant
from ..records import QuoteRecord, SpeakerRef
from ..vocabulary import normalised_words

#: The attribution of a short evaluation placed by :func:`give_evaluation_echoes`.
EVALUATION_ECHO = "evaluation_echo"
#: What the evidence column says for it (the speaker's mention follows).
EVALUATION_ECHO_EVIDENCE = "a short evaluation, not a term, its words quoted again by"
#: Attributions that only guess a short evaluation's author from outside its sentence.
GUESSED_EVALUATIONS = frozenset(["evaluation_next", "evaluation", AGENTLESS_REPORT])
#: The attribution that reads a headline's subject as the evaluation's author.
SUBJECT_EVALUATION = "evaluation_subject"
#: Attributions of quotations whose speaker is no source for an echo: guesses.
GUESSED_SOURCES = GUESSED_EVALUATIONS | {"nearby_speaker", EVALUATION_ECHO}


def guessed_evaluation(q: QuoteRecord, in_headline: bool) -> bool:
    """``q`` is a short evaluation whose author was only guessed: by the next sentence's
    speaker, the speaker before it or nobody (:data:`GUESSED_EVALUATIONS`), or, on a
    headline line (``in_headline``), by the headline's subject.

    >>> q = QuoteRecord.__new__(QuoteRecord)
    >>> q.attribution = "evaluation_subject"
    >>> guessed_evaluation(q, True), guessed_evaluation(q, False)
    (True, False)
    """
    if q.attribution in GUESSED_EVALUATIONS:
        return True
    return in_headline and q.attribution == SUBJECT_EVALUATION


def echo_speaker(needle: str, spoken: list[tuple[str, SpeakerRef]]) -> SpeakerRef | None:
    """The one speaker of ``spoken`` (each quotation's normalised words and its speaker)
    whose quotations hold the words ``needle`` letter for letter, else None (nobody, or
    two speakers).

    >>> from types import SimpleNamespace as A
    >>> cameron = SpeakerRef(A(name="Donald Cameron"), None, 0, 0)
    >>> echo_speaker("disastrous", [("presided over a disastrous census", cameron)]).name
    'Donald Cameron'
    >>> echo_speaker("disastrous", [("a disaster", cameron)]) is None
    True
    """
    refs = [ref for words, ref in spoken if f" {needle} " in f" {words} "]
    if not refs or len({id(r.actor) if r.actor is not None else r.name for r in refs}) != 1:
        return None
    return refs[0]


def give_evaluation_echoes(quotes: list[QuoteRecord], in_headline: Callable[[int], bool]) -> None:
    """Give each short evaluation of ``quotes`` whose author was only guessed
    (:func:`guessed_evaluation`; ``in_headline`` tells a headline line's offset) the one
    speaker quoted elsewhere with its words (:func:`echo_speaker`), by a rule that did not
    guess (not :data:`GUESSED_SOURCES`; attribution ``evaluation_echo``): 'A “terrible misunderstanding” led to ...'
    ... '"This was a terrible misunderstanding," a spokesman ... said': the spokesman's."""
    spoken = [
        (normalised_words(k.text), k.ref, k)
        for k in quotes
        if k.ref is not None
        and k.ref.name
        and k.attribution not in GUESSED_SOURCES
        and not guessed_evaluation(k, in_headline(k.pair.open))
    ]
    for q in quotes:
        needle = normalised_words(q.text)
        if not needle or not guessed_evaluation(q, in_headline(q.pair.open)):
            continue
        ref = echo_speaker(needle, [(words, r) for words, r, k in spoken if k is not q])
        if ref is not None:
            q.cue, q.ref, q.attribution = None, ref, EVALUATION_ECHO


#: The longest quotation (in words) read as a short evaluation.
MAX_WORDS = 6
#: The evidence for a speaker placed by :func:`give_echoed_evaluations`.
ECHOED_EVALUATION = "the named speaker who says the same words again later"


def later_named_echo(q: QuoteRecord, speech: list[QuoteRecord]) -> SpeakerRef | None:
    """The speaker of the first quotation after ``q`` with exactly ``q``'s words and a named
    speaker (a person or a body named by name, not a description nor a group), or None.

    >>> from types import SimpleNamespace as N
    >>> siptu = SpeakerRef(N(name="Siptu", kind="organisation"), None, 0, 5)
    >>> first = N(text="insult to workers", pair=N(open=10, close=28), ref=None)
    >>> again = N(text="insult to workers", pair=N(open=90, close=108), ref=siptu)
    >>> later_named_echo(first, [first, again]) is siptu
    True
    """
    words = normalised_words(q.text)
    for other in speech:
        if other.pair.open <= q.pair.close or other.ref is None or not named_claimant(other.ref):
            continue
        if normalised_words(other.text) == words:
            return other.ref
    return None


def give_echoed_evaluations(speech: list[QuoteRecord]) -> None:
    """Give each short quotation with a cue and no speaker the named speaker who says the
    same words again later (:func:`later_named_echo`)."""
    for q in speech:
        if q.ref is not None or q.cue is None or q.cue.lemma is None:
            continue
        if not 0 < len(q.text.split()) <= MAX_WORDS:
            continue
        if (s := later_named_echo(q, speech)) is not None:
            q.ref = SpeakerRef(s.actor, s.label, s.start, s.end, s.described, ECHOED_EVALUATION)
