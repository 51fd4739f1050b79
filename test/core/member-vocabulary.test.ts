import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadMemberVocabulary } from "../../src/core/members/member-vocabulary.ts";
import { CONTENT_DIR } from "../../src/paths.ts";

describe("the member vocabulary (content/member-vocabulary.yaml)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "vocabulary-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const withFile = async (change: (source: string) => string) => {
    const source = await readFile(path.join(CONTENT_DIR, "member-vocabulary.yaml"), "utf8");
    await writeFile(path.join(dir, "member-vocabulary.yaml"), change(source));
    return loadMemberVocabulary(dir);
  };

  it("reads every profession and role of the schema, with labels in both languages", async () => {
    const vocabulary = await loadMemberVocabulary(CONTENT_DIR);
    expect(vocabulary.roles.labels("board_vice_president")).toEqual({ fr: "vice-président·e", en: "vice-president" });
    expect(vocabulary.professions.exact("IDE")).toBe("nurse");
    expect(vocabulary.skills.exact("palliative care")).toBe("soins_palliatifs");
  });

  it("refuses a profession the schema does not have, and names a missing one", async () => {
    await expect(withFile((s) => s.replace("  midwife:\n", "  sage_femme:\n"))).rejects.toThrow(
      /professions: midwife is missing \(a value of the schema\)[\s\S]*professions\.sage_femme: not a value of the schema/,
    );
  });

  it("refuses a way of writing that two keys of a section share", async () => {
    await expect(
      withFile((s) => s.replace("synonyms: [deuil, bereavement]", "synonyms: [deuil, douleur]")),
    ).rejects.toThrow(/skills\.deuil: "douleur" is already a way of writing douleur/);
  });
});
