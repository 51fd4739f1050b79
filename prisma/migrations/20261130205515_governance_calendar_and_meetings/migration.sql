-- CreateTable
CREATE TABLE "GovernanceEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" INTEGER,
    "detail" TEXT,
    CONSTRAINT "GovernanceEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "GovernanceTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GovernanceEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME,
    "place" TEXT,
    "videoLink" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "convenedAt" DATETIME,
    "heldAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "proposedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "proxyToId" INTEGER,
    "answeredAt" DATETIME NOT NULL,

    PRIMARY KEY ("meetingId", "memberId"),
    CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_proxyToId_fkey" FOREIGN KEY ("proxyToId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GovernanceTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "ruleKey" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "legalReference" TEXT,
    "dueAt" DATETIME NOT NULL,
    "leadDays" TEXT NOT NULL DEFAULT '30,7,1',
    "recurrence" TEXT,
    "seriesId" INTEGER,
    "ownerRole" TEXT,
    "ownerId" INTEGER,
    "meetingId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "snoozedUntil" DATETIME,
    "snoozeReason" TEXT,
    "completedAt" DATETIME,
    "completedById" INTEGER,
    "completionNote" TEXT,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GovernanceTask_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GovernanceTask_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GovernanceTask_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GovernanceTask_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GovernanceTask" ("category", "completedAt", "completedById", "createdAt", "description", "dueAt", "id", "ownerRole", "recurrence", "status", "title", "updatedAt") SELECT "category", "completedAt", "completedById", "createdAt", "description", "dueAt", "id", "ownerRole", "recurrence", "status", "title", "updatedAt" FROM "GovernanceTask";
DROP TABLE "GovernanceTask";
ALTER TABLE "new_GovernanceTask" RENAME TO "GovernanceTask";
CREATE UNIQUE INDEX "GovernanceTask_key_key" ON "GovernanceTask"("key");
CREATE INDEX "GovernanceTask_status_dueAt_idx" ON "GovernanceTask"("status", "dueAt");
CREATE INDEX "GovernanceTask_ruleKey_idx" ON "GovernanceTask"("ruleKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "GovernanceEvent_taskId_at_idx" ON "GovernanceEvent"("taskId", "at");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_idx" ON "AgendaItem"("meetingId");
