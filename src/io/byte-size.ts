/** Sizes in bytes as people write them ("256M", "1G", "500k") and as the tool prints them. */

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Parses "123", "500K", "256M" or "1G" (powers of 1024); null when it is not a size. */
export function parseByteSize(value: string): number | null {
  const match = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (match === null) return null;
  const bytes = Number(match[1]) * (UNITS[(match[2] as string).toLowerCase()] as number);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** "256 MiB", "1.5 GiB", "900 bytes". */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
