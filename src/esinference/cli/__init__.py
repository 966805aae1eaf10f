"""The ``esinference`` command line (placeholder)."""
