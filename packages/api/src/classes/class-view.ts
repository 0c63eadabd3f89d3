import { type Tx } from "../attempts/tx";

/** A class as its teacher sees it in lists: the code, and how many students and assignments it has. */
export const classSelect = {
  id: true,
  name: true,
  joinCode: true,
  archivedAt: true,
  createdAt: true,
  teacherId: true,
  teacher: { select: { name: true } },
  _count: { select: { enrollments: { where: { removedAt: null } }, assignments: true } },
} as const;

type TClassRow = {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  createdAt: Date;
  teacherId: string;
  teacher: { name: string };
  _count: { enrollments: number; assignments: number };
};

export const toClassView = ({ _count, teacher, ...row }: TClassRow) => ({
  ...row,
  /** The owner's name (a co-teacher sees whose class it is). */
  ownerName: teacher.name,
  studentCount: _count.enrollments,
  assignmentCount: _count.assignments,
});

export async function classView(db: Tx, classId: string) {
  return toClassView(await db.class.findUniqueOrThrow({ where: { id: classId }, select: classSelect }));
}
