"""Can the reader reach a real person? Letters in, contact details out."""

from __future__ import annotations

import dataclasses

import pytest

from b1check.analysis import contact
from b1check.analysis.contact import field_kinds, person_in, phones
from b1check.check import check_text
from b1check.settings import Settings

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


def test_fields_with_dots_in_their_names_in_a_sentence_that_offers_contact():
    """"{{ leader.name }}" and "tel.: {{ … }}" hold dots that end no sentence: the sentence around the
    fields still says "neem contact op" (new set h73)."""
    details, rules = contact_of(
        "Als je verhinderd bent, neem dan contact op met de proefleider ({{ leader.name }}, email: "
        "{{ leader.api_user.email }} tel.: {{ leader.phonenumber }})." + CLOSING + "Het lab"
    )
    assert details.named_person
    assert details.phone == "placeholder" and details.email == "placeholder"
    assert not rules & {"CON001", "CON002", "CON005"}
    # but a sentence still ends before a tag: the reader's own address does not take "Mail" from the next
    # sentence (HTML read as text, code read 131)
    details, rules = contact_of("<p>Wij sturen de uitslag naar {{ email }}.</p><p>Mail ons bij vragen.</p>")
    assert details.email == "none" and "CON005" in rules
    # and a "?" inside a field ends nothing: the sentence before it still offers contact (code read 134)
    details, rules = contact_of("Kun je niet komen? Neem dan contact op met <?=BABYLAB_MANAGER; ?> via <?=BABYLAB_EMAIL; ?>.")
    assert details.email == "placeholder" and "CON005" not in rules


@pytest.mark.parametrize("text, name", [
    # a notice names its official with "de heer" and a number, without "bel" or a closing
    ("De eigenaar wordt verzocht zich te melden bij de gemeente, de heer J. Kooistra, telefoon: 14 0511.", "J. Kooistra"),
    ("Informatie dhr. C.A. van Duijvenvoorde tel. 071 519 17 83", "C.A. van Duijvenvoorde"),
    ("Neem uiterlijk 20 april contact op met de controleur, mevrouw H. Breunis, 06 12345678.", "H. Breunis"),
    ("Vragen? Mevrouw De Vries, j.devries@gemeente-voorbeeld.nl", "De Vries"),
    # a closing and the name on one line, with the Dutch capital IJ
    ("Bel mij gerust als u vragen heeft.\n\nHoogachtend, Thea IJzereef\n", "Thea IJzereef"),
    # a name with its address or number in brackets
    ("Vragen? Mail met de projectleider, Arie Bal (arie.bal@aannemer-voorbeeld.nl of 06-42707526).", "Arie Bal"),
    # no closing: the name and the function on the last lines
    ("Wij komen in april naar u toe.\n\nHans de Jong, lid van het dagelijks bestuur\n", "Hans de Jong"),
    ("Ik wens u veel leesplezier.\n\nPatrick Poelmann\ndijkgraaf Hoogheemraadschap De Stichtse Rijnlanden\n",
     "Patrick Poelmann"),
    ("Bel met de uitvoerder, de heer J. van Erve op telefoonnummer 06 – 23 93 51 63.", "J. van Erve"),
    # a typo after "heer", and a press release's contact: a first name and a surname with a label
    ("U kunt terecht bij de projectleider, de heer. E. Komen via e-mail: info@gemeente-voorbeeld.nl", "E. Komen"),
    ("Voor meer informatie: bureau Communicatie, Catelijne Thomassen, telefoon 06 - 277 45058.", "Catelijne Thomassen"),
    ("Laten we samen Ridderkerk veilig houden.\n\nHenk van Os Locoburgemeester\n", "Henk van Os"),
    # a contact card: the name alone on its line, the number or address below it
    ("Heeft u vragen? Neem contact met ons op!\n\nMargreet van Zee\n\nTel 06-12615697\n\ndijk@waterschap-voorbeeld.nl\n",
     "Margreet van Zee"),
    ("Heeft u vragen?\n\nMevrouw M. van Zee\nTel 06-12615697\n", "M. van Zee"),
    ("Heeft u vragen?\n\nMargreet Zeeman\n06-12615697\n", "Margreet Zeeman"),
    # no closing: a name alone on the last line, after a blank line, signs the letter
    ("Neem contact met ons op.\n\nSterkte in deze lastige tijd en vooral blijf gezond.\n\nLuc Severijnen\n", "Luc Severijnen"),
    # closings as schools and teams write them
    ("Heeft u vragen, mail dan gerust. Met vriendelijke groet namens het team,\n\nJopie de Bruin\n", "Jopie de Bruin"),
    ("Wij houden u op de hoogte.\nNamens het team,\nGonny van Zelm\n", "Gonny van Zelm"),
    ("De staking gaat niet door.\n\nFijn weekend,\n\nSylvia Woudstra\n", "Sylvia Woudstra"),
    ("Wij houden u op de hoogte.\n\nVriendelijke groet,\n\nMartine Schonenberg Directeur basisschool De Akker.\n",
     "Martine Schonenberg"),
    # a first name in brackets after the initials (new set h64)
    ("U kunt contact opnemen met mevrouw R. (Renate) Poort, senior adviseur, via telefoonnummer 050 304 89 22.",
     "R. Poort"),
])
def test_a_titled_name_with_a_way_to_reach_it_is_a_person(text, name):
    details, _ = contact_of(text)
    assert details.named_person and details.person_name == name


