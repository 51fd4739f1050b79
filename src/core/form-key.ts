import { createHash } from "node:crypto";
import type { Form } from "./reply.ts";

/**
 * A short key (24 characters) that names a form: the value of the button that opens it, by which the
 * adapter finds the form again on the click. The same form gives the same key, whatever the order in
 * which its properties were written; it reveals nothing of the form's prefilled values.
 */
export function formKey(form: Form): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(form)))
    .digest("base64url")
    .slice(0, 24);
}

/** The value with object keys sorted and undefined properties dropped. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
}
