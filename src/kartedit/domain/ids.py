"""Domain layer: identifiers that stay unique across machines, and UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime


def new_id() -> str:
    """A random UUID in hex: revisions, maps and bundles are made on many offline laptops."""
    import uuid  # with the platform module it pulls in, 3 ms that reading a map needs not

    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def format_utc(moment: datetime) -> str:
    """ISO 8601 with a Z, seconds precision: the form used in files and bundles."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
