"""Domain layer: Norwegian alphabetical order (… x y z æ ø å)."""

from __future__ import annotations

import unicodedata

# After z in code-point order come {, |, }: a cheap way to put æ, ø, å last, in that order.
# ä/ö are alphabetised as æ/ø and ü as y, as Norwegian dictionaries do.
_LAST_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "ü": "y"})


def norwegian_sort_key(text: str) -> tuple[str, str]:
    """Key for sorting names the way a Norwegian reader expects; ties break on the raw text."""
    folded = text.casefold().translate(_LAST_LETTERS)
    # Strip remaining accents (é → e) without touching the æ/ø/å stand-ins above.
    base = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return base, text
