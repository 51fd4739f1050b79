import { z } from "zod";
import type { ChannelName } from "../../core/inbound.ts";
import { defineSettings, readConversation, SettingsProblem } from "../../core/settings.ts";

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
  const channels = items.map((item) => readConversation("ANNOUNCEMENT_CHANNELS", item));
  const platforms = channels.map((c) => c.channel);
  const twice = platforms.find((p, i) => platforms.indexOf(p) !== i);
  if (twice) throw new SettingsProblem("ANNOUNCEMENT_CHANNELS", `names two channels on ${twice}: one per platform`);
  return channels;
}
