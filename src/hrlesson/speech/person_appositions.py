"""A capitalised run is a person's name when the words beside it describe a person.

"34-year-old Nagaenthran Dharmalingam", "Ishaku Lawan, a 60-year-old driver,", "Sagir Adam,
21," and "the party's most prominent figure, Henrique Capriles," name people even when no
first-name list knows them and no reporting verb is near (part of the index).
"""

from __future__ import annotations

from dataclasses import replace

from ..wordlists import word_set
from .cues import is_cue_at
from .opening_appositions import opening_person_apposition
from .tokens import Token
from .vocabulary import (
    ACRONYMS,
    AGE_WORD,
    ANONYMOUS_ROLES,
    CAPITALS,
    COUNTRIES,
    FINITE_BE,
    FINITE_VERBS,
    GENDER_WORDS,
    HONORIFICS,
    HYPHEN_DASHES,
    KIN_SPEAKERS,
    RELATION_TITLES,
    STOP_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    compound_title_head,
)

#: Nouns that describe a person beside a name: data/words/person_nouns.txt.
PERSON_NOUNS = word_set("person_nouns")

#: Marks that close a name set off in apposition.
_CLOSERS = frozenset([",", ".", ";", ":", ")"])


def person_noun(tok: Token) -> bool:
    """A lower-case noun that describes a person: a role, a title, a gendered word, kin or
    a scientist of a field ("glaciologist", "epidemiologist").

    >>> from .tokens import tokenize
    >>> [person_noun(t) for t in tokenize("a glaciologist in biology", [0])]
    [False, True, False, False]
    """
    return tok.text.islower() and person_word(tok.lower)


def person_word(w: str) -> bool:
    """The lower-case word ``w`` is a noun that describes a person (:func:`person_noun`,
    for a word that is no token: the singular of a plural, "guard" of "guards").

    >>> person_word("guard"), person_word("warning")
    (True, False)
    """
    return (
        w in PERSON_NOUNS
        or w.endswith("ologist")
        or w in ANONYMOUS_ROLES
        or w in GENDER_WORDS
        or w in KIN_SPEAKERS
        or w in RELATION_TITLES
        or compound_title_head(w)
    )


def aged_before(toks: list[Token], a: int) -> bool:
    """``34-year-old Nagaenthran Dharmalingam``: an age right before the run at ``a``.

    >>> from .tokens import tokenize
    >>> aged_before(tokenize("34-year-old Nagaenthran Dharmalingam", [0]), 1)
    True
    >>> aged_before(tokenize("the 70-year-old Geneva Convention", [0]), 1)
    False
    """
    if a < 1 or toks[a - 1].sent != toks[a].sent or not AGE_WORD.match(toks[a - 1].lower):
        return False
    return a < 2 or toks[a - 2].lower not in ("the",)


def aged_after(toks: list[Token], b: int) -> bool:
    """``Sagir Adam, 21, spoke``: an age set off by commas right after the run ending at ``b``.

    >>> from .tokens import tokenize
    >>> aged_after(tokenize("Sagir Adam, 21, spoke", [0]), 2)
    True
    >>> aged_after(tokenize("Article 5, 1998, said", [0]), 2)
    False
    """
    if b + 2 >= len(toks) or toks[b].text != ",":
        return False
    age = toks[b + 1]
    return (
        age.text.isdigit()
        and 1 <= len(age.text) <= 2
        and toks[b + 2].text in (",", ".")
        and toks[b + 2].sent == toks[b].sent
    )


