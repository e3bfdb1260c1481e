"""Data files written for dateline: lexicons, gazetteers and code tables (read with importlib.resources)."""
