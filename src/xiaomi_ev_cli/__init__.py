"""xev: every claim of one news story about Xiaomi's EV plant in Beijing's E-Town, with its source."""

__version__ = "0.1.0"
