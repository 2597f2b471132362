"""The monitoring statistics of MONITORING.md with numpy/scipy/scikit-learn, for the side-by-side
timing in scripts/bench-monitoring.sh. Written to be fast and fair, not to lose:

  * pandas.read_csv (C engine, default float parser) reads only the plan's columns, categories as
    'category';
  * Evidently's tests with the scipy functions Evidently calls: ks_2samp, wasserstein_distance,
    spatial.distance.jensenshannon, chisquare, norm.cdf; bins by numpy.histogram_bin_edges("sturges")
    on the pooled values or np.unique counts;
  * NannyML's univariate methods (Doane bins on the reference, leftover bin, base-2 JS, Hellinger,
    L-infinity, chi2_contingency, exact KS and Wasserstein) and their chunk thresholds;
  * CBPE with scikit-learn's IsotonicRegression, the expected confusion matrix, NannyML's AUROC
    estimate (cumsum, round 5, metrics.auc) and sampling-error components;
  * realised performance with the metric set of sklearn_validate.py (the validation benchmark), overall
    and per subgroup value with the small-cell rule;
  * the alert rules.
The JSON it writes has the result's keys, so compare.py can check one against the other.

Usage: monitoring_reference.py PLAN REFERENCE PERIOD [--output OUT.json] [--phases]
"""
import sys
import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import stats  # noqa: E402
from scipy.spatial import distance  # noqa: E402
from sklearn import metrics  # noqa: E402
from sklearn.isotonic import IsotonicRegression  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sklearn_validate import metric_set  # noqa: E402

THRESHOLDS = {"psi": 0.1, "jensenshannon": 0.1, "wasserstein": 0.1, "ks": 0.05, "chisquare": 0.05, "z": 0.05}
PHASES = {}


def phase(name, start):
    PHASES[name] = PHASES.get(name, 0.0) + time.perf_counter() - start
    return time.perf_counter()


def drifts(test, value):
    if test in ("psi", "jensenshannon", "wasserstein"):
        return bool(value >= THRESHOLDS[test])
    return bool(value <= THRESHOLDS[test]) if test == "ks" else bool(value < THRESHOLDS[test])


def floor_zeros(p):
    p = p.copy()
    m = p[p != 0].min()
    p[p == 0] = m / 1e6 if m <= 0.0001 else 0.0001
    return p


def union_counts(r, c):
    """Sorted distinct values of r and c with their counts in each."""
    ur, cr = np.unique(r, return_counts=True)
    uc, cc = np.unique(c, return_counts=True)
    keys = np.union1d(ur, uc)
    return keys, cr_at(keys, ur, cr), cr_at(keys, uc, cc)


def cr_at(keys, values, counts):
    out = np.zeros(len(keys))
    out[np.searchsorted(keys, values)] = counts
    return out


def evidently(r, c, numerical):
    nr, nc = len(r), len(c)
    keys, kr, kc = union_counts(r, c)
    k = len(keys)
    if numerical and len(np.unique(r)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([r, c]), bins="sturges")
        rp, cp = np.histogram(r, edges)[0] / nr, np.histogram(c, edges)[0] / nc
        bins = {"kind": "sturges", "edges": edges.tolist()}
    else:
        rp, cp = kr / nr, kc / nc
        bins = {"kind": "values", "values": keys.tolist()}
    tests = {
        "psi": float(np.sum((floor_zeros(rp) - floor_zeros(cp)) * np.log(floor_zeros(rp) / floor_zeros(cp)))),
        "jensenshannon": float(distance.jensenshannon(rp, cp)),
    }
    if numerical:
        tests["ks"] = float(stats.ks_2samp(r, c)[1])
        tests["wasserstein"] = float(stats.wasserstein_distance(r, c) / max(np.std(r), 0.001))
    if not numerical or k <= 5:
        with np.errstate(divide="ignore", invalid="ignore"):
            tests["chisquare"] = float(stats.chisquare(kc, kr * (nc / nr))[1])
    if k <= 2:
        if np.count_nonzero(kr) == 1 and np.count_nonzero(kc) == 1 and np.argmax(kr) == np.argmax(kc):
            tests["z"] = 1.0
        else:
            p1, p2 = (nr - kr[0]) / nr, (nc - kc[0]) / nc
            pooled = (p1 * nr + p2 * nc) / (nr + nc)
            z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / nr + 1 / nc))
            tests["z"] = float(2 * (1 - stats.norm.cdf(abs(z))))
    if nr <= 1000:
        default = ("ks" if numerical and k > 5 else "chisquare" if k > 2 else "z")
    else:
        default = ("jensenshannon" if k <= 5 else "wasserstein") if numerical else "jensenshannon"
    out = {t: {"value": v, "threshold": THRESHOLDS[t], "driftDetected": drifts(t, v)} for t, v in tests.items()}
    return {"defaultTest": default, "driftScore": tests[default], "threshold": THRESHOLDS[default],
            "driftDetected": out[default]["driftDetected"], "bins": bins, "tests": out}


