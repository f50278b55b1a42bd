"""GUI: how kartedit's windows paint — every fill on the GUI thread, none handed to Qt's
painting threads.

Qt's raster engine splits any fill taller than about a hundred pixel rows (a scroll bar's
groove and handle, a tall gradient) into pieces for a pool of threads and waits until all
are done. Each hand-over costs more than the fill it carries: on a two-core machine with
other work running, one editor-high scroll bar took 1.3–2 ms to paint instead of 0.15 ms,
and a click in the map repaints three or four of them. ``QT_NO_GUI_THREADPOOL`` keeps the
fills on the thread that paints; Qt reads it when it first needs the pool, so it is set
before the first window is shown.
"""

from __future__ import annotations

import os

NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"


def paint_on_gui_thread() -> None:
    """Keep Qt's fills on the painting thread (see the module docstring); a value the
    environment already gives is left as it is."""
    os.environ.setdefault(NO_PAINT_THREADS, "1")
