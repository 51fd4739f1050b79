-- AlterTable
ALTER TABLE "Member" ADD COLUMN "anonymizedAt" DATETIME;
ALTER TABLE "Member" ADD COLUMN "approvedAt" DATETIME;
ALTER TABLE "Member" ADD COLUMN "deactivatedAt" DATETIME;
ALTER TABLE "Member" ADD COLUMN "key" TEXT;
ALTER TABLE "Member" ADD COLUMN "motivationNote" TEXT;
ALTER TABLE "Member" ADD COLUMN "welcomedAt" DATETIME;

-- CreateTable
CREATE TABLE "RoleChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoleChange_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeHash" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LinkCode_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MemberRole" (
    "memberId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "mandateEndsAt" DATETIME,
    "since" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("memberId", "role"),
    CONSTRAINT "MemberRole_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MemberRole" ("memberId", "role") SELECT "memberId", "role" FROM "MemberRole";
DROP TABLE "MemberRole";
ALTER TABLE "new_MemberRole" RENAME TO "MemberRole";
CREATE INDEX "MemberRole_role_idx" ON "MemberRole"("role");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RoleChange_memberId_idx" ON "RoleChange"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "LinkCode_codeHash_key" ON "LinkCode"("codeHash");

-- CreateIndex
CREATE INDEX "LinkCode_expiresAt_idx" ON "LinkCode"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member_key_key" ON "Member"("key");
