"""Names of actors: capitalised runs read as people, where a name starts and ends, its parts and written forms."""
