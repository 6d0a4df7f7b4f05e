/**
 * Atomic file writes: the new content goes to a temporary file beside the target, which is then
 * renamed over it. Killed at any moment (kill -9, a full disk), the target is either the old file
 * or the new one, never a truncated mix. Only a hidden ".NAME.article-clean-*.tmp" may be left.
 */
import { chmod, copyFile, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { temporaryPathBeside } from './temporary-path.js';

async function existingMode(target: string): Promise<number | undefined> {
  try {
    return (await stat(target)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

async function writeTemporary(path: string, content: string | Uint8Array, mode: number | undefined): Promise<void> {
  // "wx": never follow or reuse something already at the temporary path.
  await writeFile(path, content, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
  // The umask may have narrowed the mode: a rewritten file keeps the permissions it had.
  if (mode !== undefined) await chmod(path, mode);
}

/** Copies `target` to `target + suffix` atomically (the backup of --write --backup). */
async function writeBackup(target: string, suffix: string): Promise<void> {
  const backup = `${target}${suffix}`;
  const temporary = temporaryPathBeside(backup);
  try {
    await copyFile(target, temporary);
    await rename(temporary, backup);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces `target` with `content` atomically, keeping the permissions of the file it replaces;
 * with `backupSuffix`, the old file is copied to `target + backupSuffix` first.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, backupSuffix?: string): Promise<void> {
  const mode = await existingMode(target);
  if (backupSuffix !== undefined && mode !== undefined) await writeBackup(target, backupSuffix);
  const temporary = temporaryPathBeside(target);
  try {
    await writeTemporary(temporary, content, mode);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** A file being written piece by piece; `commit` renames it into place, `discard` leaves the target as it was. */
export interface AtomicStream {
  write(chunk: string): Promise<void>;
  commit(backupSuffix?: string): Promise<void>;
  discard(): Promise<void>;
}

const STREAM_BUFFER = 256 * 1024;

/** Starts an atomic write of `target` that is fed in pieces (a JSON Lines file of many GB). */
export async function openAtomicStream(target: string): Promise<AtomicStream> {
  const mode = await existingMode(target);
  const temporary = temporaryPathBeside(target);
  const handle = await open(temporary, 'wx', mode ?? 0o666);
  let isOpen = true;
  // Records are small: gather them into large writes.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async (): Promise<void> => {
    if (pendingLength === 0) return;
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    await handle.write(text);
  };
  const close = async (): Promise<void> => {
    if (isOpen) await handle.close();
    isOpen = false;
  };
  return {
    async write(chunk) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= STREAM_BUFFER) await flush();
    },
    async commit(backupSuffix) {
      try {
        await flush();
        if (mode !== undefined) await handle.chmod(mode);
        await close();
        if (backupSuffix !== undefined && mode !== undefined) await writeBackup(target, backupSuffix);
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
    async discard() {
      await close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    },
  };
}
