"""The one spoken to is no speaker: "Reda told CNN he feared" (he fears, not CNN), and
"Reda was quoted by Asharq Al-Awsat as saying" (Reda says it; the newspaper relays it)."""

from __future__ import annotations

from ...wordlists import word_set
from ..cues import PASSIVE_ADVERBS
from ..records import Cue
from ..tokens import Token
from ..vocabulary import FINITE_BE, PERSONAL_SUBJECTS

#: Lemmas of the verbs whose object is the one spoken to ("told CNN", "informed reporters").
ADDRESS_LEMMAS = word_set("address_lemmas")


def subject_after_addressee(gov: Cue | None, words: list[Token]) -> Token | None:
    """``Reda told CNN he feared``: ``words`` are the words between a verb of telling
    (``gov``) and the next cue; an addressee of at most four words, then a subject pronoun
    that opens the reported clause: the pronoun is the next cue's subject, never the
    addressee (None when the words are no such frame).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Reda told CNN he feared", [0])
    >>> told = Cue(5, 9, "told", "tell", 0, 1)
    >>> subject_after_addressee(told, toks[2:4]).text
    'he'
    >>> subject_after_addressee(told, toks[2:3]) is None
    True
    """
    if gov is None or gov.lemma not in ADDRESS_LEMMAS or not 2 <= len(words) <= 5:
        return None
    last = words[-1]
    if last.lower not in PERSONAL_SUBJECTS or any(w.lower in PERSONAL_SUBJECTS for w in words[:-1]):
        return None
    return last


def be_before_quoted(words: list[Token], k: int) -> int | None:
    """The index of the form of "be" that makes ``words[k]`` ("quoted") passive, adverbs
    between skipped (``Chertoff is further quoted by``, ``was also quoted in``); None when
    no such form stands before it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("X is further quoted by Y", [0])
    >>> be_before_quoted(toks, 3), be_before_quoted(toks[2:], 1)
    (1, None)
    """
    j = k - 1
    while j >= 1 and words[j].lower in PASSIVE_ADVERBS:
        j -= 1
    if j >= 0 and words[j].lower in (*FINITE_BE, "been"):
        return j
    return None


def quoted_by_agent(words: list[Token], k: int) -> bool:
    """``Getachew Reda was quoted by Asharq Al-Awsat newspaper Friday as saying``: the
    passive "quoted" at ``words[k]`` with an agent after "by", or the outlet after "in"
    (``Ping had been quoted in state media as saying``); the subject before "was" speaks,
    the agent or outlet only reports the words (adverbs may stand between: ``Chertoff is
    further quoted by reporter X as saying``).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Reda was quoted by Asharq Al-Awsat newspaper as saying", [0])
    >>> quoted_by_agent(toks, 2), quoted_by_agent(tokenize("AP quoted him as", [0]), 1)
    (True, False)
    >>> quoted_by_agent(tokenize("Ping had been quoted in state media as saying", [0]), 3)
    True
    >>> quoted_by_agent(tokenize("X is further quoted by Y as saying", [0]), 3)
    True
    """
    return (
        1 <= k < len(words) - 1
        and be_before_quoted(words, k) is not None
        and words[k + 1].lower in ("by", "in")
    )


def quoted_link(left_words: list[Token], cue: Cue) -> int:
    """How many words link "quoted X" to the cue: "as" (``quoted her as saying``), "to
    have" (``quoted her to have added``), "as having" (``quoted him as having said``); 0
    when none does."""
    tail = [w.lower for w in left_words[-2:]]
    if cue.form.lower() == "saying" and tail[-1:] == ["as"]:
        return 1
    if tail in (["to", "have"], ["as", "having"]) and cue.form.lower().endswith(("ed", "said")):
        return 2
    return 0
