"""A definite title that renames the person who has just spoken without one."""

from __future__ import annotations

import bisect

from ...wordlists import word_set
from ..descriptions.fit import title_fits_gender
from ..partitives import unnamed_non_kin
from ..records import Actor
from ..vocabulary import GENERIC_TITLES, PARTY_MEMBER_NOUNS, TITLE_HEADS, TITLE_MODIFIERS
from .owners import owners_fit
from .role_holders import FORMER_WORDS

#: Styles of rank that name no post: data/words/noble_styles.txt.
_NOBLE_STYLES = word_set("noble_styles")

#: Everyday title heads for any official who just spoke: data/words/casual_titles.txt.
_CASUAL_TITLES = word_set("casual_titles")

#: Kinds of speaker no person's title names (see :func:`last_person_past_states`).
_NO_TITLE_KINDS = frozenset(["state", "group"])

#: Nouns of a post a generic title may rename: data/words/official_nouns.txt.
_OFFICIAL_NOUNS = word_set("official_nouns")

#: The evidence for a speaker placed by :func:`untitled_last_speaker`.
LAST_SPEAKER_TITLE = "a bare or generic title for the person who spoke in the sentence before"

#: How a mention names its person when the subject of :func:`untitled_subject_before`.
_NAMED = frozenset(["name", "surname"])

#: The evidence for a speaker placed by :func:`untitled_subject_before`.
SUBJECT_BEFORE_TITLE = "a bare or generic title for the subject of the sentence before"

#: The evidence for a speaker placed by :func:`speaker_before_later_holders`.
SPOKE_BEFORE_LATER_HOLDERS = "the person of that country who spoke just before, not a later name"


def untitled_last_speaker(
    index, timeline: list, words: list[str], start: int, aff: str | None
) -> Actor | None:
    """``"We stand with our allies," Ryder said. The spokesperson added that ...``: a
    definite title without an affiliation or complement (``words``, lower case with its
    article, at ``start``) that nobody's role matches renames the person who spoke in the
    sentence before (or earlier in this one or this paragraph, or within two paragraphs:
    see :func:`recent_paragraphs`, :func:`last_person_past_states`), when the text gives
    that person no role (or the title is a generic one, see :func:`generic_or_untitled`,
    or an everyday one, see :func:`casual_title`) and names no other
    person between the two. A bare generic title ("the official", "the diplomat")
    renames an unnamed person who just spoke too: ``This was announced by a high-ranking
    representative of the Washington administration. According to him, "Q." "Q2," the
    official added``: the representative (see :func:`renames_unnamed`).

    ``index`` is the article's actor index, ``timeline`` the (position, actor, salient)
    speakers read so far.
    """
    if words[:1] != ["the"] or aff is not None or title_complement(words):
        return None
    if owned_title(words):
        return None  # "the prime minister's spokesperson": another's aide, a new speaker
    spoke = [(pos, a) for pos, a, *_ in timeline if pos < start]
    if not spoke:
        return None
    pos, actor = last_person_past_states(spoke)
    untitled = generic_or_untitled(actor, words) or casual_title(actor, words)
    untitled = untitled or former_title(words)
    untitled = untitled and not actor.key.startswith("unnamed:")
    if actor.kind != "person" or not (untitled or renames_unnamed(words, actor)):
        return None
    sents = index.sentence_starts
    same_par = paragraphs_apart(index, pos, start) == 0
    near = same_par or recent_paragraphs(index, pos, start)
    if bisect.bisect_right(sents, start) - bisect.bisect_right(sents, pos) > 1 and not near:
        return None  # "Alsup wrote: "Q. Q2." Though ..., the judge pointed out": one paragraph
    for m in index.mentions_in(pos, start):
        if m.actor.kind == "person" and m.actor is not actor and not m.in_quote:
            if not shown_person(m):
                continue  # "the rebuilding of Notre Dame": a name nothing shows is a person's
            return None
    return actor


