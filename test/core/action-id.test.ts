import { describe, expect, it } from "vitest";
import { actionName, defineAction, idArg, noArgs, tokenArg } from "../../src/core/action-id.ts";

describe("typed action ids", () => {
  const accept = defineAction("missions:accept", idArg);
  const refresh = defineAction("home:refresh", noArgs);
  const choose = defineAction("core:choose", tokenArg);

  it("round-trips arguments through the id put on a button", () => {
    expect(accept.id(42)).toBe("missions:accept:42");
    expect(accept.parse("missions:accept:42")).toEqual({ args: 42 });
    expect(refresh.parse(refresh.id())).toBeDefined();
    expect(choose.parse(choose.id("orientation.resource"))).toEqual({ args: "orientation.resource" });
  });

  it("rejects ids of other actions and malformed arguments instead of guessing", () => {
    expect(accept.parse("missions:decline:42")).toBeUndefined();
    expect(accept.parse("missions:accept:abc")).toBeUndefined();
    expect(accept.parse("missions:accept:42:7")).toBeUndefined();
    expect(accept.parse("missions:accept")).toBeUndefined();
    expect(refresh.parse("home:refresh:1")).toBeUndefined();
    expect(actionName("missions:accept:42")).toBe("missions:accept");
  });

  it("refuses names and ids a platform could not carry", () => {
    expect(() => defineAction("accept", idArg)).toThrow(/feature:verb/);
    expect(() => choose.id("a".repeat(100))).toThrow(/longer than 100/);
  });
});
