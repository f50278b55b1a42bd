"""Alembic migration environment for the kartedit database."""
