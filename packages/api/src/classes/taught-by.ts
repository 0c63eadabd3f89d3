/**
 * Who teaches a class: its owner (Class.teacherId) or a co-teacher (ClassTeacher). Every check of a
 * teacher's access to a class goes through this filter, so a co-teacher has the owner's rights
 * everywhere; only managing co-teachers and archiving ask for the owner (see ownerClass).
 */
export const taughtBy = (teacherId: string) => ({
  OR: [{ teacherId }, { coTeachers: { some: { teacherId } } }],
});
