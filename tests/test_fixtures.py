"""Every case recorded from real TF.js (tests/fixtures/*.json) runs in Python and
must print, return and raise what TF.js did. Regenerate with tools/gen_fixtures.py."""
import pytest

import golden

CASES = golden.all_cases()


@pytest.mark.parametrize("family,case", CASES, ids=[f"{f}:{c['id']}" for f, c in CASES])
def test_fixture(family, case):
    golden.check_case(case)
