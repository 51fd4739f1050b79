// The buttons of meetings: RSVP, proxy, agenda items, the meeting form.
import { type ActionCodec, defineAction, idArg, noArgs } from "../../../core/action-id.ts";

export type Answer = "present" | "absent";
const ANSWERS: readonly Answer[] = ["present", "absent"];
const NUMBER = /^\d{1,12}$/;

const pair = <K extends string>(second: K): ActionCodec<{ meetingId: number } & Record<K, number>> => ({
  encode: (args) => [String(args.meetingId), String(args[second])],
  decode: ([a, b, ...rest]) =>
    rest.length || !a || !b || !NUMBER.test(a) || !NUMBER.test(b)
      ? undefined
      : ({ meetingId: Number(a), [second]: Number(b) } as { meetingId: number } & Record<K, number>),
});

const answerCodec: ActionCodec<{ meetingId: number; answer: Answer }> = {
  encode: ({ meetingId, answer }) => [String(meetingId), answer],
  decode: ([id, answer, ...rest]) =>
    rest.length || !id || !NUMBER.test(id) || !ANSWERS.includes(answer as Answer)
      ? undefined
      : { meetingId: Number(id), answer: answer as Answer },
};

export const rsvpAction = defineAction("governance:rsvp", answerCodec);
/** « Pouvoir donné à… »: shows the members one may give a proxy to. */
export const proxyAction = defineAction("governance:proxy", idArg);
export const proxyToAction = defineAction("governance:proxy-to", pair("memberId"));
export const proposeItemForm = defineAction("governance:propose", idArg);
export const acceptItemAction = defineAction("governance:item-accept", idArg);
export const declineItemAction = defineAction("governance:item-decline", idArg);
export const meetingForm = defineAction("governance:meeting-form", noArgs);
