"use client";

import { useZh } from "~/lib/use-script";

type TTag = "span" | "p" | "h2" | "h4" | "ul";
type TProps = { as?: TTag; id?: string; className?: string };

/** Article text (a heading, a term, a quoted figure) in the reader's chosen script. */
export function ZhText({ text, as: Tag = "span", ...props }: TProps & { text: string }) {
  const { zh, lang } = useZh();
  return (
    <Tag lang={lang} {...props}>
      {zh(text)}
    </Tag>
  );
}

/** Only the converted text, for inside an element that already carries the `lang` (see ZhLang). */
export function Zh({ text }: { text: string }) {
  return useZh().zh(text);
}

/** An element holding article text, its `lang` following the script the text is shown in. */
export function ZhLang({ as: Tag = "span", children, ...props }: TProps & { children: React.ReactNode }) {
  const { lang } = useZh();
  return (
    <Tag lang={lang} {...props}>
      {children}
    </Tag>
  );
}
