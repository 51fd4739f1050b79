import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from "@slack/bolt";
import type { InboundSink } from "../../core/bot.ts";
import type { InboundPayload } from "../../core/inbound.ts";
import type { BotResponse } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import { ENTRY_COMMAND } from "../entry-command.ts";
import {
  ACTION_BUTTON,
  choiceMadeBlocks,
  FORM_BUTTON,
  FORM_CALLBACK_ID,
  LINK_BUTTON,
  readModalValues,
  renderHome,
  renderMessage,
  renderModal,
  type SlackMessage,
} from "./render/index.ts";
import { type SlackOrigin, slackEvent } from "./slack-inbound.ts";
import { isDirectChannel, type SlackPlace, type SlackSender } from "./slack-sender.ts";
import { mentionsUser, slackTextToPlain } from "./slack-text.ts";
import type { SlackUsers } from "./slack-users.ts";

export interface ListenerDeps {
  sink: InboundSink;
  sender: SlackSender;
  users: SlackUsers;
  log: Logger;
  /** The bot's own user id (from auth.test), to strip its mentions and ignore its messages. */
  botUserId: () => string | undefined;
  /** Runs work after the acknowledgement, tracked so that stopping waits for it. */
  afterAck: (work: () => Promise<unknown>) => void;
}

/** What the modal keeps for the submission: the form's key and action id, and where to answer. */
interface FormMetadata {
  key: string;
  actionId: string;
  channel: string;
  threadTs?: string;
}

const placeOf = (origin: SlackOrigin, asker: string): SlackPlace => ({
  channel: origin.channel,
  asker,
  ...(origin.threadTs ? { threadTs: origin.threadTs } : {}),
});

