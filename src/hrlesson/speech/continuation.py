"""Continuations: a quotation that opens a sentence right after another quotation goes on
with that quotation's speaker, even one no rule found."""

from __future__ import annotations

from .cues import CLAUSAL_CUES
from .headline_cues import HEADLINE_KINDS
from .records import QuoteRecord
from .vocabulary import PERSONAL_SUBJECTS, TITLE_HEADS, TITLE_MODIFIERS

#: The evidence of a continuation whose speaker no rule found.
SPEAKERLESS = "continues the quotation before it, whose speaker no rule found"


def continues(q: QuoteRecord, last: QuoteRecord | None, last_close_sent: int) -> bool:
    """``q`` opens the sentence right after the one where ``last`` closes (its sentence
    index ``last_close_sent``), or a later sentence of the same one after ``last``."""
    if last is None:
        return False
    return q.sent == last_close_sent + 1 or (
        q.sent == last_close_sent and last.pair.close < q.pair.open
    )


#: Closing marks a quotation's own frame follows (after a comma inside or outside them).
_CLOSERS = "”\"’'»"

#: The articles that open a described speaker in a closing frame ("the 64-year-old Academy").
_ARTICLES = frozenset(["the", "a", "an"])


def own_closing_frame(text: str, close: int, sentence_end: int) -> bool:
    """The quotation closing at ``close`` ends in a comma and its sentence goes on with a
    frame of its own that names a speaker, in a shape no reporting verb of the lexicon
    made a cue: a name, a description or an inverted verb then a name (``"Q," Haji is
    quoted.``; ``"Q," Niskanen Center attorney David Bookbinder—a co-counsel ...—told
    Axios``; ``"Q," giggled the Financial Times.``). Such a quotation is no continuation
    of the one before it, even when it opens the next sentence: its own frame tells who
    speaks. Not a pronoun (``"Q," he quipped``: the same speaker), nor a lower-case word
    that opens no name (``"Q," with five to seven people each``, ``according to``).

    >>> def frame(s):
    ...     close = s.index("”")
    ...     return own_closing_frame(s, close, len(s))
    >>> frame("“Q,” Haji is quoted."), frame("“Q,” giggled the Financial Times.")
    (True, True)
    >>> frame("“Q,” he quipped."), frame("“Q,” with five people each."), frame("“Q.” Haji left.")
    (False, False, False)
    >>> frame("“Q,” according to the miner.")
    False
    """
    inside = text[:close].rstrip()
    after = text[close + 1 : sentence_end]
    rest = after.lstrip(_CLOSERS + " ")
    if not inside.endswith(",") and not rest.startswith(","):
        return False
    words = rest.lstrip(", ").split()
    if not words:
        return False
    first = words[0].strip(".,;:—–-")
    if not first or first.lower() in PERSONAL_SUBJECTS:
        return False
    if first[0].isupper() or first.lower() in _ARTICLES:
        return True
    nxt = words[1] if len(words) > 1 else ""
    return first.isalpha() and first.islower() and (nxt[:1].isupper() or nxt in _ARTICLES)


def frame_subject(words: list) -> tuple[int, int] | None:
    """Where the speaker of a quotation's own closing frame (:func:`own_closing_frame`) is
    written, as (start, end) offsets, from ``words`` (the tokens after the closing mark, in
    its sentence): capitalised words, owners, titles and their modifiers, after an opening
    article, or after an inverted verb (``giggled the Financial Times``); the first other
    word or mark ends it (``Haji is quoted``, ``attorney David Bookbinder—a co-counsel``).

    >>> from .tokens import tokenize
    >>> def subject(s):
    ...     found = frame_subject(tokenize(s, [0]))
    ...     return s[found[0] : found[1]] if found else None
    >>> subject(", Haji is quoted."), subject(", giggled the Financial Times.")
    ('Haji', 'the Financial Times')
    >>> subject(", Center attorney David Bookbinder—a co-counsel"), subject(", with people")
    ('Center attorney David Bookbinder', None)
    """
    words = [w for w in words if w.text[0].isalnum() or w.text not in ",”\"’'»"]
    if len(words) > 1 and words[0].text.islower() and words[0].lower not in _ARTICLES:
        words = words[1:]  # "giggled the Financial Times"
    if not words or not (words[0].cap or words[0].lower in _ARTICLES):
        return None
    end = 0
    for k, w in enumerate(words):
        low = w.lower
        part = w.cap or w.poss or low in TITLE_HEADS or low in TITLE_MODIFIERS
        if not (part or (k == 0 and low in _ARTICLES) or (k and any(c.isdigit() for c in low))):
            break
        end = k + 1
    if end == 0 or (end == 1 and words[0].lower in _ARTICLES):
        return None
    return words[0].start, words[end - 1].end


