"""A learned speaker for the quotes the attribution rules leave without one.

The rules of :mod:`hrlesson.speech.rules` place most quotes from the sentence they stand in,
and guess the rest from the nearest speaker (attribution ``nearby_speaker``); some quotes
they leave with no speaker at all. For those quotes only, a small linear model weighs every
actor of the article (and "no speaker") by where and how the article names them around the
quote, and the best-scored candidate becomes the speaker (attribution ``ranked``; the
``evidence`` column names the features that decided it). The parts, in one direction:

- :mod:`.candidates`: who could have said a quote (every actor named in the article, the
  descriptions the rules resolved, "no speaker");
- :mod:`.features`: what the article shows about one candidate around one quote;
- :mod:`.model`: the weights (``data/speaker_ranker.json``, written by
  ``tools/train_speaker_ranker.py``) and the choice;
- :mod:`.rerank`: the pass the attribution runs last.
"""
