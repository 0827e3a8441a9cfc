"""File > Connect to server...: the district's PostgreSQL server as a person fills it in.

The form is checked first (a field that cannot be used is said under it); then the store is opened off
the GUI thread (`background.start`, with a progress dialog and Cancel after a moment), because a server
that does not answer keeps the connection waiting up to its timeout. Only when it opened, and the user did
not cancel, is anything kept: the password goes to the OS credential store (never the settings), the
address without it to the settings, and the window switches to the server. A failure is worded (wrong
user or password, server not reachable, no such database, a newer schema) and the dialog stays open with
everything typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from partyplan import texts
from partyplan.district.connection import (
    DEFAULT_TIMEOUT, SSL_MODES, InvalidConnection, ServerConnection, connect, load_password, save_password,
)
from partyplan.errors import PartyPlanError
from partyplan.texts import district as words
from partyplan.ui import background, prompts
from partyplan.ui.forms import ERROR_STYLE, FieldForm, line


class ConnectDialog(FieldForm):
    """`sig_connected(database, where)` when the store is open: where the password was kept."""

    sig_connected = Signal(object, str)

    def __init__(self, current: ServerConnection | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.host, self.database, self.user, self.office = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.port, self.timeout = QSpinBox(), QSpinBox()
        self.port.setRange(1, 65535)
        self.timeout.setRange(1, 300)
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslrootcert = QLineEdit()
        self.sslrootcert.setMinimumWidth(260)
        self.choose_cert = QPushButton()
        self.choose_cert.clicked.connect(self._choose_cert)
        self.failure = QLabel()
        self.failure.setObjectName("connect_failure")
        self.failure.setStyleSheet(ERROR_STYLE)
        self.failure.setWordWrap(True)
        self.failure.hide()
        for name, widget in (("host", self.host), ("port", line([self.port])), ("database", self.database),
                             ("user", self.user), ("password", self.password), ("sslmode", line([self.sslmode])),
                             ("sslrootcert", line([self.sslrootcert, self.choose_cert])),
                             ("timeout", line([self.timeout])), ("office", self.office)):
            self.add_row(name, widget)
        self.form.addRow(self.failure)
        self.sslmode.currentIndexChanged.connect(self._sync_cert)
        self.job: background.Job | None = None
        self._fill(current or ServerConnection(host="", sslmode="prefer", connect_timeout=DEFAULT_TIMEOUT))
        self.setMinimumWidth(480)
        self.retranslate()

    # -- public ------------------------------------------------------------------------------
    def form_data(self) -> ServerConnection:
        return ServerConnection(host=self.host.text(), port=self.port.value(), database=self.database.text(),
                                user=self.user.text(), sslmode=self.sslmode.currentData(),
                                sslrootcert=self.sslrootcert.text().strip(), connect_timeout=self.timeout.value(),
                                office=self.office.text().strip())

    def accept(self) -> None:
        """Check the form, then open the store in the background; the dialog closes when it is open."""
        self.clear_problems()
        self.failure.hide()
        try:
            form = self.form_data().checked()
        except InvalidConnection as exc:
            self.show_text(exc.field, words.connection_problem(exc.field, exc.code))
            return
        password = self.password.text() or None
        opened: list[Any] = []  # the store, if it opened: closed again when the user cancelled meanwhile

        def work(_report, _stopped):  # type: ignore[no-untyped-def]
            database, _where = connect(form, password, save=False)
            opened.append(database)
            return database

        def cancelled() -> None:
            for database in opened:
                database.close()

        self.buttons.setEnabled(False)
        self.job = background.start(self, self.windowTitle(), self.tr("Connecting to %1...").replace("%1", form.host),
                                    work, done=lambda database: self._connected(form, password, database),
                                    failed=self._failed, cancelled=cancelled)
        self.job.sig_ended.connect(lambda _outcome: self.buttons.setEnabled(True))

    # -- private -----------------------------------------------------------------------------
    def _connected(self, form: ServerConnection, password: str | None, database: Any) -> None:
        where = save_password(form, password) if password else ""
        self.sig_connected.emit(database, where)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, PartyPlanError):
            raise exc
        self.failure.setText(words.connection_failure(exc) or texts.error_message(exc))
        self.failure.show()

    def _fill(self, current: ServerConnection) -> None:
        self.host.setText(current.host)
        self.port.setValue(current.port)
        self.database.setText(current.database)
        self.user.setText(current.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(current.sslmode)))
        self.sslrootcert.setText(current.sslrootcert)
        self.timeout.setValue(current.connect_timeout)
        self.office.setText(current.office)
        if current.host and current.user:
            self.password.setText(load_password(current) or "")
        self._sync_cert()

    def _sync_cert(self) -> None:
        needed = self.sslmode.currentData() in ("verify-ca", "verify-full")
        self.sslrootcert.setEnabled(needed)
        self.choose_cert.setEnabled(needed)

    def _choose_cert(self) -> None:
        path = prompts.open_file(self, self.tr("The district's CA certificate"),
                                 self.tr("Certificates (*.crt *.pem *.cer);;*"))
        if path:
            self.sslrootcert.setText(path)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to server"))
        self.set_labels({"host": self.tr("Server *"), "port": self.tr("Port"), "database": self.tr("Database *"),
                         "user": self.tr("User *"), "password": self.tr("Password"),
                         "sslmode": self.tr("Encryption (TLS)"), "sslrootcert": self.tr("CA certificate"),
                         "timeout": self.tr("Connect timeout"), "office": self.tr("Office")})
        self.timeout.setSuffix(self.tr(" s"))
        self.choose_cert.setText(self.tr("Choose..."))
        self.host.setPlaceholderText(self.tr("e.g. db.district.local"))
        self.office.setPlaceholderText(self.tr("empty: the office your user opens"))
        self.sslmode.setToolTip(self.tr("verify-full: encrypted, and the server must prove it is the district's "
                                        "(with the CA certificate). Use it on any network the office does not "
                                        "own alone."))
        self.password.setToolTip(self.tr("Kept in this PC's credential store, never in the settings."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
