import { asc, eq } from "drizzle-orm";
import type { Role } from "../../domain/auth/roles";
import type { Db } from "../db";
import { staffUsers } from "../schema";

export type StaffUser = typeof staffUsers.$inferSelect;

export async function findStaffByEmail(db: Db, email: string): Promise<StaffUser | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email)).limit(1);
  return row;
}

export async function findStaffById(db: Db, id: string): Promise<StaffUser | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return row;
}

export async function listStaff(db: Db): Promise<StaffUser[]> {
  return db.select().from(staffUsers).orderBy(asc(staffUsers.email));
}

export async function insertStaff(
  db: Db,
  user: { id: string; email: string; role: Role; passwordHash: string; mustChangePassword?: boolean },
) {
  await db.insert(staffUsers).values(user);
}

export async function updateStaff(db: Db, id: string, changes: Partial<typeof staffUsers.$inferInsert>) {
  await db.update(staffUsers).set(changes).where(eq(staffUsers.id, id));
}
