import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defineAction, idArg, noArgs } from "../../src/core/action-id.ts";
import { askHumans, chooseIntent } from "../../src/core/clarification.ts";
import { type Feature, type HandoffRequest, onAction, onForm } from "../../src/core/feature.ts";
import { formKey } from "../../src/core/form-key.ts";
import { requireRole } from "../../src/core/preconditions.ts";
import { type Reply, reply, replyToPlainText, withButtons } from "../../src/core/reply.ts";
import { clickFrom, commandFrom, inbound, textFrom } from "../support/events.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const acceptMission = defineAction("test:accept", idArg);
const validateBudget = defineAction("test:board", noArgs);
const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n---\n");

/** A small feature exercising every kind of registration. */
const handoffs: HandoffRequest[] = [];
const testFeature: Feature = {
  name: "test",
  messages: {
    fr: { "test.hello": "Bonjour {name} !", "test.command.answer": "Répondre" },
    en: { "test.hello": "Hello {name}!", "test.command.answer": "Answer" },
  },
  intents: {
    greeting: { run: (ctx) => reply(ctx.t("test.hello", { name: ctx.member.displayName })) },
    "missions.browse": {
      run: (ctx) =>
        withButtons(reply(`Missions (texte : ${ctx.text})`), { label: "Accepter", actionId: acceptMission.id(12) }),
    },
    "governance.tasks": { preconditions: [requireRole("board_president")], run: () => reply("Échéances du bureau") },
    "orientation.resource": {
      run: async (ctx) => {
        if (!ctx.nlu.entities.commune?.length) {
          await ctx.dialogue.expect("test.commune", { need: "had" });
          return reply("Dans quelle commune ?");
        }
        return reply(`HAD à ${ctx.nlu.entities.commune[0]!.value}`);
      },
    },
    "clinical.question": {
      run: () => {
        throw new Error("database on fire");
      },
    },
  },
  actions: [
    onAction(validateBudget, () => reply("Budget validé"), [requireRole("board_president")]),
    {
      action: acceptMission,
      run: (ctx, id) => ({ ...reply(`Mission ${id} acceptée par ${ctx.member.displayName}`), replaceOriginal: true }),
    },
  ],
  commands: [
    {
      name: "repondre",
      aliases: ["answer"],
      description: "test.command.answer",
      run: (_ctx, text) => reply(`Réponse : ${text}`),
    },
  ],
  steps: {
    "test.commune": {
      accepts: { entities: ["commune"], intents: ["orientation.resource"] },
      run: async (ctx, data: { need: string }) => {
        await ctx.dialogue.end("test.commune");
        return reply(`${data.need} à ${ctx.text}`);
      },
    },
  },
  provides: {
    handoff: (_ctx, request) => {
      handoffs.push(request);
      return reply("Je transmets à l'équipe de coordination.");
    },
  },
};

const classifier = new ScriptedClassifier(
  {
    bonjour: { intent: "greeting", score: 0.98 },
    hello: { intent: "greeting", score: 0.97, locale: "en" },
    missions: { intent: "missions.browse", score: 0.9 },
    échéances: { intent: "governance.tasks", score: 0.9 },
    "une had": { intent: "orientation.resource", score: 0.9 },
    "une had à vitry": {
      intent: "orientation.resource",
      score: 0.9,
      entities: { commune: [{ value: "94081", text: "vitry", start: 11, end: 16 }] },
    },
    "dose de morphine": { intent: "clinical.question", score: 0.95 },
    "quel temps fait-il": { intent: "None", score: 0.92 },
    "truc bidule missions": {
      intent: "missions.browse",
      score: 0.45,
      alternatives: [
        { intent: "orientation.resource", score: 0.3 },
        { intent: "greeting", score: 0.05 },
      ],
    },
    "truc [NIR] missions": { intent: "missions.browse", score: 0.4 },
    "machin chose": { intent: "greeting", score: 0.3, alternatives: [{ intent: "missions.browse", score: 0.25 }] },
  },
  {
    "missions.browse": { fr: "Voir les missions", en: "Browse missions" },
    "orientation.resource": { fr: "Trouver une ressource", en: "Find a resource" },
  },
);

