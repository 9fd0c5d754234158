"""Sync's composition root (Qt-free): the vault's outbox, sealing with sync.envelope, and the
finalize hook that seals and queues each finalized version in the finalize transaction."""

from __future__ import annotations

import datetime as dt

from storage.outbox import OutboxService, SealedRecord, SealJob
from storage.vault import Vault
from sync.envelope import FileEntry, InnerRecord, public_signing_key, seal_envelope
from sync.protocol import RegistryConfig, fingerprint_text


def seal_record(job: SealJob) -> SealedRecord:
    """Sign the frozen version with the device key and seal it to the current registry key."""
    config = RegistryConfig.decode(job.identity.config)
    inner = InnerRecord(
        envelope_id=job.envelope_id,
        device_id=job.identity.device_id,
        device_seq=job.device_seq,
        record_id=job.record_id,
        record_version=job.record_version,
        record=job.record_json,
        files=tuple(
            FileEntry(
                blob_id=bytes.fromhex(f.blob_id),
                length=f.length,
                file_key=f.file_key,
                sha256_plain=f.sha256_plain,
                mime=f.mime,
                size_plain=f.size_plain,
                chunk_log2=f.chunk_log2,
                evidence_id=f.evidence_id,
            )
            for f in job.files
        ),
    )
    sealed = seal_envelope(
        inner,
        signing_seed=job.identity.signing_seed,
        device_epoch=job.identity.device_epoch,
        prev=job.prev,
        registry_key=config.current_registry_key(),
        created_device_clock=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    return SealedRecord(sealed.data, sealed.envelope_hash)


def install_sync(vault: Vault) -> OutboxService:
    """The vault's outbox, with its finalize hook registered once; call after every unlock.

    Final versions made while the hook was not registered are queued now, so no final record
    is ever left out of the outbox.
    """
    for hook in vault.cases.finalize_hooks:
        owner = getattr(hook, "__self__", None)
        if isinstance(owner, OutboxService):
            return owner
    outbox = OutboxService(vault.db, vault.evidence.media, seal_record)
    vault.cases.finalize_hooks.append(outbox.on_finalize)
    outbox.enqueue_missing()
    return outbox


def device_key_fingerprint(outbox: OutboxService) -> str | None:
    """This device's signing-key fingerprint, as the registry desk shows it to compare by
    phone; None before the device is enrolled."""
    identity = outbox.identity()
    if identity is None:
        return None
    return fingerprint_text(public_signing_key(identity.signing_seed))
