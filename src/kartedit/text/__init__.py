"""Text layer: diff, re-base, three-way regions, anchoring, Markdown → safe HTML, readability."""
