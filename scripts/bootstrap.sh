#!/usr/bin/env bash
# Fetches the pinned C sources Skeptic compiles (tree-sitter runtime and grammars) into vendor/,
# verifying each download's SHA-256, and installs the Debian packages the build links against.
# Idempotent: a stamp file records what vendor/ holds; downloads are cached in ~/.cache/skeptic.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/skeptic/downloads"
vendor="$root/vendor"
mkdir -p "$cache"

# name | url | sha256   (PyPI sdists; versions are decided in DEVELOPERS.md)
sources=(
  "tree-sitter-0.25.2.tar.gz|https://files.pythonhosted.org/packages/66/7c/0350cfc47faadc0d3cf7d8237a4e34032b3014ddf4a12ded9933e1648b55/tree-sitter-0.25.2.tar.gz|fe43c158555da46723b28b52e058ad444195afd1db3ca7720c59a254544e9c20"
  "tree_sitter_language_pack-0.13.0.tar.gz|https://files.pythonhosted.org/packages/c1/83/d1bc738d6f253f415ee54a8afb99640f47028871436f53f2af637c392c4f/tree_sitter_language_pack-0.13.0.tar.gz|032034c5e27b1f6e00730b9e7c2dbc8203b4700d0c681fd019d6defcf61183ec"
)
grammars=(javascript typescript tsx python go swift)
stamp_value="ts-0.25.2 pack-0.13.0 ${grammars[*]}"

fetch() {
  local name="$1" url="$2" sum="$3" file="$cache/$1"
  if [[ -f "$file" ]] && echo "$sum  $file" | sha256sum -c --status; then return; fi
  echo "bootstrap: downloading $name" >&2
  curl -fsSL --retry 3 -o "$file.part" "$url"
  if ! echo "$sum  $file.part" | sha256sum -c --status; then
    rm -f "$file.part"
    echo "bootstrap: checksum mismatch for $name (expected $sum); refusing to use it" >&2
    exit 1
  fi
  mv "$file.part" "$file"
}

install_debian_packages() {
  local missing=()
  [[ -f /usr/include/pg_query.h ]] || missing+=(libpg-query-dev)
  [[ ${#missing[@]} -eq 0 ]] && return
  if [[ $(id -u) -ne 0 ]]; then
    echo "bootstrap: missing ${missing[*]}; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "bootstrap: installing ${missing[*]} from Debian" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

install_debian_packages

if [[ -f "$vendor/.stamp" && "$(cat "$vendor/.stamp")" == "$stamp_value" ]]; then
  exit 0
fi

for entry in "${sources[@]}"; do
  IFS='|' read -r name url sum <<<"$entry"
  fetch "$name" "$url" "$sum"
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$cache/tree-sitter-0.25.2.tar.gz" -C "$tmp" tree-sitter-0.25.2/tree_sitter/core/lib
patterns=()
for g in "${grammars[@]}"; do patterns+=("tree_sitter_language_pack-0.13.0/parsers/$g/*"); done
tar -xzf "$cache/tree_sitter_language_pack-0.13.0.tar.gz" -C "$tmp" --wildcards "${patterns[@]}"

rm -rf "$vendor"
mkdir -p "$vendor/grammars"
mv "$tmp/tree-sitter-0.25.2/tree_sitter/core/lib" "$vendor/tree-sitter"
for g in "${grammars[@]}"; do
  mv "$tmp/tree_sitter_language_pack-0.13.0/parsers/$g" "$vendor/grammars/$g"
done
echo "$stamp_value" >"$vendor/.stamp"
echo "bootstrap: vendor/ ready ($stamp_value)" >&2