def described_after(toks: list[Token], b: int) -> bool:
    """``Ishaku Lawan, a 60-year-old driver,``, ``Emad Al Falah, an aid worker from
    Benghazi``, ``Nompilo Morafo, MTN's group executive for corporate affairs``: a comma,
    an article or an owner's name, and within six words with no comma a noun that
    describes a person.

    >>> from .tokens import tokenize
    >>> described_after(tokenize("Ishaku Lawan, a 60-year-old driver, survived", [0]), 2)
    True
    >>> described_after(tokenize("Nompilo Morafo, MTN's group executive, told", [0]), 2)
    True
    >>> described_after(tokenize("Los Teques, a town near the capital", [0]), 2)
    False
    """
    if b + 2 >= len(toks) or toks[b].text != ",":
        return False
    opener = toks[b + 1]
    if opener.lower not in ("a", "an", "the") and not (opener.poss and opener.cap):
        return False
    sent = toks[b].sent
    for j in range(b + 2, min(b + 8, len(toks))):
        t = toks[j]
        if t.sent != sent or t.text in _CLOSERS:
            return False
        if person_noun(t):
            return True
    return False


def described_before(toks: list[Token], a: int, b: int) -> bool:
    """``the party's most prominent figure, Henrique Capriles, from``: a phrase that ends in
    a noun describing a person, a comma, and the name closed by a mark.

    >>> from .tokens import tokenize
    >>> s = "banning the party's most prominent figure, Henrique Capriles, from office"
    >>> described_before(tokenize(s, [0]), 7, 9)
    True
    >>> described_before(tokenize("in the town, Los Teques, police fired", [0]), 4, 6)
    False
    """
    if a < 3 or toks[a - 1].text != "," or not person_noun(toks[a - 2]):
        return False
    if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].text not in _CLOSERS:
        return False
    return toks[a - 2].sent == toks[a].sent


#: Words that open a partitive phrase counting one person out of a plural ("one of the").
_PARTITIVE_OPENERS = frozenset(["one", "another", "among"])


def partitive_before(toks: list[Token], a: int, b: int) -> bool:
    """``One of the activists, Marijana Petkovic, said``: a partitive phrase ("one of",
    "another of", "among") ending in the plural of a noun that describes a person, a comma,
    and the name closed by a mark: the one counted out of them.

    >>> from .tokens import tokenize
    >>> s = "One of the activists, Marijana Petkovic, said so"
    >>> partitive_before(tokenize(s, [0]), 5, 7)
    True
    >>> s = "Some of the activists, Marijana Petkovic, said so"
    >>> partitive_before(tokenize(s, [0]), 5, 7)
    False
    """
    if a < 4 or toks[a - 1].text != ",":
        return False
    if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].text not in _CLOSERS:
        return False
    noun = toks[a - 2]
    if not noun.text.islower() or not noun.lower.endswith("s"):
        return False
    word = noun.lower[:-1]
    one = replace(noun, text=word, base=word, lower=word)  # "activists": "activist"
    if not (person_noun(one) or noun.lower in PERSON_NOUNS):
        return False
    for k in range(a - 3, max(a - 8, -1), -1):
        t = toks[k]
        if t.sent != toks[a].sent or t.text in _CLOSERS:
            return False
        if t.lower in _PARTITIVE_OPENERS and (t.lower == "among" or toks[k + 1].lower == "of"):
            return True
    return False


def dashed_aside_then_cue(toks: list[Token], b: int) -> bool:
    """``Tulip Siddiq – Mrs. Zaghari-Ratcliffe's MP – said``: an aside between dashes (at
    most twelve tokens) right after the run ending at ``b``, then a reporting verb.

    >>> from .tokens import tokenize
    >>> s = "Tulip Siddiq – Mrs. Zaghari-Ratcliffe's MP – said: yes"
    >>> dashed_aside_then_cue(tokenize(s, [0]), 2)
    True
    >>> dashed_aside_then_cue(tokenize("Costa Rica – a small country – is calm", [0]), 2)
    False
    """
    if b + 3 >= len(toks) or toks[b].text not in HYPHEN_DASHES:
        return False
    sent = toks[b].sent
    for j in range(b + 2, min(b + 14, len(toks) - 1)):
        if toks[j].sent != sent:
            return False
        if toks[j].text in HYPHEN_DASHES:
            return toks[j + 1].sent == sent and is_cue_at("", toks[j + 1])
    return False


#: Closing quotation marks before an inverted reporting verb.
_CLOSING_MARKS = frozenset(["\u201d", '"', "\u2019", "'"])


