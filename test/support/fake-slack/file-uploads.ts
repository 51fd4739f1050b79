import type { IncomingMessage, ServerResponse } from "node:http";
import type { Changes } from "../changes.ts";
import type { IdSequence } from "./ids.ts";

/** A file the bot shared: uploaded to its URL, then completed into a conversation. */
export interface SharedFile {
  id: string;
  channel: string;
  filename: string;
  title: string;
  /** The uploaded bytes, read as UTF-8. */
  content: string;
  initialComment?: string;
}

interface Upload {
  id: string;
  filename: string;
  length: number;
  content?: Buffer;
}

const MAX_UPLOAD_BYTES = 10_000_000;

/**
 * Slack's file upload in three steps, as `files.uploadV2` does it: `files.getUploadURLExternal` gives
 * an upload URL on the fake and a file id, the bytes are POSTed there (multipart, as the WebClient
 * sends them), and `files.completeUploadExternal` shares the file in a conversation.
 */
export class FileUploads {
  private readonly uploads = new Map<string, Upload>();
  private readonly shared: SharedFile[] = [];

  constructor(
    private readonly ids: IdSequence,
    private readonly changes: Changes,
  ) {}

  static path(id: string): string {
    return `/upload/${encodeURIComponent(id)}`;
  }

  /** A new upload: its file id. */
  start(filename: string, length: number): string {
    const id = this.ids.next("F0");
    this.uploads.set(id, { id, filename, length });
    return id;
  }

  /** Serves the POST of the bytes to an upload URL. */
  async serve(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const upload = this.uploads.get(id);
    const body = await readBytes(req);
    if (!upload || body === undefined) {
      res.writeHead(404).end("not found");
      return;
    }
    upload.content = await fileOf(body, req.headers["content-type"]);
    res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${upload.content.length}`);
  }

  /** Shares uploaded files in a channel; the error Slack would give when one is unknown or not uploaded. */
  complete(
    ids: readonly { id: string; title?: string }[],
    channel: string,
    initialComment: string | undefined,
  ): SharedFile[] | "file_not_found" | "file_upload_incomplete" {
    const found = ids.map(({ id, title }) => ({ upload: this.uploads.get(id), title }));
    if (found.some(({ upload }) => !upload)) return "file_not_found";
    if (found.some(({ upload }) => !upload!.content)) return "file_upload_incomplete";
    const files = found.map(({ upload, title }) => ({
      id: upload!.id,
      channel,
      filename: upload!.filename,
      title: title ?? upload!.filename,
      content: upload!.content!.toString("utf8"),
      ...(initialComment ? { initialComment } : {}),
    }));
    for (const { id } of ids) this.uploads.delete(id);
    this.shared.push(...files);
    this.changes.notify();
    return files;
  }

  files(channel?: string): SharedFile[] {
    return this.shared.filter((file) => channel === undefined || file.channel === channel);
  }
}

async function readBytes(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The file of a multipart body (the WebClient's way), or the raw body. */
async function fileOf(body: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith("multipart/form-data")) return body;
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  for (const value of form.values()) {
    if (typeof value !== "string") return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}
