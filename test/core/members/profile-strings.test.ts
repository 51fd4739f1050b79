import { describe, expect, it } from "vitest";
import { profileStrings } from "../../../src/core/members/profile-strings.ts";

const none = { key: null, email: null, phone: null, motivationNote: null, identityNames: [] };

describe("the strings of a profile an erasure looks for", () => {
  it.each([
    [
      "a name, and the name without its title",
      { displayName: "Dr Claire Martin" },
      ["Dr Claire Martin", "Claire Martin"],
    ],
    [
      "a phone as given, in digits, in pairs and international",
      { displayName: "X", phone: "01 99 00 11 01" },
      ["01 99 00 11 01", "0199001101", "01.99.00.11.01", "+33199001101"],
    ],
    [
      "an e-mail in lower case too",
      { displayName: "X", email: "Claire.Martin@Example.org" },
      ["claire.martin@example.org"],
    ],
    ["a name as the Markdown of a message escapes it", { displayName: "Jean_Paul (Ivry)" }, ["Jean\\_Paul \\(Ivry\\)"]],
    ["a name inside a JSON payload", { displayName: 'Anne "Nanou" Roy' }, ['Anne \\"Nanou\\" Roy']],
    ["the names the platforms gave", { displayName: "X", identityNames: ["claire.m", null] }, ["claire.m"]],
  ])("finds %s", (_what, profile, expected) => {
    expect(profileStrings({ ...none, ...profile })).toEqual(expect.arrayContaining(expected));
  });

  it("leaves out the guests' placeholder name and strings too short to mean anything", () => {
    expect(profileStrings({ ...none, displayName: "Invité", phone: "12", identityNames: ["Jo"] })).toEqual([]);
  });

  it("puts the longest first, so a full name goes before the part of it also searched", () => {
    const strings = profileStrings({ ...none, displayName: "Dr Claire Martin" });
    expect(strings.indexOf("Dr Claire Martin")).toBeLessThan(strings.indexOf("Claire Martin"));
  });
});
