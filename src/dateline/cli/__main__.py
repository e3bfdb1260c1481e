"""``python -m dateline.cli``: the same as the ``dateline`` command."""

from . import main

# Guarded: Dask starts its worker processes by importing the parent's main module anew.
if __name__ == "__main__":
    main()
