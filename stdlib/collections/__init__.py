"""Container datatypes (being written: only collections.abc is here yet)."""
