"""`python -m generator`: the command-line door to the generator."""

from generator.cli import main

raise SystemExit(main())
