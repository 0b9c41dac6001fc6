"""The structure of a letter: a 'no' needs a reason, and the reader must know what happens next."""

from __future__ import annotations

import pytest

from b1check.settings import Settings
from tests.helpers import findings_for

FAST = Settings(model=None)


def refusals(text, settings=None):
    return [f for f in findings_for(text, settings=settings) if f.rule == "STR001"]


def has_next_step(text):
    return not [f for f in findings_for(text) if f.rule == "STR002"]


# --- a 'no' without a reason (STR001) -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Uw aanvraag wordt niet in behandeling genomen.",
        "Uw verzoek is niet geaccepteerd.",
        "Wij kunnen de subsidie niet toekennen.",
        "Uw aanvraag is buiten behandeling gesteld.",
        "Uw aanvraag voor een parkeervergunning is niet goedgekeurd.",
        "Wij weigeren uw verzoek.",
        "Wij wijzen uw aanvraag af.",
        "Helaas moeten we je melden dat je verzoek is afgewezen.",
        "Een door jou ingezonden dossier is afgekeurd.",
        "U krijgt geen vergunning.",
        "Uw bezwaar is ongegrond.",
        "U komt niet in aanmerking voor bijzondere bijstand.",
        # The law says which rule applies, not why it applies to the reader.
        "Wij wijzen uw aanvraag af op grond van artikel 4 van de Algemene wet bestuursrecht.",
        # the name of a law is no reason, even when it holds a word of content
        "Op grond van de Verordening sportsubsidie wordt uw aanvraag afgewezen.",
        # a 'no' said round about
        "Wij hebben besloten niet aan uw verzoek om een extra parkeerplaats tegemoet te komen.",
        "Helaas kunnen wij niet ingaan op uw verzoek om uitstel.",
        "Wij geven geen gehoor aan uw verzoek om de boom te laten staan.",
        # the reader's plan cannot go ahead
        "Helaas is uw idee voor een speeltuin niet haalbaar.",
        "Uw initiatief is niet uitvoerbaar.",
        # an aside in brackets does not cut the clause in two
        "Wij wijzen uw aanvraag (van 3 mei) af.",
        "Uw aanvraag wordt niet (volledig) toegekend.",
        "U krijgt geen (nieuwe) parkeervergunning.",
    ],
)
@pytest.mark.parametrize("settings", [None, FAST], ids=["parse", "fast"])
def test_a_refusal_without_a_reason_is_flagged(sentence, settings):
    (found,) = refusals(f"Beste mevrouw Bakker,\n\n{sentence} Heeft u vragen? Bel ons.", settings)
    assert found.text.startswith(sentence.split()[0])
    assert found.message.endswith("Schrijf de reden erbij.")


@pytest.mark.parametrize(
    "letter",
    [
        "Wij wijzen uw aanvraag af, omdat uw inkomen te hoog is.",
        "Uw aanvraag is afgewezen. De reden is dat u niet in de gemeente woont.",
        "Wij nemen uw aanvraag niet in behandeling. Uw aanvraag voldoet niet aan de eisen om in behandeling "
        "te worden genomen.",
        "Uw inkomen is hoger dan de grens. Daarom wijzen wij uw aanvraag af.",
        "U krijgt geen subsidie, want de activiteit is al begonnen.",
        "Reden van afwijzing: uw auto is te groot voor deze straat.\nUw aanvraag is afgewezen.",
        "Wij komen niet aan uw verzoek tegemoet, omdat de stoep daar te smal is.",
        "Op grond van de Verordening sportsubsidie wijzen wij uw aanvraag af, omdat uw club geen leden in de gemeente "
        "heeft.",
        # what is refused, named by its flaw (new set h61)
        "Niet complete verzoeken nemen wij niet in behandeling.",
        "Onvolledige aanvragen worden niet behandeld.",
        # the cause first, with 'door' (new set h72); and the reasons in the paragraph after the colon,
        # past one blank line
        "Wij wijzen uw aanvraag af. Door uw hoge inkomen heeft u geen recht op toeslag.",
        "Om de volgende reden wijzen wij uw aanvraag af:\n\n*Door een combinatie van een onzeker inkomen en "
        "een onduidelijke schuldpositie is de aanvraag afgewezen.*",
        "Om de volgende reden wijzen wij uw aanvraag af:\n\nUw bedrijf is gevestigd in Utrecht.",
        # any cause first with 'door' that is no doer, time or the decision itself (code read 134)
        "Door de hoge kosten kunnen wij uw aanvraag niet toekennen.",
        "Wij wijzen uw aanvraag af. Door de wijziging van de regels heeft u geen recht meer op subsidie.",
        # a reason that opens with a word that looks like a command, or lacks its full stop (code read 134)
        "Uw aanvraag wordt afgewezen. De reden is:\n\nBegin dit jaar is de regeling gestopt.",
        "Uw aanvraag wordt afgewezen. De reden is:\n\nUw inkomen ligt boven de grens van de regeling",
        # a list with markdown bullets (code read 135)
        "Om de volgende redenen wijzen wij uw aanvraag af:\n\n* te laat\n* onvolledig",
        "Door de lange wachttijd kunnen wij uw aanvraag niet toekennen.",
        "Om de volgende reden wijzen wij uw aanvraag af:\n\n- uw bedrijf is gevestigd in Utrecht\n- het is te laat",
    ],
)
def test_a_refusal_with_a_reason_is_fine(letter):
    assert not refusals(letter)


