import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../log.ts";
import type { IntentModel, IntentTrainer } from "./intent-model.ts";

export interface ModelKeyInputs {
  /** Every file under it (entities included) is part of the key. */
  intentsDir: string;
  /** Trained intents: the same data trained for other features is another model. */
  intents: readonly string[];
  /** Library, versions and settings ({@link IntentTrainer.id}). */
  engineId: string;
  pipelineVersion: string;
  /** Anything else the training depends on (e.g. the territory used for masking). */
  extra?: readonly string[];
}

/** A SHA-256 of everything a trained model depends on. */
export async function modelKey(inputs: ModelKeyInputs): Promise<string> {
  const hash = createHash("sha256");
  const field = (value: string | Buffer) => hash.update(value).update("\0");
  for (const file of await listFiles(inputs.intentsDir)) {
    field(path.relative(inputs.intentsDir, file).split(path.sep).join("/"));
    field(await readFile(file));
  }
  field([...new Set(inputs.intents)].sort().join(","));
  field(inputs.engineId);
  field(inputs.pipelineVersion);
  for (const extra of inputs.extra ?? []) field(extra);
  return hash.digest("hex");
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export interface LoadOrTrainOptions {
  cacheDir: string;
  key: string;
  trainer: IntentTrainer;
  train: () => Promise<IntentModel>;
  log?: Logger;
}

/**
 * The cached model for `key` if there is a readable one, otherwise a freshly trained one, written to
 * `<cacheDir>/model-<key>.json` atomically (temporary file, then rename). A corrupt or foreign cache
 * file is ignored and replaced; failing to write the cache is logged, not fatal.
 */
export async function loadOrTrainModel(
  options: LoadOrTrainOptions,
): Promise<{ model: IntentModel; trained: boolean; file: string }> {
  const { cacheDir, key, trainer, log } = options;
  const file = path.join(cacheDir, `model-${key.slice(0, 16)}.json`);
  const cached = await readCached(file, key, trainer, log);
  if (cached) return { model: cached, trained: false, file };
  const model = await options.train();
  await writeAtomically(file, JSON.stringify({ key, engine: trainer.id, model: model.export() })).catch(
    (error: unknown) =>
      log?.warn(
        { err: error, file },
        "could not write the NLU model cache; the model will be trained again at next start",
      ),
  );
  return { model, trained: true, file };
}

async function readCached(
  file: string,
  key: string,
  trainer: IntentTrainer,
  log?: Logger,
): Promise<IntentModel | undefined> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      log?.warn({ err: error, file }, "cannot read the NLU model cache");
    return undefined;
  }
  try {
    const cached = JSON.parse(source) as { key?: unknown; model?: unknown };
    if (cached.key !== key || typeof cached.model !== "string")
      throw new Error("the file is not the model for these inputs");
    return trainer.load(cached.model);
  } catch (error) {
    log?.warn({ err: error, file }, "ignoring a corrupt NLU model cache; training again");
    return undefined;
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, content, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
