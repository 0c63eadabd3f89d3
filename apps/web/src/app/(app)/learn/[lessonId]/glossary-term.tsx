"use client";

import type { TGlossaryEntry } from "@dc/content/reader";
import { useLocale } from "next-intl";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { localized } from "~/lib/localized";
import { useZh } from "./use-script";

const EDGE = 8; // px kept between the popover and the window's edge

/**
 * A glossary term inside the text. It explains itself on keyboard focus, on mouse hover and on tap
 * (tap or Enter toggles); Escape closes it. The explanation is the button's description, so a screen
 * reader reads it with the term. `text` is the term as shown (it may be Simplified).
 */
export function GlossaryTerm({ entry, text }: { entry: TGlossaryEntry; text: string }) {
  const locale = useLocale();
  const { zh } = useZh(); // the explanation in the reader's script, as the term itself
  const tipId = `${useId()}-tip`;
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const open = pinned || hovered || focused;
  const wrapper = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const pointerPressed = useRef(false);

  // Escape closes from anywhere (also a popover shown by hover); a press outside closes a tapped one.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setPinned(false);
      setHovered(false);
      setFocused(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setPinned(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  // Keep the popover inside the window on narrow screens.
  useLayoutEffect(() => {
    const element = tip.current;
    if (!open || !element) return;
    element.style.left = "";
    const rect = element.getBoundingClientRect();
    // The layout width, not window.innerWidth: on phones innerWidth grows with any overflow (the
    // browser zooms out), so the clamp measured the page it had just widened.
    const viewport = document.documentElement.clientWidth;
    const overflowRight = rect.right - (viewport - EDGE);
    const shift = overflowRight > 0 ? Math.max(-overflowRight, EDGE - rect.left) : 0;
    // Moved by `left`, not a transform: a transformed box still widens the page by where it was laid out.
    element.style.left = shift ? `${shift}px` : "";
  }, [open]);

  return (
    <span
      ref={wrapper}
      className="relative"
      onPointerEnter={(event) => event.pointerType === "mouse" && setHovered(true)}
      onPointerLeave={(event) => event.pointerType === "mouse" && setHovered(false)}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-describedby={tipId}
        onPointerDown={() => {
          pointerPressed.current = true;
        }}
        onFocus={() => {
          // Focus from the keyboard (or a script) opens; a press opens through the click instead.
          const byPointer = pointerPressed.current;
          pointerPressed.current = false;
          if (!byPointer) setFocused(true);
        }}
        onBlur={(event) => {
          setFocused(false);
          const next = event.relatedTarget;
          if (next instanceof Node && !wrapper.current?.contains(next)) setPinned(false);
        }}
        onClick={() => {
          pointerPressed.current = false;
          if (focused) {
            setFocused(false);
            setPinned(false);
          } else {
            setPinned((was) => !was);
          }
        }}
        className={`border-accent-dark/70 hover:bg-accent-soft cursor-help rounded-sm border-b-2 border-dotted ${open ? "bg-accent-soft" : ""}`}
      >
        {text}
      </button>
      <span
        ref={tip}
        id={tipId}
        role="tooltip"
        hidden={!open}
        lang={locale}
        className="absolute top-full left-0 z-10 pt-1.5 whitespace-normal"
      >
        <span className="border-line text-ink block w-max max-w-[min(22rem,calc(100vw-2rem))] rounded-lg border bg-white px-3 py-2 text-left font-sans text-sm leading-relaxed tracking-normal shadow-lg">
          <span lang="en" className="block font-semibold">
            {entry.english}
          </span>
          <span className="mt-0.5 block">{zh(localized(entry.explanation, locale))}</span>
        </span>
      </span>
    </span>
  );
}
