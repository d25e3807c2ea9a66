"""Extractors that ship with mengke itself (registered as default plugins)."""
