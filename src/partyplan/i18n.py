"""Translators for the app and for Qt's own dialogs; QtCore only, so the command line shares them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from partyplan.resources import resource_path

LANGUAGES = ("zh_CN", "en")
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))  # each named in itself, so anyone finds theirs
_installed: list[QTranslator] = []


def system_language() -> str:
    """Chinese for any Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def normalize_language(value: str | None) -> str:
    if not value:
        return system_language()
    value = value.replace("-", "_")
    if value.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def install(language: str) -> bool:
    """Replace the installed translators; True when the app's own translation was found."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QCoreApplication/QApplication first"
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        _deliver_language_change()
        return True
    found = False
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"partyplan_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir) or qtbase.load(
        str(resource_path("translations", f"qtbase_{language}.qm"))
    ):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    _deliver_language_change()
    return found


def _deliver_language_change() -> None:
    """Qt posts LanguageChange to every window; deliver it now so the switch is complete on return."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
