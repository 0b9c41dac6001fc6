"""Jinja and Django templates through jinja2's own lexer; the other styles by regex."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from b1check.check import check_file
from b1check.cli import cli
from b1check.load import load_text
from b1check.load.templates import choices, recognise, recognise_jinja, recognise_regex, template_dialect

SIGNATURE = "\nMet vriendelijke groet,\n\n{{ medewerker.naam }}\nBel mij op {{ medewerker.telefoon }}.\n"


def findings(tmp_path, name: str, template: str):
    path = tmp_path / name
    path.write_text(template, encoding="utf-8")
    return check_file(path).findings


def at(template: str, word: str, nth: int = 0) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of `word` in `template`."""
    offset = -1
    for _ in range(nth + 1):
        offset = template.index(word, offset + 1)
    line = template.count("\n", 0, offset) + 1
    return line, offset - (template.rfind("\n", 0, offset) + 1) + 1


def test_both_branches_of_if_else_are_checked_at_their_own_place(tmp_path):
    template = (
        "Beste {{ naam }},\n\n"
        "{% if toegekend %}\n"
        "U krijgt het geld. Tevens sturen wij u een folder.\n"
        "{% elif wachten %}\n"
        "Wij verzoeken u nog even te wachten.\n"
        "{% else %}\n"
        "U krijgt geen geld, aangezien u te veel verdient.\n"
        "{% endif %}\n" + SIGNATURE
    )
    found = {(f.text.lower(), f.line, f.column) for f in findings(tmp_path, "besluit.txt.j2", template) if f.rule == "WRD001"}
    assert ("tevens", *at(template, "Tevens")) in found
    assert ("wij verzoeken u", *at(template, "Wij verzoeken u")) in found
    assert ("aangezien", *at(template, "aangezien")) in found


def test_tags_comments_and_expressions_are_never_checked(tmp_path):
    template = (
        "{# Tevens: dit commentaar is voor de schrijver, alsmede de redactie. #}\n"
        "{% if tevens and verzoeken %}Beste {{ tevens.alsmede }},{% endif %}\n\n"
        "Wij sturen u een folder." + SIGNATURE
    )
    texts = [f.text for f in findings(tmp_path, "brief.j2", template)]
    assert not any("evens" in t or "alsmede" in t or "verzoeken" in t for t in texts), texts


def test_placeholders_are_opaque_words_and_count_as_contact_details(tmp_path):
    path = tmp_path / "brief.j2"
    path.write_text("Wij sturen u een folder." + SIGNATURE, encoding="utf-8")
    report = check_file(path)
    assert report.contact.phone == "placeholder"
    assert report.contact.named_person
    source = load_text("Beste {{ aanvrager.naam|title }}, welkom.", name="x.j2")
    assert [p.name for p in source.placeholders] == ["aanvrager.naam|title"]


def test_a_latte_variable_is_a_placeholder_and_counts_as_contact(tmp_path):
    # DUS-I's letters are Latte (Nette) templates: "{$content->contactEmailAddress}" is a field, no words.
    text = "Op {$content->submittedAt|date:\"d-m-Y\"} vroeg u subsidie aan.\n\nMail ons: {$content->contactEmailAddress}."
    source = load_text(text, name="brief.txt")
    assert [p.name for p in source.placeholders] == ['content->submittedAt|date:"d-m-Y"', "content->contactEmailAddress"]
    path = tmp_path / "brief.txt"
    path.write_text(text + SIGNATURE, encoding="utf-8")
    assert check_file(path).contact.email == "placeholder"
    # a brace with a dollar sign in running text, without its closing brace on the line, stays text
    assert load_text("Het kost {$ 12 per maand.\nDat is veel.", name="x.txt").placeholders == []

