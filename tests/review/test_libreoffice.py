"""LibreOffice opens the reviewed copies: it shows b1check's comments and its tracked changes.

Uses `docs/pictures.py`, the script that makes the README picture, so that the
script is tested too. Without LibreOffice (Debian: libreoffice-writer) and
poppler-utils these tests are skipped; CI does not need them.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

from b1check.review import review_bytes
from tests.letter_files import make_odt
from tests.review.word_files import make_word_letter

ROOT = Path(__file__).resolve().parents[2]
LETTER = (ROOT / "examples" / "wmo" / "origineel.txt").read_text(encoding="utf-8")


def _pictures():
    spec = importlib.util.spec_from_file_location("pictures", ROOT / "docs" / "pictures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pictures = _pictures()
if pictures.missing_tools():
    pytest.skip(f"Niet gevonden: {', '.join(pictures.missing_tools())} (Debian: libreoffice-writer, poppler-utils); "
                "de LibreOffice-test is overgeslagen.", allow_module_level=True)


def rendered_text(data: bytes, name: str, folder: Path) -> str:
    document = folder / name
    document.write_bytes(data)
    pdf, _ = pictures.render(document, folder)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_libreoffice_shows_the_comments_and_changes_of_a_word_copy(tmp_path):
    review = review_bytes(make_word_letter(LETTER), "brief.docx")
    shown = " ".join(rendered_text(review.data, "brief.b1check.docx", tmp_path).split())
    assert "B1: nee — de brief is nog niet B1." in shown
    for finding in review.anchored[:10]:
        assert " ".join(finding.message.split()) in shown, finding.message
    for finding in review.replaced:
        assert finding.fix in shown  # the inserted words of the tracked changes are on the page


def test_libreoffice_shows_the_comments_of_an_odt_copy(tmp_path):
    review = review_bytes(make_odt(LETTER), "brief.odt")
    assert review.anchored
    shown = " ".join(rendered_text(review.data, "brief.b1check.odt", tmp_path).split())
    assert "B1: nee — de brief is nog niet B1." in shown
    for finding in review.anchored[:10]:
        assert " ".join(finding.message.split()) in shown, finding.message