@pytest.mark.parametrize("text", ["Gemeente Voorbeeld, telefoon 14 0123.", "Team Vergunningen, tel. 020 555 1234",
                                  "Klant Contact Centrum, telefoon 088 123 4567",
                                  # a long noun first is a place or a service, not a given name
                                  "Voor vragen: Bibliotheek Westland, telefoon 020 555 1234.",
                                  "Meer informatie: Sportpark De Toekomst, telefoon 020 555 1234.",
                                  # a team or the municipality alone on its line above a number
                                  "Heeft u vragen?\n\nKlantcontactcentrum\n\n020 555 1234\n",
                                  "Heeft u vragen?\n\nGemeente Voorbeeld\nTel 14 0123\n",
                                  # an organisation of two words in capitals: an adjective first, or a plural
                                  "Heeft u vragen?\n\nVeilig Thuis\n0800 2000\n",
                                  "Heeft u vragen?\n\nNetbeheerder Storingen\n0800 9009\n"])
def test_an_organisation_with_a_labelled_number_is_no_person(text):
    details, _ = contact_of(text)
    assert not details.named_person


@pytest.mark.parametrize("text", [
    "De heer Jansen (1955) woont al veertig jaar in deze straat. Bel 14 020 als u vragen heeft.",
    "Uw buurman de heer Jansen heeft in 2020 een klacht ingediend. Bel 14 020 als u vragen heeft.",
    "Bel ons gerust (020 123 45 67) als u vragen heeft.",
    "Neem contact op met Team Parkeren (parkeren@gemeente-voorbeeld.nl).",
    # a firm that does the works is no person, even with a surname in it
    "Met vragen kunt u terecht bij Rutte Wegenbouw via info@ruttegroep.nl of (020) 28 05 940.",
    # the organisation alone on the last line signs no person
    "Neem contact met ons op.\n\nGemeente Utrecht\n",
    # a first name alone is not enough, and "Mail" is no first name
    "Heeft u vragen?\nMail Jan: jan@voorbeeld.nl",
    # a firm named like a person
    "Heeft u vragen? Neem dan contact op met Twente Milieu.",
    "Heeft u vragen? Stuur een e-mail naar Area Reiniging.",
])
def test_a_name_without_a_way_to_reach_it_or_a_firm_is_no_contact(text):
    details, _ = contact_of(text)
    assert not details.named_person


def test_college_as_signer_is_not_a_person():
    details, rules = contact_of(
        "Bel 14 020 als u vragen heeft." + CLOSING
        + "Het college van burgemeester en wethouders,\nnamens dezen,\nTeam Belastingen"
    )
    assert not details.named_person
    assert details.phone == "general"
    assert {"CON001", "CON003", "CON005"} <= rules


# --- phone numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("020-1234567", "direct"),
        ("06-12345678", "direct"),
        ("06 12 34 56 78", "direct"),
        ("+31 20 123 4567", "direct"),
        ("+31 (0)6 12345678", "direct"),
        ("0031 20 5551234", "direct"),
        ("(010) 123 45 67", "direct"),
        ("(0515) 489012", "direct"),
        ("0515-489012", "direct"),
        ("0515-489000", "general"),  # a round thousand is the switchboard's number
        ("020 - 555 1234", "direct"),
        ("0800-1234", "direct"),  # free numbers reach someone directly
        ("0800-123456", "direct"),
        ("085-1234567", "direct"),
        ("0900 1234567", "paid"),
        ("0900-8844", "paid"),
        ("0906 1234567", "paid"),
        ("14 010", "general"),
        ("14020", "general"),
        ("14 0515", "general"),
        ("14 0123", "general"),  # a made-up area code, as in the example letters
    ],
)
def test_phone_kinds(number, kind):
    details, _ = contact_of(f"U kunt bellen met {number}." + CLOSING + "Jan de Vries")
    assert details.phone == kind


@pytest.mark.parametrize(
    ("letter", "kind"),
    [
        # a number for the whole organisation: no person or team near it, none signs
        ("Voor vragen kunt u bellen met 088 123 45 67." + CLOSING + "Belastingsamenwerking Noord-Veluwe", "general"),
        ("Bel ons op 020 555 1234." + CLOSING + "Gemeente Voorbeeld", "general"),
        ("Heeft u vragen? Bel dan 020 555 1234.", "general"),
        # the organisation's number by its address, as in a letterhead, even when a person signs
        ("Gemeente Voorbeeld\nPostbus 10\n1234 AB Voorbeeld\nTel: 020 555 1234\n\nGeachte heer Jansen,\n\n"
         "Wij hebben uw brief gekregen." + CLOSING + "Jan de Vries", "general"),
        # a number for a person or team
        ("U kunt mij bereiken op 020 555 1234." + CLOSING + "Gemeente Voorbeeld", "direct"),
        ("Bel het team Vergunningen op 020 555 1234." + CLOSING + "Gemeente Voorbeeld", "direct"),
        ("Uw consulent is bereikbaar op 020 555 1234.", "direct"),
        ("Bel Jan de Vries op 020 555 1234.", "direct"),
        ("Bel ons op 020 555 1234." + CLOSING + "Team Parkeren", "direct"),
        ("Bel ons op 020 555 1234." + CLOSING + "Wijkteam Noord", "direct"),
        ("Bel ons op 020 555 1234." + CLOSING + "mr. A. Pieters\nGemeente Voorbeeld", "direct"),
        ("Bel ons op 020 555 1234." + CLOSING + "{{ medewerker.naam }}", "direct"),
        # a small office with a line of its own (new sets h61, h63)
        ("Meld je aan bij de griffie via telefoonnummer (073) 553 11 35." + CLOSING + "Gemeente Voorbeeld", "direct"),
        ("U kunt ook contact opnemen met de havendienst van de gemeente, tel. (0228) 31 24 44." + CLOSING
         + "Gemeente Voorbeeld", "direct"),
        # a line of its own: a mobile number, a free 0800 number of a service
        ("Voor vragen kunt u bellen met 0800-1234." + CLOSING + "Gemeente Voorbeeld", "direct"),
        ("Stuur een WhatsApp naar 06 1234 5678." + CLOSING + "Gemeente Voorbeeld", "direct"),
        # a switchboard stays general, whoever signs
        ("Bel de klantenservice op 020 555 1234." + CLOSING + "Jan de Vries", "general"),
        ("De stukken liggen bij het informatiecentrum (na afspraak 0118 631011). Mail mevrouw S. Hendriks via "
         "s.hendriks@provincie-voorbeeld.nl.", "general"),
        # the same number given for the whole organisation elsewhere in the letter is its switchboard (new set h64)
        ("Waterschap Voorbeeld, Postbus 1, 9700 AB Groningen, telefoon 050 - 304 89 11.\n\nVoor vragen kunt u contact "
         "opnemen met mevrouw R. Poort, via telefoonnummer (050) 304 89 11.", "general"),
        ("Waterschap Voorbeeld, Postbus 1, 9700 AB Groningen, telefoon +31 50 304 89 11.\n\nVoor vragen kunt u contact "
         "opnemen met mevrouw R. Poort, via telefoonnummer (050) 304 89 11.", "general"),
        ("Waterschap Voorbeeld, Postbus 1, 9700 AB Groningen, telefoon 0031 50 304 89 11.\n\nVoor vragen kunt u contact "
         "opnemen met mevrouw R. Poort, via telefoonnummer (050) 304 89 11.", "general"),
        # a role named as who did something is no one to call (code read 122)
        ("Het besluit is genomen door de griffier. Voor vragen belt u 020 555 1234." + CLOSING + "Gemeente Voorbeeld",
         "general"),
        # a switchboard that puts the reader through to a team
        ("Bel 0592 36 51 00. Vraag naar het team Subsidies." + CLOSING + "Jan de Vries", "general"),
        ("U kunt contact opnemen met de gemeente op 0592 364 771 en vragen naar team Handhaving.", "general"),
        # a local number without an area code, after its label, reaches the person named with it
        ("Neem voor 1 mei contact op met de heer P. Smit, tel. 398378.", "direct"),
        ("Informatie: mevrouw J. de Boer, telefoon 51 91 783.", "direct"),
    ],
)
def test_a_number_is_direct_when_it_reaches_a_person_or_team(letter, kind):
    details, _ = contact_of(letter)
    assert details.phone == kind