@pytest.mark.parametrize(
    "letter",
    [
        "Als u niet op tijd reageert, nemen wij uw aanvraag niet in behandeling.",  # a warning, not a 'no'
        "Stuurt u de papieren niet op? Dan behandelen wij uw aanvraag niet.",
        "Vraag het eerst aan de instelling. Anders is uw verzoek niet-ontvankelijk.",
        "Uw aanvraag is goedgekeurd.",
        "Uw aanvraag is nog niet goedgekeurd.",  # not yet
        "Uw aanvraag is nog niet in behandeling genomen.",
        "U krijgt geen boete.",  # good news
        "Uw gegevens worden niet verstrekt aan anderen.",
        "Dit bericht hebben we ingetrokken.",
        "U mag weigeren om mee te werken.",  # the reader says no, not the municipality
        "Heeft u de code niet zelf aangevraagd?",
        "Betreft: Afwijzing aanvraag",  # a heading, no decision
        # a rule that comes with a permit, and the same words about something else than a request
        "U krijgt de standplaats op de markt. Het is niet toegestaan uw kraam na 18.00 uur te laten staan.",
        "Wij geven u de vergunning. Het is verboden om vuurwerk af te steken.",
        "In deze brief gaan wij niet in op de details van de regeling.",
        "Wij komen u graag tegemoet in de reiskosten.",
        # "niet haalbaar" about something else than the reader's plan, or as a condition
        "Een tweede brug is voor de gemeente niet haalbaar.",
        "Als uw idee niet haalbaar is, bellen wij u.",
    ],
)
def test_what_is_not_a_refusal(letter):
    assert not refusals(letter)


@pytest.mark.parametrize(
    ("letter", "field"),
    [
        ("Wij wijzen uw aanvraag af vanwege de volgende reden(en):\n\n{{ reden }}", "{{ reden }}"),
        ("Uw aanvraag is afgewezen.\n\nUw aanvraag voldoet niet aan de volgende voorwaarden:\n\n{{ voorwaarden }}",
         "{{ voorwaarden }}"),
        ("Uw subsidieaanvraag moet ik helaas afwijzen.\n\nReden: {$content->rejectedNote}", "{$content->rejectedNote}"),
        # the law named before the decision is no reason; the section of reasons holds only a field
        ("Op grond van de Verordening sportsubsidie {{ gemeente }} wordt uw aanvraag afgewezen.\n\nMotivering\n"
         "{{ motivering }}\n\nWel krijgt u een bijdrage voor de reiskosten.", "{{ motivering }}"),
        ("Wij wijzen uw verzoek om ontheffing af om de volgende reden: {$reden}", "{$reden}"),
    ],
)
def test_a_reason_only_in_a_template_field_is_no_reason(letter, field):
    (found,) = refusals(letter)
    assert f"De reden staat alleen in het veld {field}." in found.message


def test_a_refusal_in_one_branch_of_a_template_is_found():
    letter = 'De toegang tot zaak {{ zaak }} is{% if result != "approve" %} niet{% endif %} goedgekeurd.'
    (found,) = refusals(letter)
    assert "goedgekeurd" in found.text


def test_an_empty_reason_label_is_no_reason():
    letter = "Je verzoek is afgewezen.\n\nReden van afwijzing:\n\nGa naar de app om je gegevens te bekijken."
    assert refusals(letter)


# A letter as the tests below write it: a salutation, the body, a question line.
def letter(body):
    return f"Beste mevrouw Yilmaz,\n\n{body}\n\nHeeft u vragen? Bel ons."


