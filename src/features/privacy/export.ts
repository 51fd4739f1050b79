// « exporter mes données »: the member's data as a file, in answer to them only.
import { defineAction, noArgs } from "../../core/action-id.ts";
import { type HandlerContext, onAction } from "../../core/feature.ts";
import { exportMember } from "../../core/members/member-export.ts";
import { type Button, ephemeral, type Reply, reply, withAttachment } from "../../core/reply.ts";

/** The "export my data" button of « mes données ». */
const exportAction = defineAction("privacy:export", noArgs);

export const exportButton = (ctx: HandlerContext): Button => ({
  label: ctx.t("privacy.export.button"),
  actionId: exportAction.id(),
});

/**
 * A copy of everything the bot holds about the member asking, as a JSON file: uploaded into their
 * direct conversation where the channel carries files, shown as text elsewhere. Never anyone else's.
 */
export async function exportReply(ctx: HandlerContext): Promise<Reply> {
  const { db, clock } = ctx.services;
  const now = clock.now();
  const data = await exportMember(db, ctx.member.id, now);
  if (!data) return ephemeral(reply(ctx.t("privacy.mydata.unknownMember")));
  const filename = `${ctx.t("privacy.export.filename")}-${ctx.member.id}-${now.toISOString().slice(0, 10)}.json`;
  ctx.log.info({ memberId: ctx.member.id, tables: Object.keys(data.records).length }, "data export given");
  return ephemeral(
    withAttachment(reply(ctx.t("privacy.export.ready", { filename })), {
      filename,
      mimeType: "application/json",
      title: ctx.t("privacy.export.title"),
      content: `${JSON.stringify(data, null, 2)}\n`,
    }),
  );
}

export const exportHandler = onAction(exportAction, (ctx) => exportReply(ctx));
