/**
 * A reused buffer of UTF-16 code units that becomes a string by one native decode: one string per
 * key or fold, whatever the length of the line (String.fromCharCode.apply is several times slower).
 */

/** A growable code-unit buffer. */
export interface CodeUnitBuffer {
  /** The buffer, with room for at least `length` code units (its contents are not kept). */
  reserve(length: number): Uint16Array;
  /** The first `length` code units as a string. */
  decode(length: number): string;
  /** Lets a huge buffer go, so the memory of a line of hundreds of megabytes comes back. */
  release(): void;
}

const KEPT_UNITS = 1 << 20;

/** A buffer starting at `initialUnits` code units. */
export function createCodeUnitBuffer(initialUnits: number): CodeUnitBuffer {
  let bytes = Buffer.allocUnsafeSlow(initialUnits * 2);
  let units = new Uint16Array(bytes.buffer, bytes.byteOffset, initialUnits);
  const allocate = (size: number): void => {
    bytes = Buffer.allocUnsafeSlow(size * 2);
    units = new Uint16Array(bytes.buffer, bytes.byteOffset, size);
  };
  return {
    reserve(length) {
      if (units.length < length) {
        let size = units.length;
        while (size < length) size *= 2;
        allocate(size);
      }
      return units;
    },
    decode: (length) => (length === 0 ? '' : bytes.toString('utf16le', 0, length * 2)),
    release() {
      if (units.length > KEPT_UNITS) allocate(initialUnits);
    },
  };
}