@pytest.mark.parametrize(
    "body",
    [
        # the reason in the sentence before, without a causal word
        "Het perceel heeft de bestemming Bedrijf. Wonen is daar niet toegestaan. Wij weigeren de omgevingsvergunning.",
        "Uw plan past niet in het bestemmingsplan. Om die reden weigeren wij de vergunning.",
        "Uw inkomen ligt boven de grens van de regeling. Wij wijzen uw aanvraag derhalve af.",
        "Er staan al twee auto's op uw adres. U krijgt daarom geen parkeervergunning.",
        # the reason in a section of its own, after the decision or before it
        "Besluit\n\nWij weigeren de vergunning voor de dakkapel.\n\nMotivering\n\nDe dakkapel staat aan de voorkant "
        "van de woning. Volgens het bestemmingsplan mag een dakkapel alleen aan de achterkant.",
        "Onze beoordeling\n\nDe aanbouw is 6 meter diep. Het bestemmingsplan staat 4 meter toe.\n\nOns besluit\n\n"
        "Wij weigeren de vergunning.",
        "Waarom krijgt u geen kwijtschelding?\n\nUw vermogen is hoger dan het bedrag dat u mag hebben.\n\n"
        "Ons besluit\n\nWij wijzen uw verzoek om kwijtschelding af.",
        "Wij weigeren de kapvergunning.\n\nToelichting\n\nDe boom is gezond. Hij staat in een beschermd gebied.",
        "Uw bezwaar tegen ons besluit van 3 maart 2024 is ongegrond.\n\nOverwegingen\n\nU zegt dat u te weinig tijd "
        "kreeg. Wij gaven u vier weken. Dat is de termijn die de wet noemt.",
        "U krijgt de ontheffing niet.\n\nWaarom niet?\n\nEen ontheffing is alleen voor bedrijven die in het centrum "
        "goederen leveren. U levert geen goederen in het centrum.",
        # a sentence after the 'no' that opens with its reason
        "Wij wijzen uw aanvraag af. Omdat uw inkomen te hoog is, heeft u geen recht op bijstand.",
        "Wij wijzen uw aanvraag af. Omdat u buiten de gemeente woont, valt u buiten de regeling.",
        "Wij kunnen uw aanvraag niet behandelen. Omdat u in Amsterdam woont, moet u de aanvraag daar indienen.",
        # a second 'no' that goes on from the first, in the same paragraph, shares its reason
        "Vanwege de droogte geven wij geen ontheffing voor stoken. Afgegeven ontheffingen trekken wij in.",
        # a decision that refuses one part, with the reason for that part
        "Wij kennen u € 500 toe voor de traplift. Het andere deel van uw aanvraag wijzen wij af. De kosten van de "
        "verbouwing van uw badkamer vallen niet onder de regeling.",
    ],
)
@pytest.mark.parametrize("settings", [None, FAST], ids=["parse", "fast"])
def test_a_reason_before_the_decision_or_in_its_own_section_is_found(body, settings):
    assert not refusals(letter(body), settings)


@pytest.mark.parametrize(
    "body",
    [
        "Wij hebben uw aanvraag bekeken. Er is geen aanleiding de vergunning te weigeren. Wij verlenen de vergunning.",
        "Wij verlenen u de vergunning. Er zijn geen redenen om de vergunning te weigeren.",
        "U moet wijzigingen in uw inkomen doorgeven. Misschien heeft u dan geen recht meer op bijstand.",
        "Het kan zijn dat u dan geen recht meer heeft op huurtoeslag.",
        "Als u niet op tijd betaalt, krijgt u geen korting meer.",
        "Wij kunnen uw uitkering weigeren als u niet meewerkt.",
        # what an earlier decision said, told again in a decision on objection
        "Bij besluit van 3 maart 2024 hebben wij uw aanvraag afgewezen. U heeft daartegen bezwaar gemaakt. "
        "U krijgt alsnog de vergunning.",
        "Bij dat besluit hebben wij uw aanvraag geweigerd. Wij vinden uw bezwaar gegrond.",
        "U wilde de eik in uw tuin laten kappen. Die vergunning kreeg u niet. Daarom stuurde u ons uw bezwaar.",
        "Uw aanvraag werd toen afgewezen. Nu krijgt u de vergunning alsnog.",
        # the rule in an enforcement letter
        "Wij hebben gezien dat u een schuur heeft gebouwd. Bouwen zonder vergunning is niet toegestaan.",
        "Bij een controle zagen wij dat u een schuur heeft gebouwd. U heeft daarvoor geen omgevingsvergunning. "
        "Wij vragen u de schuur voor 1 augustus weg te halen.",
        "Op 3 maart 2024 hebben wij uw aanvraag afgewezen. U heeft daartegen bezwaar gemaakt.\n\nOns besluit\n\n"
        "Uw bezwaar is gegrond. U krijgt de parkeervergunning alsnog.",
        "Het is niet toegestaan zonder vergunning een schutting hoger dan 2 meter te plaatsen.",
        # a decision that refuses one part, with its reason
        "Wij verlenen de vergunning voor de aanbouw. De vergunning voor de dakkapel weigeren wij, omdat die aan de "
        "voorkant staat.",
        # a condition, no need, or a 'no' to something else than the request
        "Zonder deze gegevens kunnen wij uw aanvraag niet behandelen. Stuur ze voor 1 mei.",
        "Wij kunnen uw aanvraag niet in behandeling nemen zolang de stukken ontbreken.",
        "De vergunning hoeft niet verlengd te worden.",
        "Wij verstrekken geen informatie over uw aanvraag aan anderen.",
        "Helaas is het niet gelukt uw aanvraag binnen acht weken te behandelen. Wij hebben meer tijd nodig.",
        "U ontvangt geen brief meer van ons over deze aanvraag.",
        # an aside in brackets that says who gets nothing else
        "Inwoners die de toeslag in 2022 hebben gekregen (maar geen bijstandsuitkering ontvangen), krijgen de "
        "toeslag ook dit jaar automatisch.",
    ],
)
@pytest.mark.parametrize("settings", [None, FAST], ids=["parse", "fast"])
def test_what_is_no_refusal_of_the_readers_request(body, settings):
    assert not refusals(letter(body), settings)


