"""A "he" or "she" after a sentence whose subject is a person the text describes by a title,
not by a name: 'When asked ..., the prime minister's official spokesperson did not rule it
out. "Q," he told reporters.' is the spokesperson, not a man named paragraphs before; 'A
doctor with expertise in documenting torture reviewed photos ... He said' is the doctor,
not the body that spoke last."""

from __future__ import annotations

from ...wordlists import word_set
from ..clause_words import ADJUNCT_OPENERS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    ANONYMOUS_ROLES,
    AUXILIARIES,
    CONJUNCTIONS,
    EPITHET_NOUNS,
    FINITE_VERBS,
    GENDER_WORDS,
    KIN_SPEAKERS,
    PREPOSITIONS,
    PRONOUN_GENDERS,
    TITLE_HEADS,
    tidy_description,
)
from .described_subjects import (
    described_actor,
    narration_words,
    narrative_paragraphs_apart,
    previous_sentence_words,
)
from .fronted_subjects import MAX_FRONTED_CLAUSE, fronted_participle_clause, fronted_phrase

#: Nouns that describe a person: titles, roles, kin, epithets ("the Sydney dad") and
#: data/words/person_nouns.txt.
_PERSON_HEADS = (
    TITLE_HEADS | ANONYMOUS_ROLES | KIN_SPEAKERS | EPITHET_NOUNS | word_set("person_nouns")
)

#: Words of a request for comment left unanswered: data/words/no_comment_words.txt.
_NO_COMMENT_WORDS = word_set("no_comment_words")

#: Words that negate what follows ("not available", "declined to comment").
_NEGATIONS = frozenset(["not", "n't", "no", "never", "declined", "refused", "unable"])

#: The words that open a described subject: "the", and "a", "an" or "one" for one the text
#: introduces ("A doctor with expertise in documenting torture reviewed photos", "One
#: Howard Beach mom couldn't believe how hard it was").
_OPENERS = frozenset(["the", "a", "an", "one"])

#: Links that may open a sentence before its adjunct or described subject ("But when
#: asked ..., the aide said", "But the spokesman said").
_OPENING_LINKS = frozenset(["but", "and", "yet"])

#: The most words a described person takes before its verb ("the prime minister's official
#: spokesperson", "the chief executive of the Generation Rent group").
MAX_PERSON_WORDS = 9

#: The evidence for a "he" or "she" resolved by :func:`described_person_before`.
DESCRIBED_PERSON = "the person the sentence before describes as its subject"


def main_clause_start(words: list[Token]) -> int:
    """The index in ``words`` (a sentence's words and commas) where its main clause starts:
    after a fronted phrase, a participle clause or a subordinate clause and its comma, else 0.

    >>> from ..tokens import tokenize
    >>> main_clause_start(tokenize("When asked whether it was true, the aide said no", [0]))
    7
    >>> main_clause_start(tokenize("The aide, in Rome, said no", [0]))
    0
    >>> main_clause_start(tokenize("But when asked, the aide said no", [0]))
    4
    """
    comma = next((k for k, w in enumerate(words[: MAX_FRONTED_CLAUSE + 1]) if w.text == ","), None)
    if not comma:
        return 0
    before = words[:comma]
    if len(before) > 1 and before[0].lower in _OPENING_LINKS:
        before = before[1:]  # "But when asked whether it was true, the aide said no"
    opened = before[0].lower in ADJUNCT_OPENERS
    return comma + 1 if opened or fronted_phrase(before) or fronted_participle_clause(before) else 0


