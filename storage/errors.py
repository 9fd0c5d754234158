"""User-facing storage errors. Anything not listed here reaching the GUI is a bug."""

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP


class VaultError(UserFacingError):
    """Base of every error about the vault itself."""


class WrongPassphrase(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "That passphrase does not open this vault. Check the keyboard layout and Caps Lock, "
        "then try again. Nothing was changed.",
    )


class WrongRecoveryCode(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "That recovery code does not open this vault. Check each group of letters and try "
        "again. Nothing was changed.",
    )


class NoVault(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "There is no vault in {home}. Create one first ('defender vault create')."
    )


class VaultExists(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP("Errors", "A vault already exists in {home}. Nothing was changed.")


class VaultInUse(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "This vault is open in another Defender window. Close it there and try again."
    )


class VaultLocked(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it to continue.")


class DamagedKeyfile(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key file is damaged or not a Defender key file, so the vault cannot be "
        "opened. If you have the recovery code, a backup of vault.key may still help.",
    )


class DamagedDatabase(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database is damaged or was altered ({detail}). Do not add records; "
        "ask your organisation for help before anything else.",
    )


class WeakPassphrase(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase is too short: use at least {minimum} characters, ideally several words.",
    )


class DiskFull(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "The disk is full, so nothing was saved. Free some space and try again."
    )


class NotFound(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP("Errors", "There is no {kind} with the id {record_id}.")


class RecordIsFinal(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This case is final and cannot be changed. Start a correction to make a new version.",
    )


class NoSQLCipher(VaultError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This installation lacks SQLCipher 4 encryption, so Defender refuses to store anything. "
        "Reinstall Defender.",
    )
