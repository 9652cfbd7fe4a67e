import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";

const WITH_SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"'`]+/giu;
const WITH_WWW = /(?<![\p{L}\p{N}.])www\.[^\s<>"'`]+/giu;
const TLDS =
  "co.uk org.uk ac.uk gov.uk nhs.uk sch.uk me.uk ltd.uk net.uk police.uk com org net uk info biz xyz online site pl lt lv ro bd eu de fr ie us ca au io gg tv me app ly co be ai live link club shop store fun ee".split(
    " ",
  );
// Endings that are also words ("scared.me", "go.live") count only with a path or a known site.
const WORDY = new Set("io gg tv me app ly co be ai ee live link club shop store fun".split(" "));
const KNOWN_SITES = new Set("discord youtu fb bit t wa linktr twitch tiktok onlyfans kick cash m".split(" "));
const BARE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+)(${TLDS.map((t) => t.replace(".", "\\.")).join("|")})(\/[^\s<>"'\x60]*)?(?![\p{L}\p{N}@_-])`,
  "giu",
);

/** Web addresses: with a scheme, starting www., or bare domains ("example.co.uk", "tiktok.com/@name"). */
export function detectUrls(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const pattern of [WITH_SCHEME, WITH_WWW]) {
    for (const m of execAll(pattern, text)) spans.push(span(m.index, m[0]));
  }
  for (const m of execAll(BARE, text)) {
    const [whole, labels = "", tld = "", path] = m;
    const site = labels.slice(0, -1).split(".").at(-1)?.toLowerCase() ?? "";
    if (WORDY.has(tld.toLowerCase()) && !path && !KNOWN_SITES.has(site)) continue;
    spans.push(span(m.index, whole));
  }
  return spans;
}

// A sentence's own full stop or closing bracket is not part of the address.
function span(start: number, raw: string): PiiSpan {
  const value = raw.replace(/[.,!?;:)\]}'"’”]+$/u, "");
  return { type: "url", start, end: start + value.length };
}
