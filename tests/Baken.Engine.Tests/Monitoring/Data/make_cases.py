#!/usr/bin/python3
"""Extra monitoring cases for the engine tests, made by the golden generator itself.

The public golden set (shared/data/monitoring) has a 20,000-row reference and four periods. The
hidden set described in its README also has a 1,000-row reference (Evidently's nR <= 1000 branch:
z, chisquare and ks as default tests, with scipy's exact KS p-values), periods at and below the
minimum sample size, a 12,000-row period and suppressed subgroups. These cases cover the same
branches (plus a period without labels, one with no y_true column, and constant columns) by
calling generate.build(outdir, config) from shared/data/monitoring/generate.py, so every expected
value below is computed by the same numpy/scipy/scikit-learn code as the public goldens.

Usage: make_cases.py            (writes ./small-reference and ./constant-columns next to this file)
Needs numpy 1.24, scipy 1.10, pandas 1.5, scikit-learn 1.2.1 (Debian bookworm's python3-* packages).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "data", "monitoring"))
sys.path.insert(0, SHARED)

import generate  # noqa: E402

SMALL_REFERENCE = {
    "seed": 20260701,
    "plan": generate.PLAN,
    "reference_rows": 1000,
    "periods": [
        {"name": "at-minimum", "rows": 100, "spec": {},
         "description": "exactly minSampleSize rows: computed; ten reference chunks give thresholds; small subgroups suppressed"},
        {"name": "below-minimum", "rows": 99, "spec": {},
         "description": "one row below minSampleSize: insufficient_data only"},
        {"name": "equal-size", "rows": 1000, "spec": {"age_shift": 4},
         "description": "as many rows as the reference: scipy's exact KS for equal sizes"},
        {"name": "large", "rows": 12000, "spec": {},
         "description": "12,000 rows against 1,000: KS by the asymptotic distribution; chi-square flags drift"},
        {"name": "few-labels", "rows": 200, "spec": {"label_frac": 0.06, "marker_shift": -0.3},
         "description": "a handful of labels: performance and every subgroup suppressed, so the CBPE rules apply"},
        {"name": "unlabelled", "rows": 300, "spec": {"label_frac": 0.0},
         "description": "y_true column present, every cell empty"},
        {"name": "no-label-column", "rows": 250, "labels": False,
         "spec": {"wards": generate.WARDS + ["ed-holding"], "ward_p": [0.3, 0.2, 0.15, 0.1, 0.05, 0.2]},
         "description": "no y_true column; an unseen ward"},
    ],
}

CONSTANT_COLUMNS = {
    "seed": 20260702,
    "plan": generate.PLAN,
    "reference_rows": 1500,
    "reference_spec": {"sexes": ["F"], "sex_p": [1.0], "prior_vals": [2], "prior_p": [1.0], "missing_age": 0.05},
    "periods": [
        {"name": "same", "rows": 250, "spec": {"sexes": ["F"], "sex_p": [1.0], "prior_vals": [2], "prior_p": [1.0]},
         "description": "sex and prior_admissions constant in both files and equal (one value: z p = 1, chi-square undefined)"},
        {"name": "shifted", "rows": 250, "spec": {"sexes": ["M"], "sex_p": [1.0], "prior_vals": [3], "prior_p": [1.0]},
         "description": "both constant in the period but at another value (z, Doane bins of a constant reference, unseen sex)"},
    ],
}

if __name__ == "__main__":
    for name, config in (("small-reference", SMALL_REFERENCE), ("constant-columns", CONSTANT_COLUMNS)):
        print(name)
        generate.build(os.path.join(HERE, name), config)
