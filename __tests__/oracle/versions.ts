// Versions as the oracle reads them (SPEC §1): an optional leading "v", MAJOR.MINOR or
// MAJOR.MINOR.PATCH. `4.3` means any 4.3 patch where a rule is keyed by minor and 4.3.0 where an
// exact version is needed; a Kubernetes version keeps "no patch given" so that `1.31` on a
// cluster running 1.31.6 is neither a change nor a downgrade.

export interface Distribution {
  major: number;
  minor: number;
  patch: number;
  /** MAJOR.MINOR */
  release: string;
  /** MAJOR.MINOR.PATCH */
  full: string;
}

export interface Kubernetes {
  minor: number;
  patch?: number;
  /** as the oracle prints it: 1.31 or 1.31.6 */
  text: string;
}

const DISTRIBUTION = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;
const KUBERNETES = /^v?1\.(\d+)(?:\.(\d+))?$/;

export function distribution(text: string): Distribution | undefined {
  const m = DISTRIBUTION.exec(text.trim());
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return {
    major,
    minor,
    patch,
    release: `${major}.${minor}`,
    full: `${major}.${minor}.${patch}`,
  };
}

export function kubernetes(text: string): Kubernetes | undefined {
  const m = KUBERNETES.exec(text.trim());
  if (!m) return undefined;
  const minor = Number(m[1]);
  const patch = m[2] === undefined ? undefined : Number(m[2]);
  return { minor, patch, text: patch === undefined ? `1.${minor}` : `1.${minor}.${patch}` };
}

/** Negative, zero or positive, on the full version. */
export function compareDistribution(a: Distribution, b: Distribution): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function compareRelease(a: string, b: string): number {
  const [x, y] = [distribution(a)!, distribution(b)!];
  return x.major - y.major || x.minor - y.minor;
}

/** Kubernetes minor as written in the facts table ("1.31") -> 31. */
export function kubeMinor(text: string): number {
  return kubernetes(text)!.minor;
}

/** `to` is lower than `from`: a lower minor, or a lower patch when both name one. */
export function kubernetesLower(to: Kubernetes, from: Kubernetes): boolean {
  if (to.minor !== from.minor) return to.minor < from.minor;
  return to.patch !== undefined && from.patch !== undefined && to.patch < from.patch;
}

/** The step leaves the Kubernetes version as it is (a minor without a patch matches any patch). */
export function kubernetesSame(to: Kubernetes, from: Kubernetes): boolean {
  return to.minor === from.minor && (to.patch === undefined || to.patch === from.patch);
}
