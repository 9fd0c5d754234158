"""Sync: envelopes, wire protocol, client, courier bundles (the sync issue). No Qt, no storage."""
