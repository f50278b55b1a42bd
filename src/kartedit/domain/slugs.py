"""Domain layer: a safe slug suggested from a name (Øygarden kommune → oygarden-kommune)."""

from __future__ import annotations

import re
import unicodedata

from kartedit.domain.sections import SLUG_PATTERN

# The Norwegian letters first (æ is two letters in a slug, ø and å one), then any other
# accented letter loses its accent: «Vågå» → vaga, «Bø i Telemark» → bo-i-telemark.
_NORWEGIAN = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def suggest_slug(name: str) -> str:
    """Lower case a–z, digits and single hyphens; "" when the name has nothing usable."""
    text = name.casefold().translate(_NORWEGIAN)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    slug = _NOT_SLUG.sub("-", text).strip("-")
    return slug if SLUG_PATTERN.fullmatch(slug) else ""
