"""The result types: what a replacement really changes, and what identifies a finding."""

from __future__ import annotations

import pytest

from b1check.check import check_text
from b1check.model import changed_part
from b1check.rules.baseline import fingerprint


@pytest.mark.parametrize(
    "old, new, part, replacement",
    [
        ("Ik verzoek u", "Ik vraag u", "verzoek", "vraag"),
        ("verzoek ik u", "vraag ik u", "verzoek", "vraag"),
        ("al uw correspondentie", "al uw brieven en e-mails", "correspondentie", "brieven en e-mails"),
        ("een definitieve beschikking", "een definitief besluit", "definitieve beschikking", "definitief besluit"),
        ("op onderstaande link", "op de link hieronder", "onderstaande link", "de link hieronder"),
        ("na dagtekening", "na de datum", "dagtekening", "de datum"),
        ("tevens", "ook", "tevens", "ook"),
        # a word only added or only dropped: the change hangs on a word next to it
        ("u het geld", "u al het geld", "het", "al het"),
        ("u al het geld", "u het geld", "al het", "het"),
    ],
)
def test_changed_part_leaves_out_the_words_both_share(old, new, part, replacement):
    start, end, text = changed_part(old, new)
    assert (old[start:end], text) == (part, replacement)
    assert old[:start] + text + old[end:] == new


def test_a_word_list_finding_is_known_by_its_own_words_across_letters():
    # The baseline and the audit count the list's words, whatever the sentence shows around them.
    first = next(f for f in check_text("Ik verzoek u te bellen.").findings if f.rule == "WRD001")
    second = next(f for f in check_text("Daarom verzoek ik u te bellen.").findings if f.rule == "WRD001")
    assert (first.text, second.text) == ("Ik verzoek u", "verzoek ik u")
    assert first.matched == second.matched == "verzoek"
    assert fingerprint(first) == fingerprint(second) == "WRD001\tverzoek"
    assert first.message.startswith("Ambtelijk: 'verzoek'.")


def test_a_finding_that_shows_only_its_own_words_has_no_matched():
    finding = next(f for f in check_text("Wij hebben dit reeds betaald.").findings if f.rule == "WRD001")
    assert finding.text == "reeds" and finding.matched is None
    assert fingerprint(finding) == "WRD001\treeds"
