import { z } from "zod";

/** A test sentence and its expected intent, with its line in the file. */
export interface LabelledSentence {
  text: string;
  intent: string;
  line: number;
}

const lineSchema = z.object({ text: z.string().trim().min(1), intent: z.string().trim().min(1) });

/**
 * Reads JSON Lines of `{"text", "intent"}`. Blank lines are skipped; a malformed line is reported with
 * its number (`line 7: …`) and skipped, never fatal.
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
    if (parsed.success) sentences.push({ ...parsed.data, line });
    else problems.push(`line ${line}: expected {"text": "…", "intent": "…"} (${parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ")})`);
  });
  return { sentences, problems };
}
