// packages/not-an-upgrade: the package is the version every cluster that runs the application
// already has, while the plan moves one of them to a new minor release.
import type { PackageInfo } from '../../downloads.js';
import type { Hop } from '../../hops.js';
import { compareAppVersions, compareMinor, minorOf } from '../../versions.js';
import { type Reporter, defineRule } from '../rule.js';

export const notAnUpgrade = defineRule({
  id: 'packages/not-an-upgrade',
  severity: 'error',
  title: 'A package is the version already installed',
  waivable: true,
  phase: 'packages',
  alsoReports: [{ severity: 'warning', when: 'unless `lifecycle: aligned`' }],
  docs: 'not-an-upgrade.md',
  check: {
    packages({ downloads }, out) {
      for (const info of downloads.packages) check(info, downloads.hops, out);
    },
  },
});

function check(info: PackageInfo, hops: Hop[], out: Reporter): void {
  const { spec, app } = info;
  if (!app || app.installed.length === 0) return;
  const versions = new Set(app.installed.map((i) => i.version));
  if (![...versions].every((v) => compareAppVersions(v, spec.version) === 0)) return;
  const running = new Set(app.installed.map((i) => i.cluster));
  const moves = hops
    .flatMap((h) => h.moves)
    .filter((m) => running.has(m.cluster.name) && compareMinor(m.from, m.to) < 0);
  if (moves.length === 0) return;
  const last = moves[moves.length - 1]!;
  const release = minorOf(last.to);
  const clusters = [...new Set(moves.map((m) => m.cluster.name))];
  const aligned = spec.lifecycle === 'aligned';
  const head = `the ${spec.name} package ${spec.version} is the version ${[...running].join(', ')} already ${running.size === 1 ? 'runs' : 'run'}, and the plan moves ${clusters.join(', ')} to ${release}`;
  const message = aligned
    ? `${head}: Aligned plugins are released with each ACP version, and without the ${release} package CVO stalls; download the ${spec.name} package for ACP ${release}`
    : `${head}: if it is an Aligned plugin, CVO stalls without the ${release} package; download the ${release} version, or state "lifecycle: agnostic" if this one is meant to stay`;
  out.report(message, spec.versionAt, {
    package: spec.name,
    ...(aligned ? {} : { severity: 'warning' as const }),
  });
}
