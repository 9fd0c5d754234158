"""The relay's systemd unit and TLS reverse-proxy examples."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

RELAY = Path(__file__).resolve().parents[2] / "packaging" / "relay"
UNIT = RELAY / "defender-registry.service"


def _unit_settings() -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


def test_the_unit_runs_the_relay_on_loopback_unprivileged_and_sandboxed() -> None:
    unit = _unit_settings()
    assert unit["User"] == ["defender-registry"]
    exec_start = unit["ExecStart"][0]
    assert exec_start.split()[1] == "serve" and "--host 127.0.0.1" in exec_start
    assert "--data /var/lib/defender-registry" in exec_start  # = StateDirectory
    assert unit["StateDirectory"] == ["defender-registry"]
    assert unit["StateDirectoryMode"] == ["0700"] and unit["UMask"] == ["0077"]
    for hardening in ("NoNewPrivileges", "ProtectHome", "PrivateTmp", "PrivateDevices"):
        assert unit[hardening] == ["yes"]
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["CapabilityBoundingSet"] == [""]
    assert unit["LimitCORE"] == ["0"]


def test_the_unit_speaks_the_relay_command_line() -> None:
    cli = pytest.importorskip("registry.cli")
    exec_start = _unit_settings()["ExecStart"][0].split()
    args = cli.build_parser().parse_args(exec_start[1:])
    assert args.command == "serve" and args.host == "127.0.0.1" and args.port == 8443


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd not installed")
def test_the_unit_verifies(tmp_path: Path) -> None:
    # systemd-analyze checks that ExecStart exists; stand in a program that does.
    text = UNIT.read_text(encoding="utf-8")
    text = re.sub(r"^ExecStart=\S+", "ExecStart=/bin/true", text, flags=re.M)
    unit = tmp_path / UNIT.name
    unit.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    problems = [line for line in done.stderr.splitlines() if UNIT.name in line]
    assert done.returncode == 0 and not problems, done.stderr


def test_the_proxies_stream_8_mib_chunks_and_hide_client_addresses() -> None:
    caddy = (RELAY / "Caddyfile").read_text(encoding="utf-8")
    assert "reverse_proxy 127.0.0.1:8443" in caddy
    assert "max_size 20MiB" in caddy
    assert "header_up -X-Forwarded-For" in caddy
    assert not re.search(r"^\s*log\b", caddy, re.M), "no access log: client IPs are sensitive"
    nginx = (RELAY / "nginx.conf").read_text(encoding="utf-8")
    assert "proxy_pass http://127.0.0.1:8443;" in nginx
    assert "client_max_body_size 20m;" in nginx
    assert "proxy_request_buffering off;" in nginx
    log_format = re.search(r"log_format defender_registry ([^;]+);", nginx)
    assert log_format and "remote_addr" not in log_format.group(1)
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in nginx


def test_nginx_slows_down_guessing_at_sign_in_and_enrollment() -> None:
    nginx = (RELAY / "nginx.conf").read_text(encoding="utf-8")
    limited = re.search(r"location ~ \^/v1/\(([^)]*)\) \{([^}]*)\}", nginx)
    assert limited is not None
    assert {"auth/", "enroll$", "admin/challenge$", "admin/session$"} <= set(
        limited.group(1).split("|")
    )
    assert "limit_req zone=defender_registry_auth" in limited.group(2)
    assert "limit_req_status 429;" in limited.group(2)  # a status the client backs off on


def test_the_proxy_body_limit_exceeds_the_protocol_limits() -> None:
    protocol = pytest.importorskip("sync.protocol")
    limit = 20 * 1024 * 1024  # Caddy `max_size 20MiB`, nginx `client_max_body_size 20m`
    assert limit > max(protocol.MAX_ENVELOPE_BYTES, protocol.MAX_PATCH_BYTES) + 64 * 1024


@pytest.mark.skipif(not shutil.which("caddy"), reason="caddy not installed")
def test_the_caddyfile_is_valid(tmp_path: Path) -> None:
    done = subprocess.run(
        ["caddy", "adapt", "--config", str(RELAY / "Caddyfile"), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        check=False,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(
    not (shutil.which("nginx") and shutil.which("openssl")), reason="nginx not installed"
)
def test_the_nginx_site_is_valid(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=registry.example.org", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    live = "/etc/letsencrypt/live/registry.example.org"
    site = (RELAY / "nginx.conf").read_text(encoding="utf-8")
    site = site.replace(f"{live}/fullchain.pem", str(cert)).replace(f"{live}/privkey.pem", str(key))
    site = site.replace("/var/log/nginx", str(tmp_path))
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    (tmp_path / "main.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{ access_log off; include {tmp_path}/site.conf; }}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "main.conf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
