"""The agent of a passive ("The report was launched by Navi Pillay"): the clause's logical
subject, which a later "he" or "she" goes on with, even with a title before the name ("was
first proposed by former Prime Minister Rishi Sunak ... he said")."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import FINITE_BE, TITLE_MODIFIERS

#: Adverbs between the verb "be" and its participle: "was first proposed", "was later named".
_PASSIVE_ADVERBS = frozenset(["first", "also", "later", "originally", "initially", "once"])

#: Particles of a phrasal verb between a passive's participle and "by" ("sent out by").
_PARTICLES = frozenset(["out", "up", "off", "down"])


def title_before(tokens: list[Token], k: int) -> int:
    """The index of the first word of a title run right before the name at ``tokens[k]``
    (capitalised words, title modifiers: "former Prime Minister Rishi Sunak"), else ``k``.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("proposed by former Prime Minister Rishi Sunak", [0])
    >>> title_before(toks, 5)
    2
    """
    i = k
    while i > 0 and k - i < 5 and tokens[i - 1].lower != "by":
        w = tokens[i - 1]
        if not (w.cap or w.lower in TITLE_MODIFIERS):
            return k
        i -= 1
    return i


def passive_agent(tokens: list[Token], k: int) -> bool:
    """``The report was launched by Navi Pillay``, ``A ban was first proposed by former
    Prime Minister Rishi Sunak``: the agent after "was/were (adverb) ... -ed by (title)"
    (the name at ``tokens[k]``) is the clause's logical subject (and a pronoun's likely
    antecedent).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The report was launched by Navi Pillay", [0])
    >>> passive_agent(toks, 5), passive_agent(toks, 1)
    (True, False)
    >>> toks = tokenize("A ban was first proposed by former Prime Minister Rishi Sunak", [0])
    >>> passive_agent(toks, 9)
    True
    """
    return passive_be(tokens, k) >= 0


def passive_be(tokens: list[Token], k: int) -> int:
    """The index of the "be" of the passive whose agent is the name at ``tokens[k]``
    (:func:`passive_agent`), else -1."""
    k = title_before(tokens, k)
    if k < 3 or tokens[k - 1].lower != "by":
        return -1
    j = participle_before_by(tokens, k - 2)
    if j < 1:
        return -1
    be = j - 1
    if be >= 1 and tokens[be].lower in _PASSIVE_ADVERBS:
        be -= 1
    return be if tokens[be].lower in (*FINITE_BE, "been") else -1


def agent_over_subject(index, tokens: list[Token], m) -> bool:
    """The mention ``m`` is a passive's agent (:func:`passive_agent`) whose passive has no
    person named as its own subject before it in the sentence: that person, not the agent,
    is whom a later "he" goes on with. ``Earlier, Ramiz Raja had been nominated by Prime
    Minister Imran Khan as the next PCB chairman ... "Q," he added``: Raja, not Khan
    (pcb_players_meeting_focus_on_cricket_ramiz_raja_dailytimes); ``A ban was first
    proposed by former Prime Minister Rishi Sunak``: Sunak."""
    k = index.token_index(m.start)
    be = passive_be(tokens, k)
    if be < 0:
        return False
    start = tokens[be].start
    sent = tokens[be].sent
    return not any(
        o.actor.kind == "person"
        and not o.in_quote
        and tokens[index.token_index(o.start)].sent == sent
        for o in index.mentions_in(max(0, start - 200), start)
    )


def participle_before_by(tokens: list[Token], j: int) -> int:
    """The index of the participle of a passive that ends at ``tokens[j]``, the word before
    its "by": an "-ed" form, or any word but an "-ing" form right after "been", a particle
    and a comma after it too: ``urgent warnings have been sent out, by The British
    Beekeepers Association`` (asian_hornet_first_nest_langley_campbell_ladbible). -1 when
    no participle ends there.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("warnings have been sent out, by The Association", [0])
    >>> participle_before_by(toks, 5)
    3
    >>> participle_before_by(tokenize("he was seen by", [0]), 2)
    -1
    """
    if j >= 1 and tokens[j].text == "," and tokens[j - 1].sent == tokens[j].sent:
        j -= 1
    if j >= 1 and tokens[j].lower in _PARTICLES:
        j -= 1
    if j < 1 or not tokens[j].text.isalpha() or not tokens[j].text.islower():
        return -1
    low = tokens[j].lower
    after_been = tokens[j - 1].lower == "been" and not low.endswith("ing")
    return j if low.endswith("ed") or after_been else -1
