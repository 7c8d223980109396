"""`python -m xiaomi_ev_cli` runs xev."""

from .cli import main

main()
