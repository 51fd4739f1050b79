import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Clock } from "./clock.ts";
import type { HelpEntry } from "./help.ts";
import type { Messages, Translate } from "./i18n.ts";
import type { MemberDirectory } from "./members/member-directory.ts";
import type { MemberVocabulary } from "./members/member-vocabulary.ts";
import type { Classifier } from "./nlu-port.ts";
import type { OutboundPort } from "./outbound-port.ts";
import type { Database } from "./persistence.ts";
import type { Reply } from "./reply.ts";
import type { JobScheduler } from "./scheduler-port.ts";
import type { TeamNotifier } from "./team.ts";
import type { ResourceTypes } from "./vocabulary/resource-types.ts";
import type { Territory } from "./vocabulary/territory.ts";

/**
 * What handlers and jobs may use. Passed in each context rather than imported, so a test builds
 * them with a temporary database, a fake clock and a fake channel.
 */
export interface Services {
  config: Config;
  db: Database;
  clock: Clock;
  log: Logger;
  messages: Messages;
  members: MemberDirectory;
  nlu: Classifier;
  scheduler: JobScheduler;
  outbound: OutboundPort;
  /** Tells the coordination team (a new request, an erasure to carry out). */
  team: TeamNotifier;
  territory: Territory;
  /** The controlled vocabulary of care resource types, with their labels. */
  resourceTypes: ResourceTypes;
  /** How members' professions, roles, skills, motivations and availability are named (content/member-vocabulary.yaml). */
  memberVocabulary: MemberVocabulary;
  /** The invitation to complete one's profile, with its buttons; none when no feature provides it. */
  profileInvite(t: Translate): Reply[];
  /** Help lines of every installed feature. */
  help: readonly HelpEntry[];
}