def last_person_past_states(spoke: list) -> tuple:
    """The last of the (position, actor) speakers ``spoke``, past the states and groups
    read as speaking after the last person: neither a state said to act in a report's
    aside ("Nigeria has become a major transit point", "Beijing has accused the US") nor a
    group ("According to wildlife experts and law enforcement officials") holds a title
    one person could be renamed by, so ``"Q," Ali said.`` ¶ ``According to wildlife
    experts ..., Nigeria has become ...`` ¶ ``..., the customs boss said`` points back to Ali.

    >>> ali, ng = Actor("person", "Ali"), Actor("state", "Nigeria")
    >>> last_person_past_states([(1, ali), (5, ng)])[1].name
    'Ali'
    >>> last_person_past_states([(5, ng)])[1].name
    'Nigeria'
    """
    for pos, actor in reversed(spoke):
        if actor.kind not in _NO_TITLE_KINDS:
            return pos, actor
    return spoke[-1]


def casual_title(actor: Actor, words: list[str]) -> bool:
    """``words`` (a description, lower case with its article) end in an everyday head any
    official may be called by (data/words/casual_titles.txt), and ``actor`` holds a post
    ("Rajkot Range IG Ashok Kumar Yadav said ..." then "the police officer added").

    >>> casual_title(Actor("person", "Ali", role="Colonel"), ["the", "customs", "boss"])
    True
    >>> casual_title(Actor("person", "Ali", role="Colonel"), ["the", "judge"])
    False

    A head that also modifies a title (data/words/title_modifiers.txt: "chief" of "the chief
    sponsor") needs a modifier of its own before it: "NASA Administrator Jim Bridenstine
    termed ..." then "The American space agency chief said" (page
    india_asat_debris_bridenstine_newsbytesapp), not a bare "the chief".

    >>> casual_title(Actor("person", "Ali", role="Administrator"), ["the", "agency", "chief"])
    True
    >>> casual_title(Actor("person", "Ali", role="CEO"), ["the", "chief"])
    False
    """
    if words[-1] in TITLE_MODIFIERS and len(words) < 3:
        return False
    return bool(post_of(actor)) and words[-1] in _CASUAL_TITLES


def recent_paragraphs(index, earlier: int, later: int) -> bool:
    """The title at ``later`` stands within two paragraphs of the speech at ``earlier``
    (the caller has checked that nobody spoke and no person was named between): a
    report's aside of a paragraph or so does not end who the story is about
    (``"Q," Ali said.`` ¶ ``According to wildlife experts, Nigeria has become ...`` ¶
    ``..., the customs boss said``: Ali).
    """
    return paragraphs_apart(index, earlier, later) <= 2


def former_title(words: list[str]) -> bool:
    """``words`` (a description, lower case with its article) name a post held before:
    "the retired court of appeal judge", "the former prime minister". A past career says
    nothing of the post its holder has now, so it may rename one the text titled otherwise
    (``The chair of the inquiry has warned ... Baroness Heather Hallett said ... The
    retired court of appeal judge said``: Hallett).

    >>> former_title(["the", "retired", "court", "of", "appeal", "judge"])
    True
    >>> former_title(["the", "ex-minister"]), former_title(["the", "judge"])
    (True, False)
    """
    return any(w in FORMER_WORDS or w.startswith("ex-") for w in words[1:2])


def title_complement(words: list[str]) -> bool:
    """Does a description (``words``, lower case with its article) hold a complement that
    names whose post it is ("the president of the Commission", "a spokesman for the
    ministry"), rather than an "of" inside the modifiers of a former post's title head
    that ends it ("the retired court of appeal judge")?

    >>> title_complement(["the", "president", "of", "the", "commission"])
    True
    >>> title_complement(["the", "retired", "court", "of", "appeal", "judge"])
    False
    """
    if not {"of", "for"} & set(words):
        return False
    return not (former_title(words) and words[-1] in TITLE_HEADS)


def shown_person(mention) -> bool:
    """Does the text show that the person ``mention`` names is one who could hold a title
    said after it: a subject, or a person with a role or a known gender? Not a name read as
    a person's with nothing to show it, met in passing as an object ("Emmanuel Macron
    described the rebuilding of Notre Dame as ... The burning of the cathedral, the
    president said": Macron).

    >>> from ..records import Mention
    >>> shown_person(Mention(0, 10, Actor("person", "Notre Dame"), "name"))
    False
    """
    return bool(mention.subject) or mention.actor.marked_person


