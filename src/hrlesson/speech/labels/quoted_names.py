"""Quoted names: short quotations that their frame or their own form shows to be names.

A naming participle with nobody doing the naming ('The pact - also called the "high seas
treaty" - covers', 'often referred to as "Europe's last dictator"'), a title-case name
inside a run of capitalised words ('KNM "Thor Heyerdahl" Commander Frode Røte told'), a
name in camel case ('blames North Korea for "WannaCry" cyber attack'), a short title-case
name after an article or preposition ('leader of the "Party for Changes"'), a name with a number
or a code ('against "COP 15"', 'through "common position 2002/145/CSFP"') and a position
written in capitals ('switches moved from "RUN" to "CUTOFF"') are labels, not speech; so
is a name as a clause's subject ('"Fito" was apprehended'), a term after "the notion of"
and a quoted possessive ('the "researchers'" accusation'), a title-case name that ends in a
kind of body ('the Libyan "Rescue and Emergency Service"'), one capitalised word after "the" or
a preposition ('to the “Spiegel.”', 'on “Newsnight”') and an outlet named after its reporting
verb (', writes "Ukrinform", Censor.NET informs').
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..vocabulary import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    ORGANISATION_WORDS,
    PREPOSITIONS,
    WORD_RE,
)
from .classed_terms import classed_as
from .generic_namings import generic_naming
from .nicknames import name_opening_clause

#: Adverbs that make a naming participle agentless ('also called'): data/words/naming_adverbs.txt.
NAMING_ADVERBS = word_set("naming_adverbs")
#: Participles that give a name ('called', 'known'): data/words/naming_participles.txt.
NAMING_PARTICIPLES = word_set("naming_participles")
#: Nouns for a word or an idea talked about ('the notion of'): data/words/mention_nouns.txt.
MENTION_NOUNS = word_set("mention_nouns")

#: The end of the text before a quotation: the word before a participle, the participle,
#: an optional "to as"/"as" and an optional article ("also called the ").
_PARTICIPLE_BEFORE = re.compile(
    r"\b([\w’']+)\s+([a-z]+)\s+(?:(?:to\s+)?as\s+)?(?:(?:the|a|an)\s+)?$", re.IGNORECASE
)
#: An agent right after the quotation (' by critics'): somebody does the naming.
_AGENT_AFTER = re.compile(r"^[,.’”\"']?\s*by\b")
#: A capitalised word right before the quotation, with only spaces between ("KNM ").
_CAPITAL_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w.’'-]*)[ \t]+$")
#: A capitalised word right after the quotation, with only spaces between (" Commander").
_CAPITAL_AFTER = re.compile(r"^[ \t]+[A-Z]")
#: A word in camel case ("WannaCry", "eBay").
_CAMEL_CASE = re.compile(r"^[A-Za-z][a-z]+[A-Z][A-Za-z]*$")
#: A code: letters and digits mixed, or digits joined by a slash ("2002/145/CSFP", "G7").
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z/])[\w/.-]+$")


def agentless_naming(before: str, after: str) -> bool:
    """The quotation follows a naming participle that an adverb or a passive auxiliary
    marks as agentless, and no "by" follows it: the quotation is the thing's name.

    >>> agentless_naming("The pact - also called the ", " - covers")
    True
    >>> agentless_naming("Lukashenko, often referred to as ", "")
    True
    >>> agentless_naming("In what was billed as a ", " Netanyahu used")
    True
    >>> agentless_naming("Geoffrey Hinton, often called the '", "' on Monday")
    True
    >>> agentless_naming("The vote was called ", " by the opposition")
    False
    >>> agentless_naming("Critics called the vote ", "")
    False
    """
    m = _PARTICIPLE_BEFORE.search(before.rstrip("'‘’`"))
    if m is None or m.group(2).lower() not in NAMING_PARTICIPLES:
        return False
    marker = m.group(1).lower()
    if marker not in NAMING_ADVERBS and marker not in BE_FORMS:
        return False
    return _AGENT_AFTER.match(after) is None


#: The end of the text before a second quotation joined to a first one: its closing mark,
#: and "or" or "and" ('“food poisoning” or “').
_JOINED_BEFORE = re.compile(r"[”\"’']\s+(?:or|and)\s+$")


def joined_to_naming(text: str, open_: int, after: str) -> bool:
    """The quotation is joined by "or" or "and" to one an agentless naming participle
    gives (:func:`agentless_naming`), and no "by" follows it: a second name of the same
    thing ('This sickness is often called “food poisoning” or “stomach flu.”').

    >>> text = "It is often called “food poisoning” or “stomach flu.” The CDC says"
    >>> joined_to_naming(text, text.index("“stomach"), " The CDC says")
    True
    >>> text = "Runners were called “fat” and “slow” by event cleaners"
    >>> joined_to_naming(text, text.index("“slow"), " by event cleaners")
    False
    """
    base = max(0, open_ - 12)
    m = _JOINED_BEFORE.search(text[base:open_])
    if m is None or _AGENT_AFTER.match(after):
        return False
    first_close = base + m.start()
    first_open = max(text.rfind(c, max(0, first_close - 60), first_close) for c in "“\"‘'")
    if first_open < 0:
        return False
    return agentless_naming(text[max(0, first_open - 80) : first_open], "")


def name_in_capitals(quote: str, before: str, after: str) -> bool:
    """A title-case quotation of one to four words with no stop, with capitalised words
    right before and after it (only spaces between), is part of a name: 'KNM "Thor
    Heyerdahl" Commander Frode Røte told' (read only in body text: a title-case headline
    capitalises every word).

    >>> name_in_capitals("Thor Heyerdahl", '", KNM ', " Commander Frode")
    True
    >>> name_in_capitals("We will win", "said KNM ", " Commander")
    False
    """
    words = WORD_RE.findall(quote)
    return (
        0 < len(words) <= 4
        and quote == quote.strip()
        and quote[-1:].isalnum()
        and all(w[0].isupper() for w in words if len(w) > 3 or w == words[0])
        and _CAPITAL_BEFORE.search(before) is not None
        and _CAPITAL_AFTER.match(after) is not None
    )


def coded_name(quote: str) -> bool:
    """A name by its form: one word in camel case ('"WannaCry"'), or a phrase of at most
    five words with a code ('"common position 2002/145/CSFP"') or a capitalised word with a
    number ('"COP 15"'). A bare figure is not a name ('"70%"').

    >>> [coded_name(t) for t in ("WannaCry", "COP 15", "common position 2002/145/CSFP")]
    [True, True, True]
    >>> [coded_name(t) for t in ("70%", "Yes", "phase 5", "the 15 points", "Cut")]
    [False, False, False, False, False]
    """
    text = quote.strip()
    if text[-1:] in ",.;:!?":
        return False
    words = text.split()
    if len(words) == 1:
        return _CAMEL_CASE.match(text) is not None or (
            _CODE.match(text) is not None and any(c.isupper() for c in text)
        )
    if len(words) > 5 or prose_around_code(words):
        return False
    if any(_CODE.match(w) and ("/" in w or any(c.isupper() for c in w)) for w in words):
        return True
    numbers = [w for w in words if w.isdigit()]
    named = [w for w in words if not w.isdigit()]
    return bool(numbers) and all(w[0].isupper() for w in named)


def prose_around_code(words: list[str]) -> bool:
    """A phrase with a code or a number in it that has a lower-case article, preposition or
    "-ing" verb among its words is prose, someone's words, not a name: 'after "monitoring the
    unfolding Covid-19 situation"', 'condemned "the hostile acts of M23"', '"resulting in
    2.4G deceleration"' ("common position 2002/145/CSFP" is a name).

    >>> prose_around_code("monitoring the unfolding Covid-19 situation".split())
    True
    >>> prose_around_code("common position 2002/145/CSFP".split())
    False
    """
    return any(
        w in DETERMINERS or w in PREPOSITIONS or (w.endswith("ing") and len(w) > 5)
        for w in words
        if w.islower()
    )


def position_in_capitals(quote: str, before: str) -> bool:
    """One word in capitals after a preposition is a position or a state, not speech:
    'switches moved from "RUN" to "CUTOFF"', 'moved back to "RUN,"'.

    >>> position_in_capitals("RUN", "moved from "), position_in_capitals("CUTOFF", "RUN\\" to ")
    (True, True)
    >>> position_in_capitals("NO", "he shouted "), position_in_capitals("Run", "from ")
    (False, False)
    """
    word = quote.strip().rstrip(",.")
    prev = WORD_RE.findall(before[-20:])
    return (
        len(word) > 1
        and word.isalpha()
        and word.isupper()
        and bool(prev)
        and prev[-1].lower() in PREPOSITIONS
    )


def quoted_possessive(quote: str, after: str) -> bool:
    """A quoted possessive of one or two words before a lower-case word belongs to the
    writer's noun phrase: the marks doubt a word, nobody is quoted ('posted to rebut the
    "researchers'" accusation'). Three words or more are a speaker's words cut before their
    noun (ella_inquest_justice_kissi_debrah_aol: 'told journalists ... that air pollution was
    “impacting on everyone’s” lives').

    >>> quoted_possessive("researchers'", " accusation and"), quoted_possessive("researchers'", ".")
    (True, False)
    >>> quoted_possessive("impacting on everyone’s", " lives.")
    False
    """
    return (
        len(quote.split()) <= 2
        and _POSSESSIVE_END.search(quote) is not None
        and _LOWER_AFTER.match(after) is not None
    )


#: A possessive ending ("researchers'", "Russia's").
_POSSESSIVE_END = re.compile(r"(?:s['’]|['’]s)$")
#: A lower-case word right after the quotation.
_LOWER_AFTER = re.compile(r"^[ \t]+[a-z]")


def name_as_subject(quote: str, after: str) -> bool:
    """One to three capitalised words with no stop, right before an auxiliary, are a name
    that is its clause's subject, not speech: '"Fito" was apprehended in June', 'the frigate
    "Thor Heyerdahl" was reported'.

    >>> name_as_subject("Fito", " was apprehended"), name_as_subject("Fito", " said")
    (True, False)
    >>> name_as_subject("We must act", " was")
    False
    """
    words = quote.split()
    m = _WORD_AFTER.match(after)
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and quote[-1:].isalnum()
        and m is not None
        and m.group(1) in AUXILIARIES
        and m.group(1) not in ("not", "be", "been")
    )


#: The word right after the quotation.
_WORD_AFTER = re.compile(r"^[ \t]+([a-z']+)\b")


def term_of(before: str) -> bool:
    """The quotation follows a noun for a word or an idea and "of": the quoted words are the
    term talked about ('He dismissed the notion of a "Libyan-Libyan solution,"', 'the
    interpretation allowed by the concept of "promotion"'; ``data/words/mention_nouns.txt``).

    >>> term_of("dismissed the notion of a "), term_of("the deaths of ")
    (True, False)
    """
    m = _NOUN_OF.search(before)
    return m is not None and m.group(1).lower() in MENTION_NOUNS


#: A noun and "of", with an optional article, right before the quotation.
_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)

#: The lower-case word (or possessive) right before a quotation: an article, a preposition
#: or a possessive that makes a capitalised quotation a name (:func:`one_word_name`,
#: :func:`title_case_name`).
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)([a-z]+(?:['’]s)?)\s+$")

#: A hyphen or apostrophe between the parts of a word ("Indian-administered").
_NAME_PART_BREAK = re.compile(r"[-'’]")

#: One capitalised word, hyphens and apostrophes allowed ("Spiegel", "Pakistan-sponsored").
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]*")


def one_word_name(quote: str, before: str) -> bool:
    """One capitalised word of more than three letters (every part of a hyphenated one
    capitalised) right after "the" or a lower-case possessive, a full stop or comma at most
    after it, or right after a lower-case preposition with nothing after it, is a name: a
    newspaper, programme or book ('said Martin Sabel ... to the “Spiegel.”', 'Speaking on
    “Newsnight” on Thursday'); a word with a lower-case part describes ('the
    ‘Pakistan-sponsored’ terror attack').

    >>> one_word_name("Spiegel.", "managing director, to the "), one_word_name("Newsnight", "on ")
    (True, True)
    >>> one_word_name("Pakistan-sponsored", "the "), one_word_name("Stop.", "to ")
    (False, False)
    >>> one_word_name("Big", "the "), one_word_name("Great", "was ")
    (False, False)
    """
    core = quote.strip()
    word = core.rstrip(".,")
    prev = _LOWER_WORD_BEFORE.search(before[-30:])
    if prev is None or len(word) <= 3 or not _CAPITALISED_WORD.fullmatch(word):
        return False
    if not all(part[:1].isupper() for part in _NAME_PART_BREAK.split(word) if len(part) > 3):
        return False
    head = prev.group(1)
    if head == "the" or _POSSESSIVE_END.search(head):
        return True
    return head in PREPOSITIONS and core == word


def title_case_name(quote: str, before: str) -> bool:
    """A quotation of two to four words in body text, every word of more than three
    letters capitalised (each part of a hyphenated one too), at least two of them, with
    no stop inside and at most a comma at its end, right after a lower-case article or
    preposition, is a name: a mission, party, campaign, programme or package ('to realise
    the mission of ‘Viksit Bharat’', 'leader of the "Party for Changes,"', 'part of the
    “Geneva Package” adopted', 'via the 'Wine in Moderation' programme'). Speech in title
    case stands after a verb ('calling to “Layoff Yudof.”') or a naming verb and "a" ('he
    labeled a "Wild West"': the reader keeps that verdict as speech); a word with a
    lower-case part is a description, not a name ('in "Indian-administered Kashmir"').

    >>> title_case_name("Party for Changes,", "MP Dmitry Gudkov, leader of the ")
    True
    >>> title_case_name("Viksit Bharat", "to realise the mission of ")
    True
    >>> title_case_name("Layoff Yudof.", "calling to "), title_case_name("Big", "the ")
    (False, False)
    >>> title_case_name("Indian-administered Kashmir", "situation in ")
    False
    >>> title_case_name("Wild West", "he labeled a "), title_case_name("Wild West", "labeled ")
    (True, False)

    A lower-case possessive before it is a determiner too (john_laws_death_tributes_albanese_perthnow):

    >>> title_case_name("Golden Tonsils", "PM leads tributes for nation's ")
    True
    """
    words = WORD_RE.findall(quote)
    core = quote.strip().removesuffix(",")
    prev = _LOWER_WORD_BEFORE.search(before[-30:])
    if prev is None or not 2 <= len(words) <= 4:
        return False
    head = prev.group(1)
    if head not in DETERMINERS and head not in PREPOSITIONS and not _POSSESSIVE_END.search(head):
        return False
    if re.search(r"[.!?,;:]", core) or words[0] in PREPOSITIONS:
        return False
    parts = [
        p for w in words for p in _NAME_PART_BREAK.split(w) if len(p) > 3 and not p[0].isdigit()
    ]
    return len(parts) >= 2 and all(p[0].isupper() for p in parts)


def in_sentence_case_line(text: str, open_: int, close: int) -> bool:
    """The line around the quotation (a headline) is written in sentence case: at least two
    of its other words of more than three letters, and most of them, are lower case. There a
    title-case quotation stands out as a name, as it does in body text ('Uber drivers kick
    off 'Global Day of Protest'', uber_drivers_global_day_of_protest_ayda_cnet); in a
    title-case headline ('David Cameron Pays Tribute To 'Great Briton' Margaret Thatcher',
    thatcher_tributes_huffpost) it does not.

    >>> line = "Uber drivers kick off 'Global Day of Protest'"
    >>> in_sentence_case_line(line, 21, 44)
    True
    >>> line = "David Cameron Pays Tribute To 'Great Briton' Margaret Thatcher"
    >>> in_sentence_case_line(line, 30, 43)
    False
    """
    start = text.rfind("\n", 0, open_) + 1
    end = text.find("\n", close)
    end = len(text) if end < 0 else end
    outside = text[start:open_] + " " + text[close + 1 : end]
    words = [w for w in WORD_RE.findall(outside) if len(w) > 3]
    lower = sum(1 for w in words[1:] if w[0].islower())
    return lower >= 2 and 2 * lower > len(words) - 1


def name_used_unquoted(text: str, open_: int, close: int, quote: str) -> bool:
    """One or two capitalised words (letters only) that the article also writes without
    marks inside a sentence are the name of a product, a plant, a programme or a body, the
    marks only set it off once: 'lawsuits claiming “Roundup” weed killer causes cancer' ...
    'The lawsuits filed against Roundup maker', 'the impending “Big Three” strike' ... 'the
    Big Three has made', 'the chatbot “Bubble Characters”' ... 'now Bubble Characters has
    been'. A word that only opens a sentence elsewhere ('Progress has been slow') proves
    nothing: it is capitalised there anyway.

    >>> text = 'lawsuits claiming “Roundup” weed killer ... against Roundup maker Monsanto'
    >>> name_used_unquoted(text, 18, 26, "Roundup")
    True
    >>> text = 'a ‘Landmark’ order. Landmark rulings are rare.'
    >>> name_used_unquoted(text, 2, 11, "Landmark")
    False
    """
    words = quote.strip().split()
    if not 0 < len(words) <= 2 or not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    for m in re.finditer(r"\b" + re.escape(quote.strip()) + r"\b", text):
        if open_ <= m.start() <= close:
            continue
        lead = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if lead[-1:].isalnum() or lead[-1:] == ",":
            return True  # 'against Roundup maker': inside its sentence, no mark around it
    return False


def quoted_name(text: str, open_: int, close: int, quote: str, body: bool) -> str:
    """Why the quotation between the marks at ``open_`` and ``close`` of ``text`` is a
    name (:func:`agentless_naming`, :func:`~.generic_namings.generic_naming`, :func:`coded_name`, :func:`position_in_capitals`,
    :func:`name_in_capitals`, :func:`title_case_name` and :func:`name_used_unquoted` in
    body text, :func:`name_as_subject`), a term
    (:func:`term_of`) or a possessive (:func:`quoted_possessive`), or ""."""
    before = text[max(0, open_ - 80) : open_]
    after = text[close + 1 : close + 40]
    if agentless_naming(before, after):
        return "name given with no one naming it"
    if joined_to_naming(text, open_, after):
        return "a second name joined to one given with no one naming it"
    if generic_naming(before, after):
        return "a term people in general use ('that miners call a \"Q\"')"
    if coded_name(quote):
        return "name by its form (camel case, a code or a number)"
    if position_in_capitals(quote, before):
        return "position or state in capitals"
    if body and name_in_capitals(quote, before, after):
        return "part of a name"
    if title_case_name(quote, before) and (body or in_sentence_case_line(text, open_, close)):
        return "name in title case (a mission, party, campaign or programme)"
    if body and one_word_name(quote, before):
        return "one capitalised word named after an article or preposition (a paper or programme)"
    if term_of(before):
        return "a term talked about"
    if classed_as(quote, before):
        return "a class a thing is put in"
    if name_as_subject(quote, after):
        return "a name as its clause's subject"
    if body and name_opening_clause(text, open_, close, quote):
        return "a nickname or name opening its clause before its verb ('The Rocket' recorded)"
    if quoted_possessive(quote, after):
        return "a possessive in the writer's noun phrase"
    if body and name_used_unquoted(text, open_, close, quote):
        return "a name the article also writes without marks"
    return ""


def inverted_outlet(quote: str, before: str, after: str) -> bool:
    """A capitalised name of one to three words quoted right after a comma and a reporting
    verb, and closing the clause, is the outlet that reports, not speech: 'Stoltenberg
    stated this before the meeting, writes "Ukrinform", Censor.NET informs.'

    >>> inverted_outlet("Ukrinform", "in Brussels, writes ", ", Censor")
    True
    >>> inverted_outlet("We will act", "he said, ", ".")
    False
    """
    words = WORD_RE.findall(quote)
    m = _CUE_BEFORE.search(before)
    return (
        m is not None
        and m.group(1).lower() in CUE_FORMS
        and 0 < len(words) <= 3
        and all(w[0].isupper() for w in words)
        and quote.strip() == quote
        and quote[-1:].isalnum()
        and after[:1] in (",", ".")
    )


#: A comma and a word right before a quotation (", writes ").
_CUE_BEFORE = re.compile(r",\s+(\w+)\s+$")


def organisation_name(quote: str) -> bool:
    """A quotation of two to four words in title case whose last word names a kind of body
    is that body's name, not speech: 'spokesperson for the Libyan "Rescue and Emergency
    Service"' (``data/words/organisation_words.txt``).

    >>> organisation_name("Rescue and Emergency Service"), organisation_name("Stop the War")
    (True, False)
    """
    words = WORD_RE.findall(quote)
    long_words = [w for w in words if len(w) > 3]
    return (
        1 < len(words) <= 4
        and quote.rstrip()[-1:] not in ",.;:!?"
        and all(w[0].isupper() for w in long_words)
        and words[-1].lower() in ORGANISATION_WORDS
    )
