"""A name no first-name list knows is a person's when the words around it say so.

Three signals that hold away from the reporting verb: a role noun right before the name
("said Greenpeace marine biologist Franziska Saalmann"), a phrase after the name that ends
in a reporting verb ("Petter Meier of the Norwegian delegation told"), and, for a name of one
word, a description set off by commas before a reporting verb ("Adneia, a Yanomami elder,
told CNN") (part of the index).
"""

from __future__ import annotations

from ..cues import is_cue_at
from ..person_appositions import aged_before, person_noun, person_word
from ..subjects.asides import title_aside_then_cue
from ..subjects.interposed import after_adverbs
from ..tokens import Token
from ..vocabulary import (
    FINITE_VERBS,
    GEOGRAPHIC_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SETTLEMENT_NOUNS,
)
from .country_owned_persons import country_owned_person
from .participle_clause_subjects import fronted_clause_subject
from .quote_signers import quotation_signer

#: Words that open a phrase after a name and before its verb ("X Y of the Z delegation told").
_POST_MODIFIER_OPENERS = frozenset(["of", "from", "at", "with"])

#: Words that open a description set off by commas after a one-word name.
_DESCRIPTION_OPENERS = frozenset(["a", "an", "the", "among", "one"])

#: Words that end a phrase: a clause or a list goes on after them.
_PHRASE_BREAKS = frozenset(["and", "or", "but", "as", "to"])


def role_noun_before(toks: list[Token], a: int) -> bool:
    """``said Greenpeace marine biologist Franziska Saalmann``: a lower-case noun that
    describes a person stands right before the name at ``a``, in its sentence.

    >>> from ..tokens import tokenize
    >>> role_noun_before(tokenize("said marine biologist Franziska Saalmann", [0]), 3)
    True
    >>> role_noun_before(tokenize("said the marine Franziska Saalmann", [0]), 3)
    False
    """
    if a < 1:
        return False
    prev = toks[a - 1]
    return prev.sent == toks[a].sent and prev.end + 1 == toks[a].start and person_noun(prev)


def role_or_age_before(toks: list[Token], a: int) -> bool:
    """A role noun or an age right before the name at ``a`` ("marine biologist X Y",
    "28-year-old X Y")."""
    return role_noun_before(toks, a) or aged_before(toks, a)


def framed_by_for(toks: list[Token], a: int, b: int) -> bool:
    """``For Pia Hollenstein, the long-awaited ruling ... came at an inconvenient time``: a
    name of two or three words between a sentence-opening "For" and a comma is the one whose
    view or lot the sentence tells, a person (a body's name was read before).

    >>> from ..tokens import tokenize
    >>> s = "For Pia Hollenstein, the ruling came late."
    >>> framed_by_for(tokenize(s, [0]), 1, 3)
    True
    >>> s = "He waited for Pia Hollenstein, the nurse."
    >>> framed_by_for(tokenize(s, [0]), 3, 5)
    False
    """
    if a < 1 or b >= len(toks) or not 2 <= b - a <= 3 or toks[b].text != ",":
        return False
    opener = toks[a - 1]
    return (
        opener.lower == "for"
        and opener.cap
        and (a < 2 or toks[a - 2].sent != opener.sent)
        and toks[b].sent == opener.sent
    )


def post_modifier_then_cue(text: str, toks: list[Token], b: int) -> bool:
    """``Petter Meier of the Norwegian delegation told``: a short phrase opened by a
    preposition right after the name ending at ``b`` (at most eight words, no verb, no
    comma), then a reporting verb: the name is its subject's head.

    >>> from ..tokens import tokenize
    >>> s = "Petter Meier of the Norwegian delegation told the meeting"
    >>> post_modifier_then_cue(s, tokenize(s, [0]), 2)
    True
    >>> s = 'Elda Fernandes of the group “Braga por Todos” (Braga for Everyone) said'
    >>> post_modifier_then_cue(s, tokenize(s, [0]), 2)
    True
    >>> s = "Lake Chad of the region dried and officials said"
    >>> post_modifier_then_cue(s, tokenize(s, [0]), 2)
    False
    >>> s = "accused Vladan Djokic of joining a rally she claimed was violent"
    >>> post_modifier_then_cue(s, tokenize(s, [0]), 3)
    False
    """
    if b >= len(toks) or toks[b].lower not in _POST_MODIFIER_OPENERS:
        return False
    sent = toks[b - 1].sent
    j, limit = b, b + 12
    while j + 1 < min(limit, len(toks)):
        j += 1
        t = toks[j]
        skip = _aside_in_phrase(text, toks, j)
        if skip:
            j += skip - 1
            limit += skip - 1 if t.text in _NAME_MARKS or t.text == "(" else 0
            continue
        if t.sent != sent or not t.text[0].isalnum():
            return False
        if j > b + 1 and is_cue_at(text, t):
            return True
        if t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS or t.lower in _PHRASE_BREAKS:
            return False
        if t.lower in PRONOUNS:
            return False  # "accused X Y of joining a rally she claimed": a new clause
    return False


