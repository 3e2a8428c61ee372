"""Splitting a run of capitalised words into several names (part of the index).

"Ambassador Lena Fischer of Germany" is a person and a country; "to the United Nations
Robert Wood" is a body and a person.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..bodies.names import service_pair_end
from ..cues import is_cue_at
from ..joint import plural_body_head, remit_at_and, two_bodies_at_and
from ..tokens import Token
from ..vocabulary import (
    ACRONYMS,
    CAPITALISED_TITLES,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    GENDER_WORDS,
    GEOGRAPHIC_WORDS,
    NAME_ABBREVIATIONS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PORTFOLIO_ENDS,
    STOP_WORDS,
    TITLE_HEADS,
    compound_title_head,
    first_name_gender,
    unaccented,
)
from .month_surnames import month_as_surname, month_date
from .person_signals import post_modifier_then_cue, role_or_age_before
from .quote_signers import signs_quotation
from .regnal import regnal_realm
from .title_runs import (
    portfolio_list_after_comma,
    portfolio_list_before,
    title_acronym,
    title_start,
)
from .title_surnames import TITLE_WORD_SURNAMES

#: Words that open a title by naming its holder's state or body ("U.S.", "Armenian").
OWNER_WORDS = ACRONYMS.keys() | COUNTRIES.keys() | DEMONYMS.keys()


#: Last words of a place of trade ("Inn", "Hotel"): a known first name right after one opens
#: the name of the person who runs it ("Licensee of the West Country Inn Laura Swain said",
#: wind_farm_protest_austin_windwatch).
TRADE_NAME_ENDS = word_set("trade_name_ends")


class RunSplitter:
    """Where a capitalised run holds two names (a part of :class:`NameFinder`)."""

    def _split_of_country(
        self, a: int, b: int, words: list[str], text_base: str, persons: list, singles: list
    ) -> bool:
        """``Ambassador Lena Fischer of Germany``: a person's name, then "of" and a country,
        is two runs (the person, the country), not one organisation-like name."""
        if regnal_realm(self.tokens, list(range(a, b))):
            return False  # "Margrethe II of Denmark": one sovereign's name
        k = of_country_split(words, text_base)
        if k is None:
            k = self._person_of_unnamed_body(a, b, words)
        if k is None:
            return False
        self._classify_run(a, a + k, persons, singles)
        self._classify_run(a + k + 1, b, persons, singles)
        return True

    def _person_of_unnamed_body(self, a: int, b: int, words: list[str]) -> int | None:
        """``Petter Meier of Greenpeace Nordic told``, ``said scientist Petter Meier of the
        University of Bergen``: two or three plain name words, "of" and a name with no body
        word are a person and a body when a reporting verb follows the body's name or stands
        right before the person's ("said Adrian Martinez of Earthjustice"), or a role noun or
        an age stands before the person's ("28-year-old Keith Crum of Marlboro"). Returns
        where "of" stands, or None."""
        if "of" not in words:
            return None
        k = words.index("of")
        titled = titled_name_before_of(words, k)  # "Bishop Erwin Kräutler of Xingu"
        if not titled and (not 2 <= k <= 3 or not plain_name_words(words[:k])):
            return None
        if any(w in ORGANISATION_WORDS for w in words[:k]):
            return None  # "The European Court of Human Rights on Tuesday called"
        toks = self.tokens
        if role_or_age_before(toks, a) or post_modifier_then_cue(self.text, toks, a + k):
            return k
        if titled or signs_quotation(toks, a):
            return k  # "Bishop Erwin Kräutler of Xingu said"; '"Q," X Y of the Post'
        if a > 0 and toks[a - 1].sent == toks[a].sent and is_cue_at(self.text, toks[a - 1]):
            return k  # '"Q," said Adrian Martinez of Earthjustice.': the one who speaks
        return None

    def _person_after_body(self, a: int, b: int, words: list[str]) -> int | None:
        """``to the United Nations Robert Wood said``, ``Human Rights Watch Kenneth Roth``: a
        body's name runs straight into a person's (a known first name, then plain name
        words), or a ministry's portfolio does ("Ministry of Foreign Affairs Wang Wenbin").
        Returns where the person's name starts, or None; but "European Union Election
        Observation mission" is one body (a lower-case body noun after it). A body the
        noun before it introduces needs no body word of its own before a known first name
        ("Director of campaign group Clean Up Gambling Matt Zarb-Cousin told"), nor does a
        place of trade ("Licensee of the West Country Inn Laura Swain said")."""
        nxt = self.tokens[b] if b < len(self.tokens) else None
        if nxt is not None and nxt.text.islower() and nxt.lower in ORGANISATION_WORDS:
            return None
        if self._surname_after_body_title(a, b, words):
            return b - 1  # "State Department Spokesperson Miller said"
        if b - a >= 3 and portfolio_list_before(self.tokens, a):
            return a + 1  # "Minister of Information, Culture and | Tourism | Moammar al-Eryani"
        in_list = portfolio_list_after_comma(self.tokens, a)  # "Rights, Democracy ... X Y"
        introduced = introduced_as_body(self.tokens, a)  # "campaign group Clean Up Gambling"
        for k in range(a + 1, b - 1):
            known_first = unaccented(self.tokens[k].lower) in FIRST_NAMES
            # "United Nations | Nikki Haley", "Ministry of Foreign Affairs | Wang Wenbin"
            after_body = words[k - a - 1] in ORGANISATION_WORDS | PORTFOLIO_ENDS
            after_body = after_body and not opens_remit(words, k - a)
            named_body = any(w in ORGANISATION_WORDS for w in words[: k - a]) or in_list
            named_body = named_body or (known_first and words[k - a - 1] in TRADE_NAME_ENDS)
            if (
                (known_first or after_body)
                and (named_body or (introduced and known_first))
                and all(self._plain_name_word(j) for j in range(k, b))
            ):
                return k
        return None

    def _surname_after_body_title(self, a: int, b: int, words: list[str]) -> bool:
        """``State Department Spokesperson Miller``: a body's name, a capitalised title and
        one plain word, the title holder's surname."""
        toks = self.tokens
        return (
            b - a >= 3
            and toks[b - 2].cap
            and toks[b - 2].lower in TITLE_HEADS
            and self._plain_name_word(b - 1)
            and any(w in ORGANISATION_WORDS for w in words[: b - a - 2])
        )

    def _after_portfolio(self, a: int, k: int, b: int) -> int:
        """Where the name starts when the plain words ``k:b`` begin with the last word of a
        portfolio: ``High Commissioner for Refugees Antonio Guterres``, ``Special Rapporteur
        on Torture Alice Jill Edwards``. The words after "for"/"on"/"of" up to a known first
        name are the title's; with no known first name, a run of three is one portfolio word
        and a two-word name, a run of four two of each (``Minister for Climate Change Sherry
        Rehman``); a one-letter initial opens the name as a first name does (``Union
        Minister of Culture G Kishan Reddy``). Else ``k``."""
        toks = self.tokens
        if k - a < 2 or toks[k - 1].lower not in NAME_CONNECTORS or b - k < 3:
            return k
        if not any(toks[j].lower in TITLE_HEADS for j in range(a, k - 1)):
            return k
        for j in range(k + 1, b - 1):
            if unaccented(toks[j].lower) in FIRST_NAMES or bare_initial(toks, j, self.text):
                return j  # "Minister of Culture G Kishan Reddy": an initial opens the name
        if b - k == 3:
            return k + 1
        if b - k == 4:
            return k + 2  # "Minister for Climate Change Sherry Rehman"
        return k

    def _initial_stop(self, k: int) -> bool:
        """``G. L. Peiris``: token ``k`` is the full stop right after a one-letter initial,
        with a capitalised word next in the same sentence; so after a saint's or a mount's
        abbreviation (``St. Rose Hospital``, ``Mt. Sinai Hospital``)."""
        toks = self.tokens
        if k < 1 or k + 1 >= len(toks) or toks[k].text != ".":
            return False
        prev, nxt = toks[k - 1], toks[k + 1]
        return (
            ((len(prev.text) == 1 and prev.text.isupper()) or prev.text in NAME_ABBREVIATIONS)
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

    def _split_name_and_title(
        self, a: int, b: int, name_at: int, persons: list, singles: list
    ) -> bool:
        """``Dmytro Kuleba and Prime Minister Denys Shmyhal``: two people when "and" splits
        a person's name (two or more plain name words before it, alone or after a title)
        from the next person's title (a title word right after it, or after an acronym, a
        country or a demonym: ``Deputy Foreign Minister Sergei Ryabkov and U.S. Deputy
        Secretary of State Thomas Shannon``, ``Azerbaijani President Ilham Aliyev and
        Armenian Prime Minister Nikol Pashinyan``), not a title with "and" inside ("Minister of Justice and
        Human Rights Ahmet Sarıkaya"). Reads both runs; True when split."""
        toks = self.tokens
        for k in range(a + 2, name_at):
            if (
                toks[k].lower == "and"
                and self._titled_name_before(a, k)
                and any(title_start(toks[j]) for j in range(k + 1, min(k + 3, name_at)))
                and (title_start(toks[k + 1]) or toks[k + 1].lower in OWNER_WORDS)
            ):
                self._classify_run(a, k, persons, singles)
                self._classify_run(k + 1, b, persons, singles)
                return True
        return False

    def _titled_name_before(self, a: int, k: int) -> bool:
        """The words ``a:k`` are a name (plain words only), or a title and a name of two
        plain words ("Deputy Foreign Minister Sergei Ryabkov"), the title a title head or a
        capitalised title word ("Anglican Bishop Victoria Matthews and Minister Gerry
        Brownlee": two people, christ_church_cathedral_reinstated_brownlee_matthews_newshub)."""
        if all(self._plain_name_word(j) for j in range(a, k)):
            return True
        return (
            k - a >= 3
            and all(self._plain_name_word(j) for j in range(k - 2, k))
            and (
                self.tokens[k - 3].lower in TITLE_HEADS
                or self.tokens[k - 3].lower in CAPITALISED_TITLES  # "Bishop Victoria Matthews"
            )
        )

    def _plain_name_word(self, k: int) -> bool:
        t = self.tokens[k]
        w = t.lower
        if t.text == "." and self._initial_stop(k):
            return True
        if bare_initial(self.tokens, k, self.text) or self._initial_stop(k + 1):
            return True  # "Brian A. Nichols": the initial, with or without its full stop
        if w in NAME_PARTICLES:
            return True
        return (
            t.cap
            and t.text[0].isalpha()
            and w not in CAPITALISED_TITLES
            and not compound_title_head(w)  # "UNRWA Commissioner-General Philippe Lazzarini"
            and w not in ORGANISATION_WORDS
            and w not in GEOGRAPHIC_WORDS
            and (w not in STOP_WORDS or month_as_surname(self.tokens, k))  # "Theresa May"
            and w not in COUNTRIES
            and w not in DEMONYMS
            and w not in ACRONYMS
            and w not in PORTFOLIO_ENDS
            and not title_acronym(t)  # "Vinpro MD Rico Basson"
            and w not in ("human", "rights")
            and not month_date(self.tokens, k)
        )


def bare_initial(toks: list[Token], k: int, text: str) -> bool:
    """``Foreign Minister A H Mahmood Ali``: a one-letter capital written without a full
    stop, inside a capitalised run (a capitalised word before it and after it in the same
    sentence), is an initial of the name, not the article "A".

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Minister A H Mahmood Ali said"
    >>> toks = tokenize(s, [0])
    >>> [bare_initial(toks, k, s) for k in range(len(toks))][:4]
    [False, True, True, False]
    >>> s = "said A C Grayling"
    >>> [bare_initial(tokenize(s, [0]), k, s) for k in range(3)]
    [False, True, True]
    """
    t = toks[k]
    if len(t.text) != 1 or not t.text.isupper() or t.text == "I" or not 0 < k < len(toks) - 1:
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    return (
        (prev.cap or (t.text == "A" and len(nxt.text) == 1))  # "said A C Grayling"
        and nxt.cap
        and nxt.text[0].isalpha()
        and prev.sent == t.sent == nxt.sent
        and text[prev.end : t.start] == " "
        and text[t.end : nxt.start] == " "
    )


def introduced_as_body(toks: list[Token], a: int) -> bool:
    """``campaign group Clean Up Gambling Matt Zarb-Cousin``: a lower-case body noun right
    before the run at ``a`` introduces it as a body's name.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("campaign group Clean Up Gambling Matt Zarb-Cousin", [0])
    >>> introduced_as_body(toks, 2), introduced_as_body(toks, 1)
    (True, False)
    """
    if a < 1:
        return False
    prev = toks[a - 1]
    return prev.sent == toks[a].sent and prev.text.islower() and prev.lower in ORGANISATION_WORDS


def of_country_split(words: list[str], text_base: str) -> int | None:
    """Where "of" splits ``[name] of [country]`` (lower-case ``words`` of a run), or None.

    >>> of_country_split(["ambassador", "lena", "fischer", "of", "germany"], "x")
    3
    >>> of_country_split(["petter", "meier", "of", "the", "norwegian"], "x")  # "... delegation"
    2
    """
    if "of" not in words or text_base.lower().removeprefix("the ") in COUNTRIES:
        return None
    k = words.index("of")
    after = " ".join(words[k + 1 :]).removeprefix("the ")
    if k < 2 or any(w in ORGANISATION_WORDS for w in words[:k]):
        return None
    if after in COUNTRIES or after in DEMONYMS or person_of_body(words[:k], words[k + 1 :]):
        return k
    return None


def person_of_body(name: list[str], body: list[str]) -> bool:
    """``Ida Sawyer of HRW``, ``Kenneth Roth of Human Rights Watch``: two or three plain
    name words (no title, place or body word), "of", then a body's name or acronym.

    >>> person_of_body(["ida", "sawyer"], ["human", "rights", "watch"])
    True
    >>> person_of_body(["secretary", "general"], ["amnesty", "international"])
    False
    >>> person_of_body(["joint", "chiefs"], ["staff"])  # a plural title: a body's name
    False
    >>> person_of_body(["minister", "kim", "yun-duk"], ["the", "ministry", "of", "land"])
    True
    """
    named_body = " ".join(body) in ACRONYMS or any(w in ORGANISATION_WORDS for w in body)
    name = name[_leading_titles(name) :]
    return 2 <= len(name) <= 3 and plain_name_words(name) and named_body


def _leading_titles(name: list[str]) -> int:
    """How many title words open ``name`` before a plain name ("Minister Kim Yun-duk"):
    none when only titles make it ("Secretary General").

    >>> _leading_titles(["minister", "kim", "yun-duk"]), _leading_titles(["secretary", "general"])
    (1, 0)
    """
    k = 0
    while k < len(name) and (name[k] in TITLE_HEADS or name[k] in CAPITALISED_TITLES):
        k += 1
    return k if k < len(name) else 0


def titled_name_before_of(words: list[str], k: int) -> bool:
    """``Bishop Erwin Kräutler of Xingu``: one title word, then two or three plain name
    words, then "of" at ``words[k]`` (lower-case words of a run): a titled person and the
    place or body after "of", not one name ("Bishop of London" has no name before "of").

    >>> titled_name_before_of(["bishop", "erwin", "kräutler", "of", "xingu"], 3)
    True
    >>> titled_name_before_of(["bishop", "of", "london"], 1)
    False
    >>> titled_name_before_of(["secretary", "general", "of", "nato"], 2)
    False
    """
    title = words[0] in TITLE_HEADS or words[0] in CAPITALISED_TITLES
    return 3 <= k <= 4 and title and plain_name_words(words[1:k])


def plain_name_words(name: list[str]) -> bool:
    """No word of ``name`` is a title, a country, a demonym, a place word or an acronym; a
    title word that is a family name may end three words ("Mingma Gelu Sherpa").

    >>> plain_name_words(["petter", "meier"]), plain_name_words(["secretary", "general"])
    (True, False)
    >>> plain_name_words(["mingma", "gelu", "sherpa"]), plain_name_words(["g20", "sherpa"])
    (True, False)
    """
    if len(name) >= 3 and name[-1] in TITLE_WORD_SURNAMES:
        name = name[:-1]  # "Pasang Tsering Sherpa of Beyul Adventures"
    return all(
        w not in TITLE_HEADS
        and w.removesuffix("s") not in TITLE_HEADS
        and w not in CAPITALISED_TITLES
        and w not in COUNTRIES
        and w not in DEMONYMS
        and w not in GEOGRAPHIC_WORDS
        and w not in ACRONYMS
        for w in name
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


def person_gender(
    first: str, honorific: str | None, role_words: list[str], appositive
) -> str | None:
    """A person's gender from the first name, an honorific ("Ms."), or gendered titles; the
    style before the name outranks a description after it ("Crown Prince Frederik" is a man).

    >>> person_gender("frederik", None, ["Crown", "Prince"], ("the queen", None))
    'm'
    """
    gender = first_name_gender(first)  # "María" is "maria"
    if honorific is not None:
        gender = GENDER_WORDS.get(honorific, gender)  # "Ms. Shalini Menon"
    for w in ([appositive[0]] if appositive and appositive[0] else []) + role_words:
        for part in w.lower().split():
            gender = GENDER_WORDS.get(part, gender)
    return gender


def two_names_at_and(words: list[str], text_base: str) -> int | None:
    """Where "and" cuts a capitalised run into two names, or None: "Ivan Petrov and EU
    envoy Ana Ruiz" is two names; "Trinidad and Tobago" (a country), "Ministry of Labour
    and Social Affairs" (a body) and "Minister of Promotion of Virtue and Suppression of
    Vice X Y" (the "and" joins the parts of a portfolio after a title and "of") are one.

    >>> two_names_at_and(["ivan", "petrov", "and", "ana", "ruiz"], "Ivan Petrov and Ana Ruiz")
    2
    >>> print(two_names_at_and("minister of virtue and suppression of vice x y".split(), "x"))
    None

    "and the" after a name with no organisation word opens a second name: "Boeing and the
    National Transportation Safety Board" are two bodies.

    >>> two_names_at_and("pemco and the national safety board".split(), "x")
    1
    """
    k = words.index("and") if "and" in words else -1
    if (
        0 < k < len(words) - 1
        and words[k + 1] == "the"
        and not any(w in ORGANISATION_WORDS for w in words[:k])
    ):
        return k
    if (
        "and" in words
        and not any(w in ORGANISATION_WORDS for w in words)
        and not plural_body_head(words)  # "Centers for Disease Control and Prevention"
        and text_base.lower() not in COUNTRIES
        and not _portfolio_before(words, words.index("and"))
        and not remit_at_and(words)  # "Immigration and Customs Enforcement"
        and not service_pair_end(words)  # "Lake County Search and Rescue"
    ):
        return words.index("and")
    return two_bodies_at_and(words)


def _portfolio_before(words: list[str], k: int) -> bool:
    """A title head followed by "of"/"for" stands before the "and" at ``words[k]``, and no
    new title phrase follows it ("Prime Minister of Kosovo Albin Kurti and the President
    of Serbia ..." is two names)."""
    nxt = words[k + 1] if k + 1 < len(words) else "the"
    if nxt == "the" or nxt in TITLE_HEADS or nxt in CAPITALISED_TITLES:
        return False
    return any(words[j] in TITLE_HEADS and words[j + 1] in ("of", "for") for j in range(k - 1))


def opens_remit(words: list[str], k: int) -> bool:
    """``Commission on International Religious Freedom``: an organisation word right after
    "on"/"for"/"of" opens the body's remit; the words after it go on naming the body, not a
    person ("Amnesty International Agnès Callamard" ends the body's name; after a title
    head, "Deputy Chief of Staff Bruce Reed", the word ends a portfolio).

    >>> opens_remit("us commission on international religious freedom".split(), 4)
    True
    >>> opens_remit("amnesty international agnès callamard".split(), 2)
    False
    >>> opens_remit("deputy chief of staff bruce reed".split(), 4)
    False
    """
    return k >= 3 and words[k - 2] in ("on", "for", "of") and words[k - 3] not in TITLE_HEADS
