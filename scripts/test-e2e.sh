#!/usr/bin/env bash
# `npm run test:e2e`: tests that need Debian packages (LibreOffice, Noto CJK fonts, poppler, xmllint,
# Chromium, nginx + openssl for the deployment check of docs/deploy.md). Installs what is missing when
# run as root (as CI does); otherwise prints the apt command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v chromium >/dev/null || missing+=(chromium)
command -v nginx >/dev/null || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)   # test/e2e/deploy.test.ts: self-signed certificate for nginx
if ! fc-list 2>/dev/null | grep -q "Noto Serif CJK"; then missing+=(fonts-noto-cjk); fi

if [ "${#missing[@]}" -gt 0 ]; then
  cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" = "0" ]; then
    echo "test:e2e: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test:e2e: missing Debian packages; run as root: $cmd" >&2
    exit 2
  fi
fi

# The CLI bin must be compiled (npm ci does it through `prepare`; rebuild in case sources changed).
npm run --silent build:cli
npm run --silent validate
npm run --silent build
# The 网页版's syntax levels (issue #14): ES2019 for every page script and the single file's inline
# scripts, ES5 for boot.js (es-check).
node scripts/check-page-syntax.js
npx jest -c jest.e2e.config.js "$@"
