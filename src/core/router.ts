import { actionName, defineAction, tokenArg } from "./action-id.ts";
import { askHumans, CLARIFY_STEP, type ClarifyData, chooseIntent, suggestions } from "./clarification.ts";
import type { HandlerContext, MessageContext } from "./context.ts";
import type { DialogueStore } from "./dialogue-store.ts";
import { UserError } from "./errors.ts";
import type { Precondition, StepAccepts, StepHandler } from "./feature.ts";
import type { FormStore } from "./form-store.ts";
import { type NluResult, NONE_INTENT } from "./nlu-port.ts";
import { contextOf, type Outcome, type Turn } from "./pipeline/turn.ts";
import type { FeatureRegistry } from "./registry.ts";
import { asReplies, ephemeral, type Form, type Reply, reply, withButtons } from "./reply.ts";
import { stepVerdict } from "./step-verdict.ts";

/** "Resume" button of a step set aside when the member moved on. */
const resumeStep = defineAction("core:resume", tokenArg);

type Routed = [Reply[], Outcome, string?];

/** "3", "#12", "2." alone: a choice typed where no question waits for one. */
const BARE_NUMBER = /^\s*#?\d{1,3}\s*[.)]?\s*$/;

/**
 * Sends a turn to the handler that owns it: a pending dialogue step (when the message answers it), an
 * intent (when the NLU is confident), an action, a form or a command. Below the confidence threshold it
 * never guesses: it offers the likeliest topics, then hands the question to humans.
 */
export class Router {
  constructor(
    private readonly registry: FeatureRegistry,
    private readonly dialogues: DialogueStore,
    private readonly forms: FormStore,
    private readonly confidenceThreshold: number,
  ) {}

  async route(turn: Turn): Promise<void> {
    const [replies, outcome, handledBy] = await this.dispatch(turn, contextOf(turn));
    turn.replies.push(...replies);
    turn.outcome = outcome;
    turn.handledBy = handledBy;
  }

  private dispatch(turn: Turn, ctx: HandlerContext): Promise<Routed> {
    const { payload } = turn.event;
    switch (payload.type) {
      case "action":
        return this.routeAction(ctx, payload.actionId);
      case "command":
        return this.routeCommand(ctx, payload.command, turn.text ?? "");
      case "form":
        return this.routeForm(ctx, payload.actionId, turn.values ?? {}, payload.formKey);
      case "open-form":
        return this.openForm(turn, ctx, payload.formKey);
      case "home":
        return this.routeHome(ctx);
      case "text":
        return this.routeText({ ...ctx, text: turn.text ?? "", nlu: turn.nlu! });
    }
  }

  private async routeText(ctx: MessageContext): Promise<Routed> {
    const { conversation } = ctx.event;
    const pending = await this.dialogues.current(conversation, ctx.member.id);
    let resumeOffer: Reply | undefined;
    if (pending) {
      const step = this.registry.steps.get(pending.step)?.handler;
      const data = pending.data as never;
      if (step && stepVerdict(acceptsOf(step, data), ctx.nlu, ctx.text, this.confidenceThreshold) === "answer") {
        return [asReplies(await step.run(ctx, data)), "answered", pending.step];
      }
      // The member moved on: a step worth resuming is set aside with a button to come back; others end.
      const label = step?.resume?.offer(ctx, data);
      if (label) {
        await this.dialogues.park(conversation, ctx.member.id, pending.step);
        resumeOffer = withButtons(reply(ctx.t("core.resume.offer")), { label, actionId: resumeStep.id(pending.step) });
      } else await this.dialogues.endCurrent(conversation, ctx.member.id);
    }
    const [replies, outcome, handledBy] = BARE_NUMBER.test(ctx.text)
      ? [[reply(ctx.t("core.nothingToChoose"))], "nothing-to-choose" as const]
      : await this.routeMessage(ctx);
    return [resumeOffer ? [...replies, resumeOffer] : replies, outcome, handledBy];
  }

  /** A message no step is waiting for: its intent, "out of scope", or "did you mean…". */
  private async routeMessage(ctx: MessageContext): Promise<Routed> {
    const confident = ctx.nlu.score >= this.confidenceThreshold;
    if (confident && ctx.nlu.intent === NONE_INTENT) return [[this.outOfScope(ctx)], "out-of-scope"];
    if (confident && this.registry.intents.has(ctx.nlu.intent)) {
      return [await this.runIntent(ctx, ctx.nlu.intent), "answered", ctx.nlu.intent];
    }
    return this.clarify(ctx);
  }