def renamed_by_title(
    index, timeline: list, words: list[str], start: int, aff: str | None
) -> tuple[Actor | None, str | None]:
    """The untitled person a definite title (``words``, lower case with its article, at
    ``start``) renames, and the evidence: the person who spoke just before
    (:func:`untitled_last_speaker`), else the subject of the sentence before
    (:func:`untitled_subject_before`); ``(None, None)`` when neither."""
    if (actor := untitled_last_speaker(index, timeline, words, start, aff)) is not None:
        return actor, LAST_SPEAKER_TITLE
    if (actor := untitled_subject_before(index, words, start, aff)) is not None:
        return actor, SUBJECT_BEFORE_TITLE
    return None, None


def untitled_subject_before(index, words: list[str], start: int, aff: str | None) -> Actor | None:
    """``David Cameron has paid tribute to Margaret Thatcher, who died ...`` then ``The
    prime minister, who is cutting short his trip, said``: a definite title (``words``,
    lower case with its article, at ``start``) that nobody's role matches renames the
    person named as the subject of the sentence before (or earlier in its paragraph),
    though that person did not speak, when the text gives them no post the title could
    contradict (or the title is a generic one: "Finance Minister Christian Lindner ..."
    then "said the FDP politician"), their gender fits it and their affiliation is not
    another body's. Not the person the subject acts on (Thatcher), nor a title another
    owns ("the prime minister's spokesperson") or with a complement, nor a subject that
    is a description ("The tourism councilor of the city, X, believes ..." then "the
    Budget Councilor acknowledged" is someone else).

    ``index`` is the article's actor index.
    """
    if words[:1] != ["the"] or {"of", "for"} & set(words) or owned_title(words):
        return None
    s = bisect.bisect_right(index.sentence_starts, start) - 1
    par = index.paragraphs[bisect.bisect_right([p[2] for p in index.paragraphs], start) - 1]
    since = min(index.sentences[max(0, s - 1)][3], par[2])
    subjects = [
        m
        for m in index.mentions_in(since, start)
        if m.actor.kind == "person"
        and m.subject
        and not m.in_quote
        and m.how in _NAMED
        and _opens_sentence(index, m.start)
    ]
    if not subjects:
        return None
    actor = subjects[-1].actor
    if actor.key.startswith("unnamed:"):
        return None
    if not (generic_or_untitled(actor, words) or casual_title(actor, words)):
        return None
    if (
        aff is not None
        and actor.affiliation is not None
        and not owners_fit([aff], [actor.affiliation])
    ):
        return None
    return actor if title_fits_gender(words[-1], actor) else None


def _opens_sentence(index, pos: int) -> bool:
    """The name at ``pos`` opens its sentence, after its capitalised title at most
    ("Finance Minister Christian Lindner does"; not "The councilor of the city, X,")."""
    s = bisect.bisect_right(index.sentence_starts, pos) - 1
    before = index.text[index.sentences[s][3] : pos].split()
    return all(w[:1].isupper() and w[-1:].isalnum() for w in before)


def owned_title(words: list[str]) -> bool:
    """A possessive owns the title in ``words`` (lower case, with its article): "the prime
    minister's official spokesperson" works for the prime minister; such a title brings in a
    person of its own, not the untitled one who just spoke.

    >>> owned_title(["the", "prime", "minister’s", "official", "spokesperson"])
    True
    >>> owned_title(["the", "spokesperson"])
    False
    """
    return any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[:-1])


def aide_of_titled(words: list[str], actor: Actor, start: int, timeline: list) -> bool:
    """``words`` (a description, lower case with its article, at ``start``) name the aide of
    another titled person ("the prime minister's official spokesperson"), and ``actor``
    was named and spoke before it: the aide is someone new, not ``actor`` named again
    later (``timeline`` holds (position, actor, salient) speakers).

    >>> anderson = Actor("person", "Keith Anderson")
    >>> anderson.first = (10, 24)
    >>> words = ["the", "prime", "minister's", "spokesperson"]
    >>> aide_of_titled(words, anderson, 100, [(30, anderson, True)])
    True
    >>> aide_of_titled(["the", "company's", "spokesperson"], anderson, 100, [(30, anderson, True)])
    False
    """
    owners = [w[:-2] for w in words[:-1] if w.endswith(("'s", "’s"))]
    if not any(w in TITLE_HEADS for w in owners) or actor.first[0] >= start:
        return False
    return any(a is actor and pos < start for pos, a, *_ in timeline)


