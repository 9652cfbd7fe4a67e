import type { DisclosureCategory, HarmId } from "../analysis-types";
import { compilePatterns } from "../disclosure/compile-pattern";
import {
  ADULT_CUES,
  COERCION_CUES,
  CONTACT_CUES,
  DRUG_CUES,
  MESSAGING_CUES,
  MOVEMENT_CUES,
  ONLINE_CUES,
  PARTNER_CUES,
  PEER_CUES,
  SLAVERY_CUES,
} from "./harm-cues";

const cue = (patterns: readonly string[]) => compilePatterns(patterns, {}, "u");
const peer = cue(PEER_CUES);
const adult = cue(ADULT_CUES);
const coercion = cue(COERCION_CUES);
const movement = cue(MOVEMENT_CUES);
const slavery = cue(SLAVERY_CUES);
const online = cue(ONLINE_CUES);
const messaging = cue(MESSAGING_CUES);
const contact = cue(CONTACT_CUES);
const partner = cue(PARTNER_CUES);
const drugs = cue(DRUG_CUES);

/** What the folded answer says about who was involved and how, as far as harm mapping needs. */
export type Setting = {
  peer: boolean;
  /** Someone met online, or a stranger: not a schoolmate, whatever else the answer mentions. */
  contact: boolean;
  partner: boolean;
  drugs: boolean;
  adult: boolean;
  coerced: boolean;
  moved: boolean;
  worked: boolean;
  online: boolean;
  messaged: boolean;
};

/** Reads the setting of a (folded) answer once. */
export function readSetting(folded: string): Setting {
  return {
    peer: peer.test(folded),
    contact: contact.test(folded),
    partner: partner.test(folded),
    drugs: drugs.test(folded),
    adult: adult.test(folded),
    coerced: coercion.test(folded),
    moved: movement.test(folded),
    worked: slavery.test(folded),
    online: online.test(folded),
    messaged: messaging.test(folded),
  };
}

/** Facts about the whole answer beyond its setting: which categories it raised, and whether a hit counts. */
export type HitFacts = { flagged: boolean; categories: ReadonlySet<DisclosureCategory> };

/**
 * Harms implied by a disclosure category. Most map one to one; some depend on who was involved:
 * sexual abuse among children is child-on-child sexual harm, by an adult, a stranger or someone met
 * online (or unknown) exploitation; hitting among children is bullying (not by a partner, and not when
 * weapons are involved: that is serious youth violence). Image abuse is online abuse when online (not
 * upskirting in a corridor); by a partner it is relationship abuse alone, among pupils child-on-child,
 * otherwise exploitation when coerced or by an adult; talk of nudes that reports no incident is
 * child-on-child (sexting among young people) unless an adult or stranger is in it. A debt with no
 * drugs beside sexual or labour exploitation is part of that, not cce. Slavery that moves people is
 * trafficking too, and movement with no work, pay or papers mentioned is trafficking alone. Self-harm,
 * danger and missing imply no harm id (missing is a vulnerability in the framework, not a harm).
 */
export function harmsForDisclosure(
  category: DisclosureCategory,
  setting: Setting,
  facts: HitFacts,
): HarmId[] {
  const stranger = setting.adult || setting.contact;
  const amongChildren = setting.peer && !stranger;
  switch (category) {
    case "criminal-exploitation": {
      const otherwise =
        facts.categories.has("sexual-exploitation") || facts.categories.has("modern-slavery-trafficking");
      return otherwise && !setting.drugs ? [] : ["cce"];
    }
    case "sexual-exploitation":
      return ["cse"];
    case "violence-weapons":
      return ["serious-youth-violence"];
    case "relationship-abuse":
      // An adult "boyfriend" exploiting a child is exploitation (cse), not a relationship.
      return facts.categories.has("sexual-exploitation") && setting.adult ? [] : ["relationship-abuse"];
    case "radicalisation":
      return ["radicalisation"];
    case "modern-slavery-trafficking":
      if (!setting.moved) return ["modern-slavery"];
      return setting.worked ? ["modern-slavery", "trafficking"] : ["trafficking"];
    case "sexual-abuse":
      return amongChildren ? ["child-on-child-sexual-harm"] : ["cse"];
    case "physical-abuse":
      return amongChildren && !setting.partner && !otherHarm(facts) ? ["bullying"] : [];
    case "sextortion-image-abuse":
      return imageAbuseHarms(setting, facts.flagged, amongChildren, stranger);
    default:
      return [];
  }
}

/** Hitting that is part of relationship abuse or weapon violence is not bullying. */
const otherHarm = (facts: HitFacts) =>
  facts.categories.has("violence-weapons") || facts.categories.has("relationship-abuse");

function imageAbuseHarms(
  setting: Setting,
  flagged: boolean,
  amongChildren: boolean,
  stranger: boolean,
): HarmId[] {
  if (!flagged) return stranger ? ["cse"] : ["child-on-child-sexual-harm"];
  const online: HarmId[] = setting.online ? ["online-abuse"] : [];
  if (setting.partner && !setting.contact) return online;
  if (amongChildren) return [...online, "child-on-child-sexual-harm"];
  return setting.coerced || setting.adult ? [...online, "cse"] : online;
}
