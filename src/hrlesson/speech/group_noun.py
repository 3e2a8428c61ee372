"""Which body a bare "the group" points back to: a group, never a state's institution; which
body "the company" points back to: a company, never a public body."""

from __future__ import annotations

from ..wordlists import word_set
from .records import Actor

#: Last words of a state's institutions: data/words/state_force_words.txt.
STATE_FORCE_WORDS = word_set("state_force_words")

#: Nouns for a news organisation: data/words/media_nouns.txt.
MEDIA_NOUNS = word_set("media_nouns")

#: Nouns for those who work for one: data/words/newsroom_roles.txt.
NEWSROOM_ROLES = word_set("newsroom_roles")

#: Bare nouns that name a group of people (a movement, an armed or a rights group), not
#: a body of a state.
_GROUP_ONLY_NOUNS = frozenset(["group", "ngo", "charity"])

#: Bare nouns that name an organisation only: data/words/organisation_only_nouns.txt.
_ORGANISATION_ONLY_NOUNS = word_set("organisation_only_nouns")

#: Bare nouns for a business ("the company"): data/words/company_nouns.txt.
COMPANY_NOUNS = word_set("company_nouns")

#: The evidence for a speaker placed as "the company" (:func:`company_named_most`).
COMPANY_REFERENT = "the company that spoke just before or that the article names most"

#: Words of a public body's name ("Department", "Commission"): data/words/public_body_words.txt.
PUBLIC_BODY_WORDS = word_set("public_body_words")


def company_fits(actor: Actor) -> bool:
    """Can ``actor`` be "the company" / "the firm"? An organisation whose name holds no word
    of a public body: ``TikTok said it felt disappointed with the decision announced by the
    US Commerce Department ... "Q," the Los Angeles-based tech company said`` is TikTok,
    not the department that spoke last.

    >>> company_fits(Actor("organisation", "TikTok"))
    True
    >>> company_fits(Actor("organisation", "US Commerce Department"))
    False
    >>> company_fits(Actor("organisation", "Competition Commission of India"))
    False
    """
    words = actor.name.lower().split()
    return actor.kind == "organisation" and not PUBLIC_BODY_WORDS.intersection(words)


def group_noun_fits(actor: Actor, noun: str) -> bool:
    """Can ``actor`` be "the <noun>" ("the group said")? For "group", "NGO", "charity", not
    a state's institution: ``Hamas ... hours after the Israeli military told residents to
    evacuate ... "Q", the group said`` is Hamas, not the military that acted last.

    >>> group_noun_fits(Actor("group", "Israeli military"), "group")
    False
    >>> group_noun_fits(Actor("group", "Hamas"), "group")
    True
    >>> group_noun_fits(Actor("organisation", "Foreign Ministry"), "agency")
    True

    A bloc, an agency, a body is one body, never states or bodies listed together that
    speak as one ("Mali, Niger and Burkina Faso ... the regional bloc said": ECOWAS):

    >>> group_noun_fits(Actor("group", "Niger and Burkina Faso", key="joint:burkina faso|niger"), "bloc")
    False

    An agency or a company is an organisation, not a group the text describes ("Many nations
    had barred the jet ... the agency said": the Federal Aviation Administration):

    >>> group_noun_fits(Actor("group", "Many nations"), "agency")
    False
    """
    if noun in _ORGANISATION_ONLY_NOUNS:
        return actor.kind == "organisation"
    if noun not in _GROUP_ONLY_NOUNS:
        return not actor.key.startswith("joint:")
    words = actor.name.lower().split()
    return not (words and words[-1] in STATE_FORCE_WORDS)


def company_named_most(index, before: int) -> Actor | None:
    """The company the article is about: of the organisations that fit "the company"
    (:func:`company_fits`), the one named most often outside quotations before ``before``,
    the later named on a tie. ``AKP Group warned ... AKP Group said ... users of the Maris
    app ... "Q," the company said``: AKP Group, not the app named last. ``index`` is the
    article's actor index."""
    counts: dict[int, list] = {}
    for m in index.mentions_in(0, before):
        if m.in_quote or not company_fits(m.actor):
            continue
        seen = counts.setdefault(id(m.actor), [0, 0, m.actor])
        seen[0], seen[1] = seen[0] + 1, m.start
    if not counts:
        return None
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2]


def company_referent(index, found, spoke: set[int], near: bool, before: int) -> Actor | None:
    """Which company "the company said" (at ``before``) means: the company last named, at
    ``found`` (position, actor), if it spoke or led a sentence there (its position in
    ``spoke``) in the sentence of the verb or the one before (``near``): ``TikTok said it
    felt disappointed ... "Q," the Los Angeles-based tech company said``; else the company
    the article names most (:func:`company_named_most`), not one named in passing last.
    None when the article names no company (the ranker's, not a new "company")."""
    if found is not None and near and found[0] in spoke:
        return found[1]
    return company_named_most(index, before)


def is_state(actor: Actor) -> bool:
    """``actor`` is a state ("the government" may be its)."""
    return actor.kind == "state"


def sole_state_before(index, before: int) -> Actor | None:
    """The one state the text names (outside quotations) before ``before``, else None:
    ``Bahrain has criticized ... a Human Rights Watch report`` and, paragraphs of HRW's
    words later, ``the government said``: Bahrain's (``index`` is the article's actor
    index)."""
    states = {
        id(m.actor): m.actor
        for m in index.mentions_in(0, before)
        if m.actor.kind == "state" and not m.in_quote
    }
    return next(iter(states.values())) if len(states) == 1 else None


def media_employer_before(index, noun: str, before: int) -> Actor | None:
    """For "the <media noun>" (``noun``: "channel", "newspaper") at ``before``: the
    organisation last named before it right before a newsroom role, the news
    organisation it is: ``the family members of an Iran International journalist ...
    The London-based Farsi news channel said`` is Iran International. ``index`` is the
    article's actor index."""
    if noun not in MEDIA_NOUNS:
        return None
    found = None
    for m in index.mentions_in(0, before):
        k = index.token_index(m.end)
        if m.in_quote or m.actor.kind != "organisation" or k >= len(index.tokens):
            continue
        if index.tokens[k].lower in NEWSROOM_ROLES and index.tokens[k].start <= m.end + 1:
            found = m.actor
    return found
