"""A "They" that opens a sentence as the subject of a reporting verb goes on with the
group that the sentence before set off as its reporter: ``At least two dogs were carried
off the track, the coalition report, ...`` then ``They report numerous dogs "Q"``: the
coalition, not the dogs the reported clause is about; ``..., the management team at
Saltdean Lido said.`` then ``They added: "Q"``: the team, not a place named before."""

from __future__ import annotations

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..tokens import Token
from ..vocabulary import GROUP_NOUNS, PREPOSITIONS
from .own_sentence_groups import OWN_SENTENCE_GROUP, own_sentence_group
from .plural import DESCRIBED_PLURAL, described_plural, plural_head

#: The evidence of a "They" resolved to the reporter of the sentence before.
REPORTER_BEFORE = "the group the sentence before set off as its reporter"

#: Words that may stand between "They" and its reporting verb ("They also told").
_BETWEEN = frozenset(["also", "have", "had", "then", "further", "later", "previously"])

#: The most words a set-off reporter runs to ("the management team at Saltdean Lido").
MAX_REPORTER_WORDS = 7

#: Nouns for people who work together (data/words/owned_team_nouns.txt): "the team".
TEAM_NOUNS = word_set("owned_team_nouns")

#: Kinds of actor a plural "they" may be.
_GROUP_KINDS = frozenset(["group", "organisation", "plural"])


def reporting_they(words: list[Token]) -> bool:
    """``words`` (a sentence's words) open with "They", then at most one adverb or
    auxiliary, then a reporting verb: ``They added: "Q"``, ``They also told the minister``.

    >>> from hrlesson.speech.tokens import tokenize
    >>> reporting_they(tokenize("They added: it was", [0]))
    True
    >>> reporting_they(tokenize("They were carried off", [0]))
    False
    """
    if len(words) < 2 or words[0].text != "They":
        return False
    k = 2 if words[1].lower in _BETWEEN and len(words) > 2 else 1
    return words[k].lower in CUE_FORMS


def set_off_reporter(words: list[Token]) -> tuple[int, int] | None:
    """Where (first, last word index) the reporter stands in ``words`` (a sentence's words)
    when a comma sets it off as "the <lower-case noun> ... <reporting verb>" closed by a
    comma or the sentence's end: ``At least two dogs were carried off, the coalition
    report, with one ...`` -> the words "the coalition"; else None. Its words are lower-case
    after the article, or a name after "at"/"of" ("the management team at Saltdean Lido").

    >>> from hrlesson.speech.tokens import tokenize
    >>> words = tokenize("Two dogs fell, the coalition report, with one hurt.", [0])
    >>> [w.text for w in words[slice(*set_off_reporter(words))]]
    ['the', 'coalition']
    >>> words = tokenize("It will shut, the team at Saltdean Lido said.", [0])
    >>> [w.text for w in words[slice(*set_off_reporter(words))]]
    ['the', 'team', 'at', 'Saltdean', 'Lido']
    >>> set_off_reporter(tokenize("Two dogs fell, the coalition said it", [0])) is None
    True
    """
    for c, w in enumerate(words[:-3]):
        if w.text != "," or words[c + 1].lower != "the" or not words[c + 2].text.islower():
            continue
        for v in range(c + 3, min(len(words), c + 2 + MAX_REPORTER_WORDS)):
            if not words[v].text.isalnum():
                break  # a comma or a mark inside: no plain reporter
            if words[v].lower in CUE_FORMS:
                after = words[v + 1].text if v + 1 < len(words) else "."
                return (c + 1, v) if after in (",", ".") else None
    return None


def reporter_they(resolver, t: Token):
    """The group "They" at ``t`` is when it opens its sentence before a reporting verb
    (:func:`reporting_they`) and the sentence of narration right before it, in the same
    paragraph or the one before, sets off its reporter (:func:`set_off_reporter`) as a
    group or body; else None. ``resolver`` is a :class:`PronounResolver`."""
    own = resolver.sent_of(t.start)
    start, end = resolver.sentences[own][3], resolver.sentences[own][4]
    if t.text != "They" or not reporting_they(resolver.toks_between(start, end)):
        return None
    if own == 0 or resolver.quote_at(resolver.sentences[own - 1][3]) is not None:
        return None
    if resolver.par_of_sent[own] - resolver.par_of_sent[own - 1] > 1:
        return None
    words = resolver.toks_between(resolver.sentences[own - 1][3], resolver.sentences[own - 1][4])
    found = set_off_reporter(words)
    if found is None:
        return None
    first, last = words[found[0]], words[found[1] - 1]
    ref = resolver.resolve_span(first.start, last.end, first.start)
    actor = ref.actor if ref is not None else None
    if actor is not None and actor.kind in _GROUP_KINDS:
        return actor
    return described_reporter(resolver, words[found[0] : found[1]])


def reporter_head(words: list[Token]) -> str:
    """The head noun of a set-off reporter's ``words``: the last lower-case word before a
    preposition or a name ("the management team at Saltdean Lido": "team").

    >>> from hrlesson.speech.tokens import tokenize
    >>> reporter_head(tokenize("the management team at Saltdean Lido", [0]))
    'team'
    """
    head = words[0].lower
    for w in words[1:]:
        if not w.text.islower() or w.lower in PREPOSITIONS:
            break
        head = w.lower
    return head


def described_reporter(resolver, words: list[Token]):
    """The group a set-off reporter's ``words`` describe, as written, when its head is a
    noun for a group or a team, or a plural ("the management team at Saltdean Lido", which
    the name in it does not stand for); else None."""
    head = reporter_head(words)
    if not (head in GROUP_NOUNS or head in TEAM_NOUNS or plural_head(head)):
        return None
    name = " ".join(resolver.text[words[0].start : words[-1].end].split())
    key = "described:" + name.lower()
    return resolver.index.actors_by_key.get(key) or resolver.index.new_actor("group", name, key)


def reporter_or_described(resolver, t: Token) -> tuple:
    """(actor, evidence) for "they" at ``t``: the :func:`reporter_they`, else the
    :func:`~.plural.described_plural` group, else the
    :func:`~.own_sentence_groups.own_sentence_group` (actor None when none)."""
    if (actor := reporter_they(resolver, t)) is not None:
        return actor, REPORTER_BEFORE
    if (actor := described_plural(resolver, t)) is not None:
        return actor, DESCRIBED_PLURAL
    return own_sentence_group(resolver, t), OWN_SENTENCE_GROUP
