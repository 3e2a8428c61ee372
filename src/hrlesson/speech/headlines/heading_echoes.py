"""A quotation alone on a heading line whose words the body gives to a speaker.

A section heading may be a speaker's sentence cut short ("‘We must take strong action’"),
and the body quotes it in full further on with its speaker ('"... and we must take a very
strong action," ... he said'). The heading is that speaker's: :func:`echoed_headings` gives
it to them. A short heading ("A joke", "Sad day") is a topic, not a sentence, and stays a
heading.
"""

from __future__ import annotations

from ..records import QuoteRecord
from ..vocabulary import normalised_words

#: The attribution of a heading placed by :func:`echoed_headings`.
HEADING_ECHO = "heading_echo"

#: Fewest words of a heading that is a speaker's sentence.
_MIN_WORDS = 5

#: Fewest words of a body quotation that is part of a heading's ("warning from God").
_MIN_PART_WORDS = 3

#: Most words the body may insert among the heading's ("strong" -> "a very strong").
_MAX_INSERTED = 3

#: Words at each end of a long heading that the body must say as written when it rewords
#: the middle (:func:`reworded_in`).
_END_WORDS = 5


def words_in_order(needle: list[str], words: list[str], inserted: int = _MAX_INSERTED) -> bool:
    """All of ``needle`` occur in ``words`` in order, from one place on, with at most
    ``inserted`` other words among them.

    >>> body = "that is an assault and we must take a very strong action one".split()
    >>> words_in_order("we must take strong action".split(), body)
    True
    >>> words_in_order("we must take action now".split(), body)
    False
    """
    for i, w in enumerate(words):
        if w != needle[0]:
            continue
        k, skipped = 1, 0
        for x in words[i + 1 :]:
            if k == len(needle) or skipped > inserted:
                break
            if x == needle[k]:
                k += 1
            else:
                skipped += 1
        if k == len(needle) and skipped <= inserted:
            return True
    return False


def echoed_in(needle: str, words: str) -> bool:
    """A headline's words (``needle``, normalised) said again in a body quotation
    (``words``): all of them in order, hyphenated words split, with at most three words
    inserted among them ("begins process of healing" in "he hopes the verdict begins the
    process of bringing healing"), or a body quotation of three words or more that is part
    of the headline's ("warning from god" in "it was like a warning from god").

    >>> echoed_in("begins process of healing", "begins the process of bringing healing and")
    True
    >>> echoed_in("conviction driven", "one of the most conviction-driven prime ministers")
    True
    >>> echoed_in("it was like a warning from god", "warning from god")
    True
    >>> echoed_in("at risk of closure", "the plant is at risk")
    False
    """
    needle_words, body = needle.replace("-", " ").split(), words.replace("-", " ").split()
    if needle_words and words_in_order(needle_words, body):
        return True
    return len(body) >= _MIN_PART_WORDS and f" {' '.join(body)} " in f" {' '.join(needle_words)} "


def reworded_in(needle: list[str], words: list[str]) -> bool:
    """A long heading (``needle``, twice :data:`_END_WORDS` words or more) that a body
    quotation (``words``) says with its middle reworded: the heading's first five words
    and its last five words both stand in the body quotation as written, the last after
    the first, a few words changed between them ("‘If we did go ahead and, three or four
    weeks later, we find it had caused a spike, that would be a terrible thing’" and, in the
    body, '"... we find the fair caused a spike, that would be a terrible thing," said').

    >>> head = "if we did go ahead and we find it had caused a spike that would be bad".split()
    >>> reworded_in(head, "if we did go ahead and we find the fair caused a spike that would be bad".split())
    True
    >>> reworded_in(head, "if we did go ahead we would all be sorry".split())
    False
    """
    if len(needle) < 2 * _END_WORDS:
        return False
    body = f" {' '.join(words)} "
    first = body.find(f" {' '.join(needle[:_END_WORDS])} ")
    last = body.rfind(f" {' '.join(needle[-_END_WORDS:])} ")
    return first >= 0 and last > first


def echoed_headings(quotes: list[QuoteRecord]) -> None:
    """A heading quote of at least five words that a later quote with a speaker echoes
    (:func:`echoed_in`: the heading's words in order with a few added, or three words or
    more of the heading's: "‘It was like a warning from God’" and 'like a “warning from
    God”, a resident has said'), or says with its middle reworded (:func:`reworded_in`),
    becomes that speaker's quote (role ``quote``, attribution
    ``heading_echo``)."""
    for i, q in enumerate(quotes):
        if q.role != "heading" or q.n_words < _MIN_WORDS:
            continue
        needle = normalised_words(q.text)
        source = next(
            (
                k
                for k in quotes[i + 1 :]
                if k.role == "quote"
                and k.ref is not None
                and (
                    echoed_in(needle, normalised_words(k.text))
                    or reworded_in(needle.split(), normalised_words(k.text).split())
                )
            ),
            None,
        )
        if source is not None:
            q.role, q.kind, q.ref, q.attribution = "quote", "full", source.ref, HEADING_ECHO
