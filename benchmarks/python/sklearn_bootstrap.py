"""Bootstrap AUROC replicates as a scikit-learn loop, for scripts/bench-validation.sh.

Whole-process variant: reads the predictions CSV with pandas (the columns it needs), then draws
REPLICATES case resamples (numpy default_rng, seeded) and computes roc_auc_score on each.
--metrics all4 also computes what `baken validate --bootstrap` computes per replicate: AUPRC
(average_precision_score), Brier (brier_score_loss) and the calibration slope (numpy
Newton-Raphson from the full-sample fit, as the engine does).

Usage: sklearn_bootstrap.py CSV [--replicates 1000] [--metrics auroc|all4] [--seed 2]
Prints the 95% percentile interval of AUROC and, on stderr, the loop time per 1,000 replicates.
"""
import argparse
import sys
import time

import numpy as np
import pandas as pd
from scipy.special import expit
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

EPS = 1e-15


def slope_fit(y, x, a=0.0, b=1.0, iterations=50):
    sy, sxy = y.sum(), np.dot(x, y)
    for _ in range(iterations):
        mu = expit(a + b * x)
        w = mu * (1.0 - mu)
        wx = w * x
        h = np.array([[w.sum(), wx.sum()], [wx.sum(), np.dot(wx, x)]])
        g = np.array([sy - mu.sum(), sxy - np.dot(x, mu)])
        da, db = np.linalg.solve(h, g)
        a, b = a + da, b + db
        if max(abs(da), abs(db)) < 1e-12:
            break
    return a, b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--replicates", type=int, default=1000)
    parser.add_argument("--metrics", choices=["auroc", "all4"], default="auroc")
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args()

    frame = pd.read_csv(args.csv, usecols=["y_true", "y_score"], dtype={"y_true": np.int8, "y_score": np.float64})
    y = frame["y_true"].to_numpy()
    s = frame["y_score"].to_numpy()
    n = len(y)
    rng = np.random.default_rng(args.seed)
    auroc = np.empty(args.replicates)
    if args.metrics == "all4":
        clipped = np.clip(s, EPS, 1 - EPS)
        logit = np.log(clipped) - np.log1p(-clipped)
        a0, b0 = slope_fit(y, logit)
        others = np.empty((args.replicates, 3))

    start = time.perf_counter()
    for r in range(args.replicates):
        idx = rng.integers(0, n, n)
        yr, sr = y[idx], s[idx]
        auroc[r] = roc_auc_score(yr, sr)
        if args.metrics == "all4":
            others[r, 0] = average_precision_score(yr, sr)
            others[r, 1] = brier_score_loss(yr, sr)
            others[r, 2] = slope_fit(yr, logit[idx], a0, b0)[1]
    elapsed = time.perf_counter() - start

    low, high = np.percentile(auroc, [2.5, 97.5])
    print(f"AUROC 95% bootstrap interval [{low:.6f}, {high:.6f}] over {args.replicates} replicates")
    print(f"{elapsed * 1000 * 1000 / args.replicates:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
