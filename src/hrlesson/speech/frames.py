"""Reporting frames whose speaker is not the words right before the verb.

Small tests on tokens and cues, used by the subject finder, the name finder and the quote
rules: the object of a causative verb ("prompting Rome to warn") or of any verb before an
infinitive, which is no subject ("urged the government to guarantee ..."), a capital as its
government ("Washington said"), a relative clause inside the subject ("the group that runs
the ship said"), names before or after a described aside ("Sherif Mansour, the committee's
co-ordinator, said"; "said Zohra, a 25-year-old Afghan woman"), the agent of a speech noun
("remarks by the US envoy"), a participle after "while" ("... while stating"), and a cue
inside the clause that another speaker reports ("Abella said the government is only asking
for "fairness"", "According to Hosgen, the council has confirmed ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..wordlists import word_set
from .clause_words import PARTICIPLE_LINKS
from .cues import CUE_FORMS, SUBJECT_PRONOUNS, is_cue_at
from .documents.recipients import recipient_document, sent_document_issuer
from .governing_verbs import agent_speech_act, own_speech_act
from .kinds import names_outlet
from .records import Cue, SpeakerRef
from .subjects.adjuncts import without_last_adverbs
from .subjects.asides import aside_close, title_aside_then_cue
from .tokens import Token
from .vocabulary import (
    ACRONYMS,
    ANONYMOUS_ROLES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    GENDER_WORDS,
    PREPOSITIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WORD_RE,
    is_head_word,
)

#: Verbs whose object is the subject of the infinitive after it ("prompting Rome to warn").
CAUSATIVE_VERBS = word_set("causative_verbs")


def causative_object(words: list[Token]) -> list[Token]:
    """The object of a causative verb before an infinitive cue, or ``[]``: in ``An Italian
    ship rescued 50 migrants, prompting Rome to [warn]`` Rome warns (``words`` are the words
    before the cue, ending in "to"; the object has at most six words and opens with a
    capital or a determiner).

    >>> from .tokens import tokenize
    >>> [t.text for t in causative_object(tokenize("The rescue prompting Rome to", [0]))]
    ['Rome']
    >>> causative_object(tokenize("The rescue prompted calls to", [0]))
    []
    """
    if len(words) < 3 or words[-1].lower != "to":
        return []
    for k in range(len(words) - 3, max(-1, len(words) - 9), -1):
        if words[k].lower in CAUSATIVE_VERBS and words[k].text.islower():
            obj = words[k + 1 : -1]
            if obj[0].cap or obj[0].lower in ("the", "his", "her", "its", "their"):
                return obj
            return []
    return []


def infinitive_object(words: list[Token]) -> bool:
    """``words``, a span read as a reporting verb's subject, run on past a noun into an
    infinitive clause ("the government to guarantee council funds", "the military to
    support the police"): they are the object of a verb before them ("MPs have urged the
    government to guarantee ... amid fears", "orders the military to support the police in
    maintaining order"), never who speaks; so are those that run into a question after "as
    to" ("When pressed by presenter X as to whether the dispute was over Downey responded").
    A "to" before a determiner, a preposition or a title ("envoy to the UN", "adviser to
    prime minister X") is no infinitive.

    >>> from .tokens import tokenize
    >>> infinitive_object(tokenize("the military to support the police", [0]))
    True
    >>> infinitive_object(tokenize("Ministers urged lawmakers to consider", [0]))
    True
    >>> infinitive_object(tokenize("the envoy to the UN", [0]))
    False
    >>> infinitive_object(tokenize("an adviser to prime minister Boris Johnson", [0]))
    False
    """
    for k in range(1, len(words) - 1):
        nxt = words[k + 1]
        if words[k].lower != "to" or not words[k - 1].text.isalpha():
            continue
        if not (nxt.text.isalpha() and nxt.text.islower()):
            continue
        low = nxt.lower
        # determiners hold the possessives too ("to their members")
        if low in DETERMINERS or low in PREPOSITIONS or low in TITLE_MODIFIERS:
            continue
        if low in TITLE_HEADS:
            continue
        return True
    return False


def capital_as_government(prev: Token | None, nxt: Token | None) -> bool:
    """A capital between a causative verb and "to" (``prompting Rome to warn``), before a
    reporting verb (``Washington said Wednesday``) or an agent (``slammed by Minsk``) is
    its government's voice.

    >>> from .tokens import tokenize
    >>> toks = tokenize("prompting Rome to warn", [0])
    >>> capital_as_government(toks[0], toks[2])
    True
    >>> toks = tokenize("talks in Moscow said", [0])
    >>> capital_as_government(toks[1], toks[3])
    False
    >>> toks = tokenize("in Rome to meet", [0])
    >>> capital_as_government(toks[0], toks[2])
    False
    """
    if prev is not None and prev.lower == "by":
        return True
    if nxt is None:
        return False
    if prev is not None and prev.lower in CAUSATIVE_VERBS and nxt.lower == "to":
        return True
    if prev is not None and (prev.lower in PREPOSITIONS or prev.cap):
        return False  # "talks in Moscow said": a place
    return nxt.lower in ("said", "told", "says", "tells", "warned", "insisted")


def capital_opens_clause(prev: Token | None) -> bool:
    """A capital after a relative pronoun or a noun that a reduced relative clause follows
    opens that clause as its subject when a verb comes next: ``which Moscow has called``,
    ``an accusation Moscow has called`` (not after a preposition or an article: "in
    Moscow", "the Moscow talks").

    >>> from .tokens import tokenize
    >>> toks = tokenize("an accusation Moscow has called", [0])
    >>> capital_opens_clause(toks[1]), capital_opens_clause(tokenize("in Moscow", [0])[0])
    (True, False)
    """
    return (
        prev is not None
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in PREPOSITIONS
        and prev.lower not in DETERMINERS
    )


def by_rule(ref: SpeakerRef | None, rule: str) -> SpeakerRef | None:
    """A copy of ``ref`` whose evidence names the frame ``rule`` that placed it."""
    if ref is None:
        return None
    return replace(ref, how=f"{rule}, {ref.how}" if ref.how else rule)


def before_relative_clause(chosen: list[Token]) -> list[Token] | None:
    """The words before a relative clause that closes the subject, or ``None``: in ``the
    Mediterranea collective of aid groups that runs the ship [said]`` the collective speaks,
    not the ship (the clause opens with "that", "which" or "who" and a verb in the third
    person or the past, after a noun).

    >>> from .tokens import tokenize
    >>> words = tokenize("the collective of aid groups that runs the ship", [0])
    >>> [t.text for t in before_relative_clause(words)]
    ['the', 'collective', 'of', 'aid', 'groups']
    >>> before_relative_clause(tokenize("a report that officials", [0])) is None
    True
    """
    for k in range(len(chosen) - 2, 0, -1):
        rel, verb, noun = chosen[k], chosen[k + 1], chosen[k - 1]
        if rel.lower not in ("that", "which", "who") or not verb.text.islower():
            continue
        if noun.text.islower() and noun.lower in CUE_FORMS and not noun.lower.endswith("s"):
            return None  # "warned that ...": a reported clause, no relative one
        finite = verb.lower in FINITE_VERBS or verb.lower.endswith(("ed", "es"))
        if finite or (verb.lower.endswith("s") and not verb.lower.endswith("ss")):
            return chosen[:k]
        return None
    return None


def titled_aside_then_cue(text: str, toks: list[Token], b: int) -> bool:
    """``Sherif Mansour, the committee's program co-ordinator for the Middle East, said``:
    the name ending before ``toks[b]`` is followed by a comma, a description with a title
    and a comma before a reporting verb: a person speaks. The aside and the verb are read
    by :func:`~.subject_asides.title_aside_then_cue`; this adds the description's opening
    and its title word.

    >>> from .tokens import tokenize
    >>> text = "Sherif Mansour, the committee's program co-ordinator, said."
    >>> titled_aside_then_cue(text, tokenize(text, [0]), 2)
    True
    >>> text = "Lam Man-chung, executive editor-in-chief of Apple Daily, said"
    >>> titled_aside_then_cue(text, tokenize(text, [0]), 2)
    True
    >>> text = "Jo Smith, Director of the Fund, said"
    >>> titled_aside_then_cue(text, tokenize(text, [0]), 2)
    True
    >>> text = "Sherif Mansour, the town's main square, is empty."
    >>> titled_aside_then_cue(text, tokenize(text, [0]), 2)
    False
    """
    if b + 2 >= len(toks) or toks[b].text != ",":
        return False
    first = toks[b + 1]
    opens = first.lower in ("the", "a", "an", "its", "his", "her") or first.poss
    lower_title = first.text.islower() and (_title_word(first) or first.lower in TITLE_MODIFIERS)
    # "Jo Smith, Director of the Fund, said": a capitalised title and its "of"/"for"
    capital_title = first.cap and _title_word(first) and toks[b + 2].lower in ("of", "for")
    if not (opens or lower_title or capital_title):
        return False  # "Lam Man-chung, executive editor-in-chief of Apple Daily, said"
    k = aside_close(toks, b)
    if k is None or not any(_title_word(t) for t in toks[b + 1 : k]):
        return False
    return title_aside_then_cue(text, toks, b)


def _title_word(tok: Token) -> bool:
    """A title head, alone or in a compound: "co-ordinator", "editor-in-chief"."""
    low = tok.lower.replace("co-ord", "coord")
    return low in TITLE_HEADS or any(part in TITLE_HEADS for part in low.split("-"))


def person_apposition_after(toks: list[Token], k: int) -> bool:
    """``"Moria finished," said Zohra, a 25-year-old Afghan woman.``, ``"Q," Grzegorz, an
    organiser with Polish humanitarian group Granica, told``: one unknown capitalised word
    after a reporting verb or before one, described in apposition as a person ("a ...
    woman", "an organiser"), is a person's name.

    >>> from .tokens import tokenize
    >>> toks = tokenize("said Zohra, a 25-year-old Afghan woman.", [0])
    >>> person_apposition_after(toks, 1)
    True
    >>> person_apposition_after(tokenize("said Moria, a camp for migrants.", [0]), 1)
    False
    >>> toks = tokenize("Grzegorz, an organiser with Granica – Polish for border – told", [0])
    >>> person_apposition_after(toks, 0)
    True
    """
    if k + 3 >= len(toks) or toks[k + 1].text != "," or toks[k + 2].lower not in ("a", "an"):
        return False
    for j in range(k + 3, min(k + 10, len(toks))):
        t = toks[j]
        if t.text in ",.;:" or t.sent != toks[k].sent:
            return False
        if t.text.islower() and (t.lower in GENDER_WORDS or t.lower in ANONYMOUS_ROLES):
            return (k >= 1 and is_cue_at("", toks[k - 1])) or _cue_after_aside(toks, j)
    return False


def _cue_after_aside(toks: list[Token], j: int) -> bool:
    """A reporting verb closes the aside that ``toks[j]`` is in: after a comma or a dash,
    within 16 tokens of the sentence, with no verb before it."""
    for n in range(j + 1, min(j + 17, len(toks))):
        t = toks[n]
        if t.sent != toks[j].sent or t.lower in FINITE_VERBS:
            return False
        if t.text in ",–—-" and n + 1 < len(toks) and is_cue_at("", toks[n + 1]):
            return True
    return False


#: Nouns of speech whose "by X" names the speaker ("remarks by the US envoy").
SPEECH_NOUNS = frozenset(
    ["remarks", "remark", "comments", "comment", "statement", "statements", "call", "calls"]
)


def noun_cue_by(prev: Token | None, cue: Token, by: Token | None) -> bool:
    """``He followed up on remarks by the US envoy to Turkey, Francis Ricciardone, that
    ...``, ``Sudan rejected remarks by UN experts that ...``: a noun of speech (after a
    lower-case word that is no subject pronoun), then "by": the agent of the noun, not the
    clause's subject, speaks.

    >>> from .tokens import tokenize
    >>> toks = tokenize("on remarks by the envoy", [0])
    >>> noun_cue_by(toks[0], toks[1], toks[2])
    True
    >>> toks = tokenize("and he remarks by saying", [0])
    >>> noun_cue_by(toks[1], toks[2], toks[3])
    False
    """
    if by is None or by.lower != "by" or prev is None or cue.lower not in SPEECH_NOUNS:
        return False
    return prev.text.islower() and prev.lower not in SUBJECT_PRONOUNS  # "he remarks by ..."


def speech_noun_at(tokens: list[Token], ti: int) -> bool:
    """Token ``ti`` is a noun of speech with its agent (:func:`noun_cue_by`): ``Khan
    regretted remarks by the UN experts, clarifying that "Q"`` (not the main clause).

    >>> from .tokens import tokenize
    >>> speech_noun_at(tokenize("regretted remarks by the experts", [0]), 1)
    True
    """
    prev = tokens[ti - 1] if ti > 0 and tokens[ti - 1].sent == tokens[ti].sent else None
    by = tokens[ti + 1] if ti + 1 < len(tokens) else None
    return noun_cue_by(prev, tokens[ti], by)


def indefinite_speaker_tail(chosen: list[Token]) -> list[Token]:
    """``a debate on Syria so heated one council diplomat [said]``: an indefinite person
    right before the verb ("one council diplomat", "a senior official") is the subject,
    not the first name of a longer clause."""
    for j in range(len(chosen) - 2, 0, -1):
        tail = chosen[j:]
        if (
            chosen[j].lower in ("one", "a", "an", "another")
            and tail[1].lower != "of"  # "A spokesman for one of the groups": not "one of"
            and all(t.text.islower() for t in tail[1:])
            and (tail[-1].lower in ANONYMOUS_ROLES or is_head_word(tail[-1].lower))
        ):
            return tail
    return chosen


def participle_after_clause(left_words: list[Token], words: list[Token]) -> bool:
    """``The section directs attention to the "despotic" nature of the regime while
    [stating]``: an -ing cue after "while", "by", "after" ... that closes a clause with its
    own verb has the main clause's subject, not the noun before it (``words`` are the
    sentence's words before the cue; ``left_words`` those after the last boundary, where
    "and", "while", "but" or "by" alone also link the participle to the main clause).

    >>> from .tokens import tokenize
    >>> participle_after_clause([], tokenize("The report criticises the regime while", [0]))
    True
    >>> participle_after_clause([], tokenize("the regime while", [0]))
    False

    An adverb before the cue changes nothing: "welcomed the unity ..., while also [assuring]".

    >>> participle_after_clause([], tokenize("The chief welcomed the unity, while also", [0]))
    True
    """
    left_words, words = without_last_adverbs(left_words), without_last_adverbs(words)
    if [w.lower for w in left_words] in (["and"], ["while"], ["but"], ["by"]):
        return True
    words = [w for w in words if w.text[0].isalnum()]
    if len(words) < 3 or words[-1].lower not in PARTICIPLE_LINKS:
        return False
    return any(
        w.text.islower() and (w.lower in FINITE_VERBS or w.lower.endswith(("es", "ed", "ts")))
        for w in words[1:-1]
    )


def acronym_not_word(toks: list[Token], k: int) -> bool:
    """``the WHO said in a statement``: an upper-case acronym spelt like a common word
    ("WHO") names its body as the subject of a reporting verb, unless the words around it
    are upper case too (a heading in capitals).

    >>> from .tokens import tokenize
    >>> acronym_not_word(tokenize("the WHO said", [0]), 1)
    True
    >>> acronym_not_word(tokenize("WHO SAID IT", [0]), 0)
    False
    """
    tok = toks[k]
    if len(tok.base) < 2 or not tok.base.isupper() or tok.lower not in ACRONYMS or tok.poss:
        return False
    if k + 1 >= len(toks) or not is_cue_at("", toks[k + 1]):
        return False  # only as the subject of a reporting verb: "the WHO said"
    near = [t for t in toks[max(0, k - 2) : k + 3] if t is not tok and t.text[0].isalpha()]
    return not any(t.base.isupper() and len(t.base) > 1 for t in near)


def reported_pronoun(text: str, gov: Cue, cue: Cue) -> bool:
    """The subject of ``cue`` is a pronoun that opens the clause reported by ``gov``:
    ``Zhang Jun said they reject the UN's "Q"`` (the words are Zhang Jun's report).

    >>> text = "Zhang Jun said they reject it"
    >>> gov, cue = Cue(10, 14, "said", "say", 0, 2), Cue(20, 26, "reject", "reject", 0, 4)
    >>> reported_pronoun(text, gov, cue)
    True
    """
    words = WORD_RE.findall(text[gov.end : cue.start].lower())
    if words[:1] == ["that"]:
        words = words[1:]
    return words in (["he"], ["she"], ["they"], ["we"], ["it"])


#: Reporting verbs whose complement clause is the speaker's own account:
#: data/words/account_verbs.txt.
_ACCOUNT_VERBS = word_set("account_verbs")


def governed_quote(text: str, gov: Cue, cue: Cue) -> bool:
    """A quote after ``cue`` is the words of ``gov``'s speaker when ``cue`` has no subject,
    when its subject is a pronoun that opens ``gov``'s clause, or when ``cue`` and its
    subject stand in the clause that ``gov`` reports: ``Foreign Affairs Undersecretary
    Ernesto Abella said the government is only asking for "fairness"`` (Abella's words;
    "said" then the clause with no comma, colon or quotation mark, at most 14 words).

    >>> text = "Abella said the government is only asking for it"
    >>> gov, cue = Cue(7, 11, "said", "say", 0, 1), Cue(35, 41, "asking", "ask", 0, 6)
    >>> cue.subject = SpeakerRef(None, "government", 12, 26)
    >>> governed_quote(text, gov, cue)
    True
    """
    if cue.subject is None or reported_pronoun(text, gov, cue):
        return True
    if gov.lemma is None:  # "According to Hosgen, the Security Council has confirmed ..."
        return according_governs(text, gov, cue)
    between = text[gov.end : cue.start]
    words = [w.lower() for w in WORD_RE.findall(between)]
    if own_speech_act(text, gov, cue) or agent_speech_act(text, gov, cue):
        return False  # 'The embassy said its envoy conveyed "Q"': the envoy's words
    return (
        gov.lemma in _ACCOUNT_VERBS
        and not gov.passive
        and 0 < len(words) <= 14  # the inner verb's subject stands in the clause
        and not re.search(r"[,;:\"“”‘’()]", between)
        and not any(w in ("and", "but", "or", "then") for w in words)  # "said ... and warned"
    )


def governing(cue: Cue) -> bool:
    """A cue whose speaker may own the quotes of a cue in its clause: a clausal reporting
    verb or "according to", with a subject."""
    return cue.subject is not None and (cue.clausal or cue.lemma is None)


def according_governs(text: str, gov: Cue, cue: Cue) -> bool:
    """``According to Hosgen, the Security Council has confirmed its intention to "Q"``:
    the quote is Hosgen's account, when a comma closes the source and the inner verb is no
    verb of saying ("According to Reuters, the minister said "Q"" is the minister's).

    >>> text = "According to Hosgen, the Council has confirmed its intention"
    >>> gov, cue = Cue(0, 12, "According to", None, 0, 0), Cue(37, 46, "confirmed", "confirm", 0, 7)
    >>> gov.subject = SpeakerRef(None, "Hosgen", 13, 19)
    >>> according_governs(text, gov, cue)
    True
    """
    if gov.subject is None or cue.lemma in ("say", "add", "tell", "write", "report"):
        return False
    if gov.subject.actor is not None and names_outlet(gov.subject.actor.name):
        return False  # "According to Reuters, the State Department urged a "Q"": relayed
    between = text[gov.subject.end : cue.start]
    words = WORD_RE.findall(between)
    return (
        between.startswith(",")
        and 0 < len(words) <= 10
        and not re.search(r"[;:\"“”‘’()]", between[1:])
        and "," not in between[1:]
    )


def document_owner(att, cue: Cue, left_words: list[Token]) -> SpeakerRef | None:
    """``rejecting the OAS Secretary General Luis Almagro's latest report calling for ...``:
    an -ing cue right after a document noun qualifies the document; its speaker is the
    named owner before "'s" (at most three lower-case words between, no article: "the
    EU's diplomatic arm, issued a statement regretting" is no document of the EU's), not
    the first name of the phrase; ``documents issued to asylum seekers stating``: the documents' issuer,
    not their recipients (:func:`recipient_document`). ``att`` is an :class:`Attributor`."""
    if not cue.form.lower().endswith("ing") or len(left_words) < 2:
        return None
    if (k := recipient_document(left_words)) is not None:
        return sent_document_issuer(att, left_words[k])
    index = att.index
    if left_words[-1].lower not in DOCUMENT_NOUNS or not left_words[-1].text.islower():
        return None
    k = len(left_words) - 2
    while k >= 0 and k >= len(left_words) - 5 and not left_words[k].poss:
        if not left_words[k].text.islower() or left_words[k].lower in ("a", "an", "the"):
            return None  # "the EU's diplomatic arm, issued a statement": not the EU's
        k -= 1
    if k < 0 or not left_words[k].poss:
        return None
    poss = left_words[k]
    owners = [m for m in index.mentions_in(left_words[0].start, poss.end) if m.start <= poss.start]
    owners = [m for m in owners if m.end > poss.start]
    if not owners:
        return None
    m = owners[-1]
    return SpeakerRef(m.actor, None, m.start, m.end)


def quoted_as_frame(words: list[str]) -> bool:
    """The words between a quote and an -ing cue frame it as another's words: '"Q," IRNA
    quoted the head of the justice department ... as saying', '... was quoted as saying'.

    >>> quoted_as_frame(["IRNA", "quoted", "the", "head", "as"]), quoted_as_frame(["he", "added"])
    (True, False)
    """
    return bool(words) and words[-1] == "as" and "quoted" in words[:-1]


def subjectless_participle(cue: Cue) -> bool:
    """``cue`` is an -ing participle the subject finder gave no subject ('replied hours later
    saying "Q"', 'posted a tweet claiming that "Q"'): it shares its clause's speaker.

    >>> subjectless_participle(Cue(0, 6, "saying", "say", 0, 0))
    True
    """
    return cue.subject is None and cue.form.lower().endswith("ing")
