"""What can go wrong at the registry desk that a coordinator can act on."""

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP


class DeskError(UserFacingError):
    """Base of the desk's user-facing errors; nothing of the envelope was stored."""


class EnvelopeConflict(DeskError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "Envelope {envelope_id} was already received with different content. The new copy "
        "was not stored; keep both files and ask the device's owner what happened.",
    )


class IncomingFileDamaged(DeskError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "A media file of envelope {envelope_id} does not match its fingerprint, so nothing of "
        "that envelope was stored. Fetch it again from the relay or the courier bundle.",
    )


class UnreadableRecord(DeskError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "Envelope {envelope_id} does not hold the record it claims to hold, so it was not "
        "stored. Ask the device's owner to send that case again.",
    )


class OtherOrganisation(DeskError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "These keys belong to another organisation than the ones this desk already holds. "
        "Nothing was changed.",
    )


class DeviceKeyDiffers(DeskError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The key of device {device} is not the one whose fingerprint was compared. Nothing was "
        "confirmed; refresh the device list and compare the fingerprint again.",
    )