def heading_quote(sentence_kind: str) -> bool:
    """A quotation on a title or heading line continues no quotation before it: ``India
    seeks a "satisfactory resolution" ..., the Foreign Ministry said.`` then the heading
    ``'We have been raising this matter..': MEA`` (``sentence_kind`` "heading"), whose
    words the spokesperson says in full further down, not the ministry's lead.

    >>> heading_quote("heading"), heading_quote("body")
    (True, False)
    """
    return sentence_kind in HEADLINE_KINDS


def speakerless_continuation(q: QuoteRecord, last: QuoteRecord | None, last_close_sent: int):
    """``"We had gathered to chant," said a 35-year-old woman from Sanandaj city to HRW
    about a protest ...`` then a paragraph of quotation alone (``"We ran toward the alley
    ..."``): when the quotation before has a reporting verb but no speaker any rule found,
    the next one goes on with that same unknown speaker. Not a guess at someone named
    near it: HRW, who heard the words, or an earlier speaker the article left.

    >>> from types import SimpleNamespace as R
    >>> said = R(ref=None, cue="said", pair=R(close=40))
    >>> speakerless_continuation(R(sent=3, pair=R(open=60)), said, 2)
    True
    >>> speakerless_continuation(R(sent=3, pair=R(open=60)), R(ref=None, cue=None, pair=said.pair), 2)
    False
    """
    return (
        last is not None
        and last.ref is None
        and last.cue is not None
        and continues(q, last, last_close_sent)
    )


def closing_frame_ref(text: str, last: QuoteRecord, cues: list):
    """The speaker of a reporting clause that closes the sentence of the quotation ``last``
    after a comma, when it names someone else than ``last``'s speaker: ``Brussels strongly
    condemns the "horrible attack" that occurred on September 24, European Commission
    President Ursula von der Leyen told a joint press conference.`` then a paragraph of
    quotation alone (``"We are in a process ..."``): von der Leyen goes on, not Brussels,
    named inside the clause she reports. The frame's speaker is a person, named after the
    comma with nothing but titles before ("..., said Ann Lee" too). ``cues`` are the cues of that sentence after the
    quotation; returns a :class:`SpeakerRef` or None.

    >>> from types import SimpleNamespace as R
    >>> text = 'Rome condemns the "attack" in May, Ann Lee told reporters.'
    >>> rome, lee = R(actor="Rome"), R(actor=R(kind="person"), start=35)
    >>> told = R(start=43, lemma="tell", subject=lee)
    >>> last = R(ref=rome, pair=R(close=25))
    >>> closing_frame_ref(text, last, [told]) is lee
    True
    >>> closing_frame_ref(text.replace(", Ann", " as Ann"), last, [told]) is None
    True
    """
    if last.ref is None or not cues:
        return None
    cue = cues[-1]
    ref = cue.subject
    if cue.lemma not in CLAUSAL_CUES or ref is None or ref.actor is None:
        return None
    if ref.actor is last.ref.actor or ref.actor.kind != "person":
        return None  # "..., the publication reported": a relay, not the speaker
    first = min(ref.start, cue.start)
    comma = text.rfind(",", last.pair.close, first)
    if comma == -1 or any(w[:1].islower() for w in text[comma + 1 : first].split()):
        return None
    return ref


def same_utterance(q: QuoteRecord, last: QuoteRecord | None) -> bool:
    """A continuation ``q`` is a piece of the utterance of the quotation ``last`` before it
    (one event, so a speaker the ranker gives ``last`` goes to ``q`` too) when it goes on
    with ``last``'s speaker, even an unknown one; not when a sentence between named a new
    speaker: ``... as a "sticking-plaster solution".`` (no speaker found) then ``Mike
    Farrar, chief executive of the NHS Confederation, said a 51 per cent increase ... had
    left the NHS front line gravely exposed. "We have known for some time ..."``: Farrar's
    words, whoever the ranker picks for the quotation before.

    >>> from types import SimpleNamespace as R
    >>> farrar, unknown = R(actor="Farrar"), R(ref=None)
    >>> same_utterance(R(ref=farrar), unknown), same_utterance(R(ref=None), unknown)
    (False, True)
    >>> same_utterance(R(ref=R(actor="Farrar")), R(ref=farrar))
    True
    """
    if last is None:
        return False
    if q.ref is None or last.ref is None:
        return q.ref is None
    return q.ref is last.ref or (q.ref.actor is not None and q.ref.actor is last.ref.actor)
