/** One published version as a feed entry. */
export type FeedEntry = { url: string; title: string; summary: string; publishedOn: string };

/** The feed's own words and addresses (absolute URLs: feed readers resolve nothing). */
export type FeedHead = {
  id: string;
  selfUrl: string;
  pageUrl: string;
  title: string;
  subtitle: string;
  author: string;
  lang: string;
};

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 forbids outright: a stray control character would break every reader.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point, to drop them
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

/**
 * An Atom 1.0 document (RFC 4287): the feed's id, title, updated, author and self link, and one entry
 * per published version with its permanent address as id, so a new version is a new entry.
 */
export function atomFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  const updated =
    entries
      .map((e) => e.publishedOn)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(head.lang)}">`,
    `  <id>${escapeXml(head.id)}</id>`,
    `  <title>${escapeXml(head.title)}</title>`,
    `  <subtitle>${escapeXml(head.subtitle)}</subtitle>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(head.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(head.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(head.pageUrl)}"/>`,
    ...entries.flatMap((e) => [
      "  <entry>",
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${escapeXml(e.publishedOn)}</published>`,
      `    <updated>${escapeXml(e.publishedOn)}</updated>`,
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ]),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}
