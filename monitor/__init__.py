"""mandate-monitor: watch pages and feeds about an international mission and log changes to its mandate."""

__version__ = "0.1.0"
