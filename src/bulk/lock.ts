/**
 * One writer per output folder: `DIR/.lock` holds the owner's host, pid and start time. A
 * second run refuses at once; a lock whose owner is gone (same host, pid not running — a
 * run killed with `kill -9`) is taken over at once. A lock from another host is never
 * guessed stale: the message says how to remove it.
 *
 * Hand-written rather than `proper-lockfile`: that library judges staleness by the lock's
 * age (an mtime refreshed every few seconds), so after a `kill -9` a resume would have to
 * wait out the stale period; on one host, whether the owner's pid runs is exact and instant.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readFile, rm, writeFile } from 'node:fs/promises';

export class FolderLockedError extends Error {
  override readonly name = 'FolderLockedError';
}

interface Owner {
  readonly host: string;
  readonly pid: number;
  readonly started: string;
}

const LOCK_FILE = '.lock';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Owner;
  } catch {
    return null; // gone meanwhile, or torn by a crash while it was written
  }
}

/** Takes the folder's lock; resolves to its release. Throws `FolderLockedError` when held. */
export async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: Owner = { host: hostname(), pid: process.pid, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, JSON.stringify(me), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // An unreadable lock may be one being written this instant: look again before judging.
    const owner = (await readOwner(path)) ?? (await new Promise((r) => setTimeout(r, 200)).then(() => readOwner(path)));
    const stale = owner === null || (owner.host === me.host && !running(owner.pid));
    if (!stale) {
      const where = owner.host === me.host ? `pid ${owner.pid}` : `pid ${owner.pid} on ${owner.host}`;
      throw new FolderLockedError(
        `${dir} is being written by another normalize (${where}, since ${owner.started}); wait for it to end, or remove ${path} if that process is gone`,
      );
    }
    // The owner is gone: its shards are whole (renamed into place) and its .tmp folders are
    // cleared on open, so the lock can be taken over.
    await rm(path, { force: true });
  }
  throw new FolderLockedError(`${dir}: another normalize took the lock at the same moment; try again`);
}