@pytest.mark.parametrize(
    "body",
    [
        "U krijgt de ontheffing niet.",
        "Uw aanvraag heeft niet geleid tot toekenning.",
        "Wij hebben uw aanvraag beoordeeld. Dit heeft geleid tot afwijzing.",
        "Wij zijn overgegaan tot afwijzing van uw aanvraag.",
        "Helaas gaan wij niet akkoord met uw verzoek.",
        "Wij kunnen uw aanvraag niet toewijzen.",
        "Het college heeft besloten u geen ontheffing te verlenen.",
        "Uw verzoek om ontheffing wordt niet ingewilligd.",
        "Wij wijzen uw verzoek om kwijtschelding af.",  # "af" at the end, whatever the parser made of it
        "Wij hebben uw aanvraag voor kwijtschelding bekeken. Helaas kunnen wij u geen kwijtschelding geven.",
        "{% if toegekend %}\nUw aanvraag is toegekend.\n{% else %}\nWij hebben besloten uw aanvraag af te wijzen.\n"
        "{% endif %}",
        "@if($toegekend)\nU krijgt de subsidie.\n@else\nU krijgt de subsidie niet.\n@endif",
        # the reason in another branch is not read by whoever gets this one
        "{% if deels %}\nU krijgt een deel. Wij geven geen geld voor de huur, want dat valt niet onder de regeling.\n"
        "{% else %}\nHelaas heeft uw aanvraag niet geleid tot toekenning van de subsidie.\n{% endif %}",
        # 'door' first names who did it, or a time, or a consequence: not why (code read 131)
        "Door de gemeente is uw aanvraag afgewezen.",
        "Door de provincie is uw aanvraag afgewezen.",
        "Wij wijzen uw aanvraag af. Door de week zijn wij bereikbaar.",
        "Door dit besluit krijgt u geen toeslag.",
        "Door het UWV is uw uitkering stopgezet. U krijgt geen uitkering meer.",
        # the end of a compound says who did it; a time; the decision itself (code read 135)
        "Door de bezwaarschriftencommissie is uw bezwaar ongegrond verklaard.",
        "Door de verzekeringsarts is uw aanvraag afgewezen.",
        "Door de adviseur van de gemeente is uw aanvraag afgewezen.",
        "Wij wijzen uw aanvraag af. Door de jaren heen is de regeling veranderd.",
        "Door deze beschikking krijgt u geen toeslag.",
        # after the colon: what to do next with an "als" clause, or a heading, is no reason (code read 135)
        "Uw aanvraag wordt afgewezen. De reden is:\n\nNeem contact met ons op als u vragen heeft.",
        "Uw aanvraag wordt afgewezen. De reden is:\n\nUw rechten en plichten bij dit besluit\n\nU kunt bezwaar maken.",
        # after the colon and a blank line: a closing or a heading is no reason
        "Uw aanvraag wordt afgewezen. De redenen zijn:\n\nMet vriendelijke groet,",
        "Uw aanvraag wordt afgewezen. De reden is:\n\nBezwaar maken\nU kunt bezwaar maken.",
        # not going over to paying is a 'no' too, and its reason is only a template field (new set h72)
        "Om de volgende reden gaan wij (nog) niet over tot uitbetaling van de borgstelling:\n\n*{{ model.reden }}*",
        # "jammer" is no reason; nor is a section of reasons that only says how the decision was made
        "Wij wijzen uw aanvraag af. Wij vinden het jammer dat wij u niet kunnen helpen.",
        "Uw aanvraag is afgewezen.\n\nMotivering\n\nBij de beoordeling is rekening gehouden met alle belangen.",
        "Ons besluit\n\nWij wijzen uw aanvraag voor bijzondere bijstand af.\n\nMotivering\n\nUw aanvraag is "
        "beoordeeld op grond van de Participatiewet.",
        # a sentence that opens with the 'no' itself as its cause explains what follows from it
        "Op vrijdag bent u niet ingedeeld op de markt.\n\nReden: {reason.message}\n\nOmdat u zich wel heeft "
        "aangemeld, maar niet bent ingedeeld, mag u morgen eerder een marktplaats kiezen dan wie zich niet "
        "heeft aangemeld.",
        # the objection paragraph is a condition, not a reason
        "Wij wijzen uw aanvraag af.\n\nBent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Als u te laat "
        "bent, nemen wij uw bezwaar niet in behandeling.",
        # so is a condition with its verb first and "dan", even without "als"
        "Op vrijdag bent u niet ingedeeld op de markt.\n\nReden: {reason.message}\n\nHeeft u geen marktplaats "
        "gekregen terwijl u die wel verwachtte, of heeft u vragen, dan kunt u die aan de marktmeester stellen.",
    ],
)
@pytest.mark.parametrize("settings", [None, FAST], ids=["parse", "fast"])
def test_more_refusals_without_a_reason(body, settings):
    assert len(refusals(letter(body), settings)) == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("Wij wijzen uw aanvraag af.\n\nMotivering\n\n{{ motivering }}", "{{ motivering }}"),
        # the reason is in the field; the advice asked and the warning after it explain nothing
        ("Wij hebben besloten de door u aangevraagde vergunning te weigeren.\n\nMotivering\n{{ reden_weigering }}"
         "\n\nBij de beoordeling van uw aanvraag is advies gevraagd aan de politie.\n\nZonder vergunning mag u het "
         "evenement niet houden.", "{{ reden_weigering }}"),
        # a section of reasons that points to a template field gives no reason
        ("Besluit\n\nUw aanvraag moet ik helaas afwijzen.\n\nMotivering\n\nHet doel van de regeling is dat "
         "scholen les kunnen geven over gezondheid.\n\nUw aanvraag voldoet niet aan de volgende voorwaarden:"
         "\n\n{{ reden }}", "{{ reden }}"),
    ],
)
def test_a_reason_only_in_a_template_field_names_the_field(body, field):
    (found,) = refusals(letter(body))
    assert field in found.message


