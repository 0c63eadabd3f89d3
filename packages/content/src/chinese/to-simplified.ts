import { Converter } from "opencc-js/t2cn";

import { lazy } from "./lazy";

/*
 * Why Taiwan and not Hong Kong as the Traditional side: the article writes 著 for the particle
 * (擔當著, 存在著); OpenCC's `tw` profile turns those into 着 while keeping 顯著, which is what a mainland
 * reader expects; the `hk` profile leaves them as 著.
 */

/** Traditional (as the article is written) to Simplified, for the reader's 简体 switch. ~110 kB of data. */
export const toSimplified = lazy(() => Converter({ from: "tw", to: "cn" }));
