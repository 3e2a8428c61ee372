"""Names given by the writer's frame: a noun followed by a participle that names it, and the
title of a work.

'an irreversible process called "dieback."', 'a famous beach known as an "Instagrammers’
paradise"', 'large banks seen as "too big to fail"', 'The case — known as "Woodpecker et al.
v. South Korea"': a participle right after a noun (a reduced relative clause) names the noun
or says how it is commonly seen; nobody is quoted. 'his tell-all autobiography "Spare."' and,
further on, 'Prince Harry defended "Spare"': the title of a work wherever it is quoted.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..reported_clause import CLOSING_MARKS, OPENING_MARKS
from ..vocabulary import ADVERBS, AUXILIARIES, DOCUMENT_NOUNS, STOP_WORDS, WORD_RE, is_head_word
from .glossed_words import explained_term
from .quoted_names import NAMING_PARTICIPLES
from .spoken_frames import speaking_noun

#: Participles of seeing before "as" ('seen as'): data/words/view_participles.txt.
VIEW_PARTICIPLES = word_set("view_participles")
#: Nouns for works ('autobiography', 'film'): data/words/work_nouns.txt.
WORK_NOUNS = word_set("work_nouns")

#: The end of the text before a quotation: a word or a comma or dash, an optional adverb in
#: -ly, a participle, an optional adverb before "as", an optional "to as"/"as" and an
#: optional article ("process called ", "decision widely seen as ", "case — known as ",
#: "mural – known locally as ").
_NOUN_PARTICIPLE = re.compile(
    r"(?:\b([a-z][\w’'-]*)\s+|([,—–])\s*)(?:[a-z]+ly\s+)?([a-z]+)\s+(?:[a-z]+ly\s+(?=as\s))?"
    r"((?:to\s+)?as\s+)?"
    r"(?:(?:the|a|an)\s+)?$"
)
#: An agent right after the quotation (' by critics'): somebody does the naming.
_AGENT_AFTER = re.compile(r"^[,.’”\"']?\s*by\b")


def noun_named(before: str, after: str) -> bool:
    """The quotation follows a noun and a participle that names it ('called', 'known as') or
    says how it is seen ('seen as'), with no agent after it: the noun's name or common
    label. A noun for people who speak before a naming past form is its subject ('the
    government called "X"'); after a comma or a dash only "as" names ('— known as').

    >>> noun_named("an irreversible process called ", "")
    True
    >>> noun_named("a famous beach known as an ", " and")
    True
    >>> noun_named("large banks seen as ", ". But"), noun_named("decision widely seen as ", "")
    (True, True)
    >>> noun_named("The case — known as ", " after")
    True

    The adverb may follow the participle (newtown_mural_aronofsky_broadsheet: 'the original
    artist of the mural – known locally as “It’s like a jungle sometimes”'):

    >>> noun_named("the original artist of the mural – known locally as ", " – and")
    True
    >>> noun_named("it is not seen as ", ""), noun_named("the government called ", "")
    (False, False)
    >>> noun_named("an accusation Moscow has called ", ""), noun_named("a move she called ", "")
    (False, False)
    >>> noun_named("a process called ", " by critics"), noun_named("a decision, called ", "")
    (False, False)
    """
    m = _NOUN_PARTICIPLE.search(before[-80:])
    if m is None or _AGENT_AFTER.match(after):
        return False
    noun, mark, participle, as_ = m.groups()
    if participle in VIEW_PARTICIPLES:
        if not as_:
            return False
    elif participle not in NAMING_PARTICIPLES:
        return False
    if mark is not None:
        return bool(as_)
    if noun in STOP_WORDS or noun in AUXILIARIES or noun in ADVERBS or noun.endswith("ly"):
        return False
    return participle in VIEW_PARTICIPLES or not (speaking_noun(noun) or is_head_word(noun))


#: A noun for a work right before the quotation, only spaces between ("autobiography ").
_WORK_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")


def work_titled(text: str, open_: int, quote: str) -> bool:
    """A capitalised quotation of at most six words right after a noun for a work is the
    work's title ('his tell-all autobiography "Spare."'), and so is the same title quoted
    anywhere else in ``text`` ('Prince Harry defended "Spare"').

    >>> s = 'his autobiography "Spare." Harry defended "Spare", and "Spare me"'
    >>> work_titled(s, 18, "Spare."), work_titled(s, 42, "Spare"), work_titled(s, 56, "Spare me")
    (True, True, False)
    >>> work_titled('the book "is a lie"', 9, "is a lie")
    False
    """
    words = WORD_RE.findall(quote)
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    m = _WORK_BEFORE.search(text, max(0, open_ - 40), open_)
    if (m is not None and m.group(1) in WORK_NOUNS) or dated_title(text, open_ + len(quote) + 1):
        return True
    core = quote.strip().rstrip(".,")
    at = text.find(core)
    while at >= 0:
        if quoted_at(text, at, at + len(core)) and word_before_gap(text, at - 1) in WORK_NOUNS:
            return True
        at = text.find(core, at + 1)
    return False


#: A bracketed year right after a closing mark, parts of the work in Roman numerals
#: between (' (1989)', ' I and II (1995-1996)', ' (2006–07)').
_YEAR_AFTER = re.compile(r"[,.]?\s*(?:[IVX]+(?:\s+(?:and|to|-|–)\s+[IVX]+)?\s+)?\((?:\d{4})\b")


def dated_title(text: str, close: int) -> bool:
    """A bracketed year right after the closing mark at ``close`` dates a work: the
    capitalised quotation is its title, not speech (nobel_literature_jon_fosse_surprised_
    nationaltimes: 'whose major works include "Boathouse" (1989) and "Melancholy" I and II
    (1995-1996)').

    >>> s = 'works include "Boathouse" (1989) and "Melancholy" I and II (1995-1996), was'
    >>> dated_title(s, s.index('" (')), dated_title(s, s.index('" I'))
    (True, True)
    >>> s = '"We will win" (applause), he said'
    >>> dated_title(s, s.index('" ('))
    False
    """
    return _YEAR_AFTER.match(text, close + 1) is not None


def quoted_at(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands in quotation marks, a full stop or comma allowed before
    the closing one.

    >>> quoted_at('his book "Spare." sold', 10, 15), quoted_at('his book Spare sold', 9, 14)
    (True, False)
    """
    if not start or text[start - 1] not in OPENING_MARKS:
        return False
    after = text[end : end + 1]
    return after in CLOSING_MARKS or (
        after in (".", ",") and text[end + 1 : end + 2] in CLOSING_MARKS
    )


def word_before_gap(text: str, pos: int) -> str:
    """The whole word that ends right before the spaces or tabs that end at ``pos`` ("" when
    no space or tab stands there).

    >>> word_before_gap('his e-book  "Spare"', 12), word_before_gap('his book"Spare"', 8)
    ('book', '')
    """
    gap = pos
    while gap > 0 and text[gap - 1] in " \t":
        gap -= 1
    if gap == pos:
        return ""
    start = gap
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:gap]


#: A document noun and "on" ("resolution on "), or a naming participle opening a sentence
#: ("Called "), right before the quotation.
_DOCUMENT_ON = re.compile(r"\b([a-z]+)\s+on\s+(?:the\s+)?$")
_OPENING_PARTICIPLE = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:Called|Titled|Entitled|Named)\s+$"
)


