from __future__ import annotations

from forms import vocab


def test_lists_ship_bilingual_with_corrected_spanish() -> None:
    sexual = vocab.term(vocab.ACT_TYPES, "020102000000")
    assert sexual and sexual.en == "Sexual violations" and sexual.es.startswith("Violencia sexual")
    # OpenEvSys swapped "Likely"/"Unlikely" in MT41; the shipped Spanish is corrected.
    likely = [t for t in vocab.terms(vocab.VIOLATION_STATUS) if t.en == "Likely"]
    assert likely and likely[0].es == "Probable"
    assert len(vocab.terms(vocab.ACT_TYPES)) > 500


def test_local_extensions_are_present() -> None:
    codes = {t.code: t for t in vocab.terms(vocab.PERPETRATOR_TYPES)}
    assert codes["MX2406"].es == "Policía municipal"
    assert any(t.es == "Tsotsil" for t in vocab.terms(vocab.LOCAL_LANGUAGES))


def test_search_is_accent_and_language_blind() -> None:
    labels = [t.es for t in vocab.search_terms(vocab.ACT_TYPES, "detencion")]
    assert "Detención, encarcelamiento" in labels
    assert vocab.search_terms(vocab.ACT_TYPES, "detention imprisonment")
    assert vocab.term(vocab.ACT_TYPES, "nope") is None