def test_latte_control_tags_are_blanked_and_their_branches_are_choices():
    text = (
        "{* Tevens: een opmerking voor de schrijver *}\n"
        "{var $reden = isset($content->reden) ? $content->reden : null}\n"
        "{if $toegekend}\nU krijgt het geld.\n{elseif $wachten}\nWacht nog even.\n{else}\nU krijgt geen geld.\n{/if}\n"
    )
    blanked, placeholders = recognise(text, "brief.txt")
    assert len(blanked) == len(text) and placeholders == []
    assert blanked.split() == "U krijgt het geld. Wacht nog even. U krijgt geen geld.".split()
    (choice,) = choices(text)
    assert [text[b.start : b.end].strip() for b in choice] == ["U krijgt het geld.", "Wacht nog even.", "U krijgt geen geld."]
    # a word in braces that is no Latte tag, and a brace followed by a space, stay as they are
    assert recognise("Kies { if } of {iffy}.", "x.txt")[0] == "Kies { if } of {iffy}."


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Uw kenmerk is {dossierReference}.", "dossierReference"),
        ("Op {melding.aangemaakt_op} kreeg u bericht.", "melding.aangemaakt_op"),
        ("Beste {0}, welkom.", "0"),
        ("U logt in met uw %{document_type}.", "document_type"),
        ("Beste ${aanvrager.naam}, welkom.", "aanvrager.naam"),
        ("Beste ((naam)), uw afspraak is op ((datum)).", "naam"),
        # a JSX expression on a name (React e-mail templates)
        ("Mail ons {telefoonnummer && 'of bel ons via ' + telefoonnummer} .",
         "telefoonnummer && 'of bel ons via ' + telefoonnummer"),
    ],
)
def test_single_brace_ruby_freemarker_and_notify_fields_are_placeholders(text, field):
    placeholders = load_text(text, name="brief.txt").placeholders
    assert placeholders and placeholders[0].name == field
    assert text[placeholders[0].start : placeholders[0].end].strip("{}%$()") == field


def test_a_call_in_single_braces_is_a_placeholder():
    text = "{capitalize(fullRelativeHumanDate(marktDate))} is er plaats voor je op de markt."
    (field,) = load_text(text, name="brief.txt").placeholders
    assert (field.start, field.end) == (0, text.index(" is er"))
    assert field.name == "capitalize(fullRelativeHumanDate(marktDate))"


@pytest.mark.parametrize(
    "text",
    ['De gegevens: {"naam": "Jan"}.', "Een set {1, 2, 3} en {a b}.", "Bel ons (( of niet.", "Zie artikel 3 (lid 2).",
     "Een formule {f(x) + 1 en meer}."],
)
def test_braces_that_are_no_field_stay_text(text):
    assert load_text(text, name="brief.txt").placeholders == []


def test_a_field_in_braces_is_no_rare_word(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Uw kenmerk is {dossierReference}. Noem het als u belt.\n" + SIGNATURE, encoding="utf-8")
    assert not [f for f in check_file(path).findings if "dossierReference" in f.text]


def test_offsets_stay_where_they_were():
    template = "{% set s = \"%}\" %}Beste {{ \"}}\" }},\n{%- if a -%}\n  Tevens.\n{% endif %}{% raw %}{{ x }}{% endraw %}\n"
    text, placeholders = recognise(template, "brief.j2")
    assert len(text) == len(template)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(template) if c == "\n"]
    # jinja2's lexer knows where each tag ends, even with %} and }} inside strings
    assert text.split("\n")[0] == " " * 18 + 'Beste {{ "}}" }},'
    assert [template[p.start : p.end] for p in placeholders] == ['{{ "}}" }}', "{{ x }}"]
    assert "%}" not in text.replace("{{ x }}", "")
    # the regular expressions are fooled by the string
    regex_text, _ = recognise_regex(template)
    assert regex_text.split("\n")[0] != text.split("\n")[0]


def test_included_templates_are_checked_as_their_own_files(tmp_path):
    (tmp_path / "voet.j2").write_text("Tevens sturen wij u een folder." + SIGNATURE, encoding="utf-8")
    main = "{% include \"voet.j2\" %}\nWij hebben uw brief gekregen.\n"
    (tmp_path / "brief.j2").write_text(main, encoding="utf-8")
    assert not [f for f in check_file(tmp_path / "brief.j2").findings if f.rule == "WRD001"]  # not inlined
    result = CliRunner().invoke(
        cli, ["check", "--format", "concise", str(tmp_path / "brief.j2"), str(tmp_path / "voet.j2")]
    )
    assert f"{tmp_path / 'voet.j2'}:1:1: WRD001" in result.output
    assert f"{tmp_path / 'brief.j2'}:1:" not in result.output


