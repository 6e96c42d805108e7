"""``python -m unikg.cli`` is ``unikg``."""

import sys

from . import main

sys.exit(main())
