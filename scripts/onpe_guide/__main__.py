"""`python -m onpe_guide …` is the same as `onpe-guide …`."""

import sys

from onpe_guide.cli import main

sys.exit(main())
