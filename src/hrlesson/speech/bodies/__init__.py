"""Bodies as actors: where a body's name runs, acronyms, owned and bare bodies, and bare body nouns ("the group")."""
