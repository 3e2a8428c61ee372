"""Placing a gold span of the page as published in the kit's cleaned text
(:func:`hrlesson.gold_spans.cleaned_span`)."""

from __future__ import annotations

import pytest

import hrlesson
from hrlesson.gold_spans import cleaned_span


@pytest.mark.parametrize(
    ("page", "quoted"),
    [
        # bristol_airport_expansion_approved_clarke_westonmercury: a stray space before a comma
        (
            'He said "the owners of Bristol Airport , the fund, will gain" then.',
            "Bristol Airport ,",
        ),
        # a span that ends on the stray space and its comma (ican_nobel_survivors_tsuboi_physorg)
        ('"We want it as it helped build up a treaty banning ," he said.', "banning ,"),
        # the stray space glued to the next word (post_office_closure_mullingar_locals_...)
        ('"A lot of older people ,including myself, park there," she said.', "people ,including"),
        # before a semicolon (delhi_zoo_white_tigress_singh_thehindu)
        ('"Wear PPE ; isolate the animals," the advisory said.', "PPE ;"),
    ],
)
def test_span_through_closed_space(page, quoted):
    """The cleaner closes a stray space before a comma or a semicolon; the gold keeps the
    published text, and is still placed on the same words in the cleaned text."""
    article = hrlesson.article_from_text(page, date="2020-01-01")
    assert quoted not in article.text  # the cleaner did close the space
    start = page.index('"') + 1
    end = page.index('"', start)
    text = page[start:end]
    got_start, got_end = cleaned_span(article.text, start, end, text)
    assert article.text[got_start:got_end] == " ".join(text.split()).replace(" ,", ",").replace(
        " ;", ";"
    )
    assert article.text[got_start - 1] == '"'
    assert article.text[got_end] == '"'


def test_words_still_need_a_space():
    """Closing a space is seen through only where the cleaner closes one: two words glued
    together are not the page's two words."""
    assert cleaned_span('A said "Bc d" then', 9, 14, "B c d") == (9, 14)
