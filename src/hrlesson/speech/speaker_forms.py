"""A speaker's name written as the page writes it in full, not as a fragment the page's
layout or a later short mention left: a surname alone where the page gives the person's full
name once ("Winston, who calls LA home, told" after "the Grammy Awards Ben Winston": "Ben
Winston"), initials or a name particle typed with a stray space ("U. S. Department of
Justice": "U.S. Department of Justice"; "O’ Brien said": "O’Brien"), and a dateline's place
glued onto the first word of the lead ("BarcelonaCatalonia's High Court has ordered":
"Catalonia's High Court"). The gold writes a person by the full name the article gives and a
body as the article names it (docs/test-pages.md, "What the gold says"). :func:`speaker_form`
gives the form and a note for the evidence column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .bodies.state_possessives import without_state_possessive
from .records import SpeakerRef
from .shown_names import shown_name
from .vocabulary import COUNTRIES, FIRST_NAMES
from .written_articles import introduced_article_note, unnamed, with_written_article
from .written_case import lead_capitals_note

#: A generation suffix that stays with a full name ("Dave Archambault II", "Harvey Mason Jr.").
_SUFFIX = r"(?: (?:Jr\.?|Sr\.?|II|III|IV)(?![\w-]))?"


@lru_cache(maxsize=4096)
def _given_before(surname: str) -> re.Pattern[str]:
    """The pattern of a capitalised word and ``surname`` right after it, with a generation
    suffix if one follows, compiled once per surname."""
    return re.compile(
        r"(?<![\w’'.-])([A-Z][a-z]+) " + re.escape(surname) + r"(?![\w’'-])" + _SUFFIX
    )


def full_written_name(name: str, text: str) -> str | None:
    """The full name the page writes for a person the kit only names by a surname: the one
    known given name the page ever writes right before that surname, with a generation suffix
    written after it ("the executive producer of the Grammy Awards Ben Winston" ... '"Q,"
    Winston, who calls LA home, told CNN': Ben Winston; a country's name as the given name
    (:func:`given_word`): "engaged to Chad Short" ... "Short said": Chad Short; "Chairman Dave
    Archambault II of the Standing Rock Sioux Tribe": Dave Archambault II). None when the name
    is more than one word, when no given name or two different ones stand before it (a couple
    or a family: "Brian Barnes" and "Rebecca Barnes").

    >>> full_written_name("Winston", "the Grammy Awards Ben Winston. Winston said")
    'Ben Winston'
    >>> full_written_name("Archambault", "Chairman Dave Archambault II of the tribe")
    'Dave Archambault II'
    >>> full_written_name("Barnes", "Brian Barnes and Rebecca Barnes. Barnes said") is None
    True
    >>> full_written_name("Short", "Short said it was Short Street") is None
    True
    """
    if " " in name or not name[:1].isupper() or name.isupper():
        return None
    pairs = list(_given_before(name).finditer(text))
    found = {m.group(0) for m in pairs if given_word(m.group(1), len(pairs), text)}
    return found.pop() if len(found) == 1 else None


def given_word(word: str, pairs: int, text: str) -> bool:
    """``word``, written right before a surname ``pairs`` times, is a given name: a known
    one, or a country's name the text writes nowhere else, so that it names no state there
    ("before she engaged to Chad Short": Chad Short; not "Jordan" in "Jordan Smith said
    Jordan would ...").

    >>> given_word("Chad", 1, "engaged to Chad Short. Short said")
    True
    >>> given_word("Jordan", 1, "Jordan Smith said Jordan would act")
    False
    """
    if word.lower() in FIRST_NAMES:
        return True
    return word.lower() in COUNTRIES and len(_any_word(word).findall(text)) == pairs


@lru_cache(maxsize=1024)
def _any_word(word: str) -> re.Pattern[str]:
    """The pattern of ``word`` as a whole word, compiled once per word."""
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")


#: Initials typed with a space after each stop ("U. S.", "U. N."), and a name particle typed
#: with a space after its apostrophe ("O’ Brien", "D' Souza").
_SPACED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\. )+[A-Z]\.)(?= [A-Z]|$)")
_SPACED_PARTICLE = re.compile(r"(?<![\w])([OD][’']) (?=[A-Z][a-z])")


def closed_spacing(name: str, person: bool = False) -> str:
    """A name with the stray spaces of its typing closed: initials of a body's short form
    ("U. S. Department of Justice": "U.S. Department of Justice", as the gold writes it) and
    an Irish or Italian particle's apostrophe ("O’ Brien said": "O’Brien"). A person's
    initials (``person``) keep their spaces, as the page and the gold write them ("G. L.
    Peiris", "L. J. Satterwhite"), and a lone initial is no short form ("J. Smith").

    >>> closed_spacing("U. S. Department of Justice")
    'U.S. Department of Justice'
    >>> closed_spacing("O’ Brien")
    'O’Brien'
    >>> closed_spacing("J. Smith"), closed_spacing("G. L. Peiris", person=True)
    ('J. Smith', 'G. L. Peiris')
    """
    if not person:
        name = _SPACED_INITIALS.sub(lambda m: m.group(1).replace(" ", ""), name)
    return _SPACED_PARTICLE.sub(r"\1", name)


#: A word of two capitalised parts glued together, the first at least three letters long.
_GLUED = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{3,})(?=[’']s\b|\b)")


def without_glued_place(name: str, text: str) -> str | None:
    r"""A body's name whose first word glues a dateline's place onto it, the layout's line
    break between them lost, as it opens the lead's first paragraph ("BarcelonaCatalonia's High
    Court has ordered": Catalonia's High Court): the name without the glued first part, when
    the glued word opens one of the first three paragraphs (a headline and a standfirst may
    stand before it), its second part stands alone elsewhere in the text and the first part
    never does (a company's name glued of two words writes its parts nowhere alone:
    "BlackBerry CEO"); None when the rule does not apply.

    >>> text = "Headline\n\nBarcelonaCatalonia's High Court ruled. Schools across Catalonia must"
    >>> without_glued_place("BarcelonaCatalonia's High Court", text)
    "Catalonia's High Court"
    >>> without_glued_place("BlackBerry CEO", "Title\n\nBlackBerry CEO said") is None
    True
    """
    glued = _GLUED.match(name)
    if glued is None:
        return None
    start = text.find(glued.group(0))
    if start < 0 or text.count("\n\n", 0, start) > 2:  # a headline and a standfirst before
        return None
    if start > 0 and text[start - 2 : start] != "\n\n":
        return None
    first, second = glued.groups()
    rest = text[:start] + text[start + len(glued.group(0)) :]
    if not _any_word(second).search(rest) or re.search(rf"\b{first}\b", rest):
        return None
    return name[len(first) :]


def speaker_form(name: str, person: bool, text: str) -> tuple[str, str | None]:
    """The speaker's ``name`` as the page writes it in full, and a note of what changed for
    the evidence column (None when nothing did); ``person`` says the speaker is a named
    person.

    >>> speaker_form("Winston", True, "producer Ben Winston. Winston said")
    ('Ben Winston', 'the full name the page writes: Ben Winston')
    >>> speaker_form("U. S. Department of Justice", False, "")
    ('U.S. Department of Justice', 'stray spaces closed: U.S. Department of Justice')
    """
    closed = closed_spacing(name, person)
    if person and (full := full_written_name(closed, text)):
        return full, f"the full name the page writes: {full}"
    if closed != name:
        return closed, f"stray spaces closed: {closed}"
    if not person and (unglued := without_glued_place(name, text)):
        return unglued, f"a dateline's place glued on left out: {unglued}"
    return name, None


def state_body_form(
    form: str, key: str, text: str, in_quote: Callable[[int], bool], note: str | None
) -> tuple[str, str | None]:
    """A state's body's ``form`` without the state's possessive where the page also names
    the body alone (:func:`.bodies.state_possessives.without_state_possessive`: "Egypt's
    Foreign Affairs Ministry" ... "The Foreign Affairs Ministry has": Foreign Affairs
    Ministry), with a note for the evidence column; else ``form`` and ``note`` unchanged."""
    bare = without_state_possessive(form, key, text, lambda pos: not in_quote(pos))
    if bare is None:
        return form, note
    return bare, f"the state's possessive left out, as the page names the body alone: {bare}"


def shown_speaker(
    ref: SpeakerRef, text: str, in_quote: Callable[[int], bool], written_forms: dict
) -> str | None:
    """The speaker's name for the tables: as the page writes it (:func:`speaker_form`, the
    "a" that brought a description in kept), a note of any change put in ``written_forms``
    for the evidence column ("Winston said" → "Ben Winston"); a state's name chosen among
    its forms written outside quotations (``in_quote`` tells an offset inside one;
    :func:`.shown_names.shown_name`)."""
    actor = ref.actor
    if actor is None or actor.kind != "state":
        name = with_written_article(ref, text)
        person = actor is not None and actor.kind == "person" and not unnamed(ref)
        form, note = speaker_form(name, person, text) if name else (name, None)
        if form and actor is not None and actor.kind == "organisation":
            form, note = state_body_form(form, actor.key, text, in_quote, note)
        note = (
            note or introduced_article_note(ref, form, text) or lead_capitals_note(ref.name, form)
        )
        if note:
            written_forms[id(ref)] = note
        return form
    spans = [(a, b) for a, b in actor.mentions if not in_quote(a)]
    return shown_name(ref, [" ".join(text[a:b].split()) for a, b in spans] or None)
