"""Word tables in the cache folder: built once, named after their sources, read word by word."""

from __future__ import annotations

import multiprocessing

import pytest

from b1check.language import cache, lemmas
from b1check.language.cache import content_key, word_tables

BUILDS = []


def build():
    BUILDS.append(1)
    return {"lemma": [("liep", "lopen"), ("huizen", "huis")], "units": [("km", None), ("kg", None)]}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    BUILDS.clear()
    return tmp_path / "cache" / "b1check"


def test_a_table_reads_like_a_mapping(folder):
    table = word_tables("proef", "1", build).table("lemma")
    assert table["liep"] == "lopen" and table.get("huizen") == "huis"
    assert table.get("onbekend") is None and table.get("onbekend", "x") == "x"
    assert "liep" in table and "loopt" not in table
    assert sorted(table) == ["huizen", "liep"] and len(table) == 2
    with pytest.raises(KeyError):
        table["loopt"]
    assert "\ud800" not in table  # a lone surrogate from an editor is no word, not an error


def test_tables_are_built_once_and_kept(folder):
    word_tables("proef", "1", build)
    word_tables("proef", "1", build).table("lemma")["liep"]
    assert BUILDS == [1]
    assert [path.name for path in folder.iterdir()] == ["proef-1.sqlite3"]


def test_other_sources_give_other_tables(folder, tmp_path):
    source = tmp_path / "lijst.txt"
    source.write_text("liep lopen\n", encoding="utf-8")
    first = content_key([source], build)
    source.write_text("liep rennen\n", encoding="utf-8")
    assert content_key([source], build) != first
    assert content_key([source]) != content_key([source], build)  # the builder's code counts too


def test_a_damaged_file_is_built_again(folder):
    folder.mkdir(parents=True)
    (folder / "proef-1.sqlite3").write_bytes(b"kapot" * 100)
    assert word_tables("proef", "1", build).table("lemma")["liep"] == "lopen"
    assert BUILDS == [1]


def test_a_cache_folder_that_cannot_be_written_only_costs_time(folder):
    folder.parent.mkdir(parents=True)
    folder.write_text("geen map", encoding="utf-8")  # as root, a read-only folder would still be written
    tables = word_tables("proef", "1", build)
    assert tables.table("units").get("km", "?") is None
    assert not tables.path.is_relative_to(folder.parent)  # built in the system's temporary folder


def _lookup(word):
    return word_tables("proef", "1", build).table("lemma").get(word)


def test_forked_workers_read_with_their_own_connection(folder):
    table = word_tables("proef", "1", build).table("lemma")
    assert table["liep"] == "lopen"  # the parent has a connection before it forks, as audit's does
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_lookup, ["liep", "huizen", "onbekend"]) == ["lopen", "huis", None]


def test_the_lemma_tables():
    assert lemmas.lemma_table()["liep"] == "lopen"
    assert lemmas.lemmas("genomen") == ("nemen", "genoom")  # the verb first
    assert {"verzoek", "verzoekt", "verzocht"} <= lemmas.forms_of("verzoeken")
    assert lemmas.forms_of("xyzzy") == {"xyzzy"} and lemmas.lemmas("xyzzy") == ("xyzzy",)
    by_pos = lemmas.lemmas_by_pos()
    assert "lopen" in by_pos["verb"] and "huis" in by_pos["noun"] and "huis" not in by_pos["verb"]


def test_the_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "b1check"


def test_word_frequencies_from_the_table_are_wordfreqs_own():
    import random

    from wordfreq import iter_wordlist, zipf_frequency

    from b1check.analysis import difficulty

    plain = [word for word in iter_wordlist("nl") if set(word) <= difficulty.PLAIN_LETTERS]
    rng = random.Random(16)
    listed = rng.sample(plain, 3000)
    # Words that are not in the list: wordfreq gives them 0, and so must the table.
    letters = sorted(difficulty.PLAIN_LETTERS)
    made_up = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 14))) for _ in range(2000)]
    for word in [*listed, *made_up, "financiële", "ideeën", "coördinator", "één"]:
        assert difficulty._zipf_table().get(word, 0.0) == zipf_frequency(word, "nl"), word
    assert difficulty.zipf("straße") == zipf_frequency("straße", "nl")  # not plain: wordfreq itself


def test_the_compiled_phrase_lists_are_read_back_and_never_stale(folder, tmp_path, monkeypatch):
    from b1check.analysis import phrases
    from tests.helpers import findings_for  # noqa: F401 - loads the lemma tables from the usual cache first

    lemmas.lemma_table()  # the lemma tables of this process stay where they are
    own = tmp_path / "eigen.toml"
    own.write_text(
        'category = "wording"\n\n[[phrase]]\nphrase = "voormeld"\npos = "adj"\nalternatives = ["genoemd"]\n'
        'reason = "Zeg genoemd."\nexamples = ["Het voormelde bedrag."]\nnegatives = ["Het bedrag."]\n',
        encoding="utf-8",
    )
    phrases.finder_for.cache_clear()
    first = phrases.finder_for((str(own),), None)
    assert len(list(folder.glob("phrases-*.pickle"))) == 1

    # Another run reads the compiled lists back instead of compiling them.
    phrases.finder_for.cache_clear()
    compiled = []
    monkeypatch.setattr(phrases, "_compile_lists", lambda *a: compiled.append(a) or first)
    again = phrases.finder_for((str(own),), None)
    assert compiled == [] and len(again.patterns) == len(first.patterns)

    # A changed list is compiled anew, into a file of its own.
    own.write_text(own.read_text(encoding="utf-8").replace("voormeld", "voornoemd"), encoding="utf-8")
    phrases.finder_for.cache_clear()
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder.parent))
    changed = phrases.finder_for((str(own),), None)
    assert any(entry.phrase == "voornoemd" for entry in changed.entries)
    assert len(list(folder.glob("phrases-*.pickle"))) == 2
    phrases.finder_for.cache_clear()


class _Terminal:
    """Standard error as a terminal (or not), that keeps what is written."""

    def __init__(self, tty: bool) -> None:
        self.tty, self.written = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written += text
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("tty", [True, False])
def test_the_first_build_says_once_on_a_terminal_why_it_takes_long(folder, monkeypatch, tty):
    stderr = _Terminal(tty)
    monkeypatch.setattr(cache.sys, "stderr", stderr)
    monkeypatch.setattr(cache, "_announced", False)
    word_tables("woorden", "k", build)
    word_tables("andere", "k", build)
    cache.pickled(folder / "x.pickle", lambda: 1)
    expected = cache.FIRST_RUN_NOTICE + "\n" if tty else ""
    assert stderr.written == expected  # once, and never where a program reads (not a terminal)
    assert "alleen de eerste keer" in cache.FIRST_RUN_NOTICE


def test_a_cache_that_is_there_says_nothing(folder, monkeypatch):
    word_tables("woorden", "k", build)
    stderr = _Terminal(True)
    monkeypatch.setattr(cache.sys, "stderr", stderr)
    monkeypatch.setattr(cache, "_announced", False)
    word_tables("woorden", "k", build)
    assert stderr.written == ""
