"""Store layer: the SQLite database — tables, lookups, reading, the one revision writer, search."""
