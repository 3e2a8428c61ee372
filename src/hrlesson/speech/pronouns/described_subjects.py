"""An "it" after a sentence whose subject is a body the text describes by its title, not by a
name the index holds: '"Q1," the Armenian Foreign Ministry charged in a statement. "Q2," it
said.' is the ministry, not Armenia named paragraphs before."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import CONJUNCTIONS, DETERMINERS, FINITE_VERBS, PREPOSITIONS
from .opening_subjects import clause_opening
from .owned_subjects import OWNED_SUBJECT, owned_body_ref, owned_body_span, owned_subject

#: The most words a described subject takes before its verb ("the Armenian Foreign Ministry").
MAX_SUBJECT_WORDS = 6

#: The evidence for an "it" resolved by :func:`described_body_before`.
DESCRIBED_SUBJECT = "the body the sentence before describes as its subject"


def described_subject(words: list[Token], is_cue=lambda w: False) -> tuple[int, int] | None:
    """The word indices ``(i, j)`` of a subject that opens ``words`` with "the" (after what
    opens the sentence before its subject, if anything: see :func:`clause_opening`) and of
    the verb right after it: a lower-case word that is a finite verb, a past form or a
    reporting verb (``is_cue``). None when the phrase names an owner ("The bank's
    committee") or a preposition comes first.

    >>> from ..tokens import tokenize
    >>> described_subject(tokenize("The bank announced that it was raising rates", [0]))
    (0, 2)
    >>> described_subject(tokenize("On Monday, the Armenian Foreign Ministry charged", [0]))
    (3, 7)
    >>> described_subject(tokenize("Earlier, the district had expressed optimism", [0]))
    (2, 4)
    >>> described_subject(tokenize("The bank's committee kept the rate", [0])) is None
    True
    """
    i = len(words) - len(clause_opening(words))  # "On Monday,", "But", "Speaking to ...,"
    if i >= len(words) or words[i].lower != "the":
        return None
    for j in range(i + 1, min(len(words), i + MAX_SUBJECT_WORDS + 1)):
        w = words[j]
        if w.poss or not w.text[0].isalnum():
            return None
        if not (w.text.isalpha() and w.text.islower()):
            continue
        if w.lower in FINITE_VERBS or w.lower.endswith("ed") or is_cue(w):
            return (i, j) if j > i + 1 else None
        if w.lower in PREPOSITIONS | CONJUNCTIONS | DETERMINERS:
            return None
    return None


def previous_sentence_words(resolver, t: Token) -> list[Token] | None:
    """The words (and commas) outside quotations of the sentence before the pronoun at ``t``,
    when that sentence is in the same paragraph or the one before and no name stands
    between the start of the pronoun's own sentence and the pronoun; else None."""
    s = t.sent
    s_start = resolver.sentences[s][3]
    if s == 0 or any(not m.in_quote for m in resolver.index.mentions_in(s_start, t.start)):
        return None
    if narrative_paragraphs_apart(resolver, t.start, resolver.sentences[s - 1][3]) > 1:
        return None
    return narration_words(resolver, s - 1)


def narrative_paragraphs_apart(resolver, later: int, earlier: int) -> int:
    """How many narrative paragraphs (:meth:`PronounResolver._narrative_rank`) lie between
    the positions ``earlier`` and ``later``: 0 in the same paragraph, 1 in the one before."""
    ranks = resolver._narrative_rank()
    par = lambda pos: ranks[resolver.par_of_sent[resolver.sent_of(pos)]]
    return par(later) - par(earlier)


def narration_words(resolver, sent: int) -> list[Token]:
    """The words (and commas) of sentence ``sent`` outside quotations."""
    start, end = resolver.sentences[sent][3], resolver.sentences[sent][4]
    return [
        w
        for w in resolver.toks_between(start, end)
        if resolver.quote_at(w.start) is None and (w.text[0].isalnum() or w.text == ",")
    ]


def _subject_or_speaker_at(resolver, pos: int) -> bool:
    """A sentence subject or a speaker stands at ``pos`` (not a name merely mentioned).
    A name after a preposition that no verb took as its speaker is no subject here, though
    the resolver's list holds it (a person introduced in apposition): ``The finance
    secretary was questioned ... by Calvin Jones, a professor at Cardiff University, as he
    gave evidence. He said:``: "He" is the secretary the sentence is about, not Jones."""
    if any(p == pos for p, *_ in resolver.timeline):
        return True
    return pos in resolver._subject_starts and not resolver._after_preposition(pos)


def described_actor(resolver, start: int, end: int, at: int, ok, unnamed=None) -> SpeakerRef | None:
    """The actor ``ok`` accepts that ``text[start:end]`` describes, when no subject or
    speaker the pronoun could mean comes after the description (a name in the object, "report back
    to governments and the UN", does not count); a description no name resolves is the body
    named before with its head noun (:func:`body_headed_by`), else what ``unnamed(start, end)``
    makes of it (a person the article never names), if given. A body described with its
    owner's name (:func:`.owned_subjects.owned_body_span`: "Parliament's finance committee")
    comes first, unless the last speaker is someone the description does not name."""
    recent = resolver.recent_at(at, ok)
    owned = owned_body_span(resolver, start, end)
    if (
        owned is not None
        and ok(resolver.owned_body_preview(*owned))
        and (recent is None or _named_in(resolver, recent[1], start, end))
    ):
        return owned_body_ref(resolver, owned)  # "Parliament's finance committee": not the owner
    if recent is not None and recent[0] >= end and _subject_or_speaker_at(resolver, recent[0]):
        return None  # a subject or a speaker after the description: the usual reading
    ref = resolver.resolve_span(start, end, at)
    if ref is None or ref.actor is None:
        words = [w.lower for w in resolver.toks_between(start, end) if w.text.isalpha()]
        head = words[-1] if words else ""
        body = body_headed_by(resolver.index.mentions_in(0, start), head, ok)
        if body is None and unnamed is not None:
            return unnamed(start, end)
        return SpeakerRef(body, None, start, end) if body is not None else None
    return ref if ok(ref.actor) else None


def name_head(name: str) -> str:
    """The head noun of a body's name, in lower case: its last word, or the word before
    "of", "for" or "on" ("Bank of England": "bank").

    >>> name_head("Oakland Unified School District"), name_head("Bank of England")
    ('district', 'bank')
    """
    words = name.lower().split()
    cut = next((n for n, w in enumerate(words) if n and w in ("of", "for", "on")), len(words))
    return words[cut - 1] if words else ""


def body_headed_by(mentions: list, noun: str, ok):
    """The body (``ok``) named last in ``mentions`` (outside quotations) whose name has the
    head ``noun`` of a description no name resolves: ``the Oakland Unified School District``
    ... ``Earlier, the district had expressed optimism``: the district is that body."""
    found = [m.actor for m in mentions if not m.in_quote and ok(m.actor)]
    found = [a for a in found if a.kind != "person" and name_head(a.name) == noun]
    return found[-1] if found else None


def _named_in(resolver, actor, start: int, end: int) -> bool:
    """``actor`` has a mention inside ``text[start:end]`` (the owner in "Parliament's finance
    committee")."""
    return any(m.actor is actor for m in resolver.index.mentions_in(start, end))


def described_body_before(resolver, t: Token, at: int, ok) -> SpeakerRef | None:
    """The body (``ok``) described as the subject of the sentence before the "it" at ``t``
    (in the same paragraph or the one before), when no name or speaker came after that
    subject: ``"Q1," the Armenian Foreign Ministry charged in a statement. "Q2," it said``:
    "it" is the ministry ("charged" is no cue, so the ministry is no speaker yet), not
    Armenia, named in the lead. ``resolver`` is a :class:`PronounResolver`."""
    words = previous_sentence_words(resolver, t)
    is_cue = lambda w: any(c.start == w.start for c in resolver.cues_in(w.start, w.end))
    found = (described_subject(words, is_cue) or owned_subject(words, is_cue)) if words else None
    if found is None:
        return None
    ref = described_actor(resolver, words[found[0]].start, words[found[1]].start, at, ok)
    if ref is None:
        return None
    how = OWNED_SUBJECT if ref.how == OWNED_SUBJECT else DESCRIBED_SUBJECT
    return SpeakerRef(ref.actor, None, t.start, t.end, how=how)
