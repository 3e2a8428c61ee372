"""The word before a short quotation: can it head a quoted term, or is the quote a clause?

A quotation right after a lower-case noun may be a term that noun heads ('drug "watch
lists"'); after a verb, a pronoun or an adverb it is not ('he "stands firmly"', 'which he
said are also "victims"', 'sought "urgent attention"'), and a quotation that opens like a
clause or a predicate ('"and over Japan"', 'the bodies "lack independence"') is speech.
"""

from __future__ import annotations

import re

from ...inflection import IRREGULAR_PASTS
from ...wordlists import word_set
from ..cues import CUE_FORMS, SUBJECT_PRONOUNS
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    COMMON_VERBS,
    CONJUNCTIONS,
    DETERMINERS,
    NOT_MODIFIERS,
    PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
    WORD_RE,
)
from .short_quotes import EVALUATIVE_NOUNS, active_verb, adjective_word, adverb_word

#: Lower-case words before a quotation that do not modify it as a noun would.
NOT_TERM_MODIFIERS = BE_FORMS | frozenset(
    ["as", "that", "and", "or", "but", "very", "most", "more", "so", "too"]
)

#: Personal and possessive pronouns: inside a quotation they show a speaker's phrase.
_PERSONAL = frozenset(PRONOUNS) | frozenset(["i", "me", "my", "we", "us", "our", "you", "your"])


def reads_as_clause(text: str, first: str, prev: Token) -> bool:
    """The quotation reads as a clause: a full stop, or an auxiliary, preposition,
    determiner or conjunction first, or an auxiliary right before it: 'saying it travelled
    east "and over Japan"'; or as a speaker's phrase: a personal pronoun after its first
    word ('promised to bring the airline "back to its best"').

    >>> from hrlesson.speech.tokens import tokenize
    >>> east = tokenize("travelled east", [0])[-1]
    >>> reads_as_clause("and over Japan", "and", east), reads_as_clause("watch lists", "watch", east)
    (True, False)
    >>> reads_as_clause("back to its best", "back", east)
    True
    """
    return (
        text.rstrip()[-1:] in ".!?"
        or bool(_PERSONAL.intersection(WORD_RE.findall(text.lower())[1:]))
        or first in AUXILIARIES
        or first in PREPOSITIONS
        or first in DETERMINERS
        or first in CONJUNCTIONS
        or first.endswith(("n't", "n’t", "ed"))
        or prev.lower in AUXILIARIES
    )


def modifies(prev: Token) -> bool:
    """``prev`` is a lower-case noun-like word that can head a quoted term ('drug "lists"'),
    not a verb, pronoun or adverb: 'he "stands firmly"', 'are also "victims"', 'sought
    "urgent attention"'.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [modifies(t) for t in tokenize("drug he also sought", [0])]
    [True, False, False, False]
    """
    low = prev.lower
    return (
        prev.text.islower()
        and low not in COMMON_VERBS
        and not prev.poss
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in CUE_FORMS
        and low not in NOT_MODIFIERS
        and low not in NOT_TERM_MODIFIERS
        and low not in SUBJECT_PRONOUNS
        and low not in ADVERBS
        and low not in IRREGULAR_PASTS
        and not low.endswith(("ly", "ed", "ing", "n't", "n’t"))
        and not plural_noun(low)
    )


def plural_noun(low: str) -> bool:
    """A plural noun, which heads its own noun phrase rather than modifying a quoted term
    after it: 'deal with the allegations "head-on"' (a compound's modifier is singular:
    'drug "watch lists"').

    >>> [plural_noun(w) for w in ("allegations", "drug", "process", "status", "crisis")]
    [True, False, False, False, False]
    """
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def predicate_of_plural(words: list[str], prev: Token) -> bool:
    """A quotation of two words or more that opens with a plain verb right after a plural
    noun is that noun's predicate, not a term it heads: 'HRW has said the bodies set up to
    end torture in detention facilities "lack independence"' (the speaker's words); so is
    one that opens with a verb in -s and its object's determiner right after a singular
    noun: 'The organisers say the government "needs a push"'.

    >>> from hrlesson.speech.tokens import tokenize
    >>> prev = tokenize("detention facilities", [0])[-1]
    >>> predicate_of_plural(["lack", "independence"], prev), predicate_of_plural(["lack"], prev)
    (True, False)
    >>> prev = tokenize("the government", [0])[-1]
    >>> predicate_of_plural(["needs", "a", "push"], prev), predicate_of_plural(["needs", "list"], prev)
    (True, False)
    """
    first, low = words[0], prev.lower
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    if len(words) < 2 or first not in COMMON_VERBS:
        return False
    if plural:
        return not first.endswith(("s", "ed"))
    return first.endswith("s") and (words[1] in DETERMINERS or words[1] == "to")


