/** Which rows each queue table shows, as the page's query string carries them. */
export type QueueQuery = { status: string; page: number; contacts: string; cpage: number };

/** The queue's address with some of its query changed, for filters and paging links. */
export function queueHref(query: QueueQuery, change: Partial<QueueQuery>): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams({
    status: q.status,
    page: String(q.page),
    contacts: q.contacts,
    cpage: String(q.cpage),
  });
  return `/workspace/safeguarding?${params}`;
}
