"""Pull quotes: words set apart with no speaker that the article quotes again with one.

A story may open with a striking sentence in quotation marks, alone in its paragraph, and
quote it again further on where it names the speaker ('"The price of doing nothing ... will
inevitably be measured in terms of lost lives."' first, then 'He said ..., saying, "we
urgently need 5.5 billion dollars to do this. "The price of doing nothing ..."'). The pulled
words are the speaker's of their other quotation: :func:`pulled_quotes` gives them to it.
"""

from __future__ import annotations

from ..records import QuoteRecord
from ..speakerless_rules import CROSSHEAD_PHRASE
from ..unspoken_headlines import UNSPOKEN_HEADLINE
from ..vocabulary import normalised_words
from .heading_echoes import echoed_in

#: The attribution of a quote placed by :func:`pulled_quotes`.
PULL_QUOTE = "pull_quote"


#: Fewest words a pulled quote has: a shorter phrase repeated is a term or an echo.
_MIN_WORDS = 6

#: Fewest words of a pulled quote set as a headline ('“About Bloody Time”: Wallace Slams').
_MIN_HEADLINE_WORDS = 3

#: The attribution of a headline's short quote given the speaker of its words in the body.
_ECHO = "echo"

#: The attribution of the guess a pulled quote overrules (see :mod:`.nearby`).
_GUESS = "nearby_speaker"


def same_words_in(needle: str, words: str) -> bool:
    """``needle`` (normalised words) is ``words`` or a run of whole words inside them.

    >>> same_words_in("the price of doing nothing", "he said the price of doing nothing is high")
    True
    >>> same_words_in("the price of doing", "the prices of doing")
    False
    """
    return bool(needle) and f" {needle} " in f" {words} "


def headline_form(text: str, q: QuoteRecord, line_start: int) -> bool:
    """The quotation opens its line (starting at ``line_start``) and a colon follows it, as
    headlines set a speaker's words: ``‘These kids can find anything’: California teens
    identify two new scorpion species.``

    >>> from types import SimpleNamespace as R
    >>> text = "‘These kids can find anything’: California teens identify"
    >>> headline_form(text, R(pair=R(open=0, close=29)), 0)
    True
    >>> headline_form("He said ‘These kids’: teens", R(pair=R(open=8, close=19)), 0)
    False
    """
    opens_line = not text[line_start : q.pair.open].strip()
    return opens_line and text[q.pair.close + 1 : q.pair.close + 3].lstrip()[:1] == ":"


def crosshead_phrase(line: str, q: QuoteRecord) -> bool:
    """The quotation is a lower-case phrase after words of its own on a crosshead ``line``
    written in sentence case ('Ministers should ‘step up efforts’', 'Deal ‘crucial to saving
    civilian lives’' between the body's paragraphs): the crosshead's words stay nobody's,
    though the body quotes them (docs/test-pages.md); a line in capitals ("HOPE VERDICT
    'BEGINS PROCESS OF HEALING'") and a quotation opening its line are not such phrases.

    >>> from types import SimpleNamespace as R
    >>> crosshead_phrase("Ministers should ‘step up efforts’", R(text="step up efforts"))
    True
    >>> crosshead_phrase("HOPE VERDICT 'BEGINS PROCESS OF HEALING'",
    ...                  R(text="BEGINS PROCESS OF HEALING"))
    False
    """
    before = line.split(q.text, 1)[0]
    if opening_crosshead_phrase(line, q):
        return True
    return q.text[:1].islower() and any(c.isalpha() for c in before) and not line.isupper()


#: Most words of a quoted phrase that opens a crosshead with lower-case words after it.
_OPENING_PHRASE_WORDS = 3


def opening_crosshead_phrase(line: str, q: QuoteRecord) -> bool:
    """The quotation opens a crosshead ``line`` as a short phrase (three words at most) and
    lower-case words of the crosshead's own follow it ("‘Impressed’ by measures" between
    the body's paragraphs, then 'she has been “impressed” by the measures'): a topic set in
    the speaker's word, nobody's (docs/test-pages.md), not a sentence heading the section.

    >>> from types import SimpleNamespace as R
    >>> opening_crosshead_phrase("‘Impressed’ by measures", R(text="Impressed"))
    True
    >>> opening_crosshead_phrase("‘We must take strong action’", R(text="We must take strong action"))
    False
    >>> opening_crosshead_phrase("'Sad day' for the town", R(text="Sad day for the town now"))
    False
    """
    before, _, after = line.partition(q.text)
    if any(c.isalnum() for c in before) or len(q.text.split()) > _OPENING_PHRASE_WORDS:
        return False
    rest = after.lstrip("'’\"” ").split()
    return bool(rest) and rest[0][:1].islower() and not line.isupper()


