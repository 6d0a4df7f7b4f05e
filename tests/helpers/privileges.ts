/** Running the bin as an unprivileged user and in a private mount namespace, for permission and full-disk cases. */
import { spawnSync } from 'node:child_process';
import { binPath } from './paths.js';

const isRoot = process.getuid?.() === 0;

/** A prefix that runs a command without root's power to read anything ('' when not root), or null when that is impossible here. */
export const unprivilegedPrefix: string | null = (() => {
  if (!isRoot) return '';
  const prefix = 'setpriv --reuid=65534 --regid=65534 --clear-groups';
  const probe = spawnSync('bash', ['-c', `${prefix} node ${JSON.stringify(binPath)} --version`], { encoding: 'utf8' });
  return probe.status === 0 ? prefix : null;
})();

/** Whether `unshare -rm` can give a test its own mounts (a tiny or read-only tmpfs). */
export const canMountPrivately: boolean = spawnSync('unshare', ['-rm', 'bash', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs "$d" && umount "$d" && rmdir "$d"']).status === 0;

if (unprivilegedPrefix === null) console.warn('note: cannot drop root privileges here (setpriv): the permission tests are skipped');
if (!canMountPrivately) console.warn('note: unshare -rm cannot mount a tmpfs here: the full-disk and read-only file system tests are skipped');
