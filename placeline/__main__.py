"""`python -m placeline` runs the command line."""

import sys

from placeline.cli import main

sys.exit(main())