def test_the_finding_says_which_number_was_found():
    report = check_text("Heeft u vragen? Bel 14 020.")
    (general,) = [f for f in report.findings if f.rule == "CON003"]
    assert "14 020" in general.message


@pytest.mark.parametrize(
    "text",
    [
        "Bel 020-5551234, of mail ons.",  # a comma after the number
        "WhatsApp: 06 1234 5678",
        "Stuur een bericht naar 06-12345678 (ook WhatsApp).",
        "Tel. 020-5551234, fax 020-5551235",
    ],
)
def test_numbers_in_running_text_are_found(text):
    (found,) = [m for m in phones(text, sender_known=True)]
    assert found.kind == "direct" and found.value[-4:].isdigit()


@pytest.mark.parametrize(
    "text",
    [
        "Hotel 398378 heeft twintig kamers.",  # no label
        "Kenmerk: 398378",
        "tel. 1234",  # too short for a number
        "tel. 12345678",  # too long for a local number, and no area code
        "Tel. 2024-398378",
    ],
)
def test_digits_without_an_area_code_are_a_number_only_after_their_label(text):
    assert phones(text) == []


def test_a_fax_number_is_no_way_to_call():
    assert phones("Fax 020-5551235") == []


class _Recorder:
    """A pattern that remembers how long each text was that it searched."""

    def __init__(self, pattern):
        self.pattern, self.lengths = pattern, []

    def search(self, text, *args):
        self.lengths.append(len(text))
        return self.pattern.search(text, *args)


def test_the_words_about_a_number_are_looked_for_near_it(monkeypatch):
    """Thousands of numbers on one line: each number looks at the words near it, not at the rest of
    its line or paragraph (a line of 2,000 numbers took half a minute, and grew with the square)."""
    text = "Bel 020-5551234 of " * 500
    words = contact.vocabulary()
    recorders = {name: _Recorder(getattr(words, name)) for name in ("fax", "put_through", "address", "general_number")}
    monkeypatch.setattr(contact, "vocabulary", lambda: dataclasses.replace(words, **recorders))
    named = []
    names_someone = contact._names_someone
    monkeypatch.setattr(contact, "_names_someone", lambda around, words: named.append(len(around)) or names_someone(around, words))

    found = phones(text, sender_known=False)

    assert len(found) == 500 and {m.kind for m in found} == {"general"}
    assert all(recorder.lengths for recorder in recorders.values()) and named
    longest = max(length for recorder in recorders.values() for length in recorder.lengths)
    assert max(longest, *named) <= 2 * contact.NEAR_ADDRESS + len("020-5551234") < len(text) / 4


@pytest.mark.parametrize(
    "text",
    [
        "Op 01-03-2026 betaalt u € 1.234,56 op NL91ABNA0417164300. Uw BSN is 123456782.",
        "Maak het bedrag over naar IBAN NL91 ABNA 0417 1643 00.",
        "Op 09-06-2025 en 14-02-24 belden wij u.",  # dates that look like 0906 and 14 0224
        "Ons kenmerk: 0201234567",
        "Uw klantnummer: 0612345678",
        "Stuur het naar Postbus 14046.",
        "U kunt de stukken inzien op werkdagen van 08.00 - 17.00 uur.",  # opening hours
        "Het spreekuur is van 9:30 tot 12:00 uur.",
    ],
)
def test_dates_amounts_accounts_and_references_are_not_phone_numbers(text):
    details, _ = contact_of(text)
    assert details.phone == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Bel ons algemene nummer 020 555 1234.",
        "Telefooncentrale: (0515) 489000",
        "Neem contact op met de DigiD helpdesk als u dit niet zelf heeft gedaan. Telefoonnummer: 088 123 65 55.",
        # a memorable number is a switchboard, whoever names it: it repeats a block or ends
        # in four equal digits; a person's own line does not
        "Heeft u vragen? U kunt mij bellen op 0299 452 452.",
        "Met vriendelijke groet,\n\nJan de Vries\nTelefoon 026 - 359 99 99",
        "Bel mij gerust op 030 286 00 00.",
        "Voor vragen kunt u contact opnemen met mevrouw M. Galema, telefoon 072 - 582 82 82.",
        "Vragen? Bel Pieter Sanders via (0475) 85 90 00.",
        # a receptionist puts the reader through
        "U kunt mij bereiken via 088 233 1234. De telefoniste verbindt u dan door met mij.",
    ],
)
def test_a_switchboard_or_helpdesk_number_is_general(text):
    details, rules = contact_of(text)
    assert details.phone == "general" and "CON003" in rules


