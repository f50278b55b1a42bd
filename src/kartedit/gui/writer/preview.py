"""GUI: the live preview — Markdown rendered and sanitised by the text layer, shown read-only."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from kartedit.gui.common.theme import theme

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def preview_style() -> str:
    """The preview's style sheet, in the theme's colours."""
    c = theme().hex
    return f"""
body {{ color: {c.text}; }}
h1, h2, h3, h4 {{ color: {c.ink_heading}; margin-top: 12px; margin-bottom: 6px; }}
h1 {{ font-size: x-large; }}
h2 {{ font-size: large; }}
h3 {{ font-size: medium; }}
p, li {{ margin-top: 2px; margin-bottom: 6px; }}
a {{ color: {c.ink_link}; }}
blockquote {{ color: {c.ink_quote}; margin-left: 12px; font-style: italic; }}
code, pre {{ font-family: "DejaVu Sans Mono", Consolas, monospace; }}
table {{ border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }}
th {{ background-color: {c.panel}; font-weight: bold; }}
th, td {{ border: 1px solid {c.border}; padding: 4px; }}
.fact-chip {{ background-color: {c.panel}; color: {c.ink_link}; font-weight: bold; }}
.fact-missing {{ background-color: {c.panel}; color: {c.muted}; font-style: italic; }}
"""


class PreviewPane(QTextBrowser):
    """Shows the sanitised HTML; links never navigate inside it and never run anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDefaultStyleSheet(preview_style())
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._open_link)
        self._html = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Preview"))
        self.setAccessibleDescription(self.tr("How the section text will look when published."))

    @property
    def html(self) -> str:
        """The sanitised fragment currently shown (for tests and for copying)."""
        return self._html

    def show_markdown(self, text: str) -> None:
        from kartedit.text.markdown_html import render_markdown  # after the first paint

        self.show_html(render_markdown(text))

    def show_html(self, html: str) -> None:
        """Show an already sanitised fragment (Markdown with local facts filled in)."""
        if html == self._html:
            return
        self._html = html
        scroll = self.verticalScrollBar()
        at_end = scroll.value() >= scroll.maximum() > 0
        position = scroll.value()
        self.setHtml(html)
        scroll.setValue(scroll.maximum() if at_end else position)

    def _open_link(self, url: QUrl) -> None:
        """Only web and mail links leave the window, in the user's own programs."""
        if url.scheme().lower() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)
