"""Stage 2, analyse: the Dutch language pipeline (spaCy with the shipped model, lemmas,
sentences) and the loading of the curated word lists. May import: load, model, settings."""
