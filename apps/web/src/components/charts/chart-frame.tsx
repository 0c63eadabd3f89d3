"use client";

import { useTranslations } from "next-intl";
import { startTransition, useEffect, useRef, useState } from "react";

/** The width of an element in CSS pixels, kept up to date as it resizes (0 until first measured). */
function useMeasuredWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      // A transition: drawing the chart yields to input instead of holding the main thread.
      if (entry) startTransition(() => setWidth(Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * A responsive SVG chart drawn at the width it is given (so text keeps its size on a phone),
 * in a box of fixed height that is reserved before the first measurement. The SVG is one image
 * for assistive technology, named by `label`; `table` is its data, a click away for everyone.
 */
export function ChartFrame({
  name,
  height,
  label,
  description,
  legend,
  table,
  children,
}: {
  /** A short name of the chart (its section's heading), for its data table. */
  name: string;
  height: number;
  /** What the chart shows, summarised in a sentence: the image's accessible name. */
  label: string;
  description: string;
  legend?: React.ReactNode;
  table: React.ReactNode;
  children: (width: number) => React.ReactNode;
}) {
  const t = useTranslations("progress");
  const [ref, width] = useMeasuredWidth<HTMLDivElement>();
  return (
    <figure className="m-0">
      {legend}
      <div ref={ref} className="w-full" style={{ height }}>
        {width > 0 && (
          <svg
            role="img"
            aria-label={label}
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            className="block overflow-visible"
          >
            <title>{label}</title>
            <desc>{description}</desc>
            {children(width)}
          </svg>
        )}
      </div>
      <details className="group mt-3">
        <summary className="text-accent-dark w-fit cursor-pointer rounded text-sm font-medium underline-offset-4 hover:underline">
          {t("showData")}
        </summary>
        {/* Focusable, so that keyboard users can scroll a table wider than a phone. */}
        <div
          role="region"
          aria-label={t("dataTable", { chart: name })}
          tabIndex={0}
          className="relative mt-2 overflow-x-auto"
        >
          {table}
        </div>
      </details>
    </figure>
  );
}

/** A small legend entry: a swatch drawn by `children` (an SVG shape in a 16×16 box) and its text. */
export function LegendItem({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <svg aria-hidden width="16" height="16" viewBox="0 0 16 16" className="shrink-0">
        {children}
      </svg>
      <span>{label}</span>
    </li>
  );
}

export function Legend({ children }: { children: React.ReactNode }) {
  return <ul className="text-muted mb-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">{children}</ul>;
}

/** Colours of chart marks, each at least 3:1 against white. */
export const INK = {
  text: "#57534e",
  grid: "#e7e5e4",
  axis: "#a8a29e",
  bar: "#78716c",
  strong: "#44403c",
  accent: "#b42318",
  accentDark: "#912018",
} as const;
