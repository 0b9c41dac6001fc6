"""Counts in Dutch: singular and plural, and a full stop between thousands."""

from __future__ import annotations

import b1check
from b1check.model import Severity
from b1check.report.labels import count, number, severity_count
from b1check.report.text import total_line


def test_count():
    assert count(1, "melding", "meldingen") == "1 melding"
    assert count(0, "melding", "meldingen") == "0 meldingen"
    assert count(2, "brief", "brieven") == "2 brieven"
    assert count(12345, "brief", "brieven") == "12.345 brieven"


def test_numbers_are_written_the_dutch_way():
    assert number(25250) == "25.250" and number(25250.0) == "25.250" and number(73.94, 1) == "73,9"
    assert number(1234567.25, 2) == "1.234.567,25" and number(-5.06, 1) == "-5,1"


def test_severity_count():
    assert [severity_count(s, n) for s, n in ((Severity.ERROR, 1), (Severity.WARNING, 2), (Severity.INFO, 1))] == [
        "1 fout", "2 waarschuwingen", "1 tip"
    ]
    assert severity_count(Severity.INFO, 3) == "3 tips"


def test_total_line():
    bureaucratic = b1check.check_text("Wij verzoeken u het formulier te retourneren.", b1check.Settings(model=None))
    assert total_line([bureaucratic]) == (
        f"1 brief gecontroleerd: 0 zijn B1 · {count(len(bureaucratic.findings), 'melding', 'meldingen')} in 1 bestand."
    )
