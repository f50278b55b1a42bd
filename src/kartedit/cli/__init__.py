"""Command line interface: argparse commands, thin over the application services."""
