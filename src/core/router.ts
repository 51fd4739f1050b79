import { actionName } from "./action-id.ts";
import { askHumans, CLARIFY_STEP, type ClarifyData, chooseIntent, suggestions } from "./clarification.ts";
import type { DialogueStore } from "./dialogue-store.ts";
import { UserError } from "./errors.ts";
import type { HandlerContext, HandoffRequest, MessageContext, Precondition, Replies } from "./feature.ts";
import { type NluResult, NONE_INTENT } from "./nlu-port.ts";
import { contextOf, type Outcome, type Turn } from "./pipeline/turn.ts";
import type { FeatureRegistry } from "./registry.ts";
import { ephemeral, type Reply, reply, withButtons } from "./reply.ts";

const asArray = (replies: Replies): Reply[] => (Array.isArray(replies) ? replies : [replies]);

/**
 * Sends a turn to the handler that owns it: a pending dialogue step, an intent (when the NLU is
 * confident), an action or a command. Below the confidence threshold it never guesses: it offers
 * the likeliest topics, then hands the question to humans.
 */
export class Router {
  constructor(
    private readonly registry: FeatureRegistry,
    private readonly dialogues: DialogueStore,
    private readonly confidenceThreshold: number,
  ) {}

  async route(turn: Turn): Promise<void> {
    const [replies, outcome, handledBy] = await this.dispatch(turn, contextOf(turn));
    turn.replies.push(...replies);
    turn.outcome = outcome;
    turn.handledBy = handledBy;
  }

  private dispatch(turn: Turn, ctx: HandlerContext): Promise<[Reply[], Outcome, string?]> {
    const { payload } = turn.event;
    switch (payload.type) {
      case "action":
        return this.routeAction(ctx, payload.actionId);
      case "command":
        return this.routeCommand(ctx, payload.command, turn.text ?? "");
      case "form":
        return this.routeForm(ctx, payload.actionId, turn.values ?? {});
      case "home":
        return this.routeHome(ctx);
      case "text":
        return this.routeText({ ...ctx, text: turn.text ?? "", nlu: turn.nlu! });
    }
  }

  private async routeText(ctx: MessageContext): Promise<[Reply[], Outcome, string?]> {
    const pending = await this.dialogues.current(ctx.event.conversation, ctx.member.id);
    const confident = ctx.nlu.score >= this.confidenceThreshold;
    if (pending?.step === CLARIFY_STEP) {
      await ctx.dialogue.end();
      // A second message the bot cannot place right after a clarification: humans take over.
      if (!confident) return [await this.handoff(ctx, { text: ctx.text, reason: "low-confidence" }), "handed-off"];
    } else if (pending) {
      const step = this.registry.steps.get(pending.step);
      if (step) {
        const outcome = await step.handler.run(ctx, pending.data);
        if (outcome !== "pass") return [asArray(outcome), "answered", pending.step];
      }
    }
    if (confident && ctx.nlu.intent === NONE_INTENT) return [[this.outOfScope(ctx)], "out-of-scope"];
    if (confident && this.registry.intents.has(ctx.nlu.intent)) {
      return [await this.runIntent(ctx, ctx.nlu.intent), "answered", ctx.nlu.intent];
    }
    return this.clarify(ctx);
  }

  /** Runs an intent's handler after its preconditions. */
  async runIntent(ctx: MessageContext, intent: string): Promise<Reply[]> {
    const owned = this.registry.intents.get(intent);
    if (!owned) throw new Error(`No handler for intent ${intent}`);
    checkPreconditions(ctx, owned.handler.preconditions);
    return asArray(await owned.handler.run(ctx));
  }

  private async clarify(ctx: MessageContext): Promise<[Reply[], Outcome]> {
    const choices = suggestions(ctx.nlu, (intent) => this.registry.intents.has(intent));
    if (choices.length === 0) return [[this.outOfScope(ctx)], "out-of-scope"];
    const data: ClarifyData = { text: ctx.text, entities: ctx.nlu.entities };
    await ctx.dialogue.expect(CLARIFY_STEP, data);
    const buttons = choices.map((intent) => ({
      label: ctx.services.nlu.topicOf(intent)?.[ctx.locale] ?? intent,
      actionId: chooseIntent.id(intent),
    }));
    const question = withButtons(reply(ctx.t("core.clarify.question")), ...buttons, {
      label: ctx.t("core.clarify.noneOfThese"),
      actionId: askHumans.id(),
    });
    return [[question], "clarified"];
  }

