#!/usr/bin/env bash
# Fails while a committed generated file (client/api/generated.ts, server/graphql/generated.ts)
# differs from what codegen.ts makes of schema/*.graphql and client/api/operations/*.ts now:
# regenerates both into a temporary folder and compares.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT

# The generator's progress is noise when all goes well; its report is shown when it fails.
if ! CODEGEN_OUTPUT_ROOT="$fresh" npx --no-install graphql-codegen --config codegen.ts >"$fresh/log" 2>&1; then
  cat "$fresh/log" >&2
  echo "codegen:check: the generator failed on schema/*.graphql or client/api/operations/*.ts (above)." >&2
  exit 1
fi

stale=()
for file in client/api/generated.ts server/graphql/generated.ts; do
  if ! diff -u --label "$file (committed)" --label "$file (from schema/ now)" "$file" "$fresh/$file" >"$fresh/difference" 2>&1; then
    stale+=("$file")
    head -n 40 "$fresh/difference" >&2
  fi
done

if ((${#stale[@]} > 0)); then
  echo >&2
  echo "codegen:check: ${stale[*]} no longer match schema/*.graphql and client/api/operations/*.ts." >&2
  echo "Run \`npm run codegen\` and commit the result (never edit a generated file by hand)." >&2
  exit 1
fi
echo "codegen:check: the generated types match schema/ and the client operations."
