"""The one table of bare body nouns ("the group", "the company", "the union"): for each noun,
which kind of body it fits and how the body is chosen (data/words/body_nouns.csv), read by
:func:`hrlesson.speech.bodies.noun_referents.bare_noun_body`; and the fit tests themselves: "the
group" is never a state's institution, "the company" never a public body or a news outlet."""

from __future__ import annotations

from ...wordlists import word_set, word_table
from ..kinds import names_outlet
from ..records import Actor
from ..vocabulary import COURT_WORDS, DEMONYMS, ORGANISATION_WORDS

#: Last words of a state's institutions: data/words/state_force_words.txt.
STATE_FORCE_WORDS = word_set("state_force_words")

#: Nouns for a news organisation: data/words/media_nouns.txt.
MEDIA_NOUNS = word_set("media_nouns")

#: Nouns for those who work for one: data/words/newsroom_roles.txt.
NEWSROOM_ROLES = word_set("newsroom_roles")

#: Words of a trade union's own name: data/words/union_name_words.txt.
UNION_NAME_WORDS = word_set("union_name_words")

#: Words of the name of a body of experts: data/words/expert_body_words.txt.
EXPERT_BODY_WORDS = word_set("expert_body_words")

#: Words in the names of regulating bodies: data/words/regulator_name_words.txt.
REGULATOR_NAME_WORDS = word_set("regulator_name_words")

#: Words of a public body's name ("Department", "Commission"): data/words/public_body_words.txt.
PUBLIC_BODY_WORDS = word_set("public_body_words")

#: The bare body nouns: noun -> (which body fits, how the body is chosen), from
#: data/words/body_nouns.csv.
BODY_NOUNS = {row["noun"]: (row["fits"], row["choice"]) for row in word_table("body_nouns")}

#: Bare nouns that name the body that spoke last ("the group", "the UN agency").
BARE_BODY_NOUNS = frozenset(n for n, (_, choice) in BODY_NOUNS.items() if choice == "spoke_last")

#: Bare nouns for a business ("the company said", "the firm added").
COMPANY_NOUNS = frozenset(n for n, (fits, _) in BODY_NOUNS.items() if fits == "company")


def company_fits(actor: Actor) -> bool:
    """Can ``actor`` be "the company" / "the firm"? An organisation whose name holds no word
    of a public body: ``TikTok said it felt disappointed with the decision announced by the
    US Commerce Department ... "Q," the Los Angeles-based tech company said`` is TikTok,
    not the department that spoke last. Nor a news outlet: ``Maersk Line informed Container
    News that ... The Danish company said`` is Maersk Line, not the trade paper it told.
    A name read as a person's that nothing shows is one (:func:`name_only`) may be the
    company: ``OKEx claimed ... "Q," the company said``.

    >>> company_fits(Actor("organisation", "TikTok"))
    True
    >>> company_fits(Actor("organisation", "US Commerce Department"))
    False
    >>> company_fits(Actor("organisation", "Competition Commission of India"))
    False
    >>> company_fits(Actor("organisation", "Container News"))
    False
    >>> company_fits(Actor("person", "OKEx", key="single:okex"))
    True
    """
    if name_only(actor):
        return True
    words = actor.name.lower().split()
    return (
        actor.kind == "organisation"
        and not PUBLIC_BODY_WORDS.intersection(words)
        and not names_outlet(actor.name)
    )


def name_only(actor: Actor) -> bool:
    """A one-word name no list knows, read as a person's or a state's from the name alone,
    which nothing shows is one: no title, no gender ("OKEx", "Uniper"; never "Jay Hao",
    never "Merkel" that "she" took up).

    >>> name_only(Actor("person", "OKEx", key="single:okex"))
    True
    >>> name_only(Actor("person", "Jay Hao", key="person:jay hao"))
    False
    >>> name_only(Actor("person", "Merkel", gender="f", key="single:merkel"))
    False
    """
    return (
        actor.key.startswith("single:")
        and actor.kind in ("person", "state")
        and actor.gender is None
        and actor.role is None
    )


def names_union(name: str) -> bool:
    """Does a body's ``name`` say it is a trade union?

    >>> names_union("Association of Flight Attendants-CWA"), names_union("National Education Union")
    (True, True)
    >>> names_union("Department for Education")
    False
    """
    return any(w in UNION_NAME_WORDS for w in name.lower().replace("-", " ").split())


def _organisation(actor: Actor) -> bool:
    """ "the agency", "the planemaker": an organisation, not a group the text describes
    ("Many nations had barred the jet ... the agency said": the Federal Aviation
    Administration)."""
    return actor.kind == "organisation"


