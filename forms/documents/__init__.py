"""Printable legal documents as data: one definition per type (DOMAIN.md §2).

`SPECS` maps each type code of forms.document_types to its definition; forms.pdf renders a
`DocumentContent` built from a definition, a draft's values and the case snapshot.
"""

from __future__ import annotations

from forms.documents.amparo import AMPARO, AMPARO_URGENT
from forms.documents.complaint import COMPLAINT
from forms.documents.custody import CUSTODY
from forms.documents.iachr import IACHR_PRECAUTIONARY
from forms.documents.schema import DocumentSpec
from forms.documents.testimony import TESTIMONY

SPECS: dict[str, DocumentSpec] = {
    spec.code: spec
    for spec in (AMPARO_URGENT, AMPARO, IACHR_PRECAUTIONARY, COMPLAINT, TESTIMONY, CUSTODY)
}


def spec_for(doc_type: str) -> DocumentSpec:
    return SPECS[doc_type]
