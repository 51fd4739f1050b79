import type { PrivacyGuard } from "../../core/privacy-port.ts";
import { inspectText } from "./guard/inspect.ts";
import { patientDataNotice } from "./notice.ts";

/** The bot's privacy guard: redacts patient identifiers, then shows the notice once per conversation. */
export const patientDataGuard: PrivacyGuard = {
  inspect: inspectText,
  notice: patientDataNotice,
};
