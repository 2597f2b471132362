"""The classification metric set of DOMAIN.md with scikit-learn / numpy / scipy, for the side-by-side
timing in scripts/bench-validation.sh. Written to be fast and fair, not to lose:

  * pandas.read_csv (C engine) reads only the columns it needs (usecols), subgroups as category;
  * scikit-learn where it has the metric: roc_auc_score, average_precision_score, brier_score_loss,
    log_loss (eps=1e-15), calibration_curve (10 bins, 'uniform');
  * DeLong SE: fast DeLong (Sun & Xu 2014) with three scipy.stats.rankdata midrank passes;
  * calibration-in-the-large and intercept/slope: unpenalised ML by vectorised numpy
    Newton-Raphson (logit(p) as offset resp. covariate); statsmodels is not installed and
    sklearn LogisticRegression(penalty=None) is slower and stops at its lbfgs tolerance
    (--logreg sklearn uses it for intercept/slope anyway);
  * ECE from the bin counts of the same searchsorted binning as calibration_curve;
  * threshold metrics by vectorised counting (numpy), net benefit TP/n - FP/n * t/(1-t);
  * subgroups: every value of every --subgroup column with >= 10 rows, positives and negatives.

Usage: sklearn_validate.py CSV [--subgroup COL ...] [--threshold T ...] [--output OUT.json]
       [--logreg numpy|sklearn] [--phases]
--phases prints the time of each step to stderr. The JSON has the engine's key names.
"""
import sys
import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy.special import expit  # noqa: E402
from scipy.stats import rankdata  # noqa: E402
from sklearn.calibration import calibration_curve  # noqa: E402
from sklearn.metrics import (  # noqa: E402
    average_precision_score,
    brier_score_loss,
    log_loss,
    roc_auc_score,
)

EPS = 1e-15
Z95 = 1.959963984540054
MIN_CELL = 10
PHASES = {}


def phase(name, start):
    PHASES[name] = PHASES.get(name, 0.0) + time.perf_counter() - start
    return time.perf_counter()


def delong_se(y, s):
    pos, neg = s[y == 1], s[y == 0]
    m, n = len(pos), len(neg)
    if m < 2 or n < 2:
        return None
    tx = rankdata(pos)
    ty = rankdata(neg)
    tz = rankdata(np.concatenate((pos, neg)))
    v10 = (tz[:m] - tx) / n
    v01 = 1.0 - (tz[m:] - ty) / m
    return float(np.sqrt(v10.var(ddof=1) / m + v01.var(ddof=1) / n))


def newton_offset(y, offset, iterations=50):
    """a in logit(P(y=1)) = a + offset."""
    a = 0.0
    for _ in range(iterations):
        mu = expit(a + offset)
        step = (y.sum() - mu.sum()) / np.dot(mu, 1.0 - mu)
        a += step
        if abs(step) < 1e-12:
            break
    return float(a)


def newton_intercept_slope(y, x, iterations=50):
    """a, b in logit(P(y=1)) = a + b x."""
    a, b = 0.0, 1.0
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
    return float(a), float(b)


def sklearn_intercept_slope(y, x):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(penalty=None, tol=1e-10, max_iter=1000).fit(x.reshape(-1, 1), y)
    return float(model.intercept_[0]), float(model.coef_[0, 0])


def ratio(num, den):
    return None if den == 0 else num / den


