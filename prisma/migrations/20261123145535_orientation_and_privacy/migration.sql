-- AlterTable
ALTER TABLE "CoordinationRequest" ADD COLUMN "expectedBy" DATETIME;

-- CreateTable
CREATE TABLE "ConversationNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConversationNotice_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ConversationNotice_channel_workspaceId_conversationId_memberId_kind_key" ON "ConversationNotice"("channel", "workspaceId", "conversationId", "memberId", "kind");
