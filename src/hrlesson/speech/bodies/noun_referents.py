"""Which body a bare "the <noun>" means ("the group said", "the company said", "the union
said"): one function, :func:`bare_noun_body`, that reads the table of body nouns
(:data:`hrlesson.speech.bodies.group_noun.BODY_NOUNS`: which body fits the noun, how it is chosen)
and applies the choice the table names."""

from __future__ import annotations

import re

from ..descriptions.heads import recent_body
from ..records import Actor, SpeakerRef, sole_actor
from ..vocabulary import SOCIAL_PLATFORMS, is_umbrella_body
from .applied_nouns import noun_applied
from .described_again import described_again
from .echoed_modifiers import ECHOED_MODIFIER, lead_name_echoing
from .echoed_names import ECHOED_NAME, echoed_body
from .group_noun import company_fits, group_noun_fits, name_only, noun_choice, one_body
from .introduced_nouns import INTRODUCED_BY_NOUN, introduced_by_noun
from .lead_descriptions import LEAD_NAMED_NEXT, lead_body_named_next
from .nationality import body_spoke_last, spoke_last_evidence
from .presented_businesses import person_named_as_business
from .self_named_statements import SELF_NAMED_COMPANY, self_named_company
from .sole_speaking_bodies import SOLE_BODY_SPOKE, sole_body_spoke_before
from .unlisted_companies import UNLISTED_COMPANY, unlisted_company

#: The evidence for a speaker placed as "the company" (:func:`company_referent`).
COMPANY_REFERENT = "the company that spoke just before or that the article names most"


def named_last_evidence(noun: str) -> str:
    """The evidence for the choice "named_last".

    >>> named_last_evidence("union")
    'the union named last before it'
    """
    return f"the {noun} named last before it"


