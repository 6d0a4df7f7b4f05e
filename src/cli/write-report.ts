/** Writes the HTML review report (--report) as the run goes, into a temporary file renamed at the end. */
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileResult } from '../engine/clean-file.js';
import { createReportBuilder } from '../report/build-report.js';
import type { CliIo } from './io.js';

/** An open report: add every result in order, then close it (or abort it on a failed run). */
export interface ReportFile {
  add(result: FileResult): Promise<void>;
  /** Finishes the report and moves it into place. */
  close(): Promise<void>;
  /** Removes the unfinished temporary file. */
  abort(): Promise<void>;
}

// Chunks are gathered up to this size before a write, so 10,000 small files do not make 10,000 writes.
const FLUSH_SIZE = 1 << 20;

/**
 * Starts the report at `path`. It is written next to it under a temporary name and renamed when
 * done, so a reader never sees half a report and an earlier one stays until the new one is whole.
 * Throws if the temporary file cannot be created.
 */
export async function openReportFile(path: string): Promise<ReportFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const handle: FileHandle = await open(temporary, 'wx', 0o644);
  const builder = createReportBuilder();
  let pending: string[] = [builder.head];
  let pendingSize = builder.head.length;
  const flush = async (): Promise<void> => {
    const text = pending.join('');
    pending = [];
    pendingSize = 0;
    await handle.writeFile(text, 'utf8');
  };
  const abort = async (): Promise<void> => {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
  };
  return {
    async add(result) {
      const chunk = builder.add(result);
      pending.push(chunk);
      pendingSize += chunk.length;
      if (pendingSize >= FLUSH_SIZE) await flush();
    },
    async close() {
      try {
        pending.push(builder.finish());
        await flush();
        await handle.close();
        await rename(temporary, path);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `run` with the report at `path` open (null when there is no --report), then finishes the
 * report. A report that cannot be started stops the run before any file is read; one that cannot
 * be finished makes the exit code 2. Either way the reason goes to stderr.
 */
export async function withReport(path: string | undefined, io: CliIo, run: (report: ReportFile | null) => Promise<number>): Promise<number> {
  if (path === undefined) return run(null);
  let report: ReportFile;
  try {
    report = await openReportFile(path);
  } catch (error) {
    io.stderr.write(`article-clean: ${path}: cannot write the report: ${describeWriteError(error)}\n`);
    return 2;
  }
  let exitCode: number;
  try {
    exitCode = await run(report);
  } catch (error) {
    await report.abort();
    throw error;
  }
  try {
    await report.close();
  } catch (error) {
    io.stderr.write(`article-clean: ${path}: cannot write the report: ${describeWriteError(error)}\n`);
    return 2;
  }
  return exitCode;
}
