// content/governance-rules.yaml: the obligations that become tasks, each with its legal (or statutory, or
// contractual) reference, validated with the line and field of every problem.
import { z } from "zod";
import { OWNER_ROLES } from "../roles.ts";

const localized = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
const words = z.strictObject({ fr: z.array(z.string().min(2)), en: z.array(z.string().min(2)) });
const meetingKind = z.enum(["bureau", "ca", "ag", "ag_extraordinaire"]);
const offsets = {
  offsetMonths: z.number().int().min(-24).max(24).optional(),
  offsetDays: z.number().int().min(-366).max(366).optional(),
};

const dueSchema = z.union(
  [
    z.strictObject({ yearly: z.enum(["fiscal-year-end", "ag-deadline", "ag-convocation-deadline"]), ...offsets }),
    z.strictObject({ perFunderReport: z.literal(true) }),
    z.strictObject({ perEarmarkedFunder: z.literal(true), ...offsets }),
    z.strictObject({ boardChange: z.literal(true), ...offsets }),
    z.strictObject({ meetingHeld: z.array(meetingKind).min(1), ...offsets }),
    z.strictObject({ mandateEnd: z.literal(true), ...offsets }),
  ],
  {
    error:
      "must be one of { yearly: fiscal-year-end | ag-deadline | ag-convocation-deadline }, { perFunderReport: true }, { perEarmarkedFunder: true }, { boardChange: true }, { meetingHeld: [kinds] }, { mandateEnd: true }, with offsetMonths/offsetDays",
  },
);

const referenceSchema = z.strictObject({
  nature: z.enum(["law", "statutes", "convention", "internal"]),
  text: z.string().trim().min(3),
  citation: z.string().trim().min(10),
  checked: z.string().trim().min(10),
  verified: z.boolean(),
});

const ruleSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters and digits joined by -"),
  title: localized,
  description: localized,
  category: z.enum(["instances", "legal", "finance", "funders", "hr"]),
  owner: z.enum(OWNER_ROLES, { error: `must be one of ${OWNER_ROLES.join(", ")}` }),
  remindWholeBoard: z.boolean().default(false),
  leadDays: z
    .array(z.number().int().min(1).max(365))
    .min(1)
    .refine((days) => new Set(days).size === days.length, "lists a lead time twice"),
  due: dueSchema,
  when: z.strictObject({ publicSubsidiesAbove: z.number().min(0) }).optional(),
  keywords: words,
  reference: referenceSchema,
});

export const rulesSchema = z.strictObject({ rules: z.array(ruleSchema).min(1) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.rules.forEach((rule, i) => {
    if (seen.has(rule.key))
      ctx.addIssue({ code: "custom", path: ["rules", i, "key"], message: `"${rule.key}" is a second rule` });
    seen.add(rule.key);
  });
});

export type GovernanceRule = z.infer<typeof ruleSchema>;
export type RuleDue = GovernanceRule["due"];
