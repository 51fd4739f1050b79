import { randomUUID } from "node:crypto";
import { BotThreads } from "./bot-threads.ts";
import { ConversationLog } from "./conversation-log.ts";
import { DialogueStore } from "./dialogue-store.ts";
import { BotError, UserError } from "./errors.ts";
import type { FormStore } from "./form-store.ts";
import type { InboundEvent } from "./inbound.ts";
import type { MemberDirectory } from "./members/member-directory.ts";
import {
  buildContext,
  checkText,
  dedupe,
  guardPrivacy,
  privacyNotice,
  rateLimit,
  resolveMember,
  route,
  understand,
  welcome,
} from "./pipeline/stages.ts";
import type { Stage, Turn } from "./pipeline/turn.ts";
import { noPrivacyGuard, type PrivacyGuard } from "./privacy-port.ts";
import { ProcessedEvents } from "./processed-events.ts";
import { RateLimiter } from "./rate-limiter.ts";
import type { FeatureRegistry } from "./registry.ts";
import { type BotResponse, ephemeral, reply } from "./reply.ts";
import { Router } from "./router.ts";
import type { Services } from "./services.ts";

export interface BotOptions {
  services: Services;
  registry: FeatureRegistry;
  forms: FormStore;
  /** Overrides the guard of the installed features (tests). */
  privacyGuard?: PrivacyGuard;
}

/** What a channel needs from the bot: handling events, and the threads it takes part in. */
export interface InboundSink {
  handle(event: InboundEvent): Promise<BotResponse>;
  readonly threads: BotThreads;
}

/**
 * The platform-agnostic core. A channel hands it an {@link InboundEvent} and renders the response
 * it returns; `handle` never throws. The event goes through an ordered pipeline:
 * dedupe → member → rate limit → privacy guard → input check → NLU and locale → context →
 * privacy notice → routing → welcome of members met for the first time.
 */
export class Bot implements InboundSink {
  readonly members: MemberDirectory;
  readonly dialogues: DialogueStore;
  readonly processedEvents: ProcessedEvents;
  readonly conversationLog: ConversationLog;
  readonly threads: BotThreads;
  private readonly stages: Stage[];
  private readonly inFlight = new Set<Promise<BotResponse>>();

  constructor(private readonly options: BotOptions) {
    const { services, registry, forms } = options;
    const { db, clock, config, log } = services;
    this.members = services.members;
    this.dialogues = new DialogueStore(db, clock);
    this.processedEvents = new ProcessedEvents(db);
    this.conversationLog = new ConversationLog(db);
    this.threads = new BotThreads(db);
    const router = new Router(registry, this.dialogues, forms, config.nlu.confidenceThreshold);
    const guard = options.privacyGuard ?? registry.provided.privacyGuard ?? noPrivacyGuard;
    const { messages } = registry;
    this.stages = [
      dedupe(this.processedEvents),
      resolveMember(this.members, config.defaultLocale),
      rateLimit(new RateLimiter(config.rateLimitPerMinute, clock), messages),
      guardPrivacy(guard),
      checkText(messages),
      understand(services.nlu, this.members),
      buildContext({ services, dialogues: this.dialogues, messages, log, handoff: registry.provided.handoff }),
      privacyNotice(guard),
      route(router),
      welcome(registry.provided.welcome, this.members),
    ];
  }

  /** Handles one event and returns what to render in its conversation. Never throws. */
  handle(event: InboundEvent): Promise<BotResponse> {
    const work = this.run(event);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  /** Resolves when every event being handled has been answered (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private async run(event: InboundEvent): Promise<BotResponse> {
    const { log, config } = this.options.services;
    const { messages } = this.options.registry;
    const turn: Turn = {
      event,
      startedAt: performance.now(),
      locale: config.defaultLocale,
      findings: [],
      notices: [],
      replies: [],
      outcome: "answered",
    };
    try {
      for (const stage of this.stages) {
        if ((await stage(turn)) === "stop") break;
      }
    } catch (error) {
      if (error instanceof UserError) {
        turn.replies = [ephemeral(reply(messages.format(turn.locale, error.code, error.params)))];
        turn.outcome = "refused";
      } else {
        const ref = randomUUID().slice(0, 8);
        const err = new BotError("Event handling failed", event.eventId, { cause: error });
        log.error({ err, eventId: event.eventId, ref }, "event failed");
        turn.replies = [reply(messages.format(turn.locale, "core.error.unexpected", { ref }))];
        turn.outcome = "error";
      }
    }
    const response = responseOf(turn);
    await this.options.forms
      .offer([...response.replies, ...(response.clicked?.kind === "replace" ? [response.clicked.reply] : [])])
      .catch((error: unknown) => log.error({ err: error, eventId: event.eventId }, "offered forms not saved"));
    const finishedAt = performance.now();
    await this.conversationLog
      .record(turn, finishedAt)
      .catch((error: unknown) => log.warn({ err: error }, "conversation log write failed"));
    log.info(
      {
        eventId: event.eventId,
        channel: event.conversation.channel,
        kind: event.payload.type,
        handledBy: turn.handledBy,
        score: turn.nlu?.score,
        outcome: turn.outcome,
        ms: Math.round(finishedAt - turn.startedAt),
        redactions: turn.findings.length || undefined,
      },
      "event handled",
    );
    return response;
  }
}

/**
 * The response of a turn. For a click, a reply marked `replaceOriginal` becomes the clicked message's
 * new content; else a handled click shows the choice made; a stale or refused click leaves it as it was.
 */
function responseOf(turn: Turn): BotResponse {
  const replies = [...turn.notices, ...turn.replies];
  const { payload } = turn.event;
  if (payload.type !== "action") return { replies, ...(turn.form ? { form: turn.form } : {}) };
  const replacing = replies.find((r) => r.replaceOriginal);
  if (replacing)
    return { replies: replies.filter((r) => r !== replacing), clicked: { kind: "replace", reply: replacing } };
  if (turn.outcome === "answered" && payload.label)
    return { replies, clicked: { kind: "choice", label: payload.label } };
  return { replies };
}
