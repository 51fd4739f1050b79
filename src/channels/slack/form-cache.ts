import type { Form } from "../../core/reply.ts";

/** Forms live as long as the messages that offer them are likely to be clicked. */
const MAX_FORMS = 2000;

/**
 * The forms of the buttons the bot posted, by key: Slack only gives back the button's value, and a
 * modal must open within 3 seconds of the click. In memory: after a restart, an old form button says
 * it expired and the member asks again.
 */
export class FormCache {
  private readonly forms = new Map<string, Form>();

  remember(key: string, form: Form): void {
    this.forms.delete(key);
    this.forms.set(key, form);
    if (this.forms.size > MAX_FORMS) this.forms.delete(this.forms.keys().next().value!);
  }

  find(key: string): Form | undefined {
    return this.forms.get(key);
  }
}