def inverted_after_quote(toks: list[Token], k: int) -> bool:
    """``"I saw a lot of water," said Akimu (35), from a bed``: one capitalised word right
    after a reporting verb that follows a closing quotation mark, and before a comma, a
    full stop or a bracket, is the speaker's name; so is one after a lower-case title
    there ('"Q," said mayor Bartlett.').

    >>> from .tokens import tokenize
    >>> s = '"I saw water," said Akimu (35), from a bed.'
    >>> inverted_after_quote(tokenize(s, [0]), 7)
    True
    >>> s = '"I saw water," said Monday in Geneva.'
    >>> inverted_after_quote(tokenize(s, [0]), 7)
    False
    >>> s = '"Be careful," said mayor Bartlett.'
    >>> inverted_after_quote(tokenize(s, [0]), 7)
    True
    """
    titled = k > 3 and toks[k - 1].text.islower() and toks[k - 1].lower in TITLE_HEADS
    j = k - 1 - titled  # the reporting verb
    if j < 2 or k + 1 >= len(toks):
        return False
    cue, mark, nxt = toks[j], toks[j - 1], toks[k + 1]
    if toks[k].lower in HONORIFICS or toks[k].lower in TITLE_HEADS:
        return False  # "said Dr. Lesia Lysytsia"
    return (
        toks[k].cap
        and toks[k].text.isalpha()
        and is_cue_at("", cue)
        and mark.text in _CLOSING_MARKS
        and nxt.text in (",", ".", "(")
        and nxt.sent == toks[k].sent
    )


def office_before_name(toks: list[Token], b: int) -> bool:
    """``the Foreign Ministry Spokesman, Abbas Mousavi, said``: a capitalised run ending at
    ``b`` in a title head, then a comma and a name of two capitalised words (or, with no
    comma, the surname the run was cut before), is the title of the person named, not a
    body or an office of its own.

    >>> from .tokens import tokenize
    >>> s = "the Foreign Ministry Spokesman, Abbas Mousavi, said"
    >>> office_before_name(tokenize(s, [0]), 4)
    True
    >>> office_before_name(tokenize("the Foreign Ministry, Abbas Mousavi said", [0]), 3)
    False
    """
    if 0 < b < len(toks) and _title_head(toks[b - 1]) and _holder_word(toks[b - 1], toks[b]):
        return True  # "State Department Spokesperson | Miller said": the holder's surname
    if b < 1 or b + 2 >= len(toks) or toks[b].text != ",":
        return False
    head, first, second = toks[b - 1], toks[b + 1], toks[b + 2]
    return (
        head.cap
        and head.lower in TITLE_HEADS
        and head.lower not in RELATION_TITLES
        and first.cap
        and second.cap
        and first.text.isalpha()
        and first.sent == second.sent == head.sent
    )


def _title_head(tok: Token) -> bool:
    return tok.cap and tok.lower in TITLE_HEADS and tok.lower not in RELATION_TITLES


def _holder_word(title: Token, tok: Token) -> bool:
    """A capitalised word right after the title, one space away, in its sentence."""
    return tok.cap and tok.text.isalpha() and tok.sent == title.sent and tok.start == title.end + 1


def surname_speaks(toks: list[Token], a: int, b: int) -> bool:
    """``The last thing Lukia Akimu remembers ... said Akimu (35)``: the last word of the
    run ``a:b`` speaks alone elsewhere in the article (right before or after a reporting
    verb, after no other capitalised word): the run is that speaker's full name.

    >>> from .tokens import tokenize
    >>> s = "Lukia Akimu remembers water. Later Akimu said it was cold."
    >>> surname_speaks(tokenize(s, [0, 29]), 0, 2)
    True
    >>> s = "Daily News Egypt reported. Egypt said no."
    >>> surname_speaks(tokenize(s, [0, 27]), 0, 3)
    False
    """
    word = toks[b - 1].text
    last = toks[b - 1].lower
    if b - a < 2 or not word.isalpha() or last in COUNTRIES or last in CAPITALS or last in ACRONYMS:
        return False
    for j in range(1, len(toks) - 1):
        if a <= j < b or toks[j].text != word:
            continue
        prev = toks[j - 1]
        if prev.cap and prev.sent == toks[j].sent and prev.lower not in STOP_WORDS:
            continue  # "Tulip Siddiq": a full name again, not the surname alone
        if is_cue_at("", toks[j + 1]) or is_cue_at("", toks[j - 1]):
            return True
    return False