def described_person(words: list[Token], is_cue=lambda w: False) -> tuple[int, int] | None:
    """The word indices ``(i, j)`` of a subject that a person's title heads, opening the main
    clause of ``words`` with "the", "a", "an" or an owner's name, and of the verb right after it (a finite verb, an
    auxiliary, a past form or a reporting verb ``is_cue``). The title may have an owner
    ("the prime minister's official spokesperson") and a complement after "of", "for" or
    "with" ("the chief executive of the group", "A doctor with expertise in documenting
    torture"); a name that ends the phrase heads it instead.

    >>> from ..tokens import tokenize
    >>> def subject(s):
    ...     words = [w for w in tokenize(s, [0]) if w.text[0].isalnum() or w.text == ","]
    ...     found = described_person(words)
    ...     return " ".join(w.text for w in words[found[0] : found[1]]) if found else None
    >>> subject("When asked, the prime minister's official spokesperson did not rule it out")
    "the prime minister's official spokesperson"
    >>> subject("The chief executive of the Rent group has made another attack")
    'The chief executive of the Rent group'
    >>> subject("Michael's private secretary was shown newspaper reports")
    "Michael's private secretary"
    >>> subject("A doctor with expertise in documenting torture reviewed photos")
    'A doctor with expertise in documenting torture'
    >>> subject("One Howard Beach mom couldn't believe how hard it was")
    'One Howard Beach mom'
    >>> subject("One Ballarat resident, who did not wish to be named, whipped out her phone")
    'One Ballarat resident , who did not wish to be named ,'
    >>> subject("The bank announced a cut"), subject("The minister Ana Ruiz said no")
    (None, None)
    """
    i = main_clause_start(words)
    if i + 1 < len(words) and words[i].lower in _OPENING_LINKS:
        i += 1  # "But the spokesman said", "And one resident told"
    if i >= len(words) or not (words[i].lower in _OPENERS or (words[i].poss and words[i].cap)):
        return None  # "the ...", or an owner's name: "Michael's private secretary was shown"
    head = None  # the title before "of", "for" or "with"
    j, last = i + 1, i + MAX_PERSON_WORDS
    while j < len(words) and j <= last:
        w = words[j]
        if (after := relative_aside_end(words, j)) is not None and head is None:
            head, j, last = j - 1, after, last + after - j  # "One resident, who asked ..., said"
            continue
        if name_joiner(words, j):
            j, last = (
                j + 1,
                last + 2,
            )  # "A Transport and Main Roads spokesman", "for the Tees, East and North ..."
            continue
        if not w.text[0].isalnum():
            return None  # "The sons of X, a driver, survived": an apposition
        if _verb_word(w, is_cue):
            h = words[head if head is not None else j - 1]
            return (i, j) if h is not words[i] and h.lower in _PERSON_HEADS and not h.poss else None
        if head is None and w.lower in ("of", "for", "with"):
            head = j - 1
        elif head is None and (w.lower in PREPOSITIONS or w.lower in CONJUNCTIONS):
            return None
        j += 1
    return None


#: The words that join the capitalised words of one name ("Transport and Main Roads").
_NAME_JOINERS = frozenset(["and", "&", ","])


def name_joiner(words: list[Token], k: int) -> bool:
    """``words[k]`` is an "and", "&" or comma between two capitalised words inside a described
    subject, joining the words of one name, not two persons or an apposition: "A Transport and
    Main Roads spokesman said", "A spokesman for the Tees, East and North Yorkshire Ambulance
    Trust confirmed" (the subject runs on to its verb).

    >>> from ..tokens import tokenize
    >>> words = tokenize("A Transport and Main Roads spokesman said", [0])
    >>> name_joiner(words, 2), name_joiner(words, 1)
    (True, False)
    >>> name_joiner(tokenize("The head of Apple, Tim Cook, said", [0]), 7)
    False
    """
    if not 1 < k + 1 < len(words) or words[k].lower not in _NAME_JOINERS:
        return False
    before, after = words[k - 1], words[k + 1]
    return before.text[:1].isupper() and after.text[:1].isupper() and after.text[:1].isalpha()


#: The most words a relative aside between a described subject and its verb takes.
MAX_RELATIVE_ASIDE = 15