  /** Runs an intent's handler after its preconditions. */
  private async runIntent(ctx: MessageContext, intent: string): Promise<Reply[]> {
    const owned = this.registry.intents.get(intent);
    if (!owned) throw new Error(`No handler for intent ${intent}`);
    checkPreconditions(ctx, owned.handler.preconditions);
    return asReplies(await owned.handler.run(ctx));
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

  private async routeAction(ctx: HandlerContext, actionId: string): Promise<Routed> {
    const choice = chooseIntent.parse(actionId);
    if (choice) return this.resumeWithIntent(ctx, choice.args);
    const resume = resumeStep.parse(actionId);
    if (resume) return this.resumeStep(ctx, resume.args);
    const owned = this.registry.actions.get(actionName(actionId));
    const parsed = owned?.handler.action.parse(actionId);
    if (!owned || !parsed) return [[ephemeral(reply(ctx.t("core.error.staleAction")))], "stale-action"];
    checkPreconditions(ctx, owned.handler.preconditions);
    return [asReplies(await owned.handler.run(ctx, parsed.args)), "answered", owned.handler.action.name];
  }

  private async routeForm(
    ctx: HandlerContext,
    actionId: string,
    submitted: Record<string, string>,
    formKey: string | undefined,
  ): Promise<Routed> {
    const owned = this.registry.forms.get(actionName(actionId));
    const parsed = owned?.handler.form.parse(actionId);
    if (!owned || !parsed) return [[ephemeral(reply(ctx.t("core.error.staleAction")))], "stale-action"];
    checkPreconditions(ctx, owned.handler.preconditions);
    const offered = formKey ? await this.forms.find(formKey) : undefined;
    const values = offered ? valuesOf(offered, submitted) : submitted;
    return [asReplies(await owned.handler.run(ctx, parsed.args, values)), "answered", owned.handler.form.name];
  }

  /** A form button was clicked: the form to open, or why it can no longer be. */
  private async openForm(turn: Turn, ctx: HandlerContext, formKey: string): Promise<Routed> {
    const form = await this.forms.find(formKey);
    if (!form) return [[ephemeral(reply(ctx.t("core.error.formExpired")))], "stale-action"];
    const owned = this.registry.forms.get(actionName(form.actionId));
    if (owned) checkPreconditions(ctx, owned.handler.preconditions);
    turn.form = form;
    return [[], "answered", owned?.handler.form.name];
  }

  /** The member's home: each feature's section, in the order of the features. */
  private async routeHome(ctx: HandlerContext): Promise<Routed> {
    const sections = await Promise.all(this.registry.home.map((section) => section(ctx)));
    return [sections.filter((s): s is Reply => s !== undefined), "answered", "home"];
  }

  /** The member picked a topic: answer the message kept by the clarification step as that intent. */
  private async resumeWithIntent(ctx: HandlerContext, intent: string): Promise<Routed> {
    if (!this.registry.intents.has(intent))
      return [[ephemeral(reply(ctx.t("core.error.staleAction")))], "stale-action"];
    const kept = (await ctx.dialogue.pending(CLARIFY_STEP)) as ClarifyData | undefined;
    await ctx.dialogue.end(CLARIFY_STEP);
    const entities = kept?.entities ?? {};
    const nlu: NluResult = { locale: ctx.locale, localeSure: true, intent, score: 1, alternatives: [], entities };
    return [await this.runIntent({ ...ctx, text: kept?.text ?? "", nlu }, intent), "answered", intent];
  }

  /** "Resume": the step set aside asks its question again. */
  private async resumeStep(ctx: HandlerContext, step: string): Promise<Routed> {
    const handler = this.registry.steps.get(step)?.handler;
    const data = (await ctx.dialogue.pending(step)) as never;
    if (!handler?.resume || data === undefined)
      return [[ephemeral(reply(ctx.t("core.resume.expired")))], "stale-action"];
    return [asReplies(await handler.resume.ask(ctx, data)), "answered", resumeStep.name];
  }

  private async routeCommand(ctx: HandlerContext, command: string, text: string): Promise<Routed> {
    const owned = this.registry.commands.get(command.toLowerCase());
    if (!owned) {
      const commands = this.registry
        .commandList()
        .map((c) => `/${c.name}`)
        .join(", ");
      const unknown = ctx.t("core.error.unknownCommand", { command, commands: commands || "—" });
      return [[ephemeral(reply(unknown))], "unknown-command"];
    }
    checkPreconditions(ctx, owned.handler.preconditions);
    return [asReplies(await owned.handler.run(ctx, text)), "answered", `/${owned.handler.name}`];
  }

  private outOfScope(ctx: HandlerContext): Reply {
    const help = this.registry.intents.has("help")
      ? [{ label: ctx.t("core.button.help"), actionId: chooseIntent.id("help") }]
      : [];
    return withButtons(reply(ctx.t("core.outOfScope")), ...help);
  }
}

/** The values of the offered form's fields only; a select value that is not one of its options reads as "". */
function valuesOf(form: Form, submitted: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    form.fields.map((field) => {
      const value = submitted[field.name] ?? "";
      const allowed = field.kind !== "select" || field.options?.some((option) => option.value === value);
      return [field.name, allowed ? value : ""];
    }),
  );
}

const acceptsOf = (step: StepHandler<never>, data: never): StepAccepts =>
  typeof step.accepts === "function" ? step.accepts(data) : step.accepts;

function checkPreconditions(ctx: HandlerContext, preconditions: Precondition[] = []): void {
  for (const precondition of preconditions) {
    const result = precondition.check(ctx);
    if (result.ok) continue;
    ctx.log.info({ precondition: precondition.name, memberId: ctx.member.id }, "refused by a precondition");
    throw new UserError(result.code, result.params);
  }
}
