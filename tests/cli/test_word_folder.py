"""A writer's folder of Word letters, as it looks while she works: Word's lock file of the letter that is
open (~$brief.docx), LibreOffice's (.~lock.brief.docx#), the copies `b1check review` made, an old .doc.
`check`, `audit` and `review` read the letters, leave the rest out and name what they cannot read."""

from __future__ import annotations

import json
import os

import pytest

from tests.cli.test_cli import run
from tests.letter_files import make_docx, make_ole

LETTER = "Geachte heer Jansen,\n\nTeneinde uw aanvraag te beoordelen, hebben wij uw loonstrook nodig.\n"
WORD_LOCK = b"\x0bJan de Vries" + b"\x00" * 150  # what Word writes: the name of who has it open, no zip
LIBREOFFICE_LOCK = b"Jan de Vries,jan,pc01,06.12.2026 12:40,file:///C:/Users/jan/AppData/Roaming/LibreOffice/4;"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "brief.docx").write_bytes(make_docx(LETTER))
    (tmp_path / "~$brief.docx").write_bytes(WORD_LOCK)
    (tmp_path / ".~lock.brief.docx#").write_bytes(LIBREOFFICE_LOCK)
    (tmp_path / "brief.b1check.docx").write_bytes(make_docx(LETTER))
    return tmp_path


def test_check_of_a_folder_reads_the_letter_only(folder):
    result = run("check", "--format", "json", str(folder))
    assert [file["path"] for file in json.loads(result.output)["files"]] == [str(folder / "brief.docx")]
    assert result.exit_code == 1  # findings, no file that could not be read
    assert "beschadigd" not in result.output


def test_audit_of_a_folder_leaves_the_lock_file_and_the_copy_out(folder):
    result = run("audit", str(folder))
    assert result.exit_code != 2, result.output
    assert "1 brief gecontroleerd" in result.output
    assert "Niet gelezen" not in result.output and "beschadigd" not in result.output


def test_the_lock_file_from_a_pattern_the_shell_expanded_is_left_out(folder, monkeypatch):
    monkeypatch.chdir(folder)
    for command in (["check"], ["review", "--overwrite"]):
        result = run(*command, "brief.docx", "~$brief.docx")
        assert "tijdelijk bestand" not in result.output and "beschadigd" not in result.output, result.output
        assert result.exit_code != 2, result.output
    result = run("check", "--format", "json", "*.docx")  # a pattern b1check expands itself
    assert "brief.docx" in result.output and "~$" not in result.output


@pytest.mark.parametrize("command", ["check", "review", "audit"])
@pytest.mark.parametrize("name,program", [("~$brief.docx", "Word"), (".~lock.brief.docx#", "LibreOffice")])
def test_a_lock_file_named_on_its_own_gets_a_short_dutch_reason(folder, command, name, program):
    result = run(command, str(folder / name))
    assert result.exit_code == 2
    assert f"Dit is een tijdelijk bestand van {program}, niet de brief" in result.output
    assert "beschadigd" not in result.output and "Traceback" not in result.output


def test_an_old_word_file_in_a_folder_is_named_with_its_reason(folder):
    (folder / "oud.doc").write_bytes(make_ole("WordDocument"))
    (folder / "notities.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "kapot.docx").write_bytes(b"PK\x03\x04 kapot")
    for command in ("check", "audit"):
        result = run(command, str(folder))
        assert "kapot.docx: Dit Word-bestand is beschadigd" in result.output  # as another file it cannot read
        assert result.exit_code == {"check": 2, "audit": 0}[command]
        assert f"{os.path.join(str(folder), 'oud.doc')}: Dit is een oud Word-bestand (.doc); b1check leest dat niet." \
            in result.output
        assert "notities.xlsx" not in result.output  # no letter, no document: not b1check's


def test_review_and_the_folder_walk_share_what_a_reviewed_copy_is():
    from b1check.audit import walk
    from b1check.load import is_reviewed_copy
    from b1check.review import is_reviewed_copy as reviews

    assert reviews is is_reviewed_copy and walk.is_reviewed_copy is is_reviewed_copy
    assert is_reviewed_copy("brief.b1check.docx") and is_reviewed_copy("Sjabloon.B1CHECK.dotx")
    assert not is_reviewed_copy(".b1check.docx") and not is_reviewed_copy("brief.docx")
