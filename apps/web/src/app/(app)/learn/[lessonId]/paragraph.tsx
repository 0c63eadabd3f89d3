import type { TGlossaryEntry } from "@dc/content/reader";
import { GlossaryText } from "./glossary-text";
import { ParagraphAnchor } from "./paragraph-anchor";
import styles from "./reader.module.css";
import { glossaryIn } from "./segments";
import { ZhLang } from "./zh-text";

/** One paragraph of the article, addressable as /learn/<lesson>#<id> and watched for reading progress. */
export function Paragraph({
  id,
  text,
  glossary,
}: {
  id: string;
  text: string;
  glossary: readonly TGlossaryEntry[];
}) {
  return (
    <div id={id} data-reading-paragraph className={`${styles.anchor} relative -mx-3 rounded-lg px-3 py-1`}>
      <ParagraphAnchor id={id} />
      <ZhLang as="p" className="font-serif text-lg leading-[2] tracking-[0.03em]">
        <GlossaryText text={text} glossary={glossaryIn(text, glossary)} />
      </ZhLang>
    </div>
  );
}
