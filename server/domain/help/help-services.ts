/** Who a piece of help wording is written for. */
export type HelpAudience = "child" | "young" | "adult";

/** A way to get help: numbers are `tel:` links, sites are plain links. Reviewed on `lastChecked`. */
export type HelpService = {
  id: string;
  /** Local services carry their own words; national ones are translated by id (`help.services.<id>`). */
  name?: string;
  description?: string;
  phones: { label?: string; number: string; dial: string }[];
  url?: string;
  urlLabel?: string;
  email?: string;
  /** Which audiences see it; all when absent. */
  for?: HelpAudience[];
  /** Section of the help page. */
  section: "danger" | "talk" | "report" | "local";
  lastChecked: string;
};

// National services. Numbers and addresses must be re-checked against each service's own site
// before every release; `lastChecked` says when that was last done.
export const NATIONAL_HELP: readonly HelpService[] = [
  {
    id: "police-emergency",
    phones: [
      { number: "999", dial: "999" },
      { label: "textphone", number: "18000", dial: "18000" },
    ],
    section: "danger",
    lastChecked: "2026-11-24",
  },
  {
    id: "childline",
    phones: [{ number: "0800 1111", dial: "08001111" }],
    url: "https://www.childline.org.uk",
    urlLabel: "childline.org.uk",
    for: ["child", "young"],
    section: "talk",
    lastChecked: "2026-11-24",
  },
  {
    id: "nspcc",
    phones: [{ number: "0808 800 5000", dial: "08088005000" }],
    url: "https://www.nspcc.org.uk",
    urlLabel: "nspcc.org.uk",
    for: ["adult", "young"],
    section: "talk",
    lastChecked: "2026-11-24",
  },
  {
    id: "samaritans",
    phones: [{ number: "116 123", dial: "116123" }],
    url: "https://www.samaritans.org",
    urlLabel: "samaritans.org",
    section: "talk",
    lastChecked: "2026-11-24",
  },
  {
    id: "police-101",
    phones: [
      { number: "101", dial: "101" },
      { label: "textphone", number: "18001 101", dial: "18001101" },
    ],
    section: "report",
    lastChecked: "2026-11-24",
  },
  {
    id: "ceop",
    phones: [],
    url: "https://www.ceop.police.uk",
    urlLabel: "ceop.police.uk",
    section: "report",
    lastChecked: "2026-11-24",
  },
  {
    id: "report-remove",
    phones: [],
    url: "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/",
    urlLabel: "childline.org.uk Report Remove",
    for: ["child", "young"],
    section: "report",
    lastChecked: "2026-11-24",
  },
  {
    id: "fearless",
    phones: [],
    url: "https://www.fearless.org",
    urlLabel: "fearless.org",
    for: ["young", "adult"],
    section: "report",
    lastChecked: "2026-11-24",
  },
];

/** The help wording group for a survey audience. */
export function helpAudienceOf(audience: string | undefined): HelpAudience {
  if (audience === "child-8-12" || audience === "child-4-7-assisted") return "child";
  if (audience === "young-person-13-17" || audience === "young-adult-18-25") return "young";
  if (audience === "parent-carer" || audience === "community") return "adult";
  return "young";
}

/** The services one audience sees, national first then local, in page order. */
export function helpFor(audience: HelpAudience, local: readonly HelpService[]): HelpService[] {
  const order = ["danger", "talk", "report", "local"];
  return [...NATIONAL_HELP, ...local]
    .filter((s) => !s.for || s.for.includes(audience))
    .sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
}
