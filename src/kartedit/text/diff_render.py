"""Text services layer: word differences written out for people — inline text and HTML."""

from __future__ import annotations

from html import escape

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


def inline_html(segments: list[Segment]) -> str:
    """Escaped HTML; deletions struck through and insertions underlined, not colour alone."""
    parts = []
    for segment in segments:
        text = escape(segment.text)
        if segment.op is Op.DELETE:
            parts.append(f'<del title="removed">{text}</del>')
        elif segment.op is Op.INSERT:
            parts.append(f'<ins title="added">{text}</ins>')
        else:
            parts.append(text)
    return "".join(parts)


DIFF_CSS = """
.diff { white-space: pre-wrap; font-family: "DejaVu Sans", sans-serif; line-height: 1.5; }
.diff del { background: #fbe1e1; color: #7a1010; text-decoration: line-through; }
.diff ins { background: #dff5e1; color: #0d5219; text-decoration: underline; }
"""
