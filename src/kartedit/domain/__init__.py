"""Domain layer: plain-Python values and rules. No Qt, no database."""
