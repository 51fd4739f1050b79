import { z } from "zod";
import { ENTITY_KINDS, type EntityKind } from "./entities/entity-kinds.ts";

/** A test sentence and its expected intent, with its line in the file. */
export interface LabelledSentence {
  text: string;
  intent: string;
  line: number;
  /**
   * Entities the sentence should yield, by kind, as a reader writes them: communes by name
   * ("Vitry-sur-Seine"), resource types by key ("had"). Absent when the line does not say.
   */
  entities?: Partial<Record<EntityKind, string[]>>;
  /** The part of the test set the sentence belongs to ("situation", "greeting-intro"…), for figures per group. */
  group?: string;
}

const lineSchema = z.object({
  text: z.string().trim().min(1),
  intent: z.string().trim().min(1),
  entities: z.partialRecord(z.enum(ENTITY_KINDS), z.array(z.string().trim().min(1))).optional(),
  group: z.string().trim().min(1).optional(),
});

/**
 * Reads JSON Lines of `{"text", "intent"}`, optionally with `"entities": {"commune": ["Vitry-sur-Seine"],
 * "resourceType": ["had"]}` and a `"group"`. Blank lines are skipped; a malformed line is reported with its number
 * (`line 7: …`) and skipped, never fatal.
 */
export function parseLabelledLines(source: string): { sentences: LabelledSentence[]; problems: string[] } {
  const sentences: LabelledSentence[] = [];
  const problems: string[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`line ${line}: not JSON`);
      return;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
      problems.push(`line ${line}: expected {"text": "…", "intent": "…"} (${issues})`);
      return;
    }
    const { entities, group, ...sentence } = parsed.data;
    sentences.push({ ...sentence, line, ...(entities ? { entities } : {}), ...(group ? { group } : {}) });
  });
  return { sentences, problems };
}
