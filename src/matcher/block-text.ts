// A block's text as the concatenation of its text nodes' data, never joined into one string.
// The rules read it only around candidates; a block of one node is the string itself.

/** What the rules read of a block's text: a string has all of it. */
export interface BlockText {
  readonly length: number;
  /** NaN outside the text, like a string's. */
  charCodeAt(i: number): number;
  codePointAt(i: number): number | undefined;
  slice(start: number, end: number): string;
  startsWith(search: string, position: number): boolean;
}

export function blockText(parts: readonly string[]): BlockText {
  return parts.length === 1 ? parts[0]! : new PartsText(parts);
}

class PartsText implements BlockText {
  readonly length: number;
  private readonly starts: number[] = [];
  /** The part last read: the rules read a few units around one place at a time. */
  private last = 0;

  constructor(private readonly parts: readonly string[]) {
    let length = 0;
    for (const part of parts) {
      this.starts.push(length);
      length += part.length;
    }
    this.length = length;
  }

  charCodeAt(i: number): number {
    if (!(i >= 0 && i < this.length)) return Number.NaN;
    const p = this.partAt(i);
    return this.parts[p]!.charCodeAt(i - this.starts[p]!);
  }

  codePointAt(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const high = this.charCodeAt(i);
    if (high < 0xd800 || high > 0xdbff) return high;
    const low = this.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? (high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000 : high;
  }

  slice(start: number, end: number): string {
    let out = '';
    for (let i = Math.max(0, start); i < Math.min(end, this.length); ) {
      const p = this.partAt(i);
      const from = i - this.starts[p]!;
      const part = this.parts[p]!;
      const to = Math.min(part.length, end - this.starts[p]!);
      out += part.slice(from, to);
      i += to - from;
    }
    return out;
  }

  startsWith(search: string, position: number): boolean {
    if (position < 0 || position + search.length > this.length) return false;
    for (let i = 0; i < search.length; i++) if (this.charCodeAt(position + i) !== search.charCodeAt(i)) return false;
    return true;
  }

  /** The part holding offset i (0 <= i < length): empty parts are never chosen. */
  private partAt(i: number): number {
    const { starts, parts } = this;
    const last = this.last;
    if (i >= starts[last]! && i < starts[last]! + parts[last]!.length) return last;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= i) low = mid;
      else high = mid - 1;
    }
    // Empty parts share their start with the next one: step past them.
    while (parts[low]!.length === 0) low++;
    this.last = low;
    return low;
  }
}