def _aside_in_phrase(text: str, toks: list[Token], j: int) -> int:
    """How many tokens at ``j`` a post-modifier phrase passes over: a town set off by
    commas (``, Brighton,``: 3) or "and" between two lower-case nouns (``hotel and
    restaurant``: 1), as in "Carla ter Maat of Drakes hotel and restaurant in Marine
    Parade, Brighton, said"; 0 otherwise.

    >>> from ..tokens import tokenize
    >>> s = "X of Drakes hotel and restaurant in Hove, Brighton, said"
    >>> toks = tokenize(s, [0])
    >>> [_aside_in_phrase(s, toks, j) for j in (4, 8)]
    [1, 3]
    """
    t = toks[j]
    if (n := _marked_name_in_phrase(toks, j)) > 0:
        return n
    if j + 2 >= len(toks) or toks[j + 1].sent != t.sent:
        return 0
    nxt = toks[j + 1]
    if t.text == "," and nxt.cap and toks[j + 2].text == "," and _place_word(nxt.text):
        return 3  # ", Brighton,", ", N.Y.,"
    if t.lower != "and" or not toks[j - 1].text.islower() or not nxt.text.isalpha():
        return 0
    return int(
        nxt.text.islower()
        and not toks[j - 1].lower.endswith("ed")
        and not nxt.lower.endswith(("ed", "s"))  # "dried and officials said": a new clause
        and nxt.lower not in FINITE_VERBS
        and not is_cue_at(text, nxt)
    )


#: Marks that set off a body's name inside a post-modifier ("the group “Braga por Todos”").
_NAME_MARKS = frozenset(["\u201c", "\u201d", '"', "\u2018", "\u2019"])


def _marked_name_in_phrase(toks: list[Token], j: int) -> int:
    """How many tokens at ``j`` a post-modifier passes over: a quotation mark around a
    body's name (1), or a bracketed gloss or acronym of at most six words (up to its
    closing bracket), as in "Elda Fernandes of the group “Braga por Todos” (Braga for
    Everyone) said"; 0 otherwise.

    >>> from ..tokens import tokenize
    >>> s = 'X of the group “Braga por Todos” (Braga for Everyone) said'
    >>> toks = tokenize(s, [0])
    >>> [_marked_name_in_phrase(toks, j) for j in (4, 8, 9)]
    [1, 1, 5]
    """
    t = toks[j]
    if t.text in _NAME_MARKS:
        return 1
    if t.text != "(":
        return 0
    for k in range(j + 1, min(j + 8, len(toks))):
        if toks[k].sent != t.sent or toks[k].text == "(":
            return 0
        if toks[k].text == ")":
            return k - j + 1 if k > j + 1 else 0
    return 0


def _place_word(text: str) -> bool:
    """A town or a state's abbreviation: letters, or letters each closed by a full stop.

    >>> _place_word("Brighton"), _place_word("N.Y."), _place_word("Calif."), _place_word("42")
    (True, True, True, False)
    """
    return text.replace(".", "").isalpha()


def holder_after_title_phrase(text: str, toks: list[Token], a: int, b: int) -> bool:
    """``The special agent in charge of the agency's Dallas office, Katrina Berger,
    reportedly called``: the sentence opens with a description whose words before the
    first preposition name a person ("special agent"), then the run ``a:b`` set off by
    commas, then a reporting verb: the run names the holder of that title.

    >>> from ..tokens import tokenize
    >>> s = "The head of the agency's office, Katrina Berger, said on Monday"
    >>> holder_after_title_phrase(s, tokenize(s, [0]), 7, 9)
    True
    >>> s = "The office of the agency, Katrina Berger, said on Monday"
    >>> holder_after_title_phrase(s, tokenize(s, [0]), 6, 8)
    False
    """
    if a < 3 or b >= len(toks) - 1 or toks[a - 1].text != "," or toks[b].text != ",":
        return False
    sent = toks[a].sent
    n = after_adverbs(toks, b + 1)  # "..., Katrina Berger, reportedly called"
    if n >= len(toks) or toks[n].sent != sent or not is_cue_at(text, toks[n]):
        return False
    start = a - 1
    while start > 0 and toks[start - 1].sent == sent and a - start < 16:
        t = toks[start - 1]
        if t.text in (",", ";", ":") or t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS:
            return False
        start -= 1
    if start > 0 and toks[start - 1].sent == sent:
        return False  # the description is longer than fifteen words
    head = []
    for t in toks[start : a - 1]:
        if t.lower in PREPOSITIONS:
            break
        head.append(t)
    return any(person_noun(t) for t in head) or (b - a >= 2 and capitalised_title_head(head))


