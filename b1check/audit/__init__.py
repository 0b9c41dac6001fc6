"""Entry point, the batch audit: check an archive of letters on all cores and report on it
(HTML, CSV, a table for Excel, JSON). May import: report, check, config and every stage below them.

    b1check audit archief/ --html rapport.html --csv rapport.csv --json rapport.json
    b1check audit archief/ --excel tabel.csv

The command is `b1check.cli.audit.audit`.
"""
