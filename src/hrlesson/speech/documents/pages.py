"""A document on someone's own page speaks for the page's owner: "A statement of their
website read", "a message on the town's official Facebook page" (the town the article
names: "the town of Chibougamau"); "the Facebook post" after it is the same wording."""

from __future__ import annotations

import re
from dataclasses import replace

from ...wordlists import word_set
from ..act_owners import possessor_ref
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import SETTLEMENT_NOUNS, SOCIAL_PLATFORMS
from .frame_subjects import verb_subject_after
from .head_noun_issuers import head_noun_body, head_noun_name
from .unnamed_issuers import ISSUED

#: Nouns for the pages a body publishes on ("website", "page", "account").
PAGE_NOUNS = word_set("page_nouns")

_OWNER_PRONOUNS = frozenset(["her", "his", "its", "their"])

#: The most words between an owner's possessive and the page noun ("official Twitter").
_MAX_PAGE_MODIFIERS = 3

#: How the owner of a page named by a lower-case noun was found (the evidence's words).
NOUN_PAGE_OWNER = "the owner of the page the document is on, named so before"

#: How the owner of a page that speaks was found (the evidence's words).
OWN_PAGE = "the owner of the page that speaks or is posted on"

#: Verbs that put a document on a page ("a statement posted on its website").
_PLACING_VERBS = frozenset(["posted", "published", "shared", "put"])


def page_of(words: list[Token], i: int) -> tuple[int, int] | None:
    """The possessor and the page noun of ``<document> on/of <owner>'s [...] <page>``
    after the document noun ``words[i]``, as indexes into ``words``, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("a message on the town's official Facebook page", [0])
    >>> page_of(ws, 1)
    (4, 7)
    >>> page_of(tokenize("A statement of their website", [0]), 1)
    (3, 4)
    >>> page_of(tokenize("a statement on the website", [0]), 1) is None
    True
    """
    if i + 1 < len(words) and words[i + 1].lower in _PLACING_VERBS:
        i += 1  # "A statement posted on the Little Stoke parkrun website"
    if i + 2 >= len(words) or words[i + 1].lower not in ("on", "of", "from"):
        return None
    k = next(
        (k for k in range(i + 2, min(i + 7, len(words))) if words[k].lower in PAGE_NOUNS), None
    )
    if k is None:
        return None
    j = next(
        (j for j in range(i + 2, k) if words[j].poss or words[j].lower in _OWNER_PRONOUNS), None
    )
    return None if j is None else (j, k)


