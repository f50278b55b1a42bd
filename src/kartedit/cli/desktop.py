"""CLI: ``install-desktop`` — register kartedit's menu entry, icons and .kartbundle file type."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kartedit.cli.language import say
from kartedit.domain.messages import QT_TRANSLATE_NOOP


def register(sub: Any) -> None:
    """Add ``install-desktop`` to the top-level parser."""
    p = sub.add_parser(
        "install-desktop",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "register kartedit with the desktop for this user (menu entry, .kartbundle files)",
        ),
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "Write kartedit's menu entry, icons, AppStream metainfo and the "
            ".kartbundle file type under the XDG data folder of this user (no administrator "
            "rights needed), and make kartedit open .kartbundle files on a double-click.",
        ),
    )
    p.add_argument(
        "--data-home",
        type=Path,
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "CLI", "the folder to write into (default: $XDG_DATA_HOME or ~/.local/share)"
        ),
    )
    p.add_argument(
        "--no-default",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "do not make kartedit the program that opens .kartbundle files"
        ),
    )
    p.set_defaults(handler=install_desktop)


def install_desktop(args: argparse.Namespace) -> int:
    from kartedit.services.desktop import install_desktop as install

    report = install(args.data_home, make_default=not args.no_default)
    print(
        say(
            QT_TRANSLATE_NOOP("CLI", "Registered kartedit with the desktop in {folder}:"),
            folder=report.folder,
        )
    )
    for path in report.written:
        print(f"  {path.relative_to(report.folder)}")
    if report.ran:
        print(say(QT_TRANSLATE_NOOP("CLI", "Updated with: {tools}."), tools=", ".join(report.ran)))
    if report.missing:
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "Not installed here, skipped: {tools}."),
                tools=", ".join(report.missing),
            )
        )
    for failure in report.failed:
        print(f"kartedit: {failure}")  # a desktop tool's own words
    return 1 if report.failed else 0