def _named_organisation(actor: Actor) -> bool:
    """ "Officials", "judges" (of a body): an organisation the text names, not a word for
    a kind of body read as one at a sentence's head ("Staff are in the final stages").

    >>> _named_organisation(Actor("organisation", "Qatar 2022"))
    True
    >>> _named_organisation(Actor("organisation", "Staff"))
    False
    """
    return actor.kind == "organisation" and actor.name.lower() not in ORGANISATION_WORDS


def one_body(actor: Actor) -> bool:
    """ "the bloc", "the body": one body, never states or bodies listed together that speak
    as one ("Mali, Niger and Burkina Faso ... the regional bloc said": ECOWAS)."""
    return not actor.key.startswith("joint:")


def _non_state_group(actor: Actor) -> bool:
    """ "the group", "the NGO", "the charity": not a state's institution (``Hamas ... hours
    after the Israeli military told residents to evacuate ... "Q", the group said``), nor a
    state (``the NGO requested`` after ``Italian authorities``).

    >>> _non_state_group(Actor("state", "Italy")), _non_state_group(Actor("group", "Hamas"))
    (False, True)
    """
    words = actor.name.lower().split()
    return actor.kind != "state" and not (words and words[-1] in STATE_FORCE_WORDS)


def _public_body(actor: Actor) -> bool:
    """ "the department", a state's body: an organisation, never a news outlet whose report
    the article cites (canada_saudi_lav_freeland_dailycaller: ``Global Affairs Canada
    issued a statement ... stems from a Reuters report ... The department would only say
    that it "Q"``: Global Affairs Canada, not Reuters).

    >>> _public_body(Actor("organisation", "Global Affairs Canada"))
    True
    >>> _public_body(Actor("organisation", "Reuters")), _public_body(Actor("group", "rebels"))
    (False, False)
    """
    return actor.kind == "organisation" and not names_outlet(actor.name)


def _rebel_body(actor: Actor) -> bool:
    """ "the rebels": one body the article names by a proper name, whose "Army" or
    "Forces" is no state's (eln_releases_soldiers_colombia_bbc: ``the National Liberation
    Army (ELN) ... The ELN and the government have been holding talks ... the rebels
    said``: the ELN); never a state, a name opened by a state's demonym ("Sudanese Armed
    Forces"), a news outlet that reports them (m23_goma_withdrawal_kabasha_therwandan:
    not Reuters), nor the bare common noun read as a group of its own ("rebels").

    >>> _rebel_body(Actor("organisation", "National Liberation Army"))
    True
    >>> _rebel_body(Actor("group", "rebels")), _rebel_body(Actor("state", "Colombia"))
    (False, False)
    >>> _rebel_body(Actor("organisation", "Sudanese Armed Forces"))
    False
    >>> _rebel_body(Actor("organisation", "Reuters"))
    False
    """
    words = actor.name.split()
    return (
        actor.kind in ("organisation", "group")
        and one_body(actor)
        and actor.name[:1].isupper()
        and words[0].lower() not in DEMONYMS
        and not names_outlet(actor.name)
    )


def _union(actor: Actor) -> bool:
    """ "the union": a body whose name says it is a union (:func:`names_union`), or a name
    read as a person's that nothing shows is one (:func:`name_only`), as for "the company"
    (first_west_bus_strike_ballot_unite_downendvoice: "Unite says the First West of England
    drivers have rejected ..." then "The union says new starters will be offered").

    >>> _union(Actor("person", "Unite", key="single:unite"))
    True
    >>> _union(Actor("person", "Lawrence Hill", key="person:lawrence hill"))
    False
    """
    return name_only(actor) or (actor.kind in ("organisation", "group") and names_union(actor.name))


def _expert_body(actor: Actor) -> bool:
    """ "the experts", "the investigators": a body whose name says it is a body of experts
    ("Group of Human Rights Experts on Nicaragua", "UN human rights specialists"), never
    states or bodies listed together.

    >>> _expert_body(Actor("organisation", "Group of Human Rights Experts on Nicaragua"))
    True
    >>> _expert_body(Actor("group", "protesters")), _expert_body(Actor("state", "Nicaragua"))
    (False, False)
    """
    return (
        actor.kind in ("organisation", "group")
        and one_body(actor)
        and bool(EXPERT_BODY_WORDS.intersection(actor.name_tokens))
    )


