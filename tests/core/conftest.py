import sys
from pathlib import Path

# rule_cases.py sits beside the tests; make it importable however pytest was started
sys.path.insert(0, str(Path(__file__).parent))