describe("the core pipeline", () => {
  let t: TestBot;
  beforeEach(async () => {
    handoffs.length = 0;
    t = await createTestBot({ features: [testFeature], classifier });
  });
  afterEach(() => t.close());

  it("creates a guest member for an unknown user instead of failing, once", async () => {
    await t.handle(textFrom("U1", "bonjour", { sender: { displayName: "Dr Nouveau" } }));
    await t.handle(textFrom("U1", "bonjour"));
    const members = await t.database.db.member.findMany({ include: { identities: true } });
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ displayName: "Dr Nouveau", status: "guest" });
    expect(members[0]!.identities[0]).toMatchObject({ channel: "console", workspaceId: "local", externalUserId: "U1" });
  });

  it("links a new identity to the imported member with the same e-mail", async () => {
    const imported = await t.database.db.member.create({
      data: { displayName: "Dr Claire Martin", status: "active", email: "claire@example.org" },
    });
    const replies = await t.handle(
      textFrom("U9", "bonjour", { sender: { displayName: "claire", email: "Claire@Example.org" } }),
    );
    expect(plain(replies)).toBe("Bonjour Dr Claire Martin !");
    const identity = await t.database.db.platformIdentity.findFirstOrThrow({ where: { externalUserId: "U9" } });
    expect(identity.memberId).toBe(imported.id);
    expect(await t.database.db.member.count()).toBe(1);
  });

  it("routes a confident intent to its feature, in the language of the message", async () => {
    expect(plain(await t.handle(textFrom("U1", "bonjour")))).toBe("Bonjour U1 !");
    expect(plain(await t.handle(textFrom("U1", "hello")))).toBe("Hello U1!");
  });

  it("routes a button click to the action that owns it, with its typed argument", async () => {
    const [browse] = await t.handle(textFrom("U1", "missions"));
    const button = browse!.buttons![0]!;
    const [accepted] = await t.handle(clickFrom("U1", button.actionId));
    expect(replyToPlainText(accepted!)).toBe("Mission 12 acceptée par U1");
    expect(accepted!.replaceOriginal).toBe(true);
  });

  it("answers a stale or forged button with a message instead of crashing", async () => {
    for (const id of ["test:accept:abc", "nothing:here", "test:accept:12:13"]) {
      expect(plain(await t.handle(clickFrom("U1", id)))).toMatch(/bouton n'est plus valable/);
    }
  });

  it("refuses a handler whose precondition fails, saying why", async () => {
    expect(plain(await t.handle(textFrom("U1", "échéances")))).toBe(
      "Cette action est réservée au président ou à la présidente. Vous pouvez leur adresser votre demande, ou taper aide pour voir ce que je peux faire pour vous.",
    );
    const member = await t.database.db.member.findFirstOrThrow();
    await t.database.db.memberRole.create({ data: { memberId: member.id, role: "board_president" } });
    expect(plain(await t.handle(textFrom("U1", "échéances")))).toBe("Échéances du bureau");
  });

  it("does not guess below the threshold: offers the likeliest topics, then runs the chosen one on the same message", async () => {
    const [question] = await t.handle(textFrom("U1", "truc bidule missions"));
    expect(replyToPlainText(question!)).toMatch(/pas sûr d'avoir compris/);
    expect(question!.buttons!.map((b) => b.label)).toEqual([
      "Voir les missions",
      "Trouver une ressource",
      "Autre chose",
    ]);
    const answer = await t.handle(clickFrom("U1", question!.buttons![0]!.actionId));
    expect(plain(answer)).toMatch(/^Missions \(texte : truc bidule missions\)/);
  });

  it("hands the question to humans when the member says it is something else", async () => {
    await t.handle(textFrom("U1", "truc bidule missions"));
    expect(plain(await t.handle(clickFrom("U1", askHumans.id())))).toBe("Je transmets à l'équipe de coordination.");
    expect(handoffs).toEqual([{ text: "truc bidule missions", reason: "asked", mode: "start", known: {} }]);
  });

  it("hands off when a second message right after a clarification is still unclear", async () => {
    await t.handle(textFrom("U1", "truc bidule missions"));
    await t.handle(textFrom("U1", "machin chose"));
    expect(handoffs).toEqual([{ text: "machin chose", reason: "unclear", mode: "offer", known: {} }]);
  });

  it("answers an out-of-scope message with what the bot is for", async () => {
    expect(plain(await t.handle(textFrom("U1", "quel temps fait-il")))).toMatch(/assistant du réseau de santé/);
    expect(handoffs).toEqual([]);
  });

  it("lets a feature ask a question and receive the next message as the answer", async () => {
    expect(plain(await t.handle(textFrom("U1", "une had")))).toBe("Dans quelle commune ?");
    expect(plain(await t.handle(textFrom("U1", "Ivry")))).toBe("had à Ivry");
    expect(plain(await t.handle(textFrom("U1", "une had à vitry")))).toBe("HAD à 94081");
  });

  it("keeps a pending question per conversation: another conversation is routed as usual", async () => {
    await t.handle(textFrom("U1", "une had"));
    const elsewhere = await t.handle(
      textFrom("U1", "bonjour", { conversation: { conversationId: "C-team", kind: "channel" } }),
    );
    expect(plain(elsewhere)).toBe("Bonjour U1 !");
  });

  it("routes slash commands and their aliases, and lists the commands for an unknown one", async () => {
    expect(plain(await t.handle(commandFrom("U1", "repondre", "12 Appelez l'HAD")))).toBe("Réponse : 12 Appelez l'HAD");
    expect(plain(await t.handle(commandFrom("U1", "ANSWER", "ok")))).toBe("Réponse : ok");
    expect(plain(await t.handle(commandFrom("U1", "inconnue", "")))).toMatch(/commande \/inconnue.*\/repondre/);
  });

  it("answers a redelivered event once", async () => {
    const event = textFrom("U1", "bonjour", { eventId: "Ev-1" });
    expect(await t.handle(event)).toHaveLength(1);
    expect(await t.handle({ ...event })).toEqual([]);
    expect(await t.database.db.conversationLog.count()).toBe(1);
  });

  it("apologises with a reference when a handler fails, and keeps serving", async () => {
    const replies = await t.handle(textFrom("U1", "dose de morphine"));
    expect(plain(replies)).toMatch(/quelque chose s'est mal passé.*réf\. [0-9a-f]{8}/);
    expect(plain(await t.handle(textFrom("U1", "bonjour")))).toBe("Bonjour U1 !");
  });

  it("says what is wrong with an empty or oversized message", async () => {
    expect(plain(await t.handle(textFrom("U1", "   ")))).toMatch(/message est vide/);
    expect(plain(await t.handle(textFrom("U1", "x".repeat(5000))))).toMatch(/trop long \(5\s?000 caractères/);
  });

  it("asks a flooding member to slow down once, then ignores them until the limit refills", async () => {
    const limited = await createTestBot({ features: [testFeature], classifier, env: { RATE_LIMIT_PER_MINUTE: "3" } });
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(plain(await limited.handle(textFrom("U1", "bonjour"))));
      expect(answers.slice(0, 3)).toEqual(["Bonjour U1 !", "Bonjour U1 !", "Bonjour U1 !"]);
      expect(answers[3]).toMatch(/beaucoup de messages/);
      expect(answers[4]).toBe("");
      limited.clock.advance(60_000);
      expect(plain(await limited.handle(textFrom("U1", "bonjour")))).toBe("Bonjour U1 !");
    } finally {
      await limited.close();
    }
  });

  it("logs intent, confidence and outcome of each message, never its text", async () => {
    await t.handle(textFrom("U1", "bonjour"));
    await t.handle(textFrom("U1", "truc bidule missions"));
    const rows = await t.database.db.conversationLog.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.intent, r.outcome])).toEqual([
      ["greeting", "answered"],
      ["missions.browse", "clarified"],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/bonjour|bidule/);
  });

  it("builds the member's home from each feature's section, in the order of the features", async () => {
    const withHome = await createTestBot({
      features: [
        { name: "first", home: async (ctx) => reply(`Demandes de ${ctx.member.displayName}`) },
        { name: "silent", home: async () => undefined },
        { name: "second", home: async () => reply("Formations") },
      ],
    });
    try {
      expect(plain(await withHome.handle(inbound("U1", { type: "home" })))).toBe("Demandes de U1\n---\nFormations");
    } finally {
      await withHome.close();
    }
  });

  it("routes a submitted form to its feature, with values the privacy guard redacted", async () => {
    const received: Record<string, string>[] = [];
    const form = defineAction("test:form", idArg);
    const guarded = await createTestBot({
      features: [
        {
          name: "test",
          forms: [
            onForm(form, (_ctx, id, values) => {
              received.push({ id: String(id), ...values });
              return reply("Reçu");
            }),
          ],
        },
      ],
      privacyGuard: { inspect: (text) => ({ text: text.replace(/\d{13}/g, "[NIR]"), findings: [{ kind: "nir" }] }) },
    });
    try {
      expect(
        plain(
          await guarded.handle(
            inbound("U1", { type: "form", actionId: "test:form:7", values: { note: "NIR 1850578006084" } }),
          ),
        ),
      ).toBe("Reçu");
      expect(received).toEqual([{ id: "7", note: "NIR [NIR]" }]);
      expect(plain(await guarded.handle(inbound("U1", { type: "form", actionId: "test:form:x", values: {} })))).toMatch(
        /plus valable/,
      );
    } finally {
      await guarded.close();
    }
  });

  it("passes only the privacy guard's redacted text to classification and handlers", async () => {
    const guarded = await createTestBot({
      features: [testFeature],
      classifier,
      privacyGuard: { inspect: (text) => ({ text: text.replace(/\d{13}/g, "[NIR]"), findings: [{ kind: "nir" }] }) },
    });
    try {
      await guarded.handle(textFrom("U1", "truc 1850578006084 missions"));
      const [answer] = await guarded.handle(clickFrom("U1", chooseIntent.id("missions.browse")));
      expect(replyToPlainText(answer!)).toContain("truc [NIR] missions");
      expect((guarded.services.nlu as ScriptedClassifier).seen).toContain("truc [NIR] missions");
      expect(JSON.stringify(await guarded.database.db.conversationState.findMany())).not.toContain("1850578006084");
    } finally {
      await guarded.close();
    }
  });

  describe("what becomes of a clicked message", () => {
    it("shows the choice made on a handled click, and leaves a stale one's message as it was", async () => {
      const [browse] = await t.handle(textFrom("U1", "missions"));
      const { actionId } = browse!.buttons![0]!;
      const handled = await t.respond(
        inbound("U1", { type: "action", actionId: chooseIntent.id("greeting"), label: "Bonjour" }),
      );
      expect(handled.clicked).toEqual({ kind: "choice", label: "Bonjour" });
      const stale = await t.respond(inbound("U1", { type: "action", actionId: "test:accept:nope", label: "Accepter" }));
      expect(stale.clicked).toBeUndefined();
      const replaced = await t.respond(inbound("U1", { type: "action", actionId, label: "Accepter" }));
      expect(replaced.clicked?.kind).toBe("replace");
      expect(replaced.replies).toEqual([]);
    });

    it("lets a refused click leave the message as it was", async () => {
      const refused = await t.respond(inbound("U1", { type: "action", actionId: "test:board", label: "Valider" }));
      expect(plain(refused.replies)).toMatch(/^Cette action est réservée au président ou à la présidente\./);
      expect(refused.clicked).toBeUndefined();
    });
  });

  describe("forms offered by buttons", () => {
    const form = defineAction("test:form", idArg);
    const offered = {
      actionId: form.id(3),
      title: "Demande",
      submitLabel: "Envoyer",
      fields: [
        { name: "summary", label: "Situation", kind: "paragraph" as const },
        {
          name: "urgency",
          label: "Urgence",
          kind: "select" as const,
          options: [
            { value: "same_day", label: "Aujourd'hui" },
            { value: "routine", label: "Pas urgent" },
          ],
        },
      ],
    };
    const received: Record<string, string>[] = [];
    const withForm: Feature = {
      name: "test",
      intents: {
        greeting: {
          run: () =>
            withButtons(reply("Un formulaire ?"), { label: "Remplir", actionId: form.id(3), opensForm: offered }),
        },
      },
      forms: [
        onForm(form, (_ctx, _id, values) => {
          received.push(values);
          return reply("Reçu");
        }),
      ],
    };

    it("opens the form a button offered, even after a restart, and says when it has expired", async () => {
      const bot = await createTestBot({ features: [withForm], classifier });
      try {
        await bot.handle(textFrom("U1", "bonjour"));
        const key = formKey(offered);
        // A restart: only what the database keeps is left.
        const again = await createTestBot({ features: [withForm], classifier });
        await again.database.db.offeredForm.createMany({ data: await bot.database.db.offeredForm.findMany() });
        expect((await again.respond(inbound("U1", { type: "open-form", formKey: key }))).form).toEqual(offered);
        again.clock.advance(15 * 86_400_000);
        const expired = await again.respond(inbound("U1", { type: "open-form", formKey: key }));
        expect(expired.form).toBeUndefined();
        expect(plain(expired.replies)).toMatch(/formulaire n'est plus disponible/);
        await again.close();
      } finally {
        await bot.close();
      }
    });

    it("checks the submitted values against the form offered: a value not among the options reads as empty", async () => {
      const bot = await createTestBot({ features: [withForm], classifier });
      try {
        received.length = 0;
        await bot.handle(textFrom("U1", "bonjour"));
        const submitted = { summary: "aidant épuisé", urgency: "admin", extra: "forged" };
        const payload = { type: "form" as const, actionId: form.id(3), values: submitted, formKey: formKey(offered) };
        expect(plain(await bot.handle(inbound("U1", payload)))).toBe("Reçu");
        expect(received).toEqual([{ summary: "aidant épuisé", urgency: "" }]);
      } finally {
        await bot.close();
      }
    });
  });
});
