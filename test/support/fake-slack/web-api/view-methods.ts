import { viewProblems } from "./block-limits.ts";
import type { MethodHandler } from "./method-context.ts";
import type { ApiResult } from "./workspace.ts";

/** views.publish (App Home), views.open, views.push and views.update (modals). */
export const viewMethods: Record<string, MethodHandler> = {
  "views.publish": ({ args, config, workspace }) => {
    if (typeof args.user_id !== "string" || !config.users.has(args.user_id))
      return { ok: false, error: "user_not_found" };
    return (
      refuseView(args.view, "home") ?? { ok: true, view: workspace.saveView(args.view as Record<string, unknown>) }
    );
  },

  "views.open": ({ args, workspace }) => {
    if (typeof args.trigger_id !== "string" || args.trigger_id === "") return { ok: false, error: "invalid_arguments" };
    return (
      refuseView(args.view, "modal") ?? { ok: true, view: workspace.saveView(args.view as Record<string, unknown>) }
    );
  },

  "views.push": ({ args, workspace }) => {
    if (typeof args.trigger_id !== "string" || args.trigger_id === "") return { ok: false, error: "invalid_arguments" };
    return (
      refuseView(args.view, "modal") ?? { ok: true, view: workspace.saveView(args.view as Record<string, unknown>) }
    );
  },

  "views.update": ({ args, workspace }) => {
    const previous = workspace.findView(args.view_id, args.external_id);
    if (!previous) return { ok: false, error: "not_found" };
    return (
      refuseView(args.view, previous.type) ?? {
        ok: true,
        view: workspace.saveView(args.view as Record<string, unknown>, previous),
      }
    );
  },
};

function refuseView(view: unknown, expectedType: unknown): ApiResult | undefined {
  const problems = viewProblems(view);
  if (problems.length === 0 && (view as { type?: unknown }).type !== expectedType) {
    problems.push(`[ERROR] must be ${String(expectedType)} for this method [json-pointer:/view/type]`);
  }
  return problems.length > 0
    ? { ok: false, error: "invalid_arguments", response_metadata: { messages: problems } }
    : undefined;
}
