"use client";

import type { TGlossaryEntry } from "@dc/content/reader";
import { Fragment, useMemo } from "react";
import { GlossaryTerm } from "./glossary-term";
import { convertSegments, gluePunctuation, splitAtTerms } from "./segments";
import { useZh } from "~/lib/use-script";

/**
 * Text of the article with the first occurrence of each glossary term made explainable, in the
 * chosen script. `glossary` holds the entries to mark here (see `glossaryIn`).
 */
export function GlossaryText({ text, glossary }: { text: string; glossary: readonly TGlossaryEntry[] }) {
  const { zh } = useZh();
  const byTerm = useMemo(() => new Map(glossary.map((entry) => [entry.term, entry])), [glossary]);
  const pieces = useMemo(
    () => gluePunctuation(convertSegments(splitAtTerms(text, [...byTerm.keys()]), zh)),
    [text, byTerm, zh],
  );
  return pieces.map((piece, i) => {
    const entry = "term" in piece ? byTerm.get(piece.term) : undefined;
    if (!entry || !("term" in piece)) return <Fragment key={i}>{piece.text}</Fragment>;
    const term = <GlossaryTerm entry={entry} text={piece.text} />;
    // Brackets and marks around the term stay on its line.
    return piece.before || piece.after ? (
      <span key={i} className="whitespace-nowrap">
        {piece.before}
        {term}
        {piece.after}
      </span>
    ) : (
      <Fragment key={i}>{term}</Fragment>
    );
  });
}
