"""The tokenizer that adds spaCy's special cases when a text needs them splits as spaCy's own."""

from __future__ import annotations

import multiprocessing
import pickle
import random

import pytest
import spacy

from b1check.language import analyse, tokenizer as lazy
from b1check.language.tokenizer import LazyTokenizer

TEXTS = [
    "Geachte dhr. Jansen, wij bellen u. Tel. 020-1234567, bijv. op ma. 3 mrt. a.s. om 9.00 uur.",
    "Het huis van m'n vader, 't is z'n eigen schuld. Zo'n brief! (dhr.) en [mevr.], 's avonds.",
    "Zie art. 3:4 Awb, o.a. in de gemeente 's-Hertogenbosch; e.e.a. n.a.v. uw brief d.d. 1 mei.",
    "Heel fijn :) of niet :-( en ^_^ en (╯°□°）╯︵┻━┻ — of 'woord' s avonds, mr . Bakker.",
    "Regel\none\ttab en\u00a0harde spatie   drie spaties\n\nNieuwe alinea. U. Me. U . me .",
    "A.d. H.a.v. a. d. 2d. W.v.t.t.k. Ir. ir. drs. Drs. DRS. prof.dr. mw. Mw. e-mail: j@x.nl",
]


def tokens(doc):
    return [(token.text, token.whitespace_, token.norm_) for token in doc]


@pytest.fixture(scope="module")
def eager():
    """spaCy's Dutch tokenizer with every special case added at once, as b1check had it."""
    nlp = spacy.blank("nl")
    analyse._add_abbreviations(nlp)
    return nlp.tokenizer


def fresh():
    nlp = spacy.blank("nl", config=analyse.LAZY_CONFIG)
    analyse._add_abbreviations(nlp)
    assert isinstance(nlp.tokenizer, LazyTokenizer)
    return nlp.tokenizer


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_splits_as_with_every_case_added(eager, text):
    tokenizer = fresh()
    assert tokens(tokenizer(text)) == tokens(eager(text))
    assert tokenizer.added < 200  # of about 4,700


def test_a_case_split_by_a_space_is_added_for_the_matcher(eager):
    # "mr ." is the two tokens of the case "mr." with a space between: spaCy's matcher finds them,
    # and the longer match keeps a shorter case from applying.
    tokenizer = fresh()
    for text in ["mr .", "zie a.d .", "p. v . d.", "x '' y", "(-:", "( -:", "a.s .a."]:
        assert tokens(tokenizer(text)) == tokens(eager(text)), text


def test_random_texts_from_pieces_of_cases(eager):
    rng = random.Random(18)
    cases = sorted(eager.rules)
    words = ["de", "brief", "u", "Me", "mr", "a", "s", "(", ")", ".", ",", "'", "-", ":", "12", "aan"]
    shared = fresh()  # one tokenizer for all texts, as in a run over many letters
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 12)):
            part = rng.choice(cases) if rng.random() < 0.5 else rng.choice(words)
            if rng.random() < 0.3:
                cut = rng.randint(0, len(part))
                part = part[:cut] if rng.random() < 0.5 else part[cut:]
            parts.append(part)
            parts.append(rng.choice(["", " ", " ", "  ", "\n"]))
        text = "".join(parts)
        assert tokens(shared(text)) == tokens(eager(text)), text
    assert tokens(fresh()(text)) == tokens(eager(text))


def test_the_pipelines_use_it():
    assert isinstance(analyse.pipeline(None).tokenizer, LazyTokenizer)
    assert isinstance(analyse.pipeline("b1check").tokenizer, LazyTokenizer)


def test_whatever_reads_the_cases_gets_them_all(eager):
    tokenizer = fresh()
    tokenizer("Geachte heer,")
    assert tokenizer.rules == eager.rules
    assert fresh().to_bytes(exclude=["vocab"]) == eager.to_bytes(exclude=["vocab"])  # (the strings differ)
    again = pickle.loads(pickle.dumps(fresh()))
    assert isinstance(again, LazyTokenizer) and again.rules == eager.rules
    assert fresh().explain(TEXTS[0]) == eager.explain(TEXTS[0])


