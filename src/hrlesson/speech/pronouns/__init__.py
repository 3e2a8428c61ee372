"""Pronouns: he/she/it/they resolved to their antecedent, and the subjects they go on with."""
