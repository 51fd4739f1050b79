import type { Button, Confirmation, Reply } from "../../core/reply.ts";

/** How many confirmations are remembered: those of the latest messages, the others fall back to generic texts. */
const KEPT = 1000;

/**
 * Discord buttons have no confirmation dialog: a button that asks for one posts an ephemeral question
 * with "yes" (the action itself) and "no". Its texts are remembered here when the button is posted;
 * after a restart, or for a message too old, the channel asks with generic texts and the button's label.
 */
export class Confirmations {
  private readonly byAction = new Map<string, { confirm: Confirmation; style: Button["style"] }>();

  remember(replies: readonly Reply[]): void {
    for (const button of replies.flatMap((r) => r.buttons ?? [])) {
      if (!button.confirm || button.opensForm) continue;
      this.byAction.delete(button.actionId);
      this.byAction.set(button.actionId, { confirm: button.confirm, style: button.style });
      if (this.byAction.size > KEPT) this.byAction.delete(this.byAction.keys().next().value!);
    }
  }

  find(actionId: string): { confirm: Confirmation; style: Button["style"] } | undefined {
    return this.byAction.get(actionId);
  }
}
