"""A "they" or "them" that points back to people the sentence before describes, not names
(part of pronoun resolution)."""

from __future__ import annotations

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..descriptions.fuller import taken_up
from ..descriptions.postmodifiers import POSTMODIFIER_PREPOSITIONS, head_word
from ..joint import MEMBER_COUNTS, joint_speaker
from ..person_appositions import person_word
from ..tokens import Token
from ..vocabulary import AUXILIARIES, BE_FORMS, FINITE_VERBS
from .member_groups import membership_group
from .opening_subjects import clause_opening
from .passive_agents import passive_agent

#: How it was found, for the evidence column.
DESCRIBED_PLURAL = "the people the sentence before describes as its subject"

#: The evidence for a "they" placed by :func:`plural_speaker_before`.
PLURAL_SPOKE_LAST = "the group described by a plural noun that spoke last"

#: Nouns for people that take a plural verb with no "-s": "Security staff told".
COLLECTIVE_PEOPLE_NOUNS = word_set("collective_people_nouns")

#: The most words a lower-case postmodifier after a plural head takes before the verb.
MAX_POSTMODIFIER_WORDS = 6


def plural_subject(words: list[Token]) -> int | None:
    """How many of ``words`` (a sentence's words) make its subject when it is a plural
    description followed by its verb: ``Several Polish border guards admit they do not
    like ...`` (4); else None. The head is a lower-case noun in "-s", or one for people
    that takes a plural verb without it (:func:`plural_head`), and the next word a
    reporting verb or an auxiliary.

    >>> from hrlesson.speech.tokens import tokenize
    >>> plural_subject(tokenize("Several Polish border guards admit they lied", [0]))
    4
    >>> plural_subject(tokenize("Polish guards, who patrol it, deny it", [0])) is None
    True
    >>> plural_subject(tokenize("Kosovo police said their officers had fired", [0])) is None
    True
    >>> plural_subject(tokenize("Security staff told the group", [0]))
    2
    """
    for k, w in enumerate(words[:6]):
        if not w.text[0].isalnum():
            return None
        if (k >= 1 or bare_plural_opening(words)) and w.text.islower() and plural_head(w.lower):
            if k + 1 < len(words) and is_verb(words[k + 1]):
                return k + 1
            if (end := head_complement(words, k + 1)) is not None:
                return end  # "Chief veterinary officers from across all four nations worked"
            if listed_names_verb(words, k + 1) is not None:
                return k + 1  # "European commissioners X (...), Y (...) and Z (...) released"
        if k >= 1 and is_verb(w):
            return None  # "Kosovo police said their officers had": past the subject's verb
    return None


def bare_plural_opening(words: list[Token]) -> bool:
    """``words`` (what is left of a sentence past its opening link or fronted phrase, see
    :func:`.opening_subjects.clause_opening`) open with a bare plural noun for people in lower
    case, the subject a later "they" goes on with: ``But organisers announced on their Facebook
    page yesterday that the weekend's festivities had been cancelled ... They claimed``
    (the organisers, not the council named before). A capitalised first word is no such
    opening (a name: "Williams said").

    >>> from hrlesson.speech.tokens import tokenize
    >>> bare_plural_opening(tokenize("organisers announced", [0]))
    True
    >>> bare_plural_opening(tokenize("Organisers announced", [0]))
    False
    """
    return bool(words) and words[0].text.isalpha() and words[0].text.islower()


def head_complement(words: list[Token], k: int) -> int | None:
    """Where the verb stands when ``words[k:]`` (after a plural head) is a lower-case
    postmodifier opened by a preposition and run on to the verb (a reporting verb, an
    auxiliary, a finite verb or a past form in "-ed"): ``Chief veterinary officers from
    across all four nations worked together ...`` then ``"Q," they said``
    (uk_housing_order_cvos_grocer); else None. Not before a form of "be": ``The five
    signatories of the statement are X, Y and Z`` names them, it reports no act of theirs.

    >>> from hrlesson.speech.tokens import tokenize
    >>> words = tokenize("Chief veterinary officers from across all four nations worked", [0])
    >>> head_complement(words, 3)
    8
    >>> head_complement(tokenize("Some officers from Kent Police said", [0]), 2) is None
    True
    >>> head_complement(tokenize("Two officers from the unit, who", [0]), 2) is None
    True
    >>> head_complement(tokenize("The signatories of the statement are", [0]), 2) is None
    True
    """
    if k >= len(words) or words[k].lower not in POSTMODIFIER_PREPOSITIONS:
        return None
    for j in range(k + 1, min(len(words), k + 2 + MAX_POSTMODIFIER_WORDS)):
        w = words[j]
        if not (w.text.islower() or w.text.isdigit()) or not w.text.isalnum():
            return None  # a name, a comma or a mark inside: no plain postmodifier
        if j > k + 1 and (is_verb(w) or past_form(w.lower)):
            return None if w.lower in BE_FORMS else j
    return None


