"""Typed errors that carry facts; the window and the command line turn them into sentences."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class PartyPlanError(Exception):
    """Base of every error a front end is expected to explain to the user."""


@dataclass
class NotADatabaseError(PartyPlanError):
    path: Path


@dataclass
class ForeignDatabaseError(PartyPlanError):
    """A valid SQLite file that holds some other program's tables: never migrate it."""

    path: Path


@dataclass
class NewerSchemaError(PartyPlanError):
    """The file was written by a newer PartyPlan; opening it could lose what that version added."""

    location: str
    found: str


@dataclass
class LocationError(PartyPlanError):
    """The database or export location cannot be read or written (missing folder, read-only, locked)."""

    path: Path
    reason: str


@dataclass
class DatabaseUnavailableError(PartyPlanError):
    """A server database that cannot be reached or refused us."""

    location: str
    reason: str


@dataclass
class BadAddressError(PartyPlanError):
    """What was given as a server address cannot be one: reason "malformed" (unclosed [ of an IPv6
    address, ...), "port" (not a number from 1 to 65535), "driver" (not postgresql:// or sqlite://).
    `address` is shown without its password."""

    address: str
    reason: str


@dataclass
class ExportTargetError(PartyPlanError):
    """The export file cannot be written: open in another program, read-only folder, ..."""

    path: Path
    reason: str


@dataclass
class MalformedSheetError(PartyPlanError):
    path: Path
    reason: str
    detail: str = ""
