"""Can the reader reach a real person? Letters in, contact details out."""

from __future__ import annotations

import pytest

from b1check.check import check_text

CLOSING = "\n\nMet vriendelijke groet,\n\n"


def contact_of(text):
    report = check_text(text)
    return report.contact, {f.rule for f in report.findings if f.category == "contact"}


def test_named_person_with_direct_phone_and_team_email():
    details, rules = contact_of(
        "Heeft u vragen? Bel mij op 020 123 45 67 of mail naar parkeren@gemeente-voorbeeld.nl."
        + CLOSING + "Fatima el Amrani\nTeam Parkeren"
    )
    assert details.named_person and details.person_name == "Fatima el Amrani"
    assert details.phone == "direct" and details.email == "personal_or_team"
    assert rules == set()


def test_college_as_signer_is_not_a_person():
    details, rules = contact_of(
        "Bel 14 020 als u vragen heeft." + CLOSING
        + "Het college van burgemeester en wethouders,\nnamens dezen,\nTeam Belastingen"
    )
    assert not details.named_person
    assert details.phone == "general"
    assert {"CON001", "CON003", "CON005"} <= rules


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("020-1234567", "direct"),
        ("06-12345678", "direct"),
        ("06 12 34 56 78", "direct"),
        ("+31 20 123 4567", "direct"),
        ("(010) 123 45 67", "direct"),
        ("0800-1234", "direct"),
        ("0900 1234567", "paid"),
        ("14 010", "general"),
        ("14020", "general"),
    ],
)
def test_phone_formats(number, kind):
    details, _ = contact_of(f"U kunt bellen met {number}.")
    assert details.phone == kind


def test_dates_amounts_and_account_numbers_are_not_phone_numbers():
    details, _ = contact_of("Op 01-03-2026 betaalt u € 1.234,56 op NL91ABNA0417164300. Uw BSN is 123456782.")
    assert details.phone == "none"


def test_paid_number_is_an_error_at_the_number():
    report = check_text("Bel ons op 0900-1234567 voor vragen.")
    (paid,) = [f for f in report.findings if f.rule == "CON004"]
    assert paid.text == "0900-1234567" and paid.severity.value == "error"


@pytest.mark.parametrize(
    ("address", "kind", "rule"),
    [
        ("noreply@gemeente-voorbeeld.nl", "noreply", "CON006"),
        ("niet-beantwoorden@gemeente-voorbeeld.nl", "noreply", "CON006"),
        ("info@gemeente-voorbeeld.nl", "generic", "CON008"),
        ("j.jansen@gemeente-voorbeeld.nl", "personal_or_team", None),
    ],
)
def test_email_kinds(address, kind, rule):
    details, rules = contact_of(f"Mail naar {address}.")
    assert details.email == kind
    if rule:
        assert rule in rules


def test_only_a_website_is_flagged():
    _, rules = contact_of("Heeft u vragen? Kijk op www.gemeente-voorbeeld.nl of vul het contactformulier in.")
    assert "CON007" in rules


def test_person_named_in_the_text():
    details, _ = contact_of("Heeft u vragen? Bel dan met mevrouw S. de Boer op 06-12345678.")
    assert details.named_person and details.person_name == "S. de Boer"


def test_recipient_is_not_the_contact_person():
    details, _ = contact_of("Geachte heer Jansen,\n\nWij hebben uw brief gekregen.")
    assert not details.named_person


def test_template_placeholders_count_as_present():
    details, rules = contact_of(
        "Beste {{ aanvrager.naam }},\n\nBel mij op {{ medewerker.telefoon }} of mail naar {{ medewerker.email }}."
        + CLOSING + "{{ medewerker.naam }}"
    )
    assert details.named_person
    assert details.phone == "placeholder" and details.email == "placeholder"
    assert not rules & {"CON001", "CON002", "CON005"}


def test_merge_fields_after_the_closing_count_as_a_name():
    details, _ = contact_of("Wij helpen u graag." + CLOSING + "«Naam»")
    assert details.named_person
