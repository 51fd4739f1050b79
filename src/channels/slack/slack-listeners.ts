import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from "@slack/bolt";
import type { BotThreads } from "../../core/bot-threads.ts";
import type { InboundEvent, InboundPayload } from "../../core/inbound.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import type { FormCache } from "./form-cache.ts";
import {
  ACTION_BUTTON,
  choiceMadeBlocks,
  FORM_BUTTON,
  FORM_CALLBACK_ID,
  readModalValues,
  renderHome,
  renderModal,
} from "./render/index.ts";
import { type SlackOrigin, slackEvent } from "./slack-inbound.ts";
import { isDirectChannel, type SlackSender } from "./slack-sender.ts";
import { mentionsUser, slackTextToPlain } from "./slack-text.ts";
import type { SlackUsers } from "./slack-users.ts";

/** The Slack command that carries free text to the bot (`/reseau aide`); other commands are the features'. */
export const ENTRY_COMMAND = "reseau";

export interface ListenerDeps {
  bot: { handle(event: InboundEvent): Promise<Reply[]>; threads: BotThreads };
  sender: SlackSender;
  users: SlackUsers;
  forms: FormCache;
  log: Logger;
  /** The bot's own user id (from auth.test), to strip its mentions and ignore its messages. */
  botUserId: () => string | undefined;
  /** Runs work after the acknowledgement, tracked so that stopping waits for it. */
  later: (work: () => Promise<unknown>) => void;
}

/** What the modal keeps for the submission: the form's action id and where to answer. */
interface FormMetadata {
  key: string;
  actionId: string;
  channel: string;
  threadTs?: string;
}