/**
 * Translates Slack events into the core's events and renders the core's responses. Every listener
 * acknowledges at once (Slack expects it within 3 seconds) and does the work afterwards; redelivered
 * events are dropped by the core, which records event ids.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { sink, sender, users, afterAck, botUserId } = deps;

  /** Handles one event and posts the replies where it came from. */
  const handleAndPost = (eventId: string, origin: SlackOrigin, userId: string, payload: InboundPayload) =>
    afterAck(async () => {
      const { replies } = await sink.handle(slackEvent(eventId, origin, await users.sender(userId), payload));
      await sender.post(placeOf(origin, userId), replies);
    });
  const textOf = (text: string): InboundPayload => ({ type: "text", text: slackTextToPlain(text, botUserId()) });

  app.event("message", async ({ event, body }) => {
    if (event.subtype !== undefined || !("user" in event) || !event.user || ("bot_id" in event && event.bot_id)) return;
    const text = event.text ?? "";
    const origin: SlackOrigin = { teamId: body.team_id, channel: event.channel };
    if (event.channel_type === "im") return handleAndPost(body.event_id, origin, event.user, textOf(text));
    // A mention also arrives as app_mention; other messages of a channel only in a thread the bot joined.
    const threadTs = "thread_ts" in event ? event.thread_ts : undefined;
    if (!threadTs || mentionsUser(text, botUserId())) return;
    const thread = {
      channel: "slack" as const,
      workspaceId: body.team_id,
      conversationId: event.channel,
      threadId: threadTs,
    };
    if (!(await sink.threads.isJoined(thread))) return;
    handleAndPost(body.event_id, { ...origin, threadTs }, event.user, textOf(text));
  });

  app.event("app_mention", async ({ event, body }) => {
    if (!event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    await sink.threads.join({
      channel: "slack",
      workspaceId: body.team_id,
      conversationId: event.channel,
      threadId: threadTs,
    });
    handleAndPost(
      body.event_id,
      { teamId: body.team_id, channel: event.channel, threadTs },
      event.user,
      textOf(event.text),
    );
  });

  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    afterAck(async () => {
      const origin: SlackOrigin = { teamId: body.team_id, channel: event.channel };
      const { replies } = await sink.handle(
        slackEvent(body.event_id, origin, await users.sender(event.user), { type: "home" }),
      );
      await sender.call("views.publish", () =>
        app.client.views.publish({ user_id: event.user, view: renderHome(replies) }),
      );
    });
  });

  app.command(/^\/.+/, async (args) => {
    await args.ack();
    afterAck(() => onCommand(args, deps));
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION_BUTTON}|${FORM_BUTTON}):\\d+$`), async (args) => {
    await args.ack();
    if (args.action.action_id.startsWith(`${FORM_BUTTON}:`)) afterAck(() => openForm(args, deps));
    else afterAck(() => onButton(args, deps));
  });

  // A link button opens its page in the member's browser; Slack wants the click acknowledged all the same.
  app.action(new RegExp(`^${LINK_BUTTON}:\\d+$`), ({ ack }) => ack());

  app.view(FORM_CALLBACK_ID, async ({ ack, view, body }) => {
    await ack();
    const meta = JSON.parse(view.private_metadata) as FormMetadata;
    const origin: SlackOrigin = {
      teamId: body.team?.id ?? body.user.team_id ?? "",
      channel: meta.channel,
      ...(meta.threadTs ? { threadTs: meta.threadTs } : {}),
    };
    handleAndPost(`view:${view.id}:${view.hash}`, origin, body.user.id, {
      type: "form",
      actionId: meta.actionId,
      formKey: meta.key,
      values: readModalValues(view.state.values),
    });
  });

  app.error(async (error) => {
    deps.log.error({ err: error, slackError: (error as { code?: string }).code }, "Slack listener failed");
  });
}

async function onCommand({ command, respond }: SlackCommandMiddlewareArgs, deps: ListenerDeps): Promise<void> {
  const name = command.command.replace(/^\//, "");
  const payload: InboundPayload =
    name === ENTRY_COMMAND
      ? { type: "text", text: slackTextToPlain(command.text, deps.botUserId()) }
      : { type: "command", command: name, text: command.text };
  const origin: SlackOrigin = { teamId: command.team_id, channel: command.channel_id };
  const sender = await deps.users.sender(command.user_id);
  const { replies } = await deps.sink.handle(slackEvent(`command:${command.trigger_id}`, origin, sender, payload));
  // A slash command's answer is for the one who typed it, its files in their direct conversation.
  for (const r of replies) {
    await deps.sender.call("response_url", () => respond({ response_type: "ephemeral", ...renderMessage(r) }));
    if (r.attachments?.length)
      await deps.sender.attach({ channel: command.channel_id, asker: command.user_id }, r.attachments);
  }
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Where a click happened, as the core sees it. */
function clickOrigin({ body }: ButtonArgs): SlackOrigin | undefined {
  const channel = body.channel?.id ?? body.container.channel_id;
  if (!channel) return undefined;
  const threadTs = body.message?.thread_ts;
  return {
    teamId: body.team?.id ?? body.user.team_id ?? "",
    channel,
    ...(threadTs && !isDirectChannel(channel) ? { threadTs } : {}),
  };
}

/** A button: the core handles the click; the clicked message becomes what the response says, then the replies follow. */
async function onButton(args: ButtonArgs, deps: ListenerDeps): Promise<void> {
  const { body, action } = args;
  const origin = clickOrigin(args);
  if (!origin || !action.value) return;
  const sender = await deps.users.sender(body.user.id);
  const payload: InboundPayload = { type: "action", actionId: action.value, label: action.text.text };
  const response = await deps.sink.handle(slackEvent(`action:${body.trigger_id}`, origin, sender, payload));
  await updateClicked(args, response, deps);
  await deps.sender.post(placeOf(origin, body.user.id), response.replies);
}

async function updateClicked(
  { body, respond }: ButtonArgs,
  { clicked }: BotResponse,
  deps: ListenerDeps,
): Promise<void> {
  if (!clicked) return;
  const message = body.message;
  const update: SlackMessage =
    clicked.kind === "replace"
      ? renderMessage(clicked.reply)
      : {
          text: message?.text ?? clicked.label,
          blocks: choiceMadeBlocks((message?.blocks ?? []) as never[], clicked.label) as SlackMessage["blocks"],
        };
  const channel = body.channel?.id ?? body.container.channel_id;
  // Ephemeral messages can only be changed through the response URL.
  if (body.container.is_ephemeral || !message?.ts || !channel) {
    await deps.sender.call("response_url", () => respond({ replace_original: true, ...update }));
  } else {
    await deps.sender.update(channel, message.ts, update);
  }
}

/** A form button: the core gives the form (a modal opens) or says why it no longer can. */
async function openForm(args: ButtonArgs, deps: ListenerDeps): Promise<void> {
  const { body, action, client } = args;
  const origin = clickOrigin(args);
  if (!origin || !action.value) return;
  const sender = await deps.users.sender(body.user.id);
  const payload: InboundPayload = { type: "open-form", formKey: action.value };
  const { form, replies } = await deps.sink.handle(slackEvent(`form:${body.trigger_id}`, origin, sender, payload));
  await deps.sender.post(placeOf(origin, body.user.id), replies);
  if (!form) return;
  const meta: FormMetadata = {
    key: action.value,
    actionId: form.actionId,
    channel: origin.channel,
    ...(body.message?.thread_ts ? { threadTs: body.message.thread_ts } : {}),
  };
  await deps.sender.call("views.open", () =>
    client.views.open({ trigger_id: body.trigger_id, view: renderModal(form, JSON.stringify(meta)) }),
  );
}
