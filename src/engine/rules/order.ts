// order/* rules: the global tier before workloads, the DR standby before the primary, workloads'
// Kubernetes inside what the global's next release accepts, Kubernetes with Core.
import type { Edge } from '../catalog/catalog.js';
import { type Finding, finding } from '../findings.js';
import type { Loc } from '../inventory/model.js';
import { inCompatible, kubernetesMeets } from '../routes.js';
import type { ClusterState, PlatformState, StepContext } from '../state.js';
import {
  type Version,
  compareMinor,
  compareVersions,
  matchesVersion,
  minorDistance,
  minorOf,
} from '../versions.js';
import { kubernetesFix } from './kubernetes.js';

function at(
  rule: Finding['rule'],
  message: string,
  loc: Loc,
  ctx: StepContext,
  cluster = ctx.cluster.name,
): Finding {
  return finding(rule, message, loc.file, loc.offset, { cluster, step: ctx.step.index });
}

/** order/global-first: a workload may only go where the whole global tier already is. */
export function checkGlobalFirst(ctx: StepContext, to: Version): Finding[] {
  if (ctx.cluster.role !== 'workload') return [];
  const behind = ctx.platform.globalTier.filter((g) => compareVersions(g.version, to) < 0);
  if (behind.length === 0) return [];
  const where = behind.map((g) => `${g.name} is on ${g.version.text}`).join(' and ');
  return [
    at(
      'order/global-first',
      `step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but ${where} at that point; upgrade the global tier${ctx.platform.standby ? ' (standby, then primary)' : ''} to ${to.text} in an earlier step`,
      ctx.at,
      ctx,
    ),
  ];
}

/**
 * order/workload-target (ACP-FACTS ordering rule 8): the only target ACP offers a workload is the
 * global's current Distribution Version ("cannot be selected manually"). A `to` the global tier
 * has not reached yet is order/global-first's; this is a `to` the global went past, or another
 * patch of its release.
 */
export function checkWorkloadTarget(ctx: StepContext, to: Version, loc: Loc): Finding[] {
  if (ctx.cluster.role !== 'workload') return [];
  const global = ctx.platform.global;
  if (ctx.platform.globalTier.some((g) => compareVersions(g.version, to) < 0)) return [];
  if (matchesVersion(global.version, to)) return [];
  return [
    at(
      'order/workload-target',
      `step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but the global cluster ${global.name} is on ${global.version.text} at that point, and a workload can only be upgraded to the global's current version; ${compareMinor(to, global.version) < 0 ? `move ${ctx.cluster.name} before the global tier leaves ${minorOf(to)}, or ` : ''}set this step's "to" to ${global.version.text}`,
      loc,
      ctx,
    ),
  ];
}

/** order/dr-standby-first: with global DR, the standby reaches a version before the primary. */
export function checkStandbyFirst(ctx: StepContext, to: Version): Finding[] {
  const standby = ctx.platform.standby;
  if (ctx.cluster.role !== 'global' || !standby) return [];
  if (compareVersions(standby.version, to) >= 0) return [];
  return [
    at(
      'order/dr-standby-first',
      `step ${ctx.step.index} moves the primary global ${ctx.cluster.name} to ${to.text} while the DR standby ${standby.name} is still on ${standby.version.text}; upgrade ${standby.name} to ${to.text} in an earlier step`,
      ctx.at,
      ctx,
    ),
  ];
}

/**
 * order/workload-kubernetes: when the global tier moves along `edge`, every workload must
 * already meet the edge's Kubernetes prerequisite (Compatible Versions from 4.3 on, a minimum
 * before). Checked at the primary's step and at the DR standby's: the standby's upgrade is where
 * the global tier starts moving (ACP-FACTS ordering rules 3 and 4); the simulation reports a
 * workload once per release, at the primary's step when it is still out of range there.
 */
export function checkWorkloadKubernetes(ctx: StepContext, edge: Edge): Finding[] {
  if (ctx.cluster.role === 'workload') return [];
  const { catalog } = ctx.platform;
  const findings: Finding[] = [];
  for (const workload of ctx.platform.workloads()) {
    if (kubernetesMeets(catalog, edge, workload)) continue;
    findings.push(
      // At the step itself (SPEC §4's example): the workload at fault is not named in it.
      at(
        'order/workload-kubernetes',
        workloadMessage(ctx, edge, workload),
        ctx.step.at,
        ctx,
        workload.name,
      ),
    );
  }
  return findings;
}

function workloadMessage(ctx: StepContext, edge: Edge, workload: ClusterState): string {
  const { catalog } = ctx.platform;
  const target = minorOf(edge.to);
  const need =
    edge.kubernetes.kind === 'at-least'
      ? `${minorOf(edge.from)} -> ${target} needs every cluster on Kubernetes ${edge.kubernetes.minimum.text} or later`
      : `${target} needs workloads on ${rangeText(catalog.release(edge.to)?.compatible ?? [])}`;
  const start = tierStartStep(ctx, edge);
  const before =
    start === ctx.step.index
      ? `before step ${start}`
      : `before step ${start}, where the global tier starts moving to ${target}`;
  const fix = kubernetesFix(catalog, workload, edge);
  const accepted = catalog.release(edge.to)?.compatible ?? [];
  const newest = [...accepted].sort(compareMinor).pop();
  let action: string;
  if (
    edge.kubernetes.kind === 'within-compatible' &&
    newest &&
    compareMinor(workload.kubernetes, newest) > 0
  ) {
    // Kubernetes never goes down in an upgrade: no step can fix this, the inventory or the target is wrong.
    action = `${workload.name} runs Kubernetes ${workload.kubernetes.text}, newer than ${target} supports for workload clusters; check ${workload.name}'s kubernetes in clusters.yaml, or choose a target whose Compatible Versions include it`;
  } else if (fix) {
    action = `upgrade ${workload.name}'s Kubernetes to ${fix.text} ${before} (a step with cluster: ${workload.name}, kubernetes: "${fix.text}")`;
  } else {
    // The workload's own release cannot run a Kubernetes the edge accepts: it must first follow
    // the global tier to the release the tier is leaving, then take a Kubernetes step there.
    const release = ctx.cluster.version;
    const there = kubernetesFix(catalog, { ...workload, version: release }, edge);
    action = `no Kubernetes inside ${workload.name}'s release ${minorOf(workload.version)} fits; upgrade ${workload.name} to ${minorOf(release)}${there ? ` and then its Kubernetes to ${there.text}` : ''} ${before}`;
  }
  return `${action}: step ${ctx.step.index} moves ${ctx.cluster.name} to ${ctx.step.to?.version.text ?? target} and ${workload.name} runs Kubernetes ${workload.kubernetes.text} (${need})`;
}

