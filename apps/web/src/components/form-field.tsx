import { useId } from "react";

type Props = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  error?: string | null;
};

/**
 * A labelled input whose hint and error are announced with it. `id` (generated when not given)
 * names the input, and with `-hint` and `-error` its hint and error; `className` adds to the
 * input's own.
 */
export function FormField({ label, hint, error, id: givenId, className, ...input }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        className={className ? `field ${className}` : "field"}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-accent-dark text-sm font-medium">
          {error}
        </p>
      )}
    </div>
  );
}

/** A FormField for a whole number, with the numeric keypad on phones. */
export function NumberField(props: Omit<Props, "type" | "inputMode">) {
  return <FormField type="number" inputMode="numeric" {...props} />;
}
