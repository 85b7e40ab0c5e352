#!/usr/bin/env python3
"""Summarizes index_bench markdown output into the table of docs/learned-index.md.

Usage: bench/index/summarize.py results/index-*.md
       bench/index/summarize.py --full results/index-*.md  (every baseline: lookups, then build and size)
       bench/index/summarize.py --min results/index-X.csv   (best-of-5 instead of medians)
For each data set: hardness (ε-PLA segments), the baselines, the fastest learned
structure and the chooser's pick (present-key ns and 20%-absent ns), and speedups of
both over std::lower_bound and absl::btree_map (present keys).
"""
import re
import sys

LEARNED = ("pgm(", "rs(", "rmi(", "auto:")


def parse(path):
    sets = []
    current = None
    for line in open(path):
        m = re.match(r"### (\S+), n = (\d+) \(distinct (\d+)\): PLA segments eps=32: (\d+), eps=4096: (\d+); load before: (.*)", line)
        if m:
            current = dict(name=m[1], n=int(m[2]), distinct=int(m[3]), seg32=int(m[4]), seg4096=int(m[5]),
                           load=m[6].strip(), rows={})
            sets.append(current)
            continue
        m = re.match(r"load after: (.*)", line)
        if m and current:
            current["load_after"] = m[1].split(";")[0].strip()
        if current and line.startswith("| ") and not line.startswith("| data"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 7 and cells[0] == current["name"]:
                current["rows"][cells[2]] = dict(present=float(cells[3]), absent=float(cells[4]),
                                                 build=float(cells[5]), bytes=float(cells[6]),
                                                 wrong=len(cells) > 7 and "WRONG" in cells[7])
    return sets


def run_minimums(csv_path):
    """Best-of-runs (minimum) present-key ns per (data, n, structure) from the CSV.
    Structure names may contain unquoted commas (older runs), so parse from the right:
    ..., present, mix, build, bytes, correct, runs x5 present, runs x5 mix."""
    out = {}
    for line in open(csv_path):
        f = line.strip().split(",")
        if len(f) < 18:
            continue
        name = ",".join(f[2:len(f) - 15]).strip('"')
        present_runs = [float(x) for x in f[len(f) - 10:len(f) - 5]]
        out[(f[0], int(f[1]), name)] = min(present_runs)
    return out


def fmt(row, key):
    return "–" if row is None else f"{row[key]:.0f}"


def full_tables(paths):
    """Two tables per (data, n): lookups (present / 20%-absent ns) and build ns/key + bytes/key."""
    sets = [s for p in paths for s in parse(p) if "std::lower_bound" in s["rows"]]
    sets.sort(key=lambda s: (s["n"], s["name"]))
    # "binary_search" was called "branchless_bs" before 2026-11-28 17:00 (same code: GCC
    # compiles it with a branch; see src/index/search.h).
    for s in sets:
        if "branchless_bs" in s["rows"]:
            s["rows"].setdefault("binary_search", s["rows"]["branchless_bs"])
    names = [("std::lower_bound", "std::lower_bound"), ("binary_search", "binary search"),
             ("absl::btree_map", "absl::btree_map"), ("std::map", "std::map"),
             ("absl::flat_hash_map (point only)", "hash map (point only)")]
    print("| data | n | segs ε=32 | segs ε=4096 | " + " | ".join(label for _, label in names) +
          " | best fixed learned | chooser pick | pick vs std / btree | load before → after |")
    print("|---|---|---|---|" + "---|" * len(names) + "---|---|---|---|")
    for s in sets:
        rows = s["rows"]
        cells = []
        for key, _ in names:
            r = rows.get(key)
            cells.append("–" if r is None else f"{r['present']:.0f} / {r['absent']:.0f}")
        learned = {k: v for k, v in rows.items() if k.startswith(LEARNED[:3])}
        auto_name = next(k for k in rows if k.startswith("auto:"))
        auto = rows[auto_name]
        # goal-run.sh (--fixed=0) runs no fixed configurations
        best_name = min(learned, key=lambda k: learned[k]["present"]) if learned else "(not run)"
        best = learned[best_name] if learned else dict(present=float("nan"), absent=float("nan"))
        std = rows["std::lower_bound"]["present"]
        btree = rows.get("absl::btree_map", {}).get("present", float("nan"))
        wrong = [k for k, v in rows.items() if v["wrong"]]
        best_cell = f" | {best_name}: {best['present']:.0f} / {best['absent']:.0f}" if learned else " | (not run)"
        print(f"| {s['name']} | {s['n'] // 1000000}M | {s['seg32']} | {s['seg4096']} | " + " | ".join(cells) +
              best_cell +
              f" | {auto_name[5:]}: {auto['present']:.0f} / {auto['absent']:.0f}"
              f" | {std / auto['present']:.2f}x / {btree / auto['present']:.2f}x"
              f" | {s['load']} → {s.get('load_after', '?')} |" + (f" WRONG: {wrong}" if wrong else ""))
    print()
    print("Build (ns/key; the chooser's includes the whole choice) and size (bytes/key):")
    print()
    print("| data | n | " + " | ".join(label for _, label in names[2:]) + " | PGM ε=16 | RS ε=16 | RMI n/64 | chooser pick |")
    print("|---|---|" + "---|" * (len(names) - 2) + "---|---|---|---|")
    for s in sets:
        rows = s["rows"]
        def cell(r):
            return "–" if r is None else f"{r['build']:.0f} ns, {r['bytes']:.2f} B"
        pgm = next((v for k, v in rows.items() if k.startswith("pgm(eps=16")), None)
        rs = next((v for k, v in rows.items() if k.startswith("rs(eps=16")), None)
        rmi = sorted((k for k in rows if k.startswith("rmi(")), key=lambda k: int(k.split("^")[1].rstrip(")")))
        rmi_row = rows[rmi[0]] if rmi else None
        auto = rows[next(k for k in rows if k.startswith("auto:"))]
        print(f"| {s['name']} | {s['n'] // 1000000}M | " + " | ".join(cell(rows.get(k)) for k, _ in names[2:]) +
              f" | {cell(pgm)} | {cell(rs)} | {cell(rmi_row)} | {cell(auto)} |")


def main():
    if sys.argv[1] == "--full":
        full_tables(sys.argv[2:])
        return
    if sys.argv[1] == "--min":
        minimums = run_minimums(sys.argv[2])
        print("| data | n | std::lower_bound | btree_map | best learned | min ns | vs std / btree (best of 5) |")
        print("|---|---|---|---|---|---|---|")
        keys = sorted({(d, n) for d, n, _ in minimums})
        for d, n in keys:
            rows = {name: v for (dd, nn, name), v in minimums.items() if dd == d and nn == n}
            learned = {k: v for k, v in rows.items() if k.startswith(LEARNED)}
            best = min(learned, key=learned.get)
            std, btree = rows.get("std::lower_bound"), rows.get("absl::btree_map", float("nan"))
            print(f"| {d} | {n // 1000000}M | {std:.0f} | {btree:.0f} | {best} | {learned[best]:.0f} "
                  f"| {std / learned[best]:.1f}x / {btree / learned[best]:.1f}x |")
        return

    print("| data | n | segs ε=32 | segs ε=4096 | std::lower_bound | btree_map | std::map | hash (point) "
          "| best learned: ns present / absent | vs std / btree | chooser pick: ns present / absent | vs std / btree | load before→after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for path in sys.argv[1:]:
        for s in parse(path):
            rows = s["rows"]
            if "std::lower_bound" not in rows:
                continue
            std = rows["std::lower_bound"]["present"]
            btree = rows.get("absl::btree_map", {}).get("present", float("nan"))
            smap = rows.get("std::map", {}).get("present", float("nan"))
            hash_ = rows.get("absl::flat_hash_map (point only)", {}).get("present", float("nan"))
            learned = {k: v for k, v in rows.items() if k.startswith(LEARNED[:3])}
            best_name = min(learned, key=lambda k: learned[k]["present"])
            best = learned[best_name]
            auto_name = next(k for k in rows if k.startswith("auto:"))
            auto = rows[auto_name]
            wrong = [k for k, v in rows.items() if v["wrong"]]
            print(f"| {s['name']} | {s['n'] // 1000000}M | {s['seg32']} | {s['seg4096']} | {std:.0f} | {btree:.0f} | {smap:.0f} "
                  f"| {hash_:.0f} | {best_name}: {best['present']:.0f} / {best['absent']:.0f} "
                  f"| {std / best['present']:.1f}x / {btree / best['present']:.1f}x "
                  f"| {auto_name[5:]}: {auto['present']:.0f} / {auto['absent']:.0f} "
                  f"| {std / auto['present']:.1f}x / {btree / auto['present']:.1f}x "
                  f"| {s['load']} → {s.get('load_after', '?')} |" + (f" WRONG: {wrong}" if wrong else ""))


if __name__ == "__main__":
    main()
