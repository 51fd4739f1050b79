import { dmChannelFor } from "../defaults.ts";
import { IdSequence, SlackTsClock } from "../ids.ts";
import type { FakeSlackConfig } from "../options.ts";
import type { ApiArgs } from "./http-body.ts";

/** What a Web API method answers: `{ ok: true, … }` or `{ ok: false, error, … }`. */
export type ApiResult = { ok: boolean; error?: string } & Record<string, unknown>;

/** A message the bot posted, as it stands after its updates. */
export interface PostedMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown;
  threadTs?: string;
  /** How many times `chat.update` changed it. */
  edits: number;
  /** The message object Slack returns (and would send in a `block_actions` payload). */
  message: Record<string, unknown>;
}

/** The state the Web API methods share: posted messages, DM channels, views. */
export class Workspace {
  readonly ids = new IdSequence();
  readonly ts: SlackTsClock;
  private readonly posted = new Map<string, PostedMessage>();
  private readonly openDms = new Set<string>();
  private readonly views = new Map<string, Record<string, unknown>>();

  constructor(readonly config: FakeSlackConfig) {
    this.ts = new SlackTsClock(config.now);
  }

  /** The conversation a `channel` argument names: a user id means the DM with that user, as in Slack. */
  resolveChannel(channel: unknown): string | undefined {
    if (typeof channel !== "string") return undefined;
    if (/^[UW][A-Z0-9]+$/.test(channel)) return this.config.users.has(channel) ? this.openDm(channel).id : undefined;
    return /^[CDG][A-Z0-9]+$/.test(channel) ? channel : undefined;
  }

  openDm(userId: string): { id: string; alreadyOpen: boolean } {
    const alreadyOpen = this.openDms.has(userId);
    this.openDms.add(userId);
    return { id: dmChannelFor(userId), alreadyOpen };
  }

  post(channel: string, args: ApiArgs): PostedMessage {
    const ts = this.ts.next();
    const threadTs = typeof args.thread_ts === "string" ? args.thread_ts : undefined;
    const posted: PostedMessage = { channel, ts, edits: 0, message: {} };
    this.apply(posted, args);
    if (threadTs) posted.threadTs = threadTs;
    posted.message = this.messageObject(posted);
    this.posted.set(key(channel, ts), posted);
    return posted;
  }

  update(channel: string, ts: string, args: ApiArgs): PostedMessage | undefined {
    const posted = this.posted.get(key(channel, ts));
    if (!posted) return undefined;
    this.apply(posted, args);
    posted.edits += 1;
    posted.message = { ...this.messageObject(posted), edited: { user: this.config.botUserId, ts: this.ts.next() } };
    return posted;
  }

  messages(channel?: string): PostedMessage[] {
    return [...this.posted.values()].filter((message) => channel === undefined || message.channel === channel);
  }

  saveView(view: Record<string, unknown>, previous?: Record<string, unknown>): Record<string, unknown> {
    const id = typeof previous?.id === "string" ? previous.id : this.ids.next("V0");
    const saved = {
      id,
      team_id: this.config.teamId,
      app_id: this.config.appId,
      bot_id: this.config.botId,
      blocks: [],
      private_metadata: "",
      callback_id: "",
      external_id: "",
      state: { values: {} },
      hash: this.ids.next("hash."),
      root_view_id: previous?.root_view_id ?? id,
      previous_view_id: null,
      ...view,
    };
    this.views.set(id, saved);
    return saved;
  }

  findView(viewId: unknown, externalId: unknown): Record<string, unknown> | undefined {
    if (typeof viewId === "string") return this.views.get(viewId);
    return [...this.views.values()].find((view) => externalId !== undefined && view.external_id === externalId);
  }

  private apply(posted: PostedMessage, args: ApiArgs): void {
    if (typeof args.text === "string") posted.text = args.text;
    if (args.blocks !== undefined) posted.blocks = args.blocks;
  }

  private messageObject(posted: PostedMessage): Record<string, unknown> {
    return {
      type: "message",
      user: this.config.botUserId,
      bot_id: this.config.botId,
      app_id: this.config.appId,
      team: this.config.teamId,
      ts: posted.ts,
      text: posted.text ?? "",
      ...(posted.blocks !== undefined ? { blocks: posted.blocks } : {}),
      ...(posted.threadTs ? { thread_ts: posted.threadTs } : {}),
    };
  }
}

function key(channel: string, ts: string): string {
  return `${channel}/${ts}`;
}
