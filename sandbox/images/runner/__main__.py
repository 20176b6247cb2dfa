"""``python3 -m vetkit_runner`` starts the supervisor."""

from .supervisor import main

main()
