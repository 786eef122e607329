// Words the rules' messages share.
import type { Version } from '../versions.js';

/** `1.31-1.34` */
export function rangeText(versions: readonly Version[]): string {
  if (versions.length === 0) return 'a documented version';
  const sorted = [...versions].sort((a, b) => a.major - b.major || a.minor - b.minor);
  return sorted.length === 1
    ? sorted[0]!.text
    : `${sorted[0]!.text}-${sorted[sorted.length - 1]!.text}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
