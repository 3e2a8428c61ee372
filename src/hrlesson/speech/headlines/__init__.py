"""Headlines and headings: their words echoed in the body, and by whom."""
