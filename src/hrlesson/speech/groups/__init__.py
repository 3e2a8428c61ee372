"""Groups and collective speakers: how a plural or collective subject is read."""
