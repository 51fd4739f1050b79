import { describe, expect, it } from "vitest";
import { declineReasonIn } from "../../../src/features/missions/commitments/decline-reason.ts";

const PARIS = "Europe/Paris";

describe("the reason of a « non », in the volunteer's words", () => {
  it.each([
    ["non merci pour la mission 3, trop loin", "too_far"],
    ["la mission 4 c'est pas mon domaine", "not_my_field"],
    ["non, je suis débordée en ce moment", "too_busy"],
    ["désolé, trop en ce moment pour la mission 2", "too_busy"],
    ["non merci, pas dispo ce jour-là", "unavailable"],
    ["sorry, mission 5 is too far for me", "too_far"],
    ["no thanks, not available that day", "unavailable"],
    ["pas dispo et trop loin de toute façon", "too_far"],
  ])("reads « %s » as %s", (text, reason) => {
    expect(declineReasonIn(text, undefined, PARIS)).toEqual({ reason });
  });

  it("says none when the message gives no reason", () => {
    expect(declineReasonIn("non merci pour la mission 3", undefined, PARIS)).toBeUndefined();
  });

  it("pauses until the day named after « jusqu'au », from its start in the network's zone", () => {
    expect(declineReasonIn("pas dispo jusqu'au 15 janvier", "2027-01-15", PARIS)).toEqual({
      reason: "unavailable",
      until: new Date("2027-01-14T23:00:00Z"),
    });
    // A date that is not when they are free again (« pas dispo le 15 ») pauses nothing.
    expect(declineReasonIn("pas dispo le 15 janvier", "2027-01-15", PARIS)).toEqual({ reason: "unavailable" });
  });
});