def relative_aside_end(words: list[Token], k: int) -> int | None:
    """The index right after a relative clause that a comma at ``words[k]`` opens with "who"
    and a comma closes, within :data:`MAX_RELATIVE_ASIDE` words, all in lower case (an aside
    that names nobody): the aside between a subject and its verb ("One tenant, who asked not
    to be named, said"); else None.

    >>> from ..tokens import tokenize
    >>> words = tokenize("One tenant, who asked not to be named, said", [0])
    >>> relative_aside_end(words, 2), relative_aside_end(words, 1)
    (10, None)
    >>> relative_aside_end(tokenize("A man, who met Joe Biden, said", [0]), 2) is None
    True
    """
    if words[k].text != "," or k + 1 >= len(words) or words[k + 1].lower != "who":
        return None
    end = min(len(words), k + MAX_RELATIVE_ASIDE + 2)
    close = next((n for n in range(k + 2, end) if words[n].text == ","), None)
    if close is None or any(not w.text.islower() for w in words[k + 2 : close] if w.text.isalpha()):
        return None
    return close + 1


def _verb_word(w: Token, is_cue) -> bool:
    """``w`` is a lower-case finite verb, auxiliary (a negated one too: "couldn't"), past
    form or reporting verb."""
    low = w.lower.replace("’", "'")
    if low.endswith("n't") and (low[:-3] in AUXILIARIES or low in AUXILIARIES):
        return w.text.islower()  # "One Howard Beach mom couldn't believe"
    if not w.text.islower() or not w.text.isalpha():
        return False
    return low in FINITE_VERBS or low in AUXILIARIES or low.endswith("ed") or is_cue(w)


def said_nothing(words: list[Token]) -> bool:
    """``words`` (a sentence) tell that someone gave no comment: "The company's chief
    executive was not available for comment", "could not be reached", "declined to
    comment": the person described in it is no antecedent of the next "he said".

    >>> from ..tokens import tokenize
    >>> said_nothing(tokenize("The chief executive was not available for comment", [0]))
    True
    >>> said_nothing(tokenize("The spokesperson did not rule it out", [0]))
    False
    """
    lows = {w.lower for w in words}
    return bool(lows & _NEGATIONS) and bool(lows & _NO_COMMENT_WORDS)


def described_person_before(resolver, t: Token, at: int, ok) -> SpeakerRef | None:
    """The person (``ok``) described by a title as the subject of the sentence before the
    "he" or "she" at ``t`` (in the same paragraph or the one before), when no name or
    speaker came after that subject: ``When asked ..., the prime minister's official
    spokesperson did not rule it out. "Q," he told reporters``: "he" is the spokesperson
    ("rule" is no cue, so the spokesperson is no speaker yet), not the energy boss who
    spoke two paragraphs before. ``resolver`` is a :class:`PronounResolver`."""
    if t.lower not in ("he", "she"):
        return None
    words = words_before_quotations(resolver, t)
    is_cue = lambda w: any(c.start == w.start for c in resolver.cues_in(w.start, w.end))
    found = described_person(words, is_cue) if words else None
    if found is None or said_nothing(words[found[1] :]):
        return None
    unnamed = lambda start, end: unnamed_described_person(resolver, start, end, t.lower)
    ref = described_actor(resolver, words[found[0]].start, words[found[1]].start, at, ok, unnamed)
    if ref is None:
        return None
    if ref.actor is not None and ref.actor.first == (0, 0):
        ref.actor.first = (words[found[0]].start, words[found[1] - 1].end)  # where described
    return SpeakerRef(ref.actor, None, t.start, t.end, how=DESCRIBED_PERSON)


def words_before_quotations(resolver, t: Token) -> list[Token] | None:
    """The words outside quotations of the sentence before the pronoun at ``t`` (see
    :func:`.described_subjects.previous_sentence_words`), or, when the sentences before it are
    all quotation, of the last sentence before them with words of its own, in the pronoun's
    paragraph or the one before: ``The Sydney dad said he was still trying ... "My god. I
    just told my wife. ... buying them," he said`` (powerball_150m_ipswich_cooney_dailytelegraph)
    reads the sentence of "The Sydney dad said"."""
    words = previous_sentence_words(resolver, t)
    s = t.sent - 1
    while words == [] and s > 0:
        s -= 1
        if narrative_paragraphs_apart(resolver, t.start, resolver.sentences[s][3]) > 1:
            return None
        words = narration_words(resolver, s)
    return words


