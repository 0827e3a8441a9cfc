#!/usr/bin/env python3
"""Build the frozen PartyPlan: dist/PartyPlan/ (one folder; the same command on Windows and Linux).

    python scripts/build.py [--onefile] [--clean] [--verbose]        (Windows: py scripts\\build.py)

1. the virtual environment .venv with PartyPlan in it (tasks.py's set-up, when it is missing),
2. PyInstaller in that environment, in the range pyproject.toml's `build` extra pins,
3. the translations compiled (tasks.py's build_translations),
4. PyInstaller with build.spec into dist/PartyPlan/ (and dist/PartyPlan-onefile with --onefile),
5. the bundle's size and its largest parts printed.

Then `python scripts/smoke_frozen.py` runs the result.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tasks  # noqa: E402  (the project's set-up: venv paths, translations)

DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = ROOT / "build.spec"
NAME = "PartyPlan"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen PartyPlan with PyInstaller.")
    parser.add_argument("--onefile", action="store_true", help="also build dist/PartyPlan-onefile (one self-extracting file)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's full log")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    ensure_environment()
    tasks.build_translations()
    pyinstaller(onefile=False, clean=args.clean, verbose=args.verbose)
    folder = DIST / NAME
    report(folder)
    if args.onefile:
        pyinstaller(onefile=True, clean=False, verbose=args.verbose)
        single = DIST / (f"{NAME}-onefile.exe" if os.name == "nt" else f"{NAME}-onefile")
        print(f"one file: {single} ({megabytes(single.stat().st_size)})")
    print(f"build took {time.perf_counter() - started:.0f} s")
    return 0


def ensure_environment() -> None:
    """PartyPlan importable from .venv, and PyInstaller in the pinned range."""
    python = str(tasks.PYTHON)
    if not tasks.PYTHON.exists() or subprocess.call([python, "-c", "import partyplan, PySide6"], cwd=ROOT) != 0:
        tasks.setup(with_tests=False)
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["build"]
    # Quick when already satisfied: pip asks no index then.
    tasks.check([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *requirements])


def pyinstaller(onefile: bool, clean: bool, verbose: bool) -> None:
    env = dict(os.environ, PARTYPLAN_ONEFILE="1" if onefile else "0")
    cmd = [str(tasks.PYTHON), "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        cmd.append("--clean")
    if not verbose:
        cmd += ["--log-level", "WARN"]
    cmd.append(str(SPEC))
    print("$ " + " ".join(cmd), flush=True)
    code = subprocess.call(cmd, cwd=ROOT, env=env)
    if code:
        raise SystemExit(f"PyInstaller failed ({code})")


def report(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle: {folder} {megabytes(total)} in {len(files)} files")
    internal = folder / "_internal"
    parts: dict[str, int] = {}
    for p in files:
        rel = p.relative_to(internal if internal in p.parents else folder).parts
        key = "/".join(rel[:2]) if rel[0] in ("PySide6", "resources") and len(rel) > 2 else rel[0]
        parts[key] = parts.get(key, 0) + p.stat().st_size
    for key, size in sorted(parts.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {megabytes(size):>9}  {key}")


def megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


if __name__ == "__main__":
    raise SystemExit(main())
