import { describe, expect, it } from "vitest";
import { defineAction, idArg } from "../../src/core/action-id.ts";
import type { Feature } from "../../src/core/feature.ts";
import { FeatureRegistry } from "../../src/core/registry.ts";

const feature = (name: string, ...intents: string[]): Feature => ({
  name,
  intents: Object.fromEntries(intents.map((i) => [i, { run: () => [] }])),
});

describe("the feature registry", () => {
  it("lists the intents the features handle: the only ones trained", () => {
    const registry = new FeatureRegistry([
      feature("basics", "greeting", "help"),
      feature("missions", "missions.browse"),
      { name: "jobs" },
    ]);
    expect(registry.handledIntents()).toEqual(["greeting", "help", "missions.browse"]);
  });

  it("refuses two features claiming the same intent, action, command or job kind, naming both", () => {
    expect(() => new FeatureRegistry([feature("basics", "help"), feature("other", "help")])).toThrow(
      /"help" is registered by both basics and other/,
    );
    const accept = defineAction("missions:accept", idArg);
    const withAction = (name: string): Feature => ({ name, actions: [{ action: accept, run: () => [] }] });
    expect(() => new FeatureRegistry([withAction("a"), withAction("b")])).toThrow(
      /Action "missions:accept" .* a and b/,
    );
    const withCommand = (name: string, alias: string): Feature => ({
      name,
      commands: [{ name: `${name}-cmd`, aliases: [alias], description: "test.command", run: () => [] }],
    });
    expect(() => new FeatureRegistry([withCommand("a", "go"), withCommand("b", "go")])).toThrow(/Command "go"/);
  });

  it("requires dialogue steps to carry their feature's name", () => {
    expect(
      () => new FeatureRegistry([{ name: "orientation", steps: { commune: { accepts: {}, run: () => [] } } }]),
    ).toThrow(/must be prefixed with "orientation\."/);
  });

  it("installs the core's own jobs before any feature", () => {
    expect(new FeatureRegistry([]).jobKinds().map((k) => k.kind)).toEqual(["core.deliver", "core.maintenance"]);
  });
});
