"""``python -m bulletinkit``: the command-line interface."""

from bulletinkit.cli import main

raise SystemExit(main())