#: The most words a list of names after a plural title runs to before its verb.
MAX_LISTED_WORDS = 40


def listed_names_verb(words: list[Token], k: int) -> int | None:
    """Where the verb stands when ``words[k:]`` (after a plural title that opens its
    sentence) list the persons it describes, joined by "and", asides in brackets allowed,
    up to the verb: ``European commissioners Federica Mogherini (the EU's foreign policy
    chief), Frans Timmermans (the first vice-president) and Dimitris Avramopoulos (the home
    affairs commissioner) released a statement`` then ``"Q," they said``: the
    commissioners together (libya_migrant_boat_search_xuereb_politico); else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> words = tokenize("Ministers Ana Li (the chair), Bo Wu and Al Ng released it", [0])
    >>> listed_names_verb(words, 1)
    13
    >>> listed_names_verb(tokenize("Ministers Ana Li released it", [0]), 1) is None
    True
    >>> listed_names_verb(tokenize("Ministers Ana Li and the others met", [0]), 1) is None
    True
    """
    if k >= len(words) or not words[k].text[0].isupper():
        return None
    depth, joined = 0, False
    for j in range(k, min(len(words), k + MAX_LISTED_WORDS)):
        w = words[j]
        depth += (w.text == "(") - (w.text == ")")
        if depth or not w.text.islower():
            continue
        if w.lower == "and" and not joined:
            joined = True
        elif is_verb(w) or past_form(w.lower):
            return j if joined else None
        else:
            return None  # "Ana Li and the others": no list of names only
    return None


def past_form(word: str) -> bool:
    """``word`` reads as a regular past form ("worked", "disrupted"; not "red", "need").

    >>> past_form("worked"), past_form("need"), past_form("Reed")
    (True, False, False)
    """
    return word.islower() and len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def plural_head(word: str) -> bool:
    """A lower-case ``word`` that may head a plural description of people: a noun in "-s"
    ("guards"), or one for people that takes a plural verb without it (``Security staff
    told the group that the company's executives did not wish to speak to them. They then
    asked the MPs to leave``: viagogo_office_adams_ticketingbusiness;
    data/words/collective_people_nouns.txt).

    >>> plural_head("guards"), plural_head("staff"), plural_head("group")
    (True, True, False)
    """
    return word.endswith("s") or word in COLLECTIVE_PEOPLE_NOUNS


def is_verb(w: Token) -> bool:
    """``w`` is a reporting verb, an auxiliary or a finite verb ("said", "had")."""
    return w.lower in CUE_FORMS or w.lower in AUXILIARIES or w.lower in FINITE_VERBS


def described_plural(resolver, t: Token):
    """The group that "they"/"them" at ``t`` is when the last sentence of narration before
    it (the same paragraph or the one before) opens with a plural description as its
    subject: ``Several polish border guards admit they do not like what was going on.``
    then ``"We help them ...," one of them admitted``: the guards, not a body named
    before them (nor when the pronoun's own sentence names someone before it); a
    description that counts names listed before it is those names (:func:`listed_before`). ``resolver`` is a :class:`PronounResolver`; returns an actor or None."""
    if t.lower not in ("they", "them"):
        return None
    own = resolver.sentences[resolver.sent_of(t.start)][3]
    if any(not m.in_quote for m in resolver.index.mentions_in(own, t.start)):
        return None  # 'The US and Britain said they "Q"': named in its own sentence
    s = resolver.sent_of(t.start) - 1
    while s >= 0 and resolver.quote_at(resolver.sentences[s][3]) is not None:
        s -= 1  # sentences of the quotation the pronoun closes
    if s < 0 or resolver.par_of_sent[t.sent] - resolver.par_of_sent[s] > 1:
        return None
    words = resolver.toks_between(resolver.sentences[s][3], resolver.sentences[s][4])
    words = clause_opening(words)  # "In the final communiqué, the bishops agreed"
    n = plural_subject(words)
    if n is not None and passive_thing_subject(resolver, words, n):
        return None  # "urgent warnings have been sent out, by X": "they" is X
    if n is not None:
        return described_group(resolver, words[:n])
    member = membership_group(words)  # "X is part of a group of 15 MPs ... They argue"
    return described_group(resolver, words[member[0] : member[1]]) if member else None


