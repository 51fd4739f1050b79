import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from "discord.js";
import type { InboundPayload } from "../../core/inbound.ts";
import type { BotResponse, Reply } from "../../core/reply.ts";
import { ENTRY_COMMAND } from "../entry-command.ts";
import { ARGUMENTS_OPTION, QUESTION_OPTION } from "./discord-commands.ts";
import { type DiscordOrigin, discordEvent, discordTextToPlain, senderOf } from "./discord-inbound.ts";
import { InteractionAnswer } from "./interaction-answer.ts";
import type { ListenerDeps } from "./listener-deps.ts";
import {
  choiceMade,
  confirmationMessage,
  fitsModal,
  noticeMessage,
  parseCustomId,
  readModalValues,
  renderModal,
  renderReply,
} from "./render/index.ts";

type Handled = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** The clicked button's label (buttons that link or sell have none). */
const labelOf = (interaction: ButtonInteraction): string =>
  ("label" in interaction.component ? interaction.component.label : undefined) ?? "";

/** Slash commands, button clicks and modal submissions; other interactions are not the bot's. */
export async function onInteraction(interaction: Interaction, deps: ListenerDeps): Promise<void> {
  if (interaction.isChatInputCommand()) return onCommand(interaction, deps);
  if (interaction.isButton()) return onButton(interaction, deps);
  if (interaction.isModalSubmit()) return onModalSubmit(interaction, deps);
}

const originOf = (interaction: Handled, deps: ListenerDeps): DiscordOrigin => ({
  guildId: deps.guildId,
  channelId: interaction.channelId ?? "",
  kind: !interaction.inGuild() ? "direct" : interaction.channel?.isThread() ? "thread" : "channel",
});

const handle = (interaction: Handled, deps: ListenerDeps, payload: InboundPayload): Promise<BotResponse> =>
  deps.sink.handle(
    discordEvent(`interaction:${interaction.id}`, originOf(interaction, deps), senderOf(interaction.user), payload),
  );

/** In a guild channel, a reply for the member alone is ephemeral; in a DM everything is private already. */
const isPrivate = (interaction: Handled, reply: Reply) => interaction.inGuild() && reply.visibility === "ephemeral";

/** Replies after the first answer: follow-ups, and their files in the member's DM. */
async function followWith(interaction: Handled, answer: InteractionAnswer, replies: Reply[], deps: ListenerDeps) {
  deps.confirmations.remember(replies);
  for (const reply of replies) {
    await answer.followUps(renderReply(reply), isPrivate(interaction, reply));
    await attach(interaction, reply, deps);
  }
}

async function attach(interaction: Handled, reply: Reply, deps: ListenerDeps): Promise<void> {
  if (!reply.attachments?.length) return;
  const place = { channelId: interaction.channelId ?? "", inGuild: interaction.inGuild(), asker: interaction.user.id };
  await deps.replies.attach(place, reply).catch(() => undefined); // logged by the sender
}

/** A slash command: its answer is for the member who typed it (ephemeral in a guild channel). */
async function onCommand(interaction: ChatInputCommandInteraction, deps: ListenerDeps): Promise<void> {
  const text = (option: string) =>
    discordTextToPlain(interaction.options.getString(option) ?? "", deps.botUserId(), {
      users: new Map(),
      channels: new Map(),
      roles: new Map(),
    });
  const payload: InboundPayload =
    interaction.commandName === ENTRY_COMMAND
      ? { type: "text", text: text(QUESTION_OPTION) }
      : { type: "command", command: interaction.commandName, text: text(ARGUMENTS_OPTION) };
  const ephemeral = interaction.inGuild();
  const answer = new InteractionAnswer(deps.sender, interaction, deps.deferAfterMs);
  const { replies } = await answer.within(handle(interaction, deps, payload), { kind: "reply", ephemeral });
  deps.confirmations.remember(replies);
  const messages = replies.flatMap(renderReply);
  await answer.reply(messages.length ? messages : [noticeMessage(deps.texts(interaction.locale).done)], ephemeral);
  for (const reply of replies) await attach(interaction, reply, deps);
}

