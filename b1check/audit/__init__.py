"""Batch audit: check an archive of letters on all cores and report on it (HTML, CSV, JSON).

    b1check audit archief/ --html rapport.html --csv rapport.csv --json rapport.json

The command is `b1check.audit.command.audit`; cli.py registers it.
"""