# --- what happens next (STR002) -------------------------------------------------------


@pytest.mark.parametrize(
    "step",
    [
        "U krijgt binnen twee weken bericht.",
        "U hoeft niets te doen.",
        "Wij nemen contact met u op.",
        "We gaan zo snel mogelijk met uw verzoek aan de slag.",
        "Neem contact op met de inwoner om de volgende stappen te bespreken.",
        "Betaal het bedrag vóór 1 mei.",
        "Klik hier om je stem te bevestigen",
        "Reservering aanpassen",  # a button
        "Heeft u dit niet zelf gedaan? Neem dan contact met ons op.",
        "Als u dit niet zelf gedaan hebt, vraag dan een nieuw wachtwoord aan.",
        "U kunt bezwaar maken.",
        "Wilt u het formulier voor 1 juni terugsturen?",
        "Wij ontvangen de papieren graag voor {{ datum }}.",
        "Houd uw administratie van de afgelopen twee jaar beschikbaar.",
        "De wettelijke termijn eindigt op 1 mei.",
        "De rekening ontvangt u apart.",
        "Wij vragen u het formulier in te vullen.",
        "We vragen aan u om zich aan deze maatregelen te houden.",
        "Daarom willen wij graag van u weten wat u van uw wijk vindt.",
        "De provincie vervangt in de nacht van donderdag 23 op vrijdag 24 mei de lichtmasten.",
        "Een bewoner kan dan de wethouder uitnodigen op de koffie.",
        "Met het rapport kan de bezitter een herkeuring aanvragen.",
        "Een afspraak kan gemaakt worden via het secretariaat.",
        "U hoort t.z.t. meer van ons.",
        "Over de nieuwe straat hoort u later meer.",
        # a call on the reader in the third person, as a notice to owners makes it
        "Eigenaren van deze boten worden dringend verzocht deze weg te halen.",
        "Daarom verzoeken wij de eigenaar het vaartuig binnen een week te verwijderen.",
        "Het gemeentebestuur verzoekt de eigenaren contact op te nemen met de controleur.",
        # a date still to come, also in a passive
        "Uw aanvraag wordt op 3 juni behandeld.",
        "De school is tot 1 september gesloten, daarna kunt u uw kind weer brengen.",
        # a request or invitation still open, though told in the perfect
        "Anna en Piet hebben u gevraagd om getuige te zijn bij hun huwelijk.",
        "Piet heeft gevraagd of u het huwelijk wilt bevestigen.",
        "U bent uitgenodigd voor de bewonersavond.",
        # the reader in the third person gets something still to come
        "Ouders krijgen elke maand een nieuwsbrief over de verbouwing.",
        "Bewoners ontvangen binnenkort een uitnodiging voor de inloopavond.",
        # what happens next, told in the passive of the future
        "Het afval zal volgende maand worden opgehaald.",
        "De aanhanger zal door de gemeente worden weggesleept.",
        "De kosten zullen op de eigenaar verhaald worden.",
        # what the reader can do, in the passive with the way to do it
        "Het probleem kan worden opgelost door de container aan de straat te zetten.",
        # a polite request
        "Wij zouden het op prijs stellen als u het formulier terugstuurt.",
        "We stellen het op prijs als je je mening geeft over het plan.",
        # when: a time on the clock, a month or a week
        "De bijeenkomst begint om 19.30 uur in het dorpshuis.",
        "In de eerste week van maart kappen we de boom.",
        "Eind april beginnen de werkzaamheden.",
        "U ontvangt tijdig nadere informatie hierover.",
        # someone will contact the reader (review 109)
        "Deze afspraak is telefonisch. U wordt gebeld door de adviseur van Ondernemer Centraal.",
        "Bel Jeroen, hij helpt u graag bij het invullen.",  # a command, no signing name: a verb follows
        "Login op de website met de knop rechtsboven.",  # the English word as a command
    ],
)
def test_a_next_step_is_recognised(step):
    assert has_next_step(f"Wij hebben uw melding gekregen. {step}")


