import type { EntityMatch } from "../../core/nlu-port.ts";

/** Kinds of entity the NLU extracts; intents/ files may name them as hints. */
export const ENTITY_KINDS = ["commune", "resourceType", "missionNumber", "date", "duration"] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export type Entities = Record<EntityKind, EntityMatch[]>;
