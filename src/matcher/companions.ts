// Aliases that count only in company: "Krasnoarmeysk", an old name of Pokrovsk that other towns
// still bear, is Pokrovsk only in a block that names Pokrovsk too. A mention that waits for its
// company holds back the block's later mentions, so the ones handed out stay sorted and final.
import type { Mention } from './block-scan.ts';

interface Held {
  mention: Mention;
  /** Companion entities; none once found (or never needed). */
  waitingFor: number[] | undefined;
  /** What the text holds instead if no companion comes: "US" of "US team". */
  fallback: Mention | undefined;
}

export class BlockMentions {
  /** Entities the block mentioned so far. */
  private readonly seen = new Set<number>();
  private held: Held[] = [];
  private waiting = 0;

  /**
   * Adds a mention in text order; `companions` are entities one of which the block must mention
   * too, else `fallback` (a shorter name at the same start) is the mention there, if any.
   */
  add(mention: Mention, companions: number[] | undefined, out: Mention[], fallback?: Mention): void {
    const waitingFor = companions && !companions.some((c) => this.seen.has(c)) ? companions : undefined;
    if (waitingFor) this.waiting++;
    else this.found(mention.entity);
    if (this.held.length > 0 || waitingFor) this.held.push({ mention, waitingFor, fallback });
    else out.push(mention);
    if (this.waiting === 0) this.release(out);
  }

  /** At the block's end: what still waits was never in company. */
  finish(out: Mention[]): void {
    for (const { mention, waitingFor, fallback } of this.held) {
      if (!waitingFor) out.push(mention);
      else if (fallback) out.push(fallback);
    }
    this.held = [];
    this.waiting = 0;
  }

  private found(entity: number): void {
    if (this.seen.has(entity)) return;
    this.seen.add(entity);
    for (const held of this.held) {
      if (!held.waitingFor?.includes(entity)) continue;
      held.waitingFor = undefined;
      this.waiting--;
      this.found(held.mention.entity);
    }
  }

  private release(out: Mention[]): void {
    for (const { mention } of this.held) out.push(mention);
    this.held = [];
  }
}