@pytest.mark.parametrize("number", ["0299 452 784", "026 359 91 42", "020 555 1234", "0475 85 90 12", "072 582 82 28", "010 412 34 34"])
def test_a_line_with_its_own_extension_stays_direct(number):
    details, _ = contact_of(f"Heeft u vragen? U kunt mij bellen op {number}.")
    assert details.phone == "direct"


def test_a_direct_number_wins_over_the_general_one():
    details, rules = contact_of("Bel het algemene nummer 14 020, of bel mij direct op 06-12345678.")
    assert details.phone == "direct" and "CON003" not in rules


def test_paid_number_is_an_error_at_the_number():
    report = check_text("Bel ons op 0900-1234567 voor vragen.")
    (paid,) = [f for f in report.findings if f.rule == "CON004"]
    assert paid.text == "0900-1234567" and paid.severity.value == "error"


# --- e-mail -------------------------------------------------------------------------


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


def test_an_address_named_twice_gets_its_remark_once():
    report = check_text("E-mailadres: gemeente@ouder-amstel.nl\n\nMail uw vragen naar gemeente@ouder-amstel.nl.\n\n"
                        "Antwoorden op noreply@gemeente.nl kan niet. Stuur niets naar noreply@gemeente.nl.")
    assert [f.rule for f in report.findings if f.rule in ("CON006", "CON008")].count("CON008") == 1
    report = check_text("Antwoorden op noreply@gemeente.nl kan niet. Stuur niets naar noreply@gemeente.nl.")
    assert [f.rule for f in report.findings].count("CON006") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "U kunt niet reageren op deze e-mail.",
        "Je kunt niet op dit bericht antwoorden.",
        "Dit bericht is automatisch verzonden. Je kan er daarom niet op reageren.",
        "Dit is een automatisch gegenereerd bericht; het is niet mogelijk via dit bericht te reageren.",
        "Een reactie op dit bericht wordt niet gelezen of beantwoord.",
        "Dit is een automatisch gegenereerd bericht, reageren is niet mogelijk.",
    ],
)
def test_a_no_reply_sentence_is_a_no_reply_address(sentence):
    report = check_text(f"Uw aanvraag is binnen. {sentence}")
    assert report.contact.email == "noreply"
    (finding,) = [f for f in report.findings if f.rule == "CON006"]
    assert finding.text in sentence


def test_no_reply_sentence_next_to_an_address_that_answers_is_fine():
    details, rules = contact_of(
        "U kunt niet reageren op deze e-mail. Mail uw vraag naar parkeren@gemeente-voorbeeld.nl."
    )
    assert details.email == "personal_or_team" and "CON006" not in rules


# --- websites -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Heeft u vragen? Kijk op www.gemeente-voorbeeld.nl of vul het contactformulier in.",
        "U volgt uw zaak via het burgerportaal.",
        "Er staat een nieuw bericht voor u in Mijn DUS-I. Log in om het te lezen.",
        "Klik hier om uw wachtwoord in te stellen.",
        "Bevestig uw afspraak: {{ confirm_url }}",
        "Ga naar mijn.ggdcontact.nl en vul de code in.",
        "U kunt dit ook online regelen.",
        "Bent u het niet eens met ons besluit? Zie de pagina bezwaar maken.",
        # a line that ends in an arrow is a link or button
        "In deze editie leest u meer over de nieuwe dijk.\n\nLees het magazine > (pdf, 2 MB)",
        "Bekijk de planning ›",
    ],
)
def test_only_a_website_or_portal_is_flagged(text):
    _, rules = contact_of(text)
    assert "CON007" in rules


@pytest.mark.parametrize(
    "text",
    [
        "Kijk op www.gemeente-voorbeeld.nl of bel 14 020.",  # a general number is still a number
        "Kijk op www.gemeente-voorbeeld.nl of mail naar info@gemeente-voorbeeld.nl.",
        "Wij hebben uw brief gekregen.",  # no website either
        # a name inside a template field is no address ("zaakstatus.info")
        "De status van uw zaak is: [% zaak.zaakstatus.info.status %]",
        # what the writer puts on a website is no way for the reader to reach anyone
        "Als jullie later toch verder willen, kan ik het initiatief weer online zetten.",
        # a page of this letter or leaflet is no website
        "Op de pagina hiernaast staat een kaart van de wijk.",
        # a quoted line of an earlier mail, and a comparison, are no links
        "Wij hebben uw vraag gelezen.\n\n> Wanneer wordt mijn straat geveegd?",
        "Het aantal meldingen was in mei > 20.",
    ],
)
def test_a_website_next_to_a_number_or_address_is_fine(text):
    _, rules = contact_of(text)
    assert "CON007" not in rules


# --- names --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "De wijziging is afgekeurd door <%= @rejected_by %> op <%= @rejected_at %>.",
    "De wijziging is geaccordeerd door {{ approved_by }}.",
])
def test_a_field_for_who_did_it_names_a_person(text):
    details, _ = contact_of(text)
    assert details.named_person


def test_a_field_after_door_that_is_an_organisation_names_no_one():
    details, _ = contact_of("Dit bericht is verstuurd door {{ gemeente }}.")
    assert not details.named_person


