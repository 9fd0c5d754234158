"""The registry desk: the same app in the desk role (ARCHITECTURE.md §1).

Registry (every record from every device, with its history and provenance), Reports (counts
of attacks as tables, charts, CSV and a printable PDF), Devices (list, revoke, enrollment
codes), and pulling from the relay. Network work comes in through `DeskOps`.
"""
