"use client";

import { useZh } from "./use-script";

/** Article text (a heading, a term, a quoted figure) in the reader's chosen script. */
export function ZhText({ text, className }: { text: string; className?: string }) {
  const { zh, lang } = useZh();
  return (
    <span lang={lang} className={className}>
      {zh(text)}
    </span>
  );
}
