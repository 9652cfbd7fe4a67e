import { asc, eq, sql } from "drizzle-orm";
import type { NewTheme, ThemeChange } from "../../domain/themes/theme-input";
import type { Db } from "../db";
import { answerCodes, responses, themes } from "../schema";
import { auditStatement } from "./audit-log";

/** A theme as stored. */
export type Theme = typeof themes.$inferSelect;

/** Who is making a change, for the audit trail. */
export type Actor = { userId: string; email: string };

/** Every theme, live ones first, then by label: the order checkboxes and shortcuts 1–9 follow. */
export async function listThemes(db: Db): Promise<Theme[]> {
  return db
    .select()
    .from(themes)
    .orderBy(asc(themes.retired), asc(sql`lower(${themes.label})`), asc(themes.id));
}

export async function findTheme(db: Db, id: string): Promise<Theme | undefined> {
  return db.select().from(themes).where(eq(themes.id, id)).get();
}

/**
 * How many answers carry each theme, across every response not withdrawn (codes stay after free
 * text is purged, so the counts do too). Themes never applied are absent.
 */
export async function themeUseCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ themeId: answerCodes.themeId, uses: sql<number>`count(*)` })
    .from(answerCodes)
    .innerJoin(responses, eq(responses.id, answerCodes.responseId))
    .where(eq(responses.status, "submitted"))
    .groupBy(answerCodes.themeId);
  return new Map(rows.map((r) => [r.themeId, Number(r.uses)]));
}

/** Whether another theme already has this label (ignoring case), so the codebook has no twins. */
export async function labelTaken(db: Db, label: string, exceptId?: string): Promise<boolean> {
  const found = await db
    .select({ id: themes.id })
    .from(themes)
    .where(sql`lower(${themes.label}) = lower(${label})`)
    .all();
  return found.some((row) => row.id !== exceptId);
}

/** A readable id from the label (`knife-crime`), or a random one when the label has no Latin letters. */
async function newThemeId(db: Db, label: string): Promise<string> {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  if (slug.length >= 3 && !(await findTheme(db, slug))) return slug;
  return `${slug || "theme"}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Adds a theme and its audit row in one batch. */
export async function createTheme(db: Db, input: NewTheme, actor: Actor): Promise<Theme> {
  const id = await newThemeId(db, input.label);
  const [rows] = await db.batch([
    db
      .insert(themes)
      .values({ id, ...input })
      .returning(),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "theme.created",
      target: id,
      detail: { label: input.label, outcomes: input.outcomes, harms: input.harms },
    }),
  ]);
  const created = rows[0];
  if (!created) throw new Error("The new theme was not stored.");
  return created;
}

/** Changes a theme and records what changed, in one batch; undefined when there is no such theme. */
export async function updateTheme(
  db: Db,
  id: string,
  change: ThemeChange,
  actor: Actor,
): Promise<Theme | undefined> {
  const before = await findTheme(db, id);
  if (!before) return undefined;
  const changed = Object.fromEntries(
    Object.entries(change).filter(
      ([key, value]) =>
        value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key as keyof Theme]),
    ),
  );
  if (Object.keys(changed).length === 0) return before;
  const [rows] = await db.batch([
    db.update(themes).set(changed).where(eq(themes.id, id)).returning(),
    auditStatement(db, {
      actorId: actor.userId,
      actorEmail: actor.email,
      action: "theme.updated",
      target: id,
      detail: { changed },
    }),
  ]);
  return rows[0];
}
