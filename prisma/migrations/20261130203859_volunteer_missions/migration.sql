-- AlterTable
ALTER TABLE "Member" ADD COLUMN "pausedUntil" DATETIME;

-- CreateTable
CREATE TABLE "MissionEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" INTEGER,
    "memberId" INTEGER,
    "detail" TEXT,
    CONSTRAINT "MissionEvent_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MissionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MissionEvent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Mission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'other',
    "communeCode" TEXT,
    "place" TEXT,
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "estimatedHours" REAL,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "respondBy" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "contactId" INTEGER,
    "createdById" INTEGER,
    "openedAt" DATETIME,
    "filledAt" DATETIME,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Mission_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Mission_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Mission" ("communeCode", "createdAt", "createdById", "description", "endsAt", "estimatedHours", "id", "respondBy", "startsAt", "status", "title", "updatedAt") SELECT "communeCode", "createdAt", "createdById", "description", "endsAt", "estimatedHours", "id", "respondBy", "startsAt", "status", "title", "updatedAt" FROM "Mission";
DROP TABLE "Mission";
ALTER TABLE "new_Mission" RENAME TO "Mission";
CREATE UNIQUE INDEX "Mission_key_key" ON "Mission"("key");
CREATE INDEX "Mission_status_startsAt_idx" ON "Mission"("status", "startsAt");
CREATE TABLE "new_MissionAssignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "offeredAt" DATETIME,
    "expiresAt" DATETIME,
    "respondedAt" DATETIME,
    "acceptedAt" DATETIME,
    "waitlistedAt" DATETIME,
    "declineReason" TEXT,
    "withdrawnAt" DATETIME,
    "withdrawReason" TEXT,
    "completedAt" DATETIME,
    "hoursSpent" REAL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MissionAssignment_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MissionAssignment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MissionAssignment" ("completedAt", "declineReason", "hoursSpent", "id", "memberId", "missionId", "respondedAt", "status") SELECT "completedAt", "declineReason", "hoursSpent", "id", "memberId", "missionId", "respondedAt", "status" FROM "MissionAssignment";
DROP TABLE "MissionAssignment";
ALTER TABLE "new_MissionAssignment" RENAME TO "MissionAssignment";
CREATE INDEX "MissionAssignment_memberId_status_idx" ON "MissionAssignment"("memberId", "status");
CREATE INDEX "MissionAssignment_missionId_status_idx" ON "MissionAssignment"("missionId", "status");
CREATE INDEX "MissionAssignment_status_expiresAt_idx" ON "MissionAssignment"("status", "expiresAt");
CREATE UNIQUE INDEX "MissionAssignment_missionId_memberId_key" ON "MissionAssignment"("missionId", "memberId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MissionEvent_missionId_at_idx" ON "MissionEvent"("missionId", "at");

-- CreateIndex
CREATE INDEX "MissionEvent_memberId_idx" ON "MissionEvent"("memberId");
