"""Text services layer: diff, re-base, anchoring, Markdown → HTML, readability."""
