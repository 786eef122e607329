// A hop's preparation, as its release's book says (runbook/compose.ts composes): the TopoLVM
// pre-stage pushes, the book's Core steps on each moving global-tier cluster (the scenario set
// staged into the Core package first, the node-readiness ack after the preflight), the hop's
// packages pushed as the book says (to the primary, and again to a moving DR standby), and the
// book's preparation of each moving workload.
import { type Book, type BookEntry, type ScenarioRule } from '../catalog/catalog.js';
import { scenarioOf } from '../downloads.js';
import type { Hop } from '../hops.js';
import type { ClusterSpec } from '../inventory/model.js';
import { ackWords } from '../journey.js';
import { compareMinor, minorOf } from '../versions.js';
import type { Composer, Where } from './compose.js';
import { type Present, kindOf, labelOf, pushArgs } from './pushes.js';

export function prepare(rb: Composer, hop: Hop, window: number): void {
  const book = rb.input.catalog.book(hop.version);
  const where: Where = {
    window,
    phase: 'prepare',
    hop: hop.version.text,
    ...(book && { book: minorOf(book.release) }),
  };
  if (!book) {
    rb.note(
      'note',
      `the catalog has no upgrade procedure (book) for ${minorOf(hop.version)}: follow that release's own upgrade pages for this hop, or describe them under "books:" in catalog.yaml; no commands are generated for it`,
      where,
    );
    return;
  }
  const scenario = scenarioOf(hop, rb.input.catalog);
  if (scenario) scenarioNotes(rb, hop, scenario, where);
  prestage(rb, hop, where);
  for (const cluster of rb.tierOf(hop)) coreSteps(rb, hop, book, cluster, where);
  pushes(rb, hop, book, where);
  for (const name of hop.clusters) {
    const spec = rb.input.clusters.byName.get(name);
    if (spec?.role !== 'workload') continue;
    for (const entry of rb.entries(book.prepare.workload, hop, spec)) {
      rb.entry(entry, where, { cluster: spec, version: hop.version.text });
    }
  }
}

/** The book's Core steps on one global-tier cluster, in its extracted Core package. */
export function coreSteps(
  rb: Composer,
  hop: Hop,
  book: Book,
  cluster: ClusterSpec,
  where: Where,
): void {
  const version = hop.version.text;
  const core = rb.coreOf(hop);
  const details = { package: `core ${version}`, cluster: cluster.name };
  const entries = rb.entries(book.prepare.tier, hop, cluster);
  if (!core?.file) {
    rb.note(
      'note',
      `no Core ${version} package in packages.yaml yet: download it, extract it on ${cluster.name}'s control-plane node, and run the Core steps of ${minorOf(book.release)}'s procedure (${entries
        .filter((e) => e.run)
        .map((e) => e.run!.join(' '))
        .join('; ')}) before the window`,
      where,
      details,
    );
    return;
  }
  const toStage = staged(rb, hop);
  let stagedDone = false;
  for (const entry of entries) {
    if (entry.as === 'sync' && !stagedDone) {
      stagedDone = true;
      for (const d of toStage) {
        rb.add(
          'core',
          `stage ${d.displayName ?? d.name} (${labelOf(d)}, "${d.scenario!.scenario}") into plugins/ of the extracted Core ${version} package (${core.file}) on ${cluster.name}'s control-plane node: published with the Core artifacts, never with violet push (run from that folder; the path is packages.yaml's)`,
          ['cp', d.file, 'plugins/'],
          where,
          { ...details, package: d.name ?? d.displayName! },
        );
      }
    }
    rb.entry(entry, where, { cluster, version, coreFile: core.file, stage: 'core', details });
    if (entry.as === 'preflight') ack(rb, hop, cluster, entry, where, details);
  }
}

/** The scenario packages packages.yaml holds, staged into the Core package. */
export function staged(rb: Composer, hop: Hop): Present[] {
  return rb.presentIn(hop).filter((d) => d.scenario !== undefined);
}

/**
 * The node-readiness gate: the preflight's AdminAckRequired blocks until an administrator writes
 * the ack after checking the nodes; the runbook says so and reruns the preflight, it writes
 * nothing itself.
 */
