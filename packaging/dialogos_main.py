"""The frozen app's entry point: what the ``dialogos`` command runs."""

import sys

from ui.launcher import main

sys.exit(main())