#: Prefixes of hyphenated policy terms ("no-fault", "re-education"): data/words/term_prefixes.txt.
TERM_PREFIXES = word_set("term_prefixes")

#: The lower-case word right after a closing quotation mark, spaces only between.
_HEAD_AFTER = re.compile(r"[ \t]+([a-z][a-z’'-]*)")


def heads_quote(word: str) -> bool:
    """``word``, written right after a quotation, is a noun the quotation modifies
    ('"Big Six" firms', '"no-fault" evictions'), not a verb, adverb or function word that
    goes on with a clause ('"Excited" to', '"Wild West" that', '"Unacceptable" said').

    >>> [heads_quote(w) for w in ("firms’", "evictions", "premiere", "to", "said", "is", "today")]
    [True, True, True, False, False, False, False]
    """
    low = word.rstrip("’'")
    return not (
        low in STOP_WORDS
        or low in PREPOSITIONS
        or low in CONJUNCTIONS
        or low in DETERMINERS
        or low in AUXILIARIES
        or low in BE_FORMS
        or low in CUE_FORMS
        or low in ADVERBS
        or low in TIME_WORDS
        or low.endswith(("ly", "ed"))
    )


def premodifier_term(quote: str, after: str, opens: bool = False, before: str = "") -> str:
    """Why a short quotation right before the noun it modifies is a name or a term (or ""):
    a title-case name ('the "Big Six" firms’ dominance', 'the "Oppenheimer" premiere',
    'the impending ‘Big Three’ strike') or a hyphenated term with a policy prefix ('end
    "no-fault" evictions', 'in "re-education" camps', '"anti-incitement" legislation'), "no"
    written apart ('end "no fault" evictions') or a "no X, no Y" formula ('signed a "no cure,
    no fee" deal').
    ``after`` is the text right after the closing mark, ``before`` the sentence's text before
    the opening mark (:func:`compound_modifier`); when the quotation ``opens`` its
    sentence, its first capital shows no name ("'Regrettable' conduct by family"). A quotation that is speech goes on
    with its clause: '"Wild West" that', '"hard-to-explain" change' (no listed prefix).

    >>> premodifier_term("Big Six", " firms’ dominance"), premodifier_term("no-fault", " evictions")
    ('name before the noun it modifies', 'term before the noun it modifies')
    >>> premodifier_term("Wild West", " that"), premodifier_term("hard-to-explain", " change")
    ('', '')
    >>> premodifier_term("Significant new measures", " needed"), premodifier_term("Big Six,", " firms")
    ('', '')
    >>> premodifier_term("Regrettable", " conduct", opens=True)
    ''
    >>> premodifier_term("Pakistan-sponsored", " attack"), premodifier_term("Once-in-a-generation", " reforms")
    ('', '')
    >>> premodifier_term("no fault", " evictions"), premodifier_term("no cure, no fee", " deal")
    ('term before the noun it modifies', 'term before the noun it modifies')
    >>> premodifier_term("no plans", " for"), premodifier_term("no irregularity", " in")
    ('', '')
    """
    words = WORD_RE.findall(quote)
    m = _HEAD_AFTER.match(after)
    if not words or len(words) > 4 or quote.rstrip()[-1:] in ",.;:!?" or m is None:
        return ""
    if not heads_quote(m.group(1)):
        return ""
    parts = [p for w in words for p in w.split("-") if len(p) > 3 or p[:1].isupper()]
    parts = parts[1:] if opens else parts
    if parts and all(p[:1].isupper() for p in parts):
        return "name before the noun it modifies"
    hyphenated = len(words) == 1 and "-" in words[0]
    if hyphenated and words[0].split("-")[0].lower() in TERM_PREFIXES:
        return "term before the noun it modifies"
    if words[0] == "no" and len(words) in (2, 4) and (len(words) == 2 or words[2] == "no"):
        return (
            "term before the noun it modifies"  # '"no fault" evictions', '"no cure, no fee" deal'
        )
    if compound_modifier(words, m.group(1).rstrip("’'"), before):
        return "compound before the noun it modifies"
    if particle_modifier(words, before):
        return "a category before the noun it modifies"
    return ""


