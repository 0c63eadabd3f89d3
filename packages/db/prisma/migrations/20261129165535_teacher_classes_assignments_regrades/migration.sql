-- CreateEnum
CREATE TYPE "AdjustmentAction" AS ENUM ('FULL_CREDIT', 'DROP', 'ACCEPT_ANSWER');

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "handPicked" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "maxScore" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ItemAdjustment" (
    "assignmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "action" "AdjustmentAction" NOT NULL,
    "acceptedKeys" JSONB,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItemAdjustment_pkey" PRIMARY KEY ("assignmentId","itemId")
);

-- CreateTable
CREATE TABLE "RegradeLog" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegradeLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegradeLog_assignmentId_createdAt_idx" ON "RegradeLog"("assignmentId", "createdAt");

-- AddForeignKey
ALTER TABLE "ItemAdjustment" ADD CONSTRAINT "ItemAdjustment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegradeLog" ADD CONSTRAINT "RegradeLog_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill (hand-written): attempts submitted before this migration had no dropped items.
UPDATE "Attempt" SET "maxScore" = cardinality("itemIds") WHERE status = 'SUBMITTED' AND "maxScore" IS NULL;