@pytest.mark.parametrize(
    "template",
    [
        "{% if spoed %}Tevens bellen wij u.\n",  # no endif
        "Beste {{ naam,\nTevens bellen wij u.\n",  # unclosed variable
        "Tevens bellen wij u.{% endif %}\n",  # endif without if
        "{% for %}Tevens bellen wij u.{% endfor %}\n",  # bad syntax
    ],
)
def test_malformed_jinja_falls_back_to_the_regex_path(tmp_path, template):
    assert recognise_jinja(template) is None
    assert recognise(template, "brief.j2") == recognise_regex(template)
    found = findings(tmp_path, "brief.j2", template)
    assert any(f.text == "Tevens" and f.line == 1 + template[: template.index("Tevens")].count("\n") for f in found)


def test_django_html_template_with_its_own_tags(tmp_path):
    template = (
        "{% load static i18n %}<html><body>\n"
        "{% comment %}Tevens: oude tekst, alsmede een notitie.{% endcomment %}\n"
        "<p>Beste {{ aanvrager.naam|default:\"meneer\" }},</p>\n"
        "<p>Wij verzoeken u het formulier op {{ datum|date:\"d-m-Y\" }} te sturen.</p>\n"
        "<p>Met vriendelijke groet,</p><p>{{ medewerker.naam }}</p>\n</body></html>\n"
    )
    assert template_dialect("brief.html", template) == "django"
    found = findings(tmp_path, "brief.html", template)
    texts = {f.text.lower() for f in found}
    assert "wij verzoeken u" in texts
    assert not texts & {"tevens", "alsmede"}
    verzoeken = next(f for f in found if f.text == "Wij verzoeken u")
    assert (verzoeken.line, verzoeken.column) == at(template, "Wij verzoeken u")


def test_html_jinja_template_maps_back_to_its_own_lines(tmp_path):
    template = (
        "<html><body>\n{% if spoed %}<p>Wij bellen u snel.</p>\n{% else %}"
        "<p>Tevens sturen wij een brief.</p>{% endif %}\n</body></html>\n"
    )
    found = [f for f in findings(tmp_path, "brief.html.j2", template) if f.text == "Tevens"]
    assert [(f.line, f.column) for f in found] == [at(template, "Tevens")]


def test_dialects_by_file_name():
    assert template_dialect("a.j2", "") == template_dialect("a.html.jinja2", "") == "jinja"
    assert template_dialect("a.html", "<p>Hallo</p>") is None
    assert template_dialect("a.blade.php", "{{ x }}") is None
    assert template_dialect("a.txt", "{{ x }}") is None


def test_other_placeholder_styles_still_work_in_a_jinja_file():
    source = load_text("Beste «Naam», u krijgt [bedrag] euro op {{ datum }}.", name="brief.j2")
    assert [p.name for p in source.placeholders] == ["Naam", "bedrag", "datum"]


def test_blade_keeps_the_regex_path():
    text, placeholders = recognise("@if($spoed)Beste {{ $naam }},@endif", "brief.blade.php")
    assert text.startswith(" " * len("@if($spoed)")) and [p.name for p in placeholders] == ["$naam"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="{}%#-\"' ab\nif endraw", max_size=80))
def test_any_template_keeps_its_length_and_line_breaks(template):
    text, placeholders = recognise(template, "brief.j2")
    assert len(text) == len(template)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(template) if c == "\n"]
    assert all(0 <= p.start < p.end <= len(text) for p in placeholders)


# A reader gets one branch of an {% if %} … {% else %}: a paragraph is as long as its longest reading.
FOUR = "Wij hebben uw brief gekregen. Wij lezen hem goed. Daarna bellen wij u. Wij stellen dan vragen. "
LONG_PARAGRAPH = {  # 8 sentences together, 4 in each branch (the limit is 7)
    "brief.txt.j2": "Beste {{ naam }},\n\n{% if spoed %}" + FOUR + "{% else %}" + FOUR + "{% endif %}\n\nGroet,\nJan\n",
    "brief.blade.php": "Beste {{ $naam }},\n\n@if($spoed) " + FOUR + "@else " + FOUR + "@endif\n\nGroet,\nJan\n",
    "brief.html": "<p>Beste {{ naam }},</p><p>{% if spoed %}" + FOUR + "{% elif x %}Kort. {% else %}" + FOUR
    + "{% endif %}</p><p>Groet, Jan</p>",
}


