"""A plural group noun that speaks is the one body the article names after its members
("Landlords have warned" ... "the National Residential Landlords Association (NRLA)";
"inspectors reported" ... "HM Inspectorate of Prisons"): news reports write the body's
members for the body whose words they quote."""

from __future__ import annotations

import re

from ...inflection import noun_forms
from ..common_nouns import singulars
from ..records import Actor, SpeakerRef
from ..vocabulary import ORGANISATION_WORDS


def singular(plural: str) -> str | None:
    """The singular of a regular plural noun (:func:`~..common_nouns.singulars` that
    inflects back to it), else None.

    >>> singular("Landlords"), singular("inspectors"), singular("charities"), singular("police")
    ('landlord', 'inspector', 'charity', None)
    """
    word = plural.lower()
    return next((s for s in singulars(word) if len(s) > 2 and word in noun_forms(s)), None)


def names_members(body: str, noun: str) -> bool:
    """Does the body's name hold the members' noun in the plural, or the noun of the office
    they staff ("Inspectorate" for inspectors)? A singular names what the body oversees, not
    its members: "Charities have defended ..." is no word of the "Charity Commission".

    >>> names_members("National Residential Landlords Association", "landlord")
    True
    >>> names_members("HM Inspectorate of Prisons", "inspector")
    True
    >>> names_members("Crisis", "landlord"), names_members("Charity Commission", "charity")
    (False, False)
    """
    words = {w.strip("(),’'").lower() for w in body.split()}
    plurals = {form for form in noun_forms(noun) if form != noun}
    if noun + "ate" in words:
        return True
    return bool(words & plurals) and names_a_body(words)


def names_a_body(words: set[str]) -> bool:
    """Does a name's words hold an organisation's word ("Association", "Union")? A name
    that holds the members' plural but no such word is a scheme, a fund or an event named
    for them, not their body: "reform of the Small Breweries' Relief scheme" ... "the
    breweries said" is no word of the relief.

    >>> names_a_body({"small", "breweries'", "relief"})
    False
    >>> names_a_body({"bee", "farmers'", "association"})
    True
    """
    return bool(words & ORGANISATION_WORDS)


def members_of_another_body(group: str, others: set[str], text: str) -> str | None:
    """The article's phrase that writes the group as the people of another actor it names,
    no state ("Musicians of the Minnesota Orchestra said ..."), with the group's word as the
    speaker writes it, else None: "the musicians said" is that body's people, not the union
    named for them ("members of the Twin Cities Musicians Union").

    >>> text = "Musicians of the Minnesota Orchestra said ... the Twin Cities Musicians Union"
    >>> members_of_another_body("musicians", {"Minnesota Orchestra"}, text)
    'musicians of the Minnesota Orchestra'
    >>> members_of_another_body("farmers", {"Minnesota Orchestra"}, "farmers of Devon said")
    """
    name = r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*"
    pattern = rf"\b(?i:{re.escape(group)})(\s+(?:of|at)\s+(?:the\s+)?)({name})"
    found = next((f for f in re.finditer(pattern, text) if f.group(2) in others), None)
    return None if found is None else " ".join(f"{group}{found.group(1)}{found.group(2)}".split())


def member_body(group: str, orgs: list[Actor]) -> Actor | None:
    """The one organisation whose name holds a one-word plural group's noun, else None.

    >>> orgs = [Actor("organisation", "National Residential Landlords Association")]
    >>> member_body("Landlords", orgs).name
    'National Residential Landlords Association'
    >>> member_body("tenants", orgs) is None
    True
    >>> member_body("associations", orgs) is None
    True
    """
    if not group.isalpha():
        return None
    noun = singular(group)
    if noun is None or noun in ORGANISATION_WORDS:
        return None  # "agencies", "unions": bodies, not one body's members
    found = [o for o in orgs if o.kind == "organisation" and names_members(o.name, noun)]
    return found[0] if len(found) == 1 else None


def group_word(ref: SpeakerRef) -> str:
    """The one word a speaker ref names its unaffiliated group by ("Landlords"), else "".

    >>> group_word(SpeakerRef(Actor("group", "Landlords", key="group:landlords"), None, 0, 9))
    'Landlords'
    >>> group_word(SpeakerRef(None, "inspectors", 0, 10))
    'inspectors'
    >>> group_word(SpeakerRef(Actor("person", "Ben Beadle", key="ben beadle"), None, 0, 10))
    ''
    """
    actor = ref.actor
    if actor is None:
        return ref.label or ""
    if actor.key.startswith("group:") and actor.affiliation is None:
        return actor.name
    return ""


def name_member_bodies(actors: list[Actor], refs: list[SpeakerRef], text: str = "") -> None:
    """Each speaker ref to an unaffiliated one-word plural group whose members one body's
    name writes ("Landlords" ... "Landlords Association") goes to that body, unless the
    article writes the group as another body's people (:func:`members_of_another_body`).

    >>> nrla = Actor("organisation", "National Residential Landlords Association")
    >>> ref = SpeakerRef(Actor("group", "Landlords", key="group:landlords"), None, 0, 9)
    >>> name_member_bodies([nrla], [ref]); ref.actor is nrla, ref.how
    (True, 'member_body')
    """
    for ref in refs:
        group = group_word(ref)
        body = member_body(group, actors)
        if body is None:
            continue
        others = {o.name for o in actors if o.kind != "state" and o is not body}
        if (phrase := members_of_another_body(group, others, text)) is not None:
            ref.actor, ref.label, ref.how = (
                None,
                phrase,
                "the people of the body written after them",
            )
        else:
            ref.actor, ref.how = body, "member_body"
