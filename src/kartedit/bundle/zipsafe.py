"""Bundle layer: reading untrusted ZIP files within limits, and writing ZIP files atomically.

Nothing in a bundle is trusted: not its names, not its declared sizes. Entries are never
extracted to disk; they are read into memory, each through a streaming cap.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from kartedit.bundle.problems import BundleError, Problems
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.safe_files import export_file

MB = 1024 * 1024

MAX_BUNDLE_BYTES = 50 * MB
"""The bundle file itself: a whole region's texts are a few megabytes."""
MAX_ENTRIES = 5000
"""20 pathways × 20 services × 6 kinds is 2,400 texts, plus a few documents."""
MAX_TEXT_BYTES = 2 * MB
"""One Markdown text: section texts are a few thousand characters."""
MAX_DOCUMENT_BYTES = 20 * MB
"""manifest.json, map.json, comments.json, index.html (which holds every text)."""
MAX_TOTAL_BYTES = 50 * MB
"""All entries together, uncompressed."""
MAX_RATIO = 100
"""Text deflates 3–10 times; a hundredfold is a compression bomb, not prose."""
RATIO_FLOOR = 64 * 1024
"""Below this size the ratio is not judged: tiny, repetitive files compress oddly well."""
MAX_NAME_LENGTH = 400
MAX_CENTRAL_DIRECTORY = MAX_ENTRIES * 1024
"""Checked from the end record before Python parses the directory into memory."""

_CHUNK = 64 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_EOCD = b"PK\x05\x06"


_UNREADABLE_FLAGS = 0x20 | 0x40
"""General-purpose flag bits 5 (compressed patched data) and 6 (strong encryption)."""


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"


def entry_limit(name: str) -> int:
    return MAX_TEXT_BYTES if name.endswith(".md") else MAX_DOCUMENT_BYTES


