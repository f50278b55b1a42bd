"""Package data: JSON Schemas of every kartedit file format (the contract)."""
