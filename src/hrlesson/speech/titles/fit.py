"""Which persons a title description can name: the holders of its title (the persons whose
role is its post, of its body or country: "the EU envoy", "Sarvania's representative"), and
of those the ones its own words fit ("the floor leader" is no party leader; "the minister of
health" is the one introduced with health)."""

from __future__ import annotations

from ..actor_index import ActorIndex
from ..descriptions.heads import complement_holder, introduced_with_complement
from ..records import Actor
from ..vocabulary import is_national, role_has, same_body, same_place, same_rank
from .body_chiefs import chiefs_of_body, names_sub_body
from .described_holders import bare_title_of, holders_of_post
from .national_officials import names_place, sentence_bounds


def holders_fitting_title(
    index: ActorIndex, persons: list[Actor], title: tuple, text: str, complement: str
) -> list[Actor]:
    """The persons a title description ``text`` can name: the holders of its title
    (``title`` = head, affiliation, lower-case words, start, position of the cue) whose post
    the description's own words fit ("the floor leader", :func:`holders_of_post`), narrowed
    to those introduced with its complement ("the minister of health"), or the one person
    the complement itself names (:func:`complement_holder`).
    """
    head, aff, lowers, start, at = title
    match = title_holders(index, persons, head, aff, lowers, start)
    match = holders_of_post(match, text, head)
    holder = complement_holder(persons, head, complement, at) if complement else None
    if holder is not None:
        return [holder]
    state = complement_state(index, start + len(text) - len(complement), start + len(text))
    of_state = [a for a in match if a.affiliation is None or same_body(a.affiliation, state)]
    if state is not None and len(of_state) == 1:
        return of_state  # "The President of the United States": President Barack Obama
    return [a for a in match if introduced_with_complement(index, a, complement)]


def complement_state(index: ActorIndex, start: int, end: int) -> str | None:
    """The state a title's complement ``text[start:end]`` names and nothing else: "of the
    United States" in "The President of the United States" (a holder of that title of
    this state, or of none the text gives, fits it though the sentence that introduced
    them never named the state); None for a complement naming a body ("of the IMF").

    ``index`` is the article's actor index.
    """
    mentions = [m for m in index.mentions_in(start, end) if not m.in_quote]
    if len(mentions) != 1 or mentions[0].actor.kind != "state":
        return None
    m = mentions[0]
    outside = index.text[start : m.start] + " " + index.text[m.end : end]
    if any(w[:1].isupper() for w in outside.split()):
        return None
    return m.actor.name


def other_country_before(index: ActorIndex, sent_start: int, pos: int, aff: str) -> bool:
    """The sentence that names a person (from ``sent_start`` to the name at ``pos``) last
    names a country other than ``aff`` before the name.

    "Egypt's Foreign Minister Sameh Shoukry ... and President Abdul Fattah al-Sisi" then
    "France's president said": Sisi, of unknown affiliation, is introduced with Egypt, so
    he is not "France's president".
    """
    states = [
        m for m in index.mentions_in(sent_start, pos) if m.actor.kind == "state" and not m.in_quote
    ]
    return bool(states) and not same_place(states[-1].actor.name, aff)


def national_candidates(index: ActorIndex, match: list[Actor], aff: str, start: int) -> list:
    """Persons of unknown affiliation who may be ``aff``'s holder of a post (the
    description at ``start``): those whose introducing sentence names ``aff`` ("China's
    representative, Zhou Weiming,"), or who were named before and not introduced with
    another country ("Egypt's ... President Abdul Fattah al-Sisi" is not "France's
    president")."""
    return [
        a
        for a in match
        if names_place(index, a.first[0], aff)
        or (
            a.first[0] < start
            and not other_country_before(
                index, sentence_bounds(index, a.first[0])[0], a.first[0], aff
            )
        )
    ]


def title_holders(
    index: ActorIndex, persons: list[Actor], head: str, aff: str | None, lowers, start: int
) -> list[Actor]:
    """The persons whose role is the post a description names (head ``head``, affiliation
    ``aff``, lower-case words ``lowers``, at ``start``).

    With a body's affiliation ("the EU envoy"), those of that body first; the head of a
    body ("body-chief") only of that body. With a country ("Sarvania's representative"),
    those of that country, else of unknown affiliation (see :func:`national_candidates`).
    """
    match = [
        a
        for a in persons
        if a.role
        and role_has(a.role, head)
        and bare_title_of(a.role, head, lowers)
        and (
            aff is None
            or a.affiliation is None
            or same_body(a.affiliation, aff)
            or (head == "body-chief" and names_sub_body(a))
        )
        and same_rank(a.role, list(lowers))
    ]
    if aff is not None and (not is_national(aff) or head == "body-chief"):
        same = [a for a in match if same_body(a.affiliation, aff)]
        if same or head != "body-chief":
            return same or match
        chiefs = chiefs_of_body(index, match, aff, lowers)
        if chiefs or not is_national(aff):
            return chiefs
    if aff is not None:
        return [a for a in match if a.affiliation == aff] or national_candidates(
            index, match, aff, start
        )
    return match
