/**
 * The files of a run as they come (a folder walk finds them one by one), read by their place in
 * the run: the window holds them only from the first one not taken yet to the furthest one looked
 * ahead at, so a run over a million files never holds their list.
 */
import type { InputFile } from './process-files.js';

/** Files given as a list, or as they are found: one at a time, or a run of them at a time. */
export type InputSource = Iterable<InputFile> | AsyncIterable<InputFile | readonly InputFile[]>;

function iteratorOf(source: InputSource): Iterator<InputFile> | AsyncIterator<InputFile | readonly InputFile[]> {
  return Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
}

/** A window onto the files of a run. */
export class InputWindow {
  private readonly source: Iterator<InputFile> | AsyncIterator<InputFile | readonly InputFile[]>;
  private held: InputFile[] = [];
  /** The place in the run of the first file held. */
  private firstHeld = 0;
  private isEnded = false;

  constructor(source: InputSource) {
    this.source = iteratorOf(source);
  }

  /** Looks ahead until the files before place `end` are held, or there are no more. */
  async fill(end: number): Promise<void> {
    while (!this.isEnded && this.found < end) {
      const next = await this.source.next();
      if (next.done === true) this.isEnded = true;
      else if (Array.isArray(next.value)) for (const input of next.value as readonly InputFile[]) this.held.push(input);
      else this.held.push(next.value as InputFile);
    }
  }

  /** Whether there is a file at place `place`; the `ahead` files from there are looked at first. */
  async holds(place: number, ahead: number): Promise<boolean> {
    await this.fill(place + ahead);
    return place < this.found;
  }

  /** Files found so far: all the files of the run once `ended`. */
  get found(): number {
    return this.firstHeld + this.held.length;
  }

  /** Whether every file has been found. */
  get ended(): boolean {
    return this.isEnded;
  }

  /** The files found from place `from` up to `to` (fewer past the last one found), without letting any go. */
  peek(from: number, to: number): InputFile[] {
    return this.held.slice(from - this.firstHeld, to - this.firstHeld);
  }

  /** The files found from place `from` up to `to`; the ones before `from` are let go. */
  take(from: number, to: number): InputFile[] {
    if (from > this.firstHeld) {
      this.held.splice(0, from - this.firstHeld);
      this.firstHeld = from;
    }
    return this.peek(from, to);
  }
}