#: Adverb particles that, quoted alone after a determiner, name a setting ('the "off" position').
_PARTICLES = frozenset(["off", "out", "up", "down"])


def particle_modifier(words: list[str], before: str) -> bool:
    """A quoted lower-case phrase of one or two words opening with a preposition or a
    particle, right after a determiner and right before the noun it modifies, names a
    category or a setting, not speech: 'should be added to the “in danger” list'
    (reef_in_danger_report_plibersek_thedailyaus), 'could turn to the "off" position'
    (gm_ignition_recall_barra_valukas_ninefinance). Speech opening with a preposition
    goes on with its clause ('was “at risk” due to').

    >>> particle_modifier(["in", "danger"], "added to the "), particle_modifier(["off"], "to the ")
    (True, True)
    >>> particle_modifier(["at", "risk"], "the reef was "), particle_modifier(["danger"], "the ")
    (False, False)
    """
    if not 0 < len(words) <= 2 or not all(w.islower() for w in words):
        return False
    if words[0] not in PREPOSITIONS and words[0] not in _PARTICLES:
        return False
    last_before = WORD_RE.findall(before.lower())[-1:]
    return bool(last_before) and last_before[0] in DETERMINERS


def compound_modifier(words: list[str], head: str, before: str = "") -> bool:
    """A quoted lower-case compound of two plain words, its head singular, that modifies the
    noun right after it is the writer's term, not speech: 'injured when fireworks
    malfunctioned at a "bonfire night" event' (amesbury_fireworks_malfunction_antrobus_hotel_chinadaily),
    'featured ... short "lightning round" questions' (ndp_leadership_debate_stogran_singh_cbc),
    'ensure only "direct vision" lorries' (rush_hour_lorry_ban_sinha_lcc_eveningstandard).
    Speech keeps its clause: a judgement, an adjective, an adverb or a function word in it
    ('a "strong message" campaign', 'a “detailed examination” prior', 'the “most delicate”
    point'), a plural head (the “fear tactics” corporations'), a verb and its particle
    ('to “water down” rent'), a verb after it ('a “major factor” affecting') or "to" or
    an auxiliary before it ('said to “require improvement” except').

    >>> compound_modifier(["bonfire", "night"], "event"), compound_modifier(["direct", "vision"], "lorries")
    (True, True)
    >>> compound_modifier(["strong", "message"], "campaign"), compound_modifier(["fear", "tactics"], "firms")
    (False, False)
    >>> compound_modifier(["major", "factor"], "affecting"), compound_modifier(["water", "down"], "rent")
    (False, False)
    >>> compound_modifier(["require", "improvement"], "except", "were said to ")
    False
    """
    if len(words) != 2 or not all(w.isalpha() and w.islower() and len(w) > 3 for w in words):
        return False
    if len(words[1]) < 5 or plural_noun(words[1]) or adjective_word(words[0]):
        return False
    if any(w in STOP_WORDS or w in EVALUATIVE_NOUNS or adverb_word(w) for w in words):
        return False
    last_before = WORD_RE.findall(before.lower())[-1:]
    if last_before and (last_before[0] == "to" or last_before[0] in AUXILIARIES):
        return False
    verb_like = head.endswith(("ing", "ed")) or head in COMMON_VERBS or head in IRREGULAR_PASTS
    return not verb_like and not active_verb(head)
