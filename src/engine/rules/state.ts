// state/* rules: the platform as clusters.yaml describes it, before any step. A state no upgrade
// procedure leads to means clusters.yaml is wrong, or the platform needs repair before a plan.
import type { Release } from '../catalog/catalog.js';
import { type Finding, finding } from '../findings.js';
import type { ClusterSpec } from '../inventory/model.js';
import { inCompatible } from '../routes.js';
import type { PlatformState } from '../state.js';
import { compareVersions, minorOf } from '../versions.js';
import { rangeText } from './order.js';

export function checkStartingState(platform: PlatformState): Finding[] {
  return [...checkVersions(platform), ...checkKubernetes(platform)];
}

/**
 * state/workload-ahead and state/dr-standby-behind (ACP-FACTS ordering rules 2 and 3): a workload
 * is never ahead of the global tier, and the standby is never behind the primary (a standby
 * ahead is an upgrade being resumed).
 */
function checkVersions(platform: PlatformState): Finding[] {
  const findings: Finding[] = [];
  const global = platform.global.spec;
  const standby = platform.standby?.spec;
  if (standby && compareVersions(standby.version, global.version) < 0) {
    findings.push(
      at(
        'state/dr-standby-behind',
        `the DR standby ${standby.name} is on ${standby.version.text}, behind the primary ${global.name} on ${global.version.text}; the standby is upgraded before the primary, so check ${standby.name}'s version in clusters.yaml, or bring the standby to ${global.version.text} before planning the next upgrade`,
        standby,
        'version',
      ),
    );
  }
  for (const workload of platform.workloads()) {
    const spec = workload.spec;
    const ahead = [global, ...(standby ? [standby] : [])].filter(
      (g) => compareVersions(spec.version, g.version) > 0,
    );
    if (ahead.length === 0) continue;
    const tier = ahead.map((g) => `${g.name} (${g.version.text})`).join(' and ');
    findings.push(
      at(
        'state/workload-ahead',
        `workload ${spec.name} is on ${spec.version.text}, ahead of ${tier}; a workload cluster can only reach a version the global tier already runs, so check ${spec.name}'s version in clusters.yaml`,
        spec,
        'version',
      ),
    );
  }
  return findings;
}

/**
 * state/kubernetes-unsupported: every cluster runs a Kubernetes its own release lists among its
 * Compatible Versions, and every workload one that the global's release lists (the support
 * matrix holds for the platform as it is, before any step).
 */
function checkKubernetes(platform: PlatformState): Finding[] {
  const { catalog } = platform;
  const findings: Finding[] = [];
  const globalRelease = catalog.release(platform.global.spec.version);
  for (const state of platform.all()) {
    const spec = state.spec;
    const own = catalog.release(spec.version);
    if (own?.compatible && !inCompatible(own, spec.kubernetes)) {
      findings.push(unsupported(spec, own, `its release ${minorOf(spec.version)}`));
    } else if (
      state.role === 'workload' &&
      globalRelease?.compatible &&
      !inCompatible(globalRelease, spec.kubernetes)
    ) {
      findings.push(
        unsupported(
          spec,
          globalRelease,
          `the global cluster's release ${minorOf(platform.global.spec.version)}`,
        ),
      );
    }
  }
  return findings;
}

function unsupported(spec: ClusterSpec, release: Release, whose: string): Finding {
  return at(
    'state/kubernetes-unsupported',
    `${spec.name} runs Kubernetes ${spec.kubernetes.text}, outside the Compatible Versions of ${whose} (${rangeText(release.compatible!)}); the support matrix is already broken: check ${spec.name}'s kubernetes in clusters.yaml, or bring its Kubernetes into that range before planning an upgrade`,
    spec,
    'kubernetes',
  );
}

function at(
  rule: Finding['rule'],
  message: string,
  spec: ClusterSpec,
  field: 'version' | 'kubernetes',
): Finding {
  const loc = field === 'version' ? spec.versionAt : spec.kubernetesAt;
  return finding(rule, message, loc.file, loc.offset, { cluster: spec.name });
}
