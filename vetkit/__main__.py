"""``python -m vetkit`` is the ``vetkit`` command."""

from .cli import main

main()
