/** Where an assignment stands for its class: not open yet, open, or past its due time. */
export function assignmentWindow(
  a: { opensAt: Date; dueAt: Date },
  now: number,
): "SCHEDULED" | "OPEN" | "PAST_DUE" {
  if (now < a.opensAt.getTime()) return "SCHEDULED";
  return now <= a.dueAt.getTime() ? "OPEN" : "PAST_DUE";
}

/** "12 / 30": students who handed it in out of the class, and the share for a progress bar. */
export function submittedShare(submitted: number, students: number): number {
  if (students <= 0) return 0;
  return Math.min(1, Math.max(0, submitted / students));
}