def _regulator(actor: Actor) -> bool:
    """ "the regulator", "the watchdog" no regulating body the article names is (see
    :mod:`hrlesson.speech.bodies.regulators`): a body named as one ("Financial Conduct
    Authority"), or a one-word name nothing shows is a person's (:func:`name_only`):
    ``Roskomnadzor threatened to block the service ... "Q," the regulator said``.

    >>> _regulator(Actor("person", "Roskomnadzor", key="single:roskomnadzor"))
    True
    >>> _regulator(Actor("organisation", "Twitter")), _regulator(Actor("person", "Alexei Navalny"))
    (False, False)
    """
    if name_only(actor) or bare_acronym(actor):
        return True
    return actor.kind == "organisation" and bool(
        REGULATOR_NAME_WORDS.intersection(actor.name_tokens)
    )


def bare_acronym(actor: Actor) -> bool:
    """An organisation the article names by an acronym alone, whose words nothing spells
    out as another kind of body: ``The ICO has fined British Airways ... The watchdog
    found``; ``IMY said ... The regulator also said``. Its letters may stand for a
    regulator, so "the regulator" that no body named as one is (choice
    "spoke_last_unnamed") may be the acronym that spoke last.

    >>> bare_acronym(Actor("organisation", "ICO")), bare_acronym(Actor("organisation", "Ofsted"))
    (True, False)
    """
    name = actor.name
    return (
        actor.kind == "organisation" and 2 <= len(name) <= 6 and name.isalpha() and name.isupper()
    )


def name_holds_noun(actor: Actor, noun: str) -> bool:
    """Does a body's name hold a word made from ``noun`` ("inspectors": "HM Inspectorate of
    Prisons")? One organisation or group, never a person's name.

    >>> name_holds_noun(Actor("organisation", "HM Inspectorate of Prisons"), "inspectors")
    True
    >>> name_holds_noun(Actor("organisation", "Prison Service"), "inspectors")
    False
    """
    stem = noun.lower().removesuffix("s")
    return (
        actor.kind in ("organisation", "group")
        and one_body(actor)
        and len(stem) > 3
        and any(w.startswith(stem) for w in actor.name_tokens)
    )


def _court(actor: Actor) -> bool:
    """ "judges" (of a court): one body whose name says it is a court ("Court of Appeal",
    "International Criminal Court"; data/words/court_words.txt).

    >>> _court(Actor("organisation", "Court of Appeal")), _court(Actor("organisation", "Ash"))
    (True, False)
    """
    return (
        actor.kind in ("organisation", "group")
        and one_body(actor)
        and bool(COURT_WORDS.intersection(actor.name.lower().split()))
    )


def _named_body(actor: Actor) -> bool:
    """ "the inquiry" (by a body): an organisation or a group, one body."""
    return actor.kind in ("organisation", "group") and one_body(actor)


#: The fit tests the table's ``fits`` column names.
_FITS = {
    "organisation": _organisation,
    "named_organisation": _named_organisation,
    "one_body": one_body,
    "non_state_group": _non_state_group,
    "company": company_fits,
    "union": _union,
    "public_body": _public_body,
    "rebel_body": _rebel_body,
    "expert_body": _expert_body,
    "regulator": _regulator,
    "named_body": _named_body,
    "court": _court,
}


def noun_choice(noun: str) -> str | None:
    """How the body a bare "the <noun>" means is chosen (the table's ``choice``), or None
    for a noun not in the table.

    >>> noun_choice("group"), noun_choice("company"), noun_choice("union"), noun_choice("dog")
    ('spoke_last', 'spoke_near_or_named_most', 'named_last', None)
    """
    return BODY_NOUNS[noun][1] if noun in BODY_NOUNS else None


def group_noun_fits(actor: Actor, noun: str) -> bool:
    """Can ``actor`` be "the <noun>" ("the group said")? The test the table names for the
    noun; a noun not in the table fits any body but a joint one.

    >>> group_noun_fits(Actor("group", "Israeli military"), "group")
    False
    >>> group_noun_fits(Actor("group", "Hamas"), "group")
    True
    >>> group_noun_fits(Actor("organisation", "Foreign Ministry"), "agency")
    True
    >>> group_noun_fits(Actor("group", "Niger and Burkina Faso", key="joint:burkina faso|niger"), "bloc")
    False
    >>> group_noun_fits(Actor("group", "Many nations"), "agency")
    False
    >>> group_noun_fits(Actor("organisation", "National Education Union"), "union")
    True
    """
    fits = BODY_NOUNS[noun][0] if noun in BODY_NOUNS else "one_body"
    if fits == "noun_in_name":
        return name_holds_noun(actor, noun)  # "the inspectors": "HM Inspectorate of Prisons"
    return _FITS[fits](actor)


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
