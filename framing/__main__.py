"""``python -m framing``: the ``framing`` command, for environments without its script on the PATH."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
