"""Bundle layer: hearings as Word documents — writing the hearing document, reading replies.

``blocks`` turns a section's Markdown into paragraphs and runs (and the plain text a
reader sees); ``ooxml`` holds the names and limits shared by ``writer`` and ``reader``.
"""
