"""Parts inside a person's name: initials ("Bradley A. Freden"), quoted nicknames
("Bosco "Terminator" Ntaganda"), family names that are also stop words ("Tamer
Ramadan"), styles of address ("Tan Sri"); and where a run's name words start and stop
(part of the index)."""

from __future__ import annotations

import re

from ...wordlists import word_set, word_table
from ..bodies.media import opens_outlet_name, title_mark_after
from ..cues import is_cue_at
from ..frames import acronym_not_word
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NAME_STARTERS,
    STOP_WORDS,
    unaccented,
)
from .clock_zones import zone_after_clock
from .given_stop_words import given_name_opening
from .month_surnames import month_as_surname
from .numbered_names import numbered_name_start
from .opening_nouns import opening_plural_noun
from .run_edges import (
    based_adjective,
    before_platform,
    opening_adverb,
    opening_title_adjective,
    opening_trade_noun,
    repeated_surname,
    surname_particle,
)
from .runs import bare_initial


def name_initial(toks: list[Token], k: int, text: str) -> bool:
    """``Bradley A. Freden``, ``A H Mahmood Ali``: a one-letter capital inside a name, with
    or without its full stop, is an initial, not the article "A".

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "representative Bradley A. Freden said"
    >>> toks = tokenize(s, [0])
    >>> [name_initial(toks, k, s) for k in range(len(toks))][:5]
    [False, False, True, False, False]
    """
    t = toks[k]
    if bare_initial(toks, k, text):
        return True
    if len(t.text) != 1 or not t.text.isupper() or t.text == "I" or not 0 < k < len(toks) - 2:
        return False
    stop, nxt = toks[k + 1], toks[k + 2]
    return (
        toks[k - 1].cap
        and stop.text == "."
        and stop.start == t.end
        and nxt.cap
        and nxt.sent == t.sent
        and text[stop.end : nxt.start] == " "
    )


#: "Ramadan", "Eid": data/words/surname_stop_words.txt.
SURNAME_STOP_WORDS = word_set("surname_stop_words")


def stop_word_surname(toks: list[Token], k: int, first: int) -> bool:
    """``said Tamer Ramadan``: a stop word that is also a family name, after the first
    name at ``first`` (a plain capitalised word), is the name's last word, not a holiday;
    so is a month after a first name (``Theresa May``, :func:`.month_as_surname`).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("said Tamer Ramadan, during", [0])
    >>> stop_word_surname(toks, 2, 1), stop_word_surname(toks, 1, 1)
    (True, False)
    """
    if k > first and month_as_surname(toks, k):
        return True
    return (
        k > first
        and toks[k].lower in SURNAME_STOP_WORDS
        and toks[k].cap
        and toks[k - 1].cap
        and toks[k - 1].text.isalpha()
    )


def demonym_surname(toks: list[Token], a: int, b: int) -> bool:
    """``John French, who joined the regulator``: a known first name, then a family name
    that is also a demonym, is a person's name, not a first name before an adjective.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("John French said", [0])
    >>> demonym_surname(toks, 0, 2)
    True
    >>> toks = tokenize("Latin American leaders", [0])
    >>> demonym_surname(toks, 0, 2)
    False
    """
    first = toks[a].lower
    return (
        b - a == 2
        and toks[b - 1].lower in DEMONYMS
        and unaccented(first) in FIRST_NAMES
        and first not in DEMONYMS
        and first not in COUNTRIES
    )


