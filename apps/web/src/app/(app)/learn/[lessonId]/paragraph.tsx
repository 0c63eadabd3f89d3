"use client";

import { getParagraph, type TGlossaryEntry } from "@dc/content/reader";
import { GlossaryText } from "./glossary-text";
import { ParagraphAnchor } from "./paragraph-anchor";
import styles from "./reader.module.css";
import { useZh } from "./use-script";

/** One paragraph of the article, addressable as /learn/<lesson>#<id> and watched for reading progress. */
export function Paragraph({ id, glossary }: { id: string; glossary: readonly TGlossaryEntry[] }) {
  const { lang } = useZh();
  const paragraph = getParagraph(id);
  if (!paragraph) return null;
  return (
    <div id={id} data-reading-paragraph className={`${styles.anchor} relative -mx-3 rounded-lg px-3 py-1`}>
      <ParagraphAnchor id={id} />
      <p lang={lang} className="font-serif text-lg leading-[2] tracking-[0.03em]">
        <GlossaryText text={paragraph.text} glossary={glossary} />
      </p>
    </div>
  );
}
