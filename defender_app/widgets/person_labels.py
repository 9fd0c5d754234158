"""How people and their roles in a case read on screen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from forms.text import QT_TRANSLATE_NOOP
from storage.records import Participant, Person

ROLE_LABELS: dict[str, str] = {
    "victim": QT_TRANSLATE_NOOP("Roles", "victim"),
    "witness": QT_TRANSLATE_NOOP("Roles", "witness"),
    "perpetrator": QT_TRANSLATE_NOOP("Roles", "perpetrator"),
    "source": QT_TRANSLATE_NOOP("Roles", "source (gave testimony)"),
    "intervening_party": QT_TRANSLATE_NOOP("Roles", "intervening party"),
    "relative": QT_TRANSLATE_NOOP("Roles", "relative"),
    "other": QT_TRANSLATE_NOOP("Roles", "other"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS.get(role, role))


def roles_text(roles: Iterable[str]) -> str:
    return QCoreApplication.translate("Roles", ", ").join(role_label(r) for r in roles)


def person_name(person: Person) -> str:
    """Name, else pseudonym, else other names; people may be recorded before they are named."""
    return person.display_name or QCoreApplication.translate("Roles", "(no name yet)")


def fill_people(combo: QComboBox, people: Iterable[Participant], first_role: str) -> None:
    """Persons of the case in `combo` (data: person id), those with `first_role` listed first."""
    ordered = sorted(people, key=lambda p: first_role not in p.roles)
    for participant in ordered:
        text = QCoreApplication.translate("Roles", "%1 (%2)")
        # The name goes in last: a typed name may itself contain "%2".
        text = text.replace("%2", roles_text(participant.roles))
        combo.addItem(text.replace("%1", person_name(participant.person)), participant.person.id)


def person_row(label_text: str, combo: QComboBox) -> QHBoxLayout:
    """A person chooser with its label, on one line above a form."""
    label = QLabel(label_text)
    label.setBuddy(combo)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(combo, 1)
    return row
