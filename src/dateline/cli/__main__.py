"""``python -m dateline.cli``: the same as the ``dateline`` command."""

from . import main

main()
