"""Hypothesis budgets for the robustness tests.

Set per test with ``settings(...)`` rather than a global profile, so other suites keep
their own. ``make test`` runs the short budgets; the same properties run with much larger
budgets under ``make test-long`` (``@pytest.mark.long``).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# deadline=None: a 2-core machine shared with other jobs makes per-example timing noisy;
# the time bounds that matter are asserted explicitly where they matter.
# derandomized: `make test` (and CI) must see the same examples every run; the long run explores
SHORT = settings(max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LONG = settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
# one 50,000-character line costs about a second to lint: a handful in the short run
HUGE_SHORT = settings(SHORT, max_examples=4)
HUGE_LONG = settings(LONG, max_examples=120)
