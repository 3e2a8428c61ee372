"""Documents as speakers: a report's, statement's or resolution's words go to whoever issued it."""
