"""Where a title ends and a name begins inside a capitalised run (part of the index).

"Minister of Information, Culture and Tourism Moammar al-Eryani", "Head of UNMISS David
Shearer", "COP28 President Sultan Al Jaber": the title's last word and the name's first.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..person_appositions import PERSON_NOUNS
from ..tokens import Token, plain_capitalised
from ..vocabulary import (
    ACRONYMS,
    CAPITALISED_TITLES,
    COUNTRIES,
    DEMONYMS,
    FINITE_VERBS,
    FIRST_NAMES,
    GEOGRAPHIC_WORDS,
    HONORIFICS,
    ORGANISATION_WORDS,
    STATE_BODIES,
    TITLE_HEADS,
)

#: Styles that also open names of places and bodies ("Prince Edward Island").
NAMESAKE_STYLES = word_set("namesake_styles")
#: Nouns of a trade, a pastime or a post that stand as a title before a name
#: ("Tattooist Dan Flavell"): data/words/role_nouns.txt.
ROLE_NOUNS = word_set("role_nouns")
#: Acronyms of a person's title ("MD", "CEO"): data/words/title_acronyms.txt.
TITLE_ACRONYMS = word_set("title_acronyms")


def title_acronym(tok: Token) -> bool:
    """``tok`` is a person's title written as an acronym in capitals, no name's word:
    "Vinpro MD Rico Basson" (not the patronymic "Md" of "Rozidan Md Yasin").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [title_acronym(t) for t in tokenize("Vinpro MD Rico Md", [0])]
    [False, True, False, False]
    """
    return tok.base.isupper() and tok.lower in TITLE_ACRONYMS


def title_ends_before(toks: list[Token], a: int, k: int) -> bool:
    """``toks[k - 1]``, right before the name's plain words ``k:`` of the run at ``a``,
    ends a title: a title head, a capitalised title word ("Universities Australia Chief
    Executive Catriona Jackson", "Health Minister Datuk Seri Dr Dzulkefly Ahmad") or a
    title acronym ("Vinpro MD Rico Basson"); a capitalised title only where no "and"
    stands before it ("Dr Vivek Trivedi and Dr Robert Laurenson": two people).

    >>> from hrlesson.speech.tokens import tokenize
    >>> title_ends_before(tokenize("Vinpro MD Rico Basson", [0]), 0, 2)
    True
    >>> title_ends_before(tokenize("Dr Vivek Trivedi and Dr Robert Laurenson", [0]), 0, 5)
    False
    """
    tok = toks[k - 1]
    if tok.lower in TITLE_HEADS:
        return True
    titled = (tok.cap and title_start(tok)) or title_acronym(tok)
    return titled and all(toks[j].lower != "and" for j in range(a, k))


def role_word_before_first_name(toks: list[Token], i: int, a: int, b: int) -> bool:
    """``toks[i]`` opens the run ``a:b`` with a capitalised role word, the title of the
    person whose known first name follows, with at least a surname after it: "Chairman
    Ben Gettinger was adamant", "Prosecutor Alastair Lockhart, for the city,", "Designer
    Carolyn Jong told", "Tattooist Dan Flavell said", "Churchwarden Margaret Tyler said"
    (a title head or a noun of a person, a trade or a pastime: data/words/role_nouns.txt;
    not itself a first name: "Dean Smith", "Bishop" as a surname stays); a title acronym
    in capitals too ("MD Ian Pinner said": data/words/title_acronyms.txt).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Chairman Ben Gettinger was adamant", [0])
    >>> role_word_before_first_name(toks, 0, 0, 3)
    True
    >>> role_word_before_first_name(tokenize("Dean Ben Smith said", [0]), 0, 0, 3)
    False
    >>> role_word_before_first_name(tokenize("Officer Schurr said", [0]), 0, 0, 2)
    False
    >>> role_word_before_first_name(tokenize("MD Ian Pinner said", [0]), 0, 0, 3)
    True
    """
    low = toks[i].lower
    return (
        i == a
        and b - i >= 3
        and toks[i].text[:1].isupper()
        and (
            low in TITLE_HEADS or low in PERSON_NOUNS or low in ROLE_NOUNS or title_acronym(toks[i])
        )
        and low not in FIRST_NAMES
        and (toks[i + 1].lower in FIRST_NAMES or two_name_words(toks, i + 1, b))
    )


def two_name_words(toks: list[Token], k: int, b: int) -> bool:
    """``toks[k:b]`` are just two or three words written as a given name and a surname
    are, the first one no list knows: "Prosecutor Alastair Lockhart" ("Alastair
    Lockhart"), "Ombudsman Conchita Carpio Morales", "Chairperson Song Gyeong-hee" (a
    hyphenated given name's parts written as one word is).

    >>> from hrlesson.speech.tokens import tokenize
    >>> two_name_words(tokenize("Alastair Lockhart said", [0]), 0, 2)
    True
    >>> two_name_words(tokenize("Song Gyeong-hee said", [0]), 0, 2)
    True
    >>> two_name_words(tokenize("Human Rights Watch said", [0]), 0, 3)
    False
    """
    return 2 <= b - k <= 3 and all(
        name_shaped(toks[j].text)
        and toks[j].lower not in ORGANISATION_WORDS
        and toks[j].lower not in GEOGRAPHIC_WORDS
        for j in range(k, b)
    )


def name_shaped(word: str) -> bool:
    """``word`` is written as a given name or a surname, its hyphenated parts too
    ("Lockhart", "Gyeong-hee", "Zarb-Cousin"; not "MP", "Rights-based").

    >>> [name_shaped(w) for w in ("Lockhart", "Gyeong-hee", "Zarb-Cousin", "MP")]
    [True, True, True, False]
    """
    first, *rest = word.split("-")
    return plain_capitalised(first) and all(
        plain_capitalised(p) or (p.isalpha() and p.islower()) for p in rest
    )


def portfolio_list_before(toks: list[Token], a: int) -> bool:
    """The run at ``a`` opens with the last word of a portfolio list after a title:
    ``Minister of Information, Culture and Tourism Moammar al-Eryani`` ("Tourism" ends the
    list; capitalised words, commas and "and" back to a title head and "of"/"for"), or a
    ministry's remit does: ``Ministry of Trade, Industry and Energy Yoo Myung-hee``.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Minister of Information, Culture and Tourism Moammar al-Eryani said"
    >>> portfolio_list_before(tokenize(s, [0]), 6)
    True
    >>> s = "the Ministry of Trade, Industry and Energy Yoo Myung-hee said"
    >>> portfolio_list_before(tokenize(s, [0]), 7)
    True
    >>> portfolio_list_before(tokenize("Ivan Petrov and Ana Ruiz said", [0]), 3)
    False
    >>> s = "the Secretary of State for Business and Trade explained"
    >>> portfolio_list_before(tokenize(s, [0]), 7)
    True
    >>> portfolio_list_before(tokenize("a meeting of Ivan Petrov and Ana Ruiz", [0]), 5)
    False
    """
    if a < 4 or toks[a - 1].lower != "and":
        return False
    sent = toks[a].sent
    for j in range(a - 2, max(0, a - 10), -1):
        t = toks[j]
        if t.sent != sent:
            return False
        if t.lower in ("of", "for"):
            head = toks[j - 1]
            if head.cap and (head.lower in TITLE_HEADS or head.lower in STATE_BODIES):
                return True  # "Secretary of State for Business and Trade": back past "State"
        elif not (t.cap or t.text in (",", "and")):
            return False
    return False


def portfolio_list_after_comma(toks: list[Token], a: int) -> bool:
    """The run at ``a`` ends a title's portfolio list: ``Ombudsman for Human Rights,
    Democracy and the Rule of Law Konstantin Dolgov`` (capitalised words, a comma and "and"
    back to "for"/"of"/"on" after a title head), so its words before a person's name are
    the title's.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Ombudsman for Human Rights, Democracy and the Rule of Law Konstantin Dolgov said"
    >>> portfolio_list_after_comma(tokenize(s, [0]), 8)
    True
    >>> s = "Vice-Minister of Justice, María José Fernández Ortiz said"
    >>> portfolio_list_after_comma(tokenize(s, [0]), 4)
    False
    >>> s = "Ivan Petrov, Democracy Now founder Ana Ruiz said"
    >>> portfolio_list_after_comma(tokenize(s, [0]), 3)
    False
    """
    sent, seen = toks[a].sent, set()
    for j in range(a - 1, max(0, a - 14), -1):
        t = toks[j]
        if t.sent != sent:
            return False
        if t.lower in ("of", "for", "on"):
            listed = {",", "and"} <= seen  # "Vice-Minister of Justice, María José X": no list
            return listed and toks[j - 1].cap and toks[j - 1].lower in TITLE_HEADS
        seen.add(t.lower)
        if not (t.cap or t.lower in (",", "and", "the")):
            return False
    return False


def title_start(tok: Token) -> bool:
    """A capitalised title word: "Prime", "Minister", "Deputy"."""
    return tok.lower in TITLE_HEADS or tok.lower in CAPITALISED_TITLES


def plural_title(toks: list[Token], i: int, b: int) -> bool:
    """``toks[i]`` is the plural of a capitalised title before the names it is given to, a
    known first name and another word following in the run: "Councilors Robert Smith,
    Jesse Ramos", "Prime Ministers Theresa May, Ghana’s Nana Akufo-Addo", "Justices
    Andrew Phang"; not "Foreign Ministers Spent", "Heads of State". Opening its sentence
    too ("Councilors Jesse Ramos, Sandra Vasecka and John Contos voted": "Jesse Ramos",
    not "Councilors Jesse Ramos").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Prime Ministers Theresa May, Ghana's Nana", [0])
    >>> plural_title(toks, 1, 4), plural_title(toks, 0, 4)
    (True, False)
    >>> plural_title(tokenize("Councilors Robert Smith", [0]), 0, 3)
    True
    >>> plural_title(tokenize("Fellow Councilors Robert Smith", [0]), 1, 4)
    True
    >>> plural_title(tokenize("Senators Question Spending Cuts", [0]), 0, 4)
    False
    """
    low = toks[i].lower
    if not (toks[i].cap and low.endswith("s") and i + 2 < b):
        return False
    if not (toks[i + 1].cap and toks[i + 1].lower in FIRST_NAMES):
        return False
    single = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return single in CAPITALISED_TITLES and single not in HONORIFICS


def title_before_honorific(toks: list[Token], a: int, b: int) -> bool:
    """``Cabinet Secretary Dr. Daniel Kiprotich``: the run stops at the abbreviation's
    full stop; what precedes the honorific is the title of the person named next, not
    an organisation (even with an organisation word such as "Cabinet" in it)."""
    return (
        b - a >= 2
        and toks[b - 1].lower in HONORIFICS
        and b + 1 < len(toks)
        and toks[b].text == "."
        and toks[b + 1].cap
        and toks[b - 2].lower in TITLE_HEADS
    )


def portfolio_before(toks: list[Token], a: int) -> tuple[list[str], str | None, int] | None:
    """``UN Special Rapporteur on torture Alice Jill Edwards``: a capitalised title, "on" or
    "for", and a lower-case topic (up to five words, no verb) right before the name at
    ``a``. Returns ``(role_words, affiliation, k)`` as the person's role ("UN Special
    Rapporteur on torture"), its affiliation ("UN") and the token before the title."""
    sent = toks[a].sent
    j = a - 1
    while j >= 0 and a - j <= 5 and toks[j].sent == sent and toks[j].text.isalpha():
        low = toks[j].lower
        if not toks[j].text.islower() or low in ("on", "for"):
            break
        if low in FINITE_VERBS or low.endswith("ed"):
            return None
        j -= 1
    if j == a - 1 or j < 1 or toks[j].lower not in ("on", "for"):
        return None
    t = j - 1
    if not (toks[t].cap and toks[t].lower in TITLE_HEADS and toks[t].sent == sent):
        return None
    start = t
    while (
        start > 0
        and toks[start - 1].sent == sent
        and toks[start - 1].cap
        and (
            toks[start - 1].lower in CAPITALISED_TITLES
            or toks[start - 1].lower in TITLE_HEADS
            or toks[start - 1].lower in ACRONYMS
        )
    ):
        start -= 1
    aff = next((toks[x].base for x in range(start, t) if toks[x].lower in ACRONYMS), None)
    return [toks[x].base for x in range(start, a)], aff, start - 1


def country_of_post(toks: list[Token], a: int) -> bool:
    """The run starting at ``a`` opens with the country of a lower-case title before it:
    ``UN envoy to Syria Al-Akhdar Al-Ibrahimi``, ``special rapporteur on Iran X``."""
    return (
        a >= 2
        and toks[a - 1].lower in ("to", "on", "for")
        and toks[a - 2].text.islower()
        and toks[a - 2].lower in TITLE_HEADS
        and toks[a - 2].sent == toks[a].sent
    )


def acronym_after_title(toks: list[Token], a: int, k: int, b: int) -> int:
    """1 when the plain words ``k:b`` after a title start with a body's acronym the word
    lists do not know, then a name of two or more words: ``Head of UNMISS David Shearer``
    is Shearer's title "Head of UNMISS" and his name, not a person "UNMISS David Shearer".
    Else 0.
    """
    if b - k < 3 or k - a < 2:
        return 0
    acro, link, head = toks[k], toks[k - 1], toks[k - 2]
    return int(
        acro.base.isupper()
        and len(acro.base) >= 2
        and acro.base.isalpha()
        and link.lower in ("of", "for", "at", "to")
        and head.lower in TITLE_HEADS
        and not toks[k + 1].base.isupper()
    )


def country_as_first_name(toks: list[Token], a: int, k: int, b: int) -> int:
    """1 when the one plain word ``k`` ending a run follows a country's name right after a
    title head: ``Israeli Foreign Minister Israel Katz`` is Israel Katz (a country is no
    title's last word; two words after it would be the name). Else 0."""
    return int(
        b - k == 1
        and k - a >= 2
        and toks[k - 1].lower in COUNTRIES
        and toks[k - 2].lower in TITLE_HEADS
        and not toks[k - 1].poss
    )


def title_as_first_name(toks: list[Token], a: int, k: int) -> int:
    """1 when the word before the plain words ``k:`` is a title that is also a known first
    name, right after another title head: ``COP28 President Sultan Al Jaber`` is Sultan Al
    Jaber. Else 0."""
    return int(
        k - a >= 2
        and toks[k - 1].lower in FIRST_NAMES
        and toks[k - 1].lower in TITLE_HEADS | CAPITALISED_TITLES
        and toks[k - 2].lower in TITLE_HEADS
    )


def first_name_before(toks: list[Token], a: int, k: int, b: int) -> int:
    """How many words before the plain words ``k:b`` of a titled run are the name's first
    name though the word lists read them as a country or a title (0 or 1)."""
    return country_as_first_name(toks, a, k, b) or title_as_first_name(toks, a, k)


def portfolio_word_end(toks: list[Token], k: int) -> bool:
    """``Minister of Promotion of Virtue and Suppression of Vice Mohammad Khaled Hanafi``:
    the capitalised word right after "of"/"for" ends a portfolio (the caller checks for a
    title head before it); a country there names the post's state, which other rules read
    ("Prime Minister of Kosovo Albin Kurti and the President of Serbia Aleksandar Vučić").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Minister of Suppression of Vice Mohammad Hanafi", [0])
    >>> portfolio_word_end(toks, 4), portfolio_word_end(toks, 2)
    (True, True)
    >>> portfolio_word_end(tokenize("President of Serbia Aleksandar Vučić", [0]), 2)
    False
    """
    return k >= 2 and toks[k - 1].lower in ("of", "for") and toks[k].lower not in COUNTRIES


def body_after_office(toks: list[Token], a: int, b: int) -> int | None:
    """``Margrethe Vestager, the Executive Vice-President of the European Commission``: a
    run of capitalised title words, then "of" [the] and a body, names an office, not
    an organisation; returns where the body's name starts (after "the"), else None. A run
    that opens with anything but a title ("Office of the High Commissioner") is no office.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "the Executive Vice-President of the European Commission"
    >>> toks = tokenize(s, [0])
    >>> toks[body_after_office(toks, 1, len(toks))].text
    'European'
    >>> toks = tokenize("the Office of the High Commissioner", [0])
    >>> body_after_office(toks, 1, len(toks)) is None
    True
    """
    k = a
    while k < b and toks[k].cap and title_start(toks[k]):
        k += 1
    if k == a or k >= b - 1 or toks[k].lower != "of":  # "Commissioner for Trade": a portfolio
        return None
    if toks[k - 1].lower not in TITLE_HEADS:
        return None  # "Executive of": the last title word heads the office
    k += 1
    if toks[k].lower == "the":
        k += 1
    return k if k < b and toks[k].cap else None


def name_after_honorifics(toks: list[Token], k: int, b: int) -> int:
    """Where the name ``toks[k:b]`` read after a title starts past the honorifics that open
    it, with two words of the name after them: ``Minister for Tourism, Wildlife and Antiquities Hon Godfred
    Kiwanda Suubi`` ("Hon": the name is "Godfred Kiwanda Suubi"), ``RMT London Area Council
    Rep Paul Chadwick`` ("Paul Chadwick").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Council Rep Paul Chadwick told", [0])
    >>> name_after_honorifics(toks, 1, 4), name_after_honorifics(toks, 2, 4)
    (2, 2)
    """
    n = 0
    while k + n < b - 2 and toks[k + n].lower in HONORIFICS and toks[k + n].cap:
        n += 1
    return k + n


def surname_after_first_name(toks: list[Token], b: int) -> bool:
    """The run ending at ``b`` ends in a title, a known first name and one more capitalised
    word: that word is the surname even where the word lists read it as a place, a body or
    a title ("ACCC Commissioner Sarah Court", "Labour MP Matt Western", "Police Officer
    Trevor Head", "Regent Eddie Island"); not after a style that also opens names of places
    and bodies ("Prince Edward Island", "King Edward Hospital"), nor a country or an acronym.

    >>> from hrlesson.speech.tokens import tokenize
    >>> surname_after_first_name(tokenize("ACCC Commissioner Sarah Court said", [0]), 4)
    True
    >>> surname_after_first_name(tokenize("the Prince Edward Island", [0]), 4)
    False
    >>> surname_after_first_name(tokenize("President Joe Biden", [0]), 2)
    False
    """
    if b < 3:
        return False
    title, first, last = toks[b - 3], toks[b - 2], toks[b - 1]
    return (
        title.cap
        and title_start(title)
        and title.lower not in NAMESAKE_STYLES
        and first.cap
        and first.lower in FIRST_NAMES
        and last.cap
        and last.text.isalpha()
        and not last.base.isupper()
        and last.lower not in COUNTRIES
        and last.lower not in DEMONYMS
        and last.lower not in ACRONYMS
        and len({title.sent, first.sent, last.sent}) == 1
    )


def titled_person_run(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` is one title, a known first name and a surname no list calls a
    body's word: a person, though a group noun stands before it or a place word ends it
    ("union President Ed Sicher said", "Regent Eddie Island said").

    >>> from hrlesson.speech.tokens import tokenize
    >>> titled_person_run(tokenize("union President Ed Sicher said", [0]), 1, 4)
    True
    >>> titled_person_run(tokenize("Queen Mary Hospital said", [0]), 0, 3)
    False
    """
    return (
        b - a == 3
        and surname_after_first_name(toks, b)
        and (toks[b - 1].lower not in ORGANISATION_WORDS)
    )


def place_ends_body(toks: list[Token], a: int, b: int) -> bool:
    """A run that ends in a place word it does not open with names a body when it speaks
    ("Politico Europe writes"), unless it is a titled person's name ("Regent Eddie Island").

    >>> from hrlesson.speech.tokens import tokenize
    >>> place_ends_body(tokenize("Politico Europe writes", [0]), 0, 2)
    True
    >>> place_ends_body(tokenize("Regent Eddie Island said", [0]), 0, 3)
    False
    """
    return (
        toks[b - 1].lower in GEOGRAPHIC_WORDS
        and toks[a].lower not in GEOGRAPHIC_WORDS
        and not titled_person_run(toks, a, b)
    )
