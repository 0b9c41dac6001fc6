"""`b1check fix`: only safe replacements, every other byte as it was, atomic writes."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import replace

import pytest
from click.testing import CliRunner

from b1check.check import check_file, check_text
from b1check.cli import cli
from b1check.fixes import apply_fixes, fix_file
from b1check.load import InputError

LETTER = (
    "Beste mevrouw De Vries,\n\n"
    "Wij hebben uw aanvraag ontvangen. Tevens sturen wij u een folder, alsmede een formulier.\n"
    "Aangezien het druk is, duurt het even. Wij verzoeken u het formulier te retourneren.\n\n"
    "Met vriendelijke groet,\n\nJan de Vries\n"
)
FIXED = LETTER.replace("Tevens", "Ook").replace("alsmede", "en").replace("Aangezien", "Omdat")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER.encode("utf-8"))
    return path


def test_fix_replaces_safe_words_in_their_capitals_and_nothing_else(letter):
    result = run("fix", str(letter))
    assert result.exit_code == 0
    assert letter.read_bytes() == FIXED.encode("utf-8")
    assert f"{letter}:3:35: WRD001 'Tevens' → 'Ook'" in result.output
    assert "3 vervangen, opgeslagen." in result.output


def test_unsafe_suggestions_are_listed_not_applied(letter):
    result = run("fix", str(letter))
    assert "niet automatisch vervangen" in result.output
    assert "'Wij verzoeken u' → Wij vragen u" in result.output
    assert "verzoeken" in letter.read_text(encoding="utf-8")


def test_fixed_file_has_no_findings_for_the_applied_entries(letter):
    applied = fix_file(letter).applied
    assert {f.text for f in applied} == {"Tevens", "alsmede", "Aangezien"}
    after = check_file(letter)
    remaining = {f.text.lower() for f in after.findings if f.rule == "WRD001"}
    assert not remaining & {"tevens", "alsmede", "aangezien", "ook", "en", "omdat"}
    assert fix_file(letter).applied == []  # a second run has nothing left to do


def test_diff_shows_changes_and_changes_nothing(letter):
    result = run("fix", "--diff", str(letter))
    assert result.exit_code == 1  # there is something to fix
    assert f"--- a/{letter}" in result.stdout and f"+++ b/{letter}" in result.stdout
    assert "-Wij hebben uw aanvraag ontvangen. Tevens sturen wij u een folder, alsmede een formulier." in result.stdout
    assert "+Wij hebben uw aanvraag ontvangen. Ook sturen wij u een folder, en een formulier." in result.stdout
    assert letter.read_bytes() == LETTER.encode("utf-8")


def test_diff_of_clean_file_is_empty_with_exit_zero(tmp_path):
    path = tmp_path / "schoon.txt"
    path.write_text("Wij hebben uw brief gekregen. Dank u wel.\n", encoding="utf-8")
    result = run("fix", "--diff", str(path))
    assert result.exit_code == 0 and result.stdout.strip() == ""


def test_file_is_not_written_when_nothing_changes(tmp_path):
    path = tmp_path / "schoon.txt"
    path.write_text("Wij hebben uw brief gekregen. Dank u wel.\n", encoding="utf-8")
    os.utime(path, (1_000_000, 1_000_000))
    before = path.stat()
    assert run("fix", str(path)).exit_code == 0
    after = path.stat()
    assert (after.st_ino, after.st_mtime) == (before.st_ino, before.st_mtime)


def test_write_is_atomic_and_keeps_the_file_mode(letter):
    os.chmod(letter, 0o640)
    inode = letter.stat().st_ino
    fix_file(letter)
    assert stat.S_IMODE(letter.stat().st_mode) == 0o640
    assert letter.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert [p.name for p in letter.parent.iterdir()] == ["brief.txt"]  # no temporary file left


def test_crlf_bom_and_missing_final_newline_survive(tmp_path):
    path = tmp_path / "windows.txt"
    text = LETTER.replace("\n", "\r\n").rstrip("\r\n")
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    fix_file(path)
    expected = FIXED.replace("\n", "\r\n").rstrip("\r\n")
    assert path.read_bytes() == codecs.BOM_UTF8 + expected.encode("utf-8")


def test_windows_1252_file_is_written_back_in_windows_1252(tmp_path):
    path = tmp_path / "oud.txt"
    text = LETTER.replace("Beste mevrouw De Vries", "Beste mevrouw Daniëls")
    path.write_bytes(text.encode("cp1252"))
    result = fix_file(path)
    assert result.encoding == "cp1252"
    expected = FIXED.replace("Beste mevrouw De Vries", "Beste mevrouw Daniëls")
    assert path.read_bytes() == expected.encode("cp1252")


def test_template_tags_and_placeholders_are_never_touched(tmp_path):
    path = tmp_path / "brief.txt.j2"
    template = (
        "{# Sjabloon: ontvangst #}\n"
        "Beste {{ aanvrager.naam }},\n\n"
        "{% if folder %}Tevens sturen wij u een folder.{% else %}Wij sturen u geen folder, alsmede geen formulier.{% endif %}\n"
        "Met vriendelijke groet,\n\n{{ medewerker.naam }}\n"
    )
    path.write_text(template, encoding="utf-8")
    result = fix_file(path)
    assert {f.text for f in result.applied} == {"Tevens", "alsmede"}
    assert path.read_text(encoding="utf-8") == template.replace("Tevens", "Ook").replace("alsmede", "en")


def test_a_fix_whose_text_has_changed_is_skipped():
    original = "Tevens sturen wij u een folder."
    (finding,) = [f for f in check_text(original).findings if f.fix]
    moved = replace(finding, start=finding.start + 1, end=finding.end + 1)
    text, applied, skipped = apply_fixes(original, [moved])
    assert text == original and applied == [] and skipped == [moved]
    text, applied, skipped = apply_fixes(original, [finding])
    assert text == "Ook sturen wij u een folder." and applied == [finding]


@pytest.mark.parametrize(
    ("name", "data", "word"),
    [
        ("mail.eml", b"Subject: Brief\n\nTevens sturen wij u een folder.\n", "e-mail"),
        ("brief.docx", b"PK\x03\x04", "document"),
    ],
)
def test_email_and_documents_are_refused_in_dutch(tmp_path, name, data, word):
    path = tmp_path / name
    path.write_bytes(data)
    result = run("fix", str(path))
    assert result.exit_code == 2
    assert "b1check fix verandert alleen tekst, Markdown, HTML, sjablonen en vertaalbestanden (.po)" in result.output
    assert word in result.output
    assert path.read_bytes() == data
    with pytest.raises(InputError):
        fix_file(path)


@pytest.mark.parametrize(("name", "typed", "what"), [
    ("Brief parkeren.docx", '"Brief parkeren.docx"',
     "dezelfde vervangingen als wijziging die u accepteert of weigert, en de meldingen als opmerking"),
    ("brief.odt", "brief.odt", "de meldingen en dezelfde vervangingen als opmerking"),
])
def test_a_word_or_opendocument_letter_is_sent_to_review(tmp_path, name, typed, what):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04")
    for extra in ((), ("--diff",)):
        result = run("fix", *extra, str(path))
        assert result.exit_code == 2
        assert f"Gebruik voor dit document 'b1check review {typed}': dat maakt een kopie met {what}." in result.output
        assert "Pas het bestand zelf aan" not in result.output
    assert path.read_bytes() == b"PK\x03\x04"


def test_html_entities_stay_and_text_is_fixed(tmp_path):
    path = tmp_path / "brief.html"
    html = "<p>Tevens sturen wij u een folder &amp; een formulier.</p>\n"
    path.write_text(html, encoding="utf-8")
    fix_file(path)
    assert path.read_text(encoding="utf-8") == html.replace("Tevens", "Ook")


def test_missing_file_is_a_read_error_and_others_go_on(tmp_path, letter):
    result = run("fix", str(tmp_path / "weg.txt"), str(letter))
    assert result.exit_code == 2
    assert "Dit bestand bestaat niet." in result.output
    assert letter.read_bytes() == FIXED.encode("utf-8")


def test_fix_changes_a_translation_in_a_po_file_and_leaves_the_source(tmp_path):
    path = tmp_path / "django.po"
    path.write_text('msgid "Tevens"\nmsgstr "Tevens sturen wij u de pas."\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["fix", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == 'msgid "Tevens"\nmsgstr "Ook sturen wij u de pas."\n'


def test_a_read_only_file_is_refused_and_the_others_are_fixed(tmp_path, letter):
    read_only = tmp_path / "alleen-lezen.txt"
    read_only.write_bytes(LETTER.encode("utf-8"))
    read_only.chmod(0o444)  # nobody may write it: refused even for root, who could
    result = CliRunner().invoke(cli, ["fix", str(read_only), str(letter)])
    assert result.exit_code == 2
    assert f"{read_only}: Dit bestand is alleen-lezen; b1check verandert het niet." in result.output
    assert read_only.read_bytes() == LETTER.encode("utf-8") and stat.S_IMODE(read_only.stat().st_mode) == 0o444
    assert letter.read_bytes() == FIXED.encode("utf-8")
    assert run("fix", "--diff", str(read_only)).exit_code == 1  # looking changes nothing, so it may
    clean = tmp_path / "schoon.txt"
    clean.write_text("Wij hebben uw brief gekregen. Dank u wel.\n", encoding="utf-8")
    clean.chmod(0o444)
    assert run("fix", str(clean)).exit_code == 0  # nothing to write: no reason to complain


def test_a_file_this_user_may_not_write_is_refused(letter, monkeypatch):
    # A file of another user (mode 0644): what os.access says for this user counts, not only the mode.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode == os.W_OK and str(path) == str(letter)
                        else real_access(path, mode, **kw))
    with pytest.raises(InputError) as error:
        fix_file(letter)
    assert "alleen-lezen" in error.value.reason and letter.read_bytes() == LETTER.encode("utf-8")


def test_a_fixed_file_keeps_its_mode_and_owner(letter, monkeypatch):
    letter.chmod(0o640)
    calls = []
    monkeypatch.setattr(os, "chown", lambda path, uid, gid: calls.append((uid, gid)))
    before = letter.stat()
    monkeypatch.setattr(os, "stat", _with_owner(os.stat, letter, 4321, 8765))
    fix_file(letter)
    monkeypatch.undo()
    assert stat.S_IMODE(letter.stat().st_mode) == 0o640 and before.st_ino != letter.stat().st_ino
    assert calls == [(4321, 8765)]


def _with_owner(real_stat, path, uid, gid):
    def fake(target, *args, **kwargs):
        info = real_stat(target, *args, **kwargs)
        if str(target) == str(path):
            values = list(info)
            values[4], values[5] = uid, gid
            return os.stat_result(values)
        return info
    return fake


def test_a_surrogate_reference_in_html_is_no_crash_and_the_next_file_is_fixed(tmp_path, letter):
    page = tmp_path / "brief.html"
    page.write_text("<p>Wij hebben uw brief ontvangen. Tevens &#xD800; sturen wij een folder.</p>\n")
    before = page.read_bytes()
    result = CliRunner().invoke(cli, ["fix", str(page), str(letter)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert letter.read_bytes() == FIXED.encode("utf-8")
    assert b"&#xD800;" in page.read_bytes() and page.read_bytes() == before.replace(b"Tevens", b"Ook")
    checked = CliRunner().invoke(cli, ["check", "--fast", str(page)])
    assert "interne fout" not in checked.output


def test_an_unexpected_error_in_one_file_does_not_stop_the_others(tmp_path, letter, monkeypatch):
    from b1check import fixes

    broken = tmp_path / "kapot.txt"
    broken.write_bytes(LETTER.encode("utf-8"))
    real_fix_file = fixes.fix_file

    def fix_file_or_fail(path, *args, **kwargs):
        if str(path) == str(broken):
            raise RuntimeError("onverwacht")
        return real_fix_file(path, *args, **kwargs)

    monkeypatch.setattr(fixes, "fix_file", fix_file_or_fail)
    result = CliRunner().invoke(cli, ["fix", str(broken), str(letter)])
    assert result.exit_code == 2 and f"b1check: {broken}: b1check kon dit bestand niet verwerken" in result.output
    assert letter.read_bytes() == FIXED.encode("utf-8") and broken.read_bytes() == LETTER.encode("utf-8")
