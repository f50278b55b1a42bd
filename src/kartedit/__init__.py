"""kartedit: offline editor for regional and local samhandlingsforløp."""

__version__ = "0.1.0"
