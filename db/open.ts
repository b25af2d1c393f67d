// Opening the one PolicyLens database, for the summary cache and the version history alike (each holds a
// connection of its own; IndexedDB orders their readwrite transactions on shared stores one after the other).

import { deleteDB, type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, type PolicyLensDB, upgradeSchema } from './schema';

export type Db = IDBPDatabase<PolicyLensDB>;

/**
 * The database the versions lived in before schema v5 (`policylens-versions` beside `policylens`). Its
 * rows are dropped, not carried over: they were kept apart from the cache's bounds, and what they cost the
 * person is one comparison ("changed since") for the policies they read before the update; the next
 * visit records the text again. Deleted by the upgrade to v5, whichever context runs it.
 */
export const legacyHistoryName = (name: string): string => `${name}-versions`;

/** Opens (or creates, or upgrades) the database; one that a newer PolicyLens left is rebuilt. */
export async function openDatabase(name: string, onClose: () => void): Promise<Db> {
  let upgradedFrom: number | undefined;
  const open = () =>
    openDB<PolicyLensDB>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => {
        upgradedFrom = oldVersion;
        upgradeSchema(database, oldVersion, tx);
      },
      // Another context (an older service worker, an options tab) must let go so the upgrade can run.
      blocking: () => {
        db?.close();
        onClose();
      },
      // The browser closed it (storage cleared, disk error): the cache goes on without a database.
      terminated: onClose,
    });
  let db: Db | undefined;
  try {
    db = await open();
  } catch (error) {
    // A version above ours: this PolicyLens was downgraded. Its rows may have another shape; start over.
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
    await deleteDB(name);
    db = await open();
  }
  if (upgradedFrom !== undefined && upgradedFrom < 5) dropLegacyHistory(name);
  return db;
}

/**
 * Not awaited: an older context still holding that database would keep the delete waiting, and nothing
 * here needs it gone first. Its `blocking` handler closes it, so the delete goes through.
 */
function dropLegacyHistory(name: string): void {
  deleteDB(legacyHistoryName(name)).catch((error: unknown) =>
    console.warn('PolicyLens: cannot delete the old version history', error),
  );
}