def company_named_most(index, before: int) -> Actor | None:
    """The company the article is about: of the organisations that fit "the company"
    (:func:`hrlesson.speech.bodies.group_noun.company_fits`), the one named most often outside
    quotations before ``before``, the later named on a tie; a name read as a person's
    counts when the article presents it as a business
    (:func:`.presented_businesses.person_named_as_business`: "Eli Lilly, a major
    U.S.-based drugmaker"). ``AKP Group warned ... AKP
    Group said ... users of the Maris app ... "Q," the company said``: AKP Group, not the
    app named last. ``index`` is the article's actor index."""
    counts: dict[int, list] = {}
    for m in index.mentions_in(0, before):
        if m.in_quote or not (company_fits(m.actor) or person_named_as_business(index, m.actor)):
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
    the article names most (:func:`company_named_most`), not one named in passing last,
    nor a platform (:func:`is_platform`) that never led a sentence: "Other websites affected
    included Twitter, ..." then "After investigation, the company revealed" is not Twitter
    (bt_weekend_broadband_outage_bt_care_itpro). None when the article names no company
    (the ranker's, not a new "company")."""
    if found is not None and near and found[0] in spoke:
        return found[1]
    most = company_named_most(index, before)
    if is_platform(most) and not any(m.start in spoke for m in index.mentions if m.actor is most):
        return None  # "Other websites affected included Twitter, ...": where words are posted
    return most


#: The one body noun a social platform is (india_reuters_accounts_blocked_x_meity_newsarena:
#: ``X said ... "Q," the platform said``: X).
PLATFORM_NOUN = "platform"


def is_platform(actor: Actor | None) -> bool:
    """A social platform (data/words/social_platforms.txt) is where words are posted, not
    who posts them: ``X (formerly Twitter) and TikTok were awash with posts ... "Q," a
    statement by the group posted ... said``: "the group" is no platform.

    >>> is_platform(Actor("organisation", "Twitter")), is_platform(Actor("group", "Hamas"))
    (True, False)
    """
    return actor is not None and actor.name.lower() in SOCIAL_PLATFORMS


def not_for_noun(actor: Actor | None, noun: str) -> bool:
    """Is ``actor`` a social platform (:func:`is_platform`) a bare "the <noun>" cannot
    mean: a platform is where words are posted, so only "the platform" may be one.

    >>> not_for_noun(Actor("organisation", "Twitter"), "group")
    True
    >>> not_for_noun(Actor("organisation", "Twitter"), "platform")
    False
    """
    return is_platform(actor) and noun != PLATFORM_NOUN


def _spoke_last(reader, noun: str, aff: str | None, at: int):
    """Choice "spoke_last": the fitting body that spoke last, of the nationality given
    (:func:`hrlesson.speech.bodies.nationality.body_spoke_last`), never a platform
    (:func:`is_platform`) but for "the platform"; when it spoke paragraphs before
    (:func:`spoke_in_paragraph_or_before`), the one body the text introduced by the
    noun (:func:`.introduced_nouns.introduced_by_noun`); a body the text never calls by the
    noun gives way to the one it last called so (:func:`.described_again.described_again`)."""
    actor = body_spoke_last(reader._recent, reader.index.mentions, reader.text, at, aff, noun)
    if not_for_noun(actor, noun):
        actor = None
    actor = described_again(reader.index, actor, noun, at)  # "the Nairobi-based agency"
    introduced = None
    if aff is None and not spoke_in_paragraph_or_before(reader, actor, at):
        introduced = introduced_by_noun(reader, noun, at)
    if introduced is not None:
        return introduced, INTRODUCED_BY_NOUN
    return actor, spoke_last_evidence(aff)


def spoke_in_paragraph_or_before(reader, actor: Actor | None, at: int) -> bool:
    """Did ``actor`` (the body that spoke last before ``at``) speak or lead a sentence in
    the paragraph of ``at`` or the one before? ``An umbrella group of 14 organisations ...
    is appealing ...`` then ``"Q," said the group``: that group, not one introduced as a
    group paragraphs before."""
    if actor is None:
        return False
    found = reader.recent_at(at, lambda a: a is actor)
    if found is None:
        return False
    par = reader.par_of_sent
    return par[reader.sent_of(at)] - par[reader.sent_of(found[0])] <= 1


def _spoke_near_or_named_most(reader, noun: str, aff: str | None, at: int):
    """Choice "spoke_near_or_named_most": :func:`company_referent`, a name read as a
    person's that the article presents as a business counting as a company
    (:func:`.presented_businesses.person_named_as_business`); when the article names no
    company, :func:`.unlisted_companies.unlisted_company`; first of all, the company the
    quotation before it opens with (:func:`.self_named_statements.self_named_company`)."""
    if (actor := self_named_company(reader, at)) is not None:
        return actor, SELF_NAMED_COMPANY
    found = reader.recent_at(
        at, lambda a: group_noun_fits(a, noun) or person_named_as_business(reader.index, a)
    )
    near = found is not None and reader.sent_of(found[0]) >= reader.sent_of(at) - 1
    spoke = {p for p, *_ in reader.timeline} | set(reader._subject_starts)
    if (actor := company_referent(reader.index, found, spoke, near, at)) is not None:
        return actor, COMPANY_REFERENT
    return unlisted_company(reader, at), UNLISTED_COMPANY  # "Magnox will have ... the firm"


def _named_last(reader, noun: str, aff: str | None, at: int):
    """Choice "named_last": the fitting body named last before ``at`` outside quotations
    (``The Association of Flight Attendants-CWA ... knocked down reports`` ... ``"Q," the
    union said``; the ministry it negotiates with, named in between, is no union), or a
    body the article calls by the noun (``The Unite union said``: :func:`.applied_nouns.noun_applied`)."""
    found = None
    for m in reader.index.mentions_in(0, at):
        if m.in_quote:
            continue
        if group_noun_fits(m.actor, noun) or noun_applied(reader.index, m.actor, noun):
            found = m.actor
    return found, named_last_evidence(noun)


def _spoke_last_unnamed(reader, noun: str, aff: str | None, at: int):
    """Choice "spoke_last_unnamed", asked only when the article names no body by the
    noun's words: the fitting body that spoke last (``The Group of Human Rights Experts on
    Nicaragua ... The independent experts maintain ... The investigators have accused``)."""
    actor = reader._recent(at, lambda a: group_noun_fits(a, noun))
    return actor, f'the body that spoke last whose name fits "{noun}"'


def _spoke_last_or_sole_unnamed(reader, noun: str, aff: str | None, at: int):
    """Choice "spoke_last_or_sole_unnamed", asked only when the article names no body by
    the noun's words ("the department" when no "Department of ..." is named): the fitting
    body that spoke last (:func:`_spoke_last_unnamed`), else, when it spoke paragraphs
    before, the one fitting organisation or group that spoke before
    (:func:`.sole_speaking_bodies.sole_body_spoke_before`)."""
    actor, how = _spoke_last_unnamed(reader, noun, aff, at)
    if actor is not None or aff is not None:
        return actor, how
    fits = lambda a: recent_body(a, None) and group_noun_fits(a, noun)
    return sole_body_spoke_before(reader.timeline, fits, at), SOLE_BODY_SPOKE


def _agent_named_before(reader, noun: str, aff: str | None, at: int):
    """Choice "agent_named_before", asked only when the article names no body by the
    noun's words: the body the text named right after "<noun> by" before ``at`` (``A major
    inquiry by the Justice Select Committee ... The inquiry found "Q"``: the committee)."""
    found = None
    for by in re.finditer(
        rf"\b{re.escape(noun)}\s+by\s+(?:the\s+)?", reader.text[:at], re.IGNORECASE
    ):
        m = reader.index.mention_starting(by.end())
        if m is not None and not m.in_quote and group_noun_fits(m.actor, noun):
            found = m.actor
    return found, f"the body named before as the one the {noun} was by"


def _led_sentence_before(reader, noun: str, aff: str | None, at: int):
    """Choice "led_sentence_before", for a plural of people who act for a body
    ("Officials", "Judges"), asked only when the article names no body by the noun's
    words: the fitting body that spoke or led a sentence in the verb's sentence or the one
    before (``Qatar 2022 said it was "heavily dismayed" ... Officials said they relayed
    the concerns``; ``the Dutch government removed Nexperia's Chinese CEO ... Officials
    pointed to "Q"``; ``..., the court said. Ntaganda "Q", judges said``). None when that
    sentence is led by anyone else (``Staff are in the final stages ... officials said``)."""
    found = reader.recent_at(at, lambda a: group_noun_fits(a, noun))
    if found is None or reader.sent_of(found[0]) < reader.sent_of(at) - 1:
        return None, ""
    spoke = {p for p, *_ in reader.timeline} | set(reader._subject_starts)
    return (
        found[1] if found[0] in spoke else None
    ), f"the body whose {noun} they are: it led the sentence before"


def _named_just_before(reader, noun: str, aff: str | None, at: int):
    """Choice "named_just_before", for the people who act for a body the noun's fit test
    says what it is ("judges": a court): the fitting body named last outside quotations in
    the verb's sentence or the one before, subject or not (``The tobacco giants ... taking
    the case to the Court of Appeal. But on Wednesday three judges rejected their second
    challenge, saying "Q"``: the Court of Appeal). None when none is named there."""
    found = None
    lo = reader.sent_starts[max(reader.sent_of(at) - 1, 0)]
    for m in reader.index.mentions_in(lo, at):
        if not m.in_quote and group_noun_fits(m.actor, noun):
            found = m.actor
    return found, f"the body whose {noun} they are, named in this sentence or the one before"


#: The evidence for a body a described noun names near it (:func:`body_named_near`).
NAMED_NEAR = (
    "the one body of its kind named in this sentence, as the subject of the one before or next"
)

#: The evidence for a body named in apposition to the description (:func:`_apposed`).
APPOSED_BODY = "the body named in apposition to the description"

#: The evidence for a body whose name holds the description's modifiers.
MODIFIERS_NAMED = "the one body named before whose name holds the description's words"

#: The evidence for the one body of its kind the article names (:func:`_one_named`).
ONE_NAMED = "the one body of its kind the article names"


def _fits(reader, actor, noun: str) -> bool:
    """Can ``actor`` be a body described by ``noun``: it fits the table's test, it is a
    one-word name no list knows, read as a person's with nothing to show it (``Embattled
    airline Qantas``), or the article writes the noun next to its name (``The Unite union
    said``: :func:`.applied_nouns.noun_applied`)?"""
    return (
        group_noun_fits(actor, noun) or name_only(actor) or noun_applied(reader.index, actor, noun)
    )


def _fits_near(reader, m, noun: str, s: int) -> bool:
    """Is mention ``m`` near sentence ``s`` a body that fits ``noun``: named in that
    sentence, the subject of the sentence before, or the subject of the sentence after?"""
    if m.in_quote or not _fits(reader, m.actor, noun):
        return False
    where = reader.sent_of(m.start) - s
    return where == 0 or (where in (-1, 1) and (m.subject or _leads_sentence(reader, m)))


def _leads_sentence(reader, m) -> bool:
    """Does mention ``m`` open its sentence, after "The" at most ("The Refugee Council has
    hit out")?"""
    lead = reader.text[reader.sent_starts[reader.sent_of(m.start)] : m.start].strip()
    return lead.lower() in ("", "the")


def _modifiers_named(reader, noun: str, span: tuple[int, int]) -> Actor | None:
    """The one organisation named before the description at ``span`` whose name holds every
    lower-case word that modifies its head ``noun``: ``Britain’s Environment Agency said
    ... "Q," the environment watchdog said`` is the Environment Agency; None for a
    description with no such word ("a leading charity") or two such bodies."""
    words = re.findall(r"[a-z][a-z-]+", reader.text[span[0] : span[1]])
    mods = {w for w in words if w not in ("the", "a", "an", noun)}
    if not mods:
        return None
    return sole_actor(
        m.actor
        for m in reader.index.mentions_in(0, span[0])
        if not m.in_quote
        and m.actor.kind == "organisation"
        and one_body(m.actor)
        and mods <= set(m.actor.name_tokens)
    )


def _apposed(reader, noun: str, span: tuple[int, int]) -> Actor | None:
    """The fitting body named right after the description, in apposition ("airline Qantas",
    "a leading charity, the Refugee Council,"), else None."""
    if span[1] <= span[0]:
        return None
    gap = re.match(r"(?:,\s*|\s+)(?:the\s+)?", reader.text[span[1] :], re.IGNORECASE)
    m = reader.index.mention_starting(span[1] + gap.end()) if gap else None
    return m.actor if m is not None and not m.in_quote and _fits(reader, m.actor, noun) else None


def body_named_near(reader, noun: str, span: tuple[int, int]) -> tuple[Actor | None, str]:
    """The one body of the kind ``noun`` names (the table's ``fits``) that the text names
    near a description at ``span``, and the evidence: in apposition ("airline Qantas"), the
    one named before whose name holds the description's words ("the environment
    watchdog": the Environment Agency), else the one named in its own sentence, as the
    subject of the sentence before or of the sentence after: ``"Q", a leading charity has
    said. The Refugee Council has hit out``: the Refugee Council; ``the Council repeated
    its stand. "Q," the policy makers said``: the Council. None when no body or several
    fit (``reader`` is the :class:`Attributor`)."""
    if (actor := _apposed(reader, noun, span)) is not None:
        return actor, APPOSED_BODY
    if (actor := _modifiers_named(reader, noun, span)) is not None:
        return actor, MODIFIERS_NAMED
    s = reader.sent_of(span[0])
    lo = reader.sent_starts[max(s - 1, 0)]
    hi = reader.sent_starts[s + 2] if s + 2 < len(reader.sent_starts) else len(reader.text)
    found = sole_actor(
        m.actor
        for m in reader.index.mentions_in(lo, hi)
        if not span[0] <= m.start < span[1] and _fits_near(reader, m, noun, s)
    )
    return found, NAMED_NEAR


def _named_near(reader, noun: str, aff: str | None, at: int):
    """Choice "named_near": :func:`body_named_near` of the description before ``at``."""
    return body_named_near(reader, noun, (at, at))


def one_named(reader, noun: str) -> Actor | None:
    """The one body that fits ``noun`` the article names outside quotations, for a noun
    whose bodies a name shows ("inspectors": "HM Inspectorate of Prisons"); None when it
    names none or two."""
    return sole_actor(
        m.actor for m in reader.index.mentions if not m.in_quote and group_noun_fits(m.actor, noun)
    )


def _one_named(reader, noun: str, aff: str | None, at: int):
    """Choice "one_named": the body named near (:func:`body_named_near`), else
    :func:`one_named` (``..., HM Inspectorate of Prisons found. ... when inspectors
    reported "Q"``)."""
    actor, how = body_named_near(reader, noun, (at, at))
    return (actor, how) if actor is not None else (one_named(reader, noun), ONE_NAMED)


def agent_only(reader, noun: str, aff: str | None, span: tuple[int, int]) -> SpeakerRef | None:
    """A description of a body of choice "agent_named_before" ("the inquiry") is only the
    body the text named as the one it was by (:func:`_agent_named_before`), never a body
    merely named near it: ``The Government should pay extra compensation ..., a public
    inquiry concluded yesterday. The inquiry condemned "procrastination"``: the inquiry,
    not the Government it judged; None when no such body is named, and the description
    stays."""
    actor, how = _agent_named_before(reader, noun, aff, span[0])
    if actor is None:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, how=how)


