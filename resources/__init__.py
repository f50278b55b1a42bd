"""Package data: shipped icons, translations and the demo map."""
