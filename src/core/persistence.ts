/**
 * The persistence types the core and the features may use: the database client and the schema's
 * rows and enums. Type-only: importing it loads nothing; queries go through `services.db`.
 */
export type { Database } from "../db/client.ts";
export type {
  CoordinationRequest,
  Job,
  Mission,
  MissionAssignment,
  MissionEvent,
  MissionTag,
  Prisma,
  RequestEvent,
  Training,
} from "../generated/prisma/client.ts";
export type {
  AssignmentStatus,
  Channel,
  DeliveryStatus,
  MemberStatus,
  MissionKind,
  MissionStatus,
  Profession,
  RequestKind,
  RequestStatus,
  Role,
  TrainingKind,
  Urgency,
} from "../generated/prisma/enums.ts";