@pytest.mark.parametrize("name", sorted(LONG_PARAGRAPH))
def test_a_paragraph_counts_only_the_longest_branch_of_a_choice(tmp_path, name):
    path = tmp_path / name
    path.write_text(LONG_PARAGRAPH[name], encoding="utf-8")
    assert "PAR001" not in {f.rule for f in check_file(path).findings}
    # The same sentences without the choice are one long paragraph.
    plain = tmp_path / ("zonder-" + name)
    without = LONG_PARAGRAPH[name]
    for tag in ("{% elif x %}Kort. ", "{% else %}", "@else"):
        without = without.replace(tag, "")
    plain.write_text(without, encoding="utf-8")
    assert "PAR001" in {f.rule for f in check_file(plain).findings}


def test_a_long_branch_is_still_a_long_paragraph(tmp_path):
    path = tmp_path / "brief.txt.j2"
    path.write_text("Beste {{ naam }},\n\n{% if spoed %}" + FOUR * 2 + "{% else %}Kort.{% endif %}\n\nGroet,\nJan\n")
    found = [f for f in check_file(path).findings if f.rule == "PAR001"]
    assert len(found) == 1 and "8 zinnen" in found[0].message


def _branches(text: str) -> list:
    from b1check.load.templates import choices

    def readable(choice):
        return [(text[b.start : b.end], [readable(inner) for inner in b.choices]) for b in choice]

    return [readable(choice) for choice in choices(text)]


def test_choices_are_the_if_blocks_with_their_branches_and_the_choices_inside():
    text = "{% if a %}A1 {% if b %}B{% else %}C{% endif %}{%- elif c -%}A2{%+ else %}A3{% endif %} {% if d %}D{% endif %}"
    assert _branches(text) == [
        [("A1 {% if b %}B{% else %}C{% endif %}", [[("B", []), ("C", [])]]), ("A2", []), ("A3", [])],
        [("D", [])],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "{% if a %}X{% for x in xs %}Y{% else %}Z{% endfor %}W{% endif %}",  # the else of a for loop
        "@if($a) X @unless($b) Y @else Z @endunless W @endif",  # the else of Blade's @unless
    ],
)
def test_the_else_of_another_block_is_no_branch_of_the_if_around_it(text):
    assert len(_branches(text)) == 1 and len(_branches(text)[0]) == 1


def test_an_include_or_set_inside_an_if_opens_nothing():
    text = "{% if a %}{% set n = 1 %}{% include 'x.j2' %}A{% else %}B{% endif %}"
    assert [[part for part, _ in choice] for choice in _branches(text)] == [["{% set n = 1 %}{% include 'x.j2' %}A", "B"]]


def test_a_choice_inside_an_if_without_else_counts_its_longest_branch(tmp_path):
    path = tmp_path / "brief.txt.j2"
    path.write_text("Beste {{ naam }},\n\n{% if tonen %}{% if spoed %}" + FOUR + "{% else %}" + FOUR
                    + "{% endif %}{% endif %}\n\nGroet,\nJan\n", encoding="utf-8")
    assert "PAR001" not in {f.rule for f in check_file(path).findings}


def test_a_for_loop_with_else_inside_a_choice_is_read_whole(tmp_path):
    path = tmp_path / "brief.txt.j2"
    loop = "{% for x in xs %}Wij sturen {{ x }}. {% else %}Wij sturen niets. {% endfor %}"
    path.write_text("Beste {{ naam }},\n\n{% if a %}" + FOUR + loop + FOUR + "{% endif %}\n\nGroet,\nJan\n",
                    encoding="utf-8")
    found = [f for f in check_file(path).findings if f.rule == "PAR001"]
    assert len(found) == 1 and "10 zinnen" in found[0].message


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        ('{% trans "Wij sturen u de pas toe." %}', "Wij sturen u de pas toe."),
        ("{% translate 'Wij sturen u de pas toe.' %}", "Wij sturen u de pas toe."),
        ('{{ _("Wij sturen u de pas toe.") }}', "Wij sturen u de pas toe."),
        ("{{ __('Beste :name, welkom.') }}", "Beste :name, welkom."),
        ("@lang('Wij sturen u de pas toe.')", "Wij sturen u de pas toe."),
        ("{{ 'Met vriendelijke groet'|trans }}", "Met vriendelijke groet"),
        ("{{ $t('Wij sturen u de pas toe.') }}", "Wij sturen u de pas toe."),
    ],
)
def test_a_sentence_inside_a_translation_tag_is_letter_text(template, sentence):
    text, _ = recognise(template, "mail.html")
    assert text.strip() == sentence
    assert len(text) == len(template) and text.index(sentence) == template.index(sentence)


