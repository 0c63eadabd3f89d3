import { SKILLS, type TItem } from "@dc/content";

export const PRACTICE_SIZE = 10;
export const QUIZ_SIZE = 10;

export type Random = () => number;

/** Fisher–Yates with an injectable random source, so tests can fix the order. */
export function shuffle<T>(list: readonly T[], random: Random = Math.random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Practice favours what the learner does not know yet: items never answered right come first,
 * each group shuffled, then the list is cut to size and shuffled again so the order gives nothing away.
 * A written item goes last: the quick checks first, then the explanation and its self-grade.
 */
export function drawPractice(
  pool: readonly TItem[],
  knownIds: ReadonlySet<string>,
  random?: Random,
  size = PRACTICE_SIZE,
) {
  const unknown = shuffle(
    pool.filter((i) => !knownIds.has(i.id)),
    random,
  );
  const known = shuffle(
    pool.filter((i) => knownIds.has(i.id)),
    random,
  );
  const drawn = shuffle([...unknown, ...known].slice(0, size), random);
  const written = drawn.filter((i) => i.type === "written");
  return [...drawn.filter((i) => i.type !== "written"), ...written].map((i) => i.id);
}

/** A quiz samples every skill present in the pool, round-robin, so no skill is left out by chance. */
export function drawStratified(pool: readonly TItem[], size: number, random?: Random) {
  const bySkill = SKILLS.map((skill) =>
    shuffle(
      pool.filter((i) => i.skill === skill),
      random,
    ),
  ).filter((g) => g.length);
  const picked: TItem[] = [];
  for (let round = 0; picked.length < Math.min(size, pool.length); round++) {
    for (const group of bySkill) {
      const item = group[round];
      if (item && picked.length < size) picked.push(item);
    }
  }
  return shuffle(picked, random).map((i) => i.id);
}
