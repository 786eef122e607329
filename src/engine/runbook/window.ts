// A step's windows, as each hop's book says (runbook/compose.ts composes): a Kubernetes-only
// window; a global-tier cluster's window (the DR steps around it, the book's start and request,
// the release notes after the start, the catalog's TopoLVM backup around the request); a
// workload's window; and the book's pushes inside a window (CRs, or whole packages, to that
// cluster).
import {
  type BackupRule,
  type Book,
  type BookEntry,
  type ReleaseNoteRule,
  type RuleCommand,
  alongEdges,
  matchesPatterns,
} from '../catalog/catalog.js';
import type { Hop } from '../hops.js';
import type { ClusterSpec, StepSpec } from '../inventory/model.js';
import { ackWords } from '../journey.js';
import type { Move } from '../state.js';
import { compareMinor, compareVersions, minorOf } from '../versions.js';
import type { Composer, Where } from './compose.js';
import { type Present, labelOf, pushArgs } from './pushes.js';
import { fillArgs, fillNote, fillShell } from './template.js';

export function window(rb: Composer, step: StepSpec): void {
  const where: Where = { window: step.index, phase: 'window' };
  const moves = rb.movesByStep.get(step.index) ?? [];
  if (moves.length === 0) {
    if (!step.to && step.kubernetes) kubernetesWindow(rb, step, where);
    return;
  }
  for (const move of moves) {
    const hop = rb.hopByMove.get(move);
    const book = hop && rb.input.catalog.book(hop.version);
    if (!hop || !book) continue;
    const at: Where = { ...where, hop: hop.version.text, book: minorOf(book.release) };
    if (move.cluster.role === 'workload') workloadWindow(rb, hop, book, move, at);
    else tierWindow(rb, hop, book, move, at);
  }
}

export function kubernetesWindow(rb: Composer, step: StepSpec, where: Where): void {
  const names = step.clusters.map((c) => c.name).join(', ');
  rb.note(
    'note',
    `step ${step.index}: a Kubernetes-only window: upgrade the Kubernetes of ${names} to ${step.kubernetes!.version.text} within ${step.clusters.length === 1 ? 'its' : 'their'} current ACP release (no upgrade.sh or ac line is generated for it)`,
    { ...where },
    { step: step.index },
  );
  for (const gate of rb.input.journey.gates.filter((g) => g.step === step.index)) {
    rb.note(
      'note',
      `step ${step.index}: ${gate.cluster} goes to Kubernetes ${gate.kubernetes.text}: first check its production nodes (Linux kernel ${minorOf(gate.rule.kernelAtLeast)} or later, cgroup ${gate.rule.cgroup}: see platform/node-readiness); the preflight's AdminAckRequired gate blocks until an administrator writes ${ackWords(gate)} into cpaas-system/admin-acks; this runbook writes nothing`,
      where,
      { cluster: gate.cluster, step: step.index },
    );
  }
}

export function tierWindow(rb: Composer, hop: Hop, book: Book, move: Move, where: Where): void {
  const cluster = move.cluster.spec;
  const standby = cluster.role === 'standby';
  const version = move.to.text;
  const details = { cluster: cluster.name, step: move.step.index };
  const core = rb.coreOf(hop);
  const dr = rb.input.clusters.standby !== undefined;
  if (standby) {
    for (const entry of rb.entries(book.dr.before, hop, cluster)) {
      rb.entry(entry, where, {
        cluster,
        version,
        coreFile: core?.file,
        step: move.step.index,
        details,
      });
    }
  }
  for (const entry of rb.entries(book.window.tier, hop, cluster)) {
    if (entry.as === 'request') backup(rb, move, 'before', where);
    rb.entry(entry, where, {
      cluster,
      version,
      coreFile: core?.file,
      step: move.step.index,
      details,
      ...(entry.as === 'start' && { suffix: synced(rb, hop, book, cluster) }),
      move,
    });
    if (entry.as === 'start') releaseNotes(rb, hop, move, where);
    if (entry.as === 'request') backup(rb, move, 'after', where);
  }
  if (!standby && dr && hop.moving.has(rb.input.clusters.standby!.name)) {
    for (const entry of rb.entries(book.dr.after, hop, cluster)) {
      rb.entry(entry, where, { cluster, version, step: move.step.index, details });
    }
  }
}

/** What the start of a window says of the Core artifacts: synced above only if printed. */
export function synced(rb: Composer, hop: Hop, book: Book, cluster: ClusterSpec): string {
  const core = rb.coreOf(hop);
  if (!core?.file) {
    return `; packages.yaml lists no Core ${hop.version.text} package, so no sync line was printed: sync its artifacts first`;
  }
  const syncs = rb.entries(book.prepare.tier, hop, cluster).filter((e) => e.as === 'sync');
  return syncs.length === 0
    ? ''
    : ` (its artifacts were synced above: ${syncs.map((e) => e.run?.slice(0, 3).join(' ')).join(', ')})`;
}

export function workloadWindow(rb: Composer, hop: Hop, book: Book, move: Move, where: Where): void {
  const cluster = move.cluster.spec;
  const version = move.to.text;
  const details = { cluster: cluster.name, step: move.step.index };
  for (const entry of rb.entries(book.window.workload, hop, cluster)) {
    if (entry.as === 'request') {
      releaseNotes(rb, hop, move, where);
      gateNote(rb, move, where);
      backup(rb, move, 'before', where);
    }
    rb.entry(entry, where, { cluster, version, step: move.step.index, details, move });
    if (entry.as === 'request') backup(rb, move, 'after', where);
  }
}

