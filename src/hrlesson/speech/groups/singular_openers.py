"""A plural group noun is no body whose name opens with that word in the singular: "Locals
have described the cancelled celebrations as a "shame"" is not the "Local Democracy
Reporting Service" the page names later; news names a body after a modifier, its members
after a plural noun."""

from __future__ import annotations

from collections.abc import Sequence

from ..common_nouns import singulars


def plural_opens_name(content: Sequence[str], name_tokens: Sequence[str]) -> bool:
    """A lower-case plural word of the description ``content`` is, in the singular, the first
    word of the body's name (``name_tokens``, lower case), which never writes it in the
    plural: "locals" and "Local Democracy Reporting Service"; not "farmers" and "National
    Farmers Union", nor "unions" and "Trades Union Congress" (no opening word).

    >>> plural_opens_name(["locals"], ["local", "democracy", "reporting", "service"])
    True
    >>> plural_opens_name(["farmers"], ["national", "farmers", "union"])
    False
    >>> plural_opens_name(["unions"], ["trades", "union", "congress"])
    False
    """
    if not name_tokens:
        return False
    first = name_tokens[0]
    return any(first in singulars(w) and w not in name_tokens for w in content)
