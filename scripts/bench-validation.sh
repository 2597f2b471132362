#!/usr/bin/env bash
# Side by side: the validation engine against scikit-learn, on the numbers the engine promises.
#   .NET:   full metric set on 1M rows, CSV reading, 1,000 bootstrap AUROC replicates on 100k rows
#   Python: the same 1,000 replicates as a loop of sklearn.metrics.roc_auc_score (target: >= 30x slower)
# Usage: scripts/bench-validation.sh [replicates-for-python, default 1000]
# For BenchmarkDotNet's careful numbers instead:
#   dotnet run -c Release --project benchmarks/Baken.Benchmarks -- --filter '*ClassificationBenchmarks*'
set -euo pipefail
cd "$(dirname "$0")/.."
replicates="${1:-1000}"

dotnet build -c Release benchmarks/Baken.Benchmarks -v quiet -nologo >/dev/null
dll=benchmarks/Baken.Benchmarks/bin/Release/net10.0/Baken.Benchmarks.dll

echo "== .NET (Baken.Engine) =="
dotnet_out="$(dotnet "$dll" stopwatch 1000000)"
echo "$dotnet_out"
dotnet_ms="$(echo "$dotnet_out" | grep '^1,000 bootstrap AUROC replicates, 100k rows  ' | awk '{print $(NF-1)}')"

python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import sklearn, numpy' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [[ -z "$python" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Debian's python3-sklearn for the comparison..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sklearn >/dev/null
    python=/usr/bin/python3
  else
    echo "No Python with scikit-learn: run 'sudo apt-get install python3-sklearn' for the comparison."
    exit 0
  fi
fi

echo
echo "== Python ($("$python" -c 'import sklearn; print("scikit-learn", sklearn.__version__)')) =="
python_ms="$("$python" - "$replicates" <<'PY'
import sys, time
import numpy as np
from sklearn.metrics import roc_auc_score
n, reps = 100_000, int(sys.argv[1])
rng = np.random.default_rng(2)
y = (rng.random(n) < 0.3).astype(np.int8)
s = 1 / (1 + np.exp(-(rng.standard_normal(n) + y - 1)))
out = np.empty(reps)
start = time.perf_counter()
for r in range(reps):
    idx = rng.integers(0, n, n)
    out[r] = roc_auc_score(y[idx], s[idx])
print(f"{(time.perf_counter() - start) * 1000 * 1000 / reps:.1f}")
PY
)"
echo "1,000 bootstrap AUROC replicates, 100k rows (loop of roc_auc_score)      ${python_ms} ms (measured on ${replicates}, scaled to 1,000)"
echo
awk -v p="$python_ms" -v d="$dotnet_ms" 'BEGIN { printf "speed-up: %.0fx (target >= 30x)\n", p / d }'
