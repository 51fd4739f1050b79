import { describe, expect, it } from "vitest";
import { quietHoursAfter } from "../../../src/features/profile/profile-edit.ts";

const NETWORK = { start: "21:00", end: "08:00" };

describe("the quiet hours a change leaves", () => {
  it.each([
    ["one bound, none held: the other from the network", { end: "09:00" }, null, { start: "21:00", end: "09:00" }],
    [
      "one bound, some held: the member's other bound",
      { end: "09:00" },
      { start: "22:00", end: "07:00" },
      { start: "22:00", end: "09:00" },
    ],
    ["the start only", { start: "20:30" }, { start: "22:00", end: "07:00" }, { start: "20:30", end: "07:00" }],
    ["both bounds, within a day", { start: "12:00", end: "14:00" }, null, { start: "12:00", end: "14:00" }],
    ["none", null, { start: "22:00", end: "07:00" }, null],
    ["a start equal to the end kept", { start: "08:00" }, null, "empty"],
  ] as const)("%s", (_case, asked, held, expected) => {
    expect(quietHoursAfter(asked, held, NETWORK)).toEqual(expected);
  });
});
