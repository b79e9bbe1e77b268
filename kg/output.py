"""Writing outputs safely: a reader sees the old file or the whole new one, never half.

A regular file is written to a temporary file beside it and renamed over it; a symbolic link
is followed, so the file it points to is replaced and the link stays. Standard output (``-``),
character devices (``/dev/null``), pipes and ``/dev/stdout`` are written as a stream, never
replaced. Several files written together (`write_files`) are all renamed into place only once
every one is written, so a folder never holds half of a new set. Output paths are checked before
any work (`check_output_file`, `check_output_folder`), and every failure is a one-line `KgError` naming the path. Within
`signals_end_cleanly`, SIGTERM and SIGHUP unwind like Ctrl-C, so no temporary file stays; the
temporary file of a write killed outright (SIGKILL) is removed by the next write of the file.
"""
from __future__ import annotations

import glob
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import KgError

STDOUT = "-"
_DESCRIPTORS = ("/dev/stdout", "/dev/stderr")


@contextmanager
def signals_end_cleanly() -> Iterator[None]:
    """SIGTERM and SIGHUP raise SystemExit (as Ctrl-C raises KeyboardInterrupt), so that the
    work in hand stops its workers and removes its temporary files on the way out."""
    def stop(number: int, _frame) -> None:
        raise SystemExit(128 + number)

    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP) if sys.platform != "win32" else ()


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends. For forking: Python runs a signal's
    handler wherever it is, and inside the callbacks of a fork it prints the handler's exception
    and drops it, so the signal would be lost. A child inherits the mask (see `release_signals`)."""
    if not STOP_SIGNALS:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def release_signals() -> None:
    """In a process forked within `signals_held`: let the signals through again."""
    if STOP_SIGNALS:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def process_gone(pid: int) -> bool:
    """Whether no process has this id (so that what it left behind may be removed)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # another user's live process
    return False


def _remove_stale_parts(target: Path) -> None:
    """Remove the temporary files that writes of `target` killed outright (SIGKILL) left."""
    prefix = f".{target.name}."
    for stale in target.parent.glob(f"{glob.escape(prefix)}*.part"):
        pid, _, rest = stale.name[len(prefix): -len(".part")].partition(".")  # <pid>.<random>
        if pid.isdigit() and rest and "." not in rest and process_gone(int(pid)):
            stale.unlink(missing_ok=True)


def _problem(err: OSError) -> str:
    return err.strerror or str(err)


def is_stream(path: str | Path) -> bool:
    """Whether output to `path` goes out as a stream: ``-``, a device, a pipe or socket, or a
    descriptor of this process (``/dev/stdout``, ``/dev/fd/1``, even when it is a file)."""
    absolute = os.path.abspath(path)
    if str(path) == STDOUT or absolute in _DESCRIPTORS or absolute.startswith(("/dev/fd/", "/proc/")):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _probe_folder(folder: Path, label: str | Path) -> None:
    """Raise KgError unless a file can be created in `folder` or, if it does not exist yet, in
    its nearest existing parent (which must then be a folder)."""
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise KgError(f"{label}: {existing} is not a folder")
    try:
        handle, probe = tempfile.mkstemp(dir=existing, prefix=".kg-probe.")
    except OSError as err:
        raise KgError(f"{label}: cannot write in {existing}: {_problem(err)}") from None
    os.close(handle)
    os.unlink(probe)


def check_output_file(path: str | Path) -> None:
    """Refuse, before any work, an output file that cannot be written: a folder, a path under a
    file, a folder that refuses new files, a device that refuses writing."""
    if is_stream(path):
        if str(path) != STDOUT and not os.access(path, os.W_OK):
            raise KgError(f"{path}: not writable")
        return
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise KgError(f"{path}: is a folder, not a file")
    _probe_folder(target.parent, path)


def check_output_folder(path: str | Path) -> None:
    """Refuse, before any work, an output folder that is a file or cannot take new files."""
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_dir():
        raise KgError(f"{path}: is a file, not a folder")
    _probe_folder(target, path)


def _chunks(data: str | bytes | Iterable[str]) -> Iterator[bytes]:
    if isinstance(data, (str, bytes)):
        data = (data,)
    for chunk in data:
        yield chunk.encode("utf-8") if isinstance(chunk, str) else chunk


def _stream(path: str | Path, data: str | bytes | Iterable[str]) -> None:
    if str(path) == STDOUT:
        sys.stdout.flush()
        for payload in _chunks(data):
            sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return
    with open(path, "ab") as out:  # appending: a descriptor the shell opened with >> keeps what it held
        out.writelines(_chunks(data))


def write_atomic(path: str | Path, data: str | bytes | Iterable[str]) -> None:
    """Write `data` (text, bytes, or pieces of text written as they come, so that a long output
    is never held whole) to `path`: a stream as it comes, a file atomically (through a symbolic
    link to the file it points to, keeping that file's permissions). On failure, a one-line
    KgError, no temporary file, and the old file as it was."""
    write_files({path: data})


def write_files(files: dict[str | Path, str | bytes | Iterable[str]]) -> None:
    """Write several outputs so that a reader sees all the old files or all the new ones: each
    file goes to a temporary file beside it, and once every one is written they are renamed into
    place in a row that signals cannot interrupt. Streams among them are written as they come.
    On failure, a one-line KgError, no temporary file, and every old file as it was."""
    written: list[tuple[str, Path]] = []  # (temporary, target)
    try:
        for path, data in files.items():
            try:
                if is_stream(path):
                    _stream(path, data)
                else:
                    target = Path(os.path.realpath(path))
                    written.append((_write_beside(target, data), target))
            except OSError as err:
                raise KgError(f"{path}: cannot write: {_problem(err)}") from None
        with signals_held():
            for temporary, target in written:
                try:
                    os.replace(temporary, target)
                except OSError as err:
                    raise KgError(f"{target}: cannot write: {_problem(err)}") from None
    finally:
        for temporary, _ in written:
            Path(temporary).unlink(missing_ok=True)


def _write_beside(target: Path, data: str | bytes | Iterable[str]) -> str:
    """Write `data` to a new temporary file beside `target`, with the mode `target` has (or a new
    file would get), and return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_parts(target)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.writelines(_chunks(data))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _default_mode() -> int:
    """The mode a new file gets under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
