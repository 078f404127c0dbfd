"""Put this checkout's ``timeline`` first on the import path.

A benchmark run as ``python benchmarks/NAME.py`` would otherwise import whatever
``timeline`` is installed, which after ``pip install .`` is a copy of the code as
it was then, so figures would silently describe old code. Importing this module
before ``timeline`` makes every benchmark measure the code beside it.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
