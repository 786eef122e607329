// ACP Distribution Versions and Kubernetes versions: `4.3`, `4.3.0`, `v1.31.6`. Rules are keyed by
// minor version; an exact patch matters only where the user or a document gives one.
// Only the two functions used: semver's index loads every range and comparator module at start.
import coerce from 'semver/functions/coerce.js';
import compare from 'semver/functions/compare.js';

export interface Version {
  major: number;
  minor: number;
  /** Absent when the user wrote MAJOR.MINOR ("any patch"). */
  patch: number | undefined;
  /** As written, without a leading "v": what messages quote. */
  text: string;
}

const VERSION = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/;

export function parseVersion(text: string): Version | null {
  const match = VERSION.exec(text.trim());
  if (!match) return null;
  const [, major, minor, patch] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: patch === undefined ? undefined : Number(patch),
    text: text.trim().replace(/^v/, ''),
  };
}

/**
 * SPEC §1: `4.3` means any 4.3 patch where a rule is keyed by minor, and 4.3.0 where an exact
 * version is needed: the version a step or a plan goes to.
 */
export function exactVersion(version: Version): Version {
  if (version.patch !== undefined) return version;
  return { ...version, patch: 0, text: `${version.text}.0` };
}

/** `4.3` for 4.3.0: the key of the support matrix and of upgrade edges. */
export function minorOf(version: Version): string {
  return `${version.major}.${version.minor}`;
}

export function compareMinor(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor;
}

/** Orders versions; a version without a patch equals every patch of its minor. */
export function compareVersions(a: Version, b: Version): number {
  const byMinor = compareMinor(a, b);
  if (byMinor !== 0 || a.patch === undefined || b.patch === undefined) return byMinor;
  return a.patch - b.patch;
}

/** True when `version` is `wanted`, or a patch of it when `wanted` names only a minor. */
export function matchesVersion(version: Version, wanted: Version): boolean {
  if (compareMinor(version, wanted) !== 0) return false;
  return (
    wanted.patch === undefined || version.patch === undefined || version.patch === wanted.patch
  );
}

/** Number of Kubernetes minors between two versions (same major assumed, as for all of 1.x). */
export function minorDistance(from: Version, to: Version): number {
  return (to.major - from.major) * 1000 + (to.minor - from.minor);
}

/**
 * Application versions from `violet list` and packages.yaml ("v4.2.5", "2.3.0"): compared as
 * semver; null when either side is not a version semver can read, so nothing is guessed.
 */
export function compareAppVersions(a: string, b: string): number | null {
  const left = coerced(a);
  const right = coerced(b);
  if (!left || !right) return null;
  return compare(left, right);
}

/**
 * semver's reading of an application version, once per text: a fleet's apps.yaml repeats a few
 * versions on tens of thousands of installations. Bounded, so that no input grows it forever.
 */
const COERCED = new Map<string, ReturnType<typeof coerce>>();
function coerced(text: string): ReturnType<typeof coerce> {
  let version = COERCED.get(text);
  if (version === undefined) {
    if (COERCED.size >= 10_000) COERCED.clear();
    version = coerce(text, { includePrerelease: true });
    COERCED.set(text, version);
  }
  return version;
}