export function ack(
  rb: Composer,
  hop: Hop,
  cluster: ClusterSpec,
  preflight: BookEntry,
  where: Where,
  details = {},
) {
  const gate = rb.gateOf(hop.moves.find((m) => m.cluster.name === cluster.name));
  if (!gate) return;
  const { rule } = gate;
  const standby = cluster.role === 'standby';
  rb.note(
    'note',
    `node readiness for Kubernetes ${minorOf(rule.kubernetesAtLeast)}: the preflight above reports the AdminAckRequired gate. After checking every production node of ${cluster.name} (Linux kernel ${minorOf(rule.kernelAtLeast)} or later, cgroup ${rule.cgroup}: see platform/node-readiness), an administrator writes ${ackWords(gate)} into the ConfigMap cpaas-system/admin-acks${standby ? ` of the DR standby ${cluster.name}'s own platform` : ''}, before ${cluster.name}'s upgrade request; this runbook writes nothing. Whether one ack covers every cluster is not documented`,
    where,
    details,
  );
  rb.entry({ ...preflight, note: `rerun the preflight after the ack, ${preflight.note}` }, where, {
    cluster,
    version: hop.version.text,
    coreFile: rb.coreOf(hop)?.file,
    stage: 'core',
    details,
  });
}

export function scenarioNotes(rb: Composer, hop: Hop, scenario: ScenarioRule, where: Where): void {
  const version = hop.version.text;
  rb.note(
    'note',
    `the "${scenario.scenario}" set (${scenario.displayNames.length} Aligned applications, downloaded with violet ${scenario.violetAtLeast} or later: violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") is copied into plugins/ of the extracted Core ${version} package below and published with the Core artifacts; it is never pushed with violet, and if violet list shows one of them, that duplicate is not published with violet either`,
    where,
  );
  const from = scenario.neverPushFrom.find((v) => compareMinor(v, hop.from) === 0);
  if (from) {
    rb.note(
      'note',
      `from ${minorOf(from)}: do not use violet push to publish these ${scenario.displayNames.length} packages before upgrading an ACP ${minorOf(from)} environment; pushing them can take the Web Console down`,
      where,
    );
  }
}

/**
 * TopoLVM pre-stage, in the documented form: --target-catalog-source "platform" and the
 * primary's clusters that run it; a standby that runs it gets its own push.
 */
export function prestage(rb: Composer, hop: Hop, where: Where): void {
  const { clusters } = rb.input;
  for (const d of rb.presentIn(hop).filter((p) => p.prestage && !p.scenario)) {
    const move = d.prestage!.move;
    const targets = d.clusters.filter((name) => {
      const spec = clusters.byName.get(name);
      return spec && spec.role !== 'standby' && (spec.role === 'global' || hop.moving.has(name));
    });
    const why = `before step ${move.step.index} moves ${move.cluster.name} (${d.prestage!.rule.id})`;
    const options = { flags: [], catalogSource: true };
    if (targets.length > 0) {
      rb.add(
        'before-window',
        `${d.name}: TopoLVM pre-stage, to the clusters that run it, ${why}`,
        pushArgs(d.file, rb.primary, { ...options, clusters: targets }),
        where,
        { package: d.name! },
      );
    }
    const standby = clusters.standby;
    if (
      standby &&
      rb.standby &&
      hop.moving.has(standby.name) &&
      d.clusters.includes(standby.name)
    ) {
      rb.add(
        'before-window',
        `${d.name}: TopoLVM pre-stage to the DR standby ${standby.name}, which runs it, through its own address, token and registry, ${why}`,
        pushArgs(d.file, rb.standby, options),
        where,
        { package: d.name!, cluster: standby.name },
      );
    }
  }
}

/** The hop's packages as the book pushes them before its windows. */
export function pushes(rb: Composer, hop: Hop, book: Book, where: Where): void {
  const { clusters } = rb.input;
  const policy = book.prepare.pushes;
  // The scenario applications are published with the Core artifacts, never with violet push.
  const packages = rb.presentIn(hop).filter((p) => !p.scenario && !p.prestage);
  for (const d of packages) {
    const operator = d.type === 'OperatorBundle';
    const workloads =
      operator && policy.operators === 'all-moving'
        ? d.clusters.filter((c) => clusters.byName.get(c)?.role === 'workload' && hop.moving.has(c))
        : [];
    const targets = [clusters.global.name, ...workloads];
    const installedNowhere = d.clusters.length === 0 ? ' (installed nowhere yet)' : '';
    const to = operator
      ? `operator, to ${targets.join(', ')}${workloads.length > 0 ? ' (the global and the workloads this hop upgrades that run it)' : ''}`
      : kindOf(d);
    rb.add(
      'push',
      `${labelOf(d)}: ${to}${installedNowhere}; ${policy.note}`,
      pushArgs(d.file, rb.primary, {
        flags: policy.flags,
        catalogSource: policy.catalogSource && d.type !== 'Chart',
        ...(operator && policy.operators === 'all-moving' && { clusters: targets }),
      }),
      where,
      { package: d.name! },
    );
  }
  const standby = clusters.standby;
  if (!standby || !rb.standby || !hop.moving.has(standby.name)) return;
  for (const d of packages) {
    rb.add(
      'standby',
      `${labelOf(d)}: the same package to the DR standby ${standby.name}, through its own address, token and registry`,
      pushArgs(d.file, rb.standby, {
        flags: policy.flags,
        catalogSource: policy.catalogSource && d.type !== 'Chart',
      }),
      where,
      { package: d.name!, cluster: standby.name },
    );
  }
}
