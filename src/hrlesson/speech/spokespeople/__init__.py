"""Spokespeople: who speaks when a spokesperson does.

An unnamed spokesperson speaks for the body or person they serve, a named one for themself:

- :mod:`.titles`: the spokesperson titles (a word list);
- :mod:`.bodies`: "A spokesperson for the social media firm said" → the firm;
- :mod:`.named_next`: a spokesperson named right after the quotation; a body's words said
  again by its own person;
- :mod:`.issued_documents`: "a statement issued by Ban's spokesman" → Ban Ki-moon;
- :mod:`.released_documents`: "the statement released by his Spokesperson" → the man "his" means;
- :mod:`.relaying`: "X condemned … "Q", a spokesperson said" → X's words, relayed.
"""
