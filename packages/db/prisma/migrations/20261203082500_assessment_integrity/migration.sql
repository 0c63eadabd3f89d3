-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "keysReleasedAt" TIMESTAMP(3),
ADD COLUMN     "seed" TEXT NOT NULL DEFAULT (gen_random_uuid())::text;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "scoreRelease" "FeedbackPolicy" NOT NULL DEFAULT 'IMMEDIATE';

-- CreateTable
CREATE TABLE "KeyRelease" (
    "attemptId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "releasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyRelease_pkey" PRIMARY KEY ("attemptId","itemId")
);

-- CreateIndex
CREATE INDEX "KeyRelease_itemId_idx" ON "KeyRelease"("itemId");

-- CreateIndex
CREATE INDEX "KeyRelease_userId_itemId_idx" ON "KeyRelease"("userId", "itemId");

-- AddForeignKey
ALTER TABLE "KeyRelease" ADD CONSTRAINT "KeyRelease_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Attempts submitted before this migration whose keys are already out: record them as released
-- (their answers were fed to review at submission, as the engine did then).
UPDATE "Attempt" AS a SET "keysReleasedAt" = a."submittedAt"
FROM "Assignment" AS s
WHERE a."assignmentId" = s.id AND a.kind = 'ASSIGNMENT' AND a.status = 'SUBMITTED'
  AND (s.feedback = 'IMMEDIATE' OR (s.feedback = 'AFTER_DUE' AND s."dueAt" <= CURRENT_TIMESTAMP));

INSERT INTO "KeyRelease" ("attemptId", "itemId", "userId", "releasedAt")
SELECT a.id, item."itemId", a."userId", a."keysReleasedAt"
FROM "Attempt" AS a, unnest(a."itemIds") AS item("itemId")
WHERE a."keysReleasedAt" IS NOT NULL
ON CONFLICT DO NOTHING;
