import { z } from "zod";
import type { HelpService } from "../domain/help/help-services";

const localServiceSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  phone: z
    .string()
    .regex(/^[0-9 +]+$/, "phone may only hold digits, spaces and +")
    .optional(),
  email: z.email().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  lastChecked: z.iso.date().optional(),
});

// The partnership in the strategy this deployment serves, as published in the strategy itself.
const DEFAULT_LOCAL_HELP = JSON.stringify([
  {
    name: "North Lincolnshire Children's MARS Board",
    description: "The local safeguarding partnership.",
    email: "mars@northlincs.gov.uk",
    url: "https://www.northlincscmars.co.uk",
    lastChecked: "2026-11-24",
  },
]);

/**
 * `HEARD_LOCAL_HELP`: the local partnership's contacts, as a JSON array of
 * `{ name, description?, phone?, email?, url?, lastChecked? }`, shown under "Help near you".
 */
export const localHelpSchema = z
  .string()
  .default(DEFAULT_LOCAL_HELP)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "HEARD_LOCAL_HELP must be a JSON array of contacts" });
      return z.NEVER;
    }
  })
  .pipe(z.array(localServiceSchema))
  .transform((list): HelpService[] =>
    list.map((s, i) => ({
      id: `local-${i + 1}`,
      name: s.name,
      description: s.description,
      phones: s.phone ? [{ number: s.phone, dial: s.phone.replace(/\s/g, "") }] : [],
      email: s.email,
      url: s.url,
      urlLabel: s.url?.replace(/^https?:\/\//, ""),
      section: "local",
      lastChecked: s.lastChecked ?? "unknown",
    })),
  );
