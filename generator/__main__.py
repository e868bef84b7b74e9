"""`python -m generator`: the command-line door to the generator."""

import os
import sys

from generator.cli.main import main

code = main()
# Everything the run wrote is closed by now; only the standard streams may still hold output.
# Exiting at once skips freeing the interpreter's objects one by one and waiting for the analysis
# worker to free its model, which no one is waiting for.
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
