"""Descriptions of speakers ("the UN rights chief", "the experts group") and whom they name."""
