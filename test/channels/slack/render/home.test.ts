import type { types } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { renderHome } from "../../../../src/channels/slack/render/home.ts";
import { reply, withButtons } from "../../../../src/core/reply.ts";
import { blockKitViolations } from "./block-kit-rules.ts";

describe("renderHome", () => {
  it("shows every reply, a divider between two, under an optional header", () => {
    const view = renderHome([reply("**Vos missions**"), reply("Aucune demande en cours")], "Réseau Santé & Soins");
    expect(view).toEqual({
      type: "home",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "Réseau Santé & Soins", emoji: true } },
        { type: "section", text: { type: "mrkdwn", text: "*Vos missions*", verbatim: true } },
        { type: "divider" },
        { type: "section", text: { type: "mrkdwn", text: "Aucune demande en cours", verbatim: true } },
      ],
    });
    expect(renderHome([]).blocks).toEqual([]);
  });

  it("numbers buttons across replies so that action ids stay unique in the view", () => {
    const view = renderHome([
      withButtons(reply("Mission 12"), { label: "Accepter", actionId: "missions:accept:12" }),
      withButtons(
        reply("Mission 13"),
        { label: "Accepter", actionId: "missions:accept:13" },
        { label: "Refuser", actionId: "missions:decline:13" },
      ),
    ]);
    const buttons = view.blocks
      .filter((b) => b.type === "actions")
      .flatMap((b) => (b as types.ActionsBlock).elements as types.Button[]);
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ["bot:0", "missions:accept:12"],
      ["bot:1", "missions:accept:13"],
      ["bot:2", "missions:decline:13"],
    ]);
  });

  it("keeps 99 blocks and a … line out of more than 100", () => {
    const view = renderHome(Array.from({ length: 80 }, (_, i) => reply(`Mission ${i}`)));
    expect(view.blocks).toHaveLength(100);
    expect(view.blocks[99]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "…", verbatim: true }] });
    expect(blockKitViolations(view.blocks, 100)).toEqual([]);
  });
});