def place_word_in_run(toks: list[Token], k: int, b: int, places: frozenset[str]) -> bool:
    """Token ``k`` of the capitalised run ending at ``b`` is a place word (``places``) that
    splits the run, unless a person's description follows the run: ``Asia Bibi, a mother
    of four,`` is a woman's name, not the continent and a word.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Asia Bibi, a mother of four, has been", [0])
    >>> place_word_in_run(toks, 0, 2, frozenset({"asia"}))
    False
    >>> place_word_in_run(tokenize("Asia Bibi said", [0]), 0, 2, frozenset({"asia"}))
    True
    """
    return toks[k].lower in places and not described_after(toks, b)


def described_as_person(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` has an age or a person's description beside it (any rule above)."""
    return (
        aged_before(toks, a)
        or aged_after(toks, b)
        or described_after(toks, b)
        or described_before(toks, a, b)
        or partitive_before(toks, a, b)
        or dashed_aside_then_cue(toks, b)
        or surname_speaks(toks, a, b)
    )


def office_beside_its_holder(text: str, mentions: list, actor) -> bool:
    """Every mention of the office ``actor`` stands in apposition right after a person's
    name: ``said Dr Jo Shaw, Rhino Programme Manager for WWF South Africa``: the office is
    the title of the person just named, not a second person.

    >>> from types import SimpleNamespace as N
    >>> text = "said Jo Shaw, Rhino Programme Manager for WWF."
    >>> shaw, office = N(kind="person"), N(kind="organisation")
    >>> mentions = [N(start=5, end=12, actor=shaw), N(start=14, end=45, actor=office)]
    >>> office_beside_its_holder(text, mentions, office)
    True
    >>> office_beside_its_holder(text, mentions[1:], office)
    False
    """
    ends = {m.end for m in mentions if m.actor.kind == "person" and m.actor is not actor}
    own = [m for m in mentions if m.actor is actor]
    return bool(own) and all(
        text[m.start - 2 : m.start] == ", " and m.start - 2 in ends for m in own
    )


def predicate_before(words: list[Token]) -> bool:
    """``words``, from the sentence's start to the comma before a name in apposition, hold a
    verb other than a form of "be": the name stands in the predicate, apposed to an object
    ("The champion released a statement through her new attorney, Howard Jacobs, who"),
    not to the subject that opens the sentence ("Vidal's deputy, Tomas Herrera, went
    further"; "The head of the delegation in Geneva, X, said") nor after a copula ("On
    hand for the ceremony was Italian police General, Roberto Riccardi").

    >>> from .tokens import tokenize
    >>> predicate_before(tokenize("The champion released a statement through her attorney", [0]))
    True
    >>> predicate_before(tokenize("The budgeter of the Greens", [0]))
    False
    >>> predicate_before(tokenize("On hand for the ceremony was Italian police General", [0]))
    False
    """
    for k, w in enumerate(words):
        if not w.text.isalpha() or not w.text.islower() or w.lower in FINITE_BE:
            continue
        after_article = k and words[k - 1].lower in ("the", "a", "an")
        if w.lower in FINITE_VERBS or (w.lower.endswith("ed") and not after_article):
            return True
    return False


def titled_head(toks: list[Token], k: int) -> bool:
    """``toks[k]`` heads a title: a title noun, or the word of a compound title after one
    ("The Refugee Council's chief executive, Enver Solomon,": "chief executive").

    >>> from .tokens import tokenize
    >>> ws = tokenize("the chief executive, the executive", [0])
    >>> titled_head(ws, 2), titled_head(ws, 5)
    (True, False)
    """
    if toks[k].lower in TITLE_HEADS:
        return True
    prev = toks[k - 1] if k > 0 else None
    return (
        toks[k].lower in TITLE_MODIFIERS
        and prev is not None
        and prev.sent == toks[k].sent
        and prev.lower in TITLE_HEADS
    )


def place_preposition_before(toks: list[Token], j: int) -> int | None:
    """Where a capitalised place phrase "in (the) X" that ends a title's complement reads
    on to the left: ``toks[j]`` is its "in"/"at" (or the "the" after one) right after a
    capitalised word, so "The mayor of Vulcano in the Aeolian Islands, Marco Giorgianni,"
    has the complement "of Vulcano in the Aeolian Islands". Returns the index of that
    capitalised word, else None."""
    k = j - 1 if toks[j].lower == "the" else j
    if k < 1 or toks[k].lower not in ("in", "at") or (k == j and not toks[j + 1].cap):
        return None
    return k - 1 if toks[k - 1].cap and toks[k - 1].sent == toks[j].sent else None


def description_then_name_then_cue(text: str, toks: list[Token], k: int) -> bool:
    """``One of those companies, Hikma, told CBS2``: a one-word name set off by commas right
    after a phrase that opens the sentence and ends in a lower-case word, with a reporting
    verb right after its closing comma: the name of whoever the phrase describes, the subject
    of that verb ("Housing association, Stonewater, said"; "A fisherman who rescued four of
    the survivors, Amiruddin, recalled"); not a second apposition after a subject named
    before ("Klaus Müller, the head of the federal network agency, Bundesnetzagentur, told").

    >>> from .tokens import tokenize
    >>> s = "One of those companies, Hikma, told CBS2 so"
    >>> description_then_name_then_cue(s, tokenize(s, [0]), 5)
    True
    >>> s = "One of those companies, Hikma, is in Jordan"
    >>> description_then_name_then_cue(s, tokenize(s, [0]), 5)
    False
    >>> s = "Klaus Müller, the head of the agency, Bundesnetzagentur, told them"
    >>> description_then_name_then_cue(s, tokenize(s, [0]), 9)
    False
    """
    if k < 2 or k + 2 >= len(toks) or toks[k - 1].text != "," or toks[k + 1].text != ",":
        return False
    head, verb = toks[k - 2], toks[k + 2]
    if not (head.sent == toks[k].sent == verb.sent and head.text.isalpha()):
        return False
    if not head.text.islower() or head.lower in STOP_WORDS or is_cue_at(text, head):
        return False  # '"Q," he said, Hikma, ...': no description before the name
    j = k - 3  # back to the sentence's start only (a sentence's tokens are contiguous)
    while j >= 0 and toks[j].sent == head.sent:
        if toks[j].text in ",;:":
            return False  # a second apposition: the sentence named its subject before
        j -= 1
    return is_cue_at(text, verb)


def described_name(text: str, toks: list[Token], k: int) -> bool:
    """The one-word name at ``toks[k]`` is set off by commas after a phrase that describes
    its bearer: after a noun describing a person (:func:`described_before`: "Japan's new
    emperor, Naruhito, has said") or after a description that opens the sentence, a
    reporting verb next (:func:`description_then_name_then_cue`: "Another company, Sandoz,
    told"); or the name opens its sentence before a person's description that a quoting
    "she" follows (:func:`opening_person_apposition`: "Parameshwari, another auto-rickshaw
    driver, was sceptical. "Q," she said").

    >>> from .tokens import tokenize
    >>> s = "Another company, Sandoz, told CBS2 so"
    >>> described_name(s, tokenize(s, [0]), 3)
    True
    >>> s = "Klaus Müller, the head of the agency, Bundesnetzagentur, told them"
    >>> described_name(s, tokenize(s, [0]), 9)
    False
    """
    if described_before(toks, k, k + 1) or description_then_name_then_cue(text, toks, k):
        return True
    return opening_person_apposition(toks, k)
