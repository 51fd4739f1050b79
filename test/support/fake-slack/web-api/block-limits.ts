/**
 * A few of the Block Kit limits Slack enforces, the ones a bot's renderer breaks in practice (long French
 * texts, long modal titles). Problems are worded as Slack words them in `response_metadata.messages`.
 * This is not Slack's full validator: unknown block types and fields pass.
 */

type Json = Record<string, unknown>;

/** Length limits of text fields, by block type then field path. */
const TEXT_LIMITS: Record<string, Record<string, number>> = {
  section: { "text/text": 3000 },
  header: { "text/text": 150 },
  input: { "label/text": 2000, "hint/text": 2000 },
};

const ELEMENT_LIMITS: Record<string, number> = { "text/text": 75, value: 2000, action_id: 255, url: 3000 };

export function blockProblems(blocks: unknown, maxBlocks: number, path: string): string[] {
  if (!Array.isArray(blocks)) return [`[ERROR] must provide an array [json-pointer:${path}]`];
  const problems: string[] = [];
  if (blocks.length > maxBlocks)
    problems.push(`[ERROR] no more than ${maxBlocks} items allowed [json-pointer:${path}]`);
  for (const [index, block] of blocks.entries()) problems.push(...oneBlock(block, `${path}/${index}`));
  return problems;
}

/** The problems of a `views.*` `view` argument: Slack refuses a modal title over 24 characters, for one. */
export function viewProblems(view: unknown): string[] {
  if (!isObject(view)) return ["[ERROR] must provide an object [json-pointer:/view]"];
  if (view.type !== "modal" && view.type !== "home")
    return ["[ERROR] must be one of modal, home [json-pointer:/view/type]"];
  const problems = blockProblems(view.blocks, 100, "/view/blocks");
  if (view.type === "modal") {
    for (const field of ["title", "submit", "close"]) problems.push(...tooLong(view, `${field}/text`, 24, "/view"));
    if (!isObject(view.title)) problems.push("[ERROR] missing required field: title [json-pointer:/view]");
    const hasInput =
      Array.isArray(view.blocks) && view.blocks.some((block) => isObject(block) && block.type === "input");
    if (hasInput && !isObject(view.submit)) {
      problems.push("[ERROR] must provide a submit property when an input block is present [json-pointer:/view]");
    }
  }
  problems.push(...tooLong(view, "private_metadata", 3000, "/view"), ...tooLong(view, "callback_id", 255, "/view"));
  return problems;
}

function oneBlock(block: unknown, path: string): string[] {
  if (!isObject(block) || typeof block.type !== "string")
    return [`[ERROR] missing required field: type [json-pointer:${path}]`];
  const problems = tooLong(block, "block_id", 255, path);
  for (const [field, max] of Object.entries(TEXT_LIMITS[block.type] ?? {}))
    problems.push(...tooLong(block, field, max, path));
  if (block.type === "section" && Array.isArray(block.fields)) {
    if (block.fields.length > 10) problems.push(`[ERROR] no more than 10 items allowed [json-pointer:${path}/fields]`);
    for (const [index, field] of block.fields.entries())
      problems.push(...tooLong(field, "text", 2000, `${path}/fields/${index}`));
  }
  const elements = block.type === "actions" ? block.elements : undefined;
  if (Array.isArray(elements)) {
    if (elements.length > 25) problems.push(`[ERROR] no more than 25 items allowed [json-pointer:${path}/elements]`);
    for (const [index, element] of elements.entries())
      problems.push(...elementProblems(element, `${path}/elements/${index}`));
  }
  if (isObject(block.accessory)) problems.push(...elementProblems(block.accessory, `${path}/accessory`));
  return problems;
}

function elementProblems(element: unknown, path: string): string[] {
  return Object.entries(ELEMENT_LIMITS).flatMap(([field, max]) => tooLong(element, field, max, path));
}

function tooLong(owner: unknown, fieldPath: string, max: number, path: string): string[] {
  let value: unknown = owner;
  for (const part of fieldPath.split("/")) value = isObject(value) ? value[part] : undefined;
  if (typeof value !== "string" || value.length <= max) return [];
  return [`[ERROR] must be less than ${max + 1} characters [json-pointer:${path}/${fieldPath}]`];
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
