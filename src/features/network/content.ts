import path from "node:path";
import { z } from "zod";
import type { Localized } from "../../core/locale.ts";
import { readYamlFile } from "../../util/data-file.ts";

const localized = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
const isoDate = z.iso.date("must be a date written YYYY-MM-DD").transform((d) => new Date(`${d}T12:00:00Z`));

const topicSchema = z.strictObject({
  updated: isoDate,
  source: localized,
  text: localized,
  fields: z.array(z.strictObject({ label: localized, value: z.union([z.string().min(1), localized]) })).default([]),
});

const fileSchema = z.strictObject({ about: topicSchema, contact: topicSchema, membership: topicSchema });

export type NetworkTopic = keyof z.infer<typeof fileSchema>;

export interface TopicContent {
  updated: Date;
  source: Localized;
  text: Localized;
  fields: { label: Localized; value: string | Localized }[];
}

export type NetworkContent = Record<NetworkTopic, TopicContent>;

const networkContentFile = (contentDir: string) => path.join(contentDir, "network.yaml");

/** Reads and checks content/network.yaml; a problem names the file, the line and the entry. */
export async function loadNetworkContent(contentDir: string): Promise<NetworkContent> {
  return readYamlFile(networkContentFile(contentDir), fileSchema, path.dirname(contentDir));
}
