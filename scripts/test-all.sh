#!/usr/bin/env bash
# Every check, in the order that fails fastest: static checks, unit, integration (real PostgreSQL),
# then end-to-end in Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh
pnpm format:check
pnpm knip # unused files, exports and dependencies (knip.jsonc)
pnpm exec turbo run typecheck lint test --output-logs=new-only
pnpm test:integration
pnpm exec turbo run build --filter=@dc/web --output-logs=errors-only
pnpm test:e2e
