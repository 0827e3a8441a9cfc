"""The streams the command line prints to, however PartyPlan was started.

The Windows program is windowed: started from Explorer it has no console, and `sys.stdin`,
`sys.stdout` and `sys.stderr` are None, so `print` or `isatty()` crashed a subcommand before it said
anything. Started from a console window (`PartyPlan.exe demo --db x`) it may attach to that console;
started by another program with pipes (the frozen smoke test) it writes to the pipes it was handed.
Whatever the console's code page, output is UTF-8: a name outside GBK (生僻字 such as 𬌗) printed to a
redirected stream in the locale's encoding raised UnicodeEncodeError.
"""

from __future__ import annotations

import io
import os
import sys
from typing import IO, Any

STD_HANDLES = {"stdin": -10, "stdout": -11, "stderr": -12}  # STD_INPUT/OUTPUT/ERROR_HANDLE


def prepare_streams() -> None:
    """Give every missing standard stream a working stand-in, and make the output ones UTF-8."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            stream = _windows_stream(name) or _null(name)
            setattr(sys, name, stream)
        _utf8(stream)
    if sys.stdin is None:
        sys.stdin = _windows_stream("stdin") or _null("stdin")


def is_interactive() -> bool:
    """Can a question be asked and answered here (a person at a console, not a pipe or nothing)?"""
    stdin = sys.stdin
    try:
        return stdin is not None and stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _utf8(stream: IO[str]) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8", errors="replace")
    except (ValueError, OSError, io.UnsupportedOperation):
        pass  # already written to, or not reconfigurable: leave it


def _null(name: str) -> IO[str]:
    return open(os.devnull, "r" if name == "stdin" else "w", encoding="utf-8")  # noqa: SIM115 (process-long)


def _windows_stream(name: str) -> IO[str] | None:  # pragma: no cover - Windows only
    """The handle the starting program passed (a pipe or file), else the console of the window the
    command was typed in (AttachConsole(ATTACH_PARENT_PROCESS)); None when there is neither."""
    if sys.platform != "win32":
        return None
    import ctypes
    import msvcrt

    kernel32: Any = ctypes.windll.kernel32
    handle = kernel32.GetStdHandle(STD_HANDLES[name])
    if handle not in (0, -1, None):
        try:
            fd = msvcrt.open_osfhandle(handle, os.O_RDONLY if name == "stdin" else os.O_WRONLY)
            return open(fd, "r" if name == "stdin" else "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        except OSError:
            pass
    if kernel32.AttachConsole(-1) or kernel32.GetLastError() == 5:  # attached now, or already (ACCESS_DENIED)
        try:
            return open("CONIN$" if name == "stdin" else "CONOUT$", "r" if name == "stdin" else "w",  # noqa: SIM115
                        encoding="utf-8")
        except OSError:
            return None
    return None
