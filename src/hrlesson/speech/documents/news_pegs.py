"""The document an article's news is about, named again as the one released at a time:
"The report released today is the outcome of that process" is the report the lead brought
in ("A World Heritage Committee report has recommended ..."), not another report of the
kind mentioned between ("accompanied by a Government report outlining plans")."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import TIME_OPENERS, TIME_WORDS

#: Participles of a document's release ("the report released today"):
#: data/words/release_participles.txt.
RELEASE_PARTICIPLES = word_set("release_participles")

#: How the evidence says the document was found.
PEG_DOCUMENT = "the document the lead brought in, named again as the one released then"


def released_at_time(words: list[Token], i: int) -> bool:
    """The document noun ``words[i]`` (of a sentence's words) is definite and followed by a
    participle of its release and a time word: "The report released today", "the study
    published on Monday", "the statement issued yesterday".

    >>> from hrlesson.speech.tokens import tokenize
    >>> released_at_time(tokenize("The report released today is the outcome", [0]), 1)
    True
    >>> released_at_time(tokenize("The report released by the council", [0]), 1)
    False
    >>> released_at_time(tokenize("A report released today said", [0]), 1)
    False
    """
    if i == 0 or words[i - 1].lower != "the" or i + 2 >= len(words):
        return False
    if words[i + 1].lower not in RELEASE_PARTICIPLES:
        return False
    when = words[i + 2].lower
    return when in TIME_WORDS or (when in TIME_OPENERS and words[i + 3 :][:1] != [])


def lead_document_owner(att, words: list[Token], i: int) -> SpeakerRef | None:
    """The author of the document the lead (the article's first body sentence) brings in
    under the noun ``words[i]``, when ``words[i]`` is named again as released at a time
    (:func:`released_at_time`): ``A World Heritage Committee report has recommended ...``
    ... ``That visit ... was accompanied by a Government report outlining plans ... The
    report released today is the outcome of that process.`` ... ``The report acknowledges
    ...``: the World Heritage Committee's, not the Government's
    (reef_in_danger_report_plibersek_thedailyaus). ``att`` is an :class:`Attributor`."""
    if not released_at_time(words, i):
        return None
    lead = next((s for s, row in enumerate(att.sentences) if row[2] == "body"), None)
    if lead is None or words[i].sent <= lead:
        return None
    start, end = att.sentences[lead][3], att.sentences[lead][4]
    lead_words = [
        w
        for w in att.toks_between(start, end)
        if w.text[0].isalnum() and att.quote_at(w.start) is None
    ]
    k = next((k for k, w in enumerate(lead_words) if w.lower == words[i].lower), None)
    if k is None or k == 0 or lead_words[k - 1].text.islower():
        return None  # "a report": no author named before the noun
    first = k - 1
    while first > 0 and not lead_words[first - 1].text.islower():
        if lead_words[first - 1].lower in ("a", "an", "the"):
            break
        first -= 1  # back over the capitalised words that name the author
    ref = att.resolve_span(lead_words[first].start, lead_words[k - 1].end, lead_words[k].start)
    if ref is None or ref.actor is None or ref.actor.kind not in ("organisation", "group"):
        return None
    return SpeakerRef(ref.actor, None, ref.start, ref.end, how=PEG_DOCUMENT)
