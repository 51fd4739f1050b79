import type { MethodHandler } from "./method-context.ts";

/** files.getUploadURLExternal and files.completeUploadExternal: the two calls around an upload. */
export const fileMethods: Record<string, MethodHandler> = {
  "files.getUploadURLExternal": ({ args, files, uploadUrl }) => {
    const length = Number(args.length);
    if (typeof args.filename !== "string" || args.filename === "") return { ok: false, error: "invalid_arguments" };
    if (!Number.isInteger(length) || length < 1) return { ok: false, error: "invalid_arguments" };
    const id = files.start(args.filename, length);
    return { ok: true, upload_url: uploadUrl(id), file_id: id };
  },

  "files.completeUploadExternal": ({ args, files, workspace }) => {
    const list = Array.isArray(args.files) ? (args.files as { id?: unknown; title?: unknown }[]) : undefined;
    if (!list?.length || list.some((f) => typeof f.id !== "string")) return { ok: false, error: "invalid_arguments" };
    const channel = workspace.resolveChannel(args.channel_id);
    if (args.channel_id !== undefined && !channel) return { ok: false, error: "channel_not_found" };
    const shared = files.complete(
      list.map((f) => ({ id: f.id as string, ...(typeof f.title === "string" ? { title: f.title } : {}) })),
      channel ?? "",
      typeof args.initial_comment === "string" ? args.initial_comment : undefined,
    );
    if (typeof shared === "string") return { ok: false, error: shared };
    return {
      ok: true,
      files: shared.map((f) => ({ id: f.id, name: f.filename, title: f.title, size: Buffer.byteLength(f.content) })),
    };
  },
};
