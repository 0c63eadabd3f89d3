/** A stored written response's text ({ type: "written", text }); "" for anything else. */
export function writtenText(response: unknown): string {
  if (typeof response !== "object" || response === null) return "";
  const text = (response as { text?: unknown }).text;
  return typeof text === "string" ? text : "";
}
