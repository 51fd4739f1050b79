// The quorum of a meeting from its answers: members present, and proxies held by members present (within the
// statutes' cap per holder), against the share of the convened voting members the statutes require.
import type { MeetingRules } from "../config/association-file.ts";

export interface AttendanceAnswer {
  memberId: number;
  answer: "present" | "absent" | "proxy";
  proxyToId: number | null;
}

export interface Quorum {
  convened: number;
  required: number;
  present: number;
  /** Proxies that count: given to a member who answered present, within the cap. */
  represented: number;
  reached: boolean;
  /** Answers not (yet) given. */
  unanswered: number;
}

export function quorumOf(
  rules: MeetingRules,
  votingIds: readonly number[],
  answers: readonly AttendanceAnswer[],
): Quorum {
  const voting = new Set(votingIds);
  const counted = answers.filter((a) => voting.has(a.memberId));
  const present = new Set(counted.filter((a) => a.answer === "present").map((a) => a.memberId));
  const held = new Map<number, number>();
  let represented = 0;
  if (rules.proxies.allowed) {
    for (const proxy of counted.filter((a) => a.answer === "proxy" && a.proxyToId !== null)) {
      const holder = proxy.proxyToId!;
      const already = held.get(holder) ?? 0;
      if (!present.has(holder) || already >= (rules.proxies.maxPerHolder ?? Number.POSITIVE_INFINITY)) continue;
      held.set(holder, already + 1);
      represented++;
    }
  }
  const required = Math.ceil(voting.size * rules.quorum);
  return {
    convened: voting.size,
    required,
    present: present.size,
    represented,
    reached: present.size + represented >= required,
    unanswered: voting.size - counted.length,
  };
}
