"""A plural description that names a group listed together before it: "the Food and
Agriculture Organization (FAO) and the World Food Programme (WFP) warned ..." then "the UN
agencies said"; "FIFA and UEFA said ..." then "both governing bodies have said"."""

from __future__ import annotations

from ...wordlists import word_table
from ..joint import MEMBER_COUNTS, joint_members, joint_speaker
from ..pronouns.titled_pairs import titled_subject_group
from ..records import Actor, SpeakerRef
from ..vocabulary import CAPITALS, is_group_word

#: Plural nouns for members that speak together, and the kinds of actor each fits
#: (data/words/joint_group_nouns.csv).
GROUP_NOUN_KINDS = {
    row["noun"]: frozenset(row["kinds"].split("|")) for row in word_table("joint_group_nouns")
}

#: How the evidence names a group found through its description.
JOINT_DESCRIBED = "the group named together before the description"

#: How many paragraphs before the description the group may be named (further when the
#: description counts the members: "the three men").
_REACH = 4
_COUNTED_REACH = 8


def group_description(lows: list[str]) -> tuple[frozenset[str], int | None] | None:
    """The kinds of member and how many members (None: any number) a plural description of
    members that speak together asks for: ``the two ministers`` (people, 2), ``both
    governing bodies`` (bodies, 2), ``the UN agencies`` (bodies, any number); None for any
    other phrase (``lows`` are its words in lower case).

    >>> kinds, n = group_description(["both", "governing", "bodies"])
    >>> sorted(kinds), n
    (['organisation'], 2)
    >>> group_description(["the", "two", "ministers"])[1]
    2
    >>> print(group_description(["rights", "groups"]), group_description(["the", "ministers"]))
    None (frozenset({'person'}), None)
    """
    if not 2 <= len(lows) <= 4 or lows[-1] not in GROUP_NOUN_KINDS:
        return None
    if lows[0] == "both":
        count, rest = 2, lows[1:-1]
    elif lows[0] == "the":
        count = MEMBER_COUNTS.get(lows[1]) if len(lows) > 2 else None
        rest = lows[2:-1] if count else lows[1:-1]
    else:
        return None
    if any(w in MEMBER_COUNTS or w in ("of", "and", "the") or "'" in w or "’" in w for w in rest):
        return None
    return GROUP_NOUN_KINDS[lows[-1]], count


def joint_phrase(att, words: list, at: int) -> SpeakerRef | None:
    """The group the phrase ``words`` names by a description: the group named before it
    (:func:`joint_description`), the members it lists (:func:`members_from_list`) or the
    plural nouns it joins (:func:`coordinated_plurals`)."""
    return (
        joint_description(att, words, at)
        or members_from_list(att, words)
        or coordinated_plurals(att, words)
    )


def joint_description(att, words: list, at: int) -> SpeakerRef | None:
    """``The FAO and the WFP warned ...`` then ``..., the UN agencies said``: a plural
    description that opens the phrase ``words`` (see :func:`group_description`) is
    the nearest group listed together before it (as a list of names, or a group a pronoun
    made, "They hailed ...") in its paragraph or the four before (eight when it counts them), when the members are of
    the kinds the noun fits and as many as the phrase counts. ``att`` is an
    :class:`Attributor`; None when no group fits."""
    n = next((n for n, w in enumerate(words[:4], 1) if w.lower in GROUP_NOUN_KINDS), 0)
    if n == 0 or words[n - 1].poss or (n < len(words) and words[n].lower == "of"):
        return None
    asked = group_description([w.lower for w in words[:n]])
    if asked is None:
        return None
    group = _group_before(att, words[0].start, *asked)
    if group is None:
        return None
    att.note_span(group, words[0].start, words[n - 1].end)
    return SpeakerRef(group, None, words[0].start, words[n - 1].end, True, JOINT_DESCRIBED)


def _group_before(att, pos: int, kinds: frozenset[str], count: int | None) -> Actor | None:
    """The last group of fitting members named together before ``pos`` within reach: a list
    of names, titled persons joined by "and", or a joint group that spoke."""
    first_par = att.par_of_sent[att.sent_of(pos)] - (_REACH if count is None else _COUNTED_REACH)
    found = [_listed_before(att, pos, first_par, kinds, count)]
    if "person" in kinds:
        found.append(_titled_pair_before(att, pos, first_par))
    for p, actor, *_ in att.timeline:
        if (
            p < pos
            and actor.key.startswith("joint:")
            and att.par_of_sent[att.sent_of(p)] >= first_par
        ):
            parts = set(actor.key.removeprefix("joint:").split("|"))
            if {a.kind for a in att.index.actors if a.name.lower() in parts} <= kinds:
                found.append((p, actor))  # a group a pronoun made ("They hailed ...")
    fits = [f for f in found if f and count in (None, len(f[1].key.split("|")))]
    return max(fits, key=lambda f: f[0])[1] if fits else None


def _listed_before(att, pos: int, first_par: int, kinds: frozenset[str], count: int | None):
    """The last list of names of fitting members before ``pos`` from paragraph ``first_par``
    on: where it starts and its group, or None."""
    best, listed_to = None, -1
    for m in att.index.mentions:
        if m.start >= pos:
            break
        if m.start < listed_to or m.in_quote or att.par_of_sent[att.sent_of(m.start)] < first_par:
            continue
        members = joint_members(att.text, att.index, m)
        if members is None:
            continue
        listed_to = members[-1].end
        fits = {x.actor.kind for x in members} <= kinds
        if fits and count in (None, len({x.actor.name for x in members})):
            best = (m.start, joint_speaker(att.text, att.index, m)[0])
    return best


