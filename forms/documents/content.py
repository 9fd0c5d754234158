"""Everything one printed document says, before layout: the values, the blocks computed from
the case, and the record it belongs to. Its SHA-256 is what the QR code carries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from forms.documents import wording
from forms.documents.derive import Row, derive_blocks, facts
from forms.documents.schema import DocumentSpec
from forms.documents.validate import DocumentIncomplete, Missing, missing_fields


@dataclass(frozen=True)
class Meta:
    """The record a document is printed from."""

    record_id: str  # the document draft's id
    version: int  # the version of the case data it was built from
    folio: str  # the case's human folio
    generated_on: dt.date

    def placeholders(self, lang: str) -> dict[str, str]:
        return {
            "record_id": self.record_id,
            "version": str(self.version),
            "folio": self.folio,
            "generated_on": wording.long_date(self.generated_on, lang),
        }


@dataclass(frozen=True)
class DocumentContent:
    spec: DocumentSpec
    lang: str
    values: Mapping[str, Any]
    blocks: Mapping[str, list[Row]]
    facts: Mapping[str, bool]
    meta: Meta

    def missing(self) -> list[Missing]:
        return missing_fields(self.spec, self.values, self.blocks, self.facts)

    def require_complete(self) -> None:
        """Raise DocumentIncomplete naming every missing required field."""
        missing = self.missing()
        if missing:
            raise DocumentIncomplete(missing, self.lang)

    def canonical(self) -> str:
        """The content as canonical JSON: what is printed, without page layout."""
        body = {
            "type": self.spec.code,
            "lang": self.lang,
            "record_id": self.meta.record_id,
            "version": self.meta.version,
            "folio": self.meta.folio,
            "generated_on": self.meta.generated_on.isoformat(),
            "values": {k: self.values[k] for k in sorted(self.values)},
            "blocks": self.blocks,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()


def build_content(
    spec: DocumentSpec,
    snapshot: Mapping[str, Any],
    values: Mapping[str, Any],
    lang: str,
    meta: Meta,
) -> DocumentContent:
    """The document as it would print now: `values` as drafted, blocks fresh from `snapshot`."""
    known = {f.name for f in spec.fields()}
    kept = {k: v for k, v in values.items() if k in known}
    return DocumentContent(
        spec,
        lang,
        kept,
        derive_blocks(spec, snapshot, kept, lang),
        facts(spec, snapshot, kept, lang),
        meta,
    )
