import type { Form, FormField } from "../core/reply.ts";

export interface FormTexts {
  optional: string;
  keep: (value: string) => string;
  invalidChoice: (max: number) => string;
  required: string;
}

/**
 * Fills a form in a chat, one field after the other: a select shows numbered options, an empty answer
 * keeps the prefilled value (the terminal's forms, and Discord's past what a modal holds). Feed it the typed lines; it says what to print and when it is done.
 */
export class FormFiller {
  private index = 0;
  private readonly values: Record<string, string> = {};

  constructor(
    readonly form: Form,
    private readonly texts: FormTexts,
  ) {}

  /** The question for the current field. */
  prompt(): string {
    const field = this.current();
    const lines = [`${field.label}${field.optional ? ` (${this.texts.optional})` : ""}`];
    if (field.hint) lines.push(`  ${field.hint}`);
    if (field.kind === "select") lines.push(...(field.options ?? []).map((o, i) => `  [${i + 1}] ${o.label}`));
    const initial = this.initialLabel(field);
    if (initial) lines.push(`  ${this.texts.keep(initial)}`);
    return lines.join("\n");
  }

  /** Takes the typed answer: an error to print, or the next prompt, or the values when complete. */
  answer(line: string): { error: string } | { next: string } | { values: Record<string, string> } {
    const field = this.current();
    const value = this.read(field, line.trim());
    if ("error" in value) return value;
    this.values[field.name] = value.value;
    this.index++;
    return this.index < this.form.fields.length ? { next: this.prompt() } : { values: this.values };
  }

  private read(field: FormField, line: string): { value: string } | { error: string } {
    if (line === "") {
      if (field.initial !== undefined) return { value: field.initial };
      return field.optional ? { value: "" } : { error: this.texts.required };
    }
    if (field.kind !== "select") return { value: line };
    const options = field.options ?? [];
    const choice = Number(line);
    if (!Number.isInteger(choice) || choice < 1 || choice > options.length)
      return { error: this.texts.invalidChoice(options.length) };
    return { value: options[choice - 1]!.value };
  }

  private current(): FormField {
    return this.form.fields[this.index]!;
  }

  private initialLabel(field: FormField): string | undefined {
    if (!field.initial) return undefined;
    return field.kind === "select" ? field.options?.find((o) => o.value === field.initial)?.label : field.initial;
  }
}
