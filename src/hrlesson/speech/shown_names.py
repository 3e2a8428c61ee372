"""The name a quote's speaker is shown by: a state as the article writes it.

The actor index keeps one canonical name per state ("United States", "Myanmar") so that
"US", "the United States" and "Washington" are one actor. The quotes table shows each state
by one name the article itself writes: "Burma said" is Burma's quote, not Myanmar's, in an
article that never writes "Myanmar".
"""

from __future__ import annotations

from .records import Actor, SpeakerRef
from .vocabulary import CAPITALS, COUNTRIES


def written_state_name(form: str, capitals: bool = True) -> str | None:
    """``form`` without a leading "the" when it is a country's name (or one of its other
    names), or its capital; else None. A word in capitals longer than an acronym (a
    headline's "CHINA") is not a form to show.

    >>> written_state_name("the United States"), written_state_name("Burma")
    ('United States', 'Burma')
    >>> written_state_name("Washington"), written_state_name("Washington", capitals=False)
    ('Washington', None)
    >>> written_state_name("Chinese"), written_state_name("CHINA")
    (None, None)
    """
    form = " ".join(form.split())
    if form[:4].lower() == "the ":
        form = form[4:]
    low = form.lower()
    if form.isupper() and len(form) > 3:
        return None
    if low in COUNTRIES or (capitals and low in CAPITALS):
        return form
    return None


def article_state_name(actor: Actor, forms: list[str] | None = None) -> str:
    """The one name a state is shown by in this article: the longest country name the article
    writes for it (not a demonym, nor a styled form beside the short name), else the capital it writes ("Washington" in an article
    that never names the country), else its canonical name. "DR Congo" in an article that
    writes "DR Congo" and "DRC"; "US" in one that writes "the US" and "Washington".
    ``forms``, when given, are the forms to choose from (those written outside quotations:
    a speaker's "the constitution of the Russian Federation" is not how the article names
    Russia), else the actor's every form."""
    for capitals in (False, True):
        written = actor.forms if forms is None else forms
        names = [n for n in (written_state_name(f, capitals) for f in written) if n]
        if names:
            return max(without_styled_forms(names), key=len)
    return actor.name


def without_styled_forms(names: list[str]) -> list[str]:
    """The names without a state's styled form when its short name is written too: the
    "Bolivarian Republic of Venezuela" of a statement is "Venezuela".

    >>> without_styled_forms(["Bolivarian Republic of Venezuela", "Venezuela"])
    ['Venezuela']
    >>> without_styled_forms(["United States", "US"])
    ['United States', 'US']
    """
    styled = {n for n in names if any(n.endswith(" of " + m) for m in names)}
    return [n for n in names if n not in styled] or names


def shown_name(ref: SpeakerRef, forms: list[str] | None = None) -> str | None:
    """The speaker's name for the quotes table: a state by the one name the article gives it
    (:func:`article_state_name`), the same for all its quotes, so that a table of who speaks
    counts one state once ("Burma said" is Burma's quote, not Myanmar's, in an article that
    never writes "Myanmar"); every other speaker by its name (:attr:`SpeakerRef.name`). The
    mention as written at each quote is the ``speaker_mention`` column. ``forms``: see
    :func:`article_state_name`."""
    actor = ref.actor
    if actor is None or actor.kind != "state":
        return ref.name
    return article_state_name(actor, forms)


def capital_written(ref: SpeakerRef, text: str) -> str | None:
    """The capital a state speaker is named by at its mention, as written there, or None
    (a country's name, a demonym, a pronoun, another state's capital).

    >>> from .records import Actor
    >>> t = "Moscow condemned the verdict as 'scandalous'. Russia said"
    >>> russia = Actor("state", "Russia")
    >>> capital_written(SpeakerRef(russia, None, 0, 6), t)
    'Moscow'
    >>> capital_written(SpeakerRef(russia, None, 46, 52), t) is None
    True
    """
    actor = ref.actor
    if actor is None or actor.kind != "state":
        return None
    form = " ".join(text[ref.start : ref.end].split())
    if written_state_name(form, capitals=False) is not None:
        return None
    name = written_state_name(form)
    if name is None or CAPITALS.get(name.lower()) != actor.name:
        return None
    return name


def capitals_as_written(text: str, refs: list[SpeakerRef], paragraph) -> dict[int, str]:
    """The speakers to show by the capital written at their mention, by ``id`` of the ref: a
    capital standing for its government speaks as written ("Moscow condemned the verdict as
    "scandalous"": Moscow; 'prompting Rome to warn it was ready to "stop once and for all"':
    Rome), as the article names it there; every other mention keeps the article's one name
    (:func:`shown_name`). A capital that only varies the name of a state just given as a
    speaker, in its paragraph or the one before, is that state ("In the Monday press release,
    Kenya said ... "Q," Nairobi said": Kenya). ``paragraph`` gives an offset's paragraph."""
    spoke: dict[int, int] = {}  # id(actor) -> paragraph it last spoke in by its country's name
    shown: dict[int, str] = {}
    for ref in sorted({id(r): r for r in refs}.values(), key=lambda r: r.start):
        if ref.actor is None or ref.actor.kind != "state":
            continue
        par = paragraph(ref.start)
        capital = capital_written(ref, text)
        if capital is None:
            form = text[ref.start : ref.end]
            if written_state_name(form, capitals=False) is not None:
                spoke[id(ref.actor)] = par
        elif par - spoke.get(id(ref.actor), -9) > 1:
            shown[id(ref)] = capital
    return shown
