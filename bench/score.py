#!/usr/bin/env python3
"""Scores each tool's SARIF output on the labelled corpus (bench/labelled/<app>/labels.yml).

A finding counts when its rule maps to a benchmark class (bench/classes.yml, or the semgrep
rule's metadata.class). It is matched to the nearest label of the same file and class within
LINE_WINDOW lines: on a vulnerable label it is a true positive (further findings on the same
label are duplicates and not counted), on a safe look-alike or on no label a false positive.
Vulnerable labels no finding reached are false negatives. Every class counts for every tool:
a class a tool has no rule for is recall 0 for it, as a user would experience.

Usage: score.py RESULTS_DIR  (RESULTS_DIR/<tool>/<app>.sarif) -> prints Markdown, writes scores.json
"""
import json
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

import yaml

BENCH = Path(__file__).resolve().parent
LABELLED = BENCH / "labelled"
LINE_WINDOW = (-1, 3)  # a finding may point a line above or a few lines into the labelled statement


def load_rule_classes():
    classes = yaml.safe_load((BENCH / "classes.yml").read_text())
    mapping = {tool: dict(rules or {}) for tool, rules in classes.items()}
    semgrep = {}
    for path in sorted((BENCH / "semgrep").glob("*.y*ml")):
        for rule in (yaml.safe_load(path.read_text()) or {}).get("rules", []):
            cls = (rule.get("metadata") or {}).get("class")
            if cls:
                semgrep[rule["id"]] = cls
    mapping["semgrep"] = semgrep
    return mapping


def rule_class(tool, rule_id, mapping):
    rules = mapping.get(tool, {})
    if rule_id in rules:
        return rules[rule_id]
    # semgrep prefixes ids with the config path ("bench.semgrep.bench-sql-..."); bandit SARIF ids are test ids.
    tail = rule_id.rsplit(".", 1)[-1]
    return rules.get(tail)


def relative_path(uri, app):
    # SARIF locations are URIs: "[id]" in a Next.js route folder arrives as "%5Bid%5D".
    uri = unquote(uri.removeprefix("file://"))
    marker = f"/{app}/"
    if marker in uri:
        return uri.split(marker, 1)[1]
    return uri.removeprefix("./").removeprefix(f"{app}/")


def findings(sarif_path, tool, app, mapping):
    data = json.loads(Path(sarif_path).read_text())
    found = []
    for run in data.get("runs", []):
        for result in run.get("results", []):
            if result.get("suppressions"):
                continue
            cls = rule_class(tool, result.get("ruleId", ""), mapping)
            if not cls:
                continue
            for location in result.get("locations", [])[:1]:
                physical = location.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                line = physical.get("region", {}).get("startLine", 0)
                found.append((relative_path(uri, app), line, cls))
    return found


def score(results_dir):
    mapping = load_rule_classes()
    tools = sorted(p.name for p in Path(results_dir).iterdir() if p.is_dir())
    apps = sorted(p.name for p in LABELLED.iterdir() if (p / "labels.yml").exists())
    # counts[tool][class] = [tp, fn, fp]
    counts = {tool: defaultdict(lambda: [0, 0, 0]) for tool in tools}
    by_app = {tool: defaultdict(lambda: [0, 0, 0]) for tool in tools}
    all_classes = set()

    def add(tool, app, cls, index):
        counts[tool][cls][index] += 1
        by_app[tool][app][index] += 1

    for app in apps:
        labels = yaml.safe_load((LABELLED / app / "labels.yml").read_text()) or []
        for label in labels:
            all_classes.add(label["class"])
        for tool in tools:
            sarif = Path(results_dir) / tool / f"{app}.sarif"
            # A tool that wrote no SARIF for an app found nothing there: its labels count as missed.
            found = findings(sarif, tool, app, mapping) if sarif.exists() else []
            if not sarif.exists():
                print(f"score: no SARIF from {tool} for {app}", file=sys.stderr)
            matched = set()
            for path, line, cls in found:
                near = [
                    (abs(line - label["line"]), index)
                    for index, label in enumerate(labels)
                    if label["file"] == path and label["class"] == cls
                    and LINE_WINDOW[0] <= line - label["line"] <= LINE_WINDOW[1]
                ]
                if not near:
                    add(tool, app, cls, 2)
                    continue
                index = min(near)[1]
                if labels[index]["expect"] == "vulnerable":
                    if index not in matched:
                        matched.add(index)
                        add(tool, app, cls, 0)
                else:
                    add(tool, app, cls, 2)
            for index, label in enumerate(labels):
                if label["expect"] == "vulnerable" and index not in matched:
                    add(tool, app, label["class"], 1)
    return tools, sorted(all_classes), counts, apps, by_app


def ratios(tp, fn, fp):
    recall = tp / (tp + fn) if tp + fn else None
    precision = tp / (tp + fp) if tp + fp else None
    f1 = 2 * recall * precision / (recall + precision) if recall and precision else (0.0 if recall is not None and precision is not None else None)
    return recall, precision, f1


def fmt(value):
    return "–" if value is None else f"{value:.2f}"


def main():
    results_dir = sys.argv[1]
    tools, classes, counts, apps, by_app = score(results_dir)
    lines = [f"Labelled apps: {', '.join(apps)}.", ""]
    lines.append("| tool | TP | FN | FP | recall | precision | F1 |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    summary = {}
    for tool in tools:
        tp = sum(c[0] for c in counts[tool].values())
        fn = sum(c[1] for c in counts[tool].values())
        fp = sum(c[2] for c in counts[tool].values())
        recall, precision, f1 = ratios(tp, fn, fp)
        summary[tool] = {"tp": tp, "fn": fn, "fp": fp, "recall": recall, "precision": precision, "f1": f1,
                         "classes": {cls: dict(zip(["tp", "fn", "fp"], counts[tool][cls])) for cls in classes}}
        lines.append(f"| {tool} | {tp} | {fn} | {fp} | {fmt(recall)} | {fmt(precision)} | {fmt(f1)} |")
    lines += ["", "Per app (recall / precision; TP-FN-FP); bandit reads Python only:", ""]
    lines.append("| app | " + " | ".join(tools) + " |")
    lines.append("|---|" + "---|" * len(tools))
    for app in apps:
        cells = []
        for tool in tools:
            tp, fn, fp = by_app[tool][app]
            recall, precision, _ = ratios(tp, fn, fp)
            cells.append(f"{fmt(recall)} / {fmt(precision)} ({tp}-{fn}-{fp})")
        lines.append(f"| {app} | " + " | ".join(cells) + " |")
    lines += ["", "Per class (recall / precision; TP-FN-FP):", ""]
    lines.append("| class | " + " | ".join(tools) + " |")
    lines.append("|---|" + "---|" * len(tools))
    for cls in classes:
        cells = []
        for tool in tools:
            tp, fn, fp = counts[tool][cls]
            recall, precision, _ = ratios(tp, fn, fp)
            cells.append(f"{fmt(recall)} / {fmt(precision)} ({tp}-{fn}-{fp})")
        lines.append(f"| {cls} | " + " | ".join(cells) + " |")
    print("\n".join(lines))
    (Path(results_dir) / "scores.json").write_text(json.dumps(summary, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
