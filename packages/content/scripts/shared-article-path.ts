import { fileURLToPath } from "node:url";

/**
 * Where the shared article lives relative to this package: `<repo>/../shared/article/...` both in the
 * working tree and in CI's clone layout.
 */
export const SHARED_ARTICLE_PATH = fileURLToPath(
  new URL("../../../../shared/article/dual-circulation.zh-Hant.txt", import.meta.url),
);