def chunks(n_rows, size):
    return [(a, min(a + size, n_rows)) for a in range(0, n_rows, size)]


def upper_threshold(values, limit=None):
    upper = np.nanmean(values) + 3 * np.nanstd(values)
    return float(min(upper, limit) if limit is not None and upper >= limit else upper)


def binned(rp, edges_or_keys, data, categorical):
    if categorical:
        seen = np.isin(data, edges_or_keys)
        outside = len(data) - np.count_nonzero(seen)
        cp = np.bincount(np.searchsorted(edges_or_keys, data[seen]), minlength=len(rp)).astype(float)
    else:
        cp = np.histogram(data, edges_or_keys)[0].astype(float)
        outside = np.count_nonzero((data < edges_or_keys[0]) | (data > edges_or_keys[-1]))
    cp /= len(data)
    p = rp
    if outside:
        p, cp = np.append(rp, 0.0), np.append(cp, outside / len(data))
    js = float(distance.jensenshannon(p, cp, base=2))
    hellinger = float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(cp)) ** 2)) / np.sqrt(2))
    return js, hellinger


def nannyml(ref_full, r, c, n_period, categorical):
    if categorical:
        keys, counts = np.unique(r, return_counts=True)
        bins, out = keys, {"categories": keys.tolist()}
    else:
        bins = np.histogram_bin_edges(r, bins="doane")
        counts, out = np.histogram(r, bins)[0], {"binEdges": bins.tolist()}
    rp = counts / len(r)

    def values(d):
        js, hellinger = binned(rp, bins, d, categorical)
        if categorical:
            keys_u, kr, kc = union_counts(r, d)
            return {"jensen_shannon": js, "hellinger": hellinger, "l_infinity": float(np.max(np.abs(kr / len(r) - kc / len(d))))}
        ks = stats.ks_2samp(r, d, method="exact" if max(len(r), len(d)) <= 10000 else "asymp")[0]
        return {"jensen_shannon": js, "hellinger": hellinger, "kolmogorov_smirnov": float(ks),
                "wasserstein": float(stats.wasserstein_distance(r, d))}

    current = values(c)
    parts = chunks(len(ref_full), n_period)
    out["referenceChunks"] = len(parts)
    if len(parts) >= 6:
        per_chunk = []
        for a, b in parts:
            d = ref_full[a:b]
            d = d[~pd.isna(d)] if categorical else d[np.isfinite(d)]
            per_chunk.append(values(d) if len(d) else {m: np.nan for m in current})
        for m, v in current.items():
            upper = upper_threshold([x[m] for x in per_chunk], 1.0 if m == "kolmogorov_smirnov" else None)
            out[m] = {"value": v, "upperThreshold": upper, "alert": bool(v > upper)}
    else:
        for m, v in current.items():
            out[m] = {"value": v, "upperThreshold": None, "alert": False}
    if categorical:
        _, kr, kc = union_counts(r, c)
        stat, p, _, _ = stats.chi2_contingency(np.column_stack([kr, kc]))
        out["chi2"] = {"value": float(stat), "pValue": float(p), "alert": bool(p < 0.05)}
    return out


