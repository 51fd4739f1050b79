import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MEMBER_REFERENCES } from "../../../src/core/members/member-references.ts";
import { PROJECT_ROOT } from "../../../src/paths.ts";

/** "Model.column" of every relation field of the schema that points at `Member`. */
async function relationsToMember(): Promise<string[]> {
  const schema = await readFile(path.join(PROJECT_ROOT, "prisma/schema.prisma"), "utf8");
  const found: string[] = [];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const [, columns] of body!.matchAll(/^\s*\w+\s+Member\??\s+@relation\([^)]*fields:\s*\[(\w+)\]/gm)) {
      found.push(`${model}.${columns}`);
    }
  }
  return found.sort();
}

describe("the list of columns that point at a member", () => {
  it("holds every relation to Member of the schema, so merging, erasure and export miss no table", async () => {
    const listed = MEMBER_REFERENCES.map((r) => `${r.table}.${r.column}`);
    const relations = await relationsToMember();
    expect(relations.length).toBeGreaterThan(15);
    expect(relations.filter((r) => !listed.includes(r))).toEqual([]);
    // The two listed without a foreign key are real columns too.
    expect(listed.filter((r) => !relations.includes(r)).sort()).toEqual([
      "ConversationLog.memberId",
      "Member.erasureApproverId",
    ]);
  });

  it("lists each column once", () => {
    const listed = MEMBER_REFERENCES.map((r) => `${r.table}.${r.column}`);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