def name_problem(name: str) -> Message | None:
    """Why an entry name may not be used, or None. Names are compared, never extracted."""
    if not name:
        return Message.of(QT_TRANSLATE_NOOP("Errors", "has an empty name."))
    if _CONTROL.search(name):
        return Message.of(QT_TRANSLATE_NOOP("Errors", "has control characters in its name."))
    if "\\" in name:
        return Message.of(
            QT_TRANSLATE_NOOP("Errors", "uses backslashes in its path (paths in a bundle use /).")
        )
    if name.startswith("/"):
        return Message.of(
            QT_TRANSLATE_NOOP("Errors", "has an absolute path (it would point outside the bundle).")
        )
    if _DRIVE.match(name):
        return Message.of(
            QT_TRANSLATE_NOOP("Errors", "names a drive letter (it would point outside the bundle).")
        )
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return Message.of(
            QT_TRANSLATE_NOOP("Errors", "has a path with «..» that escapes the bundle.")
        )
    if any(part in ("", ".") for part in parts):
        return Message.of(QT_TRANSLATE_NOOP("Errors", "has an empty or «.» part in its path."))
    if len(name) > MAX_NAME_LENGTH:
        return Message.of(
            QT_TRANSLATE_NOOP("Errors", "has a path longer than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    return None


def _end_record(stream: BinaryIO, size: int) -> tuple[int, int] | None:
    """(entry count, central directory size) from the end record, without trusting zipfile
    to read a directory of any size first."""
    tail = min(size, 22 + 65535)
    stream.seek(size - tail)
    data = stream.read(tail)
    at = data.rfind(_EOCD)
    if at < 0 or len(data) - at < 22:
        return None
    _, _, _, _, total, cd_size, _, _ = struct.unpack("<4s4H2LH", data[at : at + 22])
    return total, cd_size


class SafeZip:
    """An untrusted ZIP file, checked on opening; entries are read with caps."""

    def __init__(self, path: Path, label: str) -> None:
        self.path = path
        self.label = label
        self._stream: BinaryIO | None = None
        self._zip: zipfile.ZipFile | None = None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._read_total = 0

    def __enter__(self) -> SafeZip:
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._stream is not None:
            self._stream.close()

    @property
    def names(self) -> list[str]:
        """Names of the file entries, in archive order (directory entries left out)."""
        return list(self._infos)

    def _fail(self, problem: Message) -> BundleError:
        return BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: {problem}"),
                    label=self.label,
                    problem=problem,
                )
            ]
        )

    def _open(self) -> None:
        label = self.label
        if self.path.is_dir():
            raise self._fail(
                Message.of(QT_TRANSLATE_NOOP("Errors", "is a folder, not a bundle file."))
            )
        try:
            self._stream = self.path.open("rb")
            size = os.fstat(self._stream.fileno()).st_size
        except FileNotFoundError:
            raise self._fail(Message.of(QT_TRANSLATE_NOOP("Errors", "no such file."))) from None
        except OSError as exc:
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "cannot be read ({reason})."),
                    reason=exc.strerror or exc,
                )
            ) from None
        if size == 0:
            raise self._fail(
                Message.of(QT_TRANSLATE_NOOP("Errors", "the file is empty: not a kartedit bundle."))
            )
        if size > MAX_BUNDLE_BYTES:
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the file is too large for a bundle ({size}; at most {limit}).",
                    ),
                    size=_mb(size),
                    limit=_mb(MAX_BUNDLE_BYTES),
                )
            )
        if not zipfile.is_zipfile(self._stream):
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "not a ZIP file, so not a kartedit bundle (it may be damaged, or "
                        "another kind of file renamed).",
                    )
                )
            )
        end = _end_record(self._stream, size)
        if end is not None and (end[0] > MAX_ENTRIES or end[1] > MAX_CENTRAL_DIRECTORY):
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "too many files in the bundle ({count}; at most {limit}).",
                    ),
                    count=end[0],
                    limit=MAX_ENTRIES,
                )
            )
        self._stream.seek(0)
        try:
            self._zip = zipfile.ZipFile(self._stream)
            infos = self._zip.infolist()
        except NotImplementedError as exc:
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors", "uses a ZIP feature kartedit does not read ({exc})."
                    ),
                    exc=exc,
                )
            ) from None
        except Exception as exc:  # untrusted bytes: whatever zipfile trips over is damage
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "a damaged ZIP file ({exc})."), exc=_reason(exc)
                )
            ) from None
        if len(infos) > MAX_ENTRIES:
            raise self._fail(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "too many files in the bundle ({count}; at most {limit}).",
                    ),
                    count=len(infos),
                    limit=MAX_ENTRIES,
                )
            )
        problems = Problems()
        declared_total = 0
        for info in infos:
            problem = self._entry_problem(info)
            if problem:
                problems.add(
                    Message.of(
                        QT_TRANSLATE_NOOP("Errors", "{label}: {filename} {problem}"),
                        label=label,
                        filename=repr(info.filename),
                        problem=problem,
                    )
                )
                continue
            if info.is_dir():
                continue
            if info.filename in self._infos:
                problems.add(
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{label}: {filename} appears twice in the bundle."
                        ),
                        label=label,
                        filename=info.filename,
                    )
                )
                continue
            self._infos[info.filename] = info
            declared_total += info.file_size
        if declared_total > MAX_TOTAL_BYTES:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: the bundle unpacks to {size}; at most {limit} is accepted.",
                    ),
                    label=label,
                    size=_mb(declared_total),
                    limit=_mb(MAX_TOTAL_BYTES),
                )
            )
        problems.raise_if_any()

    def _entry_problem(self, info: zipfile.ZipInfo) -> Message | None:
        problem = name_problem(info.filename)
        if problem:
            return problem
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            return Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "is a symbolic link (links could point outside the bundle).",
                )
            )
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            return Message.of(
                QT_TRANSLATE_NOOP("Errors", "is not an ordinary file (a device, pipe or socket).")
            )
        if info.flag_bits & 0x1:
            return Message.of(
                QT_TRANSLATE_NOOP("Errors", "is encrypted; bundles are never encrypted.")
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "uses an unsupported compression method ({method}).",
                ),
                method=info.compress_type,
            )
        if info.flag_bits & _UNREADABLE_FLAGS:
            return Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "uses a ZIP feature kartedit does not read (patched data or "
                    "strong encryption); bundles never do.",
                )
            )
        if info.is_dir():
            return None
        limit = entry_limit(info.filename)
        if info.file_size > limit:
            return Message.of(
                QT_TRANSLATE_NOOP("Errors", "is too large ({size}; at most {limit} per file)."),
                size=_mb(info.file_size),
                limit=_mb(limit),
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            return Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "is compressed {ratio} times (at most {limit}): a suspicious "
                    "compression ratio, as in a «zip bomb».",
                ),
                ratio=ratio,
                limit=MAX_RATIO,
            )
        return None

    def read(self, name: str) -> bytes:
        """An entry's bytes, read in chunks and stopped at its limit whatever it declares."""
        info = self._infos.get(name)
        if info is None or self._zip is None:
            raise BundleError(
                [
                    Message.of(
                        QT_TRANSLATE_NOOP("Errors", "{label}: {name} is missing from the bundle."),
                        label=self.label,
                        name=name,
                    )
                ]
            )
        limit = min(entry_limit(name), info.file_size)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as entry:
                while True:
                    chunk = entry.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise BundleError(
                            [
                                Message.of(
                                    QT_TRANSLATE_NOOP(
                                        "Errors",
                                        "{label}: {name} holds more than it declares (damaged or "
                                        "forged).",
                                    ),
                                    label=self.label,
                                    name=name,
                                )
                            ]
                        )
                    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                        raise BundleError(
                            [
                                Message.of(
                                    QT_TRANSLATE_NOOP(
                                        "Errors",
                                        "{label}: {name} has a suspicious compression ratio (over "
                                        "{limit} times), as in a «zip bomb».",
                                    ),
                                    label=self.label,
                                    name=name,
                                    limit=MAX_RATIO,
                                )
                            ]
                        )
                    chunks.append(chunk)
        except BundleError:
            raise
        except NotImplementedError as exc:
            raise BundleError(
                [
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{label}: {name} uses a ZIP feature kartedit does not read ({exc}).",
                        ),
                        label=self.label,
                        name=name,
                        exc=exc,
                    )
                ]
            ) from None
        except Exception as exc:  # untrusted bytes: whatever zipfile trips over is damage
            raise BundleError(
                [
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{label}: {name} is damaged and cannot be unpacked ({exc}).",
                        ),
                        label=self.label,
                        name=name,
                        exc=_reason(exc),
                    )
                ]
            ) from None
        self._read_total += size
        if self._read_total > MAX_TOTAL_BYTES:
            raise BundleError(
                [
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{label}: the bundle unpacks to more than {limit}.",
                        ),
                        label=self.label,
                        limit=_mb(MAX_TOTAL_BYTES),
                    )
                ]
            )
        return b"".join(chunks)


def _method_for(data: bytes) -> int:
    """Deflate, unless the data deflates so well that a reader would take it for a bomb
    (a long table of repeated rows): then it is stored as is, and always reads back."""
    if len(data) <= RATIO_FLOOR:
        return zipfile.ZIP_DEFLATED
    deflated = len(zlib.compress(data, 9))
    return zipfile.ZIP_STORED if len(data) > (MAX_RATIO // 2) * deflated else zipfile.ZIP_DEFLATED


def write_zip(
    path: Path, files: Mapping[str, bytes], verify: Callable[[Path], None] | None = None
) -> None:
    """Write a ZIP file atomically (temp file, fsync, rename): readers never see half a file.

    The archive is deterministic — sorted names, fixed times and permissions — so the same
    files always make the same bytes. ``verify`` may check the finished temporary file;
    if it raises, the target is left as it was.
    """
    for name in files:
        problem = name_problem(name)
        if problem:
            raise ValueError(f"bundle entry {name!r} {problem}")
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: is a folder; give a file name ending in .kartbundle.",
            ),
            path=path,
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = _method_for(files[name])
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, files[name], compresslevel=9)
    export_file(path, buffer.getvalue(), verify=verify)
