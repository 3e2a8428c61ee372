"""Labels or speech: short quotes that are names, terms and titles, or a speaker's words."""
