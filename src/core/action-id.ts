/**
 * Typed button ids: `feature:verb` followed by `:`-separated arguments, e.g. `missions:accept:42`.
 * One string carries everything because Discord custom ids hold 100 characters and no separate value.
 * The feature that owns an action encodes and parses it; the router only reads the `feature:verb` name.
 */
export interface ActionDefinition<A> {
  readonly name: string;
  /** The id to put on a button. */
  id(...args: A extends void ? [] : [args: A]): string;
  /** The arguments of an id of this action, or undefined when the id is not this action's or is malformed. */
  parse(actionId: string): { args: A } | undefined;
}

export interface ActionCodec<A> {
  encode(args: A): string[];
  /** The arguments, or undefined when the parts are malformed. */
  decode(parts: string[]): A | undefined;
}

const MAX_ID_LENGTH = 100;
const NAME = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

/** The `feature:verb` part of an action id. */
export const actionName = (actionId: string): string => actionId.split(":").slice(0, 2).join(":");

export function defineAction<A>(name: string, codec: ActionCodec<A>): ActionDefinition<A> {
  if (!NAME.test(name)) throw new Error(`Action name "${name}" must look like "feature:verb".`);
  return {
    name,
    id(...rest) {
      const parts = codec.encode(rest[0] as A);
      if (parts.some((p) => p.includes(":"))) throw new Error(`Action ${name}: arguments cannot contain ":".`);
      const id = [name, ...parts].join(":");
      if (id.length > MAX_ID_LENGTH) throw new Error(`Action id "${id}" is longer than ${MAX_ID_LENGTH} characters.`);
      return id;
    },
    parse(actionId) {
      if (actionName(actionId) !== name) return undefined;
      const args = codec.decode(actionId.split(":").slice(2));
      return args === undefined ? undefined : { args };
    },
  };
}

/** An action without arguments. */
export const noArgs: ActionCodec<void> = {
  encode: () => [],
  // null stands for "no arguments" because undefined means "malformed"
  decode: (parts) => (parts.length === 0 ? (null as unknown as void) : undefined),
};

/** An action carrying one positive integer (a mission, request or training number). */
export const idArg: ActionCodec<number> = {
  encode: (id) => [String(id)],
  decode: ([raw, ...rest]) => {
    if (rest.length || raw === undefined || !/^\d{1,12}$/.test(raw)) return undefined;
    return Number(raw);
  },
};

/** An action carrying one short token (letters, digits, `.`, `_`, `-`). */
export const tokenArg: ActionCodec<string> = {
  encode: (token) => [token],
  decode: ([raw, ...rest]) => (rest.length || raw === undefined || !/^[\w.-]{1,60}$/.test(raw) ? undefined : raw),
};
