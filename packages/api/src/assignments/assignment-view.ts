import { getItem } from "@dc/content";

type TAssignmentRow = {
  id: string;
  classId: string;
  title: string;
  lessonIds: number[];
  skills: string[];
  itemIds: string[];
  handPicked: boolean;
  shuffle: boolean;
  timeLimitSec: number | null;
  maxAttempts: number;
  opensAt: Date;
  dueAt: Date;
  feedback: "IMMEDIATE" | "AFTER_DUE" | "NEVER";
  scoreRelease: "IMMEDIATE" | "AFTER_DUE" | "NEVER";
  releasedAt: Date | null;
  passPercent: number | null;
  createdAt: Date;
};

/** An assignment's settings as the teacher set them (minutes, not the stored seconds). */
export function toAssignmentView(a: TAssignmentRow, dropped = 0) {
  return {
    id: a.id,
    classId: a.classId,
    title: a.title,
    lessonIds: a.lessonIds,
    skills: a.skills,
    itemIds: a.itemIds,
    itemCount: a.itemIds.length,
    /** Points possible: the items, less any dropped by an adjustment. */
    maxScore: a.itemIds.length - dropped,
    handPicked: a.handPicked,
    shuffle: a.shuffle,
    timeLimitMinutes: a.timeLimitSec === null ? null : a.timeLimitSec / 60,
    maxAttempts: a.maxAttempts,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    feedback: a.feedback,
    scoreRelease: a.scoreRelease,
    /** When the teacher released keys and scores early ("release now"); null if not. */
    releasedAt: a.releasedAt,
    /** The pass mark in per cent; null when there is none. */
    passPercent: a.passPercent,
    createdAt: a.createdAt,
  };
}

/** What a teacher sees of an item of their assignment: everything, key included. */
export function teacherItemView(itemId: string) {
  const item = getItem(itemId);
  if (!item) throw new Error(`assignment holds unknown item ${itemId}`);
  return item;
}
