import { type ActionCodec, defineAction, tokenArg } from "../../core/action-id.ts";

/** The member answers "your profession?" or "where do you practise?" with a button. */
export const chooseProfession = defineAction("onboarding:profession", tokenArg);
export const chooseCommune = defineAction("onboarding:commune", tokenArg);

/** How the team may welcome a newcomer: as a member of the network, or also as a volunteer. */
const APPROVALS = ["member", "volunteer"] as const;
export type Approval = (typeof APPROVALS)[number];

const approvalCodec: ActionCodec<{ memberId: number; as: Approval }> = {
  encode: ({ memberId, as }) => [String(memberId), as],
  decode: ([id, as, ...rest]) => {
    if (rest.length || !id || !/^\d{1,12}$/.test(id) || !APPROVALS.includes(as as Approval)) return undefined;
    return { memberId: Number(id), as: as as Approval };
  },
};

/** A coordinator approves a newcomer from the team's notice. */
export const approveMember = defineAction("onboarding:approve", approvalCodec);
