import type { InboundPayload } from "../../core/inbound.ts";
import type { Form } from "../../core/reply.ts";
import { FormFiller } from "../form-filler.ts";
import type { DiscordTexts } from "./discord-texts.ts";

interface Filling {
  filler: FormFiller;
  formKey: string;
  texts: DiscordTexts;
}

/** What to do with a DM while a form is being filled in it. */
export type FormStep = { say: string } | { submit: InboundPayload };

/**
 * Forms a modal cannot show (more than five fields, a select of more than 25 options) are filled in
 * the member's DM, one question at a time, as in the terminal; the submission then reaches the core
 * like a modal's. Kept in memory: a restart forgets a form half filled (the button opens it again).
 */
export class FormsInChat {
  private readonly byUser = new Map<string, Filling>();

  /** Starts a form for a member; the first question to ask. */
  start(userId: string, form: Form, formKey: string, texts: DiscordTexts): string {
    const filler = new FormFiller(form, texts.form);
    this.byUser.set(userId, { filler, formKey, texts });
    return `${texts.formIntro(form.title)}\n\n${filler.prompt()}`;
  }

  isFilling(userId: string): boolean {
    return this.byUser.has(userId);
  }

  /** Takes the member's answer: the next question, an error, or the submission once complete. */
  answer(userId: string, text: string): FormStep | undefined {
    const filling = this.byUser.get(userId);
    if (!filling) return undefined;
    const { filler, formKey, texts } = filling;
    const typed = text.trim();
    if (texts.cancelWords.includes(typed.toLowerCase())) {
      this.byUser.delete(userId);
      return { say: texts.cancelled };
    }
    const step = filler.answer(typed === texts.keepWord ? "" : typed);
    if ("error" in step) return { say: `${step.error}\n\n${filler.prompt()}` };
    if ("next" in step) return { say: step.next };
    this.byUser.delete(userId);
    return { submit: { type: "form", actionId: filler.form.actionId, formKey, values: step.values } };
  }
}
