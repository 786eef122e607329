// The inventory as the engine uses it: validated, with versions parsed from their source text and
// every value still knowing where in which file it was written.
import type { RuleId } from '../findings.js';
import type { Version } from '../versions.js';
import type { SourceFile } from '../source.js';

/** A place in a file: findings about a value point here. */
export interface Loc {
  file: SourceFile;
  offset: number;
}

export type Role = 'global' | 'standby' | 'workload';
export type ApplicationType = 'ModulePlugin' | 'OperatorBundle' | 'Chart';

/** A production node as clusters.yaml records it. */
export interface NodeSpec {
  name: string;
  /** As written (`uname -r`), and its MAJOR.MINOR. */
  kernel: string;
  kernelVersion: Version;
  cgroup: 'v1' | 'v2';
  at: Loc;
  kernelAt: Loc;
  cgroupAt: Loc;
}

export interface ClusterSpec {
  name: string;
  role: Role;
  version: Version;
  kubernetes: Version;
  infrastructure: 'traditional' | 'immutable';
  minioFreeGB?: number;
  platformAddress?: string;
  registry?: string;
  /** Its production nodes, when clusters.yaml lists them. */
  nodes?: NodeSpec[];
  /** Order in clusters.yaml. */
  index: number;
  at: Loc;
  versionAt: Loc;
  kubernetesAt: Loc;
  minioAt?: Loc;
}

export interface Clusters {
  platformAddress?: string;
  /** ProductBase.spec.registry.external. */
  externalRegistry?: boolean;
  list: ClusterSpec[];
  byName: ReadonlyMap<string, ClusterSpec>;
  global: ClusterSpec;
  standby?: ClusterSpec;
}

export interface StepSpec {
  /** 1-based, as the report and messages count steps. */
  index: number;
  clusters: { name: string; at: Loc }[];
  to?: { version: Version; at: Loc };
  kubernetes?: { version: Version; at: Loc };
  at: Loc;
}

export interface WaiverSpec {
  rule: RuleId;
  cluster?: string;
  package?: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD */
  expires: string;
  at: Loc;
}

export interface PlanSpec {
  target: Version;
  targetAt: Loc;
  steps: StepSpec[];
  waivers: WaiverSpec[];
}

export interface Installation {
  cluster: string;
  version: string;
  at: Loc;
}

export interface ApplicationSpec {
  name: string;
  displayName?: string;
  type: ApplicationType;
  installed: Installation[];
  at: Loc;
}

export interface Apps {
  list: ApplicationSpec[];
  byName: ReadonlyMap<string, ApplicationSpec>;
}

export interface CorePackageSpec {
  kind: 'core';
  version: Version;
  file: string;
  sha256?: string;
  at: Loc;
}

export interface AppPackageSpec {
  kind: 'package';
  name: string;
  displayName?: string;
  type: ApplicationType;
  version: string;
  lifecycle?: 'aligned' | 'agnostic';
  acpVersions?: Version[];
  file: string;
  sha256?: string;
  at: Loc;
  versionAt: Loc;
  typeAt: Loc;
  acpVersionsAt?: Loc;
}

export type PackageSpec = CorePackageSpec | AppPackageSpec;

export interface Packages {
  /** Absent file: nothing downloaded yet. */
  present: boolean;
  list: PackageSpec[];
  file?: SourceFile;
}