def metric_set(y, s, thresholds, logreg):
    t = time.perf_counter()
    n = len(y)
    positives = int(np.count_nonzero(y))
    both = 0 < positives < n
    auroc = float(roc_auc_score(y, s)) if both else None
    t = phase("AUROC (roc_auc_score)", t)
    se = delong_se(y, s) if both else None
    t = phase("DeLong SE (3 x rankdata)", t)
    auprc = float(average_precision_score(y, s)) if positives > 0 else None
    t = phase("AUPRC (average_precision_score)", t)
    brier = float(brier_score_loss(y, s))
    t = phase("Brier (brier_score_loss)", t)
    ll = float(log_loss(y, s, eps=EPS, labels=[0, 1]))
    t = phase("log loss (log_loss)", t)
    oe = float(y.sum() / s.sum())
    clipped = np.clip(s, EPS, 1 - EPS)
    lp = np.log(clipped) - np.log1p(-clipped)
    citl = newton_offset(y, lp) if both else None
    t = phase("O/E + calibration-in-the-large (Newton)", t)
    if both:
        ia, ib = newton_intercept_slope(y, lp) if logreg == "numpy" else sklearn_intercept_slope(y, lp)
    else:
        ia = ib = None
    t = phase(f"calibration intercept+slope ({logreg})", t)
    frac, mean = calibration_curve(y, s, n_bins=10, strategy="uniform")
    counts = np.bincount(np.searchsorted(np.linspace(0.0, 1.0, 11)[1:-1], s), minlength=10)
    counts = counts[counts > 0]
    ece = float(np.sum(counts / n * np.abs(frac - mean)))
    t = phase("calibration_curve + ECE", t)
    rows = []
    yb = y.astype(bool)
    for th in thresholds:
        pred = s >= th
        predicted = int(np.count_nonzero(pred))
        tp = int(np.count_nonzero(pred & yb))
        fp, fn = predicted - tp, positives - tp
        tn = n - predicted - fn
        rows.append({
            "threshold": th, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "sensitivity": ratio(tp, tp + fn), "specificity": ratio(tn, tn + fp),
            "ppv": ratio(tp, tp + fp), "npv": ratio(tn, tn + fn),
            "f1": ratio(2 * tp, 2 * tp + fp + fn), "accuracy": ratio(tp + tn, n),
            "netBenefit": tp / n - fp / n * th / (1 - th) if th < 1 else None,
        })
    phase("threshold metrics + net benefit", t)
    ci = [max(0.0, auroc - Z95 * se), min(1.0, auroc + Z95 * se)] if se is not None else None
    return {
        "n": n, "positives": positives, "prevalence": positives / n if n else None,
        "auroc": auroc, "aurocSe": se, "aurocCi95": ci, "auprc": auprc, "brier": brier, "logLoss": ll,
        "calibrationInTheLarge": citl, "calibrationIntercept": ia, "calibrationSlope": ib,
        "observedExpectedRatio": oe, "ece": ece,
        "calibrationCurve": {"meanPredicted": mean.tolist(), "fractionPositive": frac.tolist()},
        "thresholds": rows,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--subgroup", action="append", default=[])
    parser.add_argument("--threshold", action="append", type=float, default=[])
    parser.add_argument("--output")
    parser.add_argument("--logreg", choices=["numpy", "sklearn"], default="numpy")
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    thresholds = args.threshold or [0.1, 0.2, 0.3, 0.5]
    t_imports = time.perf_counter() - T0

    t = time.perf_counter()
    dtypes = {"y_true": np.int8, "y_score": np.float64, **{c: "category" for c in args.subgroup}}
    frame = pd.read_csv(args.csv, usecols=list(dtypes), dtype=dtypes, engine="c")
    y = frame["y_true"].to_numpy()
    s = frame["y_score"].to_numpy()
    t_read = time.perf_counter() - t

    result = {"overall": metric_set(y, s, thresholds, args.logreg), "subgroups": {}}
    for column in args.subgroup:
        cat = frame[column].cat
        codes = cat.codes.to_numpy()
        values = {}
        for k in np.argsort(np.asarray(cat.categories, dtype=str), kind="stable"):
            mask = codes == k
            ys = y[mask]
            rows, pos = len(ys), int(np.count_nonzero(ys))
            name = str(cat.categories[k])
            if rows < MIN_CELL or pos < MIN_CELL or rows - pos < MIN_CELL:
                values[name] = {"suppressed": True}
            else:
                values[name] = metric_set(ys, s[mask], thresholds, args.logreg)
        result["subgroups"][column] = values

    if args.output:
        with open(args.output, "w") as out:
            json.dump(result, out, indent=2)
    if args.phases:
        print(f"  python imports (after interpreter start)   {t_imports * 1000:8.0f} ms", file=sys.stderr)
        print(f"  pandas.read_csv                            {t_read * 1000:8.0f} ms", file=sys.stderr)
        for name, seconds in PHASES.items():
            print(f"  {name:42} {seconds * 1000:8.0f} ms", file=sys.stderr)
        print(f"  total in-process                           {(time.perf_counter() - T0) * 1000:8.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