/**
 * Translates Slack events into the core's events and posts the replies back. Every listener
 * acknowledges at once (Slack expects it within 3 seconds) and does the work afterwards; redelivered
 * events are dropped by the core, which records event ids.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { bot, sender, users, later, botUserId } = deps;

  /** Handles one event and posts the replies where it came from. */
  const answer = (eventId: string, origin: SlackOrigin, userId: string, payload: InboundPayload) =>
    later(async () => {
      const replies = await bot.handle(slackEvent(eventId, origin, await users.sender(userId), payload));
      await sender.post(
        { channel: origin.channel, asker: userId, ...(origin.threadTs ? { threadTs: origin.threadTs } : {}) },
        replies,
      );
    });

  app.event("message", async ({ event, body }) => {
    if (event.subtype !== undefined || !("user" in event) || !event.user || ("bot_id" in event && event.bot_id)) return;
    const text = event.text ?? "";
    const origin: SlackOrigin = { teamId: body.team_id, channel: event.channel };
    if (event.channel_type === "im")
      return answer(body.event_id, origin, event.user, { type: "text", text: slackTextToPlain(text, botUserId()) });
    // A mention also arrives as app_mention; other messages of a channel only in a thread the bot joined.
    const threadTs = "thread_ts" in event ? event.thread_ts : undefined;
    if (!threadTs || mentionsUser(text, botUserId())) return;
    const thread = {
      channel: "slack" as const,
      workspaceId: body.team_id,
      conversationId: event.channel,
      threadId: threadTs,
    };
    if (!(await bot.threads.isJoined(thread))) return;
    answer(body.event_id, { ...origin, threadTs }, event.user, {
      type: "text",
      text: slackTextToPlain(text, botUserId()),
    });
  });

  app.event("app_mention", async ({ event, body }) => {
    if (!event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    await bot.threads.join({
      channel: "slack",
      workspaceId: body.team_id,
      conversationId: event.channel,
      threadId: threadTs,
    });
    answer(body.event_id, { teamId: body.team_id, channel: event.channel, threadTs }, event.user, {
      type: "text",
      text: slackTextToPlain(event.text, botUserId()),
    });
  });

  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    later(async () => {
      const origin: SlackOrigin = { teamId: body.team_id, channel: event.channel };
      const replies = await bot.handle(
        slackEvent(body.event_id, origin, await users.sender(event.user), { type: "home" }),
      );
      await sender.call("views.publish", () =>
        app.client.views.publish({ user_id: event.user, view: renderHome(replies) }),
      );
    });
  });

  app.command(/^\/.+/, async (args) => {
    await args.ack();
    later(() => onCommand(args, deps));
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION_BUTTON}|${FORM_BUTTON}):\\d+$`), async (args) => {
    await args.ack();
    if (args.action.action_id.startsWith(`${FORM_BUTTON}:`)) return openForm(args, deps);
    later(() => onButton(args, deps));
  });

  app.view(FORM_CALLBACK_ID, async ({ ack, view, body }) => {
    await ack();
    const meta = JSON.parse(view.private_metadata) as FormMetadata;
    const form = deps.forms.find(meta.key);
    // A form forgotten since the modal opened (a restart) is read as it came; the core checks the values.
    const values = form
      ? readModalValues(form, view.state.values)
      : Object.fromEntries(
          Object.entries(view.state.values).map(([field, { value: input }]) => [
            field,
            input?.selected_option?.value ?? input?.value ?? "",
          ]),
        );
    const origin: SlackOrigin = {
      teamId: body.team?.id ?? body.user.team_id ?? "",
      channel: meta.channel,
      ...(meta.threadTs ? { threadTs: meta.threadTs } : {}),
    };
    answer(`view:${view.id}:${view.hash}`, origin, body.user.id, { type: "form", actionId: meta.actionId, values });
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
  const replies = await deps.bot.handle(
    slackEvent(`command:${command.trigger_id}`, origin, await deps.users.sender(command.user_id), payload),
  );
  // A slash command's answer is for the one who typed it.
  for (const r of replies) {
    await deps.sender.call("response_url", () => respond({ response_type: "ephemeral", ...deps.sender.render(r) }));
  }
}

async function onButton(
  { body, action, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>>,
  deps: ListenerDeps,
): Promise<void> {
  const channel = body.channel?.id ?? body.container.channel_id;
  if (!channel || !action.value) return;
  const message = body.message;
  const threadTs = message?.thread_ts;
  const origin: SlackOrigin = {
    teamId: body.team?.id ?? body.user.team_id ?? "",
    channel,
    ...(threadTs && !isDirectChannel(channel) ? { threadTs } : {}),
  };
  const replies = await deps.bot.handle(
    slackEvent(`action:${body.trigger_id}`, origin, await deps.users.sender(body.user.id), {
      type: "action",
      actionId: action.value,
    }),
  );
  const replacing = replies.find((r) => r.replaceOriginal);
  const others = replies.filter((r) => r !== replacing);
  const clicked = action.text.text;
  if (body.container.is_ephemeral || !message?.ts) {
    // Ephemeral messages can only be changed through the response URL.
    const update = replacing
      ? deps.sender.render(replacing)
      : { text: message?.text ?? clicked, blocks: choiceMadeBlocks((message?.blocks ?? []) as never[], clicked) };
    await deps.sender.call("response_url", () => respond({ replace_original: true, ...update }));
  } else if (replacing) {
    await deps.sender.update(channel, message.ts, replacing);
  } else {
    await deps.sender.updateRaw(channel, message.ts, {
      text: message.text ?? clicked,
      blocks: choiceMadeBlocks((message.blocks ?? []) as never[], clicked),
    });
  }
  await deps.sender.post(
    { channel, asker: body.user.id, ...(origin.threadTs ? { threadTs: origin.threadTs } : {}) },
    others,
  );
}

async function openForm(
  args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  deps: ListenerDeps,
): Promise<void> {
  const { body, action, client } = args;
  const form = action.value ? deps.forms.find(action.value) : undefined;
  const channel = body.channel?.id ?? body.container.channel_id;
  if (!channel) return;
  if (!form) {
    // The bot forgot this form (a restart): the core answers a stale button in the member's language.
    return deps.later(() => onButton({ ...args, action: { ...action, value: "form:expired" } }, deps));
  }
  const meta: FormMetadata = {
    key: action.value!,
    actionId: form.actionId,
    channel,
    ...(body.message?.thread_ts ? { threadTs: body.message.thread_ts } : {}),
  };
  await deps.sender.call("views.open", () =>
    client.views.open({ trigger_id: body.trigger_id, view: renderModal(form, JSON.stringify(meta)) }),
  );
}