def test_a_translation_key_is_no_letter_text():
    text, _ = recognise('{% trans "mail.greeting" %} Hallo', "mail.html")
    assert "mail.greeting" not in text


def test_a_finding_inside_a_translation_tag_points_into_the_template(tmp_path):
    path = tmp_path / "mail.html"
    path.write_text('{% load i18n %}\n<p>{% trans "Indien u vragen heeft, bel ons." %}</p>\n', encoding="utf-8")
    (found,) = [f for f in check_file(path).findings if f.rule == "WRD001"]
    assert (found.line, found.column, found.text) == (2, 14, "Indien")


def test_a_python_format_field_is_a_placeholder():
    (field,) = load_text("Beste %(naam)s, welkom. Dat is 10% (ongeveer).", name="brief.txt").placeholders
    assert field.name == "naam"


def test_erb_code_and_comments_are_no_words():
    text = "Beste <%= @naam %>,\n<% if @ok %>\nUw aanvraag is goedgekeurd.\n<% else %>\nNee.\n<%- end -%>\n<%# noot %>\nGroet"
    source = load_text(text, name="mail.text.erb")
    assert "<%" not in source.text.replace("<%= @naam %>", "") and "Uw aanvraag is goedgekeurd." in source.text
    assert [field.name for field in source.placeholders] == ["@naam"]
    assert load_text("Dat is 5 <% 3, zonder einde.", name="brief.txt").text == "Dat is 5 <% 3, zonder einde."


def test_an_erb_output_tag_is_a_placeholder():
    text = "Afgekeurd door <%= @rejected_by %> op <%= l @rejected_at, format: :human %>. Dat is 5 <% 3."
    fields = load_text(text, name="mail.text.erb").placeholders
    assert [f.name for f in fields] == ["@rejected_by", "l @rejected_at, format: :human"]
    assert text[fields[0].start : fields[0].end] == "<%= @rejected_by %>"


def test_an_erb_mail_is_a_letter_in_the_format_before_its_suffix(tmp_path):
    from b1check.load import detect_format, is_letter

    assert is_letter("app/views/mailer/approve.text.erb") and is_letter("approve.html.erb")
    assert detect_format("approve.html.erb") == "html" and detect_format("approve.text.erb") == "text"


def test_php_code_is_no_words_and_its_echo_is_a_placeholder():
    """A plain PHP mail view (CodeIgniter, a Laravel notification): the "?" of "?>" ends no sentence."""
    text = (
        "Beste <?=$name; ?>,\n<?php if ($ok): ?>\nU heeft zich met uw <?= $gender ?> opgegeven. "
        "Wij bellen u op <?php echo $phone; ?>.\n<? endif; ?>\nGroet"
    )
    source = load_text(text, name="request_participation.php")
    assert "if ($ok)" not in source.text and "endif" not in source.text and "U heeft zich" in source.text
    assert [f.name for f in source.placeholders] == ["$name", "$gender", "$phone"]
    assert text[source.placeholders[0].start : source.placeholders[0].end] == "<?=$name; ?>"
    assert [f.name for f in load_text("Beste <? echo $naam ?>,", name="mail.php").placeholders] == ["$naam"]
    assert load_text("Is dat 5 <? Nee.", name="brief.txt").text == "Is dat 5 <? Nee."
    assert load_text('<?xml version="1.0"?> Beste lezer', name="brief.txt").placeholders == []


def test_a_sentence_with_php_fields_is_one_sentence(tmp_path):
    path = tmp_path / "mail.txt"
    path.write_text(
        "Enige tijd geleden heeft u zich opgegeven om met uw <?=$gender; ?> <?=$name; ?> deel te nemen aan "
        "experimenten aan het Babylab van de Universiteit Utrecht.\n",
        encoding="utf-8",
    )
    assert [f.rule for f in check_file(path).findings if f.category == "sentence-length"] == ["LEN001"]