def cbpe(ref_y, ref_s, cur_s, t, n_period):
    iso = IsotonicRegression(out_of_bounds="clip", increasing=True).fit(ref_s, ref_y)
    p = iso.predict(cur_s)
    pred = cur_s >= t
    tp, fp = float(p[pred].sum()), float((1 - p[pred]).sum())
    fn, tn = float(p[~pred].sum()), float((1 - p[~pred]).sum())
    order = np.argsort(cur_s)[::-1]
    tps = np.cumsum(p[order])
    fps = 1 + np.arange(len(p)) - tps
    tps, fps = np.round(np.r_[0, tps], 5), np.round(np.r_[0, fps], 5)
    est = {"auroc": float(metrics.auc(fps / fps[-1], tps / tps[-1])),
           "sensitivity": tp / (tp + fn) if tp + fn else None, "specificity": tn / (tn + fp) if tn + fp else None}
    y, s = ref_y.astype(float), ref_s
    if y.mean() > 0.5:
        y, s = 1 - y, 1 - s
    ranks = y[np.argsort(s, kind="stable")] * np.arange(len(s))
    indexes = np.unique(ranks)[1:]
    n_pos = y.sum()
    ref_pred = ref_s >= t
    rtp, rfn = np.sum(ref_pred & (ref_y == 1)), np.sum(~ref_pred & (ref_y == 1))
    rtn, rfp = np.sum(~ref_pred & (ref_y == 0)), np.sum(ref_pred & (ref_y == 0))
    comps = {"auroc": (np.std((indexes - np.arange(len(indexes))) / (len(y) - n_pos)), n_pos / len(y)),
             "sensitivity": (np.std(np.r_[np.ones(rtp), np.zeros(rfn)]), (rtp + rfn) / len(ref_y)),
             "specificity": (np.std(np.r_[np.ones(rtn), np.zeros(rfp)]), (rtn + rfp) / len(ref_y))}
    parts = chunks(len(ref_s), n_period)
    out = {"n": len(cur_s), "referenceChunks": len(parts), "expectedConfusionMatrix": {"tp": tp, "fp": fp, "fn": fn, "tn": tn}}
    for m in ("auroc", "sensitivity", "specificity"):
        std, frac = comps[m]
        se = float(std / np.sqrt(len(cur_s) * frac))
        v = est[m]
        rec = {"estimated": v, "samplingError": se, "lowerConfidenceBoundary": max(0.0, v - 3 * se),
               "upperConfidenceBoundary": min(1.0, v + 3 * se), "lowerThreshold": None, "upperThreshold": None, "alert": False}
        if len(parts) >= 6:
            vals = [realised(ref_y[a:b], ref_s[a:b], ref_pred[a:b], m) for a, b in parts]
            mean, sd = np.nanmean(vals), np.nanstd(vals)
            lo, up = mean - 3 * sd, mean + 3 * sd
            lo, up = (0.0 if lo <= 0 else lo), (1.0 if up >= 1 else up)
            rec.update(lowerThreshold=float(lo), upperThreshold=float(up), alert=bool(v < lo or v > up))
        out[m] = rec
    return out


