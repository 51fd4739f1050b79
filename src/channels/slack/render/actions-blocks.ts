import type { types } from "@slack/bolt";
import { formKey } from "../../../core/form-key.ts";
import { toPlainText } from "../../../core/markdown.ts";
import type { Button, Confirmation, LinkButton } from "../../../core/reply.ts";
import { LIMITS, plainText } from "./limits.ts";

/** `action_id` prefix of a button that sends its typed action id (in `value`). */
export const ACTION_BUTTON = "bot";
/** `action_id` prefix of a button that opens a form (its key in `value`, see {@link formKey}). */
export const FORM_BUTTON = "form";
/** `action_id` prefix of a button that opens a web page: Slack still tells the app of the click, which is only acknowledged. */
export const LINK_BUTTON = "link";

/**
 * Buttons as `actions` blocks of at most 25 buttons. Slack wants every `action_id` unique in a
 * message (or view), so it is `bot:<n>` / `form:<n>` numbered from `first`; what the button does
 * travels in `value`.
 */
export function actionsBlocks(
  buttons: readonly Button[],
  first = 0,
  links: readonly LinkButton[] = [],
): types.ActionsBlock[] {
  const elements = [
    ...buttons.map((button, i) => buttonElement(button, first + i)),
    ...links.map(
      (link, i): types.Button => ({
        type: "button",
        action_id: `${LINK_BUTTON}:${first + buttons.length + i}`,
        text: plainText(link.label, LIMITS.buttonText),
        url: link.url,
      }),
    ),
  ];
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.actionsElements) {
    blocks.push({ type: "actions", elements: elements.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}

function buttonElement(button: Button, index: number): types.Button {
  const value = button.opensForm ? formKey(button.opensForm) : button.actionId;
  // Cutting an action id would send another action: a definition bug, refused loudly.
  if (value.length > LIMITS.buttonValue)
    throw new Error(`Button "${button.label}": its action id is longer than ${LIMITS.buttonValue} characters.`);
  return {
    type: "button",
    action_id: `${button.opensForm ? FORM_BUTTON : ACTION_BUTTON}:${index}`,
    text: plainText(button.label, LIMITS.buttonText),
    value,
    ...(button.style ? { style: button.style } : {}),
    ...(button.confirm ? { confirm: confirmation(button.confirm, button.style === "danger") } : {}),
  };
}

/** Slack's confirmation dialog; its text is plain (a dialog shows no formatting anyway). */
function confirmation(confirm: Confirmation, danger: boolean): types.ConfirmationDialog {
  return {
    title: plainText(confirm.title, LIMITS.confirmTitle),
    text: plainText(toPlainText(confirm.text), LIMITS.confirmText),
    confirm: plainText(confirm.confirm, LIMITS.confirmButton),
    deny: plainText(confirm.deny, LIMITS.confirmButton),
    ...(danger ? { style: "danger" as const } : {}),
  };
}
