"""An outlet relays the words of others: 'Egypt will "bleed" reserves, Bloomberg reported
on Thursday, citing IMF chief X' (X's), 'The Financial Times said Mulye compared ... "Q"'
(Mulye's)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..wordlists import word_set
from .cues import CUE_FORMS
from .kinds import names_outlet
from .records import Cue, Mention, SpeakerRef
from .tokens import Token
from .vocabulary import DOCUMENT_NOUNS, FINITE_VERBS

#: The most words between the outlet's verb and ", citing" ("on October 5th").
_MAX_BETWEEN = 6


def citing_span(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """After the verb ``tokens[k]``, within six words of the sentence, ", citing" and
    the words it governs, up to the next comma or the sentence's end: their span.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Bloomberg reported on Monday, citing IMF chief Ann Lee.", [0])
    >>> citing_span(toks, 1)
    (37, 54)
    >>> citing_span(tokenize("Bloomberg reported that X, citing Y.", [0]), 1) is None
    True
    """
    sent = tokens[k].sent
    j = k + 1
    while j < len(tokens) and j <= k + _MAX_BETWEEN and tokens[j].sent == sent:
        t = tokens[j]
        if t.text == "," and j + 2 < len(tokens) and tokens[j + 1].lower == "citing":
            words = []
            for w in tokens[j + 2 :]:
                if w.sent != sent or w.text in (",", ".", ";", ":"):
                    break
                words.append(w)
            return (words[0].start, words[-1].end) if words else None
        if t.lower in ("that", "and", "but") or not (t.text[0].isalnum() or t.text == ","):
            return None
        j += 1
    return None


def cited_source(mentions: list[Mention]) -> SpeakerRef | None:
    """The source among ``mentions`` (those in the "citing" phrase): its person, else its
    first body that is no outlet; None when the phrase names no one ("citing data").

    The person comes first: "citing the IMF's Managing Director Kristalina Georgieva" is
    Georgieva's word, not the IMF's."""
    people = [m for m in mentions if m.actor.kind == "person"]
    bodies = [m for m in mentions if m.actor.kind != "person" and not names_outlet(m.actor.name)]
    m = (people or bodies or [None])[0]
    if m is None:
        return None
    return SpeakerRef(m.actor, None, m.start, m.end, how="the source an outlet cites")


def outlet_relays(ref: SpeakerRef | None) -> bool:
    """The subject ``ref`` is a news outlet, which relays the words of others: a named one
    ("Bloomberg") or outlets described ("state media", "national television")."""
    if ref is None:
        return False
    name = ref.actor.name if ref.actor is not None else ref.label
    return name is not None and names_outlet(name)


#: Words that open a reported clause's subject phrase besides a name or "he"/"she": an
#: article ("the defender considered") or a count of people ("thousands of Eritreans").
_CROWD_COUNTS = word_set("crowd_counts")
_PHRASE_OPENERS = frozenset(["the", "a", "an"]) | _CROWD_COUNTS

#: The most words of a reported clause's subject phrase before its verb.
_MAX_SUBJECT = 6


def reported_clause_subject(
    tokens: list[Token], j: int, starts: set[int]
) -> tuple[int, int] | None:
    """``The Financial Times said Mulye compared ... "Q"``: from ``tokens[j]`` (after an
    optional "that"), a clause whose subject is a name (a mention starts there:
    ``starts``), "he"/"she", or a phrase an article or a count opens ("the defender",
    "thousands of Eritreans"), then a finite verb: the subject's token span, else None.
    Quotes after it are the subject's words, the outlet relays them.

    >>> from .tokens import tokenize
    >>> toks = tokenize("The paper said Mulye compared it", [0])
    >>> reported_clause_subject(toks, 3, {15})
    (3, 4)
    >>> reported_clause_subject(toks, 3, set()) is None
    True
    >>> toks = tokenize("TesfaNews reported that thousands of Eritreans protested", [0])
    >>> reported_clause_subject(toks, 2, set())
    (3, 6)
    """
    if j < len(tokens) and tokens[j].lower == "that":
        j += 1
    if j >= len(tokens):
        return None
    first = tokens[j]
    named = first.start in starts or first.lower in ("he", "she")
    if not named and first.lower not in _PHRASE_OPENERS:
        return None
    v = j + 1
    if named:
        while v < len(tokens) and v < j + 5 and tokens[v].cap and tokens[v].sent == first.sent:
            v += 1  # the rest of the name
        if v >= len(tokens) or tokens[v].sent != first.sent or not tokens[v].text.islower():
            return None
        verb = tokens[v].lower
        return (j, v) if verb in FINITE_VERBS or _acts(verb) else None
    while v < len(tokens) and v <= j + _MAX_SUBJECT and tokens[v].sent == first.sent:
        t = tokens[v]
        if t.text.islower() and _acts(t.lower):
            return (j, v)
        if not t.text[0].isalnum():
            return None  # "the pardon, granted ...": no plain subject
        v += 1
    return None


def counted_crowd(text: str, first: Token, last: Token) -> SpeakerRef | None:
    """``thousands of Eritreans``: a subject phrase a count opens names no actor; the
    crowd it describes speaks, labelled by the phrase.

    >>> from .tokens import tokenize
    >>> toks = tokenize("thousands of Eritreans protested", [0])
    >>> counted_crowd("thousands of Eritreans protested", toks[0], toks[2]).label
    'thousands of Eritreans'
    >>> counted_crowd("the pardon granted", *tokenize("the pardon", [0])) is None
    True
    """
    if first.lower not in _CROWD_COUNTS:
        return None
    label = text[first.start : last.end]
    return SpeakerRef(None, label, first.start, last.end, True, "a counted crowd")


def _acts(word: str) -> bool:
    """``word`` reports what the subject did ("compared", "protested", "says"), not what
    it is ("the activist is"): a cue's form or a past form.

    >>> _acts("protested"), _acts("says"), _acts("is")
    (True, True, False)
    """
    return word in CUE_FORMS or word.endswith("ed")


def _clause_start(finder, cue: Cue) -> int | None:
    """Where the clause an outlet's verb reports starts: the token after the verb
    ("Bloomberg said Mulye"), or after the comma that closes an "according to" source
    ("According to the AFP news agency, the defender considered"); none when the verb ends
    the text ("AFP said").

    >>> from types import SimpleNamespace
    >>> from hrlesson.speech.tokens import tokenize
    >>> finder = SimpleNamespace(tokens=tokenize("AFP said", [0]))
    >>> _clause_start(finder, SimpleNamespace(lemma="say", tok=1)) is None
    True
    """
    if cue.lemma is not None:
        return cue.tok + 1 if cue.tok + 1 < len(finder.tokens) else None
    toks = finder.tokens
    first = finder.index.token_index(cue.subject.start)
    for k in range(first, min(first + _MAX_SUBJECT, len(toks) - 1)):
        if toks[k].text == ",":
            return k + 1  # "the AFP news agency, the defender"
        if not toks[k].text[0].isalnum():
            return None
    return None


def relayed_source(finder, cue: Cue) -> SpeakerRef | None:
    """The subject of ``cue`` as ``finder`` (the subject finder) found it, unless it is an
    outlet that relays a source: then the one it cites ("Bloomberg reported, citing X"),
    or the subject of the clause it reports ("The Financial Times said Mulye compared")."""
    ref = cue.subject
    if not outlet_relays(ref):
        return ref
    if (span := citing_span(finder.tokens, cue.tok)) is not None:
        return cited_source(finder.index.mentions_in(*span)) or ref
    if (k := _clause_start(finder, cue)) is None or finder.tokens[k].sent != cue.sent:
        return ref
    starts = {m.start for m in finder.index.mentions_in(cue.end, cue.end + 120)}
    if (span := reported_clause_subject(finder.tokens, k, starts)) is None:
        return ref
    a, b = finder.tokens[span[0]], finder.tokens[span[1] - 1]
    inner = finder.resolve_span(a.start, b.end, cue.start) or counted_crowd(finder.text, a, b)
    if inner is None or (inner.actor is None and not inner.label) or outlet_relays(inner):
        return ref
    rule = "the subject of the clause an outlet reports"
    return replace(inner, how=f"{rule}, {inner.how}" if inner.how else rule)


def closed_clause_cue(text: str, cues: list[Cue], acc: Cue) -> Cue | None:
    """``"Q1," said the police chief on Sunday, according to AFP "Q2"``: an "according to"
    whose source is a news outlet, set off by a comma after a clause with its own
    reporting verb and speaker, only says where that clause's words were read; a quotation
    after it in the same sentence goes on with the clause's speaker, not the outlet. The
    clause's cue (the last one with a speaker before the aside, no quotation mark and no
    stop between them), else None.

    >>> from .records import Actor
    >>> text = '"Q1," said Ali Noor on Sunday, according to AFP "Q2"'
    >>> said = Cue(6, 10, "said", "say", 0, 3)
    >>> said.subject = SpeakerRef(Actor("person", "Ali Noor"), None, 11, 19)
    >>> acc = Cue(31, 43, "according to", None, 0, 9)
    >>> acc.subject = SpeakerRef(Actor("organisation", "AFP"), None, 44, 47)
    >>> closed_clause_cue(text, [said, acc], acc) is said
    True
    >>> closed_clause_cue(text.replace("Sunday,", "Sunday"), [said, acc], acc) is None
    True
    """
    if not outlet_relays(acc.subject) or not text[: acc.start].rstrip().endswith(","):
        return None
    spoken = [c for c in cues if c.lemma is not None and c.end <= acc.start]
    if not spoken or (ref := spoken[-1].subject) is None or outlet_relays(ref):
        return None
    if ref.actor is None and not ref.label:
        return None
    between = text[max(spoken[-1].end, ref.end) : acc.start]
    if any(ch in between for ch in '"“”‘’.;:!?'):
        return None
    return spoken[-1]


#: Where the phrase after "according to" ends.
_PHRASE_END = re.compile(r"[,.;:!?]")


def names_a_medium(text: str, acc: Cue) -> bool:
    """``"Q," according to a statement read by X``, ``..., according to an HRC press
    release``, ``..., according to Bloomberg``: the phrase after "according to" (up to
    its comma or stop) names a document or an outlet, which only says where the words
    were read, not who spoke them.

    >>> acc = Cue(11, 23, "according to", None, 0, 3)
    >>> names_a_medium('"Q," Y it, according to an HRC press release.', acc)
    True
    >>> acc.subject = SpeakerRef(None, "Bloomberg", 24, 33)
    >>> names_a_medium('"Q," Y it, according to Bloomberg.', acc)
    True
    >>> acc.subject = SpeakerRef(None, "the diplomat", 24, 36)
    >>> names_a_medium('"Q," Y it, according to the diplomat.', acc)
    False
    """
    if outlet_relays(acc.subject):
        return True
    phrase = _PHRASE_END.split(text[acc.end : acc.end + 120], maxsplit=1)[0]
    return any(w in DOCUMENT_NOUNS for w in phrase.lower().split())
