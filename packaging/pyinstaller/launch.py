"""Frozen build's entry script: the same entry point as the installed ``kartedit`` command."""

from kartedit.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