@pytest.mark.parametrize(
    "letter",
    [
        "Wij hebben uw brief gekregen. Dank voor uw brief.",
        "Deze e-mail bevat vertrouwelijke informatie. Bent u niet de geadresseerde? Geef dit dan aan ons door.",
        "Uw melding is binnen. Meer informatie leest u op www.gemeente-voorbeeld.nl.",
        "Wij hebben een bericht ingetrokken. U kunt het bericht nu niet meer bekijken.",
        "Op maandag 3 maart hebben wij uw brief ontvangen.",  # a day with a date, in the past
        "Wij hebben uw brief gekregen. Dit zal worden meegenomen.",  # something will happen, but not what
        "Wij hebben u gebeld. Houd uw dossiernummer bij de hand als u contact met ons opneemt.",
        "De toegang is goedgekeurd. Je kunt het resultaat hier.",
        "Bedankt voor je inzending! Je inzending is goed ontvangen.",
        ":code is uw verificatiecode.",
        "Type: Nieuw\nComponent: eID",
        # a form of address in the address block and "In" are no commands ("mevrouwen", "innen")
        "Mevrouw N. Rachidi\nSchoolstraat 9\n\nVanaf 1 januari krijgt u meer kinderbijslag.\n\n"
        "In totaal krijgt u € 711,10 per kwartaal.",
        # a date in the past tells what happened, and a closing is no command ("hoogachten")
        "Wij hebben uw brief gekregen. Het besluit over de bomen is op 3 maart 2025 genomen en op 5 maart "
        "gepubliceerd. De termijn voor bezwaar is op 14 april 2025 verstreken.\n\nHoogachtend,\n\nAfdeling Wonen",
        "Wij ontvingen uw brief op 2 mei 2025. Uw opmerkingen zijn doorgestuurd naar de afdeling Wegen.",
        # the reader asked: nothing for the reader to do
        "U heeft gevraagd om uitstel. Dat verzoek hebben wij op 3 mei 2025 gekregen.",
        # a closing that ends in a verb's form is no button
        "Hierbij de rapportage van deze maand.\n\nMet vriendelijke groeten,\n\nTeam Beheer",
        # what the reader in the third person got before is told, not still to come
        "De school is verbouwd. Ouders ontvingen vorig jaar een brief over de verbouwing.",
        # a passive with "kan" and an agent is a possibility, not a way to act
        "De school is verbouwd. De aanbouw kan worden goedgekeurd door de commissie.",
        # thanks, not a request
        "De school is verbouwd. Wij stellen uw hulp zeer op prijs.",
        # "Wel" opens a sentence as an adverb, it is no command ("wellen")
        "Wij hebben uw brief gelezen. Wel willen wij kwijt dat wij het rapport anders lezen.",
        # a day gone by, and a participle that opens the sentence ("aflopen"), is no command
        "Afgelopen woensdag 20 februari is er een fout gemaakt. Dat spijt ons.",
        # an adverb that opens a sentence, and a name that signs the letter ("zekeren", "tonnen")
        "Zeker voor ouders was dit vervelend. Wij bieden onze excuses aan.",
        "Wij wensen u fijne feestdagen.\n\nTon Heerts, burgemeester van Apeldoorn",
        # a month that has gone by
        "In maart hebben wij uw brief ontvangen. Dank voor uw brief.",
        # an adverb that opens a sentence is no command ("helen"), nor the label of a line
        "Helaas heeft je idee niet genoeg stemmen gekregen. Heel erg bedankt voor het delen van je idee.",
        "U bent ingedeeld op de markt.\n\nMarkt: Albert Cuyp\nPlaats(en): 12, 13\n\nMet vriendelijke groet",
        # the header of a forwarded e-mail, with a day and a date in it
        "Van: Procedurekamer <procedure@provincie.nl>\nVerzonden: maandag 2 december 2024 10:53\n"
        "Onderwerp: Afrondingsbrief\n\nGeachte lezer,\n\nBijgaand een afschrift van onze brief.",
    ],
)
def test_a_letter_without_a_next_step_is_flagged(letter):
    assert not has_next_step(letter)


