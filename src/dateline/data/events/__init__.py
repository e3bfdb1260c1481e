"""The event lexicon, CAMEO codes, PLOVER types and intention table."""
