import { describe, expect, it } from "vitest";
import {
  type ChangedField,
  planDirectoryChanges,
  type StoredResource,
} from "../../../../src/features/orientation/directory/plan-changes.ts";
import type { DirectoryEntry } from "../../../../src/features/orientation/directory/validate-directory.ts";

const entry = (overrides: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  key: "ssiad-a",
  type: "ssiad",
  name: "SSIAD A",
  description: "Soins",
  communeCodes: ["94041", "94081"],
  territoryWide: false,
  address: null,
  phone: "01 99 00 12 34",
  email: null,
  website: null,
  hours: null,
  howToRefer: null,
  lastCheckedAt: new Date("2026-10-01T00:00:00Z"),
  line: 3,
  ...overrides,
});

const stored = (overrides: Partial<StoredResource> = {}): StoredResource => {
  const { territoryWide: _wide, line: _line, ...fields } = entry();
  return { id: 1, active: true, ...fields, ...overrides };
};

describe("planning an import", () => {
  it.each<[ChangedField, Partial<DirectoryEntry>]>([
    ["type", { type: "had" }],
    ["name", { name: "SSIAD B" }],
    ["description", { description: "Soins infirmiers" }],
    ["address", { address: "1 rue de l'Exemple" }],
    ["phone", { phone: null }],
    ["email", { email: "a@example.org" }],
    ["website", { website: "https://example.org" }],
    ["hours", { hours: "9 h–17 h" }],
    ["howToRefer", { howToRefer: "Appel" }],
    ["communes", { communeCodes: ["94081"] }],
    ["lastChecked", { lastCheckedAt: new Date("2026-11-01T00:00:00Z") }],
  ])("sees a change of %s", (field, change) => {
    const plan = planDirectoryChanges([stored()], [entry(change)]);
    expect(plan.update).toEqual([{ id: 1, entry: entry(change), fields: [field] }]);
  });

  it("ignores the order of the communes", () => {
    expect(planDirectoryChanges([stored({ communeCodes: ["94081", "94041"] })], [entry()]).unchanged).toEqual([
      "ssiad-a",
    ]);
  });

  it("reactivates an inactive resource listed again", () => {
    expect(planDirectoryChanges([stored({ active: false })], [entry()]).update[0]!.fields).toEqual(["active"]);
  });

  it("deactivates the active resources the file no longer lists, and leaves inactive ones alone", () => {
    const plan = planDirectoryChanges(
      [stored(), stored({ id: 2, key: "gone" }), stored({ id: 3, key: "gone-before", active: false })],
      [entry()],
    );
    expect(plan).toEqual({ create: [], update: [], unchanged: ["ssiad-a"], deactivate: [{ id: 2, key: "gone" }] });
  });

  it("creates the keys it does not know", () => {
    expect(planDirectoryChanges([], [entry()]).create).toEqual([entry()]);
  });
});
