"use client";

import { ChoiceMark, markClasses } from "./choice-mark";
import type { TChoiceMark } from "./logic";

type Props = {
  kind: "radio" | "checkbox";
  name: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  /** Null before the key is known, or when this row is neither the key nor chosen. */
  mark: TChoiceMark | null;
  revealed: boolean;
  multi?: boolean;
  children: React.ReactNode;
};

/** One choice as a large tappable row: a native radio or checkbox, its text, and its mark in words. */
export function ChoiceRow({
  kind,
  name,
  checked,
  disabled,
  onChange,
  mark,
  revealed,
  multi,
  children,
}: Props) {
  const chosenStyle = revealed ? "" : "has-[:checked]:border-accent has-[:checked]:bg-accent-soft";
  return (
    <label
      className={`has-[:focus-visible]:ring-accent flex min-h-12 items-start gap-3 rounded-xl border px-3 py-2.5 has-[:focus-visible]:ring-2 ${disabled ? "" : "cursor-pointer hover:bg-stone-50"} ${chosenStyle} ${markClasses(mark)}`}
    >
      <input
        type={kind}
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        className="accent-accent mt-1 size-5 shrink-0"
      />
      <span className="min-w-0 flex-1">
        {children}
        {mark && (
          <span className="mt-1 block">
            <ChoiceMark mark={mark} multi={multi} />
          </span>
        )}
      </span>
    </label>
  );
}
