/**
 * Pattern hits that are words, not dates or figures, so no item needs to test them.
 * Keyed by paragraph id and the text as written. Keep this list short and say why for each.
 */
export const NOT_FACTS: ReadonlyArray<{ paragraphId: string; text: string; why: string }> = [
  { paragraphId: "s0-p1", text: "一項", why: "「一項重要的戰略任務」: 'an important task', not a count" },
  { paragraphId: "s3-p2", text: "百年", why: "「百年未有之大變局」: a set phrase, 'unseen in a century'" },
  { paragraphId: "s5-r3", text: "百年", why: "「百年未有之大變局」: a set phrase" },
  { paragraphId: "s5-r7", text: "一項", why: "「一項重要戰略任務」: 'an important task', not a count" },
];
