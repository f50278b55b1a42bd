"""PySide6 user interface: the only package that imports Qt.

``PLAIN_IMPORT`` is Python's own import, kept here because this package is imported before
any of its modules imports PySide6 — which puts its import hook in its place (see
``kartedit.gui.common.app.plain_imports``).
"""

import builtins

PLAIN_IMPORT = builtins.__import__
