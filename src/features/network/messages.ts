import type { Catalogue } from "../../core/i18n.ts";

export const networkMessages: Catalogue = {
  fr: {
    "network.help":
      "Découvrir le réseau, le contacter ou y adhérer : « c'est quoi le réseau ? », « numéro de la coordination », « comment adhérer ? »",
    "network.source": "Source : {source} — mise à jour le {date}",
  },
  en: {
    "network.help":
      "Learn about the network, contact it or join it: “what is the network?”, “coordination phone number”, “how do I join?”",
    "network.source": "Source: {source} — updated {date}",
  },
};