def test_a_function_and_a_name_on_the_last_line_name_a_person():
    details, _ = contact_of("Zorg goed voor elkaar. Dank u wel.\n\nBurgemeester Jannewietske de Vries\n")
    assert details.named_person and details.person_name == "Jannewietske de Vries"


def test_a_name_that_labels_an_address_or_number_is_a_person():
    text = "Heeft u een vraag? Neem dan contact op.\n\nLen Hazeleger: l.hazeleger@wsrl.nl of 06 515 43 734\n"
    details, _ = contact_of(text)
    assert details.named_person and details.person_name == "Len Hazeleger"
    details, _ = contact_of("Telefoon: 020 123 45 67\nE-mail: info@gemeente-voorbeeld.nl\n")
    assert not details.named_person


def test_a_secretariat_line_is_a_direct_number():
    details, _ = contact_of("Neem contact op met de GGD, tel. (045) 85 06 609 (secretariaat medische milieukunde).")
    assert details.phone == "direct"


def test_person_named_in_the_text():
    details, _ = contact_of("Heeft u vragen? Bel dan met mevrouw S. de Boer op 06-12345678.")
    assert details.named_person and details.person_name == "S. de Boer"


@pytest.mark.parametrize("text", [
    "Heeft u vragen, dan kunt u zich wenden tot dhr. H. Nieborg van de afdeling Openbare Werken.",
    "Met vragen kunt u terecht bij mevrouw S. de Boer van het team Parkeren.",
])
def test_person_the_reader_can_turn_to(text):
    details, _ = contact_of(text)
    assert details.named_person and details.person_name in ("H. Nieborg", "S. de Boer")


@pytest.mark.parametrize(("text", "name"), [
    ("Zaaknummer: 2021-054785\nBeh. ambtenaar: Dhr. C. Maas\nTelefoonnummer: 020 496 2121\n\nGeachte heer,", "C. Maas"),
    ("Inlichtingen bij: mw. J. Smit\n\nGeachte heer,\n\nWij hebben uw brief gekregen.", "J. Smit"),
    ("Stuur uw e-mail naar gemeente@ouder-amstel.nl t.n.v. de heer Maas met als onderwerp 'Werkgroep'.", "Maas"),
    ("Wilt u meedoen? Meld u dan aan via Karin Breedveld, via k.breedveld@almere.nl.", "Karin Breedveld"),
    # a hard-wrapped line between "contact" and "opnemen", and initials against the surname
    ("Als u dat wilt kunt u contact\nopnemen met S.Tuinstra, via e-mail of te bellen naar 0519 29 88 88.", "S.Tuinstra"),
    # a label after the words that introduce it ("Neem contact op met:" / "Inlichtingen bij" / the name)
    ("Heeft u ideeën? Neem dan contact op met:\n\nInlichtingen bij\n\nS.M. Coen\n\n(033) 469 44 70", "S.M. Coen"),
    # a name followed by its own e-mail address
    ("Meld u aan bij projectondersteuner Peggy van Esch: p.van.esch@roosendaal.nl.", "Peggy van Esch"),
    ("Vragen kunt u stellen aan de stadsdeelmanager: May Jung, e-mail: may.jung@sittard-geleen.nl.", "May Jung"),
    # the words before the name are no part of it; an address may start with the surname
    ("Vragen? Mail Peggy van Esch, p.van.esch@roosendaal.nl.", "Peggy van Esch"),
    ("Vragen? Bel Jan Smit, smit@voorbeeld.nl.", "Jan Smit"),
    # the person an e-mail goes to
    ("Heeft u vragen? Stuur dan via wijchen@voorbeeld.nl een e-mail aan Lambert van Beusekom.", "Lambert van Beusekom"),
    # the word that opens the line is no part of the name
    ("Heeft u vragen?\nMet Jan de Vries: jan.devries@voorbeeld.nl", "Jan de Vries"),
])
def test_a_person_named_in_the_header_or_as_the_addressee_of_a_reply(text, name):
    details, _ = contact_of(text)
    assert details.named_person and details.person_name == name


def test_a_name_before_an_address_that_is_not_its_own_is_no_contact():
    details, _ = contact_of("Vragen? Mail Jan de Vries, e-mail: info@utrecht.nl.")
    assert not details.named_person


def test_recipient_is_not_the_contact_person():
    details, _ = contact_of("Geachte heer Jansen,\n\nWij hebben uw brief gekregen.")
    assert not details.named_person


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("J.K. de Wit, juridisch medewerker gemeente Voorbeeld", "J.K. de Wit"),
        ("Peter van den Berg | Gemeente Zwolle", "Peter van den Berg"),
        ("Mevrouw drs. A. de Vries\nTeamleider Burgerzaken", "Mevrouw drs. A. de Vries"),
        ("De heer Bakker\nJuridische Zaken", "De heer Bakker"),
        ("de minister van Onderwijs,\nnamens deze,\nafdelingshoofd Subsidies,\n\nJ. Kraaijeveld", "J. Kraaijeveld"),
        ("JOHAN DE GROOT", "JOHAN DE GROOT"),
        ("Fatima el Amrani", "Fatima el Amrani"),
        ("Gedeputeerde Staten van Gelderland,\nnamens dezen,\n\nmr. A. Pieters", "mr. A. Pieters"),
        # surnames that begin with a short organisation word are names
        ("Ilse van Werkhoven", "Ilse van Werkhoven"),
        ("Jeroen Raadsveld", "Jeroen Raadsveld"),
        ("ing. K. Dienstman", "ing. K. Dienstman"),
        # initials typed without the space before the surname
        ("S.Tuinstra", "S.Tuinstra"),
    ],
)
def test_a_person_in_the_signature(signature, name):
    details, rules = contact_of("Wij helpen u graag." + CLOSING + signature)
    assert details.person_name == name and "CON001" not in rules


