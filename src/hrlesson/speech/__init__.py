"""The speech analysis: who says what in an article, computed once and read by every table.

The pipeline runs in one direction; each module uses only the ones above it::

    vocabulary, tokens        word sets (data/words/) and tokens with offsets
    marks                     quotation marks: the one pairer
    cues                      reporting verbs from the one lexicon (data/lexicon.csv)
    records                   actors, mentions, cues, speaker references, quotes
    actor_names, actor_context, kinds, actor_index
                              mentions and actors: the one ActorIndex (kinds: which
                              names are bodies, offices or news organisations)
    base, subjects, agreement, phrases, pronouns, descriptions, documents, labels, rules
                              attribution: which actor each cue and each quote belongs to
    analysis                  SpeechAnalysis, cached on the Article

The tables (:mod:`hrlesson.quotes`, :mod:`hrlesson.markers`, :mod:`hrlesson.actors`,
and :mod:`hrlesson.figures` through ``speaker_at``) read :func:`speech_analysis`.
"""

from __future__ import annotations

from .analysis import SpeechAnalysis, speech_analysis

__all__ = ["SpeechAnalysis", "speech_analysis"]
