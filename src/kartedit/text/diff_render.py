"""Text services layer: word differences written out for people as inline text.

The HTML form is the template ``documents/diff.html`` (``services.diff_export``)."""

from __future__ import annotations

from kartedit.text.diff import Op, Segment


def inline_text(segments: list[Segment]) -> str:
    """Plain text with ``[-deleted-]`` and ``{+inserted+}`` marks, as wdiff writes them."""
    parts = []
    for segment in segments:
        if segment.op is Op.DELETE:
            parts.append(f"[-{segment.text}-]")
        elif segment.op is Op.INSERT:
            parts.append(f"{{+{segment.text}+}}")
        else:
            parts.append(segment.text)
    return "".join(parts)
