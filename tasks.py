#!/usr/bin/env python3
"""Set up and run PartyPlan with nothing but Python 3.11+ installed.

    python3 tasks.py start [--demo] [app options]   set up, then open the app
    python3 tasks.py test [pytest options]          set up, then run the whole test suite

Setting up means: a virtual environment in .venv, the project installed into it (again only when
pyproject.toml changed), and the translations compiled from their .ts sources.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
TRANSLATIONS = ROOT / "resources" / "translations"


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        print("PartyPlan needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    if not argv or argv[0] not in {"start", "test", "setup"}:
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    setup(with_tests=command == "test")
    if command == "test":
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return run([str(PYTHON), "-m", "pytest", *rest], env=env)
    if command == "start":
        return start(rest)
    return 0


def setup(with_tests: bool) -> None:
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    extras = "[test]" if with_tests else ""
    stamp = VENV / f".partyplan-installed{extras}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing PartyPlan and its dependencies ...", flush=True)
        check([str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f"{ROOT}{extras}"])
        stamp.write_text(digest)
    build_translations()


def build_translations() -> None:
    """Compile every .ts whose .qm is missing or older; pyside6-lrelease comes with PySide6."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            check([str(lrelease), "-silent", str(ts), "-qm", str(qm)])


def start(args: list[str]) -> int:
    if args and args[0] == "--demo":
        args = args[1:]
        demo = Path(run_capture([str(PYTHON), "-m", "partyplan", "demo", "--print-default-path"]))
        if not demo.exists():
            check([str(PYTHON), "-m", "partyplan", "demo", "--db", str(demo)])
        args = ["--db", str(demo), *args]
    return run([str(PYTHON), "-m", "partyplan", *args])


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.call(cmd, cwd=ROOT, env=env)


def run_capture(cmd: list[str]) -> str:
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def check(cmd: list[str]) -> None:
    code = run(cmd)
    if code:
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
