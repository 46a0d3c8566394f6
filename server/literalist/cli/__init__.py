"""The ``literalist`` command line: a shell around the analysis core (files in, reports out)."""
