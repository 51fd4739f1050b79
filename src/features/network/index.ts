import type { Feature, HandlerContext, IntentHandler } from "../../core/feature.ts";
import { context, fields, type Reply, reply } from "../../core/reply.ts";
import { formatDate } from "../../util/time.ts";
import { loadNetworkContent, type NetworkContent, type NetworkTopic } from "./content.ts";
import { networkMessages } from "./messages.ts";

/** A topic's page: its text, its fields, and where it comes from and when it was last updated. */
function topicReply(ctx: HandlerContext, content: NetworkContent, topic: NetworkTopic): Reply {
  const { locale, services } = ctx;
  const page = content[topic];
  const rows = page.fields.map((f) => ({
    label: f.label[locale],
    value: typeof f.value === "string" ? f.value : f.value[locale],
  }));
  const date = formatDate(page.updated, locale, services.config.timezone);
  return reply(
    page.text[locale].trim(),
    ...(rows.length ? [fields(...rows)] : []),
    context(ctx.t("network.source", { source: page.source[locale], date })),
  );
}

/**
 * What the network is, how to reach it and how to join it, from content/network.yaml (reviewed
 * content, loaded and checked at start).
 */
export function networkFeature(contentDir: string): Feature {
  let content: NetworkContent | undefined;
  const page = (topic: NetworkTopic): IntentHandler => ({
    run: (ctx) => {
      if (!content) throw new Error("network content used before the feature started");
      return topicReply(ctx, content, topic);
    },
  });
  return {
    name: "network",
    messages: networkMessages,
    intents: {
      "network.about": page("about"),
      "network.contact": page("contact"),
      "network.membership": page("membership"),
    },
    help: [{ key: "network.help" }],
    async start() {
      content = await loadNetworkContent(contentDir);
    },
  };
}