def test_a_case_added_after_the_first_text_is_used_at_once():
    tokenizer = fresh()
    tokenizer("Een eerste brief.")
    tokenizer.add_special_case("gem.", [{"ORTH": "gem."}])
    assert [token.text for token in tokenizer("de gem.")] == ["de", "gem."]


def test_new_affix_patterns_add_every_case_first(eager):
    tokenizer = fresh()
    tokenizer.suffix_search = eager.suffix_search
    assert not tokenizer._pending and tokenizer.rules == eager.rules


# The cache of how the matcher splits the cases.


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "b1check"


def _splits(monkeypatch):
    """Count the cases split (as when the cache is built)."""
    count = []
    split = lazy._split_for_matcher

    def counted(*args):
        count.append(1)
        return split(*args)

    monkeypatch.setattr(lazy, "_split_for_matcher", counted)
    return count


def test_the_splits_are_kept_and_read_back(folder, monkeypatch, eager):
    fresh()
    assert len(list(folder.glob("tokenizer-cases-*.pickle"))) == 1
    count = _splits(monkeypatch)
    tokenizer = fresh()
    assert count == [1] * len(count) and len(count) < 100  # only b1check's own abbreviations
    assert tokens(tokenizer(TEXTS[1])) == tokens(eager(TEXTS[1]))


def test_other_cases_or_patterns_get_another_file(folder, eager):
    plain = lazy._plain(eager)
    first = lazy._cases_for(plain, {"dhr.": [{"ORTH": "dhr."}]})
    second = lazy._cases_for(plain, {"mevr.": [{"ORTH": "mevr."}]})
    assert first.matched == {"dhr.": ("dhr", ".")} and second.matched == {"mevr.": ("mevr", ".")}
    assert first.after == {"dhr": [(".", "dhr.")]} and first.inside == {"dhr."}
    plain.suffix_search = None
    assert lazy._cases_for(plain, {"dhr.": [{"ORTH": "dhr."}]}).matched == {"dhr.": None}  # no affix: no matcher
    assert len(list(folder.glob("tokenizer-cases-*.pickle"))) == 3


def test_a_damaged_file_is_built_again(folder, eager):
    fresh()
    (cached,) = folder.glob("tokenizer-cases-*.pickle")
    cached.write_bytes(cached.read_bytes()[:1000])
    assert tokens(fresh()(TEXTS[0])) == tokens(eager(TEXTS[0]))
    assert pickle.loads(cached.read_bytes())  # written whole again


def _build_cases(_):
    tokenizer = fresh()
    return len(tokenizer._cases.matched), [token.text for token in tokenizer(TEXTS[0])]


def test_processes_that_build_at_once_each_get_the_whole_cache(folder, eager):
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    with multiprocessing.get_context("fork").Pool(4) as pool:
        results = pool.map(_build_cases, range(4))
    assert all(result == results[0] for result in results)
    assert results[0][1] == [token.text for token in eager(TEXTS[0])]
    assert [path.suffix for path in folder.iterdir()] == [".pickle"]  # no half-written file left


def test_a_file_of_another_kind_is_not_used(folder, eager):
    fresh()
    (cached,) = folder.glob("tokenizer-cases-*.pickle")
    cached.write_bytes(pickle.dumps({"dhr.": ("dhr", ".")}))  # as an older b1check wrote it
    assert tokens(fresh()(TEXTS[0])) == tokens(eager(TEXTS[0]))


def test_a_case_replaced_after_the_first_text_stays_replaced(eager):
    """An older version held back must not come back over the new one when a later text needs it."""
    from spacy.attrs import ORTH
    lazy_tokenizer = fresh()
    lazy_tokenizer("Eerste brief.")
    lazy_tokenizer.add_special_case("dhr.", [{ORTH: "dhr"}, {ORTH: "."}])
    assert [t.text for t in lazy_tokenizer("Geachte dhr. Jansen")] == ["Geachte", "dhr", ".", "Jansen"]


def test_a_very_long_piece_gets_every_case_at_once(eager):
    """A run of thousands of characters without a space (base64, a dotted line): no look at each of its parts."""
    text = "Zie bijlage: " + "ab.c" * 5_000 + " en dhr. Jansen."
    lazy_tokenizer = fresh()
    assert tokens(lazy_tokenizer(text)) == tokens(eager(text))
    assert not lazy_tokenizer._pending
