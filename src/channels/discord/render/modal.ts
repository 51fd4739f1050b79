import { type APIModalInteractionResponseCallbackData, ComponentType, TextInputStyle } from "discord.js";
import type { Form, FormField } from "../../../core/reply.ts";
import { cutText } from "../../../util/cut-text.ts";
import { modalCustomId } from "./custom-ids.ts";
import { LIMITS } from "./limits.ts";

type ModalComponent = APIModalInteractionResponseCallbackData["components"][number];

/**
 * Whether Discord can show the form as a modal: five fields at most, each select with 1 to 25 options
 * whose values fit. Any other form is filled in the chat instead (see form-in-chat.ts): a select cut
 * to 25 options, or a form cut to five fields, would lose choices the member needs.
 */
export const fitsModal = (form: Form): boolean =>
  form.fields.length <= LIMITS.modalComponents &&
  form.fields.every(
    (field) =>
      field.kind !== "select" ||
      ((field.options?.length ?? 0) > 0 &&
        (field.options?.length ?? 0) <= LIMITS.selectOptions &&
        field.options!.every((option) => option.value.length <= LIMITS.optionValue)),
  );

/**
 * A form as a Discord modal: one label a field, around a text input or a select. Its custom_id names
 * the form and its action, so the submission is understood after a restart. Texts are cut to Discord's
 * limits (titles and labels 45 characters, hints 100). Call only when {@link fitsModal}.
 */
export function renderModal(form: Form, formKey: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: modalCustomId(formKey, form.actionId, `Form "${form.title}"`),
    title: cutText(form.title.trim() || form.actionId, LIMITS.modalTitle),
    components: form.fields.map(labelled),
  };
}

function labelled(field: FormField): ModalComponent {
  return {
    type: ComponentType.Label,
    label: cutText(field.label.trim() || field.name, LIMITS.labelText),
    ...(field.hint ? { description: cutText(field.hint, LIMITS.labelDescription) } : {}),
    component: field.kind === "select" ? select(field) : textInput(field),
  } as ModalComponent;
}

function textInput(field: FormField) {
  return {
    type: ComponentType.TextInput,
    custom_id: field.name,
    style: field.kind === "paragraph" ? TextInputStyle.Paragraph : TextInputStyle.Short,
    required: !field.optional,
    ...(field.initial ? { value: cutText(field.initial, LIMITS.textInputValue) } : {}),
  };
}

function select(field: FormField) {
  return {
    type: ComponentType.StringSelect,
    custom_id: field.name,
    required: !field.optional,
    min_values: field.optional ? 0 : 1,
    max_values: 1,
    options: (field.options ?? []).map((option) => ({
      label: cutText(option.label.trim() || option.value, LIMITS.optionLabel),
      value: option.value,
      ...(option.value === field.initial ? { default: true } : {}),
    })),
  };
}

/** A submitted field as discord.js gives it: a text input's value or a select's values. */
interface SubmittedField {
  customId?: string;
  value?: unknown;
  values?: readonly string[];
}

/**
 * The submitted values by field name: the typed text or the chosen option, "" for a field left empty.
 * The core checks them against the form it offered.
 */
export function readModalValues(fields: Iterable<SubmittedField>): Record<string, string> {
  return Object.fromEntries(
    [...fields].flatMap((field) =>
      field.customId
        ? [[field.customId, typeof field.value === "string" ? field.value : (field.values?.[0] ?? "")]]
        : [],
    ),
  );
}
