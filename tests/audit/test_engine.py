"""`b1check.check_bytes`: the entry point for other engines' workers (Dask, Spark …)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import b1check
from b1check import ReadError, Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LETTERS = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in {".txt", ".md", ".html", ".eml", ".j2"})


@pytest.mark.parametrize("path", LETTERS[:6], ids=lambda p: p.name)
def test_bytes_give_the_report_of_the_file(path):
    report = b1check.check_bytes(path.read_bytes(), str(path))
    assert report.to_dict() == b1check.check_file(path).to_dict()


def test_arguments_and_result_travel_to_another_process():
    path = EXAMPLES / "parkeervergunning" / "origineel.txt"
    settings = Settings(select=("WRD",))
    shipped = pickle.loads(pickle.dumps((path.read_bytes(), str(path), settings)))
    report = b1check.check_bytes(*shipped)
    assert report.findings and {f.rule[:3] for f in report.findings} == {"WRD"}
    assert pickle.loads(pickle.dumps(report)).to_dict() == report.to_dict()


@pytest.mark.parametrize(("data", "name", "reason"), [
    (b"", "leeg.txt", "leeg"),
    (b"PK\x03\x04kapot", "kapot.docx", "Word"),
    (b"\x00\x01\x02" * 50, "ruis.txt", "geen tekstbestand"),
])
def test_a_bad_letter_is_a_read_error_not_an_exception(data, name, reason):
    result = b1check.check_bytes(data, name)
    assert isinstance(result, ReadError) and result.path == name and reason in result.reason