  private async routeAction(ctx: HandlerContext, actionId: string): Promise<[Reply[], Outcome, string?]> {
    const choice = chooseIntent.parse(actionId);
    if (choice) return this.resumeWithIntent(ctx, choice.args);
    if (askHumans.parse(actionId)) {
      const kept = (await ctx.dialogue.pending(CLARIFY_STEP)) as ClarifyData | undefined;
      await ctx.dialogue.end();
      return [await this.handoff(ctx, { text: kept?.text ?? "", reason: "asked" }), "handed-off", askHumans.name];
    }
    const owned = this.registry.actions.get(actionName(actionId));
    const parsed = owned?.handler.action.parse(actionId);
    if (!owned || !parsed) return [[ephemeral(reply(ctx.t("core.error.staleAction")))], "stale-action"];
    checkPreconditions(ctx, owned.handler.preconditions);
    return [asArray(await owned.handler.run(ctx, parsed.args)), "answered", owned.handler.action.name];
  }

  private async routeForm(
    ctx: HandlerContext,
    actionId: string,
    values: Record<string, string>,
  ): Promise<[Reply[], Outcome, string?]> {
    const owned = this.registry.forms.get(actionName(actionId));
    const parsed = owned?.handler.form.parse(actionId);
    if (!owned || !parsed) return [[ephemeral(reply(ctx.t("core.error.staleAction")))], "stale-action"];
    checkPreconditions(ctx, owned.handler.preconditions);
    return [asArray(await owned.handler.run(ctx, parsed.args, values)), "answered", owned.handler.form.name];
  }

  /** The member's home: each feature's section, in the order of the features. */
  private async routeHome(ctx: HandlerContext): Promise<[Reply[], Outcome, string?]> {
    const sections = await Promise.all(this.registry.home.map((section) => section(ctx)));
    return [sections.filter((s): s is Reply => s !== undefined), "answered", "home"];
  }

  /** The member picked a topic: answer the message kept by the clarification step as that intent. */
  private async resumeWithIntent(ctx: HandlerContext, intent: string): Promise<[Reply[], Outcome, string?]> {
    if (!this.registry.intents.has(intent))
      return [[ephemeral(reply(ctx.t("core.error.staleAction")))], "stale-action"];
    const kept = (await ctx.dialogue.pending(CLARIFY_STEP)) as ClarifyData | undefined;
    await ctx.dialogue.end();
    const nlu: NluResult = { locale: ctx.locale, intent, score: 1, alternatives: [], entities: kept?.entities ?? {} };
    return [await this.runIntent({ ...ctx, text: kept?.text ?? "", nlu }, intent), "answered", intent];
  }

  private async routeCommand(ctx: HandlerContext, command: string, text: string): Promise<[Reply[], Outcome, string?]> {
    const owned = this.registry.commands.get(command.toLowerCase());
    if (!owned) {
      const commands = [...new Set([...this.registry.commands.values()].map((c) => `/${c.handler.name}`))].join(", ");
      return [
        [ephemeral(reply(ctx.t("core.error.unknownCommand", { command, commands: commands || "—" })))],
        "unknown-command",
      ];
    }
    checkPreconditions(ctx, owned.handler.preconditions);
    return [asArray(await owned.handler.run(ctx, text)), "answered", `/${owned.handler.name}`];
  }

  private async handoff(ctx: HandlerContext, request: HandoffRequest): Promise<Reply[]> {
    if (this.registry.handoff) return asArray(await this.registry.handoff(ctx, request));
    return [reply(ctx.t("core.handoff.unavailable"))];
  }

  private outOfScope(ctx: HandlerContext): Reply {
    const help = this.registry.intents.has("help")
      ? [{ label: ctx.t("core.button.help"), actionId: chooseIntent.id("help") }]
      : [];
    return withButtons(reply(ctx.t("core.outOfScope")), ...help);
  }
}

function checkPreconditions(ctx: HandlerContext, preconditions: Precondition[] = []): void {
  for (const precondition of preconditions) {
    const result = precondition.check(ctx);
    if (!result.ok) throw new UserError(result.code);
  }
}
