import type { Clock } from "./clock.ts";
import { formKey } from "./form-key.ts";
import type { Database } from "./persistence.ts";
import type { Form, Reply } from "./reply.ts";

/** How long a form button keeps opening its form: a message may be read days after it was posted. */
const FORM_TTL_DAYS = 14;

/**
 * The forms the bot's buttons open, persisted: a platform gives back only the button's value (the
 * form's key), and the form must open after a restart too. Offering the same form again refreshes it.
 */
export class FormStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Keeps the forms of these replies' buttons; call before the replies leave the core. */
  async offer(replies: readonly Reply[]): Promise<void> {
    const forms = replies.flatMap((r) => (r.buttons ?? []).flatMap((b) => (b.opensForm ? [b.opensForm] : [])));
    if (forms.length === 0) return;
    const expiresAt = new Date(this.clock.now().getTime() + FORM_TTL_DAYS * 86_400_000);
    for (const form of forms) {
      const key = formKey(form);
      await this.db.offeredForm.upsert({
        where: { key },
        create: { key, form: JSON.stringify(form), expiresAt },
        update: { expiresAt },
      });
    }
  }

  /** The form offered under this key, unless it expired. */
  async find(key: string): Promise<Form | undefined> {
    const row = await this.db.offeredForm.findUnique({ where: { key } });
    if (!row || row.expiresAt <= this.clock.now()) return undefined;
    return JSON.parse(row.form) as Form;
  }
}
