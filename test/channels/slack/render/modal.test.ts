import { describe, expect, it } from "vitest";
import { type ModalStateValues, readModalValues, renderModal } from "../../../../src/channels/slack/render/modal.ts";
import { formKey } from "../../../../src/core/form-key.ts";
import type { Form, FormField } from "../../../../src/core/reply.ts";

const plain = (text: string) => ({ type: "plain_text", text, emoji: true });

const urgency: FormField = {
  name: "urgency",
  label: "Urgence",
  kind: "select",
  initial: "routine",
  options: [
    { value: "same_day", label: "Aujourd'hui" },
    { value: "routine", label: "Pas urgent" },
  ],
};
const form: Form = {
  actionId: "coordination:request",
  title: "Demande de coordination",
  submitLabel: "Envoyer",
  fields: [
    { name: "summary", label: "Situation", kind: "paragraph", hint: "Sans nom du patient." },
    urgency,
    { name: "phone", label: "Téléphone", kind: "text", optional: true, initial: "02 97 00 00 00" },
  ],
};

describe("renderModal", () => {
  const view = renderModal(form, '{"channel":"C1"}');

  it("is a bot-form modal with its title, buttons and metadata", () => {
    expect(view).toMatchObject({
      type: "modal",
      callback_id: "bot-form",
      title: plain("Demande de coordination"),
      submit: plain("Envoyer"),
      close: plain("Annuler"),
      private_metadata: '{"channel":"C1"}',
    });
    expect(renderModal(form, "", "Cancel").close).toEqual(plain("Cancel"));
  });

  it("has one input block per field, named after it", () => {
    expect(view.blocks).toEqual([
      {
        type: "input",
        block_id: "summary",
        label: plain("Situation"),
        optional: false,
        hint: plain("Sans nom du patient."),
        element: { type: "plain_text_input", action_id: "value", multiline: true },
      },
      {
        type: "input",
        block_id: "urgency",
        label: plain("Urgence"),
        optional: false,
        element: {
          type: "static_select",
          action_id: "value",
          options: [
            { text: plain("Aujourd'hui"), value: "same_day" },
            { text: plain("Pas urgent"), value: "routine" },
          ],
          initial_option: { text: plain("Pas urgent"), value: "routine" },
        },
      },
      {
        type: "input",
        block_id: "phone",
        label: plain("Téléphone"),
        optional: true,
        element: { type: "plain_text_input", action_id: "value", multiline: false, initial_value: "02 97 00 00 00" },
      },
    ]);
  });

  it.each([
    [
      "the title",
      { title: "Demande de coordination urgente" },
      (v: ReturnType<typeof renderModal>) => v.title.text,
      24,
    ],
    [
      "the submit label",
      { submitLabel: "Envoyer la demande maintenant" },
      (v: ReturnType<typeof renderModal>) => v.submit!.text,
      24,
    ],
    [
      "an option's label",
      { fields: [{ ...urgency, options: [{ value: "x", label: "Une option au libellé bien trop long ".repeat(3) }] }] },
      (v: ReturnType<typeof renderModal>) => JSON.stringify(v.blocks[0]).match(/"text":"(Une option[^"]*)"/)![1]!,
      75,
    ],
  ])("cuts %s to Slack's limit with …", (_name, change, read, max) => {
    const shown = read(renderModal({ ...form, ...change }, ""));
    expect(shown.length).toBeLessThanOrEqual(max);
    expect(shown.length).toBeGreaterThan(max - 3);
    expect(shown.endsWith("…")).toBe(true);
  });

  it("shows the first 100 options of a long select, and no initial option beyond them", () => {
    const options = Array.from({ length: 130 }, (_, i) => ({ value: `c${i}`, label: `Commune ${i}` }));
    const [block] = renderModal({ ...form, fields: [{ ...urgency, options, initial: "c120" }] }, "").blocks;
    const element = (block as { element: { options: unknown[]; initial_option?: unknown } }).element;
    expect(element.options).toHaveLength(100);
    expect(element.initial_option).toBeUndefined();
  });

  it.each<[string, () => unknown, RegExp]>([
    [
      "metadata longer than 3,000 characters",
      () => renderModal(form, "x".repeat(3001)),
      /private_metadata is 3001 characters/,
    ],
    [
      "a select without options",
      () => renderModal({ ...form, fields: [{ ...urgency, options: [] }] }, ""),
      /needs options/,
    ],
    ["two fields with one name", () => renderModal({ ...form, fields: [urgency, urgency] }, ""), /same name/],
    [
      "more than 100 fields",
      () =>
        renderModal({ ...form, fields: Array.from({ length: 101 }, (_, i) => ({ ...urgency, name: `f${i}` })) }, ""),
      /more than 100/,
    ],
  ])("refuses %s", (_name, render, error) => {
    expect(render).toThrow(error);
  });
});

describe("readModalValues", () => {
  const state = (values: Record<string, object>): ModalStateValues =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value: { type: "x", ...value } }]));

  it("reads the typed texts and the chosen options by field name", () => {
    const values = state({
      summary: { value: "Sortie d'hôpital" },
      urgency: { selected_option: { value: "same_day" } },
      phone: { value: "06" },
    });
    expect(readModalValues(values)).toEqual({ summary: "Sortie d'hôpital", urgency: "same_day", phone: "06" });
  });

  it("reads an empty field as an empty string (the core checks the values against the form it offered)", () => {
    expect(readModalValues(state({ summary: { value: null }, urgency: { selected_option: null } }))).toEqual({
      summary: "",
      urgency: "",
    });
  });
});

describe("formKey", () => {
  it("is short, stable, and the same whatever the order of the properties", () => {
    const reordered: Form = {
      fields: form.fields,
      submitLabel: form.submitLabel,
      title: form.title,
      actionId: form.actionId,
    };
    expect(formKey(form)).toMatch(/^[\w-]{24}$/);
    expect(formKey(reordered)).toBe(formKey(form));
  });

  it("differs when the form differs", () => {
    expect(formKey({ ...form, title: "Autre" })).not.toBe(formKey(form));
    expect(formKey({ ...form, fields: [{ ...urgency, initial: "same_day" }] })).not.toBe(
      formKey({ ...form, fields: [urgency] }),
    );
  });
});
