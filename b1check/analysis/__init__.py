"""The findings' raw material, found in an analysed letter: passives, word-list phrases,
difficult words, contact details, LiNT-II. May import: language, load, model, settings."""
