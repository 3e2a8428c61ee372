"""A reporting verb's subject counted out as "one" or "another" of a crowd ("one 92-year-old
rider said", "One person wrote", "Another person said:", "One said"): an unnamed speaker
the description itself names, never a person the article names elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..cue_nouns import past_cue_form
from ..groups.counted_members import bare_one_crowd, one_member
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DETERMINERS, PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS, STOP_WORDS
from .plain import spelled_modifier

#: The words that count one speaker out of a crowd.
COUNTING_WORDS = ("one", "another")

#: The most words such a subject takes after its counting word ("one civil protection official").
MAX_WORDS = 3

#: Closed-class words no such short noun phrase holds ("one in five", "another who").
_CLOSED_WORDS = PREPOSITIONS | RELATIVE_PRONOUNS | set(PRONOUNS) | DETERMINERS | STOP_WORDS

#: The evidence of a subject this rule read.
COUNTED_ONE = "one of a crowd, counted out"

#: Sentences before a bare "another" searched for the "one ..." subject it counts on from.
EARLIER_SENTENCES = 5

#: The key of an actor a description brings in, not a name ("unnamed:woman").
UNNAMED = "unnamed:"


def counted_one_subject(words: list[Token]) -> SpeakerRef | None:
    """The subject ``words`` of a reporting verb (outside quotes, asides cut off) as an
    unnamed speaker when it opens with "one" or "another" and is that word alone or a short
    noun phrase after it: ``one 92-year-old rider said`` gives "one 92-year-old rider",
    ``One said McGlynn's actions were "Hitler-like"`` "One"; not a partitive ("one of the
    economists": the partitive rules'), a span holding a preposition, a relative word, a
    pronoun or a determiner ("one in five", "another who"), nor a number ("one 2,000").

    >>> from ..tokens import tokenize
    >>> [counted_one_subject(tokenize(s, [0])).label for s in ("One", "one 92-year-old rider")]
    ['One', 'one 92-year-old rider']
    >>> counted_one_subject(tokenize("Another Twitter user", [0])).label
    'Another Twitter user'
    >>> [counted_one_subject(tokenize(s, [0])) for s in ("one of the economists", "no one", "one in five")]
    [None, None, None]
    >>> counted_one_subject(tokenize("Another resident Gayle Evans", [0])) is None
    True
    """
    if not words or words[0].lower not in COUNTING_WORDS:
        return None
    body = words[1:]
    if len(body) > MAX_WORDS or not all(map(spelled_modifier, body)):
        return None
    if name_after_description(body):
        return None
    if any(w.lower in _CLOSED_WORDS for w in body):
        return None
    if body and not body[-1].text.replace("-", "").isalpha():
        return None
    return SpeakerRef(
        None, " ".join(w.text for w in words), words[0].start, words[-1].end, True, COUNTED_ONE
    )


def name_after_description(body: Sequence[Token]) -> bool:
    """The words after "one"/"another" are a lower-case description and the capitalised
    name it is given to, so the subject is that named person, not one counted out: "Another
    resident Gayle Evans said" (warrington_bin_strike_rats_barnes_bbc); "Another Twitter
    user" ends in its lower-case head and stays a description.

    >>> from ..tokens import tokenize
    >>> name_after_description(tokenize("resident Gayle Evans", [0]))
    True
    >>> name_after_description(tokenize("Twitter user", [0]))
    False
    """
    return (
        len(body) >= 2 and body[-1].text[:1].isupper() and any(w.text.islower() for w in body[:-1])
    )


def sentence_crowd(before: Sequence[Token]) -> str | None:
    """The plural noun phrase that opens the sentence ``before`` a bare "one" or "another"
    (its article and up to two modifiers, then the plural, then a lower-case word): the
    crowd that word counts out of, else None.

    >>> from ..tokens import tokenize
    >>> sentence_crowd(tokenize("The detention officers who were doing repairs said it but", [0]))
    'detention officers'
    >>> sentence_crowd(tokenize("On one occasion, when inspectors reported", [0])) is None
    True
    """
    words = before[1:] if before and before[0].lower == "the" else before
    for k, w in enumerate(words[:3]):
        if not w.text.isalpha() or w.lower in _CLOSED_WORDS:
            return None
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if w.lower.endswith("s") and not w.lower.endswith("ss") and nxt.islower():
            return " ".join(t.lower for t in words[: k + 1])
    return None


#: Prepositions that open the crowd's phrase before ", with one" ("met by locals ...").
_CROWD_OPENERS = frozenset(["by", "from", "among"])

#: The most words of the crowd's phrase before ", with one".
_MAX_CROWD_WORDS = 6


def crowd_before_with(before: Sequence[Token]) -> str | None:
    """The crowd a "one" right after "with" counts out of: the plural phrase after "by",
    "from" or "among" that ends right before that "with" ("has not been met well by locals
    and customers on Facebook, with one branding it": "locals and customers on Facebook"),
    not the sentence's subject ("News of the closure"); None for any other shape.

    >>> from ..tokens import tokenize
    >>> crowd_before_with(tokenize("News was met by locals and customers on Facebook, with", [0]))
    'locals and customers on Facebook'
    >>> crowd_before_with(tokenize("News was met by the council, with", [0])) is None
    True
    """
    if not before or before[-1].lower != "with":
        return None
    words = [t for t in before[:-1] if t.text[0].isalnum()]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower in _CROWD_OPENERS), None)
    if k is None or not 0 < len(words) - k - 1 <= _MAX_CROWD_WORDS:
        return None
    phrase = words[k + 1 :]
    if phrase[0].cap or not any(
        w.lower.endswith("s") and not w.lower.endswith("ss") for w in phrase
    ):
        return None
    if any(w.poss or w.lower in RELATIVE_PRONOUNS for w in phrase):
        return None
    return " ".join(w.text for w in phrase)


def earlier_crowd(earlier: Sequence[Token]) -> str | None:
    """The crowd of the last "with one" in ``earlier`` (:func:`crowd_before_with`): a bare
    "Another said" after "... met by locals and customers on Facebook, with one branding it"
    is another of them.

    >>> from ..tokens import tokenize
    >>> earlier_crowd(tokenize("It was met by locals and customers, with one branding it.", [0]))
    'locals and customers'
    """
    ones = [k for k in range(1, len(earlier)) if earlier[k].lower == "one"]
    return crowd_before_with(earlier[: ones[-1]]) if ones else None


def crowd_just_before(earlier: Sequence[Token]) -> str | None:
    """The crowd that opens the last sentence of ``earlier`` (:func:`sentence_crowd`): a
    bare "one" opening its own clause counts out of the plural subject of the sentence
    right before ("Rescuers said the death toll could rise. "Q," one said.": one of the
    rescuers; "Fairgoers told MailOnline that ... ¶ One told the tabloid: "Q""), else None.

    >>> from ..tokens import tokenize
    >>> crowd_just_before(tokenize("Rescuers said the toll could rise.", [0]))
    'rescuers'
    >>> crowd_just_before([]) is None
    True
    """
    if not earlier:
        return None
    return sentence_crowd([t for t in earlier if t.sent == earlier[-1].sent])


def member_label(counting: str, crowd: str) -> str:
    """How a bare counting word of a plain group is written: one member, the group's noun in
    the singular (:func:`~..groups.counted_members.one_member`: "one local resident"), else
    "one of the" group ("one of the locals and customers on Facebook").

    >>> member_label("one", "local residents"), member_label("one", "police")
    ('one local resident', 'one of the police')
    """
    return one_member(counting, crowd) or f"{counting} of the {crowd}"


def counted_windows(finder, sent: int, first: Token) -> tuple[list[Token], list[Token]]:
    """The tokens outside quotes of sentence ``sent`` before the subject's first word
    ``first``, and those of the few sentences before that sentence (for
    :func:`earlier_counted_noun`)."""
    start = finder.sentences[sent][3]
    earlier = finder.toks_between(finder.sentences[max(sent - EARLIER_SENTENCES, 0)][3], start)
    return finder.toks_between(start, first.start), earlier


def earlier_counted_noun(earlier: Sequence[Token]) -> str | None:
    """The description after the last "one" in ``earlier`` when it is a reporting verb's
    whole subject, one to three lower-case words before a past form: 'One local resident
    said it closed ...' gives "local resident", so a next 'Another said: "Q"' is "Another
    local resident" (hammersmith_bridge_fully_closed_heatwave_lbc); else None.

    >>> from ..tokens import tokenize
    >>> earlier_counted_noun(tokenize("One local resident said it closed with no warning.", [0]))
    'local resident'
    >>> earlier_counted_noun(tokenize("No one said anything.", [0])) is None
    True
    """
    ones = [k for k, t in enumerate(earlier) if t.lower == "one"]
    if not ones:
        return None
    body: list[Token] = []
    for t in earlier[ones[-1] + 1 : ones[-1] + 2 + MAX_WORDS]:
        if past_cue_form(t.lower) or not t.text.isalpha() or not t.text.islower():
            break
        body.append(t)
    nxt = ones[-1] + 1 + len(body)
    if (
        not 0 < len(body) <= MAX_WORDS
        or nxt >= len(earlier)
        or not past_cue_form(earlier[nxt].lower)
    ):
        return None
    if any(t.lower in _CLOSED_WORDS for t in body):
        return None
    return " ".join(t.text for t in body)


def counted_speaker(
    ref: SpeakerRef | None,
    counted: SpeakerRef,
    before: Sequence[Token] = (),
    earlier: Sequence[Token] = (),
) -> SpeakerRef:
    """The speaker of a subject counted out as one of a crowd (``counted``, from
    :func:`counted_one_subject`) when the span reader found ``ref``: the person the
    description itself brings in ("One woman said" ... "she added": the woman, written as
    the text counts her, "One woman"), else the counted description, never a person named
    elsewhere ("one attorney said" is not the attorney Nate Bellinger named later). A bare
    counting word is one of the crowd that opens its sentence (the words ``before`` it):
    "The detention officers who were doing the plumbing repairs said ... but one said": "one
    detention officer" (:func:`member_label`), not another unnamed person met before; a bare "one" opening
    its clause, of the crowd that opens the sentence before (:func:`crowd_just_before`); a
    "one" after "with", of the plural phrase before it (:func:`crowd_before_with`), and so
    is a bare "another" after it (:func:`earlier_crowd`). A
    bare "another"
    after a subject "one ..." in the ``earlier`` sentences is another of that description
    ("One local resident said ..." then "Another said": "Another local resident"), and so
    is one after a bare "one" counted out of a group ('Local residents also expressed their
    disappointment. "Q," one said.' ... "Another added": "Another local resident";
    :func:`~..groups.counted_members.bare_one_crowd`)."""
    if counted.label.lower() == "one" and (crowd := crowd_before_with(before)):
        return replace(counted, label=f"{counted.label} of the {crowd}")
    if counted.label.lower() in COUNTING_WORDS and (crowd := sentence_crowd(before)):
        return replace(counted, label=member_label(counted.label, crowd))
    if counted.label.lower() == "one" and not before and (crowd := crowd_just_before(earlier)):
        return replace(counted, label=member_label(counted.label, crowd))
    if counted.label.lower() == "another" and (noun := earlier_counted_noun(earlier)):
        return replace(counted, label=f"{counted.label} {noun}")
    if counted.label.lower() == "another" and (crowd := bare_one_crowd(earlier, crowd_just_before)):
        return replace(counted, label=member_label(counted.label, crowd))
    if counted.label.lower() == "another" and (crowd := earlier_crowd(earlier)):
        return replace(counted, label=f"{counted.label} of the {crowd}")
    actor = ref.actor if ref is not None else None
    if actor is None or not actor.key.startswith(UNNAMED):
        return counted
    if counted.label.lower().endswith(" " + actor.name.lower()):
        actor.name = counted.label  # "inmate" read from "one inmate": the text's words
    return ref
