"""Entry point, the batch audit: check an archive of letters on all cores and report on it
(HTML, CSV, JSON). May import: report, check, config and every stage below them.

    b1check audit archief/ --html rapport.html --csv rapport.csv --json rapport.json

The command is `b1check.cli.audit.audit`.
"""
