"""Generates planning-check benchmark inputs in the published formats (deterministic, seed 7).

  hhcrsp DIR PATIENTS STAFF [VISITS]
                              an HHCRSP instance (Mankowska et al. 2014 format, as in
                              afkummer/gecco2020-brkga instances-HHCRSP/) and a feasible timed plan
                              (CSV staff,patient,service,start), built greedily with the rules of
                              the BRKGA decoder, so every visit is timed and synchronised.
                              With VISITS, PATIENTS is ignored: patients are added until their
                              services number exactly VISITS.
  inrc2 DIR NURSES WEEKS      an INRC-II data set shaped like n120w8 (scenario, H0 history, one
                              week-data file per week) and a roster (one Sol file per week).

Only for speed measurements: the numbers are random, not a care situation.
"""
import math
import random
import sys
from pathlib import Path

rng = random.Random(7)


def hhcrsp(out: Path, patients: int, staff: int, visits: int = 0) -> None:
    services = 6
    # 70 % single, 15 % simultaneous, 15 % precedence, as in the published sets.
    plan = []
    while (len(plan) < patients) if visits == 0 else (sum(1 if k == "single" else 2 for k in plan) < visits):
        u = rng.random()
        kind = "single" if u < 0.70 else "simultaneous" if u < 0.85 else "precedence"
        if visits and kind != "single" and sum(1 if k == "single" else 2 for k in plan) == visits - 1:
            kind = "single"
        plan.append(kind)
    patients = len(plan)
    n = patients + 2
    xs = [rng.uniform(0, 100) for _ in range(n)]
    ys = [rng.uniform(0, 100) for _ in range(n)]
    xs[-1], ys[-1] = xs[0], ys[0]
    d = [[round(math.hypot(xs[i] - xs[j], ys[i] - ys[j]), 6) for j in range(n)] for i in range(n)]
    kinds = ["single"] + plan + ["single"]
    need = [[0] * services for _ in range(n)]
    mind, maxd = [0.0] * n, [0.0] * n
    for i in range(1, n - 1):
        if kinds[i] == "single":
            need[i][rng.randrange(services)] = 1
        else:
            a, b = sorted(rng.sample(range(services), 2))
            need[i][a] = need[i][b] = 1
            if kinds[i] == "precedence":
                mind[i] = float(rng.randint(10, 40))
                maxd[i] = mind[i] * 2
    need[0] = [1] * services
    need[-1] = [1] * services
    # Half the staff can give services 0-2, the other half 3-5.
    qualified = [[1 if (s < 3) == (v % 2 == 0) else 0 for s in range(services)] for v in range(staff)]
    duration = [[float(rng.randint(10, 30)) if i not in (0, n - 1) else 0.0 for _ in range(services)] for i in range(n)]
    e = [0.0] + [float(rng.randint(0, 480)) for _ in range(n - 2)] + [0.0]
    l = [600.0] + [x + 120 for x in e[1:-1]] + [1000.0]

    ready = [0.0] * staff
    last = [0] * staff
    rows = []

    def best(service, exclude=None):
        options = [v for v in range(staff) if qualified[v][service] and v != exclude]
        return min(options, key=lambda v: ready[v] + d[last[v]][i])

    def give(v, i, s, start):
        rows.append((v, i, s, start))
        ready[v] = start + duration[i][s]
        last[v] = i

    for i in sorted(range(1, n - 1), key=lambda k: e[k]):
        wanted = [s for s in range(services) if need[i][s]]
        if kinds[i] == "single":
            v = best(wanted[0])
            give(v, i, wanted[0], max(e[i], ready[v] + d[last[v]][i]))
            continue
        v1 = best(wanted[0])
        v2 = best(wanted[1], exclude=v1)
        a1, a2 = ready[v1] + d[last[v1]][i], ready[v2] + d[last[v2]][i]
        if kinds[i] == "simultaneous":
            t1 = t2 = max(e[i], a1, a2)
        else:
            t1 = max(e[i], a1)
            t2 = max(a2, t1 + mind[i])
            if t2 - t1 > maxd[i]:
                t1 = t2 - maxd[i]
        give(v1, i, wanted[0], t1)
        give(v2, i, wanted[1], t2)

    double = [i + 1 for i in range(1, n - 1) if kinds[i] != "single"]
    with open(out / "instance.txt", "w") as f:
        w = f.write
        w(f"nbNodes\n{n}\nnbVehi\n{staff}\nnbServi\n{services}\nr\n")
        for row in need:
            w(" ".join(map(str, row)) + "\n")
        w("DS\n" + " ".join(map(str, double)) + "\na\n")
        for row in qualified:
            w(" ".join(map(str, row)) + "\n")
        w("x\n" + " ".join(f"{x:.0f}" for x in xs) + "\ny\n" + " ".join(f"{y:.0f}" for y in ys) + "\nd\n")
        for row in d:
            w(" ".join(repr(x) for x in row) + "\n")
        w("p\n")
        for i in range(n):
            line = " ".join(repr(x) for x in duration[i]) + "\n"
            for _ in range(staff):
                w(line)
        w("mind\n" + " ".join(repr(x) for x in mind) + "\nmaxd\n" + " ".join(repr(x) for x in maxd) + "\n")
        w("e\n" + " ".join(repr(x) for x in e) + "\nl\n" + " ".join(repr(x) for x in l) + "\n")
    with open(out / "plan.csv", "w") as f:
        f.write("# generated for scripts/bench-planning.sh\nstaff,patient,service,start\n")
        for v, i, s, t in sorted(rows, key=lambda r: (r[0], r[3])):
            f.write(f"{v},{i},{s},{t!r}\n")
    print(f"hhcrsp: {patients} patients, {staff} staff, {len(rows)} visits")


