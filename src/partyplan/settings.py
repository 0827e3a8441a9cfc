"""Where the user's data lives on this PC (platformdirs), apart from what Qt keeps for the window."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "PartyPlan"
APP_AUTHOR = "PartyPlan"


def data_dir() -> Path:
    """The folder for the default database and its backups; `PARTYPLAN_HOME` overrides it (tests, USB use)."""
    override = os.environ.get("PARTYPLAN_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "partyplan.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
