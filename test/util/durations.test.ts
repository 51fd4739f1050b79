import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/util/durations.ts";

describe("a length of time typed alone", () => {
  it.each([
    ["3", 180],
    ["2,5", 150],
    ["1.5", 90],
    ["2h30", 150],
    ["2 h 30", 150],
    ["90 min", 90],
    ["deux heures", 120],
    [" an hour and a half ", 90],
  ])("reads %s as %i minutes", (written, minutes) => {
    expect(parseDuration(written)).toBe(minutes);
  });

  it.each(["", "0", "environ trois", "2h30 puis 1h", "à 14h", "beaucoup", "2h30 hier soir"])(
    "refuses %j",
    (written) => {
      expect(parseDuration(written)).toBeUndefined();
    },
  );
});
