// content/association.yaml: what the statutes and the funders' conventions say (fiscal year, meetings, quorum,
// subsidies, funders and their report dates), validated with the line and field of every problem.
import { z } from "zod";
import { BOARD_ROLES } from "../roles.ts";

const localized = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day of the year written "MM-DD", e.g. "12-31"');
const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters and digits joined by -");
const role = z.enum([...BOARD_ROLES, "director", "coordinator"], {
  error: `must be one of ${[...BOARD_ROLES, "director", "coordinator"].join(", ")}`,
});

const meetingSchema = z
  .strictObject({
    withinMonthsOfYearEnd: z.number().int().min(1).max(18).optional(),
    noticeDays: z.number().int().min(0).max(90),
    everyMember: z.boolean().default(false),
    convened: z.array(role).default([]),
    invited: z.array(role).default([]),
    quorum: z.number().gt(0, "must be a share above 0, e.g. 0.25 for a quarter").max(1),
    proxies: z.strictObject({ allowed: z.boolean(), maxPerHolder: z.number().int().min(1).max(20).optional() }),
    durationMinutes: z.number().int().min(15).max(600),
  })
  .refine((m) => m.everyMember || m.convened.length > 0, {
    message: "convenes nobody: give `convened` positions or `everyMember: true`",
  });

const reportSchema = z.strictObject({ key, title: localized, due: monthDay, source: localized });

const funderSchema = z.strictObject({
  key,
  name: z.string().trim().min(1),
  earmarked: z.boolean(),
  reports: z.array(reportSchema).default([]),
});

export const associationSchema = z
  .strictObject({
    name: z.string().trim().min(1),
    fiscalYearEnd: monthDay,
    yearlyPublicSubsidies: z.number().min(0),
    meetings: z.strictObject({
      ag: meetingSchema.refine((m) => m.withinMonthsOfYearEnd !== undefined, {
        message: "needs withinMonthsOfYearEnd (statutes: the AG meets within N months of the year end)",
      }),
      ag_extraordinaire: meetingSchema,
      ca: meetingSchema,
      bureau: meetingSchema,
    }),
    minutesDelayDays: z.number().int().min(1).max(180),
    funders: z.array(funderSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.funders.forEach((funder, i) => {
      if (seen.has(funder.key))
        ctx.addIssue({ code: "custom", path: ["funders", i, "key"], message: `"${funder.key}" is a second funder` });
      seen.add(funder.key);
    });
  });

export type AssociationConfig = z.infer<typeof associationSchema>;
export type MeetingKindName = keyof AssociationConfig["meetings"];
export type MeetingRules = AssociationConfig["meetings"][MeetingKindName];
export type Funder = AssociationConfig["funders"][number];
