import { randomUUID } from "node:crypto";
import { DEMO, dmChannelFor } from "../defaults.ts";
import { nextId, nextTs } from "./common.ts";

/** The body Slack sends for an event: POSTed as JSON in HTTP mode, the `payload` of an `events_api` envelope. */
export interface EventCallback<E extends Record<string, unknown> = Record<string, unknown>> {
  token: string;
  team_id: string;
  api_app_id: string;
  event: E;
  type: "event_callback";
  event_id: string;
  event_time: number;
  authorizations: {
    enterprise_id: null;
    team_id: string;
    user_id: string;
    is_bot: boolean;
    is_enterprise_install: boolean;
  }[];
  is_ext_shared_channel: boolean;
  event_context: string;
}

/** Fields every event builder takes; `extra` is merged into the event last, to override anything. */
export interface EventOverrides {
  user?: string;
  ts?: string;
  eventId?: string;
  team?: string;
  extra?: Record<string, unknown>;
}

export interface MessageOverrides extends EventOverrides {
  text: string;
  channel?: string;
}

/** A direct message from a user to the bot (`message`, channel_type "im"). Default user: the GP. */
export function dmMessageEvent(overrides: MessageOverrides): EventCallback {
  const user = overrides.user ?? DEMO.gp;
  const ts = overrides.ts ?? nextTs();
  return eventCallback(overrides, {
    type: "message",
    channel: overrides.channel ?? dmChannelFor(user),
    user,
    text: overrides.text,
    ts,
    event_ts: ts,
    channel_type: "im",
    client_msg_id: randomUUID(),
    team: overrides.team ?? DEMO.teamId,
  });
}

/** A mention of the bot in a channel (`app_mention`); the `<@U0BOT>` prefix is added when the text lacks it. */
export function mentionEvent(overrides: MessageOverrides & { threadTs?: string }): EventCallback {
  const user = overrides.user ?? DEMO.gp;
  const ts = overrides.ts ?? nextTs();
  const mention = `<@${DEMO.botUserId}>`;
  return eventCallback(overrides, {
    type: "app_mention",
    channel: overrides.channel ?? DEMO.channel,
    user,
    text: overrides.text.includes(mention) ? overrides.text : `${mention} ${overrides.text}`,
    ts,
    event_ts: ts,
    client_msg_id: randomUUID(),
    team: overrides.team ?? DEMO.teamId,
    ...(overrides.threadTs ? { thread_ts: overrides.threadTs } : {}),
  });
}

/** A reply in a thread of a channel (`message` with `thread_ts`, channel_type "channel"). */
export function threadMessageEvent(
  overrides: MessageOverrides & { threadTs: string; parentUser?: string },
): EventCallback {
  const user = overrides.user ?? DEMO.gp;
  const ts = overrides.ts ?? nextTs();
  return eventCallback(overrides, {
    type: "message",
    channel: overrides.channel ?? DEMO.channel,
    user,
    text: overrides.text,
    ts,
    event_ts: ts,
    thread_ts: overrides.threadTs,
    parent_user_id: overrides.parentUser ?? DEMO.botUserId,
    channel_type: "channel",
    client_msg_id: randomUUID(),
    team: overrides.team ?? DEMO.teamId,
  });
}

/** A user opening the bot's App Home tab (`app_home_opened`). */
export function appHomeOpenedEvent(
  overrides: EventOverrides & { tab?: "home" | "messages"; view?: Record<string, unknown> } = {},
): EventCallback {
  const user = overrides.user ?? DEMO.gp;
  return eventCallback(overrides, {
    type: "app_home_opened",
    user,
    channel: dmChannelFor(user),
    tab: overrides.tab ?? "home",
    event_ts: overrides.ts ?? nextTs(),
    ...(overrides.view ? { view: overrides.view } : {}),
  });
}

function eventCallback(overrides: EventOverrides, event: Record<string, unknown>): EventCallback {
  const team = overrides.team ?? DEMO.teamId;
  const ts = typeof event.event_ts === "string" ? event.event_ts : nextTs();
  return {
    token: DEMO.verificationToken,
    team_id: team,
    api_app_id: DEMO.appId,
    event: { ...event, ...overrides.extra },
    type: "event_callback",
    event_id: overrides.eventId ?? nextId("Ev0"),
    event_time: Math.floor(Number(ts)),
    authorizations: [
      { enterprise_id: null, team_id: team, user_id: DEMO.botUserId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${nextId("ctx")}`,
  };
}