@pytest.mark.parametrize(
    "signature",
    [
        "Digitaal Loket",
        "Team Vergunningen",
        "Open Balie",
        "Het Klantcontactcentrum",
        "Gemeente Utrecht\nPubliekszaken",
        "Gemeent Rotterdam",  # a typo is still the municipality
        "Stadsloket Oost",
        "Maria Zorggroep",
        "Medewerker Begraven & cremeren",
        "Belastingdienst",
        "Sanne",  # a first name alone cannot be told from a product name
        # organisation words inside compounds, and names of governing bodies
        "Belastingsamenwerking Noord-Veluwe",
        "Gedeputeerde Staten van Gelderland",
        "Raad van Bestuur",
        "Omgevingsdienst Regio Nijmegen",
        "Dienst Werk en Inkomen",
        "Hoogheemraadschap Delfland",
        "Veiligheidsregio Utrecht",
        "Gemeentebelastingen Amstelland",
        "Kredietbank Nederland",
    ],
)
def test_a_team_desk_or_organisation_is_not_a_person(signature):
    details, rules = contact_of("Wij helpen u graag." + CLOSING + signature)
    assert not details.named_person and "CON001" in rules


@pytest.mark.parametrize(
    ("letter", "name"),
    [
        # the closing and the name on one line, as a web page or a flattened e-mail gives them
        ("Wij helpen u graag.\n\nMet vriendelijke groet, Auke Plantinga, Projectleider Parkeren", "Auke Plantinga"),
        # no closing: a name next to a line with a function
        ("Houd nog even vol!\n\nHans Engels\n\nBurgemeester gemeente Loppersum", "Hans Engels"),
        ("Wij adviseren het bezwaar ongegrond te verklaren.\n\nAdviseur,\n\nMw. [NAAM]", "Mw. [NAAM]"),
    ],
)
def test_a_signature_without_a_closing_line_of_its_own(letter, name):
    details, rules = contact_of(letter)
    assert details.person_name == name and "CON001" not in rules


@pytest.mark.parametrize("letter", [
    # a function line without a name next to it, or a name far from the end, is no signature
    "Wij helpen u graag.\n\nBurgemeester en wethouders van Voorbeeld",
    "Hans Engels heeft gebeld.\n\nWij bellen u terug.\nDat doen wij snel.\nWij helpen u graag.\nTot dan.\n"
    "Tot ziens.\nGroet uit het stadhuis.\nBurgemeester gemeente Loppersum",
])
def test_a_function_alone_is_no_named_person(letter):
    details, _ = contact_of(letter)
    assert not details.named_person


@pytest.mark.parametrize("segment", ["Sanne", "Open Balie", "Team {{ naam }}", "de minister van Onderwijs", "A.Gemeente"])
def test_person_in_says_no_to_what_is_not_a_name(segment):
    assert person_in(segment) is None


# --- template fields ----------------------------------------------------------------


def test_template_placeholders_count_as_present():
    details, rules = contact_of(
        "Beste {{ aanvrager.naam }},\n\nBel mij op {{ medewerker.telefoon }} of mail naar {{ medewerker.email }}."
        + CLOSING + "{{ medewerker.naam }}"
    )
    assert details.named_person and details.person_name == "{medewerker.naam}"
    assert details.phone == "placeholder" and details.email == "placeholder"
    assert not rules & {"CON001", "CON002", "CON005"}


def test_a_word_merge_field_for_the_sender_is_named_as_word_shows_it():
    details, rules = contact_of(
        "Heeft u vragen? Bel mij op 020 123 45 67 of mail naar subsidies@voorbeeldstad.nl." + CLOSING + "«Behandelaar»"
    )
    assert details.named_person and details.person_name == "«Behandelaar»"  # not {Behandelaar}
    assert "CON001" not in rules


@pytest.mark.parametrize("field", ["{{ behandelaar }}", "{{ medewerker.naam }}", "{{ contactpersoon }}", "{{ signer }}",
                                   "«Naam»", "[naam medewerker]", "(naam en e-mailadres behandelaar)",
                                   "{{ secretary }}", "<?=BABYLAB_MANAGER; ?> (lab manager)"])
def test_a_field_for_the_sender_is_a_named_person(field):
    details, _ = contact_of("Wij helpen u graag." + CLOSING + field)
    assert details.named_person


@pytest.mark.parametrize("field", ["{{ organisation_name }}", "{{ org_name }}", ":municipality_name", "{{ site_title }}",
                                   "{{ gemeente }}", "{{ sponsor.naam }}", "Team {{ PROJECTNAME }}",
                                   "Ondernemer Centraal ({settings.TENANT_NAME})"])
def test_a_field_for_the_organisation_is_not_a_person(field):
    details, _ = contact_of("Wij helpen u graag." + CLOSING + field)
    assert not details.named_person


def test_the_name_after_afzender_is_the_sender():
    details, _ = contact_of("Een dossier is teruggestuurd.\n\nAfzender: {{ tokenStorage.getToken().getUser().getNaam() }}")
    assert details.named_person


def test_the_readers_own_details_are_no_way_to_reach_the_municipality():
    details, _ = contact_of(
        "Beste {{ naam }},\n\nWij hebben uw melding ontvangen.\n\n"
        "Naam: {{ naam_melder }}\nTelefoonnummer: {{ telefoon_melder }}\nE-mailadres: {{ email_melder }}"
        + CLOSING + "Gemeente Rotterdam"
    )
    assert not details.named_person
    assert details.phone == "none" and details.email == "none"


def test_a_data_field_without_a_role_is_not_a_contact_option():
    # The colleague must call the resident back: these are the resident's details.
    details, _ = contact_of(
        "Beste collega,\n\nBel de inwoner binnen 48 uur terug.\n\n"
        "Telefoonnummer: {{ telefoonnummer }}\nE-mailadres: {{ email }}" + CLOSING + "Het Klantcontactcentrum"
    )
    assert details.phone == "none" and details.email == "none"


