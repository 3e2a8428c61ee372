"""News outlets named by a capitalised name and a lower-case medium: "Al-Qahera News channel".

"The state-affiliated Al-Qahera News channel said" names one body, the channel; the noun
of the medium (channel, newspaper, news agency, daily, broadcaster) is part of its name,
so that "the channel" later is that body.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..kinds import MEDIA_WORDS, names_outlet
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    AGENCIES,
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    HYPHEN_DASHES,
    ORGANISATION_WORDS,
    SOCIAL_PLATFORMS,
    STOP_WORDS,
)

#: The nouns of a medium: "channel", "newspaper", "agency" ...
MEDIA_BODY_NOUNS = word_set("media_body_nouns")

#: Languages: "the Farsi news channel" is described by its language, not named.
_LANGUAGES = word_set("languages")

#: Stop words that still open an outlet's name: "The New York Times".
_OUTLET_OPENERS = word_set("outlet_openers")

#: Words that may stand between the name and its medium: "the Tass news agency".
_MEDIUM_MODIFIERS = ("news", "press")


#: A run ending in one of these is no outlet's own name before a medium: a country, a
#: demonym, a capital, a body's acronym, a platform, a known agency ("Xinhua news agency"
#: stays "Xinhua"), a body ("the Foreign Ministry daily briefing"), a language ("the
#: London-based Farsi news channel").
_NOT_OUTLET_NAMES = (
    _LANGUAGES,
    STOP_WORDS,
    COUNTRIES,
    DEMONYMS,
    CAPITALS,
    ACRONYMS,
    SOCIAL_PLATFORMS,
    AGENCIES,
    ORGANISATION_WORDS,
)


def media_noun_after(text: str, toks: list[Token], a: int, b: int) -> int:
    """How many lower-case words right after the capitalised run ``toks[a:b]`` name its
    medium (0 when none do): 1 for "Al-Qahera News channel", 2 for "Kavkaz news agency".
    A country, a demonym, a capital, an acronym of a body, a platform, a known agency or
    a body before the noun is no outlet's name ("the Egyptian newspaper", "the UN
    channel", "his Telegram channel", "the Foreign Ministry daily briefing").

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "The state-affiliated Al-Qahera News channel said"
    >>> t = tokenize(s, [0])
    >>> [x.text for x in t[2:5]], media_noun_after(s, t, 2, 4)
    (['Al-Qahera', 'News', 'channel'], 1)
    >>> s = "the Kavkaz news agency quoted him, the Russian news agency said"
    >>> t = tokenize(s, [0])
    >>> media_noun_after(s, t, 1, 2), media_noun_after(s, t, 8, 9)
    (2, 0)
    """
    last = toks[b - 1]
    mark = title_mark_after(toks, b)  # "Hello! magazine"
    if last.poss or (not mark and any(last.lower in words for words in _NOT_OUTLET_NAMES)):
        return 0
    k = b + mark
    k += k < len(toks) and toks[k].text in _MEDIUM_MODIFIERS
    if k >= len(toks) or toks[k].text not in MEDIA_BODY_NOUNS:
        return 0
    if any(
        toks[j].sent != last.sent or text[toks[j - 1].end : toks[j].start] != " "
        for j in range(b + mark, k + 1)
    ):
        return 0
    return k + 1 - b


def title_mark_after(toks: list[Token], b: int) -> int:
    """1 when an exclamation or a question mark is glued to the word before ``toks[b]``, the
    end of a title written with its mark before the noun of its medium: "Hello! magazine
    reported" (page william_kate_boston_arrival_moonshot_cloudfront), "Which? magazine has
    described" (page allblacks_tickets_thomas_bbc); 0 otherwise.

    >>> from hrlesson.speech.tokens import tokenize
    >>> t = tokenize("by a doctor on their travels,” Hello! magazine reported.", [0])
    >>> [title_mark_after(t, k) for k in range(len(t)) if t[k].text == "!"]
    [1]
    """
    return int(
        0 < b < len(toks)
        and toks[b].text in ("!", "?")
        and toks[b].start == toks[b - 1].end
        and b + 1 < len(toks)
        and toks[b + 1].text[:1].islower()
    )


def named_with_medium(toks: list[Token], b: int) -> bool:
    """The run ending before ``b`` ends in a lower-case noun of a medium: a news outlet.

    >>> from hrlesson.speech.tokens import tokenize
    >>> t = tokenize("the Al-Qahera News channel said", [0])
    >>> named_with_medium(t, 4), named_with_medium(t, 3)
    (True, False)
    """
    return toks[b - 1].text in MEDIA_BODY_NOUNS


def opens_outlet_name(toks: list[Token], a: int, b: int) -> bool:
    """``The New York Times writes``: the stop word ``toks[a]`` ("New") opens the name of
    an outlet that ends in a media word (``toks[b - 1]``: "Times", "Post"), so it stays.

    >>> from hrlesson.speech.tokens import tokenize
    >>> t = tokenize("The New York Times writes", [0])
    >>> opens_outlet_name(t, 1, 4), opens_outlet_name(t, 1, 3)
    (True, False)
    """
    return (
        b - a >= 3
        and toks[a].lower in _OUTLET_OPENERS
        and toks[a].text[0].isupper()
        and toks[b - 1].lower in MEDIA_WORDS
    )


def outlet_after_the(toks: list[Token], k: int) -> bool:
    """``The Telegraph has reported``, ``the Herald said``: one capitalised media word
    (``toks[k]``) after "the" names a newspaper, a subject like any name; "the" before
    another unknown word opens no name ("the Amazon's tribes").

    >>> from hrlesson.speech.tokens import tokenize
    >>> t = tokenize("The Telegraph has reported it, the Amazon said", [0])
    >>> outlet_after_the(t, 1), outlet_after_the(t, 7)
    (True, False)
    """
    tok = toks[k]
    return k > 0 and toks[k - 1].lower == "the" and tok.cap and tok.lower in MEDIA_WORDS


#: The most capitalised words of one part of a byline.
_MAX_BYLINE_WORDS = 3


def outlet_byline_end(words: list[Token]) -> int:
    """How many of ``words`` (a paragraph's first clause, dashes kept) are an outlet's
    byline before its first sentence: an outlet's name (one to three capitalised words),
    a dash, maybe its name again in capitals and a dash: ``Ammon News - AMMONNEWS - The
    government on Sunday strongly condemned`` (the government speaks, not the outlet); 0
    when none is.

    >>> from hrlesson.speech.tokens import tokenize
    >>> outlet_byline_end(tokenize("Ammon News - AMMONNEWS - The government condemned", [0]))
    5
    >>> outlet_byline_end(tokenize("HARARE - Zimbabwe has suspended", [0]))
    0
    """
    end, k = 0, 0
    while k < len(words):
        part = []
        while k < len(words) and words[k].cap and len(part) < _MAX_BYLINE_WORDS:
            part.append(words[k])
            k += 1
        if not part or k >= len(words) or words[k].text not in HYPHEN_DASHES:
            break
        if not end and not names_outlet(" ".join(t.text for t in part)):
            return 0
        k += 1
        end = k
    return end if end < len(words) and words[end].cap else 0
