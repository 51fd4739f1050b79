import type { EntityMatch } from "./nlu-port.ts";

/** What the conversation already knows of the patient's situation (never who the patient is). */
export interface HandoffKnown {
  /** INSEE code of the patient's commune. */
  communeCode?: string;
  /** Kind of resource concerned (a key of the resource-type vocabulary). */
  resourceType?: string;
}

/**
 * A question handed to the coordination team, with what the conversation already knows so the team's
 * form does not ask it again. Built by any feature; the hand-off itself is provided by one feature
 * (see `Feature.provides.handoff`).
 */
export interface HandoffRequest {
  /** The member's message, redacted by the privacy guard. */
  text: string;
  /**
   * Why: the bot could not place the message ("unclear"), the member asked for humans ("asked"),
   * the directory has nothing for the need ("not-found"), or it is a clinical question ("clinical").
   */
  reason: "unclear" | "asked" | "not-found" | "clinical";
  /** "offer": ask the member first; "start": go straight to the request's questions. */
  mode: "offer" | "start";
  known?: HandoffKnown;
}

/** What a message's entities say of the situation: its first commune and resource type. */
export function knownFrom(entities: Record<string, EntityMatch[]>): HandoffKnown {
  const communeCode = entities.commune?.[0]?.value;
  const resourceType = entities.resourceType?.[0]?.value;
  return { ...(communeCode ? { communeCode } : {}), ...(resourceType ? { resourceType } : {}) };
}
