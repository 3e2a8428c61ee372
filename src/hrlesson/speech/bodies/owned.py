"""A body named with its owner's possessive: a state's ("China's Foreign Ministry") or
another body's ("the African Union’s Peace and Security Council"), one body, the owned one
(part of the index)."""

from __future__ import annotations

from ..person_appositions import office_before_name
from ..records import Mention
from ..tokens import Token
from ..vocabulary import is_umbrella_body, org_key
from .acronyms import LISTED_EXPANSIONS, base_text, spelled_out_body
from .apposed import apposed_body_names
from .legal_forms import legal_form_stop
from .municipal import city_of_place
from .names import owned_key, registered_body, state_owner


def owning_body(mentions: list[Mention], toks: list[Token], a: int, b: int) -> Mention | None:
    """The mention of the body whose possessive stands right before the body named by
    ``toks[a:b]``: in ``the African Union’s Peace and Security Council said`` the council is
    the Union's own, named in full with its owner. Not a body that stands on its own, a
    listed acronym's ("the UN’s World Food Programme" is the WFP), nor one the UN owns
    ("the UN’s Human Rights Council" is the Human Rights Council).

    >>> from ..records import Actor
    >>> from ..tokens import tokenize
    >>> s = "The African Union’s Peace and Security Council said"
    >>> t = tokenize(s, [0])
    >>> owner = Mention(4, 17, Actor("organisation", "African Union"), "name")
    >>> owning_body([owner], t, 3, 7).actor.name
    'African Union'
    >>> s = "the UN’s World Food Programme said"
    >>> t = tokenize(s, [0])
    >>> owning_body([Mention(4, 6, Actor("organisation", "UN"), "acronym")], t, 2, 5) is None
    True
    >>> s = "the UN’s Human Rights Council said"
    >>> t = tokenize(s, [0])
    >>> owning_body([Mention(4, 6, Actor("organisation", "UN"), "acronym")], t, 2, 5) is None
    True
    """
    if a == 0 or not toks[a - 1].poss or toks[a - 1].sent != toks[a].sent or not mentions:
        return None
    own = " ".join(t.lower for t in toks[a:b]).removeprefix("the ")
    last, owner_end = mentions[-1], toks[a - 1].start + len(toks[a - 1].base)
    if own in LISTED_EXPANSIONS or last.actor.kind != "organisation" or last.end != owner_end:
        return None
    return None if is_umbrella_body(last.actor.name) else last


class BodyAdder:
    """Adds a body's name to the index (a part of :class:`ActorIndex`)."""

    def _apposed_bodies(self) -> None:
        """``Italy’s data protection authority, the Garante per la protezione dei dati
        personali, imposed``: the name in apposition is an organisation, mentioned by the
        description too; its first word alone names it later ("the Garante allowed"). A
        body already named there ("Romania’s regulator, ANCOM,") keeps its name and gains
        the description."""
        for (a, b), (c, d) in apposed_body_names(self.text):
            named = [m for m in self.mentions if m.start == c]
            if self.in_quote(a):
                continue
            if named:
                if named[0].actor.kind == "organisation":
                    self._mention(named[0].actor, a, b, "description", False)
                continue
            name = self.text[c:d]
            key = "org:" + name.lower()
            actor = self.actors_by_key.get(key) or self.new_actor("organisation", name, key)
            self._mention(actor, c, d, "name", False)
            self._mention(
                actor, a, b, "description", self._is_sentence_initial(self.token_index(a))
            )
            self._alias_keys.setdefault(name.split()[0].lower(), actor)

    def _add_spelled_out_body(self, a: int, b: int) -> bool:
        """Adds the run ``toks[a:b]`` as one body when it spells out a body's name
        (:func:`spelled_out_body`: "the Economic Community of West African States
        (ECOWAS)", never a person "Economic Community"); False when it does not."""
        spelled = spelled_out_body(self.tokens, a, b, self.acronym_words)
        if not spelled and not city_of_place(self.tokens, a, b):  # "the City of Cape Town"
            return False
        text = base_text(self.text, self.tokens, a, b)
        self._add_org(a, b, text, self._is_sentence_initial(a))
        return True

    def _add_org(self, a: int, b: int, text_base: str, subject: bool) -> None:
        toks = self.tokens
        if office_before_name(toks, b):
            return  # "the Foreign Ministry Spokesman, Abbas Mousavi,": his title
        key = org_key([t.lower for t in toks[a:b] if t.text != "*"])
        owner = state_owner(toks, a, b)  # "China's Foreign Ministry": China's own body
        start = toks[a - 1 if owner is not None else a].start
        if owner is None and (body := owning_body(self.mentions, toks, a, b)) is not None:
            owner, start = body.actor.key, body.start  # "the African Union’s ... Council"
        stop = legal_form_stop(toks, b)  # "Fitbit Inc.": the legal form's full stop
        text_base = self.text[start : toks[a].start] + text_base + stop
        actor = registered_body(self.actors_by_key, key, owner)
        if actor is None:
            actor = self.new_actor("organisation", text_base, owned_key(key, owner))
            self.actors_by_key.setdefault(key, actor)
        elif len(text_base) > len(actor.name):
            actor.name = text_base
        end = toks[b - 1].start + len(toks[b - 1].base) + len(stop)
        self._mention(actor, start, end, "name", subject)


def next_after(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each mention (sorted by start) with the first mention after its end: the place after
    ``the UN Human Rights Council’s Commission of Inquiry on Human Rights in Eritrea``, not
    the owner's name inside it.

    >>> from ..records import Actor
    >>> x = Actor("organisation", "x")
    >>> ms = [Mention(0, 30, x, "name"), Mention(0, 5, x, "name"), Mention(34, 41, x, "name")]
    >>> [(m.start, n.start) for m, n in next_after(ms)]
    [(0, 34), (0, 34)]
    """
    pairs = []
    for i, m in enumerate(mentions):
        nxt = next((n for n in mentions[i + 1 :] if n.start >= m.end), None)
        if nxt is not None:
            pairs.append((m, nxt))
    return pairs
