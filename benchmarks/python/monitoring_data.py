"""Writes the benchmark files of scripts/bench-monitoring.sh: a reference and a period of N rows each
(default 1,000,000) with y_true, y_score and five features (age, prior_admissions, lab, sex, ward), and
the monitoring plan. Deterministic (numpy seed 11); the period is shifted a little (older patients,
another ward mix, a lower lab value), so drift is found and every statistic has work to do.

Usage: monitoring_data.py OUTDIR [ROWS]
"""
import json
import os
import sys

import numpy as np
import pandas as pd

WARDS = np.array(["internal", "surgery", "cardiology", "geriatrics", "icu"])


def rows(rng, n, age_shift=0.0, lab_shift=0.0, ward_p=(0.34, 0.26, 0.18, 0.14, 0.08)):
    age = np.clip(np.round(rng.normal(64 + age_shift, 15, n)), 18, 105)
    prior = rng.choice(5, size=n, p=[0.45, 0.25, 0.15, 0.1, 0.05])
    lab = rng.normal(lab_shift, 1.0, n)
    sex = rng.choice(np.array(["F", "M"]), size=n, p=[0.52, 0.48])
    ward = rng.choice(WARDS, size=n, p=list(ward_p))
    logit = -2.0 + 0.04 * (age - 64) + 0.3 * prior + 0.8 * lab + 0.7 * (ward == "icu") + 0.2 * (sex == "M")
    score = 1 / (1 + np.exp(-1.3 * logit - 0.35))
    y = (rng.random(n) < 1 / (1 + np.exp(-(logit + rng.normal(0, 0.4, n))))).astype(int)
    return pd.DataFrame({"id": [f"r{i:07d}" for i in range(n)], "y_true": y, "y_score": score, "age": age.astype(int),
                         "sex": sex, "ward": ward, "prior_admissions": prior, "lab": np.char.mod("%.3f", lab)})


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(11)
    rows(rng, n).to_csv(os.path.join(out, "reference.csv"), index=False, float_format="%.17g")
    rows(rng, n, age_shift=1.5, lab_shift=-0.05, ward_p=(0.32, 0.26, 0.18, 0.16, 0.08)).to_csv(
        os.path.join(out, "period.csv"), index=False, float_format="%.17g")
    plan = {
        "columns": {"y_true": "label", "y_score": "numerical", "age": "numerical", "prior_admissions": "numerical",
                    "lab": "numerical", "sex": "categorical", "ward": "categorical"},
        "subgroups": ["sex", "ward"],
        "minSampleSize": 100, "minCellSize": 10, "driftShare": 0.5,
        "protocol": {"threshold": 0.3, "minAuroc": 0.72, "minSensitivity": 0.55, "minSpecificity": 0.7,
                     "observedExpectedRatio": [0.8, 1.25]},
    }
    with open(os.path.join(out, "plan.json"), "w") as f:
        json.dump(plan, f, indent=1)


if __name__ == "__main__":
    main()
