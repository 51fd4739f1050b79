import type { FakeSlackUser } from "../defaults.ts";
import type { FakeSlackConfig } from "../options.ts";
import type { MethodHandler } from "./method-context.ts";

/** auth.test, apps.connections.open, users.info and conversations.open. */
export const workspaceMethods: Record<string, MethodHandler> = {
  "auth.test": ({ config }) => ({
    ok: true,
    url: `https://${config.teamDomain}.slack.com/`,
    team: config.teamName,
    user: config.users.get(config.botUserId)?.name ?? "bot",
    team_id: config.teamId,
    user_id: config.botUserId,
    bot_id: config.botId,
    is_enterprise_install: false,
  }),

  "apps.connections.open": ({ issueSocketUrl }) => ({ ok: true, url: issueSocketUrl() }),

  "users.info": ({ args, config }) => {
    const user = typeof args.user === "string" ? config.users.get(args.user) : undefined;
    return user ? { ok: true, user: userObject(user, config) } : { ok: false, error: "user_not_found" };
  },

  "conversations.open": ({ args, config, workspace }) => {
    const users = typeof args.users === "string" ? args.users.split(",").map((id) => id.trim()) : [];
    if (typeof args.channel === "string")
      return { ok: true, channel: { id: args.channel }, no_op: true, already_open: true };
    if (users.length === 0) return { ok: false, error: "users_list_not_supplied" };
    if (users.some((id) => !config.users.has(id))) return { ok: false, error: "user_not_found" };
    if (users.length > 1)
      return {
        ok: true,
        channel: {
          id: `G${users
            .map((id) => id.slice(1))
            .sort()
            .join("")}`,
        },
      };
    const dm = workspace.openDm(users[0]!);
    return { ok: true, channel: { id: dm.id }, ...(dm.alreadyOpen ? { no_op: true, already_open: true } : {}) };
  },
};

function userObject(user: FakeSlackUser, config: FakeSlackConfig): Record<string, unknown> {
  const email = config.scopes.has("users:read.email") ? user.email : undefined;
  return {
    id: user.id,
    team_id: config.teamId,
    name: user.name,
    real_name: user.realName,
    deleted: user.deleted ?? false,
    is_bot: user.isBot ?? false,
    tz: user.tz ?? "Europe/Paris",
    profile: {
      real_name: user.realName,
      display_name: user.displayName ?? "",
      ...(email ? { email } : {}),
      team: config.teamId,
    },
  };
}
