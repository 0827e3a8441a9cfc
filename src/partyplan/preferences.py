"""Per-user preferences kept by Qt (language, window geometry), declared once with their defaults.

The store is an INI file in the user's config folder, or in $PARTYPLAN_SETTINGS_DIR (tests), so
tests never read or write a real user's settings.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


def qsettings() -> QSettings:
    folder = os.environ.get("PARTYPLAN_SETTINGS_DIR")
    if folder:
        return QSettings(os.path.join(folder, "partyplan.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PartyPlan", "PartyPlan")


def load_language() -> str | None:
    value = qsettings().value("ui/language", None)
    return str(value) if value else None


def save_language(language: str) -> None:
    s = qsettings()
    s.setValue("settings_version", SETTINGS_VERSION)
    s.setValue("ui/language", language)
    s.sync()


def load_last_database() -> str | None:
    value = qsettings().value("db/last", None)
    return str(value) if value else None


def save_last_database(location: str) -> None:
    s = qsettings()
    s.setValue("db/last", location)
    s.sync()


def load_window_geometry() -> QByteArray | None:
    """The main window's geometry as QWidget.saveGeometry() wrote it, or None the first time."""
    value = qsettings().value("window/geometry", None)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window_geometry(geometry: QByteArray) -> None:
    s = qsettings()
    s.setValue("window/geometry", geometry)
    s.sync()
