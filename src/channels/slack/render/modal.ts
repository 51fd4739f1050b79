import type { types, ViewOutput } from "@slack/bolt";
import type { Form, FormField } from "../../../core/reply.ts";
import { cutText } from "../../../util/cut-text.ts";
import { LIMITS, plainText } from "./limits.ts";

/** `callback_id` of the modals that render forms: the adapter's `app.view(...)` listens to it. */
export const FORM_CALLBACK_ID = "bot-form";
/** `action_id` of every field's input; the field's name is its `block_id`. */
const FIELD_ACTION_ID = "value";

/** What Slack gives back on submission: `view.state.values`. */
export type ModalStateValues = ViewOutput["state"]["values"];

/**
 * A form as a Slack modal: one input block per field. `privateMetadata` comes back with the
 * submission (the adapter keeps there what it needs to answer). Texts are cut to Slack's limits.
 * A select shows its first 100 options only (Slack's limit): a longer list belongs in a text field
 * or a search, not a menu.
 *
 * Throws on what would change the meaning of the form if it were cut: metadata longer than 3,000
 * characters, more than 100 fields, two fields with one name, a select without options, an option
 * value longer than 150 characters.
 */
export function renderModal(form: Form, privateMetadata: string, closeLabel = "Annuler"): types.ModalView {
  if (privateMetadata.length > LIMITS.privateMetadata) {
    throw new Error(
      `Form "${form.actionId}": private_metadata is ${privateMetadata.length} characters, Slack keeps ${LIMITS.privateMetadata}.`,
    );
  }
  if (form.fields.length > LIMITS.modalBlocks)
    throw new Error(`Form "${form.actionId}" has more than ${LIMITS.modalBlocks} fields.`);
  const names = new Set(form.fields.map((f) => f.name));
  if (names.size !== form.fields.length) throw new Error(`Form "${form.actionId}" has two fields with the same name.`);
  return {
    type: "modal",
    callback_id: FORM_CALLBACK_ID,
    title: plainText(form.title, LIMITS.modalTitle),
    submit: plainText(form.submitLabel, LIMITS.modalButton),
    close: plainText(closeLabel, LIMITS.modalButton),
    private_metadata: privateMetadata,
    blocks: form.fields.map((field) => inputBlock(form, field)),
  };
}

function inputBlock(form: Form, field: FormField): types.InputBlock {
  return {
    type: "input",
    block_id: field.name,
    label: plainText(field.label, LIMITS.inputLabel),
    optional: field.optional ?? false,
    ...(field.hint ? { hint: plainText(field.hint, LIMITS.inputHint) } : {}),
    element: field.kind === "select" ? selectElement(form, field) : textElement(field),
  };
}

function textElement(field: FormField): types.PlainTextInput {
  return {
    type: "plain_text_input",
    action_id: FIELD_ACTION_ID,
    multiline: field.kind === "paragraph",
    ...(field.initial ? { initial_value: cutText(field.initial, LIMITS.inputValue) } : {}),
  };
}

function selectElement(form: Form, field: FormField): types.StaticSelect {
  const options = (field.options ?? []).slice(0, LIMITS.selectOptions).map((option): types.PlainTextOption => {
    if (option.value.length > LIMITS.optionValue) {
      throw new Error(
        `Form "${form.actionId}", field "${field.name}": option value longer than ${LIMITS.optionValue} characters.`,
      );
    }
    return { text: plainText(option.label, LIMITS.optionText), value: option.value };
  });
  if (!options.length) throw new Error(`Form "${form.actionId}", field "${field.name}": a select needs options.`);
  const initial = options.find((option) => option.value === field.initial);
  return {
    type: "static_select",
    action_id: FIELD_ACTION_ID,
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

/**
 * The submitted values by field name: the chosen option's value or the typed text, "" for a field left
 * empty. The core checks them against the form it offered (a select value that is not one of its
 * options reads as "").
 */
export function readModalValues(values: ModalStateValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([field, inputs]) => {
      const state = inputs[FIELD_ACTION_ID];
      return [field, state?.selected_option?.value ?? state?.value ?? ""];
    }),
  );
}
