"""How a PC reaches the district's server: the connection as a person fills it in (host, port, database,
user, TLS, a connect timeout, the office), and the password kept where it belongs.

The password is never part of what is saved in the settings or written to a log: settings keep the
address without it (`location`), and the password goes to the operating system's credential store
(Windows Credential Manager, the macOS Keychain, the Secret Service on Linux) through `keyring`. Where
the PC has no credential store, it is kept in this process's memory only, for this run: the next start
asks for it again (`saved_where` tells the window which of the two happened, to say so).

(The reported defect: the address with its password masked as `***` was saved as the last store, so the
next start signed in with the password "***". Such an address from before is read without it.)

TLS: `sslmode` is libpq's. `verify-full` is the one to use across any network the office does not own
alone: the connection is encrypted, the server's certificate must be signed by the district's CA
(`sslrootcert`, the CA certificate file the district hands out) and name the host the PC connects to,
so a machine pretending to be the server is refused. `require` encrypts without checking who answers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.engine import URL

from partyplan.errors import PartyPlanError

SERVICE = "PartyPlan"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_TIMEOUT = 10  # seconds to wait for the server before saying it cannot be reached
MASKED = "***"  # how SQLAlchemy shows a hidden password; an address saved so has no password

_this_run: dict[str, str] = {}  # passwords kept in memory when the PC has no credential store
log = logging.getLogger(__name__)


@dataclass
class InvalidConnection(PartyPlanError):
    """A field of the connection form that cannot be used: field "host", "port", "database", "user",
    "sslmode", "sslrootcert", "timeout" or "office"; code "required", "range", "choice"."""

    field: str
    code: str


@dataclass(frozen=True)
class ServerConnection:
    host: str
    port: int = 5432
    database: str = "partyplan"
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""  # the district CA's certificate file, for verify-ca and verify-full
    connect_timeout: int = DEFAULT_TIMEOUT
    office: str = ""  # the office's schema; empty: the one the user's role opens (its search_path)

    def checked(self) -> ServerConnection:
        if not self.host.strip():
            raise InvalidConnection("host", "required")
        if not 1 <= int(self.port) <= 65535:
            raise InvalidConnection("port", "range")
        if not self.database.strip():
            raise InvalidConnection("database", "required")
        if not self.user.strip():
            raise InvalidConnection("user", "required")
        if self.sslmode not in SSL_MODES:
            raise InvalidConnection("sslmode", "choice")
        if self.sslmode in ("verify-ca", "verify-full") and not self.sslrootcert:
            raise InvalidConnection("sslrootcert", "required")
        if not 1 <= int(self.connect_timeout) <= 300:
            raise InvalidConnection("timeout", "range")
        if self.office:
            from partyplan.district.offices import NAME

            if not NAME.match(self.office):
                raise InvalidConnection("office", "choice")
        return replace(self, host=self.host.strip(), database=self.database.strip(), user=self.user.strip())

    @property
    def key(self) -> str:
        """What the credential store files the password under."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        query: dict[str, Any] = {"sslmode": self.sslmode, "connect_timeout": str(self.connect_timeout)}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        if self.office:
            query["options"] = f"-csearch_path={self.office}"
        return URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                          port=self.port, database=self.database, query=query)

    @property
    def location(self) -> str:
        """The address to keep in the settings and show: never with the password."""
        return self.url().render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: URL) -> ServerConnection:
        options = str(url.query.get("options", ""))
        office = options.split("search_path=", 1)[1].split()[0] if "search_path=" in options else ""
        return cls(host=url.host or "", port=url.port or 5432, database=url.database or "",
                   user=url.username or "", sslmode=str(url.query.get("sslmode", "prefer")),
                   sslrootcert=str(url.query.get("sslrootcert", "")),
                   connect_timeout=int(url.query.get("connect_timeout", DEFAULT_TIMEOUT)), office=office)


def save_password(connection: ServerConnection, password: str) -> str:
    """Keep the password for the next start: "store" when the OS credential store took it, "memory" when
    there is none (kept for this run only; nothing is written anywhere)."""
    _this_run[connection.key] = password
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(SERVICE, connection.key, password)
    except (ImportError, KeyringError, RuntimeError, OSError) as exc:
        log.info("no credential store on this PC (%s): the password is kept for this run only", type(exc).__name__)
        return "memory"
    return "store"


def load_password(connection: ServerConnection) -> str | None:
    if connection.key in _this_run:
        return _this_run[connection.key]
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(SERVICE, connection.key)
    except (ImportError, KeyringError, RuntimeError, OSError):
        return None


def forget_password(connection: ServerConnection) -> None:
    _this_run.pop(connection.key, None)
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        keyring.delete_password(SERVICE, connection.key)
    except (ImportError, KeyringError, PasswordDeleteError, RuntimeError, OSError):
        pass


def with_password(url: URL) -> URL:
    """A server address as given (typed, or from the settings) made ready to sign in: a masked password
    from an older version's settings is dropped, and a missing one is looked up in the credential store."""
    if url.password == MASKED:
        url = url._replace(password=None)
    if url.password or url.get_backend_name() != "postgresql" or not url.username:
        return url
    password = load_password(ServerConnection.from_url(url))
    return url.set(password=password) if password else url


def remember(url: URL) -> str:
    """What the settings may keep to open this server again: its address without the password; a password
    that came with the address goes to the credential store (or this run's memory) instead."""
    if url.password and url.password != MASKED:
        save_password(ServerConnection.from_url(url), str(url.password))
    return url._replace(password=None).render_as_string(hide_password=False)


def connect(form: ServerConnection, password: str | None = None, *, save: bool = True,
            backup_dir: Any = None) -> tuple[Any, str]:
    """File > Connect to server: check the form, open the store on the server (upgrading it when this PC
    may, with a pg_dump first), and keep the password for the next start. Returns the open
    `Database` and where the password went: "store" (the OS credential store), "memory" (this run
    only: the PC has none), "" (not saved: `save` was off, or no password was given and the stored one
    was used). Nothing is saved when the connection fails (DatabaseUnavailableError and the others
    that `open_database` raises, each with the address shown without its password)."""
    from partyplan.db.database import open_database

    form = form.checked()
    url = form.url(password) if password else form.url()
    db = open_database(url, backup_dir=backup_dir)
    where = save_password(form, password) if save and password else ""
    return db, where
