"""Every service of an unlocked vault, in one place for the GUI and the CLI."""

from __future__ import annotations

from collections.abc import Callable

from storage.acts import ActService
from storage.cases import CaseService
from storage.check import check_vault
from storage.database import Database
from storage.desk import DeskService
from storage.documents import DocumentService
from storage.engine import integrity_problems
from storage.evidence import EvidenceService
from storage.history import HistoryService
from storage.media import MediaStore
from storage.paths import VaultPaths
from storage.persons import PersonService
from storage.search import SearchService
from storage.testimonies import TestimonyService
from storage.transfer import TransferService


class Services:
    def __init__(self, db: Database, paths: VaultPaths) -> None:
        media_dir = paths.media
        self.cases = CaseService(db)
        self.persons = PersonService(db)
        self.acts = ActService(db)
        self.testimonies = TestimonyService(db)
        self.evidence = EvidenceService(db, MediaStore(media_dir))
        self.documents = DocumentService(db)
        self.search = SearchService(db)
        self.history = HistoryService(db)
        self.transfer = TransferService(db)
        self.desk = DeskService(db, MediaStore(paths.received_media))
        self._db_for_check = db

    def check(self, report: Callable[[int, int, str], None] | None = None) -> list[str]:
        """Integrity of the database pages, every media file and every custody chain."""
        return check_vault(integrity_problems(self._db_for_check.engine), self.evidence, report)
