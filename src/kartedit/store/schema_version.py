"""Store layer: the schema revisions this kartedit knows, checked without importing Alembic."""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012",
)  # fmt: skip
"""Every Alembic revision id, oldest first; a test keeps this in step with the scripts."""

HEAD_REVISION = KNOWN_REVISIONS[-1]