def epithet_headed(description: str) -> bool:
    """The description's head (its last word, in lower case in the text) is an epithet
    (data/words/epithet_nouns.txt), a noun that describes a person the article may never
    name, not a job that renames one it names: '... Veyrat did not take the loss lying down.
    The chef, known for his trademark black hat, has now demanded ...' and the "he" after it
    (michelin_star_withdrawal_veyrat_cnn) is Marc Veyrat, not a new person.

    >>> epithet_headed("The Sydney dad"), epithet_headed("the chef")
    (True, False)
    """
    words = description.split()
    return bool(words) and words[-1].islower() and words[-1] in EPITHET_NOUNS


#: The words that open a description of a person the text brings in as new ("A cinema
#: hall owner said", "One resident told").
_INDEFINITE_OPENERS = frozenset(["a", "an", "one", "another"])


def introduced_description(description: str) -> bool:
    """The description opens with "a", "an", "one" or "another" and ends in a lower-case
    word: it brings in a person the text has not met, never a job that renames one it named
    ("A cinema hall owner said that ... shows remained suspended." then '"Q," he added': the
    owner, not the police chief named before).

    >>> introduced_description("A cinema hall owner"), introduced_description("The owner")
    (True, False)
    >>> introduced_description("A Kanpur Police")
    False
    """
    words = description.split()
    return len(words) > 1 and words[0].lower() in _INDEFINITE_OPENERS and words[-1].islower()


def described_gender(description: str) -> str | None:
    """The gender its head noun (the last word) gives a description, if any.

    >>> described_gender("The Sydney dad"), described_gender("the 29-year-old")
    ('m', None)
    >>> described_gender("The other victim")
    """
    words = description.lower().split()
    return GENDER_WORDS.get(words[-1]) if words else None


def unnamed_described_person(resolver, start: int, end: int, pronoun: str) -> SpeakerRef | None:
    """A person the article describes but never names, as it writes the description
    (``text[start:end]``, its opening "The" in lower case), for the "he" or "she"
    (``pronoun``) its gender allows: ``The other victim was an alcoholic when he was picked up
    ... He described Big Jim as a "very nasty and violent man"`` is "the other victim"
    (slavery_couple_jailed_kay_heart); "the woman" is never a "he". Only an epithet
    (:func:`epithet_headed`) or an indefinite description (:func:`introduced_description`:
    "A cinema hall owner said") makes a new person: a job after "the" ("the chef", "the
    musician") renames one the article names."""
    description = resolver.text[start:end].strip()
    if not epithet_headed(description) and not introduced_description(description):
        return None
    gender = described_gender(description)
    if gender not in (None, PRONOUN_GENDERS[pronoun]):
        return None
    first, _, rest = description.partition(" ")
    name = f"{first.lower()} {rest}" if first in ("The", "A", "An") else description
    key = "unnamed:" + name.lower()
    actor = resolver.index.actors_by_key.get(key) or resolver.index.new_actor("person", name, key)
    actor.role = actor.role or tidy_description(name)
    actor.gender = actor.gender or gender
    resolver.note_span(actor, start, end)
    return SpeakerRef(actor, None, start, end, True)


#: The evidence for a "he" or "she" resolved by :func:`introduced_subject_here`.
INTRODUCED_HERE = (
    "the person its own sentence brings in with an indefinite description as its subject"
)

#: The most lower-case words of a time phrase before an indefinite subject, without a comma
#: ("last year a judge issued").
MAX_LEAD_WORDS = 3