def test_a_field_with_a_contact_word_in_its_sentence_counts():
    details, _ = contact_of("Vragen of suggesties over dit project kun je naar {{ EMAIL }} sturen.")
    assert details.email == "placeholder"


def test_the_text_of_an_email_is_not_an_address():
    details, _ = contact_of("Bekijk de wijzigingen:\n\n{{ email.content }}" + CLOSING + "{{ sender.name }}")
    assert details.email == "none" and details.named_person
    details, _ = contact_of("Mail ons op {{ content.contactEmailAddress }}." + CLOSING + "{{ sender.name }}")
    assert details.email == "placeholder"


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("medewerker.telefoon", {"person", "phone"}),
        ("signaal.formulier_data.meta.telefoon_melder", {"phone", "reader"}),
        ("ggdPhoneNumber", {"phone"}),
        ("contactEmailAddress", {"person", "email"}),
        ("doReviewUrl", {"link"}),
        ("dossier.regasNummer", set()),  # a number, but no phone number
        # only the last part says a field is a message's text: an object named "content" holds addresses too
        ("email.content", {"email", "not_an_address"}),
        ("content.contactEmailAddress", {"person", "email"}),
        ("email.body|safe", {"email", "not_an_address"}),
        # a person's job title names no one; the person's own name does
        ("behandelaar.functie", {"not_a_person"}),
        ("behandelaar.naam", {"person", "name"}),
        ("functie.behandelaar", {"person"}),
        # with a person's word and an organisation's, the last one says what the field is
        ("organisation_team_member_name", {"person", "name"}),
        ("medewerker.afdeling", {"organisation"}),
        ("settings.TENANT_NAME", {"organisation", "name"}),
        ("project_manager", {"person"}),
        ("ul($caller_contacts)", {"person"}),
    ],
)
def test_fields_are_sorted_by_the_words_in_their_names(name, kinds):
    assert field_kinds(name) == kinds


def test_a_job_title_under_the_closing_names_no_one():
    details, _ = contact_of("Wij helpen u graag." + CLOSING + "{{ behandelaar.functie }}")
    assert not details.named_person


def test_a_bracketed_fill_in_stands_for_a_person_and_an_address():
    details, rules = contact_of("Wij helpen u graag." + CLOSING + "(naam en e-mailadres behandelaar)")
    assert details.named_person and details.email == "placeholder"
    assert not rules & {"CON001", "CON005"}


def test_a_sender_field_after_van_in_running_text_is_no_person():
    details, _ = contact_of("U heeft een bericht van [afzender] ontvangen in uw Berichtenbox. Log in om het te lezen.")
    assert not details.named_person
    # under the closing it signs the letter: a person
    details, _ = contact_of("Bel ons als u vragen heeft." + CLOSING + "{{ afzender }}")
    assert details.named_person


def test_the_app_as_a_subject_is_no_channel():
    text = "Het ministerie heeft besloten dat de app niet meer nodig is. Je krijgt geen melding meer."
    _, rules = contact_of(text)
    assert "CON007" not in rules
    _, rules = contact_of("Je hebt nu toegang tot de app. Kijk in de app wat je kunt doen.")
    assert "CON007" in rules


def test_a_bracket_outside_the_number_is_not_part_of_it():
    # a link in Markdown: "[14 020](tel:14020)"; a number's own pair of brackets stays
    assert [m.value for m in phones("Bel [14 020](tel:14020) op werkdagen.")][:1] == ["14 020"]
    assert [m.value for m in phones("Bel ons op (020) 555 1234.")] == ["(020) 555 1234"]


def test_the_general_number_is_named_once_in_the_message():
    text = "Heeft u een vraag? Bel met [14 020](tel:14020).\n\nMet vriendelijke groet,\nGemeente Voorbeeld\n"
    general = [f for f in check_text(text).findings if f.rule == "CON003"]
    assert len(general) == 1 and "14 020." in general[0].message and "of 14020" not in general[0].message


def test_the_signature_lines_and_their_spans_are_the_same_lines():
    """`signature_line_spans` gives where each of `signature_lines` stands: blank lines skipped,
    no more than SIGNATURE_LINES, none without a closing."""
    text = "U hoort binnen twee weken van ons." + CLOSING + "Sanne de Wit\n\nTeam Wonen\r\nGemeente Voorbeeld\n" + "x\n" * 9
    start = contact.signature_start(text)
    spans = contact.signature_line_spans(text, start)
    assert [text[begin:end] for begin, end in spans] == contact.signature_lines(text, start)
    assert contact.signature_lines(text, start)[:3] == ["Sanne de Wit", "Team Wonen\r", "Gemeente Voorbeeld"]
    assert len(spans) == contact.SIGNATURE_LINES
    assert contact.signature_line_spans("Tot ziens.", contact.signature_start("Tot ziens.")) == []


# --- where the findings about the whole letter point, and which say the same -----------------


def test_a_finding_about_the_whole_letter_points_at_the_closing():
    text = ("Beste meneer De Vries,\n\nWij hebben uw aanvraag gekregen.\n\nMet vriendelijke groet,\n\n"
            "Team Parkeren\n\nThis message is solely intended for the addressee. If you are not the "
            "intended recipient, please delete this message.")
    found = {f.rule: f for f in check_text(text).findings}
    closing = text.index("Met vriendelijke groet,")
    assert (found["CON001"].start, found["CON001"].end) == (closing, closing + len("Met vriendelijke groet,"))


def test_without_a_closing_the_finding_points_at_the_last_dutch_paragraph():
    text = ("Er staat een nieuw bericht voor u klaar.\n\nDit bericht is automatisch verstuurd.\n\n"
            "This message is solely intended for the addressee. If you are not the intended recipient, "
            "please delete this message.")
    found = {f.rule: f for f in check_text(text).findings}
    assert found["CON001"].start == text.index("Dit bericht is automatisch")