def page_owner(att, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """The owner of the page the document ``words[i]`` is on (see :func:`page_of`): the
    body "its"/"their" means, the one named with the possessive, or the town, city or
    region the article names ("the town's": "the town of Chibougamau").
    ``att`` is an :class:`Attributor`."""
    found = page_of(words, i)
    if found is None:
        return named_page_owner(att, words, i) or noun_page_owner(att, words, i, at)
    owner = words[found[0]]
    how = f"the owner of the {words[found[1]].lower} the {words[i].lower} is on"
    if owner.lower in _OWNER_PRONOUNS:
        ref = att._pronoun(owner, at)
    elif (m := att.index.mention_starting(owner.start)) is not None:
        ref = SpeakerRef(m.actor, None, m.start, m.end)
    elif owner.text.islower() and owner.lower in SETTLEMENT_NOUNS:
        ref = named_settlement(att.text, owner.lower, owner.start, owner.end)
    else:  # "a post on the tournament's Twitter account", "on Consumers Energy’s page"
        on = ("on", "of", "from")
        first = next((f for f in range(found[0], i, -1) if words[f - 1].lower in on), i + 2)
        ref = possessed_owner(att, words, first, found[0], at)
    if ref is None or (ref.actor is None and not ref.label):
        return None
    return SpeakerRef(ref.actor, ref.label, ref.start, ref.end, ref.described, how)


def possessed_owner(att, words: list[Token], first: int, k: int, at: int) -> SpeakerRef | None:
    """The owner ``words[first : k + 1]`` names, ending in the possessive ``words[k]``: a
    capitalised name, the actor it resolves to or the name as written ("Consumers
    Energy’s"); "the" and a lower-case noun, the body named before whose name ends in that
    noun ("the golf club's": County Sligo Golf Club; :mod:`.head_noun_issuers`), else
    None ("the tournament's": no "... Tournament" named). ``att`` is an :class:`Attributor`."""
    owner = words[k]
    if owner.cap:
        return possessor_ref(att, words[first : k + 1])
    if words[first].lower != "the" or not 0 < k - first <= 2:
        return None
    the_noun = [words[first], replace(owner, text=owner.base)]  # "the golf club's": the club
    if (ref := head_noun_body(att.index, the_noun, at)) is not None:
        return ref
    ref = head_noun_name(att, the_noun, at)  # a name no actor holds: named, a label
    return None if ref is None else replace(ref, described=False)


def page_speaker(att, words: list[Token], at: int) -> SpeakerRef | None:
    """``Consumers Energy’s official Twitter account said “Q”``, ``a post on the
    tournament's Twitter account said``: a subject phrase that ends in an owner's own page
    (data/words/page_nouns.txt), the owner in the possessive and up to three modifiers
    before the page noun, speaks for that owner (:func:`possessed_owner`), not as the page
    or the post on it; None for any other phrase. ``att`` is an :class:`Attributor`."""
    if len(words) < 2 or words[-1].lower not in PAGE_NOUNS or words[-1].poss:
        return None
    k = next((k for k, w in enumerate(words[:-1]) if w.poss), None)
    if k is None or len(words) - 2 - k > _MAX_PAGE_MODIFIERS:
        return None
    if any(w.poss for w in words[k + 1 :]) or words[k].lower in _OWNER_PRONOUNS:
        return None
    first = next((f + 1 for f in range(k - 1, -1, -1) if words[f].lower in ("on", "of")), 0)
    ref = possessed_owner(att, words, first, k, at)  # "a post on the tournament's page"
    return None if ref is None else replace(ref, how=OWN_PAGE)


def on_the_page(words: list[Token], i: int, most: int) -> tuple[int, int] | None:
    """Where ``<document> [posted] on the <one to most words> <page noun>`` runs after the
    document noun ``words[i]``: the indexes of "on" and of the page noun, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> on_the_page(tokenize("a release posted on the election board website", [0]), 1, 2)
    (3, 7)
    >>> on_the_page(tokenize("a release on the big old election board website", [0]), 1, 2) is None
    True
    """
    j = i + 2 if i + 1 < len(words) and words[i + 1].lower in _PLACING_VERBS else i + 1
    if j + 3 >= len(words) or words[j].lower != "on" or words[j + 1].lower != "the":
        return None
    end = min(j + 3 + most, len(words))
    k = next((k for k in range(j + 3, end) if words[k].lower in PAGE_NOUNS), None)
    return None if k is None else (j, k)


def page_name_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """The capitalised name of the page's owner in ``<document> [posted] on the <name>
    website`` after the document noun ``words[i]``, as the indexes of its first word and
    of the page noun, else None; no platform ("on the Twitter blogging site").

    >>> from hrlesson.speech.tokens import tokenize
    >>> page_name_at(tokenize("A statement posted on the Little Stoke parkrun website", [0]), 1)
    (5, 8)
    >>> page_name_at(tokenize("a post on the Twitter Internet blogging site", [0]), 1) is None
    True
    >>> page_name_at(tokenize("a statement on the website", [0]), 1) is None
    True
    """
    found = on_the_page(words, i, 4)
    if found is None:
        return None
    j, k = found
    name = words[j + 2 : k]
    if not name[0].cap or any(w.poss or not w.text.isalpha() for w in name):
        return None
    return None if any(w.lower in SOCIAL_PLATFORMS for w in name) else (j + 2, k)


def named_page_owner(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``A statement posted on the Little Stoke parkrun website yesterday revealed ...``
    then ``The statement added that organisers were “very grateful”``
    (little_stoke_parkrun_organisers_telegraph): the body the page is named after
    (:func:`page_name_at`) issued the document: the body the index reads there, else the
    name as a label. ``att`` is an :class:`Attributor`."""
    found = page_name_at(words, i)
    if found is None:
        return None
    first, last = words[found[0]], words[found[1] - 1]
    how = f"the owner of the {words[found[1]].lower} the {words[i].lower} is on"
    ms = att.index.mentions_in(first.start, last.end)
    if ms and ms[0].start == first.start and ms[0].actor.kind in ("organisation", "group"):
        return SpeakerRef(ms[0].actor, None, ms[0].start, ms[0].end, how=how)
    if ms:
        return None
    name = " ".join(w.text for w in words[found[0] : found[1]])
    return SpeakerRef(None, name, first.start, last.end, how=ISSUED)


def noun_page_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """The lower-case noun that names the page's owner in ``<document> on the <noun>
    website`` after the document noun ``words[i]``, at most one lower-case modifier before
    it, as the indexes of "the" and of that noun, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> noun_page_at(tokenize("a release on the election board website", [0]), 1)
    (3, 5)
    >>> noun_page_at(tokenize("a statement on the website", [0]), 1) is None
    True
    """
    found = on_the_page(words, i, 2)
    if found is None:
        return None
    j, k = found
    name = words[j + 2 : k]
    if any(w.poss or not (w.text.isalpha() and w.text.islower()) for w in name):
        return None
    return None if any(w.lower in SOCIAL_PLATFORMS for w in name) else (j + 1, k - 1)


def noun_page_owner(att, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``"Q," states a release on the election board website`` after "the Clay County
    Election Board" (clay_county_primary_recount_lamb_mycouriertribune): the body named
    before whose name ends in the noun the page is named after (:func:`noun_page_at`,
    :mod:`.head_noun_issuers`; a name no actor holds as its label) issued the document;
    None when no name ends so. ``att`` is an :class:`Attributor`."""
    found = noun_page_at(words, i)
    if found is None:
        return None
    the_noun = [words[found[0]], words[found[1]]]
    ref = head_noun_body(att.index, the_noun, at) or head_noun_name(att, the_noun, at)
    if ref is None:
        return None
    return replace(ref, how=NOUN_PAGE_OWNER)


def named_settlement(text: str, noun: str, start: int, end: int) -> SpeakerRef | None:
    """``the town`` in a text that names one place so, "the town of Chibougamau": that
    place (as a label; it is no actor), else None.

    >>> named_settlement("The town of Chibougamau was told to go. The town's page", "town", 40, 50).label
    'Chibougamau'
    >>> named_settlement("The town of A and the town of B", "town", 0, 4) is None
    True
    """
    names = set(re.findall(rf"\b(?i:{noun}) of ((?:[A-Z][\w’'-]+ ?)+)", text))
    names = {n.strip() for n in names if n[0].isupper()}
    if len(names) != 1:
        return None
    return SpeakerRef(None, names.pop(), start, end)


def platform_post(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``"Q," said the Facebook post`` after "a message on the town's official Facebook
    page": a definite document named by its platform is the wording of the document
    named before (its owner speaks). ``att`` is an :class:`Attributor`."""
    if i < 2 or words[i - 1].lower not in SOCIAL_PLATFORMS or words[i - 2].lower != "the":
        return None
    doc = att.last_doc
    if doc is None:
        return None
    return SpeakerRef(doc.actor, doc.label, doc.start, doc.end, doc.described, doc.how)


def platform_poster(
    owner: SpeakerRef | None, words: list[Token], i: int, cues: list[Cue]
) -> SpeakerRef | None:
    """``In a Facebook post, the department explained the situation; “Q”`` then ``the
    post read``: a document ``words[i]`` whose ``owner`` is the platform named right
    before it was posted there by the subject of the first reporting verb after it (the
    department), else by nobody named; any other ``owner`` is kept."""
    if owner is None or owner.actor is None or i == 0:
        return owner
    if owner.actor.name.lower() != words[i - 1].lower or not posted_on_platform(
        owner.actor.name, words[i - 1]
    ):
        return owner
    return verb_subject_after(cues, words[i])


def posted_on_platform(name: str, word: Token) -> bool:
    """``In a Facebook post, the department explained``, ``a Twitter message said``: a
    social platform named before a document noun, without a possessive, is where the
    document was posted, not who issued it (data/words/social_platforms.txt).

    >>> from hrlesson.speech.tokens import tokenize
    >>> posted_on_platform("Facebook", tokenize("a Facebook post", [0])[1])
    True
    >>> posted_on_platform("Facebook", tokenize("Facebook's statement", [0])[0])
    False
    """
    return name.lower() in SOCIAL_PLATFORMS and not word.poss


#: How a page nobody owns was read after an adjective taken for a title (the evidence's words).
UNOWNED_PAGE = 'a page no owner is named for, its adjective no title ("the official website")'


def adjective_page(text: str, words: list[Token], desc: SpeakerRef) -> SpeakerRef | None:
    """``According to the official website, the contest “Q”``: a description of an
    unnamed person ("the official") whose head comes right before a page noun, or before
    a platform's name and a page noun, is that page's adjective, whoever the title was
    taken to rename (page worlds_ugliest_dog_mr_happy_face_benally_thedodo: not the dog); the page closing the
    phrase, with no owner named, speaks as written; else None ("the official website of
    the club", "a police official"; a possessive goes to :func:`page_speaker`).

    >>> from hrlesson.speech.tokens import tokenize
    >>> text = "the official website"
    >>> adjective_page(text, tokenize(text, [0]), SpeakerRef(None, "official", 0, 12)).label
    'the official website'
    >>> adjective_page(text, tokenize(text, [0])[:2], SpeakerRef(None, "official", 0, 12))
    """
    if desc.actor is not None and desc.actor.kind != "person":
        return None  # "the club website": the club's
    k = next((k for k, w in enumerate(words) if w.end == desc.end), None)
    if (
        k is None
        or not words[k].text.islower()
        or words[k].poss
        or any(w.poss for w in words[: k + 1])
    ):
        return None
    j = k + 2 if k + 2 < len(words) and words[k + 1].lower in SOCIAL_PLATFORMS else k + 1
    if j != len(words) - 1 or words[j].lower not in PAGE_NOUNS:
        return None
    return SpeakerRef(
        None, text[words[0].start : words[j].end], words[0].start, words[j].end, True, UNOWNED_PAGE
    )
