/** The form-level error, announced by screen readers as soon as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div
      role="alert"
      aria-live="assertive"
      className={
        message ? "bg-accent-soft text-accent-dark rounded-lg border border-red-200 px-4 py-3" : "sr-only"
      }
    >
      {message}
    </div>
  );
}
