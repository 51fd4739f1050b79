-- CreateTable
CREATE TABLE "GovernanceCursor" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
