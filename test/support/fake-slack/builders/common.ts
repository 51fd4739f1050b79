import { DEFAULT_USERS, DEMO } from "../defaults.ts";
import { IdSequence, SlackTsClock } from "../ids.ts";

const ids = new IdSequence();
const clock = new SlackTsClock();

/** A fresh, increasing message timestamp. */
export function nextTs(): string {
  return clock.next();
}

export function nextId(prefix: string): string {
  return ids.next(prefix);
}

/** A trigger id shaped like Slack's ("<n>.<n>.<hex>"). */
export function nextTriggerId(): string {
  return `${ids.next("1")}.${ids.next("2")}.${Math.random().toString(16).slice(2, 18)}`;
}

/** A URL on the discard port of the loopback: a test that forgot to pass `fake.responseUrl()` fails fast and locally. */
export const UNSET_RESPONSE_URL = "http://127.0.0.1:9/response-url-not-set";

export function userName(userId: string): string {
  return DEFAULT_USERS.find((user) => user.id === userId)?.name ?? userId.toLowerCase();
}

/** The `user` object of an interaction payload. */
export function interactionUser(userId: string, team: string = DEMO.teamId): Record<string, string> {
  return { id: userId, username: userName(userId), name: userName(userId), team_id: team };
}