def generic_or_untitled(actor: Actor, words: list[str]) -> bool:
    """``actor`` has no post a title of ``words`` (lower case, with its article) could
    contradict: no post at all, or the title is a generic one any holder of a post may be
    called by ("European Commission vice-president Maros Sefcovic said ..." then "The
    Brussels representative also warned"), or a party's member any office holder may be
    ("Sen. Robert Menendez said ..." then "the New Jersey Democrat told").

    >>> sefcovic = Actor("person", "Maros Sefcovic", role="vice-president")
    >>> generic_or_untitled(sefcovic, ["the", "representative"])
    True
    >>> generic_or_untitled(sefcovic, ["the", "judge"])
    False
    >>> generic_or_untitled(Actor("person", "Robert Menendez", role="Sen."), ["the", "democrat"])
    True
    """
    return not post_of(actor) or words[-1] in GENERIC_TITLES or words[-1] in PARTY_MEMBER_NOUNS


def post_of(actor: Actor) -> str | None:
    """The post ``actor``'s role names; None when the role is only a style of rank
    ("Sheikh", "Prince"): "Foreign Minister, Sheikh Khalid ..." read as "Sheikh" holds
    no title a later "the minister" could contradict.

    >>> khalid = Actor("person", "Khalid bin Ahmed")
    >>> khalid.role = "Sheikh"
    >>> post_of(khalid) is None
    True
    """
    words = (actor.role or "").lower().split()
    return None if all(w in _NOBLE_STYLES for w in words) else actor.role


def renames_unnamed(words: list[str], actor: Actor) -> bool:
    """``words`` (a description, lower case with its article) are a bare generic title that
    may rename ``actor``, a person the article never names whose description names a post
    (a representative, a source; not a witness or a relative).

    >>> rep = Actor("person", "high-ranking representative", key="unnamed:high-ranking representative")
    >>> renames_unnamed(["the", "official"], rep), renames_unnamed(["the", "minister"], rep)
    (True, False)
    >>> renames_unnamed(["the", "official"], Actor("person", "his family", key="unnamed:his family"))
    False
    >>> renames_unnamed(["the", "official"], Actor("person", "witness", key="unnamed:witness"))
    False
    """
    official = any(w in _OFFICIAL_NOUNS for w in actor.name.lower().split())
    return (
        len(words) == 2 and words[1] in GENERIC_TITLES and official and unnamed_non_kin(actor.key)
    )


def speaker_before_later_holders(
    index, timeline: list, holders: list[Actor], start: int, aff: str | None
) -> Actor | None:
    """``Exiled Venezuelan politician Leopoldo López denounced a "fraud" ...`` then
    ``"Q," the Venezuelan opposition leader said``: when every person who holds the post
    of a definite description (at ``start``, of the country ``aff``) is named only after
    it, the description points back to the last person who spoke, when of that country
    and in this paragraph or the one before, not forward to a later name.

    ``index`` is the article's actor index, ``timeline`` the (position, actor, salient)
    speakers read so far.
    """
    if aff is None or not holders or any(a.first[0] < start for a in holders):
        return None
    if index.text[start : start + 4].lower() != "the ":
        return None
    spoke = [(pos, a) for pos, a, *_ in timeline if pos < start and a.kind == "person"]
    if not spoke or spoke[-1][1].affiliation != aff:
        return None
    if paragraphs_apart(index, spoke[-1][0], start) > 1:
        return None
    return spoke[-1][1]


def paragraphs_apart(index, earlier: int, later: int) -> int:
    """How many paragraph breaks of ``index`` lie between the positions ``earlier`` and
    ``later`` (0: the same paragraph; 1: the one before)."""
    pars = [par[2] for par in index.paragraphs]
    return bisect.bisect_right(pars, later) - bisect.bisect_right(pars, earlier)