export function gateNote(rb: Composer, move: Move, where: Where): void {
  const gate = rb.gateOf(move);
  if (!gate) return;
  const name = move.cluster.name;
  rb.note(
    'note',
    `step ${move.step.index}: if the preflight reports the AdminAckRequired gate for node readiness, check ${name}'s production nodes first; for a workload cluster the ack (${ackWords(gate)}) goes into the global-side ConfigMap cpaas-system/admin-acks (whether the ack written for the global tier already covers ${name} is not documented); this runbook writes nothing`,
    { ...where },
    { cluster: name, step: move.step.index },
  );
}

/** The release notes with a runbook line that concern this move. */
export function releaseNotes(rb: Composer, hop: Hop, move: Move, where: Where): void {
  for (const rule of rb.input.catalog.packageRules) {
    if (rule.rule !== 'platform/release-note' || rule.note === undefined) continue;
    if (!releaseNoteApplies(rule, hop, move)) continue;
    rb.note(
      'note',
      `step ${move.step.index}: ${fillNote(rule.note, { cluster: move.cluster.name, version: move.to.text })} (${rule.id})`,
      where,
      { cluster: move.cluster.name, step: move.step.index },
    );
  }
}

/** The catalog's backup steps around the upgrade of a cluster that runs the application. */
export function backup(rb: Composer, move: Move, when: 'before' | 'after', where: Where): void {
  for (const rule of backupRules(rb, move)) {
    for (const command of rule[when]) ruleCommand(rb, rule, command, move, where);
  }
}

export function backupRules(rb: Composer, move: Move): BackupRule[] {
  const apps = rb.input.downloads.list;
  return rb.input.catalog.packageRules.filter(
    (r): r is BackupRule =>
      r.rule === 'packages/topolvm-backup' &&
      alongEdges(r.edges, move.from, move.to) &&
      apps.some(
        (d) =>
          d.kind === 'package' &&
          d.clusters.includes(move.cluster.name) &&
          d.name !== undefined &&
          matchesPatterns(r.application, d.name, d.displayName),
      ),
  );
}

export function ruleCommand(
  rb: Composer,
  rule: BackupRule,
  command: RuleCommand,
  move: Move,
  where: Where,
): void {
  const name = move.cluster.name;
  const on = command.on === 'global' ? rb.input.clusters.global.name : name;
  const note = `step ${move.step.index}: ${fillNote(command.note, { cluster: name })} (${rule.id})`;
  const details = { cluster: on, step: move.step.index };
  if (command.shell !== undefined) {
    rb.addShell('window', note, fillShell(command.shell, { cluster: name }), where, details);
  } else {
    rb.add('window', note, fillArgs(command.run!, { cluster: name }), where, details);
  }
}

/** A book's push in a cluster's window: the hop's packages to that cluster (CRs, or all). */
export function windowPushes(
  rb: Composer,
  entry: BookEntry,
  prefix: string,
  note: string,
  where: Where,
  on: { cluster: ClusterSpec; move?: Move },
): void {
  const hop = on.move && rb.hopByMove.get(on.move);
  if (!hop || !entry.push) return;
  const cluster = on.cluster;
  const standby = cluster.role === 'standby';
  const target = standby && rb.standby ? rb.standby : rb.primary;
  const forCluster = entry.push.clusters === 'this';
  for (const d of rb.presentIn(hop).filter((p) => !p.scenario)) {
    if (forCluster && (d.type !== 'OperatorBundle' || !d.clusters.includes(cluster.name))) {
      continue;
    }
    const platformCatalog = crsWithPlatformCatalog(rb, hop, d);
    rb.add(
      standby ? 'standby' : 'push',
      `${prefix}${labelOf(d)}: ${note}${platformCatalog ? `; with --target-catalog-source platform, on its own (${platformCatalog})` : ''}`,
      pushArgs(d.file, target, {
        flags: entry.push.flags,
        catalogSource: platformCatalog !== undefined,
        ...(forCluster && { clusters: [cluster.name] }),
      }),
      where,
      { package: d.name!, cluster: cluster.name, step: on.move!.step.index },
    );
  }
}

/** The backup rule that has this package's CRs created with the platform catalog source. */
export function crsWithPlatformCatalog(rb: Composer, hop: Hop, d: Present): string | undefined {
  return rb.input.catalog.packageRules.find(
    (r): r is BackupRule =>
      r.rule === 'packages/topolvm-backup' &&
      r.crsWithPlatformCatalogFrom.some((v) => compareMinor(v, hop.from) === 0) &&
      r.edges.some((e) => compareMinor(e.to, hop.version) === 0) &&
      matchesPatterns(r.application, d.name!, d.displayName),
  )?.id;
}

function releaseNoteApplies(rule: ReleaseNoteRule, hop: Hop, move: Move): boolean {
  if (rule.moves) {
    return (
      compareVersions(move.from, rule.moves.from) === 0 &&
      compareVersions(move.to, rule.moves.to) === 0
    );
  }
  return (
    move.cluster.role !== 'workload' &&
    compareMinor(hop.from, rule.globalInto!) < 0 &&
    compareMinor(move.to, rule.globalInto!) >= 0
  );
}
