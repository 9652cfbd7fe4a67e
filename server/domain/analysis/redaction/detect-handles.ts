import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";
import { isFunctionWord } from "./function-words";

// "@name", not an email's "@gmail.com" and not "@home"/"@school" used for "at".
const AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?/gu;
const AT_WORDS = new Set(
  "home school work park night the my mine yours mums dads nans college uni church mosque weekend lunch break".split(
    " ",
  ),
);
// Discord's old name#1234 tags.
const DISCORD_TAG = /(?<![\p{L}\p{N}_.@#])[\p{L}\p{N}_.]{2,32}#\d{4}(?!\p{N})/gu;

const PLATFORM = String.raw`(?:snap\s?chat|snap|sc|insta(?:gram)?|ig|tik\s?tok|tt|discord|twitter|fb|facebook|whats\s?app|telegram|kik|roblox|xbox|psn|gamer\s?tag|user\s?name|yt|youtube|twitch|steam|fortnite|epic|bereal|threads|reddit|messenger|playstation|minecraft|wattpad|pinterest|bluesky|vsco|yubo|wizz|spotify|স্ন্যাপ(?:চ্যাট)?|ইনস্টা(?:গ্রাম)?|টিকটক|ফেসবুক|ডিসকর্ড)`;
// Romanian articles and possessives after the platform: "snapul meu e vlad.ro04", "instagramul ei".
const OWNED = String.raw`(?:-?ul(?:ui)?)?(?:\s+(?:meu|mea|lui|ei|m[oó]j|mano|mans|mana))?`;
// "my snap is coolkid123", "add me on insta: jo_b", "tiktok: jo", "discord - name#1234", "mój snap to kuba_99".
const CUED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${PLATFORM}${OWNED}(?:\s+(?:name|user\s?name|handle|id|tag|acc(?:ount)?|@))?\s*(:|=|-|–|\s(?:is|was|its|it['’]s|to|as|yra|ir|este|e|es|jako|kā|kaip)\s|\s)\s*(@?)([\p{L}\p{N}_.\-#]{2,40})`,
  "giu",
);
// A word after "my insta is" that describes the account rather than naming it.
const NOT_HANDLES = new Set(
  (
    "private public gone blocked banned deleted hacked down locked new old fake dead closed broken open off on " +
    "rubbish boring fine ok okay good bad safe alright none no nothing yes not dont don't same"
  ).split(" "),
);

// A word with an underscore in it is a username wherever it is ("add me jo_b2011 on snap").
const UNDERSCORED =
  /(?<![\p{L}\p{N}_.@#/-])(?=[\p{L}\p{N}._]{0,40}\p{L})(?=[\p{L}\p{N}.]{0,40}_)[\p{L}\p{N}._]{3,40}(?![\p{L}\p{N}_@])/gu;

/** Social-media handles: "@name", Discord tags, and names after a platform ("my snap is coolkid123"). */
export function detectHandles(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of execAll(AT_HANDLE, text)) {
    if (!AT_WORDS.has(m[0].slice(1).toLowerCase())) spans.push(handle(m.index, m[0]));
  }
  for (const m of execAll(DISCORD_TAG, text)) spans.push(handle(m.index, m[0]));
  for (const m of execAll(UNDERSCORED, text)) spans.push(handle(m.index, m[0].replace(/[.]+$/u, "")));
  for (const m of execAll(CUED, text)) {
    const [whole, separator = "", at = "", raw = ""] = m;
    const value = raw.replace(/[.\-#]+$/u, "");
    if (!isHandle(value, separator.trim(), at !== "")) continue;
    spans.push(handle(m.index + whole.length - raw.length - at.length, at + value));
  }
  return spans;
}

// How much the word after a platform must look like a handle depends on what joins them:
// "snap: jo" and "@jo" vouch for anything; "snap is coolkid" for a word that is not a description;
// "add me on snap coolkid123" only for a word with a digit, "_", "." or "#" in it.
function isHandle(value: string, separator: string, at: boolean): boolean {
  if (value.length < 2 || NOT_HANDLES.has(value.toLowerCase())) return false;
  if (at || /[\p{N}_.#]/u.test(value) || [":", "=", "-", "–"].includes(separator)) return true;
  return separator !== "" && value.length >= 3 && !isFunctionWord(value);
}

function handle(start: number, value: string): PiiSpan {
  return { type: "handle", start, end: start + value.length };
}
