import { HourMemo } from './intl-clock.js';

/** Fisher–Yates with a seeded LCG, so every run shuffles the same way. */
export function shuffledCopy<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const memos = new Map<string, HourMemo>();

/**
 * What a competent developer writes without a library: an Intl result per UTC hour, memoised.
 * The memo lives across runs, as our zone clock's cache does, so both run warm.
 */
export function memoMatrix(list: readonly { createdAt: number }[], timeZone: string): Float64Array {
  let memo = memos.get(timeZone);
  if (!memo) memos.set(timeZone, (memo = new HourMemo(timeZone)));
  const cells = new Float64Array(168);
  for (let i = 0; i < list.length; i++) cells[memo.cell(list[i]!.createdAt)]!++;
  return cells;
}
