-- CreateIndex
CREATE INDEX "Attempt_status_deadline_idx" ON "Attempt"("status", "deadline");

-- CreateIndex
CREATE INDEX "Attempt_status_keysReleasedAt_idx" ON "Attempt"("status", "keysReleasedAt");

