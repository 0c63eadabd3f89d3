"use client";

import type { TLessonId } from "@dc/content/schema";
import { createContext, use, useRef } from "react";
import { useReadingProgress } from "./use-reading-progress";

type TReadingContext = ReturnType<typeof useReadingProgress> & { paragraphIds: readonly string[] };

const ReadingContext = createContext<TReadingContext | null>(null);

/** Tracks reading progress for the paragraphs rendered inside it and shares it with the page's parts. */
export function ReadingProgressProvider({
  lessonId,
  paragraphIds,
  children,
}: {
  lessonId: TLessonId;
  paragraphIds: readonly string[];
  children: React.ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const progress = useReadingProgress(lessonId, paragraphIds, root);
  return (
    <ReadingContext value={{ ...progress, paragraphIds }}>
      <div ref={root}>{children}</div>
    </ReadingContext>
  );
}

export function useReading(): TReadingContext {
  const context = use(ReadingContext);
  if (!context) throw new Error("useReading() needs a <ReadingProgressProvider> around it");
  return context;
}