def demonym_ends_run(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` ends in a demonym that is no family name (:func:`demonym_surname`):
    "Latin American leaders" opens with an adjective, not a person."""
    return toks[b - 1].lower in DEMONYMS and not demonym_surname(toks, a, b)


def nickname_inside(text: str, toks: list[Token], j: int) -> int:
    """The number of tokens from ``toks[j]`` to the closing mark of a quoted nickname of
    one to three capitalised words inside a name, ``Bosco "Terminator" Ntaganda``,
    ``Jefferson “Zuma Jay” Wagner`` (the run goes on after the closing mark), else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = 'chief Bosco "Terminator" Ntaganda said'
    >>> nickname_inside(s, tokenize(s, [0]), 2)
    3
    >>> s = "Councilmember Jefferson “Zuma Jay” Wagner bought"
    >>> nickname_inside(s, tokenize(s, [0]), 2)
    4
    """
    if j < 1 or j + 3 >= len(toks) or toks[j].text not in ('"', "“"):
        return 0
    k = j + 1
    while k < min(j + 4, len(toks)) and toks[k].cap and toks[k].text.isalpha():
        k += 1  # the nickname's words
    if k == j + 1 or k + 1 >= len(toks):
        return 0
    prev, close, nxt = toks[j - 1], toks[k], toks[k + 1]
    spaced = all(text[toks[m].end : toks[m + 1].start] == " " for m in range(j + 1, k - 1))
    if k - j > 2 and title_cased_after(toks, k + 1):
        return 0
    return (k + 1 - j) * (
        prev.cap
        and close.text in ('"', "”")
        and nxt.cap
        and nxt.text[0].isalpha()
        and text[prev.end : toks[j].start] == " "
        and toks[j].end == toks[j + 1].start
        and toks[k - 1].end == close.start
        and spaced
        and text[close.end : nxt.start] == " "
        and prev.sent == nxt.sent
    )


def title_cased_after(toks: list[Token], k: int) -> bool:
    """A stop word written with a capital right after ``toks[k]``: a headline set in title
    case, where quoted words between capitalised ones are no nickname ('NSW Festival Deaths
    Involved “Very Different” Amounts Of Drugs').

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Involved “Very Different” Amounts Of Drugs"
    >>> title_cased_after(tokenize(s, [0]), 5), title_cased_after(tokenize(s, [0]), 6)
    (True, False)
    """
    return k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].lower in STOP_WORDS


def nickname_ending(text: str, toks: list[Token], k: int) -> int:
    """The number of tokens of a quoted nickname inside a name (:func:`nickname_inside`)
    whose closing mark is ``toks[k - 1]``, else 0: walking back from the surname over
    'Councilmember Jefferson “Zuma Jay” Wagner' reaches the given name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Councilmember Jefferson “Zuma Jay” Wagner bought"
    >>> nickname_ending(s, tokenize(s, [0]), 6)
    4
    """
    if k < 3 or toks[k - 1].text not in ('"', "”"):
        return 0
    for j in range(k - 3, max(k - 6, 0), -1):
        if nickname_inside(text, toks, j) == k - j:
            return k - j
    return 0


def inside_a_name(index, start: int, end: int) -> bool:
    """The span ``[start, end)`` lies inside the name of a person in ``index`` (an
    :class:`~hrlesson.speech.actor_index.ActorIndex`): the quoted nickname of 'Bosco
    "Terminator" Ntaganda' is part of his name, not speech."""
    mentions = index.mentions_in(start - 40, start)
    return any(m.start < start and end < m.end and m.actor.kind == "person" for m in mentions)


def without_nickname(name: str) -> str:
    """A person's name without the nickname quoted inside it.

    >>> without_nickname('Bosco "Terminator" Ntaganda')
    'Bosco Ntaganda'
    """
    return re.sub(r" [\"“][^\"”]+[\"”](?= )", "", name)


def a_persons_name_word(actors: list, tok: Token) -> bool:
    """``tok``, not written in capitals, is a word of the name of a person in ``actors``:
    "Ria explained" after "Ria van der Steen" is her, not the RIA news agency.

    >>> from ..records import Actor
    >>> from ..tokens import tokenize
    >>> ria = [Actor("person", "Ria van der Steen")]
    >>> [a_persons_name_word(ria, t) for t in tokenize("Ria RIA Tass", [0])]
    [True, False, False]
    """
    if tok.base.isupper():
        return False
    return any(a.kind == "person" and tok.lower in a.name_tokens for a in actors)


def acronym_spelled_name_end(toks: list[Token], a: int, b: int) -> bool:
    """``leader Kim Jong Un``: a short last word that spells an acronym ("UN") but is
    written in title case ("Un"), after two or more plain capitalised words, ends a
    person's name; it is not the body.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("by leader Kim Jong Un and the UN", [0])
    >>> acronym_spelled_name_end(toks, 2, 5), acronym_spelled_name_end(toks, 3, 5)
    (True, False)
    >>> acronym_spelled_name_end(tokenize("Secretary-General Antonio Guterres UN", [0]), 0, 3)
    False
    """
    last = toks[b - 1].text
    return (
        b - a >= 3
        and len(last) <= 3
        and last[0].isupper()
        and last[1:].islower()
        and all(t.text.isalpha() and t.text[1:].islower() for t in toks[a : b - 1])
    )


#: Styles of address before a name ("Tan Sri", "Datuk Seri"): data/words/styled_honorifics.csv.
STYLED_HONORIFICS = {row["word"]: row for row in word_table("styled_honorifics")}


def styled_honorific(toks: list[Token], i: int, b: int) -> int:
    """How many words at ``i`` are a style of address, not the name ("Tan Sri", "Datuk
    Seri", "Tun"): 0, 1 or 2. A name of two words must follow inside the run ``:b``; "Tan"
    alone is a family name.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("says Tan Sri Azam Baki.", [0])
    >>> styled_honorific(toks, 1, 5), styled_honorific(toks, 2, 5)
    (2, 0)
    >>> styled_honorific(tokenize("Tan Wei Ming said", [0]), 0, 3)
    0
    """
    row = STYLED_HONORIFICS.get(toks[i].lower)
    if row is None:
        return 0
    if row["next"] and i + 1 < b and toks[i + 1].lower == row["next"]:
        n = 2
    else:
        n = 1 if row["alone"] == "yes" else 0
    return n if n and b - i - n >= 2 else 0


def without_particles(words: list[str]) -> list[str]:
    """Name words with a leading particle cut off, as a surname is written alone:
    "Al-Ibrahimi" is "Ibrahimi" on its own.

    >>> without_particles(["al-akhdar", "al-ibrahimi"])
    ['akhdar', 'ibrahimi']
    """
    out = []
    for w in words:
        head, _, rest = w.partition("-")
        out.append(rest if rest and head in NAME_PARTICLES else w)
    return out


#: "New" in "New York": data/words/place_name_starts.txt.
PLACE_NAME_STARTS = word_set("place_name_starts")


def place_name_start(toks: list[Token], k: int) -> bool:
    """``The New York Times``, ``New Zealand said``: a capitalised stop word right before
    another capitalised word of the run begins a place's name; it is no sentence's "new".

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("The New York Times writes", [0])
    >>> place_name_start(toks, 1), place_name_start(toks, 0)
    (True, False)
    >>> place_name_start(tokenize("New rules apply", [0]), 0)
    False
    """
    return (
        toks[k].lower in PLACE_NAME_STARTS
        and toks[k].cap
        and k + 1 < len(toks)
        and toks[k + 1].cap
        and toks[k + 1].text[0].isalpha()
        and toks[k + 1].start == toks[k].end + 1
    )


def name_word_speaks_alone(text: str, toks: list[Token], a: int, b: int) -> bool:
    """``Ahmadullah Wasiq’s comments`` then ``Wasiq told``: a name run whose last word (or
    first: "Junior Hekurari Yanomami" then "Junior reports") later stands alone before a
    reporting verb names a person, though nothing around the run itself says so.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "It cited Ahmadullah Wasiq’s comments. Wasiq told SBS News."
    >>> name_word_speaks_alone(s, tokenize(s, [0]), 2, 4)
    True
    >>> s = "It cited Ahmadullah Wasiq’s comments. Wasiq Street is long."
    >>> name_word_speaks_alone(s, tokenize(s, [0]), 2, 4)
    False
    """
    ends = (toks[a].base, toks[b - 1].base)
    return any(
        toks[k].base in ends and not (k and toks[k - 1].cap) and is_cue_at(text, toks[k + 1])
        for k in range(len(toks) - 1)
        if not a <= k < b
    )


def trimmed_run(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    """A run without the function words at its start ("The", "But", "In"), the name
    connectors and a title written after the name at its end ("Zarah Sultana MP"); "US"
    in capitals stays ("The US State Department")."""
    while (
        a < b
        and toks[a].lower in STOP_WORDS
        and toks[a].lower not in NAME_STARTERS
        and not country_acronym(toks[a])
        and not acronym_not_word(toks, a)  # "the WHO said"
        and not place_name_start(toks, a)  # "The New York Times"
        and not opens_outlet_name(toks, a, b)  # "The Washington Post"
        and not (a + 1 < b and title_mark_after(toks, a + 1))  # "Which? magazine"
        and not numbered_name_start(toks, a, b)  # "Eight Mile Style"
        and not given_name_opening(toks, a, b)  # "Will Hedden", "April Sutherland"
        and not initial_a_opening(toks, a, b)  # "A C Grayling"
    ):
        a += 1
    b = before_platform(toks, a, b)
    b -= repeated_surname(toks, a, b)  # "Liz Truss Truss": a copy slip
    a += based_adjective(toks, a, b)
    a += opening_trade_noun(toks, a, b)  # "Operator BAA conceded": BAA
    a += opening_plural_noun(toks, a, b)  # "Owners Jan and Don Wilke": Jan
    a += opening_title_adjective(toks, a, b)  # "Local MLA Robert Henderson": the MLA
    a += opening_adverb(toks, a, b)  # "Normally Yolande Fenneman would"
    a += doubled_name(toks, a, b)
    a += opening_gerund(toks, a, b)
    a += zone_after_clock(toks, a, b)  # "23:00 GMT BT said": the company BT
    while b > a and toks[b - 1].lower in NAME_CONNECTORS | NAME_PARTICLES:
        if b - 1 > a and surname_particle(toks[b - 1]):
            break  # "said June Le, who was climbing nearby": a surname
        b -= 1
    return a, b


def initial_a_opening(toks: list[Token], a: int, b: int) -> bool:
    """``toks[a]`` is "A" written as a name's first initial, not the article: more bare
    one-letter capitals follow it, then a capitalised name word, all one space apart
    inside the run ``a:b`` ("and A C Grayling, the chair of judges", "said A K Antony";
    not "A US official", "A Royal Mail worker").

    >>> from hrlesson.speech.tokens import tokenize
    >>> initial_a_opening(tokenize("and A C Grayling said", [0]), 1, 4)
    True
    >>> initial_a_opening(tokenize("A Royal Mail worker said", [0]), 0, 3)
    False
    """
    if toks[a].text != "A" or b - a < 3:
        return False
    k = a + 1
    while k < b - 1 and len(toks[k].text) == 1 and toks[k].text.isupper() and toks[k].text != "I":
        k += 1
    spaced = all(toks[j].start == toks[j - 1].end + 1 for j in range(a + 1, k + 1))
    return k > a + 1 and spaced and toks[k].text[:1].isupper() and toks[k].text.isalpha()


def doubled_name(toks: list[Token], a: int, b: int) -> int:
    """``von der Leyen von der Leyen said``: a name of two or more words written twice in a
    row (a copy slip; the lower-case particles before the run count) is one name, the copy
    next to what follows: how many words of the run at ``a`` the first copy takes, else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("von der Leyen von der Leyen said", [0])
    >>> doubled_name(toks, 2, 6)
    3
    >>> doubled_name(tokenize("Li Li said", [0]), 0, 2)
    0
    """
    if b - a < 2:
        return 0
    p = 0
    while (
        a - p > 0
        and toks[a - p - 1].text in NAME_PARTICLES
        and toks[a - p - 1].sent == toks[a].sent
    ):
        p += 1
    words = [t.text for t in toks[a - p : b]]
    half = len(words) // 2
    if half < 2 or len(words) % 2 or words[:half] != words[half:]:
        return 0
    return half


def with_lower_particles(text: str, toks: list[Token], k: int) -> str:
    """The name of the single word at ``k`` with the lower-case particles written right
    before it: ``von der Leyen said`` names "von der Leyen", not "Leyen".

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Later, von der Leyen said"
    >>> with_lower_particles(s, tokenize(s, [0]), 4)
    'von der Leyen'
    >>> s = "Later, Leyen said"
    >>> with_lower_particles(s, tokenize(s, [0]), 2)
    'Leyen'
    """
    j = k
    while (
        j > 0
        and toks[j - 1].text in NAME_PARTICLES
        and toks[j - 1].sent == toks[k].sent
        and text[toks[j - 1].end : toks[j].start] == " "
    ):
        j -= 1
    before = toks[j - 1] if j > 0 and toks[j - 1].sent == toks[k].sent else None
    if j == k or (before is not None and before.cap and before.text != toks[k].text):
        return toks[k].base  # but "von der Leyen von der Leyen": a name written twice
    return text[toks[j].start : toks[k].start] + toks[k].base


#: A capitalised "The" inside a name, right after a capitalised word: a copy slip.
_STRAY_ARTICLE = re.compile(r"\b([A-Z][\w-]*) The (?=[A-Z])")


def without_stray_article(name: str) -> str:
    """``International The Olympic Committee (IOC)``: a "The" between two capitalised words
    of a body's name is a slip no reader reads; the name is the words around it ("The"
    after "of" stays: "Bank of The Philippine Islands").

    >>> without_stray_article("International The Olympic Committee")
    'International Olympic Committee'
    >>> without_stray_article("Bank of The Philippine Islands")
    'Bank of The Philippine Islands'
    """
    return _STRAY_ARTICLE.sub(r"\1 ", name)


#: Endings of the verb's other forms that show an opening "-ing" word is a verb.
_VERB_ENDINGS = ("ed", "ing", "s", "es", "e", "ion", "ions", "d")


def opening_gerund(toks: list[Token], a: int, b: int) -> int:
    """``"Suspending Twitter in Nigeria is ..."``: a capitalised "-ing" word opening a
    sentence or a quotation before a name is a verb, not the name's first word, when the
    text writes the verb in lower case elsewhere ("has been suspended"). 1 to drop it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Twitter was suspended. Suspending Twitter is wrong."
    >>> opening_gerund(tokenize(s, [0, 23]), 4, 6)
    1
    >>> s = "Beijing Foreign Studies University said."
    >>> opening_gerund(tokenize(s, [0]), 0, 4)
    0
    """
    if b - a < 2:
        return 0
    t = toks[a]
    if not t.cap or len(t.lower) < 6 or not t.lower.endswith("ing"):
        return 0
    if a and toks[a - 1].sent == t.sent and toks[a - 1].text not in "“\"‘'(":
        return 0
    stem = t.lower[:-3]
    forms = {stem + e for e in _VERB_ENDINGS} - {t.lower}
    if stem[-1:] == stem[-2:-1]:  # "stopping": "stopped", "stop"
        forms |= {stem[:-1], stem[:-1] + "s"}
    return int(any(u.text.islower() and u.lower in forms for u in toks))


def country_acronym(tok: Token) -> bool:
    """``US``, ``UK`` written in capitals: a country, though "us" is also a pronoun; ``WHO``:
    a body, though "who" is also a pronoun."""
    return (
        tok.text.isupper()
        and len(tok.text) > 1
        and (tok.lower in COUNTRIES or tok.lower in ACRONYMS)
    )
