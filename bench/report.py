#!/usr/bin/env python3
"""Turns the runs recorded by bench/run.sh into bench/RESULTS.md (Markdown on stdout).

Usage: report.py WORK_DIR CORPUS_DIR "skeptic VERSION" "semgrep VERSION" "bandit VERSION"
"""
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402

line_cache = {}


def count_lines(path):
    if path not in line_cache:
        try:
            data = Path(path).read_bytes()
            line_cache[path] = data.count(b"\n") + (0 if not data or data.endswith(b"\n") else 1)
        except OSError:
            line_cache[path] = 0
    return line_cache[path]


def describe_output(tool, path):
    """(files, lines, findings) the tool reports for its run; None for a run cut short."""
    if path == "timed-out":
        return None, None, None
    data = json.loads(Path(path).read_text())
    if tool.startswith("skeptic"):
        summary = data["summary"]
        findings = sum(1 for f in data["findings"] if not f.get("suppression"))
        return sum(summary["filesAnalysed"].values()), sum(summary["linesAnalysed"].values()), findings
    if tool == "semgrep":
        scanned = data.get("paths", {}).get("scanned", [])
        return len(scanned), sum(count_lines(p) for p in scanned), len(data.get("results", []))
    if tool == "bandit":
        files = [p for p in data.get("metrics", {}) if p != "_totals"]
        return len(files), sum(count_lines(p) for p in files), len(data.get("results", []))
    raise ValueError(tool)


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1048576:.0f} GiB RAM"
    except (OSError, StopIteration):
        pass
    distro = ""
    try:
        distro = next(l for l in Path("/etc/os-release").read_text().splitlines() if l.startswith("PRETTY_NAME")).split("=", 1)[1].strip('"') + ", "
    except (OSError, StopIteration):
        pass
    return f"{distro}{platform.machine()}, {os.cpu_count()} cores ({cpu}){memory}"


