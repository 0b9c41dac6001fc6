"""Files on disk: written whole or not at all, and the operating system's reasons in Dutch.

Reports, baselines and fixed letters are written through a temporary file in
the target's own folder, flushed to disk and then renamed over the target in
one step. An interrupted run leaves the previous file as it was, never an
empty or half-written one, and two runs that write the same path each write
their own temporary file: the last rename wins, and the file is always one
run's whole output.

Only a regular file (or a name that does not exist yet) is ever replaced: the
rename would put a regular file in the place of a device such as /dev/null, a
pipe or a socket, so such a target is refused (`NotARegularFile`) before
anything is written.
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
    if isinstance(error, NotARegularFile):
        return error.reason
    return _REASONS.get(error.errno, f"fout {error.errno} van het besturingssysteem")


# What a path is when it is not a regular file, for inside a sentence (reading and writing say the same).
FILE_KINDS = {
    stat.S_IFIFO: "een pipe",
    stat.S_IFSOCK: "een socket",
    stat.S_IFCHR: "een apparaat",
    stat.S_IFBLK: "een apparaat",
    stat.S_IFDIR: "een map",
}


class NotARegularFile(OSError):
    """b1check will not write over this path: it exists and is no regular file. `reason` is Dutch."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))
        self.reason = reason


def target_problem(path: str | os.PathLike) -> str | None:
    """Why b1check will not write a file at `path` (Dutch, lower case, for inside a sentence), or None.

    A name that does not exist, or that b1check cannot look at, is no problem
    here: creating the file says what is wrong with it. Symbolic links are
    followed, as `AtomicFile` follows them.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode):
        return None
    kind = FILE_KINDS.get(stat.S_IFMT(mode), "geen gewoon bestand")
    return f"dit is {kind}, geen gewoon bestand; kies de naam van een gewoon bestand"


def refuse_target(path: str | os.PathLike) -> None:
    """Raise `NotARegularFile` if b1check must not write a file at `path` (see `target_problem`)."""
    reason = target_problem(path)
    if reason:
        raise NotARegularFile(path, reason)


def real_path(path: str | os.PathLike) -> Path:
    """The absolute path with its symbolic links followed as far as they go.

    Unlike `Path.resolve`, a loop of links is no `RuntimeError`: the path
    comes back as it is, and reading the file then says in Dutch why not
    (`os_reason`: ELOOP). A path through a folder the system does not find
    comes back as it is too: `os.path.realpath` drops "x/.." even where there
    is no x, and would point where opening the name fails (at the letter itself:
    `review brief.docx -o x/../brief.docx`).
    """
    path = os.fspath(path)
    if not os.path.lexists(path) and not os.path.isdir(os.path.dirname(path) or os.curdir):
        return Path(os.path.join(os.getcwd(), path))  # joined, not normalised: the ".." stays
    return Path(os.path.realpath(path))


def same_file(one: str | os.PathLike, other: str | os.PathLike) -> bool:
    """Are these the same file, as the system finds them (links followed, a name in other letters on
    a system that does not tell capitals apart)? False if either is not there."""
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):
        return False


def exists(path: str | os.PathLike) -> bool:
    """Does the path exist? One this user may not look at (in a folder without access) counts as
    yes: reading it then says in Dutch why not, where `Path.exists` would raise."""
    try:
        return Path(path).exists()
    except OSError:
        return True


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
        self.target = real_path(path)
        refuse_target(self.target)  # never put a regular file in the place of a device or a pipe
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
        """Flush to disk and put the file in place, keeping the mode (and, where allowed, the owner)
        of the file it replaces.

        The rename gives the path a new file: another hard link to the old file
        keeps the old content. That is the price of never leaving a half-written
        file, and it is accepted (editors that save atomically do the same).
        """
        if self._done:
            return
        self._done = True
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            try:
                info = self.target.stat()
            except FileNotFoundError:
                info = None
            if info is None:
                os.chmod(self._temporary, _new_file_mode())
            else:
                if not stat.S_ISREG(info.st_mode):
                    refuse_target(self.target)  # it became a pipe or a device while we wrote
                _keep_owner(self._temporary, info)
                os.chmod(self._temporary, stat.S_IMODE(info.st_mode))  # after chown, which may clear setgid
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


def _keep_owner(path: str, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group, as far as this user may (root may, others
    only a group they are in); else it stays the writer's own, as any new file."""
    if not hasattr(os, "chown"):
        return
    current = os.stat(path)
    if (current.st_uid, current.st_gid) == (old.st_uid, old.st_gid):
        return
    try:
        os.chown(path, old.st_uid, old.st_gid)
    except OSError:
        try:
            os.chown(path, -1, old.st_gid)
        except OSError:
            pass


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