def document_title(before: str) -> bool:
    """The quotation is a document's title: after a document noun and "on" ('The US-led
    resolution on "Seizing the opportunities of safe, secure and trustworthy artificial
    intelligence systems"'), or after a naming participle that opens the sentence
    ('Called "Tax Battles: the dangerous race to the bottom on corporate tax," the full
    ranking ...').

    >>> document_title("The US-led resolution on "), document_title("every year. Called ")
    (True, True)
    >>> document_title("he insisted on "), document_title("which he called ")
    (False, False)
    """
    m = _DOCUMENT_ON.search(before)
    if m is not None and m.group(1) in DOCUMENT_NOUNS:
        return True
    return _OPENING_PARTICIPLE.search(before) is not None


#: A work's author before its title: "the author of ", "co-authors of the ".
_AUTHOR_OF = re.compile(r"\b(?:co-?)?authors?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def authored_title(before: str, quote: str) -> bool:
    """A capitalised quotation right after "the author of" is the title of a study, book or
    article, however long: 'was cited in the report as the author of "Changes in mental
    health and substance use among US adolescents during the COVID-19 pandemic,"'.

    >>> authored_title("cited as the author of ", "Changes in mental health among adolescents,")
    True
    >>> authored_title("cited as the author of ", "many lies"), authored_title("the head of ", "Nato")
    (False, False)
    """
    return quote.strip()[:1].isupper() and _AUTHOR_OF.search(before) is not None


#: "theme" right before a quotation, a comma, colon or semicolon or a form of "be" between
#: ("under the theme, ", "held under the theme ", "this year’s theme being ").
_THEME_BEFORE = re.compile(r"\btheme(?:\s*[,:;]|\s+(?:being|is|was|will\s+be))?\s*$", re.IGNORECASE)


def theme_title(before: str, quote: str) -> bool:
    """A capitalised quotation right after "theme" is the title an event or campaign is
    held under, however long, not anybody's speech: 'Unveiling the virtual June 14 campaign
    under the theme, “Family of God: Give Blood so Others May Live,” the Spiritan Archbishop
    said' (blood_donation_campaign_kwofie_depsocomaccra), 'with this year’s theme being “Be
    there for someone else. Give blood. Share life.”' (world_blood_donor_day_moeti_todayng).

    >>> theme_title("The forum, held under the theme ", "Campaign for National Unity,")
    True
    >>> theme_title("He spoke on the theme; ", "The essence of Film Classification,")
    True
    >>> theme_title("with this year’s theme being ", "Be there for someone else. Give blood.")
    True
    >>> theme_title("under the theme ", "we must act"), theme_title("the theme park's ", "Q")
    (False, False)
    """
    return quote.strip()[:1].isupper() and _THEME_BEFORE.search(before) is not None


def framed_name(text: str, open_: int, close: int, quote: str, body: bool = True) -> str:
    """Why the quotation between the marks at ``open_`` and ``close`` is a name its frame
    gives (:func:`noun_named`, :func:`document_title`, :func:`work_titled`,
    :func:`authored_title`, :func:`theme_title`), or a term the writer explains
    (:func:`explained_term`), or "".
    """
    before = text[max(0, open_ - 80) : open_]
    if noun_named(before, text[close + 1 : close + 40]):
        return "name or label given by a participle after a noun"
    if document_title(before):
        return "title of a document"
    if body and work_titled(text, open_, quote):
        return "title of a work"
    if body and authored_title(before, quote):
        return "title of a work its author is named for"
    if theme_title(before, quote):
        return "the theme an event is held under"
    if explained_term(text, open_, close, quote):
        return "a term the writer explains right after it"
    return ""
