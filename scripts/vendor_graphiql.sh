#!/usr/bin/env bash
# Vendors GraphiQL's UMD build (and the React it runs on) into graph/static/graphiql/, so the
# development GraphiQL page at /graphql loads no script from a CDN.
#
# The versions and the npm tarballs' sha512 integrity are pinned below; the script refuses a
# tarball whose digest differs. It writes graph/static/graphiql/VERSIONS with the version of
# each package and the sha256 of every vendored file. teddy-graphiql.js (the page's own
# bootstrap, not vendored) is left alone. Needs `npm` (only for `npm pack`) and `tar`.
#
# To upgrade: change a version, run once, copy the integrity npm prints into PINS, run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEST=graph/static/graphiql
# package@version  sha512 integrity of the npm tarball (from the registry's dist.integrity)
PINS=(
  "graphiql@3.8.3 sha512-cuPDYtXVKV86Pu5PHBX642Odi/uVEE2y1Jxq5rGO/Qy1G2lRp7ZZ7a/T30RzxhuLSWo9zUbzq0P3U49//H0Ugw=="
  "react@18.3.1 sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ=="
  "react-dom@18.3.1 sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw=="
)
# source inside the package -> name under $DEST
FILES=(
  "graphiql package/graphiql.min.js graphiql.min.js"
  "graphiql package/graphiql.min.css graphiql.min.css"
  "graphiql package/LICENSE LICENSE.graphiql"
  "react package/umd/react.production.min.js react.production.min.js"
  "react package/LICENSE LICENSE.react"
  "react-dom package/umd/react-dom.production.min.js react-dom.production.min.js"
  "react-dom package/LICENSE LICENSE.react-dom"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

specs=()
for pin in "${PINS[@]}"; do specs+=("${pin%% *}"); done
(cd "$work" && npm pack --silent "${specs[@]}" >/dev/null)

for pin in "${PINS[@]}"; do
  spec=${pin%% *} want=${pin#* }
  name=${spec%@*} version=${spec##*@}
  tarball="$work/$name-$version.tgz"
  got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [ "$got" != "$want" ]; then
    echo "integrity mismatch for $spec: got $got, pinned $want" >&2
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$tarball" -C "$work/$name"
done

mkdir -p "$DEST"
for entry in "${FILES[@]}"; do
  read -r package source target <<<"$entry"
  install -m 0644 "$work/$package/$source" "$DEST/$target"
done

{
  echo "# Vendored by scripts/vendor_graphiql.sh from the npm registry (npm pack). Do not edit."
  echo "# package@version  tarball integrity"
  for pin in "${PINS[@]}"; do echo "$pin"; done
  echo "# sha256  file"
  for entry in "${FILES[@]}"; do
    read -r _ _ target <<<"$entry"
    (cd "$DEST" && sha256sum "$target")
  done
} >"$DEST/VERSIONS"

du -ch "$DEST"/* | tail -n 1 | sed "s|total|$DEST (total)|"