async function onButton(interaction: ButtonInteraction, deps: ListenerDeps): Promise<void> {
  const answer = new InteractionAnswer(deps.sender, interaction, deps.deferAfterMs);
  const id = parseCustomId(interaction.customId);
  const texts = deps.texts(interaction.locale);
  switch (id?.kind) {
    case "action":
      return onClick(interaction, answer, id.actionId, deps);
    case "form":
      return openForm(interaction, answer, id.formKey, deps);
    case "confirm": {
      const known = deps.confirmations.find(id.actionId);
      const confirm = known?.confirm ?? texts.confirmFallback(labelOf(interaction));
      const question = confirmationMessage(id.actionId, confirm, known?.style, MessageFlags.SuppressEmbeds);
      return answer.reply([question], true);
    }
    case "deny":
      return answer.update(noticeMessage(texts.cancelled));
    default:
      return answer.update(); // a component the bot did not make: acknowledged, nothing else
  }
}

/**
 * A click on an action button: the core's answer decides what becomes of the clicked message (replaced,
 * or its buttons giving way to "✓ label"); the replies follow.
 */
async function onClick(
  interaction: ButtonInteraction,
  answer: InteractionAnswer,
  actionId: string,
  deps: ListenerDeps,
): Promise<void> {
  const label = labelOf(interaction);
  const payload: InboundPayload = { type: "action", actionId, ...(label ? { label } : {}) };
  const { clicked, replies } = await answer.within(handle(interaction, deps, payload), { kind: "update" });
  if (clicked?.kind === "replace") {
    deps.confirmations.remember([clicked.reply]);
    const [first, ...rest] = renderReply(clicked.reply);
    await answer.update(first);
    const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
    await answer.followUps(rest, ephemeral);
  } else if (clicked?.kind === "choice") {
    await answer.update(choiceMade(interaction.message.content, clicked.label));
  } else {
    await answer.update();
  }
  await followWith(interaction, answer, replies, deps);
}

/**
 * A form button: the core gives the form back (a modal must be the interaction's first answer, so no
 * deferral here). A form a modal cannot hold is filled in the member's DM.
 */
async function openForm(
  interaction: ButtonInteraction,
  answer: InteractionAnswer,
  formKey: string,
  deps: ListenerDeps,
): Promise<void> {
  const { form, replies } = await handle(interaction, deps, { type: "open-form", formKey });
  if (form && fitsModal(form)) return answer.modal(renderModal(form, formKey));
  if (!form) {
    const messages = replies.flatMap(renderReply);
    return answer.reply(messages.length ? messages : [noticeMessage(deps.texts(interaction.locale).done)], true);
  }
  const texts = deps.texts(interaction.locale);
  const question = deps.forms.start(interaction.user.id, form, formKey, texts);
  if (interaction.inGuild()) await answer.reply([noticeMessage(texts.formInDm)], true);
  else await answer.update();
  const dm = await deps.sender.directChannel(interaction.user.id).catch(() => undefined);
  if (dm) await deps.sender.post(dm, [noticeMessage(question)]).catch(() => undefined);
}

/** A modal's submission reaches the form's action, checked by the core against the form it offered. */
async function onModalSubmit(interaction: ModalSubmitInteraction, deps: ListenerDeps): Promise<void> {
  const answer = new InteractionAnswer(deps.sender, interaction, deps.deferAfterMs);
  const id = parseCustomId(interaction.customId);
  if (id?.kind !== "modal") return answer.update();
  const payload: InboundPayload = {
    type: "form",
    actionId: id.actionId,
    formKey: id.formKey,
    values: readModalValues(interaction.fields.fields.values()),
  };
  const { replies } = await answer.within(handle(interaction, deps, payload), { kind: "update" });
  await answer.update();
  await followWith(interaction, answer, replies, deps);
}
