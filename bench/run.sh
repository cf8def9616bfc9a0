#!/usr/bin/env bash
# `make bench`: Skeptic against semgrep and bandit on the same real code, same machine, runs
# alternated. Writes bench/RESULTS.md. Knobs (environment):
#   BENCH_REPEATS (3)          runs of Skeptic at 1x, alternated with the peers; the median is reported
#   BENCH_PEER_REPEATS (1)     runs of semgrep and bandit at 1x (semgrep takes many minutes a run)
#   BENCH_SCALES ("1 2 4 8")   corpus copies for Skeptic's scaling runs
#   BENCH_PEER_SCALES ("1")    corpus copies for semgrep's scaling runs (e.g. "1 2"; it is slow)
#   BENCH_SKIP_PEERS (unset)   set to 1 to time Skeptic alone
#   BENCH_PEER_TIMEOUT (3600)  seconds a peer run may take; a run cut short is reported as such
#   BENCH_KEEP_PEER_RUNS (unset)  set to 1 with the corpus step to re-time Skeptic and keep the
#                              peers' recorded runs (semgrep takes most of an hour)
#   BENCH_STEPS ("corpus scaling labelled")  which parts to (re)run; the report covers every
#                              run recorded since the last `corpus` step
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/skeptic"
venv="$cache/venv-bench"
work="$root/.build/bench"
skeptic="$root/.build/release/skeptic"
repeats="${BENCH_REPEATS:-3}"
peer_repeats="${BENCH_PEER_REPEATS:-1}"
scales="${BENCH_SCALES:-1 2 4 8}"
peer_scales="${BENCH_PEER_SCALES:-1}"
jobs="$(nproc)"
peer_timeout="${BENCH_PEER_TIMEOUT:-3600}"
semgrep_version=1.180.0  # the newest whose dependencies the PyPI mirror here can satisfy
bandit_version=1.9.4

[[ -x "$skeptic" ]] || { echo "bench: build first (make release)" >&2; exit 2; }
if ! [[ -x /usr/bin/time ]]; then
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >&2; else echo "bench: needs GNU time: sudo apt-get install -y time" >&2; exit 2; fi
fi
if ! [[ -x "$venv/bin/semgrep" && -x "$venv/bin/bandit" ]] \
  || [[ "$("$venv/bin/pip" freeze 2>/dev/null | grep -ciE "^(semgrep==$semgrep_version|bandit==$bandit_version|sarif-om==.*)$")" != 3 ]]; then
  echo "bench: creating $venv with semgrep $semgrep_version and bandit $bandit_version" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "semgrep==$semgrep_version" "bandit[sarif]==$bandit_version"  # [sarif]: bandit's SARIF output
fi

corpus="$("$root/bench/corpus.sh")"
javascript="$corpus/javascript"
python="$corpus/python"
# semgrep's built-in ignore list (tests, minified files, ...) would give it fewer files than
# Skeptic: an empty .semgrepignore makes both tools look at the same tree.
for folder in "$javascript" "$python"; do echo "# bench: scan everything" > "$folder/.semgrepignore"; done