def indefinite_subject(words: list[Token], is_cue=lambda w: False) -> tuple[int, int] | None:
    """The word indices ``(i, j)`` of a subject opened by "a", "an", "one" or "another" that
    a person's noun heads, at the start of the main clause of ``words`` (after at most
    :data:`MAX_LEAD_WORDS` lower-case words of a time phrase), its complement after any
    preposition ("A lady customer at the counter"), and of the verb right after it.

    >>> from ..tokens import tokenize
    >>> def subject(s):
    ...     words = [w for w in tokenize(s, [0]) if w.text[0].isalnum() or w.text == ","]
    ...     found = indefinite_subject(words)
    ...     return " ".join(w.text for w in words[found[0] : found[1]]) if found else None
    >>> subject("last year a judge issued a settlement against them after he found")
    'a judge'
    >>> subject("A lady customer at the counter does not want to talk, but she does say")
    'A lady customer at the counter'
    >>> subject("The judge issued a ruling"), subject("A Reuters report cited the judge")
    (None, None)
    """
    start = main_clause_start(words)
    i = next(
        (
            k
            for k in range(start, min(len(words), start + MAX_LEAD_WORDS + 1))
            if words[k].lower in _INDEFINITE_OPENERS
        ),
        None,
    )
    if i is None or any(not w.text.islower() or _verb_word(w, is_cue) for w in words[start:i]):
        return None
    head = None
    for j in range(i + 1, min(len(words), i + MAX_PERSON_WORDS + 1)):
        w = words[j]
        if not w.text[0].isalnum():
            return None
        if head is not None and _verb_word(w, is_cue):
            return (
                (i, j)
                if words[head].lower in _PERSON_HEADS and words[head].text.islower()
                else None
            )
        if head is None and (w.lower in PREPOSITIONS or _verb_word(w, is_cue)):
            head = j - 1
            if w.lower not in PREPOSITIONS:
                return (
                    (i, j)
                    if j - 1 > i
                    and words[head].lower in _PERSON_HEADS
                    and words[head].text.islower()
                    else None
                )
    return None


#: Marks that open a new main clause inside a sentence.
_CLAUSE_BREAKS = frozenset(["—", "–", ";"])


def introduced_subject_here(resolver, t: Token, at: int) -> SpeakerRef | None:
    """The new person that the sentence of the "he" or "she" at ``t`` brings in as its
    subject with "a", "an", "one" or "another" (:func:`indefinite_subject`), when no person is
    named in that subject or between it and the pronoun ("A spokesman for Mr Johnson said he"
    may mean Johnson): "last year a judge issued a $25.2 million
    settlement against the Humane Society ... after he found the groups "paid a plaintiff""
    is the judge; "A lady customer at the counter does not want to talk about the news, but
    she does say: "Q"" is the customer, not the postmistress named before. ``resolver`` is a
    :class:`PronounResolver`."""
    if t.lower not in ("he", "she") or t.start == resolver.sentences[t.sent][3]:
        return None
    s_start = resolver.sentences[t.sent][3]
    breaks = [w.start for w in resolver.toks_between(s_start, t.start) if w.text in _CLAUSE_BREAKS]
    after = breaks[-1] if breaks else -1  # "Feld has prevailed — last year a judge issued"
    words = [w for w in narration_words(resolver, t.sent) if after < w.start < t.start]
    is_cue = lambda w: any(c.start == w.start for c in resolver.cues_in(w.start, w.end))
    found = indefinite_subject(words, is_cue)
    if found is None:
        return None
    start, end = words[found[0]].start, words[found[1] - 1].end
    named = resolver.index.mentions_in(start, t.start)  # "A spokesman for Mr Johnson said he"
    if any(m.actor.kind == "person" and not m.in_quote for m in named):
        return None
    ref = unnamed_described_person(resolver, start, end, t.lower)
    if ref is None:
        return None
    return SpeakerRef(ref.actor, None, t.start, t.end, how=INTRODUCED_HERE)
