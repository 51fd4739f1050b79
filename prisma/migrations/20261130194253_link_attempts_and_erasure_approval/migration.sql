-- AlterTable
ALTER TABLE "Member" ADD COLUMN "erasureApprovedAt" DATETIME;
ALTER TABLE "Member" ADD COLUMN "erasureApproverId" INTEGER;

-- CreateTable
CREATE TABLE "LinkAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LinkAttempt_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LinkAttempt_memberId_at_idx" ON "LinkAttempt"("memberId", "at");

-- CreateIndex
CREATE INDEX "LinkAttempt_at_idx" ON "LinkAttempt"("at");
