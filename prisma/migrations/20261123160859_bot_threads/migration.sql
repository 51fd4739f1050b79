-- CreateTable
CREATE TABLE "BotThread" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "BotThread_createdAt_idx" ON "BotThread"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BotThread_channel_workspaceId_conversationId_threadId_key" ON "BotThread"("channel", "workspaceId", "conversationId", "threadId");
