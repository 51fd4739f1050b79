import { z } from "zod";
import type { ChannelName } from "../../core/inbound.ts";
import { defineSettings, SettingsProblem } from "../../core/settings.ts";

const CONVERSATION = /^(console|slack|discord):([^:]+):([^:]+)$/;

export interface AnnouncementChannel {
  channel: ChannelName;
  workspaceId: string;
  conversationId: string;
}

/** Where announcements are posted besides members' direct messages, and where failed ones fall back. */
export const announcementSettings = defineSettings({
  name: "announcements",
  title: "Announcements by the director and the coordinators.",
  variables: {
    ANNOUNCEMENT_CHANNELS: {
      schema: z.string().optional(),
      doc: "Announcement channels, one per platform, comma-separated `<console|slack|discord>:<workspace>:<conversation>` (e.g. `slack:T0123:C0456,discord:G1:C2`): announcements may be posted there, and a member whose direct messages are closed is mentioned there instead.",
    },
  },
  read: (v) => ({ channels: parseChannels(v.ANNOUNCEMENT_CHANNELS ?? "") }),
});

function parseChannels(value: string): AnnouncementChannel[] {
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const channels = items.map((item) => {
    const match = CONVERSATION.exec(item);
    if (!match)
      throw new SettingsProblem(
        "ANNOUNCEMENT_CHANNELS",
        `each item must look like "<console|slack|discord>:<workspace id>:<conversation id>" (got "${item}")`,
      );
    return { channel: match[1] as ChannelName, workspaceId: match[2]!, conversationId: match[3]! };
  });
  const platforms = channels.map((c) => c.channel);
  const twice = platforms.find((p, i) => platforms.indexOf(p) !== i);
  if (twice) throw new SettingsProblem("ANNOUNCEMENT_CHANNELS", `names two channels on ${twice}: one per platform`);
  return channels;
}
