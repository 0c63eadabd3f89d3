import { existsSync, readFileSync } from "node:fs";

import { SHARED_ARTICLE_PATH } from "../scripts/shared-article-path";

/** The shared source file, or null where the checkout has no `../shared` beside it. */
export function readSharedArticle(): string | null {
  return existsSync(SHARED_ARTICLE_PATH) ? readFileSync(SHARED_ARTICLE_PATH, "utf8") : null;
}
