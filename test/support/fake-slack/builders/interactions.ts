import { DEMO, dmChannelFor } from "../defaults.ts";
import { interactionUser, nextId, nextTriggerId, nextTs, UNSET_RESPONSE_URL, userName } from "./common.ts";

type Json = Record<string, unknown>;

export interface BlockActionsOverrides {
  user?: string;
  actionId: string;
  value?: string;
  blockId?: string;
  /** The message holding the button; best taken from `fake.messages()` so `chat.update` finds it. */
  message?: Json;
  channel?: string;
  /** Default: the message container; an App Home button has `{ type: "view", view_id }`. */
  container?: Json;
  trigger_id?: string;
  response_url?: string;
  /** Merged last into the payload. */
  extra?: Json;
}

/** A click on a button (`block_actions`). Default: the GP clicks in their DM with the bot. */
export function blockActionsPayload(overrides: BlockActionsOverrides): Json {
  const user = overrides.user ?? DEMO.gp;
  const channel =
    overrides.channel ??
    (typeof overrides.message?.channel === "string" ? overrides.message.channel : dmChannelFor(user));
  const message = overrides.message ?? {
    type: "message",
    user: DEMO.botUserId,
    bot_id: DEMO.botId,
    ts: nextTs(),
    text: "",
  };
  const messageTs = typeof message.ts === "string" ? message.ts : nextTs();
  const inView = overrides.container?.type === "view";
  return {
    type: "block_actions",
    user: interactionUser(user),
    api_app_id: DEMO.appId,
    token: DEMO.verificationToken,
    container: overrides.container ?? {
      type: "message",
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: false,
    },
    trigger_id: overrides.trigger_id ?? nextTriggerId(),
    team: { id: DEMO.teamId, domain: DEMO.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    ...(inView
      ? {}
      : { channel: { id: channel, name: channel.startsWith("D") ? "directmessage" : "general" }, message }),
    state: { values: {} },
    response_url: overrides.response_url ?? UNSET_RESPONSE_URL,
    actions: [
      {
        type: "button",
        action_id: overrides.actionId,
        block_id: overrides.blockId ?? nextId("blk"),
        text: { type: "plain_text", text: overrides.actionId, emoji: true },
        ...(overrides.value !== undefined ? { value: overrides.value } : {}),
        action_ts: nextTs(),
      },
    ],
    ...overrides.extra,
  };
}

export interface ViewSubmissionOverrides {
  user?: string;
  callbackId: string;
  privateMetadata?: string;
  /** Slack's shape: `{ [blockId]: { [actionId]: { type: "plain_text_input", value } } }`. */
  values?: Record<string, Record<string, Json>>;
  viewId?: string;
  trigger_id?: string;
  /** Filled only when the modal has a conversation selector with `response_url_enabled`. */
  response_urls?: Json[];
  extra?: Json;
}

/** A modal submitted (`view_submission`). */
export function viewSubmissionPayload(overrides: ViewSubmissionOverrides): Json {
  const viewId = overrides.viewId ?? nextId("V0");
  return {
    type: "view_submission",
    team: { id: DEMO.teamId, domain: DEMO.teamDomain },
    user: interactionUser(overrides.user ?? DEMO.gp),
    api_app_id: DEMO.appId,
    token: DEMO.verificationToken,
    trigger_id: overrides.trigger_id ?? nextTriggerId(),
    view: {
      id: viewId,
      team_id: DEMO.teamId,
      type: "modal",
      blocks: [],
      private_metadata: overrides.privateMetadata ?? "",
      callback_id: overrides.callbackId,
      state: { values: overrides.values ?? {} },
      hash: nextId("hash."),
      title: { type: "plain_text", text: "Formulaire", emoji: true },
      close: null,
      submit: { type: "plain_text", text: "Envoyer", emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      external_id: "",
      app_id: DEMO.appId,
      bot_id: DEMO.botId,
      root_view_id: viewId,
      previous_view_id: null,
    },
    response_urls: overrides.response_urls ?? [],
    is_enterprise_install: false,
    enterprise: null,
    ...overrides.extra,
  };
}

export interface SlashCommandOverrides {
  command: string;
  text?: string;
  user?: string;
  channel?: string;
  response_url?: string;
  trigger_id?: string;
}

/**
 * A slash command, every field a string as Slack sends it: the `payload` of a `slash_commands` envelope,
 * or the form body in HTTP mode (through `slashCommandBody`). Default: typed by the GP in their DM.
 */
export function slashCommandPayload(overrides: SlashCommandOverrides): Record<string, string> {
  const user = overrides.user ?? DEMO.gp;
  const channel = overrides.channel ?? dmChannelFor(user);
  return {
    token: DEMO.verificationToken,
    team_id: DEMO.teamId,
    team_domain: DEMO.teamDomain,
    channel_id: channel,
    channel_name: channel.startsWith("D") ? "directmessage" : "general",
    user_id: user,
    user_name: userName(user),
    command: overrides.command,
    text: overrides.text ?? "",
    api_app_id: DEMO.appId,
    is_enterprise_install: "false",
    response_url: overrides.response_url ?? UNSET_RESPONSE_URL,
    trigger_id: overrides.trigger_id ?? nextTriggerId(),
  };
}