steps="${BENCH_STEPS:-corpus scaling labelled}"
runs="$work/runs.tsv"
if [[ " $steps " == *" corpus "* || ! -f "$runs" ]]; then
  kept=""
  if [[ -n "${BENCH_KEEP_PEER_RUNS:-}" && -f "$runs" ]]; then
    kept="$(mktemp -d)"
    awk -F'\t' 'NR > 1 && $1 !~ /^skeptic/' "$runs" > "$kept/runs"
    awk -F'\t' 'NR > 1 && $1 !~ /^skeptic/ && $7 != "timed-out" { print $7 }' "$runs" | xargs -r -I{} cp {} "$kept/"
  fi
  rm -rf "$work"
  mkdir -p "$work"
  printf 'tool\tcorpus\tscale\twall_s\tcpu_s\tpeak_kb\toutput\n' > "$runs"
  if [[ -n "$kept" ]]; then
    awk -F'\t' -v OFS='\t' -v dir="$work" '{ if ($7 != "timed-out") { n = split($7, parts, "/"); $7 = dir "/" parts[n] } print }' "$kept/runs" >> "$runs"
    cp "$kept"/*.json "$work/" 2> /dev/null || true
    rm -rf "$kept"
  fi
fi

# The processes a peer started (itself and its descendants): "rss_kb cpu_s" summed over them.
tree_usage() {
  ps -eo pid=,ppid=,rss=,times= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3; cpu[$1] = $4 }
    END {
      for (pid in parent) {
        for (p = pid; p != "" && p != 0 && p != 1; p = parent[p]) if (p == root) { r += rss[pid]; c += cpu[pid]; break }
      }
      print r + 0, c + 0
    }'
}
tree_pids() {
  ps -eo pid=,ppid= | awk -v root="$1" '{ parent[$1] = $2 } END { for (pid in parent) for (p = pid; p != "" && p != 0 && p != 1; p = parent[p]) if (p == root) { print pid; break } }'
}

# measure TOOL CORPUS SCALE OUTPUT -- command...
# Skeptic is one process: GNU time gives its peak. Peers start helpers (semgrep runs semgrep-core),
# so their memory is sampled each second over every process they started and summed, and a run
# over BENCH_PEER_TIMEOUT is stopped with all its processes and reported as cut short.
measure() {
  local tool="$1" name="$2" scale="$3" output="$4"; shift 5
  echo "bench: $tool on $name x$scale" >&2
  local wall user sys peak cpu
  if [[ "$tool" == skeptic* ]]; then
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || true
    read -r wall user sys peak < <(tail -1 "$work/time.txt")
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
  else
    rm -f "$work/time.txt"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" &
    local pid=$! started=$SECONDS sampled_peak=0 sampled_cpu=0 rss used
    while kill -0 "$pid" 2> /dev/null; do
      read -r rss used < <(tree_usage "$pid")
      (( rss > sampled_peak )) && sampled_peak=$rss
      sampled_cpu=$used
      if (( SECONDS - started >= peer_timeout )); then
        echo "bench: $tool stopped after the ${peer_timeout}-second limit" >&2
        tree_pids "$pid" | xargs -r kill -9 2> /dev/null || true
        output="timed-out"
        break
      fi
      sleep 1
    done
    wait "$pid" 2> /dev/null || true
    if [[ "$output" == timed-out ]]; then
      wall=$((SECONDS - started)); cpu="$sampled_cpu"
    else
      read -r wall user sys peak < <(tail -1 "$work/time.txt")
      cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
    fi
    (( sampled_peak > ${peak:-0} )) && peak=$sampled_peak
  fi
  if [[ "$output" != timed-out && ! -s "$output" ]]; then
    echo "bench: $tool produced no output; its stderr:" >&2; tail -5 "$work/stderr.txt" >&2; exit 1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$name" "$scale" "$wall" "$cpu" "$peak" "$output" >> "$runs"
}

skeptic_scan() {  # corpus-name scale dir tool-label extra-args... (a full scan unless the extra args name a cache)
  local name="$1" scale="$2" dir="$3" label="$4"; shift 4
  local output="$work/$label-$name-x$scale-$RANDOM.json"
  local cache_args=(--no-cache)
  [[ " $* " == *" --cache-dir "* ]] && cache_args=()
  measure "$label" "$name" "$scale" "$output" -- "$skeptic" scan "$dir" --no-config "${cache_args[@]}" --format json -o "$output" "$@"
}

# Cached re-scans: of the unchanged tree, and after one file changed. They run on a hard-linked
# copy, where the changed file is replaced (a new inode: the corpus itself is not touched).
cached_scans() {  # corpus-name dir
  local name="$1" copy="$cache/bench/scaled/edit-$1" scan_cache="$work/scan-cache-$1"
  rm -rf "$copy" "$scan_cache"; mkdir -p "$(dirname "$copy")"; cp -al "$2" "$copy"
  sleep 2  # a hard link is a change to the file (its ctime), and files changed in the last two seconds are not cached
  "$skeptic" scan "$copy" --no-config --cache-dir "$scan_cache" --format json -o /dev/null || true  # fills the cache
  skeptic_scan "$name" 1 "$copy" skeptic-cached-rescan --cache-dir "$scan_cache"
  local victim
  victim="$(cd "$copy" && find . -name '*.js' -o -name '*.py' | sort | sed -n 1p)"
  cp --remove-destination "$2/$victim" "$copy/$victim"; echo "// edited" >> "$copy/$victim"
  skeptic_scan "$name" 1 "$copy" skeptic-one-file-changed --cache-dir "$scan_cache"
  rm -rf "$copy"
}
semgrep_scan() {  # corpus-name scale dir
  local output="$work/semgrep-$1-x$2-$RANDOM.json"
  measure semgrep "$1" "$2" "$output" -- "$venv/bin/semgrep" scan --config "$root/bench/semgrep" --metrics=off \
    --disable-version-check --no-git-ignore --jobs "$jobs" --max-target-bytes 1048576 --timeout 10 --json -o "$output" "$3"
}
bandit_scan() {  # corpus-name scale dir
  local output="$work/bandit-$1-x$2-$RANDOM.json"
  measure bandit "$1" "$2" "$output" -- "$venv/bin/bandit" -r "$3" -q -f json -o "$output"
}

# 1. Full corpus at 1x, tools alternated.
# Warm the page cache, so the first timed run does not pay for reading the corpus from disk.
if [[ " $steps " == *" corpus "* ]]; then
  "$skeptic" scan "$javascript" --no-config --no-cache --format json -o /dev/null || true
  "$skeptic" scan "$python" --no-config --no-cache --format json -o /dev/null || true
fi
peers_in_round() { [[ -z "${BENCH_SKIP_PEERS:-}" && "$1" -le "$peer_repeats" ]]; }
[[ " $steps " == *" corpus "* ]] && for round in $(seq "$repeats"); do
  skeptic_scan javascript 1 "$javascript" skeptic
  skeptic_scan javascript 1 "$javascript" skeptic-parse-only --no-bundled-rules
  cached_scans javascript "$javascript"
  if peers_in_round "$round"; then semgrep_scan javascript 1 "$javascript"; fi
  skeptic_scan python 1 "$python" skeptic
  skeptic_scan python 1 "$python" skeptic-parse-only --no-bundled-rules
  if peers_in_round "$round"; then semgrep_scan python 1 "$python"; bandit_scan python 1 "$python"; fi
done

# 2. Scaling: k hard-linked copies of the JavaScript corpus (regular files, nothing followed).
[[ " $steps " == *" scaling "* ]] && for scale in $scales; do
  [[ "$scale" == 1 ]] && continue
  scaled="$cache/bench/scaled/x$scale"
  if [[ ! -f "$scaled/.complete" ]]; then
    rm -rf "$scaled"; mkdir -p "$scaled"
    for copy in $(seq "$scale"); do cp -al "$javascript" "$scaled/copy$copy"; done
    touch "$scaled/.complete"
  fi
  skeptic_scan javascript "$scale" "$scaled" skeptic
  skeptic_scan javascript "$scale" "$scaled" skeptic-parse-only --no-bundled-rules
  if [[ -z "${BENCH_SKIP_PEERS:-}" ]] && [[ " $peer_scales " == *" $scale "* ]]; then
    echo "# bench: scan everything" > "$scaled/.semgrepignore"
    semgrep_scan javascript "$scale" "$scaled"
  fi
done

# 3. Accuracy on the labelled apps, from each tool's SARIF.
labelled="$work/labelled"
[[ " $steps " == *" labelled "* ]] && rm -rf "$labelled" && for app_dir in "$root"/bench/labelled/*/; do
  app="$(basename "$app_dir")"
  [[ -f "$app_dir/labels.yml" ]] || continue
  mkdir -p "$labelled/skeptic" "$labelled/semgrep" "$labelled/bandit"
  "$skeptic" scan "$app_dir" --no-config --format sarif -o "$labelled/skeptic/$app.sarif" || true
  if [[ -z "${BENCH_SKIP_PEERS:-}" ]]; then
    (cd "$app_dir" && "$venv/bin/semgrep" scan --config "$root/bench/semgrep" --metrics=off --disable-version-check \
      --no-git-ignore --sarif -o "$labelled/semgrep/$app.sarif" . > /dev/null 2>&1) || true
    "$venv/bin/bandit" -r "$app_dir" -q -f sarif -o "$labelled/bandit/$app.sarif" > /dev/null 2>&1 || true
  fi
done

"$venv/bin/python" "$root/bench/report.py" "$work" "$corpus" \
  "skeptic $("$skeptic" --version 2>/dev/null || echo dev)" "semgrep $semgrep_version" "bandit $bandit_version" > "$root/bench/RESULTS.md"
cat "$root/bench/RESULTS.md"