def fmt_seconds(value):
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def main():
    work, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    versions = sys.argv[3:]
    groups = defaultdict(list)
    with open(work / "runs.tsv") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            files, lines, found = describe_output(row["tool"], row["output"])
            groups[(row["corpus"], int(row["scale"]), row["tool"])].append(
                {"wall": float(row["wall_s"]), "cpu": float(row["cpu_s"]), "peak": int(row["peak_kb"]) / 1024,
                 "files": files, "lines": lines, "findings": found, "cut": files is None})

    def median(key, field):
        return statistics.median(run[field] for run in groups[key])

    out = ["# Benchmark results", ""]
    out.append("Written by `make bench` (bench/run.sh); do not edit by hand.")
    out.append("")
    out.append(f"- Machine: {machine()}")
    out.append(f"- Tools: {', '.join(versions)}; semgrep runs the like-for-like rules in bench/semgrep/ with `--jobs {os.cpu_count()}`.")
    out.append(f"- Corpus (bench/corpus.sh): {', '.join(l.split()[1] for l in (corpus / 'VERSIONS').read_text().splitlines())}.")
    repeats = max(len(v) for k, v in groups.items() if k[2].startswith("skeptic"))
    peer_runs = max((len(v) for k, v in groups.items() if not k[2].startswith("skeptic")), default=0)
    out.append(f"- Skeptic's times are medians of {repeats} run(s) alternated with the peers' {peer_runs} (semgrep takes many minutes a run); CPU is user+system; peak is maximum resident memory. The machine is a shared VM: repeated Skeptic runs varied by up to ±20%.")
    out.append("")

    out += ["## Full scan, 1x corpus", ""]
    out.append("| corpus | tool | files | lines | wall s | CPU s | peak MB | findings | lines/s | wall vs Skeptic | peak vs Skeptic |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in ("javascript", "python"):
        base = (name, 1, "skeptic")
        if base not in groups:
            continue
        for tool in ("skeptic", "skeptic-parse-only", "skeptic-cached-rescan", "skeptic-one-file-changed", "semgrep", "bandit"):
            key = (name, 1, tool)
            if key not in groups:
                continue
            wall, cpu, peak = median(key, "wall"), median(key, "cpu"), median(key, "peak")
            files, lines, found = groups[key][0]["files"], groups[key][0]["lines"], groups[key][0]["findings"]
            cut = any(run["cut"] for run in groups[key])
            ratio = f"{'>' if cut else ''}{wall / median(base, 'wall'):.1f}x" if tool != "skeptic" else "1x"
            mem_ratio = f"{peak / median(base, 'peak'):.1f}x" if tool != "skeptic" else "1x"
            if cut:
                out.append(f"| {name} | {tool} | – | – | >{fmt_seconds(wall)} (stopped) | ≥{fmt_seconds(cpu)} | ≥{peak:.0f} | – | – | {ratio} | ≥{mem_ratio} |")
                continue
            out.append(f"| {name} | {tool} | {files} | {lines} | {fmt_seconds(wall)} | {fmt_seconds(cpu)} | {peak:.0f} | {found} | {lines / wall:,.0f} | {ratio} | {mem_ratio} |")
    out.append("")
    out.append("`skeptic` is a full scan (`--no-cache`). `skeptic-parse-only` is Skeptic with no rules (`--no-bundled-rules`): discovery, reading and tree-sitter parsing, the floor a full scan is measured against. `skeptic-cached-rescan` scans the same tree again with the cache of a previous scan (no file changed); `skeptic-one-file-changed` then scans it after one file was edited, so that file alone is analysed again. On the Python corpus semgrep runs the `py-*.yaml` peer rules and bandit its own rule set, so bandit's findings count other classes too.")
    out.append("")

    out += ["## Targets", ""]
    js = ("javascript", 1)
    if (*js, "semgrep") in groups:
        speed = median((*js, "semgrep"), "wall") / median((*js, "skeptic"), "wall")
        cut = any(run["cut"] for run in groups[(*js, "semgrep")])
        out.append(f"- Full-scan speed vs semgrep on the same JavaScript/TypeScript files (target at least 30x): **{'more than ' if cut else ''}{speed:.1f}x** faster{' (semgrep was stopped at the time limit)' if cut else ''}.")
        mem = median((*js, "semgrep"), "peak") / median((*js, "skeptic"), "peak")
        out.append(f"- Peak memory vs semgrep (target: below): Skeptic uses **{'at most ' if cut else ''}{1 / mem:.2f}x** semgrep's peak"
                   + (f" (semgrep had reached {median((*js, 'semgrep'), 'peak'):.0f} MB over its processes when stopped)." if cut else "."))
    py = ("python", 1)
    for peer in ("semgrep", "bandit"):
        if (*py, peer) in groups and (*py, "skeptic") in groups:
            speed = median((*py, peer), "wall") / median((*py, "skeptic"), "wall")
            cut = any(run["cut"] for run in groups[(*py, peer)])
            mem = median((*py, "skeptic"), "peak") / median((*py, peer), "peak")
            out.append(f"- Full-scan speed vs {peer} on the same Python files: **{'more than ' if cut else ''}{speed:.1f}x** faster{f' ({peer} was stopped at the time limit)' if cut else ''}; "
                       f"Skeptic's peak memory is {'at most ' if cut else ''}{mem:.2f}x {peer}'s.")
    floor = median((*js, "skeptic"), "wall") / median((*js, "skeptic-parse-only"), "wall")
    out.append(f"- Full scan vs the parse-only floor (target within 5x): **{floor:.1f}x**.")
    for tool, label, target in (("skeptic-cached-rescan", "Cached re-scan of an unchanged tree", " (target under 10% of a full scan)"),
                                ("skeptic-one-file-changed", "Re-scan after one file changed", "")):
        if (*js, tool) in groups:
            share = median((*js, tool), "wall") / median((*js, "skeptic"), "wall")
            out.append(f"- {label}{target}: **{share:.1%}** of the full scan's wall time ({fmt_seconds(median((*js, tool), 'wall'))} s).")
        else:
            out.append(f"- {label}{target}: not measured in this run.")
    out.append("- A scan of only the files a git diff names is not a mode of its own: the cache gives the same effect (unchanged files are not analysed again).")
    out.append("")

    scales = sorted({key[1] for key in groups if key[0] == "javascript"})
    if len(scales) > 1:
        out += ["## Scaling (JavaScript corpus, hard-linked copies)", ""]
        out.append("| copies | lines | Skeptic wall s | Skeptic peak MB | Skeptic lines/s | parse-only wall s | semgrep wall s | semgrep peak MB |")
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for scale in scales:
            key = ("javascript", scale, "skeptic")
            if key not in groups:
                continue
            lines = groups[key][0]["lines"]
            floor_key = ("javascript", scale, "skeptic-parse-only")
            peer_key = ("javascript", scale, "semgrep")
            floor_cell = fmt_seconds(median(floor_key, "wall")) if floor_key in groups else "–"
            peer_wall = (">" if any(run["cut"] for run in groups[peer_key]) else "") + fmt_seconds(median(peer_key, "wall")) if peer_key in groups else "–"
            peer_peak = f"{median(peer_key, 'peak'):.0f}" if peer_key in groups else "–"
            out.append(f"| {scale} | {lines} | {fmt_seconds(median(key, 'wall'))} | {median(key, 'peak'):.0f} | {lines / median(key, 'wall'):,.0f} | {floor_cell} | {peer_wall} | {peer_peak} |")
        out.append("")

    labelled = work / "labelled"
    if labelled.exists() and any(labelled.iterdir()):
        out += ["## Accuracy on the labelled apps (bench/labelled)", ""]
        out.append(f"Scored by bench/score.py from each tool's SARIF: a finding matches a label of the same file and class within lines {score.LINE_WINDOW[0]:+d}..{score.LINE_WINDOW[1]:+d}; findings on safe look-alikes or on no label are false positives.")
        out.append("")
        lines = subprocess.run([sys.executable, str(Path(score.__file__)), str(labelled)], capture_output=True, text=True, check=True).stdout
        out.append(lines.strip())
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
