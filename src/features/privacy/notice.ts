import type { HandlerContext } from "../../core/feature.ts";
import type { PrivacyFinding } from "../../core/privacy-port.ts";
import { ephemeral, type Reply, reply } from "../../core/reply.ts";

/** The `ConversationNotice` kind of the patient-data notice. */
export const PATIENT_DATA_NOTICE = "privacy.patient-data";

/**
 * Records that the member was told `kind` in this conversation (thread, when there is one).
 * Returns false when they already were: the notice is shown once per conversation.
 */
async function markNoticeShown(ctx: HandlerContext, kind: string): Promise<boolean> {
  const { conversation } = ctx.event;
  const key = {
    channel: conversation.channel,
    workspaceId: conversation.workspaceId,
    conversationId: conversation.threadId ?? conversation.conversationId,
    memberId: ctx.member.id,
    kind,
  };
  const shown = await ctx.services.db.conversationNotice.findUnique({
    where: { channel_workspaceId_conversationId_memberId_kind: key },
    select: { id: true },
  });
  if (shown) return false;
  try {
    await ctx.services.db.conversationNotice.create({ data: key });
    return true;
  } catch (error) {
    // Two messages of the same conversation raced: the other one shows the notice.
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/**
 * Tells the sender, once per conversation, that patient data has no place here and where it goes
 * instead (MSSanté, a phone call). Shown only to them; the message itself was handled redacted.
 */
export async function patientDataNotice(ctx: HandlerContext, findings: PrivacyFinding[]): Promise<Reply | undefined> {
  if (!(await markNoticeShown(ctx, PATIENT_DATA_NOTICE))) return undefined;
  const kinds = [...new Set(findings.map((f) => f.kind))];
  const found = new Intl.ListFormat(ctx.locale, { type: "conjunction" }).format(
    kinds.map((kind) => ctx.t(`privacy.found.${kind}`)),
  );
  ctx.log.debug({ kinds }, "privacy notice shown");
  return ephemeral(reply(ctx.t("privacy.notice", { found, count: kinds.length })));
}
