"""Store layer: SQLAlchemy 2 tables and repository over SQLite, with Alembic migrations."""
