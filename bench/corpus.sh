#!/usr/bin/env bash
# Builds the benchmark corpus: real code nobody on this project wrote, at pinned versions.
#   JavaScript and Go: Debian bookworm packages (node-*, golang-*-dev), fetched with
#   `apt-get download` (apt checks them against the signed archive) and unpacked.
#   Python: PyPI sdists, verified against pinned SHA-256 sums.
# Prints the corpus folder. Cached in ~/.cache/skeptic/bench; idempotent.
set -euo pipefail

cache="${XDG_CACHE_HOME:-$HOME/.cache}/skeptic/bench"
downloads="$cache/downloads"
corpus="$cache/corpus"
mkdir -p "$downloads"

# Debian package=version. When the archive has moved on from a pinned version, the newest one
# is used and the version actually used is recorded in $corpus/VERSIONS (and bench/RESULTS.md).
debian_javascript=(
  node-babel7=7.20.15+ds1+~cs214.269.168-3+deb12u2 eslint=6.4.0~dfsg+~6.1.9-7
  node-lodash=4.17.21+dfsg+~cs8.31.198.20210220-9+deb12u1 node-moment=2.29.4+ds-1
  node-axios=1.2.1+dfsg-1+deb12u1 node-acorn=8.8.1+ds+~cs25.17.7-2 node-express=4.18.2+~4.17.14-1
  node-jquery=3.6.1+dfsg+~3.5.14-1 node-yargs=16.2.0+~16.0.4-7 node-ws=8.11.0+~cs13.7.3-1
  node-uglify-js=3.17.4-2 node-terser=5.16.5-2 node-less=3.13.0+dfsg-11 node-ajv=6.12.6-3
  node-bluebird=3.7.2+dfsg1+~3.5.36-1 node-commander=9.4.1-1 node-jsdom=20.0.3+~cs124.18.21-1
  node-mysql=2.18.1+~2.3.2-2 node-pg=8.8.0+~cs35.9.20-1 node-passport=0.6.0+~1.0.0-2
  node-cors=2.8.5-1 node-body-parser=1.20.1+~1.19.2-1 node-vue=2.6.14+dfsg-5
  node-react=18.2.0+dfsg+~cs87.31.26-4 node-d3=5.16.0-10
)
debian_go=(
  golang-github-gin-gonic-gin-dev=1.8.1-1 golang-github-go-chi-chi-dev=5.0.7-1
  golang-github-jmoiron-sqlx-dev=1.3.5-1 golang-github-golang-jwt-jwt-dev=4.4.3-1
  golang-github-gorilla-mux-dev=1.8.0-1 golang-github-prometheus-client-golang-dev=1.14.0-3
)
# name | url | sha256
pypi_python=(
  "flask-3.0.3.tar.gz|https://files.pythonhosted.org/packages/41/e1/d104c83026f8d35dfd2c261df7d64738341067526406b40190bc063e829a/flask-3.0.3.tar.gz|ceb27b0af3823ea2737928a4d99d125a06175b8512c445cbd9a9ce200ef76842"
  "werkzeug-3.0.6.tar.gz|https://files.pythonhosted.org/packages/d4/f9/0ba83eaa0df9b9e9d1efeb2ea351d0677c37d41ee5d0f91e98423c7281c9/werkzeug-3.0.6.tar.gz|a8dd59d4de28ca70471a34cba79bed5f7ef2e036a76b3ab0835474246eb41f8d"
  "requests-2.32.3.tar.gz|https://files.pythonhosted.org/packages/63/70/2bf7780ad2d390a8d301ad0b550f1581eadbd9a20f896afe06353c2a2913/requests-2.32.3.tar.gz|55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760"
  "fastapi-0.115.6.tar.gz|https://files.pythonhosted.org/packages/93/72/d83b98cd106541e8f5e5bfab8ef2974ab45a62e8a6c5b5e6940f26d2ed4b/fastapi-0.115.6.tar.gz|9ec46f7addc14ea472958a96aae5b5de65f39721a46aaf5705c480d9a8b76654"
  "sqlalchemy-2.0.36.tar.gz|https://files.pythonhosted.org/packages/50/65/9cbc9c4c3287bed2499e05033e207473504dc4df999ce49385fb1f8b058a/sqlalchemy-2.0.36.tar.gz|7f2767680b6d2398aea7082e45a774b2b0767b5c8d8ffb9c8b683088ea9b29c5"
)

