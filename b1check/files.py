"""Files on disk: written whole or not at all, and the operating system's reasons in Dutch.

Reports, baselines and fixed letters are written through a temporary file in
the target's own folder, flushed to disk and then renamed over the target in
one step. An interrupted run leaves the previous file as it was, never an
empty or half-written one, and two runs that write the same path each write
their own temporary file: the last rename wins, and the file is always one
run's whole output.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

# The operating system's reason, as a reader of a Dutch message wants it.
_REASONS = {
    errno.ENOENT: "de map of het bestand bestaat niet",
    errno.EACCES: "geen toegang",
    errno.EPERM: "geen toegang",
    errno.ENOSPC: "de schijf is vol",
    errno.EISDIR: "dit is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EMFILE: "er zijn te veel bestanden tegelijk open",
    errno.ENFILE: "er zijn te veel bestanden tegelijk open",
    errno.EROFS: "hier mag niets geschreven worden",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ELOOP: "te veel doorverwijzingen (symbolische koppelingen) achter elkaar",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
    errno.EEXIST: "dit bestaat al",
    errno.EBUSY: "in gebruik bij een ander programma",
    errno.ETXTBSY: "in gebruik bij een ander programma",
    errno.EFBIG: "het bestand wordt te groot",
    errno.ENOMEM: "te weinig geheugen",
    errno.EINVAL: "deze naam of bewerking kan hier niet",
    errno.ENXIO: "het apparaat is er niet",
    errno.EAGAIN: "het bestand is nu niet beschikbaar",
    errno.EXDEV: "het bestand staat op een andere schijf",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "uw schijfruimte (quotum) is op"


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in plain Dutch (lower case, for inside a sentence)."""
    return _REASONS.get(error.errno, f"fout {error.errno} van het besturingssysteem")


def real_path(path: str | os.PathLike) -> Path:
    """The absolute path with its symbolic links followed as far as they go.

    Unlike `Path.resolve`, a loop of links is no `RuntimeError`: the path
    comes back as it is, and reading the file then says in Dutch why not
    (`os_reason`: ELOOP).
    """
    return Path(os.path.realpath(path))


def _new_file_mode() -> int:
    """The mode a new file gets here (0666 less the umask), as `open` would give it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


class AtomicFile:
    """A file that appears at `path` whole when `commit` is called, and never before.

    Write to `file` (text with `encoding`, or bytes with encoding=None) as
    with any open file. `discard` (or leaving a `with` block by an exception)
    removes the temporary file and leaves `path` as it was. The temporary
    file is created at once, so a folder b1check cannot write to is known
    before any work is done.
    """

    def __init__(self, path: str | os.PathLike, encoding: str | None = "utf-8", newline: str | None = None) -> None:
        # Through a symbolic link: replace the file it points to, not the link.
        self.target = Path(os.path.realpath(path))
        handle, self._temporary = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=".b1check", dir=self.target.parent
        )
        try:
            if encoding is None:
                self.file = os.fdopen(handle, "wb")
            else:
                self.file = os.fdopen(handle, "w", encoding=encoding, newline=newline)
        except BaseException:
            os.close(handle)
            Path(self._temporary).unlink(missing_ok=True)
            raise
        self._done = False

    def write(self, data) -> None:
        self.file.write(data)

    def commit(self) -> None:
        """Flush to disk and put the file in place, keeping the mode of the file it replaces."""
        if self._done:
            return
        self._done = True
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            try:
                mode = stat.S_IMODE(self.target.stat().st_mode)
            except FileNotFoundError:
                mode = _new_file_mode()
            os.chmod(self._temporary, mode)
            os.replace(self._temporary, self.target)
        except BaseException:
            self.file.close()
            Path(self._temporary).unlink(missing_ok=True)
            raise
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        """Forget what was written; the target stays as it was."""
        if self._done:
            return
        self._done = True
        self.file.close()
        Path(self._temporary).unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder for this."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_atomically(path: str | os.PathLike, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write all of `data` to `path` at once (see `AtomicFile`)."""
    with AtomicFile(path, encoding=None if isinstance(data, bytes) else encoding) as out:
        out.write(data)