def realised(y, s, pred, m):
    if m == "auroc":
        return metrics.roc_auc_score(y, s) if len(np.unique(y)) > 1 else np.nan
    if m == "sensitivity":
        return metrics.recall_score(y, pred) if len(np.unique(y)) > 1 and len(np.unique(pred)) > 1 else np.nan
    tn, fp = np.sum((y == 0) & ~pred), np.sum((y == 0) & pred)
    return tn / (tn + fp) if tn + fp else np.nan


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("plan")
    parser.add_argument("reference")
    parser.add_argument("period")
    parser.add_argument("--output")
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    t_imports = time.perf_counter() - T0
    plan = json.load(open(args.plan))
    columns = plan["columns"]
    label = next(c for c, kind in columns.items() if kind == "label")
    prot = plan["protocol"]

    t = time.perf_counter()
    dtypes = {c: ("category" if kind == "categorical" else np.float64) for c, kind in columns.items()}
    ref = pd.read_csv(args.reference, usecols=list(dtypes), dtype=dtypes, engine="c")
    cur = pd.read_csv(args.period, usecols=lambda c: c in dtypes, dtype=dtypes, engine="c")
    t = phase("pandas.read_csv (both files)", t)

    n = len(cur)
    has_y = label in cur.columns
    labelled = cur[cur[label].notna()] if has_y else cur.iloc[0:0]
    result = {"period": os.path.splitext(os.path.basename(args.period))[0].removeprefix("period-"), "n": n,
              "labelledRows": len(labelled), "insufficientData": n < plan["minSampleSize"]}
    min_cell = plan["minCellSize"]
    perf_ok = False
    if len(labelled) == 0:
        result["performance"] = None
    else:
        y, s = labelled[label].to_numpy().astype(int), labelled["y_score"].to_numpy()
        pos = int(y.sum())
        perf_ok = len(y) >= min_cell and pos >= min_cell and len(y) - pos >= min_cell
        result["performance"] = metric_set(y, s, [prot["threshold"]], "numpy") if perf_ok else {"suppressed": True}
    result["subgroups"] = {}
    for column in plan["subgroups"]:
        values = {}
        if len(labelled):
            codes = labelled[column].cat.codes.to_numpy()
            y, s = labelled[label].to_numpy().astype(int), labelled["y_score"].to_numpy()
            cats = labelled[column].cat.categories
            for k in np.argsort(np.asarray(cats, dtype=str), kind="stable"):
                mask = codes == k
                if not mask.any():
                    continue
                ys = y[mask]
                pos = int(ys.sum())
                ok = len(ys) >= min_cell and pos >= min_cell and len(ys) - pos >= min_cell
                values[str(cats[k])] = metric_set(ys, s[mask], [prot["threshold"]], "numpy") if ok else {"suppressed": True}
        result["subgroups"][column] = values
    t = phase("performance (sklearn_validate.metric_set)", t)

    drift_columns, alerts, unseen_alerts = {}, [], []
    drifted = 0
    for column, kind in columns.items():
        if kind == "label":
            continue
        categorical = kind == "categorical"
        full = ref[column].to_numpy(dtype=object if categorical else np.float64)
        rr, cc = ref[column].dropna(), cur[column].dropna()
        r = rr.astype(str).to_numpy() if categorical else rr.to_numpy()
        c = cc.astype(str).to_numpy() if categorical else cc.to_numpy()
        entry = {"type": kind, "missing": int(cur[column].isna().sum())}
        ev = evidently(r, c, not categorical)
        entry["evidently"] = ev
        t = phase("Evidently tests", t)
        entry["nannyml"] = nannyml(full.astype(str) if categorical else full, r, c, n, categorical)
        t = phase("NannyML methods", t)
        if categorical:
            seen = set(np.unique(r))
            unseen = sorted(v for v in np.unique(c) if v not in seen)
            entry["unseenCategories"] = [{"value": v, "rows": int((c == v).sum())} if (c == v).sum() >= min_cell
                                         else {"value": v, "suppressed": True} for v in unseen]
            if unseen:
                unseen_alerts.append({"rule": "unseen_category", "column": column, "values": unseen})
        drift_columns[column] = entry
        if ev["driftDetected"]:
            drifted += 1
            alerts.append({"rule": "drift", "column": column, "test": ev["defaultTest"], "value": ev["driftScore"], "threshold": ev["threshold"]})
    share = drifted / len(drift_columns)
    result["drift"] = {"columns": drift_columns, "numberOfColumns": len(drift_columns), "numberOfDriftedColumns": drifted,
                       "shareOfDriftedColumns": share, "driftShare": plan["driftShare"], "datasetDrift": share >= plan["driftShare"]}
    if share >= plan["driftShare"]:
        alerts.append({"rule": "dataset_drift", "value": share, "threshold": plan["driftShare"]})
    alerts += unseen_alerts

    result["cbpe"] = cbpe(ref[label].to_numpy().astype(int), ref["y_score"].to_numpy(), cur["y_score"].to_numpy(), prot["threshold"], n)
    t = phase("CBPE (IsotonicRegression, estimates)", t)
    mins = {"auroc": prot["minAuroc"], "sensitivity": prot["minSensitivity"], "specificity": prot["minSpecificity"]}
    if perf_ok:
        p = result["performance"]
        real = {"auroc": p["auroc"], "sensitivity": p["thresholds"][0]["sensitivity"], "specificity": p["thresholds"][0]["specificity"]}
        alerts += [{"rule": "performance_below_protocol", "metric": m, "value": real[m], "threshold": lo}
                   for m, lo in mins.items() if real[m] is not None and real[m] < lo]
        lo, hi = prot["observedExpectedRatio"]
        if not lo <= p["observedExpectedRatio"] <= hi:
            alerts.append({"rule": "calibration_outside_protocol", "metric": "observedExpectedRatio", "value": p["observedExpectedRatio"], "threshold": [lo, hi]})
    else:
        alerts += [{"rule": "estimated_performance_below_protocol", "metric": m, "value": result["cbpe"][m]["estimated"], "threshold": lo}
                   for m, lo in mins.items() if result["cbpe"][m]["estimated"] is not None and result["cbpe"][m]["estimated"] < lo]
        alerts += [{"rule": "estimated_performance_shift", "metric": m, "value": result["cbpe"][m]["estimated"],
                    "threshold": [result["cbpe"][m]["lowerThreshold"], result["cbpe"][m]["upperThreshold"]]}
                   for m in mins if result["cbpe"][m]["alert"]]
    result["alerts"] = alerts

    if args.output:
        with open(args.output, "w") as out:
            json.dump(result, out, indent=1)
    if args.phases:
        print(f"  python imports (after interpreter start)     {t_imports * 1000:8.0f} ms", file=sys.stderr)
        for name, seconds in PHASES.items():
            print(f"  {name:44} {seconds * 1000:8.0f} ms", file=sys.stderr)
        print(f"  total in-process                             {(time.perf_counter() - T0) * 1000:8.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