def inrc2(out: Path, nurses: int, weeks: int) -> None:
    name = f"n{nurses:03d}w{weeks}"
    skills = ["HeadNurse", "Nurse", "Caretaker", "Trainee"]
    shifts = ["Early", "Day", "Late", "Night"]
    forbidden = {"Early": [], "Day": ["Early"], "Late": ["Early", "Day"], "Night": ["Early", "Day", "Late"]}
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    contracts = [("FullTime", (25, 40), (3, 5), (2, 3), 4, 1), ("PartTime", (15, 25), (3, 5), (2, 4), 4, 1), ("HalfTime", (10, 20), (2, 4), (2, 5), 2, 1)]
    prefixes = [("HN", ["HeadNurse", "Nurse"]), ("NU", ["Nurse", "Caretaker"]), ("CT", ["Caretaker"]), ("TR", ["Trainee"])]
    staff = []
    for k in range(nurses):
        prefix, own = prefixes[0] if k < nurses // 10 else prefixes[1 + (k % 3)]
        staff.append((f"{prefix}_{k}", rng.choice(contracts)[0], own))
    with open(out / f"Sc-{name}.txt", "w") as f:
        f.write(f"SCENARIO = {name}\n\nWEEKS = {weeks}\n\nSKILLS = {len(skills)}\n" + "\n".join(skills) + "\n\n")
        f.write(f"SHIFT_TYPES = {len(shifts)}\nEarly (2,5)\nDay (2,28)\nLate (2,5)\nNight (3,5)\n\nFORBIDDEN_SHIFT_TYPES_SUCCESSIONS\n")
        for s in shifts:
            f.write(f"{s} {len(forbidden[s])} {' '.join(forbidden[s])}".rstrip() + "\n")
        f.write(f"\nCONTRACTS = {len(contracts)}\n")
        for c, (a, b), (c1, c2), (o1, o2), wk, cw in contracts:
            f.write(f"{c} ({a},{b}) ({c1},{c2}) ({o1},{o2}) {wk} {cw}\n")
        f.write(f"\nNURSES = {nurses}\n")
        for nm, c, own in staff:
            f.write(f"{nm} {c} {len(own)} {' '.join(own)}\n")
    with open(out / f"H0-{name}-0.txt", "w") as f:
        f.write(f"HISTORY\n0 {name}\n\nNURSE_HISTORY\n")
        for nm, _, _ in staff:
            last = rng.choice(shifts + ["None"])
            f.write(f"{nm} 0 0 {last} {0 if last == 'None' else rng.randint(1, 3)} {0 if last == 'None' else rng.randint(1, 4)} {rng.randint(1, 3) if last == 'None' else 0}\n")
    per_cell = max(1, nurses * 5 // 7 // (len(shifts) * len(skills)))
    for w in range(weeks):
        with open(out / f"WD-{name}-{w}.txt", "w") as f:
            f.write(f"WEEK_DATA\n{name}\n\nREQUIREMENTS\n")
            for s in shifts:
                for k in skills:
                    cells = []
                    for _ in days:
                        lo = rng.randint(max(0, per_cell - 2), per_cell)
                        cells.append(f"({lo},{lo + rng.randint(0, 2)})")
                    f.write(f"{s} {k} {' '.join(cells)}\n")
            requests = [(nm, rng.choice(shifts + ["Any"]), rng.choice(days)) for nm, _, _ in rng.sample(staff, nurses // 2)]
            f.write(f"\nSHIFT_OFF_REQUESTS = {len(requests)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in requests))
        with open(out / f"Sol-{name}-{w}-{w}.txt", "w") as f:
            lines = []
            for nm, _, own in staff:
                worked = sorted(rng.sample(range(7), 5))
                shift = rng.choice(shifts)
                for day in worked:
                    lines.append(f"{nm} {days[day]} {shift} {rng.choice(own)}")
            f.write(f"SOLUTION\n{w} {name}\n\nASSIGNMENTS = {len(lines)}\n" + "\n".join(lines) + "\n")
    print(f"inrc2: {name}, {nurses} nurses, {weeks} weeks")


if __name__ == "__main__":
    kind, folder, numbers = sys.argv[1], Path(sys.argv[2]), [int(x) for x in sys.argv[3:]]
    folder.mkdir(parents=True, exist_ok=True)
    (hhcrsp if kind == "hhcrsp" else inrc2)(folder, *numbers)