def titled_list(att, words: list, i: int) -> SpeakerRef | None:
    """``UN Special Rapporteurs Rhona Smith and David Kaye``: a plural title (capitalised,
    an affiliation before it allowed) right before people listed together names them; the
    people speak, one group named by their names. ``words`` are a phrase's words, the
    title starting at ``words[i]``; ``att`` is an :class:`Attributor`; None when no such
    title and list are there."""
    for j in range(i, min(i + 5, len(words) - 1)):
        w = words[j]
        if not w.cap or w.poss:
            return None
        if not (w.lower.endswith("s") and is_group_word(w.lower)):
            continue
        m = att.index.mention_starting(words[j + 1].start)
        if m is None or m.actor.kind != "person":
            return None
        joint = joint_speaker(att.text, att.index, m)
        if joint is None:
            return None
        att.note_span(joint[0], m.start, joint[1])
        return SpeakerRef(joint[0], None, m.start, joint[1])
    return None


def members_from_list(att, words: list) -> SpeakerRef | None:
    """``Foreign ministers from the Association of Southeast Asia Nations (ASEAN) and China
    have reaffirmed``: a plural noun of people or groups (a modifier or two before it),
    "from"/"in", then states, bodies or capitals listed together is one group named as
    written. ``att``
    is an :class:`Attributor`; None for any other phrase ``words``."""
    n = next((n for n, w in enumerate(words[:3]) if w.lower in ("from", "in")), 0)
    head = words[n - 1] if n else None
    if head is None or n + 2 > len(words) or not head.lower.endswith("s"):
        return None
    if head.cap and not (n == 1 and att.sentences[head.sent][3] == head.start):
        return None  # capitalised only as the sentence's first word ("Officials in ...")
    if not is_group_word(head.lower) or any(w.poss for w in words[:n]):
        return None
    k = n + 1 + (words[n + 1].lower == "the")
    m = att.index.mention_starting(words[k].start) if k < len(words) else None
    members = joint_members(att.text, att.index, m) if m is not None else None
    if members is not None and members[0].actor.kind != "person":
        end = members[-1].end
    elif (last := _capitals_listed(words, k)) is not None:
        end = last.end  # "Officials in Seoul and Washington"
    else:
        return None
    start = words[0].start
    name = " ".join(att.text[start:end].split())
    key = "described:" + name.lower()
    actor = att.index.actors_by_key.get(key) or att.index.new_actor("group", name, key)
    att.note_span(actor, start, end)
    return SpeakerRef(actor, None, start, end, True)


def coordinated_plurals(att, words: list) -> SpeakerRef | None:
    """``The Group of 20 finance ministers and central bank chiefs committed``: two plural
    nouns of people or groups joined by "and" open the phrase ``words`` (a name or
    modifiers before each); they speak together, one group named as written. ``att`` is an
    :class:`Attributor`; None for any other phrase.

    >>> from ..tokens import tokenize
    >>> print(coordinated_plurals(None, tokenize("the mayor and his wife", [0])))
    None
    """
    lows = [w.lower for w in words]
    k = lows.index("and") if "and" in lows[1:8] else 0
    e = next((e for e in range(k + 1, min(k + 5, len(words))) if _plural_head(words[e])), 0)
    if not k or not e or not _plural_head(words[k - 1]):
        return None
    if any(w.poss for w in words[k:e]) or any(
        w.lower in ("of", "from", "in") and (j == 0 or not words[j - 1].cap)
        for j, w in enumerate(words[:e])
    ):
        return None  # "the collective of aid groups and associations": one body's members
    last = words[e]
    start = words[1].start if lows[0] == "the" else words[0].start
    name = " ".join(att.text[start : last.end].split())
    key = "described:" + name.lower()
    actor = att.index.actors_by_key.get(key) or att.index.new_actor("group", name, key)
    att.note_span(actor, words[0].start, last.end)
    return SpeakerRef(actor, None, words[0].start, last.end, True)


def _plural_head(w) -> bool:
    """A lower-case plural noun of people or groups ("ministers", "chiefs")."""
    return w.text.islower() and w.lower.endswith("s") and is_group_word(w.lower)


def _capitals_listed(words: list, k: int):
    """The last word of capitals listed together from ``words[k]`` ("Seoul and Washington"),
    else None.

    >>> from ..tokens import tokenize
    >>> _capitals_listed(tokenize("in Seoul and Washington have", [0]), 1).text
    'Washington'
    """
    j = k
    while j < len(words) and words[j].lower in CAPITALS:
        if j + 1 < len(words) and words[j + 1].lower == "and":
            j += 2
        elif j > k and words[j - 1].lower == "and":
            return words[j]
        else:
            j += 1
    return None


def _titled_pair_before(att, pos: int, first_par: int) -> tuple[int, Actor] | None:
    """The last sentence before ``pos`` (from paragraph ``first_par`` on) that opens with
    titled persons joined by "and" ("Egypt's Foreign Minister X and Sudan's Foreign
    Minister Y blamed ..."): where it starts and the group they make."""
    s = att.sent_of(pos) - 1
    while s >= 0 and att.par_of_sent[s] >= first_par:
        if att.quote_at(att.sentences[s][3]) is None:
            group = titled_subject_group(att, s, pos)
            if group is not None:
                return att.sentences[s][3], group
        s -= 1
    return None