def pullable(q: QuoteRecord, headline: bool) -> bool:
    """A quote that may take the speaker of its words quoted again: no reporting verb, no
    speaker any rule found (or only the last-resort guess), and long enough (six words,
    three for a headline's)."""
    if q.cue is not None or (q.ref is not None and q.attribution != _GUESS):
        return False
    return q.n_words >= (_MIN_HEADLINE_WORDS if headline else _MIN_WORDS)


def pulled_quotes(
    quotes: list[QuoteRecord], headline=lambda q: False, crosshead=lambda q: False
) -> None:
    """A quote of at least six words that no rule placed (no cue, no speaker or only a
    guess), whose words the article quotes again, in full, inside a quotation whose
    speaker a rule found, is that speaker's (attribution ``pull_quote``): the lead '"For
    the first time, the Security Council spoke with one voice for peace in Ukraine".' is
    Guterres's, quoted with the same words after his statement; 'Fans ... paid tribute to
    Aretha Franklin, “greatest soul artist of all time”' is Elton John's, who "hailed her
    as the “greatest soul artist of all time.”" further down. A quote in a headline's form
    (``headline(q)`` true: a title or heading line, or a colon after it) needs three words
    and may be echoed with a few words added (:func:`echoed_in`): '“About Bloody Time”:
    Wallace Slams ...' is Wallace's "It’s about bloody time."; the heading "BEGINS PROCESS
    OF HEALING" is Jim Mulligan's, who hoped the verdict "begins the process of bringing
    healing". A phrase on a crosshead below the lead (``crosshead(q)`` true:
    :func:`crosshead_phrase`) is left alone."""
    spoken = [
        (normalised_words(k.text), k)
        for k in quotes
        if k.ref is not None and k.attribution != _GUESS
    ]
    for q in quotes:
        if not pullable(q, headline(q)) or crosshead(q):
            continue
        needle = normalised_words(q.text)
        echoed = echoed_in if headline(q) else same_words_in
        source = next((k for words, k in spoken if k is not q and echoed(needle, words)), None)
        if source is not None:
            q.ref, q.attribution = source.ref, PULL_QUOTE


def mark_crosshead_phrases(quotes: list[QuoteRecord], crosshead) -> None:
    """A headline quotation no one is said to have spoken (``unspoken_headline``) that is a
    phrase on a crosshead (``crosshead(q)`` true: :func:`crosshead_phrase`) and that another
    quotation says again (:func:`~.heading_echoes.echoed_in`) takes the attribution
    ``crosshead_phrase``: no later rule gives it the speaker the body quotes its words from,
    nor the ranker a guess ('Deal ‘crucial to saving civilian lives’' between two paragraphs,
    then 'Wennesland said the ongoing talks in Cairo “are crucial to saving civilian lives,
    ...”': no speaker). Words the body reports without quotation marks, or that nobody says
    again, are left to the rules that follow ("Insurers 'working as fast as they can'" ...
    "The Insurance Council says insurers are working as fast as they possibly can":
    :mod:`.reported_echoes`; "Family want ‘every avenue explored’": :mod:`.subject_speakers`).
    A crosshead phrase the headline echo pass gave the body's speaker (attribution ``echo``:
    "‘Impressed’ by measures" then 'she has been “impressed”') is nobody's again too.
    """
    for q in quotes:
        if q.attribution == _ECHO and q.cue is None and crosshead(q):
            q.ref, q.attribution = None, CROSSHEAD_PHRASE  # "‘Impressed’ by measures"
            continue
        if q.ref is not None or q.attribution != UNSPOKEN_HEADLINE or not crosshead(q):
            continue
        needle = normalised_words(q.text)
        if any(k is not q and echoed_in(needle, normalised_words(k.text)) for k in quotes):
            q.attribution = CROSSHEAD_PHRASE


def unspoken_crosshead_echoes(quotes: list[QuoteRecord], crosshead) -> None:
    """A short phrase on a crosshead below the lead (``crosshead(q)`` true:
    :func:`crosshead_phrase`) that an echo rule gave the speaker of a body quotation holding
    its words is nobody's again (attribution ``crosshead_phrase``, left unranked), as the
    crosshead convention has it (docs/test-pages.md): "Ireland’s ‘greatest victory’" between
    the lead and 'Ward wrote ...: “... this represents the greatest victory in the history of
    Irish rugby”' (ireland_grand_slam_papers_tony_ward_sixnationsrugby): no speaker.

    >>> from types import SimpleNamespace as R
    >>> q = R(ref="Tony Ward", attribution="echo", cue=None)
    >>> unspoken_crosshead_echoes([q], lambda q: True); (q.ref, q.attribution)
    (None, 'crosshead_phrase')
    """
    for q in quotes:
        if crosshead(q):
            q.ref, q.cue, q.attribution = None, None, CROSSHEAD_PHRASE
