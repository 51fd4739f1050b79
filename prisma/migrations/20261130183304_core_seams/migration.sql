-- DropIndex
DROP INDEX "ConversationState_channel_workspaceId_conversationId_memberId_key";

-- AlterTable
ALTER TABLE "ConversationState" ADD COLUMN "parkedAt" DATETIME;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN "preferredChannel" TEXT;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "AnnouncementDelivery";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sendKey" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "replies" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "deferredUntil" DATETIME,
    "channel" TEXT,
    "conversationId" TEXT,
    "messageIds" TEXT,
    "sentAt" DATETIME,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferedForm" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "form" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Delivery_sendKey_status_idx" ON "Delivery"("sendKey", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_sendKey_memberId_key" ON "Delivery"("sendKey", "memberId");

-- CreateIndex
CREATE INDEX "OfferedForm_expiresAt_idx" ON "OfferedForm"("expiresAt");

-- CreateIndex
CREATE INDEX "ConversationState_channel_workspaceId_conversationId_memberId_idx" ON "ConversationState"("channel", "workspaceId", "conversationId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationState_channel_workspaceId_conversationId_memberId_step_key" ON "ConversationState"("channel", "workspaceId", "conversationId", "memberId", "step");
