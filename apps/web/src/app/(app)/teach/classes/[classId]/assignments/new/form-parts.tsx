"use client";

import { useId } from "react";
import type { TField } from "./assignment-input";

/** The element id of a form field, for labels, hints and the links of the error summary. */
export const fieldId = (field: TField) => `assignment-${field}`;
export const hintId = (field: TField) => `assignment-${field}-hint`;
export const errorId = (field: TField) => `assignment-${field}-error`;

/** `aria-describedby` for a field: its hint and, when there is one, its error. */
export const describedBy = (field: TField, hasHint: boolean, error: string | undefined) =>
  [hasHint && hintId(field), error && errorId(field)].filter(Boolean).join(" ") || undefined;

/** A field's error under it, tied to the field by id. */
export function FieldError({ field, message }: { field: TField; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(field)} className="text-accent-dark text-sm font-medium">
      {message}
    </p>
  );
}

/** A step of the form: a fieldset in a card, with its legend as the step's heading. */
export function FormSection({
  legend,
  children,
  className = "",
}: {
  legend: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={`card ${className}`}>
      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-4 text-xl font-semibold">{legend}</legend>
        {children}
      </fieldset>
    </div>
  );
}

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "id"> & {
  field: TField;
  label: string;
  hint?: React.ReactNode;
  error?: string;
};

/** A labelled input whose hint and error are read with it. */
export function TextField({ field, label, hint, error, className = "", ...input }: InputProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={fieldId(field)} className="block font-medium">
        {label}
      </label>
      <input
        id={fieldId(field)}
        className={`field ${className}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field, Boolean(hint), error)}
        {...input}
      />
      {hint && (
        <p id={hintId(field)} className="text-muted text-sm">
          {hint}
        </p>
      )}
      <FieldError field={field} message={error} />
    </div>
  );
}

/** A checkbox or radio with its label beside it and an optional explanation, read as its description. */
export function Choice({
  label,
  hint,
  className = "",
  id: givenId,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & { label: React.ReactNode; hint?: React.ReactNode }) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <div className={`flex items-start gap-3 py-1.5 ${className}`}>
      <input
        {...input}
        id={id}
        className="accent-accent mt-1 size-5 shrink-0 cursor-pointer"
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div className="min-w-0">
        <label htmlFor={id} className="block cursor-pointer">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-muted text-sm">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
