"""Attribution names of rules that leave a quote nobody's on purpose.

Most rules name a speaker; a few decide that a quotation has none (a crosshead's phrase the
body repeats, for one). The ranker must leave those quotes alone, so it reads their names
here, in a module with no imports that any kit, old or new, can hold (the first-sight tool
copies it into older kits).

>>> CROSSHEAD_PHRASE, CHARGE_WORDING, AGENTLESS_PASSIVE
('crosshead_phrase', 'charge_wording', 'agentless_passive')
"""

from __future__ import annotations

#: The attribution of a crosshead's phrase that
#: :func:`hrlesson.speech.headlines.pull_quotes.mark_crosshead_phrases` leaves nobody's.
CROSSHEAD_PHRASE = "crosshead_phrase"

#: The attribution of a charge's wording that no one is named as speaking
#: (:mod:`hrlesson.speech.charge_wording`).
CHARGE_WORDING = "charge_wording"

#: The attribution of a quotation right after a passive reporting verb with no agent that
#: no rule placed (:func:`hrlesson.speech.agentless_reports.give_agentless_reports`).
AGENTLESS_PASSIVE = "agentless_passive"