/** The first step at or before this one that moves a global-tier cluster to the edge's release. */
function tierStartStep(ctx: StepContext, edge: Edge): number {
  const tier = new Set(ctx.platform.globalTier.map((g) => g.name));
  for (const step of ctx.platform.plan.steps) {
    if (step.index >= ctx.step.index) break;
    if (!step.to || compareMinor(step.to.version, edge.to) !== 0) continue;
    if (step.clusters.some((c) => tier.has(c.name))) return step.index;
  }
  return ctx.step.index;
}

/** `1.31-1.34` */
export function rangeText(versions: readonly Version[]): string {
  if (versions.length === 0) return 'a documented version';
  const sorted = [...versions].sort(compareMinor);
  return sorted.length === 1
    ? sorted[0]!.text
    : `${sorted[0]!.text}-${sorted[sorted.length - 1]!.text}`;
}

/** order/kubernetes-step: a Kubernetes-only step stays inside the current release's Compatible Versions. */
export function checkKubernetesStep(ctx: StepContext, kubernetes: Version, loc: Loc): Finding[] {
  const release = ctx.platform.catalog.release(ctx.cluster.version);
  if (!release?.compatible || inCompatible(release, kubernetes)) return [];
  return [
    at(
      'order/kubernetes-step',
      `step ${ctx.step.index} moves ${ctx.cluster.name} to Kubernetes ${kubernetes.text}, outside its release ${minorOf(ctx.cluster.version)}'s Compatible Versions (${rangeText(release.compatible)}); pick a version in that range, or move the Distribution Version with it (a step with "to")`,
      loc,
      ctx,
    ),
  ];
}

/** order/kubernetes-with-core: a release's Core is validated on its own Kubernetes minor. */
export function checkKubernetesWithCore(
  ctx: StepContext,
  to: Version,
  kubernetes: Version,
  loc: Loc,
): Finding[] {
  const creation = ctx.platform.catalog.release(to)?.creation;
  if (!creation || creation.some((v) => compareMinor(v, kubernetes) === 0)) return [];
  return [
    at(
      'order/kubernetes-with-core',
      `${ctx.cluster.name} reaches ${to.text} on Kubernetes ${kubernetes.text}, but ${minorOf(to)} is validated on ${creation.map((v) => v.text).join(', ')}; upgrade Kubernetes in the same window (drop "kubernetes" from step ${ctx.step.index}, or set it to ${creation[0]!.text})`,
      loc,
      ctx,
    ),
  ];
}

/** order/immutable-multi-minor: immutable infrastructure needs artifacts for every minor it passes. */
export function checkImmutableMultiMinor(
  ctx: StepContext,
  from: Version,
  to: Version,
  loc: Loc,
): Finding[] {
  if (ctx.cluster.spec.infrastructure !== 'immutable') return [];
  const jump = minorDistance(from, to);
  if (jump <= 1) return [];
  const between = Array.from({ length: jump - 1 }, (_, i) => `${from.major}.${from.minor + i + 1}`);
  return [
    at(
      'order/immutable-multi-minor',
      `step ${ctx.step.index} takes immutable-infrastructure cluster ${ctx.cluster.name} from Kubernetes ${minorOf(from)} to ${minorOf(to)} (${jump} minors); stage the intermediate artifacts (${between.join(', ')}) before the window`,
      loc,
      ctx,
    ),
  ];
}

/**
 * order/workload-left-behind (ACP-FACTS ordering rule 6): after the last step a workload is still
 * on an older release than the global, inside the target's Compatible Versions. Allowed, and
 * said so: upgrading it is optional, and its operators are not pushed for this window.
 */
export function checkLeftBehind(platform: PlatformState): Finding[] {
  const findings: Finding[] = [];
  const global = platform.global;
  const target = platform.catalog.release(platform.plan.target);
  for (const workload of platform.workloads()) {
    if (compareMinor(workload.version, global.version) >= 0) continue;
    if (!target?.compatible || !inCompatible(target, workload.kubernetes)) continue;
    const loc = workload.spec.at;
    findings.push(
      finding(
        'order/workload-left-behind',
        `after the last step workload ${workload.name} stays on ${workload.version.text} (Kubernetes ${workload.kubernetes.text}) while ${global.name} is on ${global.version.text}: allowed, since its Kubernetes is inside ${minorOf(platform.plan.target)}'s Compatible Versions (${rangeText(target.compatible)}), and upgrading it is optional; its operators are not pushed for this plan. Add a step to ${global.version.text} to upgrade it too`,
        loc.file,
        loc.offset,
        { cluster: workload.name },
      ),
    );
  }
  return findings;
}
