"""Domain layer: plain values and rules (sections, people, rounds, comments); no Qt, no database."""