stamp_value="$(printf '%s\n' "${debian_javascript[@]}" "${debian_go[@]}" "${pypi_python[@]}" | sha256sum | cut -c1-16)"
if [[ -f "$corpus/.stamp" && "$(cat "$corpus/.stamp")" == "$stamp_value" ]]; then
  echo "$corpus"
  exit 0
fi

# apt-get download needs current package lists; refresh them once when a package is unknown.
refreshed=0
fetch_debian() {  # package=version -> path of the .deb
  local spec="$1" name="${1%%=*}" version="${1#*=}"
  local existing
  existing=$(ls "$downloads/${name}_"*.deb 2>/dev/null | head -1 || true)
  if [[ -n "$existing" ]]; then echo "$existing"; return; fi
  if ! apt-cache show "$name" >/dev/null 2>&1 && [[ $refreshed -eq 0 && $(id -u) -eq 0 ]]; then
    apt-get update -qq >&2; refreshed=1
  fi
  if ! (cd "$downloads" && apt-get download -qq "$spec" >&2 2>/dev/null); then
    echo "corpus: $spec is no longer in the archive; using the newest $name" >&2
    (cd "$downloads" && apt-get download -qq "$name" >&2)
  fi
  ls "$downloads/${name}_"*.deb | head -1
}

fetch_pypi() {  # name url sha256 -> path
  local name="$1" url="$2" sum="$3" file="$downloads/$1"
  if ! { [[ -f "$file" ]] && echo "$sum  $file" | sha256sum -c --status; }; then
    echo "corpus: downloading $name" >&2
    curl -fsSL --retry 3 -o "$file.part" "$url"
    echo "$sum  $file.part" | sha256sum -c --status || { rm -f "$file.part"; echo "corpus: checksum mismatch for $name" >&2; exit 1; }
    mv "$file.part" "$file"
  fi
  echo "$file"
}

rm -rf "$corpus.tmp"
mkdir -p "$corpus.tmp/javascript" "$corpus.tmp/go" "$corpus.tmp/python"
: > "$corpus.tmp/VERSIONS"
unpack_debian() {  # language subfolder-in-package package-spec...
  local language="$1" inside="$2"; shift 2
  local spec deb name work
  for spec in "$@"; do
    deb=$(fetch_debian "$spec")
    name="${spec%%=*}"
    work="$corpus.tmp/.unpack/$name"
    mkdir -p "$work"
    dpkg-deb -x "$deb" "$work"
    if [[ -d "$work/$inside" ]]; then
      mkdir -p "$corpus.tmp/$language/$name"
      cp -a "$work/$inside/." "$corpus.tmp/$language/$name/"
    fi
    echo "debian $(dpkg-deb -f "$deb" Package)=$(dpkg-deb -f "$deb" Version)" >> "$corpus.tmp/VERSIONS"
  done
}
unpack_debian javascript usr/share/nodejs "${debian_javascript[@]}"
unpack_debian go usr/share/gocode/src "${debian_go[@]}"
for entry in "${pypi_python[@]}"; do
  IFS='|' read -r name url sum <<< "$entry"
  file=$(fetch_pypi "$name" "$url" "$sum")
  tar -xzf "$file" -C "$corpus.tmp/python"
  echo "pypi ${name%.tar.gz} sha256:$sum" >> "$corpus.tmp/VERSIONS"
done
rm -rf "$corpus.tmp/.unpack"
# Debian's node packages link shared modules to each other: symlinks are part of real trees
# (Skeptic reports them and does not follow them out of the root; semgrep skips them too).
rm -rf "$corpus"
mv "$corpus.tmp" "$corpus"
echo "$stamp_value" > "$corpus/.stamp"
echo "$corpus"
