// violet push, as the runbook writes it: to the primary's platform with the platform token, or to
// the DR standby's own platform with its own token and its registry as --dest-repo (otherwise the
// packages land in the primary's registry). Secrets are environment variables, never values.
import type { PackageDownload } from '../downloads.js';
import type { ClusterSpec, Clusters } from '../inventory/model.js';
import { type Arg, env } from '../shell.js';

/** A package packages.yaml holds, with its file. */
export type Present = PackageDownload & { file: string };

/** Where a push goes. */
export interface Target {
  address: Arg;
  token: Arg;
  /** The DR standby's registry and its credentials (--dest-repo). */
  destination?: { registry: Arg; username: Arg; password: Arg };
}

export const TOKEN = env('ACP_PLATFORM_TOKEN');

export function primaryTarget(clusters: Clusters): Target {
  return { address: clusters.platformAddress ?? env('ACP_PLATFORM_ADDRESS'), token: TOKEN };
}

export function standbyTarget(standby: ClusterSpec): Target {
  return {
    address: standby.platformAddress ?? env('ACP_STANDBY_PLATFORM_ADDRESS'),
    token: env('ACP_STANDBY_PLATFORM_TOKEN'),
    destination: {
      registry: standby.registry ?? env('ACP_STANDBY_REGISTRY'),
      username: env('ACP_STANDBY_REGISTRY_USERNAME'),
      password: env('ACP_STANDBY_REGISTRY_PASSWORD'),
    },
  };
}

export interface PushOptions {
  flags: readonly string[];
  catalogSource: boolean;
  clusters?: readonly string[];
}

export function pushArgs(file: string, target: Target, options: PushOptions): Arg[] {
  const args: Arg[] = ['violet', 'push', file, ...options.flags];
  if (options.catalogSource) args.push('--target-catalog-source', 'platform');
  args.push('--platform-address', target.address, '--platform-token', target.token);
  if (options.clusters) args.push('--clusters', options.clusters.join(','));
  if (target.destination) {
    const { registry, username, password } = target.destination;
    args.push('--dest-repo', registry, '--username', username, '--password', password);
  }
  return args;
}

export function labelOf(d: Present): string {
  return d.version !== undefined ? `${d.name} ${d.version}` : d.name!;
}

export function kindOf(d: PackageDownload): string {
  return d.type === 'OperatorBundle'
    ? 'operator'
    : d.type === 'Chart'
      ? 'Helm chart, to public-charts'
      : 'cluster plugin, once for every cluster';
}