@pytest.mark.parametrize(
    "offer",
    [
        "Heeft u vragen? Neem dan contact met ons op via het contactformulier op onze website.",
        "Voor vragen kunt u bellen met 14 020.",
        "Heeft u nog vragen? Mail ons.",
        "Heeft u toch nog vragen? Mail dan naar de gemeente.",
        "Heeft u vragen of opmerkingen? Stuur dan een email naar info@gemeente.nl.",
    ],
)
def test_an_offer_to_ask_questions_is_no_next_step(offer):
    letter = f"Beste mevrouw Yilmaz,\n\nWij wijzen uw aanvraag af, omdat u niet in de gemeente woont.\n\n{offer}"
    (found,) = [f for f in findings_for(letter) if f.rule == "STR002"]
    assert "Alleen 'Heeft u vragen?' is niet genoeg." in found.message
    # without a 'no' it says whom to ask, not what happens now (letters h42) …
    assert not has_next_step(f"Wij hebben uw melding gekregen.\n\n{offer}")
    # … and with a step it stays fine
    assert has_next_step(f"Wij hebben uw melding gekregen. Binnen 2 weken hoort u van ons.\n\n{offer}")


@pytest.mark.parametrize(
    "step",
    [
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.",
        "Heeft u vragen of wilt u bezwaar maken? Bel ons dan.",
        "U kunt in januari opnieuw een aanvraag doen.",
    ],
)
def test_after_a_no_a_real_step_counts(step):
    letter = f"Beste mevrouw Yilmaz,\n\nWij wijzen uw aanvraag af, omdat u niet in de gemeente woont.\n\n{step}"
    assert has_next_step(letter)


@pytest.mark.parametrize("settings", [None, FAST], ids=["parse", "fast"])
def test_a_no_in_another_branch_does_not_share_the_reason_of_the_no_before_it(settings):
    letter = ("Beste mevrouw Bakker,\n\n{% if deels %}\nWij wijzen uw aanvraag voor de huur af, want die valt niet "
              "onder de regeling.\n{% else %}\nWij wijzen uw aanvraag af.\n{% endif %}\n\nHeeft u vragen? Bel ons.")
    (found,) = refusals(letter, settings)
    assert found.text.startswith("Wij wijzen uw aanvraag af")


@pytest.mark.parametrize("settings", [None, FAST], ids=["parse", "fast"])
def test_a_reason_in_the_same_branch_of_a_template_still_counts(settings):
    body = ("{% if afgewezen %}\nUw aanvraag is afgewezen. Uw inkomen is hoger dan de grens van de regeling.\n"
            "{% else %}\nU krijgt de subsidie.\n{% endif %}")
    assert refusals(letter(body), settings) == []


def test_a_rule_whose_subject_the_parse_lost_is_no_refusal():
    # "Wonen" became an adverb in the parse; no request before the verb, so no 'no' to one
    # (the fast mode, without a parse, still takes it for one).
    assert not refusals(letter("Het perceel heeft in het omgevingsplan de functie bedrijf. "
                               "Wonen is ter plaatse niet toegestaan."))


@pytest.mark.parametrize(
    ("word", "command"),
    [
        ("Houd", True), ("Geef", True), ("Bel", True), ("Betaal", True), ("Verstuur", True),
        # a closing, a participle, thanks: they ask nothing of the reader
        ("Hoogachtend", False), ("Gelet", False), ("Gebeld", False), ("Verstuurd", False), ("Bedankt", False),
    ],
)
def test_a_command_is_the_stem_of_a_verb_not_a_participle(word, command):
    from b1check.analysis.structure import is_imperative

    assert is_imperative(word) is command


def test_a_title_that_says_no_leaves_the_judgement_to_the_letters_own_no():
    title = "Buiten behandeling stellen aanvraag\n\nBeste lezer,\n\n"
    with_reason = "Omdat wij de gegevens niet op tijd kregen, stellen wij uw aanvraag buiten behandeling.\n"
    assert refusals(title + with_reason) == []
    (found,) = refusals(title + "Wij stellen uw aanvraag buiten behandeling.\n")
    assert found.text.startswith("Wij stellen")


def test_what_the_reader_must_pay_after_a_no_is_no_reason():
    text = ("Geachte heer,\n\nNa beoordeling heb ik besloten uw verzoek om kwijtschelding af te wijzen.\n\n"
            "Reden\n{{ reden_afwijzing }}\n\nDit betekent dat u het openstaande bedrag alsnog moet betalen.\n\n"
            "Met vriendelijke groet,\nTeam Kwijtschelding\n")
    assert "STR001" in {f.rule for f in findings_for(text)}


