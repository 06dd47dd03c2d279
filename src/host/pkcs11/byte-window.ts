import type { RangeFile } from "../host.js";

/**
 * Random access to a file's bytes through a few bounded reads (FileHost.readRanges):
 * what a binary format reader asks for is answered from the chunks already read, or
 * by reading one more chunk. A hostile file cannot make it read without end: at most
 * `maxReads` reads, each at most `chunk` bytes unless a larger range is asked for
 * explicitly (`preload`), and the host caps the bytes in all.
 */
export class ByteWindows {
  private readonly windows: Array<{ at: number; buf: Buffer }> = [];
  private reads = 0;

  constructor(
    private readonly file: RangeFile,
    private readonly chunk = 4096,
    private readonly maxReads = 48,
  ) {}

  get size(): number {
    return this.file.size;
  }

  /** Reads `length` bytes at `at` in one read (a table about to be searched), to be served from memory. */
  async preload(at: number, length: number): Promise<void> {
    if (at < 0 || at >= this.file.size || length <= 0 || this.cached(at, 1)) return;
    await this.fetch(at, Math.min(length, this.file.size - at));
  }

  /** Exactly `length` bytes at `at`, or undefined when they run past the end of the file. */
  async bytes(at: number, length: number): Promise<Buffer | undefined> {
    if (!Number.isSafeInteger(at) || at < 0 || length < 0 || at + length > this.file.size) return undefined;
    const hit = this.cached(at, length);
    if (hit) return hit;
    const buf = await this.fetch(at, Math.max(length, Math.min(this.chunk, this.file.size - at)));
    return buf.length >= length ? buf.subarray(0, length) : undefined;
  }

  /** The NUL-terminated string at `at`, at most `max` bytes before the NUL; undefined without one. */
  async cString(at: number, max: number): Promise<Buffer | undefined> {
    const available = Math.min(max + 1, this.file.size - at);
    if (available <= 0) return undefined;
    const buf = await this.bytes(at, available);
    if (!buf) return undefined;
    const end = buf.indexOf(0);
    return end < 0 ? undefined : buf.subarray(0, end);
  }

  async u32le(at: number): Promise<number | undefined> {
    return (await this.bytes(at, 4))?.readUInt32LE(0);
  }

  private cached(at: number, length: number): Buffer | undefined {
    for (const w of this.windows) {
      if (at >= w.at && at + length <= w.at + w.buf.length) return w.buf.subarray(at - w.at, at - w.at + length);
    }
    return undefined;
  }

  private async fetch(at: number, length: number): Promise<Buffer> {
    if (++this.reads > this.maxReads) throw new Error(`more than ${this.maxReads} reads of one file`);
    const buf = await this.file.read(at, length);
    this.windows.push({ at, buf });
    if (this.windows.length > 16) this.windows.shift();
    return buf;
  }
}

/** A RangeFile over bytes already in memory (tests, and a file already read whole). */
export function bufferFile(buf: Buffer): RangeFile {
  return { size: buf.length, read: async (offset, length) => buf.subarray(offset, Math.min(buf.length, offset + length)) };
}
