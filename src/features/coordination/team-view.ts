import type { HandlerContext } from "../../core/feature.ts";
import type { Translate } from "../../core/i18n.ts";
import type { Locale } from "../../core/locale.ts";
import { type MemberProfile, professionKey } from "../../core/members/member-profile.ts";
import { fields, type Reply, reply, withButtons } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";
import { formatDateTime } from "../../util/time.ts";
import { claimRequest } from "./actions.ts";
import { describeRequest } from "./request-form.ts";
import type { Request } from "./requests.ts";

/** A new request as the coordination team receives it, with the button to take it. */
export function newRequestForTeam(
  services: Services,
  t: Translate,
  locale: Locale,
  request: Request,
  requester: Pick<MemberProfile, "displayName" | "profession">,
): Reply {
  const expected = formatDateTime(request.expectedBy ?? request.createdAt, locale, services.config.timezone);
  const profession = t(professionKey(requester.profession));
  return withButtons(
    reply(
      t("coordination.team.new", { id: request.id, requester: requester.displayName, profession }),
      fields(...describeRequest(t, services.territory, request), {
        label: t("coordination.field.expected"),
        value: expected,
      }),
    ),
    { label: t("coordination.button.claim"), actionId: claimRequest.id(request.id), style: "primary" },
  );
}

/** One line per request, for `/demandes` and the home. */
export function requestLine(ctx: HandlerContext, request: Request, assignee: string | undefined): string {
  const { t, services } = ctx;
  return t("coordination.team.list.item", {
    id: request.id,
    need: t(`coordination.need.${request.needType ?? "other"}`),
    commune: request.communeCode ? services.territory.nameOf(request.communeCode) : t("coordination.commune.none"),
    urgency: t(`coordination.urgency.${request.urgency}`),
    status:
      request.status === "claimed"
        ? t("coordination.status.claimed", { assignee: assignee ?? "?" })
        : t(request.status === "answered" ? "coordination.status.answered" : "coordination.status.open"),
  });
}
