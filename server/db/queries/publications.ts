import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { PublicationContent } from "../../domain/publications/publication-content";
import type { Db } from "../db";
import { publications } from "../schema";
import { auditStatement } from "./audit-log";
import type { Actor } from "./themes";

/** One version of a publication as stored; `content` is the frozen snapshot. */
export type PublicationRow = Omit<typeof publications.$inferSelect, "content"> & {
  content: PublicationContent;
};
/** A version without its content, for lists and the feed. */
export type VersionSummary = Omit<PublicationRow, "content">;

const summary = {
  id: publications.id,
  version: publications.version,
  periodFrom: publications.periodFrom,
  periodTo: publications.periodTo,
  title: publications.title,
  status: publications.status,
  k: publications.k,
  createdBy: publications.createdBy,
  createdOn: publications.createdOn,
  publishedOn: publications.publishedOn,
};

const asRow = (row: typeof publications.$inferSelect) => row as PublicationRow;

/** Every version of one publication, oldest first. */
export async function versionsOf(db: Db, id: string): Promise<VersionSummary[]> {
  return db
    .select(summary)
    .from(publications)
    .where(eq(publications.id, id))
    .orderBy(asc(publications.version));
}

export async function findVersion(db: Db, id: string, version: number): Promise<PublicationRow | undefined> {
  const row = await db
    .select()
    .from(publications)
    .where(and(eq(publications.id, id), eq(publications.version, version)))
    .get();
  return row ? asRow(row) : undefined;
}

/** The highest published version of one publication. */
export async function latestPublishedOf(db: Db, id: string): Promise<PublicationRow | undefined> {
  const row = await db
    .select()
    .from(publications)
    .where(and(eq(publications.id, id), eq(publications.status, "published")))
    .orderBy(desc(publications.version))
    .limit(1)
    .get();
  return row ? asRow(row) : undefined;
}

/** Every published version, newest period first, then newest version: the archive and the feed. */
export async function listPublished(db: Db): Promise<VersionSummary[]> {
  return db
    .select(summary)
    .from(publications)
    .where(eq(publications.status, "published"))
    .orderBy(desc(publications.periodTo), desc(publications.id), desc(publications.version));
}

/** "Latest": the highest published version of the newest publication (latest period it covers). */
export async function latestPublished(db: Db): Promise<PublicationRow | undefined> {
  const [newest] = await listPublished(db);
  return newest ? latestPublishedOf(db, newest.id) : undefined;
}

/** Every publication's newest version (draft or published), for the officers' list. */
export async function listPublications(db: Db): Promise<VersionSummary[]> {
  const all = await db
    .select(summary)
    .from(publications)
    .orderBy(desc(publications.periodTo), asc(publications.id), desc(publications.version));
  const seen = new Set<string>();
  return all.filter((row) => !seen.has(row.id) && seen.add(row.id));
}

/** Whether a publication id is in use. */
export async function publicationExists(db: Db, id: string): Promise<boolean> {
  const row = await db
    .select({ n: sql<number>`count(*)` })
    .from(publications)
    .where(eq(publications.id, id))
    .get();
  return Number(row?.n ?? 0) > 0;
}

/** A new version row (a draft, or published at once) and its audit row, in one batch. */
export async function insertVersion(
  db: Db,
  row: Omit<PublicationRow, "createdBy" | "createdOn">,
  actor: Actor,
  now = new Date(),
): Promise<void> {
  await db.batch([
    db.insert(publications).values({ ...row, createdBy: actor.userId, createdOn: now.toISOString() }),
    auditStatement(
      db,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: row.status === "published" ? "publication.published" : "publication.drafted",
        target: `${row.id}/v/${row.version}`,
        detail: { period: row.content.period.id, k: row.k },
      },
      now,
    ),
  ]);
}

/** Rebuilds a draft in place. Only a draft: the `status = 'draft'` guard keeps published versions frozen. */
export async function replaceDraft(
  db: Db,
  id: string,
  version: number,
  change: Pick<PublicationRow, "title" | "content" | "k" | "periodFrom" | "periodTo">,
  actor: Actor,
): Promise<boolean> {
  const [rows] = await db.batch([
    db
      .update(publications)
      .set(change)
      .where(
        and(eq(publications.id, id), eq(publications.version, version), eq(publications.status, "draft")),
      )
      .returning({ version: publications.version }),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "publication.drafted",
      target: `${id}/v/${version}`,
      detail: { period: change.content.period.id, k: change.k },
    }),
  ]);
  return rows.length > 0;
}

/** Publishes a draft as it stands (its snapshot is not rebuilt), audited as publication.published. */
export async function publishDraft(
  db: Db,
  id: string,
  version: number,
  actor: Actor,
  now = new Date(),
): Promise<boolean> {
  const [rows] = await db.batch([
    db
      .update(publications)
      .set({ status: "published", publishedOn: now.toISOString() })
      .where(
        and(eq(publications.id, id), eq(publications.version, version), eq(publications.status, "draft")),
      )
      .returning({ version: publications.version }),
    auditStatement(
      db,
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "publication.published",
        target: `${id}/v/${version}`,
      },
      now,
    ),
  ]);
  return rows.length > 0;
}