def _lead_only(reader, noun: str, aff: str | None, at: int):
    """Choice "lead_named_next": a bare "the <noun>" ("the campaigners") names no body; only
    a description opening the lead does (:func:`described_body`)."""
    return None, LEAD_NAMED_NEXT


def _described_only(reader, noun: str, aff: str | None, at: int):
    """Choice "described_near": a bare "the <noun>" ("the service said") names no body by
    itself (the fuller description the text gives it does: "the EU diplomatic service");
    a description with modifiers does, the one fitting body named near it
    (:func:`described_body`: hullo_ferry_weekend_cancellation_hullo_ctvnews, ``Hullo has
    cancelled all of its sailings on Saturday and Sunday. The fledgling
    downtown-to-downtown ferry service blamed the cancellations on "Q"``: Hullo)."""
    return None, ""


#: The choices the table's ``choice`` column names.
_CHOICES = {
    "spoke_last": _spoke_last,
    "spoke_last_unnamed": _spoke_last_unnamed,
    "spoke_last_or_sole_unnamed": _spoke_last_or_sole_unnamed,
    "agent_named_before": _agent_named_before,
    "spoke_near_or_named_most": _spoke_near_or_named_most,
    "named_last": _named_last,
    "led_sentence_before": _led_sentence_before,
    "named_near": _named_near,
    "named_just_before": _named_just_before,
    "one_named": _one_named,
    "lead_named_next": _lead_only,
    "described_near": _described_only,
}