def test_only_a_website_says_it_once_not_also_no_phone_and_no_email():
    _, rules = contact_of("Kijk voor meer informatie op www.gemeente-voorbeeld.nl/parkeren.")
    assert "CON007" in rules and "CON002" not in rules and "CON005" not in rules
    # without CON007, the two say what is missing
    text = "Kijk voor meer informatie op www.gemeente-voorbeeld.nl/parkeren."
    settings = Settings(ignore=("CON007",))
    rules = {f.rule for f in check_text(text, settings).findings}
    assert {"CON002", "CON005"} <= rules
    # nor where the letter itself silences CON007
    rules = {f.rule for f in check_text(text + "\n\nb1check: ignore-file[CON007]").findings}
    assert {"CON002", "CON005"} <= rules and "CON007" not in rules


def test_no_reply_in_a_letter_with_a_phone_number_says_the_reader_can_call():
    text = "Heeft u vragen? Bel 14 000.\n\nDit is een automatische e-mail (antwoorden is niet mogelijk)."
    (finding,) = [f for f in check_text(text).findings if f.rule == "CON006"]
    assert "Bellen kan wel" in finding.message
    (other,) = [f for f in check_text("Dit is een automatische e-mail (antwoorden is niet mogelijk).").findings
                if f.rule == "CON006"]
    assert "Bellen kan wel" not in other.message
    # with an address that answers in the letter, the reader must find that one
    text = ("Heeft u vragen? Mail naar parkeren@gemeente-voorbeeld.nl.\n\n"
            "Deze e-mail komt van noreply@gemeente-voorbeeld.nl. U kunt daar niet op antwoorden.")
    (elsewhere,) = [f for f in check_text(text).findings if f.rule == "CON006"]
    assert "er direct bij" in elsewhere.message and "Bellen" not in elsewhere.message


READER_BLOCK = (
    "Gemeente Voorbeeld\nPostbus 100, 1000 AA Voorbeeld\nTelefoon: 030-286 00 00\n\n"
    "Geachte heer Jansen,\n\nWij hebben uw verzoek ontvangen.\n\n{heading}\n\n"
    "    Naam:           de heer J. Jansen\n{extra}    Telefoon:       06-12345678\n"
    "    E-mail:         j.jansen@example.nl\n\nWij beslissen binnen vier weken."
    + CLOSING + "Gemeente Voorbeeld"
)


@pytest.mark.parametrize("heading, extra", [
    ("Uw gegevens zoals bij ons bekend:", ""),
    ("Dit heeft u ingevuld:", ""),
    ("Gegevens van de aanvrager", ""),
    ("Wij gebruiken deze gegevens:", "    BSN:            123456782\n"),
])
def test_the_readers_own_details_are_no_way_to_reach_the_sender(heading, extra):
    details, rules = contact_of(READER_BLOCK.format(heading=heading, extra=extra))
    assert details.phone == "general"  # only the switchboard in the letterhead is left
    assert details.email == "none"
    assert {"CON003", "CON005"} <= rules


def test_a_block_of_details_under_another_heading_is_the_senders():
    details, _ = contact_of(READER_BLOCK.format(heading="Onze contactgegevens:", extra=""))
    assert details.phone == "direct" and details.email == "personal_or_team"


@pytest.mark.parametrize("address, kind", [
    ("overijsselloket@overijssel.nl", "generic"), ("wmoloket@gemeente-voorbeeld.nl", "generic"),
    ("klantenservice@voorbeeld.nl", "generic"), ("parkeren@gemeente-voorbeeld.nl", "personal_or_team"),
])
def test_a_desk_for_everyone_is_a_general_address(address, kind):
    assert [m.kind for m in contact.emails(f"Mail naar {address}.")] == [kind]


@pytest.mark.parametrize("text", [
    # (code read 4) a letterhead with the reader's BSN beside the case handler's number
    "Datum: 1 mei 2025\nOns kenmerk: 2025-001\nBSN: 123456782\nBehandeld door: P. de Vries\n"
    "Telefoonnummer: 06-12345678\nE-mail: p.devries@gemeente-voorbeeld.nl\n\nGeachte heer Jansen,\n\nU krijgt bericht."
    + CLOSING + "P. de Vries",
    # a sentence that mentions the reader's details is no heading
    "Uw gegevens gebruiken wij alleen voor deze aanvraag. Heeft u vragen? U kunt ons zo bereiken:\n\n"
    "Telefoon: 06-12345678\nE-mail: p.devries@gemeente-voorbeeld.nl" + CLOSING + "P. de Vries",
    # the details of the case, with the handler's number
    "Gegevens van de aanvraag:\nZaaknummer: Z-2025-1\nTelefoon: 06-12345678\nE-mail: p.devries@gemeente-voorbeeld.nl"
    + CLOSING + "P. de Vries",
])
def test_the_senders_block_stays_a_way_to_reach_them(text):
    details, rules = contact_of(text)
    assert details.phone == "direct" and details.email == "personal_or_team"
    assert not {"CON002", "CON005"} & rules


def test_a_reader_heading_wins_over_labels_of_a_contact_person_in_the_readers_block():
    # (code read 5) the form asked the reader for their own contact person: still the reader's details
    details, rules = contact_of(
        "Bedankt voor uw aanmelding.\n\nDit heeft u ingevuld:\nNaam organisatie: Stichting Test\n"
        "Contactpersoon: J. Jansen\nTelefoon: 06-12345678\nE-mail: j.jansen@example.nl\n\n"
        "Wij nemen binnen een week contact met u op." + CLOSING + "Gemeente Voorbeeld")
    assert details.phone == "none" and details.email == "none"
    # a heading with "o.a." in it is still a heading
    details, _ = contact_of(READER_BLOCK.format(heading="Uw gegevens (o.a. adres en telefoon):", extra=""))
    assert details.phone == "general" and details.email == "none"
