"""The subject of every cue: before or after its verb, its span, its head, what stands between."""
