"""Is a font installed on this PC? Asked of the system's own font list: the Windows registry, or
fontconfig elsewhere.

The Word title is set in 方正小标宋简体, a commercial font many office PCs lack. Word then draws the
title in its stand-in (宋体), which is light: the title lost the weight GB/T 9704 gives it. Whether the
font is here decides whether the title style carries bold (小标宋 itself is drawn heavy and must not be
made bolder). matplotlib's font list is not asked: it is a cache that does not see fonts installed
after it was built.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys

# A font's names as they appear in the registry or fontconfig, Chinese and English.
ALIASES: dict[str, tuple[str, ...]] = {
    "方正小标宋简体": ("方正小标宋简体", "方正小标宋_gbk", "fzxiaobiaosong-b05s", "fzxiaobiaosong-b05", "fzxbsjw"),
}


def is_installed(name: str) -> bool | None:
    """True or False when the system says; None when it cannot be asked (then assume it is missing)."""
    families = installed_families()
    if families is None:
        return None
    wanted = {alias.casefold() for alias in ALIASES.get(name, (name,))} | {name.casefold()}
    return any(family in wanted or family.split("-")[0] in wanted for family in families)


@functools.cache
def installed_families() -> frozenset[str] | None:
    """Every installed font family, case-folded; cached for the process (an export asks often)."""
    try:
        names = _windows_fonts() if sys.platform == "win32" else _fontconfig_fonts()
    except OSError:
        return None
    return None if names is None else frozenset(n.strip().casefold() for n in names if n.strip())


def _fontconfig_fonts() -> list[str] | None:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=20)
    except subprocess.TimeoutExpired:
        return None
    return [name for line in done.stdout.splitlines() for name in line.split(",")]


def _windows_fonts() -> list[str]:  # pragma: no cover - Windows only
    """Value names of the Fonts keys, "方正小标宋简体 (TrueType)" or "SimSun & NSimSun (TrueType)": for the
    whole machine and, since Windows 10 1809, fonts installed by one user."""
    import winreg

    names: list[str] = []
    for root in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            key = winreg.OpenKey(root, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts")
        except OSError:
            continue
        with key:
            for index in range(winreg.QueryInfoKey(key)[1]):
                value = winreg.EnumValue(key, index)[0]
                for name in value.split(" & "):
                    names.append(name.split(" (")[0])
    names += [os.path.splitext(f)[0] for f in _font_files()]
    return names


def _font_files() -> list[str]:  # pragma: no cover - Windows only
    folders = [os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
               os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Windows", "Fonts")]
    found: list[str] = []
    for folder in folders:
        try:
            found += os.listdir(folder)
        except OSError:
            continue
    return found
