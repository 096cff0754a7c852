"""``python -m watchfloor``: the same command line as the ``watchfloor`` script."""
import sys

from watchfloor.cli import main

sys.exit(main())
