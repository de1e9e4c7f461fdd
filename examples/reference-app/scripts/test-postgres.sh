#!/bin/sh
# Runs the storage tests against the PostgreSQL server DATABASE_URL names (CI: Debian's postgresql on loopback),
# in a schema of their own that they drop afterwards. Usage:
#   DATABASE_URL=postgres://user:password@127.0.0.1:5432/db sh scripts/test-postgres.sh
set -eu
if [ -z "${DATABASE_URL:-}" ]; then
  echo "test-postgres.sh: set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
RECTIFY_STORAGE_ENGINES=postgres exec npx --no-install vitest run server/storage
