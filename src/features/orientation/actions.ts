import { type ActionCodec, defineAction, noArgs, tokenArg } from "../../core/action-id.ts";

export interface Page {
  type: string;
  communeCode: string;
  offset: number;
}

const pageCodec: ActionCodec<Page> = {
  encode: ({ type, communeCode, offset }) => [type, communeCode, String(offset)],
  decode: ([type, communeCode, offset, ...rest]) => {
    if (
      rest.length ||
      !type ||
      !communeCode ||
      !offset ||
      !/^[a-z_]{1,40}$/.test(type) ||
      !/^\w{5}$/.test(communeCode) ||
      !/^\d{1,4}$/.test(offset)
    ) {
      return undefined;
    }
    return { type, communeCode, offset: Number(offset) };
  },
};

/** The member picks a resource type or a commune the search was missing. */
export const chooseType = defineAction("orientation:type", tokenArg);
export const chooseCommune = defineAction("orientation:commune", tokenArg);
/** "Another need": none of the types offered; the question goes to the coordination team. */
export const otherNeed = defineAction("orientation:other", noArgs);
/** The next page of results. */
export const morePage = defineAction("orientation:more", pageCodec);
