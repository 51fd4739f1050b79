// « mes compétences : soins palliatifs », « pas de message avant 9h »: the profile changed as the member
// wrote it, what changed said, the profile shown; what could not be read is asked back with buttons.
import type { HandlerContext, MessageContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { type Button, ephemeral, type Reply, reply, withButtons } from "../../core/reply.ts";
import { addValue, openSection } from "./actions.ts";
import { editForMember, profileOrGone } from "./edit-for-member.ts";
import { outcomeLines, valueLabel } from "./outcome-text.ts";
import { profileCard } from "./profile-card.ts";
import { isEmptyEdit } from "./profile-edit.ts";
import type { ProfileRequest, RequestReader } from "./read-request.ts";

export async function updateFromText(ctx: MessageContext, reader: RequestReader): Promise<Reply[]> {
  const profile = await profileOrGone(ctx);
  if ("blocks" in profile) return [profile];
  const request = reader.read(ctx.text, ctx.nlu.entities.commune ?? [], profile);
  const email = request.email ? [ephemeral(reply(ctx.t("profile.email")))] : [];
  if (isEmptyEdit(request.edit)) {
    // « dispo pour la mission 3 » reads as availability until missions have their own intent.
    const nothing = ctx.nlu.entities.missionNumber?.length ? "profile.mission" : "profile.nothing";
    const lead = request.unknown.length || request.email ? [] : [ctx.t(nothing)];
    return [...email, ...questions(ctx, request), profileCard(ctx, profile, lead)];
  }
  const edited = await editForMember(ctx, request.edit);
  if (!edited.ok) return [...email, edited.reply, profileCard(ctx, profile)];
  const { ctx: after, outcome } = edited;
  const lead = [after.t("profile.done"), ...outcomeLines(after, outcome)];
  return [...email, profileCard(after, outcome.profile, lead), ...questions(after, request)];
}

/** Values not understood, and values taken as skills that may have been motivations: buttons to say which. */
function questions(ctx: HandlerContext, request: ProfileRequest): Reply[] {
  const suggestion = (part: "skill" | "motivation", key: string): Button => ({
    label: ctx.t("profile.button.suggestion", { part, value: valueLabel(ctx, part, key) }),
    actionId: addValue.id({ part, key, page: 0 }),
  });
  const unknown = request.unknown.map(({ written, suggestions }) => {
    const shown = escapeMarkdown(written);
    if (suggestions.length)
      return ephemeral(
        withButtons(
          reply(ctx.t("profile.unknown.suggest", { written: shown })),
          ...suggestions.map((s) => suggestion(s.part, s.key)),
        ),
      );
    return ephemeral(
      withButtons(
        reply(ctx.t("profile.unknown.none", { written: shown })),
        { label: ctx.t("profile.button.skills"), actionId: openSection.id({ section: "skills", page: 0 }) },
        { label: ctx.t("profile.button.motivations"), actionId: openSection.id({ section: "motivations", page: 0 }) },
      ),
    );
  });
  const also = request.alsoMotivations.length
    ? [
        ephemeral(
          withButtons(
            reply(
              ctx.t("profile.alsoMotivation", {
                values: request.alsoMotivations.map((k) => valueLabel(ctx, "motivation", k)).join(", "),
              }),
            ),
            ...request.alsoMotivations.map((key) => suggestion("motivation", key)),
          ),
        ),
      ]
    : [];
  return [...unknown, ...also];
}
