"""Command line: the ``kartedit`` command, one module per command group, thin over the services."""
