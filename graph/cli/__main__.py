"""``python -m unikg.graph.cli`` is ``unikg``."""

import sys

from . import main

sys.exit(main())
