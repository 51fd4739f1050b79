-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "fallbackAt" DATETIME;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN "digestTime" TEXT;
ALTER TABLE "Member" ADD COLUMN "digestWeekday" INTEGER;

-- CreateTable
CREATE TABLE "AnnouncementEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "announcementId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "kind" TEXT NOT NULL,
    "detail" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AnnouncementEvent_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnnouncementEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Announcement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorId" INTEGER NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "scheduledFor" DATETIME,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "link" TEXT,
    "buttons" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "direct" BOOLEAN NOT NULL DEFAULT true,
    "inChannels" BOOLEAN NOT NULL DEFAULT false,
    "channelPosts" TEXT,
    "editedAt" DATETIME,
    "retractedAt" DATETIME,
    CONSTRAINT "Announcement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Announcement" ("audience", "authorId", "body", "createdAt", "id", "scheduledFor", "sentAt", "status", "title") SELECT "audience", "authorId", "body", "createdAt", "id", "scheduledFor", "sentAt", "status", "title" FROM "Announcement";
DROP TABLE "Announcement";
ALTER TABLE "new_Announcement" RENAME TO "Announcement";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AnnouncementEvent_announcementId_idx" ON "AnnouncementEvent"("announcementId");
