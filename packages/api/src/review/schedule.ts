import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";

/**
 * Two schedulers with the same FSRS weights, as Anki and Duolingo treat answers: a right answer is
 * spaced into the days ahead at once (no same-day learning steps), so a good afternoon does not fill
 * today's review; a wrong, skipped or half-right answer takes the short learning steps and comes
 * back within minutes, while it is still fresh.
 */
const relearn = fsrs({ enable_fuzz: false });
const graduate = fsrs({ enable_fuzz: false, learning_steps: [], relearning_steps: [] });

/** The stored shape of a card (see ReviewCard in the Prisma schema). */
export type TStoredCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

/** A wrong answer is "Again", a partly right one "Hard", a right one "Good". */
export function gradeFor(score: number): Grade {
  if (score >= 1) return Rating.Good;
  if (score > 0) return Rating.Hard;
  return Rating.Again;
}

const toCard = (c: TStoredCard): Card => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  last_review: c.lastReview ?? undefined,
});

/** The card after one answer: FSRS decides when the item is due again. */
export function nextCard(stored: TStoredCard | null, score: number, now: Date): TStoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const grade = gradeFor(score);
  const next = (grade === Rating.Good ? graduate : relearn).next(card, now, grade).card;
  return {
    due: next.due,
    stability: next.stability,
    difficulty: next.difficulty,
    elapsedDays: next.elapsed_days,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    lastReview: next.last_review ?? now,
  };
}