def passive_thing_subject(resolver, words: list[Token], n: int) -> bool:
    """The plural subject ``words[:n]`` of a sentence's ``words`` names things, not people,
    and its verb is a passive whose agent the sentence names (:func:`passive_agent`): ``For
    the first time this year, urgent warnings have been sent out, by The British Beekeepers
    Association (BBKA), no less. They have announced that ...``
    (asian_hornet_first_nest_langley_campbell_ladbible): the warnings announce nothing;
    "they" is the association, the clause's logical subject."""
    singular = words[n - 1].lower[:-1]
    if singular.islower() and person_word(singular):
        return False  # "The protesters were arrested by police. They said": the protesters
    toks, index = resolver.tokens, resolver.index
    return any(
        not m.in_quote and passive_agent(toks, index.token_index(m.start))
        for m in index.mentions_in(words[n - 1].end, resolver.sentences[words[0].sent][4])
    )


def described_group(resolver, words: list[Token]):
    """The group the plural description ``words`` (a subject, no name in it but a
    demonym) means: a group named before, the one its verb had, or a new group actor; None
    when a name stands in it ("UN experts say": the ordinary rules' business)."""
    named = resolver.index.mentions_in(words[0].start, words[-1].end)
    if any(m.how != "demonym" for m in named):
        return None
    if (joint := listed_before(resolver, words)) is not None:
        return joint
    span = (words[0].start, words[-1].end)
    if (met := next((a for a in resolver.index.actors if a.first == span), None)) is not None:
        return met  # "The ministers reaffirmed ... they welcomed": the group its verb had
    if (named := _named_before(resolver, span)) is not None:
        return named  # "A group of UN experts ... In a statement, the experts expressed"
    name = " ".join(resolver.text[span[0] : span[1]].split())
    name = taken_up(resolver.text, name, words[0].start) or name  # "The ministers"
    key = "described:" + name.lower()
    return resolver.index.actors_by_key.get(key) or resolver.index.new_actor("group", name, key)


def _named_before(resolver, span: tuple[int, int]):
    """The group or body the plural description at ``span`` resolves to, when the article
    named it before (``A group of UN experts urged ...`` then ``the experts expressed``),
    else None."""
    ref = resolver.resolve_span(span[0], span[1], span[0])
    actor = ref.actor if ref is not None else None
    if actor is None or actor.kind not in ("group", "organisation") or not actor.first:
        return None
    return actor if actor.first[0] < span[0] else None


def plural_speaker_before(timeline: list, mentions: list, t: Token, distance) -> object | None:
    """The group described by a plural noun that spoke last, for "they" at ``t``, three
    paragraphs of narration back (one more than the ordinary rules reach), when no other
    speaker and no sentence's subject came between: ``Foreign ministers from ASEAN and China have reaffirmed ... "Q"``, two
    paragraphs about their joint statement, then ``They also agreed to "Q"``: the
    ministers, not a body named in passing since.

    ``timeline`` holds the (position, actor, ...) speakers read so far, ``mentions`` the
    mentions between that speaker and ``t``; ``distance(pos)`` is how many paragraphs of
    narration lie between ``pos`` and ``t``.
    """
    if t.lower not in ("they", "them"):
        return None
    spoke = [(p, a) for p, a, *_ in timeline if p < t.start]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    last = head_word(actor.name)  # "Foreign ministers from A and B": "ministers"
    described = actor.key.startswith("described:")  # "Foreign ministers from A and B"
    if actor.kind != "group" or not (described or (last.islower() and last.endswith("s"))):
        return None
    if distance(pos) != 3:
        return None
    if any(m.subject and not m.in_quote and pos < m.start for m in mentions):
        return None
    return actor


def listed_before(resolver, words: list[Token]):
    """The states or bodies listed together as a sentence's subject before ``words``, a
    plural description that counts them ("the two countries", "both sides"), when their
    number agrees, in the description's paragraph or the one before: ``Qatar and Egypt
    have released a joint statement ...`` then ``The two countries noted ...``: Qatar and
    Egypt, one group. ``resolver`` is a :class:`PronounResolver`; returns an actor or None.
    """
    lows = [w.lower for w in words]
    count = MEMBER_COUNTS.get(lows[0]) if lows[0] == "both" else None
    if len(lows) >= 3 and lows[0] == "the":
        count = MEMBER_COUNTS.get(lows[1])
    if count is None:
        return None
    par = resolver.par_of_sent[words[0].sent]
    for m in reversed(resolver.index.mentions_in(0, words[0].start)):
        if resolver.par_of_sent[resolver.sent_of(m.start)] < par - 1:
            return None
        if m.in_quote or not m.subject:
            continue
        joint = joint_speaker(resolver.text, resolver.index, m)
        if joint is not None and len(joint[0].key.split("|")) == count:
            return joint[0]
    return None
