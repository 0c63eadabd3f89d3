/** What is read of an announcement, by its class's teachers and students alike. */
export const announcementSelect = {
  id: true,
  classId: true,
  body: true,
  createdAt: true,
  author: { select: { name: true } },
  class: { select: { name: true } },
} as const;

type TRow = {
  id: string;
  classId: string;
  body: string;
  createdAt: Date;
  author: { name: string };
  class: { name: string };
};

export const toAnnouncementView = (a: TRow) => ({
  id: a.id,
  classId: a.classId,
  className: a.class.name,
  body: a.body,
  createdAt: a.createdAt,
  authorName: a.author.name,
});

export type TAnnouncement = ReturnType<typeof toAnnouncementView>;
