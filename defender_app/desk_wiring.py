"""The registry desk's composition root (Qt-free): the vault's DeskService with sync.desk.

Used by the desk views (in the background) and by `defender desk …`. The organisation's keys
are read from the desk's encrypted vault for each operation and never written anywhere else.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from nacl.public import PrivateKey

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import make_private_dir
from storage.desk import DeskService
from storage.desk_records import DeskDevice, DeskKeys
from storage.vault import Vault
from sync.bundle_format import open_bundle_for_registry
from sync.client import RelayUnreachable
from sync.desk import DeskClient, Progress, PullSummary
from sync.desk_open import DeviceInfo, open_received
from sync.protocol import enroll_token_hash, key_id

ORG_ROOT_FILE = "org_root.key"
SEALING_KEY_FILE = "registry_sealing.key"
SEALING_PUB_FILE = "registry_sealing.pub"


class NotADesk(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is not set up as a registry desk. Set it up with the organisation's "
        "offline keys first ('defender desk setup').",
    )


class UnknownBundleDevice(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle comes from a device the desk cannot vouch for: it is not in the relay's "
        "list of enrolled devices, or its key differs. Connect the desk to the relay once so "
        "it can check the device, then take the bundle in again. Nothing was imported.",
    )


class UnconfirmedBundleDevice(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle comes from a device the desk has not confirmed yet ({device}). Nothing was "
        "imported. Confirm the device in the Devices tab (compare its key fingerprint with the "
        "defender by phone), then take the bundle in again.",
    )


class RevokedBundleDevice(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle comes from a device that was revoked ({device}); the registry accepts "
        "nothing from it any more. Nothing was imported. If the bundle was made before the "
        "device was lost, ask your technical contact to check it.",
    )


class BadRelayAddress(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "“{address}” is not a relay address. Write it as https://registry.example.org.",
    )


class BadKeyFolder(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The folder does not hold the organisation's offline keys ({detail}). Choose the "
        "folder that 'defender-registry init --offline-dir' wrote.",
    )


def desk_service(vault: Vault) -> DeskService:
    return vault.desk


def read_offline_keys(folder: Path) -> tuple[bytes, dict[bytes, bytes]]:
    """The root seed and {registry key id: private key} from an offline key folder: the
    current sealing key and every one a rotation kept (`registry_sealing.<id>.key`)."""
    try:
        root = (folder / ORG_ROOT_FILE).read_bytes()
        sealing = [folder / SEALING_KEY_FILE, *sorted(folder.glob("registry_sealing.*.key"))]
        secrets = [path.read_bytes() for path in sealing]
    except OSError as exc:
        raise BadKeyFolder(detail=exc.strerror or type(exc).__name__) from exc
    if len(root) != 32 or any(len(secret) != 32 for secret in secrets):
        raise BadKeyFolder(detail="a key file has the wrong size")
    public = bytes(PrivateKey(secrets[0]).public_key)
    pub_file = folder / SEALING_PUB_FILE
    if pub_file.exists() and pub_file.read_bytes() != public:
        raise BadKeyFolder(detail="the sealing key does not match its public half")
    return root, {key_id(bytes(PrivateKey(sk).public_key)): sk for sk in secrets}


def set_up_desk(
    vault: Vault, folder: Path, relay_url: str, org_name: str = "", tls_pin: bytes | None = None
) -> DeskKeys:
    """Take the organisation's offline keys into this vault (merged with any held before)."""
    parts = urlsplit(relay_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadRelayAddress(address=relay_url)
    root, registry_keys = read_offline_keys(folder)
    service = vault.desk
    held = service.keys()
    if held is not None and held.org_root_seed != root:
        raise BadKeyFolder(detail="this desk already holds another organisation's root key")
    keys = DeskKeys(
        org_name=org_name or (held.org_name if held else ""),
        org_root_seed=root,
        registry_keys=registry_keys,
        relay_url=relay_url.strip().rstrip("/"),
        tls_pin=tls_pin,
    )
    service.save_keys(keys)
    stored = service.keys()
    assert stored is not None
    return stored


class Desk:
    """What the desk does over the network, on one vault. Each call opens its own connection."""

    def __init__(
        self, vault: Vault, client_factory: Callable[..., DeskClient] = DeskClient
    ) -> None:
        self.vault = vault
        self.service = vault.desk
        self._client_factory = client_factory

    def _keys(self) -> DeskKeys:
        keys = self.service.keys()
        if keys is None:
            raise NotADesk()
        return keys

    def _client(
        self, progress: Progress | None = None, should_cancel: Callable[[], bool] | None = None
    ) -> DeskClient:
        keys = self._keys()
        return self._client_factory(
            relay_url=keys.relay_url,
            org_root_seed=keys.org_root_seed,
            registry_keys=keys.registry_keys,
            download_dir=self.vault.paths.incoming,
            tls_pin=keys.tls_pin,
            progress=progress,
            should_cancel=should_cancel,
        )

    def refresh_devices(self) -> list[DeskDevice]:
        with self._client() as client:
            return self._save_devices(client)

    def _save_devices(self, client: DeskClient) -> list[DeskDevice]:
        """Store the relay's list (keys pinned at first sight, bindings checked under the
        desk keys kept here) and return what the desk holds."""
        devices = client.devices(self.service.enroll_keys())
        self.service.save_devices([DeskDevice(**asdict(d)) for d in devices])
        return self.service.devices()

    def revoke(self, device_id: str) -> list[DeskDevice]:
        with self._client() as client:
            client.revoke(device_id)
            return self._save_devices(client)

    def new_enroll_code(self) -> str:
        """A one-time code for a new field device. Its desk key is kept in this vault before
        the code is shown, so the device it enrolls is confirmed without a phone call."""
        keys = self._keys()
        with self._client() as client:
            code = client.new_enroll_code(keys.tls_pin)
        assert code.desk_key is not None
        self.service.keep_enroll_key(enroll_token_hash(code.token).hex(), code.desk_key)
        return code.to_text()

    def pull(
        self, progress: Progress | None = None, should_cancel: Callable[[], bool] | None = None
    ) -> PullSummary:
        """Refresh the device list, then import every envelope the relay committed since the
        last pull. Safe to run again after any failure: it continues from the cursor."""
        with self._client(progress, should_cancel) as client:
            self._save_devices(client)
            # the keys the desk pinned and confirmed, not the relay's word of today
            return client.pull(sink=self.service, devices=self.known_devices())

    def known_devices(self) -> dict[str, DeviceInfo]:
        return {d.device_id: DeviceInfo(**asdict(d)) for d in self.service.devices()}

    def import_bundle(self, path: Path) -> BundleImport:
        """Take in a courier bundle directly: open it with the registry key, verify the whole
        file and every envelope against the device's certified and confirmed key, then import.

        Nothing is imported unless everything verifies; importing it again changes nothing.
        """
        keys = self._keys()
        spool = self.vault.paths.incoming
        make_private_dir(spool)
        # ciphertext only: the blobs inside a bundle are the device's encrypted media files
        with tempfile.TemporaryDirectory(prefix="bundle-", dir=spool) as tmp:
            bundle = open_bundle_for_registry(path, keys.registry_keys, Path(tmp))
            devices = self._devices_for(bundle.device_id.hex())
            device = devices.get(bundle.device_id.hex())
            if device is None or device.sign_pk != bundle.device_pk:
                raise UnknownBundleDevice()
            if device.status == "revoked":
                raise RevokedBundleDevice(device=device.label or device.device_id[:12])
            if not device.confirmed:
                raise UnconfirmedBundleDevice(device=device.label or device.device_id[:12])
            opened = [
                open_received(
                    e.envelope,
                    devices=devices,
                    registry_keys=keys.registry_keys,
                    blob_files=bundle.blob_paths,
                    via="bundle",
                )
                for e in bundle.envelopes
            ]
            new = self.service.import_envelopes(opened)  # all of it, or nothing
        return BundleImport(bundle.bundle_id, new, len(opened) - new)

    def _devices_for(self, device_id: str) -> dict[str, DeviceInfo]:
        """The certified devices; asks the relay once if this one is not known yet."""
        devices = self.known_devices()
        if device_id not in devices:
            try:
                self.refresh_devices()
            except RelayUnreachable:
                return devices
            devices = self.known_devices()
        return devices


@dataclass(frozen=True)
class BundleImport:
    bundle_id: str
    imported: int
    duplicates: int
