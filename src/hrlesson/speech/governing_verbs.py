"""Which verb takes the quote when a sentence has several.

The verb nearest before a quote is not always the one whose object or complement the quote
is. An "of" + -ing complement ("accused the UK of threatening to "attack"") sits
inside the outer verb's object: the outer verb's speaker says the words. The other way
round, a speech act reported inside another's clause ("The embassy said its envoy conveyed
"Q"") is heard from its own subject.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .judged_objects import OWN_SUBJECT_WORDS, ing_participle, says_in_judgement
from .recipient_participles import says_to_recipient
from .records import Cue
from .tokens import Token
from .vocabulary import ADVERBS, AUXILIARIES, PERSONAL_SUBJECTS, PREPOSITIONS

#: Verbs of delivering a message: reported inside another speaker's clause, their own
#: subject is heard saying the quote (data/words/relayed_act_verbs.txt).
RELAYED_ACT_VERBS = word_set("relayed_act_verbs")

_WORD = re.compile(r"[\w’'-]+")


def own_speech_act(text: str, gov: Cue, cue: Cue) -> bool:
    """``cue`` is a message delivered by its own subject inside ``gov``'s reported clause:
    ``The Chinese Embassy said its Deputy Chief of Mission Zhou Zhiyong conveyed "Q"``
    (Zhou's words, not the embassy's); the subject must be more than a pronoun.

    >>> from .records import SpeakerRef
    >>> text = "The embassy said its envoy conveyed it"
    >>> gov, cue = Cue(12, 16, "said", "say", 0, 2), Cue(27, 35, "conveyed", "convey", 0, 5)
    >>> cue.subject = SpeakerRef(None, "its envoy", 17, 26)
    >>> own_speech_act(text, gov, cue)
    True
    """
    if cue.subject is None or cue.lemma not in RELAYED_ACT_VERBS or cue.passive:
        return False
    if cue.form.lower().endswith("ing"):
        return False
    return gov.end <= cue.subject.start and named_subject(text, cue)


def agent_speech_act(text: str, gov: Cue, cue: Cue) -> bool:
    """``cue`` is a passive reporting verb inside ``gov``'s reported clause whose agent is
    named after "by": the agent's own speech act, so a quote it introduces is the agent's
    (``He said they were asked by Mr Pritchard earlier on Wednesday to "exercise moral
    courage"``: Pritchard's words, not the judge's); not a pronoun agent ("by him").

    >>> from .records import Actor, SpeakerRef
    >>> text = "He said they were asked by Mr Pritchard to"
    >>> gov, cue = Cue(3, 7, "said", "say", 0, 1), Cue(18, 23, "asked", "ask", 0, 4)
    >>> cue.passive = True
    >>> cue.subject = SpeakerRef(Actor("person", "Steve Pritchard"), None, 27, 39)
    >>> agent_speech_act(text, gov, cue)
    True
    """
    ref = cue.subject
    if not cue.passive or ref is None or ref.start < cue.end or gov.end > cue.start:
        return False
    words = _WORD.findall(text[cue.end : ref.start])  # "by", maybe a title: "by Mr"
    if words[:1] != ["by"] or len(words) > 3 or not all(w[0].isupper() for w in words[1:]):
        return False
    return named_subject(text, cue)


def named_subject(text: str, cue: Cue) -> bool:
    """The subject of ``cue`` is more than a pronoun: a phrase of several words ("its
    envoy") or one name that stands for an actor ("Duvall added that Perdue told him this
    week the farm aid is "Q"": Perdue's words).

    >>> from .records import Actor, SpeakerRef
    >>> text = "Duvall added that Perdue told him"
    >>> cue = Cue(25, 29, "told", "tell", 0, 4)
    >>> cue.subject = SpeakerRef(Actor("person", "Sonny Perdue"), None, 18, 24)
    >>> named_subject(text, cue)
    True
    >>> cue.subject = SpeakerRef(Actor("person", "Sonny Perdue"), None, 18, 20)
    >>> named_subject("Duvall added that he told him", cue)
    False
    """
    ref = cue.subject
    words = _WORD.findall(text[ref.start : ref.end])
    if len(words) > 1:
        return True
    return (
        ref.actor is not None
        and len(words) == 1
        and words[0][0].isupper()
        and words[0].lower() not in PERSONAL_SUBJECTS
    )


def inside_outer_object(text: str, outer: Cue, cue: Cue) -> bool:
    """``cue`` stands inside the object of ``outer``, a verb with a subject earlier in the
    sentence, so a quote after ``cue`` is ``outer``'s: an "of" + -ing complement, the
    charge of an accusation (``Ecuadorian ministers have accused the UK of threatening to
    "attack"``; but "for" gives the reason, the one blamed spoke: ``hit back at Obama for
    suggesting that the studio had "made a mistake"``), or a passive participle qualifying
    a noun of that object (:func:`passive_modifier`).

    >>> text = "Ministers have accused the UK of threatening to"
    >>> outer = Cue(15, 22, "accused", "accuse", 0, 2)
    >>> cue = Cue(33, 44, "threatening", "threaten", 0, 6)
    >>> from .records import SpeakerRef
    >>> outer.subject = SpeakerRef(None, "Ministers", 0, 9)
    >>> inside_outer_object(text, outer, cue)
    True
    """
    if outer.subject is None or outer.passive:
        return False
    between = text[outer.end : cue.start]
    if cue.passive:
        return passive_modifier(between)
    if not cue.form.lower().endswith("ing"):
        return False
    if re.search(r"[;:\"“”]|,\s", between):
        return False  # ', saying': an adjunct of the clause, or another clause
    words = [w.lower() for w in _WORD.findall(between)]
    if not words or any(w in ("and", "but", "or", "while", "who", "which") for w in words):
        return False
    return words[-1] == "of"


def passive_modifier(between: str) -> bool:
    """A passive cue right after a noun (``between``: the text from the outer verb to the
    cue, one clause) qualifies that noun: ``they highlighted the threats posed by the
    proliferation of disinformation and the exploitation of platforms to "Q"`` (the
    experts' words, not the platforms').

    >>> passive_modifier(" the threats "), passive_modifier(" that it was "), passive_modifier(", ")
    (True, False, False)
    """
    words = _WORD.findall(between)
    return (
        bool(words)
        and words[-1].islower()
        and words[-1] not in AUXILIARIES
        and words[-1] not in ADVERBS
        and words[-1] not in ("that", "which", "who")
        and not re.search(r"[;:\"“”]|,\s", between)
    )


def outer_cue(text: str, before: list[Cue], cue: Cue, quote_open: int) -> Cue:
    """The cue that takes the quote opening at ``quote_open`` after ``cue``: the nearest
    earlier cue of ``before`` (the sentence's cues before ``cue``) whose object holds
    ``cue`` (:func:`inside_outer_object`) or that a relative clause holding ``cue`` follows
    (:func:`closed_relative`), else ``cue`` itself."""
    for outer in reversed(before):
        if outer.subject is not None and outer.lemma is not None:
            if inside_outer_object(text, outer, cue) or closed_relative(
                text, outer, cue, quote_open
            ):
                return outer
            return cue
    return cue


def governing_cue(
    text: str, tokens: list[Token], cues: list[Cue], quote_open: int, subject_of_verb
) -> Cue:
    """The cue of ``cues`` (a sentence's cues before the quote) that takes the quote
    (:func:`outer_cue`); when it is an -ing form qualifying the object of a naming verb
    that is no cue (:func:`naming_verb_before`), it takes that verb's subject, found by
    ``subject_of_verb(start, end)``."""
    cue = outer_cue(text, cues[:-1], cues[-1], quote_open)
    if verb := naming_verb_before(tokens, cue, quote_open):  # "called a report calling"
        cue.subject = subject_of_verb(verb.start, verb.end) or cue.subject
    return cue


def closed_relative(text: str, outer: Cue, cue: Cue, quote_open: int) -> bool:
    """``cue`` opens a relative clause set off by commas (", who claimed that ..., ") whose
    "that" clause closes before the quote, so the quote goes on with ``outer``'s clause: ``The UNHRC also
    criticised the Indian media for believing an imam, who claimed that Hussein had been in
    contact with him, "with the inference being that ..."`` (the UNHRC's words).

    >>> text = 'X criticised them for believing an imam, who claimed that, "Q"'
    >>> outer, cue = Cue(2, 12, "criticised", "criticise", 0, 1), Cue(45, 52, "claimed", "claim", 0, 8)
    >>> closed_relative(text, outer, cue, 59)
    True
    """
    inside = text[cue.end : quote_open].rstrip()
    if not inside.endswith(",") or _WORD.findall(inside)[:1] != ["that"]:
        return False  # 'its spokesperson, who said, "Q"': the relative clause's own quote
    words = [w.lower() for w in _WORD.findall(text[outer.end : cue.start])]
    return (
        len(words) >= 2
        and words[-1] in ("who", "which")
        and text[outer.end : cue.start].rstrip()[: -len(words[-1])].rstrip().endswith(",")
        and not re.search(r"[;:\"“”]", text[outer.end : quote_open])
    )


#: Verbs of reacting to another's words (data/words/reaction_verbs.txt): "saying" right
#: after their object is the reacting speaker's ("rejected the report saying that "Q"").
REACTION_VERBS = word_set("reaction_verbs")


def says_in_reaction(
    text: str, earlier: list[Cue], bound: int, cue: Cue, left: list[Token]
) -> bool:
    """``cue``, a "saying"/"adding" right after the short object (``left``, the words from
    ``bound``: at most five, no comma) of the last cue of ``earlier`` (the sentence's cues
    before ``cue``), a reaction with a subject, is said by that subject:
    ``India had rejected the report saying that the "so-called" report ...``, ``Musk
    responded to Breton's X post saying that company policy is "Q"`` (not the report's or
    the post's words). So is one after the object of a verb of judging
    (:func:`.judged_objects.says_in_judgement`: ``Charities have defended the large
    salaries paid to their chief executives citing "Q"``), and one right after the one
    written to (:func:`.recipient_participles.says_to_recipient`: ``X writing to FWC
    president Iain Ross requesting "Q"``).

    >>> from .tokens import tokenize
    >>> from .records import SpeakerRef
    >>> text = "India rejected the report saying that"
    >>> outer, cue = Cue(6, 14, "rejected", "reject", 0, 1), Cue(26, 32, "saying", "say", 0, 4)
    >>> outer.subject = SpeakerRef(None, "India", 0, 5)
    >>> says_in_reaction(text, [outer], 14, cue, tokenize(text, [0])[2:4])
    True
    """
    if says_in_judgement(text, earlier, bound, cue, left):
        return True
    if says_to_recipient(text, earlier, bound, cue, left):
        return True  # "X writing to FWC president Iain Ross requesting "Q"": X's
    if not earlier or earlier[-1].end != bound:
        return False
    outer = earlier[-1]
    if outer.subject is None or outer.passive or outer.lemma not in REACTION_VERBS:
        return False
    if not ing_participle(cue, ("say", "add")):
        return False
    if not 1 <= len(left) <= 5 or "," in text[outer.end : cue.start]:
        return False
    return not any(t.lower in OWN_SUBJECT_WORDS for t in left)


#: A short subject, then an -ing aside closed by a comma, up to the verb:
#: "Musk, responding later on X to a user who had posted the letter, ".
_PARTICIPLE_ASIDE = re.compile(r"\s*([^,;:“”\"]+),\s+[a-z]+ing\b[^,;:“”\"]*,\s*", re.DOTALL)


def participle_aside(before: str) -> bool:
    """The sentence's text ``before`` a verb is a short subject (at most six words) and an
    -ing aside set off by commas, so the verbs inside the aside are not the main verb:
    ``Musk, responding later on X to a user who had posted the letter, invited Breton to
    "Q"`` (Musk invites, not the letter).

    >>> participle_aside("Musk, responding later to a user who had posted the letter, ")
    True
    >>> participle_aside("The ministry issued a statement on Monday after the vote, calling it, ")
    False
    """
    m = _PARTICIPLE_ASIDE.fullmatch(before)
    return m is not None and len(_WORD.findall(m.group(1))) <= 6


#: Past forms of verbs that name their object (data/words/naming_verb_forms.txt).
NAMING_VERB_FORMS = word_set("naming_verb_forms")


def naming_verb_before(tokens: list[Token], cue: Cue, quote_open: int) -> Token | None:
    """The naming verb ("called", "described") whose object an -ing ``cue`` qualifies, so
    that the quote naming the object is that verb's: ``President Rodrigo Duterte on
    Thursday called a UN Human Rights Council (UNHRC) resolution calling for a review ...
    "crazy"`` (Duterte's word, not the resolution's). The cue must follow a lower-case noun,
    the verb stand earlier in its clause (no comma or quotation mark between) and the quote
    (opening at ``quote_open``) come after the participle's own complement, not after a
    preposition ("a resolution calling for "Q"" is the resolution's).

    >>> from .tokens import tokenize
    >>> toks = tokenize("Duterte called a resolution calling for a review 'crazy'", [0])
    >>> naming_verb_before(toks, Cue(28, 35, "calling", "call", 0, 4), 49).text
    'called'
    >>> naming_verb_before(toks, Cue(28, 35, "calling", "call", 0, 4), 40) is None
    True
    """
    if not cue.form.lower().endswith("ing") or cue.tok < 2:
        return None
    last = [t for t in tokens[cue.tok : cue.tok + 80] if t.end <= quote_open][-1]
    if last.lower in PREPOSITIONS and last.lower != "as":
        return None
    prev = tokens[cue.tok - 1]
    if not prev.text.isalpha() or not prev.text.islower() or prev.lower in ADVERBS:
        return None
    for k in range(cue.tok - 2, -1, -1):
        t = tokens[k]
        if t.sent != cue.sent or t.text in (",", ";", ":", '"', "“", "”"):
            return None
        if t.lower in NAMING_VERB_FORMS:  # active, with its object next: not "was labeled with"
            passive = k > 0 and tokens[k - 1].lower in AUXILIARIES
            return None if passive or tokens[k + 1].lower in PREPOSITIONS else t
    return None


#: Modal auxiliaries (data/words/modal_verbs.txt): a reporting verb right after one names
#: an act not done, whose subject says nothing yet ("the US would respond").
MODAL_VERBS = word_set("modal_verbs")


def after_modal(tokens: list[Token], k: int) -> bool:
    """The reporting verb ``tokens[k]`` follows a modal auxiliary, a "not" or adverbs
    between: ``it and Ripple cannot agree``, ``the US would respond``, ``it should not
    explain``.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Miller warned that the US would respond quickly", [0])
    >>> after_modal(toks, 6), after_modal(toks, 1)
    (True, False)
    """
    j = k - 1
    while j >= max(0, k - 3) and tokens[j].lower not in MODAL_VERBS:
        if tokens[j].lower not in ("not", "never") and tokens[j].lower not in ADVERBS:
            return False
        j -= 1
    return j >= 0 and tokens[j].sent == tokens[k].sent and tokens[j].lower in MODAL_VERBS


def hypothetical_act_reporter(tokens: list[Token], gov: list[Cue], cue: Cue) -> Cue | None:
    """The cue that takes a quote after ``cue`` when ``cue`` names an act not done, after a
    modal auxiliary (:func:`after_modal`): the nearest of ``gov`` (the clausal cues with a
    subject before it in its sentence) whose speaker is not ``cue``'s own: ``State
    Department spokesperson Matthew Miller warned that the US would respond to the expulsion
    "expeditiously"`` (Miller's words); ``She argued that, if the government is saying the
    project came to an end, it should explain why Rio Tinto is "buying fields"`` (hers, not
    the government's); None when no such cue."""
    if not after_modal(tokens, cue.tok):
        return None
    own = cue.subject.actor if cue.subject is not None else None
    for outer in reversed(gov):
        if own is None or outer.subject.actor is not own:
            return outer
    return None