def capitalised_title_head(head: list[Token]) -> bool:
    """``Executive Producer for RTÉ, Tommie Gorman, said``: the words of a description
    before its first preposition, written in title case, end in a singular noun for a person
    ("Producer", "Regional Manager"), so the name set off by commas after the description
    is its holder, though the list knows no "Tommie"; not a body's name ("Doctors Without
    Borders, MSF, said": a plural).

    >>> from ..tokens import tokenize
    >>> capitalised_title_head(tokenize("Executive Producer", [0]))
    True
    >>> capitalised_title_head(tokenize("Doctors", [0])), capitalised_title_head([])
    (False, False)
    """
    if not head or not all(t.cap for t in head) or head[-1].lower.endswith("s"):
        return False
    return person_word(head[-1].lower)


def owner_after_cue(text: str, toks: list[Token], a: int, b: int) -> bool:
    """``"Q," said Iran's Bijan Namdar Zangeneh.``: a reporting verb, a capitalised owner in
    the possessive (at most three words), then the run ``a:b`` of two to four words that
    closes the sentence or its clause: the run names the person who speaks, not the owner.

    >>> from ..tokens import tokenize
    >>> s = "said Iran's Bijan Namdar Zangeneh."
    >>> owner_after_cue(s, tokenize(s, [0]), 2, 5)
    True
    >>> s = "said Iran's Bijan Namdar Zangeneh would go."
    >>> owner_after_cue(s, tokenize(s, [0]), 2, 5)
    False
    >>> s = "visited Iran's Bijan Namdar Zangeneh."
    >>> owner_after_cue(s, tokenize(s, [0]), 2, 5)
    False
    """
    if not 2 <= b - a <= 4 or a < 2 or not toks[a - 1].poss or not toks[a - 1].cap:
        return False
    sent = toks[a].sent
    if b < len(toks) and toks[b].sent == sent and toks[b].text not in (",", ".", ";"):
        return False
    k = a - 1
    while k > a - 4 and k > 0 and toks[k - 1].cap and not toks[k - 1].poss:
        k -= 1  # "South Korea's": the owner's words
    return k > 0 and toks[k - 1].sent == sent and is_cue_at(text, toks[k - 1])


def signalled_person(text: str, toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` has a role noun or an age before it, or stands between a
    sentence-opening "For" and a comma, or a phrase or an aside and a reporting verb
    after it, or a title phrase opening its sentence before it, or a reporting verb and
    an owner in the possessive before it, or a country in the possessive before it and its
    surname standing alone elsewhere, or it signs a quotation (``"Q," Anthony Shadid``), or it
    is the subject after a fronted participle clause ("Praising her side ..., Mithali Raj
    believes")."""
    return (
        role_or_age_before(toks, a)
        or quotation_signer(toks, a, b)
        or country_owned_person(toks, a, b)
        or framed_by_for(toks, a, b)
        or owner_after_cue(text, toks, a, b)
        or holder_after_title_phrase(text, toks, a, b)
        or post_modifier_then_cue(text, toks, b)
        or title_aside_then_cue(text, toks, b)
        or fronted_clause_subject(toks, a, b)
    )


def description_then_cue(text: str, toks: list[Token], k: int) -> bool:
    """``Adneia, a Yanomami elder, told CNN``, ``Fernando, among the Yanomami leaders,
    informed``: one word, then a description set off by commas (at most ten words, no verb,
    no relative pronoun) and a reporting verb: the word names the speaker.

    >>> from ..tokens import tokenize
    >>> s = "Adneia, a Yanomami elder, told CNN."
    >>> description_then_cue(s, tokenize(s, [0]), 0)
    True
    >>> s = "Adneia, a village, and Boa Vista, a town, told CNN."
    >>> description_then_cue(s, tokenize(s, [0]), 0)
    False
    >>> s = "an abbot in Saen, a district of Chiang Rai province, said"
    >>> description_then_cue(s, tokenize(s, [0]), 3)
    False
    """
    if k + 4 >= len(toks) or toks[k + 1].text != ",":
        return False
    if toks[k + 2].lower not in _DESCRIPTION_OPENERS:
        return False
    sent = toks[k].sent
    head_phrase = True  # the words before the first preposition
    for j in range(k + 3, min(k + 13, len(toks) - 1)):
        t = toks[j]
        if t.sent != sent or t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS:
            return False
        head_phrase = head_phrase and t.lower not in PREPOSITIONS
        if head_phrase and (t.lower in SETTLEMENT_NOUNS or t.lower in GEOGRAPHIC_WORDS):
            return False  # "Chiang Saen, a district of Chiang Rai province, said": a place
        if t.text == ",":
            n = after_adverbs(toks, j + 1)  # "Adneia, a Yanomami elder, also told"
            return n < len(toks) and toks[n].sent == sent and is_cue_at(text, toks[n]) and j > k + 3
        if not t.text[0].isalnum():
            return False
    return False
