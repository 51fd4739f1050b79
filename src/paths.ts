import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder, whatever the current directory of the process. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Reviewed training data and entity lists. */
export const INTENTS_DIR = path.join(PROJECT_ROOT, "intents");
/** Reviewed content of the network: information pages, the demo directory. */
export const CONTENT_DIR = path.join(PROJECT_ROOT, "content");
/** The fictional directory of the demo network, imported by the demo seed. */
export const DEMO_DIRECTORY_FILE = path.join(CONTENT_DIR, "directory.yaml");
/** The fictional members of the demo network (the personas among them), imported by the demo seed. */
export const DEMO_MEMBERS_FILE = path.join(CONTENT_DIR, "members.yaml");
/** The fictional missions of the demo network, imported by the demo seed. */
export const DEMO_MISSIONS_FILE = path.join(CONTENT_DIR, "missions.yaml");
