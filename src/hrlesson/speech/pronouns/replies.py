"""A "he"/"she" that replies is the one asked, not the asker who spoke just before it:
``Speaking to food minister Mark Spencer about the situation, BBC Breakfast's Jon Kay said:
"You accept you're failing?" He replied: "Q"``: "He" is Spencer; ``When Kay put it to
Spencer that ..., he replied: "Q"``: Spencer again (data/words/reply_verbs.txt)."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Actor
from ..tokens import Token
from .gender import last_speaker_before

#: Verbs of answering (data/words/reply_verbs.txt).
REPLY_VERBS = word_set("reply_verbs")

#: Verbs of putting a question (data/words/asking_verbs.txt): the asker's, or a quotation
#: that asks ("Jon Kay said: "You accept you're failing?"").
ASKING_VERBS = word_set("asking_verbs")

#: The evidence of a reply's pronoun resolved to the one asked.
ASKED = "the one asked, not the asker who spoke just before the reply"

#: The most sentences back the asker may have spoken in.
MAX_SENTENCES_BACK = 2


def asked_person(att, t: Token, at: int, fits, actor: Actor | None) -> Actor | None:
    """The person asked, when the "he"/"she" at ``t`` is the subject of a reply verb (the
    cue at ``at``) and ``actor``, the antecedent found, is who spoke last, within
    :data:`MAX_SENTENCES_BACK` sentences, putting a question (an asking verb, or words
    that end in a question mark): the first other person whom the pronoun ``fits``,
    named outside quotations in the asker's sentence ("Speaking to food minister Mark
    Spencer ..., Jon Kay said"; "When Kay put it to Spencer that ..."). None otherwise,
    or when the last speaker was asked ("Furukawa was asked about the forecast")."""
    cue = att.cue_starting(at)
    if actor is None or cue is None or cue.lemma not in REPLY_VERBS:
        return None
    last = last_speaker_before(att.timeline, t.start)
    if last is None or last[1] is not actor:
        return None
    pos = last[0]
    asking = att.cue_starting(pos)
    if asking is None or asking.passive:
        return None  # "Furukawa was asked about the forecast": the one asked
    s = att.sent_of(pos)
    if att.sent_of(t.start) - s > MAX_SENTENCES_BACK:
        return None
    if asking.lemma not in ASKING_VERBS and "?" not in att.text[pos : att.sentences[s][4]]:
        return None  # no question put
    asked = [
        m.actor
        for m in att.index.mentions_in(att.sentences[s][3], min(t.start, att.sentences[s][4]))
        if not m.in_quote
        and att.quote_at(m.start) is None
        and m.actor is not actor
        and fits(m.actor)
    ]
    return asked[0] if asked else None