def bare_noun_body(
    reader, noun: str, aff: str | None, span: tuple[int, int], at: int
) -> SpeakerRef | None:
    """The body a bare "the <noun>" (at ``span``, affiliation or nationality ``aff``, its
    verb at ``at``) means, chosen as the table says for ``noun``; None for a noun not in
    the table or when no body fits. ``reader`` is the :class:`Attributor`.

    ``"Q," the group said`` (the body that spoke last), ``"Q," the company said`` (the
    company that spoke just before, else the one named most), ``"Q," the union said`` (the
    union named last)."""
    choice = noun_choice(noun)
    if choice is None:
        return None
    actor, how = _CHOICES[choice](reader, noun, aff, at)
    if actor is None:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, how=how)


def bare_description(text: str, span: tuple[int, int], noun: str) -> bool:
    """Is the description at ``span`` the bare ``noun``, with "the" at most?

    >>> s = "the service said. The fledgling ferry service blamed"
    >>> bare_description(s, (0, 11), "service"), bare_description(s, (18, 45), "service")
    (True, False)
    """
    return text[span[0] : span[1]].lower().removeprefix("the ").strip() == noun


def described_body(
    reader, content: list[str], aff: str | None, span: tuple[int, int]
) -> SpeakerRef | None:
    """A description whose head noun is in the table of body nouns, but no bare "the
    <noun>" ("a leading charity", "the policy makers", "inspectors"): the one fitting body
    named near it (:func:`body_named_near`), else, for a noun of choice "one_named", the
    one fitting body the article names (:func:`one_named`), else for a description opening
    the lead, the body the next paragraph names
    (:func:`.lead_descriptions.lead_body_named_next`); None when the article names
    none, and the description stays. Never people who act for a body (choice "led_sentence_before":
    "Palestinian officials", "Dutch judges"), nor a description of a nationality or owner
    ``aff`` ("the Chinese group"); of the UN as a whole, only the body the lead's next
    paragraph names ("The U.N. health agency ..." then "The World Health Organization
    said"). First of all, the body whose spelled-out name the description's words echo
    (:func:`.echoed_names.echoed_body`). ``content`` are its content words."""
    noun = content[-1] if content else ""
    choice = noun_choice(noun)
    if choice is not None and (echoed := echoed_body(reader.index, span, reader.text)):
        reader.note_span(echoed, *span)  # "Asia's regional body on combating piracy": ReCAAP
        return SpeakerRef(echoed, None, *span, how=ECHOED_NAME)
    if choice in (None, "led_sentence_before") or (aff is not None and not is_umbrella_body(aff)):
        return None
    if choice == "described_near" and bare_description(reader.text, span, noun):
        return None  # "the service": the fuller description the text gives names it
    actor, how = None, LEAD_NAMED_NEXT  # "The U.N. health agency": only the body named next
    if aff is None and choice == "named_just_before":  # "three judges": the court just before
        actor, how = _named_just_before(reader, noun, aff, span[0])
    elif choice == "agent_named_before":
        return agent_only(reader, noun, aff, span)
    elif aff is None and choice != "lead_named_next":
        actor, how = body_named_near(reader, noun, span)
    if actor is None and choice == "one_named" and aff is None:
        actor, how = one_named(reader, noun), ONE_NAMED
    if actor is None:
        actor, how = lead_body_named_next(reader, noun, span), LEAD_NAMED_NEXT
    if actor is None:
        actor, how = lead_name_echoing(reader, noun, span), ECHOED_MODIFIER
    if actor is None:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, how=how)


def described_plural(reader, ref: SpeakerRef | None) -> SpeakerRef | None:
    """A plain plural subject (``ref``, a label with no actor: "policy makers",
    "inspectors") whose head noun the table of body nouns holds: the body
    :func:`described_body` names (``the Council repeated its earlier policy stand. "Q," the
    policy makers said``: the Council), else ``ref`` as it is ("pharmacists")."""
    if ref is None or ref.actor is not None or not ref.label:
        return ref
    content = ref.label.lower().split()
    return described_body(reader, content, None, (ref.start, ref.end)) or ref
