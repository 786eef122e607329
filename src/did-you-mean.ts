// "Did you mean": the closest known word to one the user wrote (a key, a cluster, a rule id, a
// package name, a subcommand).

/** The closest candidate within a small edit distance, if any. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment), or `max + 1`
 * when it is larger than `max`. Only the diagonal band of width 2 * max + 1 is computed, so a
 * comparison costs O(length * max) however long the strings are.
 */
export function editDistance(a: string, b: string, max = 3): number {
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  let before = new Int32Array(m + 2); // row i - 2
  let previous = new Int32Array(m + 2); // row i - 1
  let current = new Int32Array(m + 2);
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    current[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let rowMin = current[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = Math.min(value, over);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (hi < m) current[hi + 1] = over;
    if (rowMin >= over) return over;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m]!;
}
