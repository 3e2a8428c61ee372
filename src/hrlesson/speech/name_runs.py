"""Splitting a run of capitalised words into several names (part of the index).

"Ambassador Lena Fischer of Germany" is a person and a country; "to the United Nations
Robert Wood" is a body and a person.
"""

from __future__ import annotations

from .tokens import Token
from .vocabulary import (
    ACRONYMS,
    CAPITALISED_TITLES,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    GEOGRAPHIC_WORDS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PORTFOLIO_ENDS,
    STOP_WORDS,
    TITLE_HEADS,
)


class RunSplitter:
    """Where a capitalised run holds two names (a part of :class:`NameFinder`)."""

    def _split_of_country(
        self, a: int, b: int, words: list[str], text_base: str, persons: list, singles: list
    ) -> bool:
        """``Ambassador Lena Fischer of Germany``: a person's name, then "of" and a country,
        is two runs (the person, the country), not one organisation-like name."""
        k = of_country_split(words, text_base)
        if k is None:
            return False
        self._classify_run(a, a + k, persons, singles)
        self._classify_run(a + k + 1, b, persons, singles)
        return True

    def _person_after_body(self, a: int, b: int, words: list[str]) -> int | None:
        """``to the United Nations Robert Wood said``, ``Human Rights Watch Kenneth Roth``: a
        body's name runs straight into a person's (a known first name, then plain name
        words). Returns where the person's name starts, or None."""
        for k in range(a + 1, b - 1):
            known_first = self.tokens[k].lower in FIRST_NAMES
            after_body = words[k - a - 1] in ORGANISATION_WORDS  # "United Nations | Nikki Haley"
            if (
                (known_first or after_body)
                and any(w in ORGANISATION_WORDS for w in words[: k - a])
                and all(self._plain_name_word(j) for j in range(k, b))
            ):
                return k
        return None

    def _after_portfolio(self, a: int, k: int, b: int) -> int:
        """Where the name starts when the plain words ``k:b`` begin with the last word of a
        portfolio: ``High Commissioner for Refugees Antonio Guterres``, ``Special Rapporteur
        on Torture Alice Jill Edwards``. The words after "for"/"on"/"of" up to a known first
        name are the title's; with no known first name, a run of three is one portfolio word
        and a two-word name. Else ``k``."""
        toks = self.tokens
        if k - a < 3 or toks[k - 1].lower not in NAME_CONNECTORS or b - k < 3:
            return k
        if not any(toks[j].lower in TITLE_HEADS for j in range(a, k - 1)):
            return k
        for j in range(k + 1, b - 1):
            if toks[j].lower in FIRST_NAMES:
                return j
        if b - k == 3:
            return k + 1
        return k

    def _initial_stop(self, k: int) -> bool:
        """``G. L. Peiris``: token ``k`` is the full stop right after a one-letter initial,
        with a capitalised word next in the same sentence."""
        toks = self.tokens
        if k < 1 or k + 1 >= len(toks) or toks[k].text != ".":
            return False
        prev, nxt = toks[k - 1], toks[k + 1]
        return (
            len(prev.text) == 1
            and prev.text.isupper()
            and prev.end == toks[k].start
            and nxt.cap
            and nxt.sent == prev.sent
            and self.text[toks[k].end : nxt.start] == " "
        )

    def _body_in_title(self, a: int, name_at: int) -> None:
        """``President of the International Court of Justice Judge Yuji Iwasawa``: the body
        named inside a title before a name ("of the" + a name with an organisation word, up
        to the next title word) is mentioned too, so "the judgment" can be the court's."""
        toks = self.tokens
        k = next((k for k in range(a, name_at) if toks[k].lower == "of"), None)
        if k is None:
            return
        k += 1 + (toks[k + 1].lower == "the")
        e = k
        while e < name_at and (
            toks[e].lower not in TITLE_HEADS or toks[e].lower in NAME_CONNECTORS
        ):
            e += 1
        words = [t.lower for t in toks[k:e]]
        if e - k >= 2 and any(w in ORGANISATION_WORDS for w in words) and toks[e - 1].cap:
            self._add_org(k, e, self.text[toks[k].start : toks[e - 1].end], False)

    def _plain_name_word(self, k: int) -> bool:
        t = self.tokens[k]
        w = t.lower
        if t.text == "." and self._initial_stop(k):
            return True
        if w in NAME_PARTICLES:
            return True
        return (
            t.cap
            and t.text[0].isalpha()
            and w not in CAPITALISED_TITLES
            and w not in TITLE_HEADS
            and w not in ORGANISATION_WORDS
            and w not in GEOGRAPHIC_WORDS
            and w not in STOP_WORDS
            and w not in COUNTRIES
            and w not in DEMONYMS
            and w not in ACRONYMS
            and w not in PORTFOLIO_ENDS
            and w not in ("human", "rights")
            and not self._is_month(k)
        )


def of_country_split(words: list[str], text_base: str) -> int | None:
    """Where "of" splits ``[name] of [country]`` (lower-case ``words`` of a run), or None.

    >>> of_country_split(["ambassador", "lena", "fischer", "of", "germany"], "x")
    3
    """
    if "of" not in words or text_base.lower().removeprefix("the ") in COUNTRIES:
        return None
    k = words.index("of")
    after = " ".join(words[k + 1 :]).removeprefix("the ")
    if k < 2 or any(w in ORGANISATION_WORDS for w in words[:k]):
        return None
    if after in COUNTRIES or person_of_body(words[:k], words[k + 1 :]):
        return k
    return None


def person_of_body(name: list[str], body: list[str]) -> bool:
    """``Ida Sawyer of HRW``, ``Kenneth Roth of Human Rights Watch``: two or three plain
    name words (no title, place or body word), "of", then a body's name or acronym.

    >>> person_of_body(["ida", "sawyer"], ["human", "rights", "watch"])
    True
    >>> person_of_body(["secretary", "general"], ["amnesty", "international"])
    False
    """
    plain = all(
        w not in TITLE_HEADS
        and w not in CAPITALISED_TITLES
        and w not in COUNTRIES
        and w not in DEMONYMS
        and w not in GEOGRAPHIC_WORDS
        and w not in ACRONYMS
        for w in name
    )
    named_body = " ".join(body) in ACRONYMS or any(w in ORGANISATION_WORDS for w in body)
    return 2 <= len(name) <= 3 and plain and named_body


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


def next_to_body_name(toks: list[Token], a: int, b: int, text: str) -> bool:
    """The run ``a:b`` follows a body's name with only a space between (``US Ambassador to
    the United Nations Nikki Haley``) or is followed by "of" and a body's name (``Ida
    Sawyer of Human Rights Watch``). A name written next to its holder's body is a
    person's, even where nobody speaks."""
    body = [t.lower for t in toks[b + 1 : b + 5] if t.cap and t.sent == toks[a].sent]
    if (
        b < len(toks)
        and toks[b].lower == "of"
        and person_of_body([t.lower for t in toks[a:b]], body)
    ):
        return True
    return (
        a > 0
        and toks[a - 1].cap
        and text[toks[a - 1].end : toks[a].start] == " "
        and (toks[a - 1].lower in ORGANISATION_WORDS or toks[a - 1].lower in ACRONYMS)
    )
