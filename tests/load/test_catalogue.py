"""gettext catalogues (.po): only the translations are letter text, where they stand in the file."""

from __future__ import annotations

from b1check.check import check_file
from b1check.load import load_file

CATALOGUE = '''# Nederlandse vertaling
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: nl\\n"

#: templates/mail.html:3
msgid "Dear %(name)s,"
msgstr "Beste %(name)s,"

#: templates/mail.html:5
msgid "We received your request. If you have questions, call us."
msgstr ""
"Wij hebben uw verzoek ontvangen. Indien u vragen heeft, "
"kunt u ons bellen."

msgid "Handled soon."
msgstr "Wij behandelen uw aanvraag zo spoedig mogelijk.\\nDank voor uw geduld."

#~ msgid "Old"
#~ msgstr "Tevens oud"
'''


def _catalogue(tmp_path):
    path = tmp_path / "django.po"
    path.write_text(CATALOGUE, encoding="utf-8")
    return path


def test_only_the_translations_are_text(tmp_path):
    source = load_file(_catalogue(tmp_path))
    assert len(source.text) == len(source.original)
    words = source.text.split()
    assert "Indien" in words and "Beste" in words
    for not_text in ("msgid", "msgstr", "Content-Type:", "Dear", "Tevens", "Nederlandse"):
        assert not_text not in words
    assert [p.name for p in source.placeholders] == ["name"]


def test_findings_point_into_the_catalogue_and_no_letter_checks(tmp_path):
    report = check_file(_catalogue(tmp_path))
    rules = {f.rule for f in report.findings}
    found = {f.text: (f.line, f.column) for f in report.findings if f.rule == "WRD001"}
    assert found["Indien"] == (14, 35)
    assert found["zo spoedig mogelijk"] == (18, 36)
    # strings of many mails: no contact and no what-next for the catalogue as a whole
    assert not {r for r in rules if r.startswith("CON")} and "STR002" not in rules
