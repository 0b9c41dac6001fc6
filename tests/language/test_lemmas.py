

def test_a_plural_form_is_the_plural_of_a_noun_not_a_form_whose_lemma_is_a_verb():
    from b1check.language.lemmas import plural_form
    assert plural_form("medewerkers") and plural_form("bomen") and plural_form("kosten")
    # "grens" has the verb "grenzen" as its table lemma: no plural
    assert not plural_form("grens") and not plural_form("woning")
