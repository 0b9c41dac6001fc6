"""Data derived from big sources, kept in b1check's cache folder so that start-up stays short.

The lemma tables and LiNT-II's word lists hold hundreds of thousands of words,
of which one letter needs a few hundred. They are built once into an SQLite
file (`WordTables`) and then read word by word, so a command that checks one
letter never loads them whole. Each file is named after a hash of what it was
built from (the source files and the code that builds it): a changed source
gets a new file, an old file is never read again.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import os
import pickle
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

T = TypeVar("T")

# Words remembered per table after their first lookup (a run over a large
# archive sees at most a few hundred thousand different words).
REMEMBERED = 1 << 18
_MISSING = object()


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "b1check"


def content_key(sources: Iterable[Path | bytes], builder: Callable | None = None) -> str:
    """A short hash of the sources' bytes and of the source code of `builder`'s module."""
    digest = hashlib.blake2b(digest_size=10)
    parts = list(sources)
    if builder is not None:
        parts.append(Path(sys.modules[builder.__module__].__file__ or ""))
    for part in parts:
        data = part if isinstance(part, bytes) else Path(part).read_bytes()
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector paused: reading a pickle makes objects by the
    hundred thousand (the phrase finder, the hyphenation patterns), none of
    them in a cycle, and each batch of them would start a collection that
    walks every object of the process, spaCy's too (about 0.05 s a read)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


FIRST_RUN_NOTICE = ("b1check zet de taalgegevens klaar; dat gebeurt alleen de eerste keer en duurt even "
                    "(ongeveer een kwart minuut).")
_announced = False


def announce_build() -> None:
    """Say once, on a terminal, why this run is slow: a table is built for the cache. Only on standard
    error, and only when it is a terminal: output for programs (JSON, SARIF) stays clean."""
    global _announced
    if _announced:
        return
    _announced = True
    try:
        if sys.stderr is not None and sys.stderr.isatty():
            print(FIRST_RUN_NOTICE, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass  # a closed or broken standard error: the notice is no reason to stop


def pickled(cached: Path, build: Callable[[], T]) -> T:
    """`build()`, kept in the pickle `cached`: read from there when it is
    there, written there (atomically) when it is not."""
    try:
        with open(cached, "rb") as handle, _no_collection():
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        # ImportError: a pickle written by a b1check whose classes lived elsewhere.
        pass
    announce_build()
    result = build()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=cached.parent, delete=False) as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, cached)
    except OSError:
        pass  # a read-only home folder only costs time
    return result


# A table's rows: (word, value); the value is text, a number or None.
Rows = Iterable[tuple[str, Any]]


class WordTables:
    """Read-only tables of words (word → value) in one SQLite file.

    Every process and thread gets its own connection: `audit` forks workers
    after the first letter, and SQLite connections must not cross a fork.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.connection = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            local.pid = os.getpid()
        return local.connection

    def names(self) -> set[str]:
        rows = self.connection().execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}

    def table(self, name: str, decode: Callable[[Any], Any] | None = None) -> WordTable:
        return WordTable(self, name, decode)

    def rows(self, name: str) -> Iterator[tuple[str, Any]]:
        yield from self.connection().execute(f'SELECT word, value FROM "{name}"')  # noqa: S608 - our own table names


class WordTable(Mapping):
    """One table as a read-only mapping; each word is looked up once and remembered."""

    def __init__(self, tables: WordTables, name: str, decode: Callable[[Any], Any] | None) -> None:
        self._tables = tables
        self._select = f'SELECT value FROM "{name}" WHERE word = ?'  # noqa: S608
        self._count = f'SELECT count(*) FROM "{name}"'  # noqa: S608
        self._words = f'SELECT word FROM "{name}"'  # noqa: S608
        self._decode = decode
        self._lookup = lru_cache(maxsize=REMEMBERED)(self._query)

    def _query(self, word: str) -> Any:
        try:
            row = self._tables.connection().execute(self._select, (word,)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate (from an editor's buffer) is no word of any table
            return _MISSING
        if row is None:
            return _MISSING
        return self._decode(row[0]) if self._decode else row[0]

    def get(self, word, default=None):
        value = self._lookup(word)
        return default if value is _MISSING else value

    def __getitem__(self, word):
        value = self._lookup(word)
        if value is _MISSING:
            raise KeyError(word)
        return value

    def __contains__(self, word) -> bool:
        return self._lookup(word) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        return (word for (word,) in self._tables.connection().execute(self._words))

    def __len__(self) -> int:
        return self._tables.connection().execute(self._count).fetchone()[0]


def word_tables(
    name: str, key: str, build: Callable[[], Mapping[str, Rows]], folder: Path | None = None
) -> WordTables:
    """The tables `name`-`key` in the cache folder (or `folder`), built by `build()` first if they are not there.

    `build` returns the rows of each table. The file is written under another
    name and then moved into place, so a reader never sees half a file; two
    processes that build at once each write a whole file, and the last one stays.
    """
    path = (folder or cache_dir()) / f"{name}-{key}.sqlite3"
    if path.is_file():
        tables = WordTables(path)
        try:
            if tables.names():
                return tables
        except sqlite3.DatabaseError:
            pass  # a damaged file: build it again
    announce_build()
    return WordTables(_write(path, build()))


def _write(path: Path, content: Mapping[str, Rows]) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        target = path
    except OSError:
        # A read-only cache folder: build in the system's temporary folder, for this run only.
        handle, temporary = tempfile.mkstemp(suffix=".sqlite3")
        target = Path(temporary)
        atexit.register(_remove, target)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        with connection:
            for table, rows in content.items():
                connection.execute(f'CREATE TABLE "{table}" (word TEXT PRIMARY KEY, value) WITHOUT ROWID')
                connection.executemany(f'INSERT OR REPLACE INTO "{table}" VALUES (?, ?)', rows)  # noqa: S608
        connection.close()
        if target != Path(temporary):
            os.replace(temporary, target)
    except BaseException:
        _remove(Path(temporary))
        raise
    return target


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
