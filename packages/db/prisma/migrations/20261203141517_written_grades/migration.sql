-- CreateTable
CREATE TABLE "WrittenGrade" (
    "attemptId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "criteriaMet" TEXT[],
    "comment" TEXT,
    "graderId" TEXT,
    "selfGraded" BOOLEAN NOT NULL DEFAULT false,
    "gradedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WrittenGrade_pkey" PRIMARY KEY ("attemptId","itemId")
);

-- CreateTable
CREATE TABLE "RubricAdjustment" (
    "assignmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RubricAdjustment_pkey" PRIMARY KEY ("assignmentId","itemId","criterionId")
);

-- AddForeignKey
ALTER TABLE "WrittenGrade" ADD CONSTRAINT "WrittenGrade_attemptId_itemId_fkey" FOREIGN KEY ("attemptId", "itemId") REFERENCES "Answer"("attemptId", "itemId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenGrade" ADD CONSTRAINT "WrittenGrade_graderId_fkey" FOREIGN KEY ("graderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricAdjustment" ADD CONSTRAINT "RubricAdjustment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

