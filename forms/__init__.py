"""Pure-Python domain definitions: vocabularies, dates, validation, documents. No Qt, no SQL."""