def test_not_being_placed_on_the_market_is_a_no():
    text = ("Beste ondernemer,\n\nOp vrijdag bent u NIET ingedeeld op de markt.\n\nReden: {reason.message}\n\n"
            "Met vriendelijke groet,\nMarktbureau\n")
    assert "STR001" in {f.rule for f in findings_for(text)}


@pytest.mark.parametrize(
    "letter",
    [
        # a list of what can come of an objection explains the procedure (new set h61)
        "Resultaat\n\n1. Het bezwaar wordt toegewezen.\n2. Het bezwaar wordt afgewezen. De indiener ontvangt "
        "hiervan bericht.\n3. Het bezwaar wordt niet in behandeling genomen.\n",
        "Wat kan de uitkomst zijn?\n- Uw aanvraag wordt goedgekeurd.\n- Uw aanvraag wordt afgewezen.\n",
    ],
)
def test_a_list_of_outcomes_says_no_to_no_one(letter):
    assert not refusals(letter)


def test_a_no_in_a_list_without_a_yes_beside_it_is_still_a_no():
    letter = "Ons besluit:\n1. Uw aanvraag wordt afgewezen.\n2. U krijgt geen vergoeding van de kosten.\n"
    assert refusals(letter)


@pytest.mark.parametrize(
    "letter",
    [
        # a decision in a list speaks to the reader: its 'no' is judged (code read 122)
        "Ons besluit:\n1. Wij kennen u bijzondere bijstand toe voor de wasmachine.\n2. Uw aanvraag voor de koelkast "
        "wijzen wij af.\n",
        "a. Wij verlenen u een vergunning voor de aanbouw.\nb. Wij weigeren de vergunning voor de schuur.\n",
    ],
)
def test_a_decision_in_a_list_with_a_yes_and_a_no_is_still_judged(letter):
    assert refusals(letter)


def test_a_partial_refusal_is_no_reason_of_itself():
    # "niet volledig" says how much is refused, not why (code read 122)
    assert refusals("Wij kunnen uw aanvraag niet volledig toekennen.")


@pytest.mark.parametrize(
    "letter",
    [
        # an item wrapped over two lines: the heading above the list still counts (code read 125)
        "Resultaat\n\n1. Het bezwaar wordt toegewezen, u krijgt\nhet geld dan terug.\n2. Het bezwaar wordt afgewezen.\n",
        "Wat gebeurt er na de hoorzitting?\n- Uw bezwaar is gegrond: wij passen het besluit aan.\n"
        "- Uw bezwaar wordt afgewezen.\n",
    ],
)
def test_a_list_of_outcomes_under_its_heading_says_no_to_no_one(letter):
    assert not refusals(letter)


def test_a_lead_in_that_speaks_to_the_reader_does_not_make_a_decision_a_list_of_outcomes():
    letter = ("Wij kunnen u het volgende laten weten:\n1. Wij kennen u bijzondere bijstand toe voor de wasmachine.\n"
              "2. Uw aanvraag voor de koelkast wijzen wij af.\n")
    assert refusals(letter)


def test_a_form_that_is_not_filled_in_fully_is_a_reason():
    assert not refusals("Wij nemen uw aanvraag niet in behandeling: het formulier is niet volledig ingevuld.")


@pytest.mark.parametrize(
    "letter, step",
    [
        # the date of an appointment is a step; only a forwarded e-mail's header is none (code read 6)
        ("Hierbij bevestigen wij uw afspraak.\n\nDatum: maandag 9 december 2024\nTijd: 10.00 uur", True),
        ("Van: Procedurekamer <procedure@provincie.nl>\nVerzonden: maandag 2 december 2024 10:53\n"
         "Onderwerp: Afrondingsbrief\n\nGeachte lezer,\n\nBijgaand een afschrift van onze brief.", False),
        # "Login met DigiD" is the noun, no command
        ("Wij hebben uw aanvraag ontvangen.\n\nLogin met DigiD is op dit moment niet mogelijk.", False),
    ],
)
def test_mail_headers_and_login(letter, step):
    assert has_next_step(letter) == step


@pytest.mark.parametrize(
    "letter, step",
    [
        # code read 7: a forward without a blank line keeps the steps after its header; an appointment's
        # "Van: 10.00 uur … Datum:" is no mail header; "Login via …" is a command
        ("Van: Team Inkomen <inkomen@gemeente.nl>\nAan: Jansen\nOnderwerp: Uw aanvraag\nGeachte heer Jansen,\n"
         "Wij bellen u op maandag 9 december.", True),
        ("Uw afspraak:\nVan: 10.00 uur\nTot: 11.00 uur\nDatum: maandag 9 december 2024", True),
        ("Wij hebben uw vraag ontvangen.\n\nLogin via Mijn Gemeente om de status te zien.", True),
    ],
)
def test_mail_headers_and_login_code_read_7(letter, step):
    assert has_next_step(letter) == step
