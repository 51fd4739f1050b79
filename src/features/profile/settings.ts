import { z } from "zod";
import { defineSettings, SettingsProblem } from "../../core/settings.ts";
import { parseTimeRange } from "../../util/row-file/field-formats.ts";

const DEFAULT_QUIET_HOURS = "21:00-08:00";

/** The network's usual quiet hours, for members who give one bound of theirs. */
export const profileSettings = defineSettings({
  name: "profile",
  title: "Members' own profile (/profil).",
  variables: {
    PROFILE_DEFAULT_QUIET_HOURS: {
      schema: z
        .string()
        .default(DEFAULT_QUIET_HOURS)
        .refine((written) => parseTimeRange(written).ok, `must be a period of the day such as ${DEFAULT_QUIET_HOURS}`),
      doc: "The network's usual quiet hours: when a member who has none says only one bound (« pas de message avant 9h »), the other comes from here; also the first preset of /profil. A member who sets no quiet hours gets messages at any time.",
      example: DEFAULT_QUIET_HOURS,
    },
  },
  read: (v) => {
    const range = parseTimeRange(v.PROFILE_DEFAULT_QUIET_HOURS);
    if (!range.ok) throw new SettingsProblem("PROFILE_DEFAULT_QUIET_HOURS", range.reason);
    return { defaultQuietHours: range.value };
  },
});
