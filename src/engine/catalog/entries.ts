// Turns validated catalog input into catalog entries: versions read through the caller's
// resolver (the source text of a user's file, the values of the built-in data), templates and
// commands checked. A problem goes to the caller's `problem` (a finding for catalog.yaml, an
// exception for the built-in data, which a test keeps valid).
import type { Version } from '../versions.js';
import { minorOf } from '../versions.js';
import type {
  Book,
  BookEntry,
  EdgeRef,
  PackageRule,
  Patterns,
  PostUpgradeRule,
  ReleaseNoteRule,
  RuleCommand,
} from './catalog.js';
import type {
  CatalogBookEntryInput,
  CatalogBookInput,
  CatalogPackageRuleInput,
  CatalogRuleCommandInput,
} from './schema.js';

/** A version at a path of the entry's input (relative to the entry). */
export type Resolve = (path: PropertyKey[]) => Version | undefined;
/** Reports a problem at a path of the entry's input (relative to the entry). */
export type Problem = (path: PropertyKey[], message: string) => void;

export interface EntryContext {
  minor: Resolve;
  problem: Problem;
  /** The built-in catalog may quote a page's shell lines; a user's catalog.yaml may not. */
  builtin: boolean;
}

export function patterns(p: { nameContains?: string[]; displayNameContains?: string[] }): Patterns {
  return { nameContains: p.nameContains ?? [], displayNameContains: p.displayNameContains ?? [] };
}

export function toMinor(version: Version): Version {
  return { ...version, patch: undefined, text: minorOf(version) };
}

function edgeRefs(edges: { from: unknown; to: unknown }[], minor: Resolve): EdgeRef[] {
  return edges.flatMap((_, j) => {
    const from = minor(['edges', j, 'from']);
    const to = minor(['edges', j, 'to']);
    return from && to ? [{ from: toMinor(from), to: toMinor(to) }] : [];
  });
}

function versions(count: number, path: PropertyKey[], minor: Resolve): Version[] | undefined {
  const list = Array.from({ length: count }, (_, j) => minor([...path, j]));
  return list.every((v) => v !== undefined) ? (list as Version[]) : undefined;
}

export function buildRule(
  rule: CatalogPackageRuleInput,
  ctx: EntryContext,
): PackageRule | undefined {
  const { minor } = ctx;
  switch (rule.rule) {
    case 'packages/topolvm-prestage':
      return {
        id: rule.id,
        rule: rule.rule,
        edges: edgeRefs(rule.edges, minor),
        application: patterns(rule.application),
        source: rule.source,
      };
    case 'packages/topolvm-backup': {
      const from = versions(
        rule.crsWithPlatformCatalogFrom?.length ?? 0,
        ['crsWithPlatformCatalogFrom'],
        minor,
      );
      const before = commands(rule.before, ['before'], ctx);
      const after = commands(rule.after, ['after'], ctx);
      if (!from || !before || !after) return undefined;
      return {
        id: rule.id,
        rule: rule.rule,
        edges: edgeRefs(rule.edges, minor),
        crsWithPlatformCatalogFrom: from.map(toMinor),
        application: patterns(rule.application),
        before,
        after,
        source: rule.source,
      };
    }
    case 'packages/mysql-pxc': {
      const globalInto = minor(['globalInto']);
      if (!globalInto) return undefined;
      return {
        id: rule.id,
        rule: rule.rule,
        globalInto: toMinor(globalInto),
        application: patterns(rule.application),
        source: rule.source,
      };
    }
    case 'platform/release-note':
      return releaseNote(rule, ctx);
    case 'packages/missing': {
      const release = minor(['release']);
      const neverPushFrom = versions(rule.neverPushFrom?.length ?? 0, ['neverPushFrom'], minor);
      if (!release || !neverPushFrom) return undefined;
      return {
        id: rule.id,
        rule: rule.rule,
        scenario: rule.scenario,
        release: toMinor(release),
        violetAtLeast: rule.violetAtLeast,
        displayNames: rule.displayNames,
        neverPushFrom: neverPushFrom.map(toMinor),
        agnosticOptional: rule.agnosticOptional ?? false,
        source: rule.source,
      };
    }
    case 'platform/node-readiness': {
      const kubernetesAtLeast = minor(['kubernetesAtLeast']);
      const kernelAtLeast = minor(['kernelAtLeast']);
      const releases = rule.ackKeys.map((_, j) => minor(['ackKeys', j, 'release']));
      if (!kubernetesAtLeast || !kernelAtLeast || releases.some((v) => v === undefined))
        return undefined;
      return {
        id: rule.id,
        rule: rule.rule,
        kubernetesAtLeast,
        kernelAtLeast,
        cgroup: rule.cgroup,
        ackKeys: rule.ackKeys.map((a, j) => ({ release: toMinor(releases[j]!), key: a.key })),
        source: rule.source,
      };
    }
    case 'platform/post-upgrade':
      return postUpgrade(rule, minor);
    case 'packages/log-essentials': {
      const globalAtLeast = minor(['globalAtLeast']);
      if (!globalAtLeast) return undefined;
      return {
        id: rule.id,
        rule: rule.rule,
        globalAtLeast: toMinor(globalAtLeast),
        whenInstalled: patterns(rule.whenInstalled),
        package: patterns(rule.package),
        source: rule.source,
      };
    }
  }
}

function postUpgrade(
  rule: Extract<CatalogPackageRuleInput, { rule: 'platform/post-upgrade' }>,
  minor: Resolve,
): PostUpgradeRule | undefined {
  const release = minor(['release']);
  if (!release) return undefined;
  const built: PostUpgradeRule = {
    id: rule.id,
    rule: rule.rule,
    release: toMinor(release),
    after: rule.after,
    task: rule.task,
    source: rule.source,
  };
  if (rule.sourceBelow !== undefined) {
    const below = minor(['sourceBelow']);
    if (!below) return undefined;
    built.sourceBelow = toMinor(below);
  }
  if (rule.whenInstalled) built.whenInstalled = patterns(rule.whenInstalled);
  return built;
}

function releaseNote(
  rule: Extract<CatalogPackageRuleInput, { rule: 'platform/release-note' }>,
  { minor, problem }: EntryContext,
): ReleaseNoteRule | undefined {
  if ((rule.moves === undefined) === (rule.globalInto === undefined)) {
    problem([], `release note ${rule.id} needs exactly one of "moves" and "globalInto"`);
    return undefined;
  }
  const built: ReleaseNoteRule = {
    id: rule.id,
    rule: rule.rule,
    warning: rule.warning,
    source: rule.source,
  };
  if (rule.moves) {
    const from = minor(['moves', 'from']);
    const to = minor(['moves', 'to']);
    if (!from || !to) return undefined;
    if (from.patch === undefined || to.patch === undefined) {
      problem(['moves'], `release note ${rule.id}: "moves" names exact versions (4.2.0, 4.2.1)`);
      return undefined;
    }
    built.moves = { from, to };
  }
  if (rule.globalInto !== undefined) {
    const into = minor(['globalInto']);
    if (!into) return undefined;
    built.globalInto = toMinor(into);
  }
  if (rule.whenInstalled) built.whenInstalled = patterns(rule.whenInstalled);
  if (rule.note !== undefined) {
    if (!checkTemplate(rule.note, NOTE_PLACES, ['note'], problem)) return undefined;
    built.note = rule.note;
  }
  return built;
}

// --- commands and books -------------------------------------------------------------------------

/** Placeholders a note may use. */
const NOTE_PLACES = ['cluster', 'version', 'where', 'standby', 'primary'];
/** Placeholders an argument may be, whole. */
const ARG_WHOLE = ['cluster', 'version', 'registry', 'registryUsername', 'registryPassword'];
/** Placeholders an argument may hold inside other text (`--to={version}`): values, no secrets. */
const ARG_INSIDE = ['cluster', 'version'];

/**
 * The programs a user's catalog.yaml may put in a runbook: the ones ACP's upgrade pages use. The
 * catalog comes from the pull request; a book of it must not print any other program into a
 * comment operators paste on a privileged host.
 */
const USER_PROGRAMS = new Set(['ac', 'kubectl', 'violet']);
const USER_SCRIPTS = new Set(['upgrade.sh', 'res/upload.sh']);

function checkTemplate(
  text: string,
  allowed: readonly string[],
  path: PropertyKey[],
  problem: Problem,
): boolean {
  for (const match of text.matchAll(/\{([A-Za-z]+)\}/g)) {
    if (!allowed.includes(match[1]!)) {
      problem(
        path,
        `"{${match[1]}}" is not a placeholder here; use ${allowed.map((p) => `{${p}}`).join(', ')}`,
      );
      return false;
    }
  }
  return true;
}

function checkArgv(argv: string[], path: PropertyKey[], ctx: EntryContext): boolean {
  for (const [j, arg] of argv.entries()) {
    const whole = /^\{([^}]*)\}$/.exec(arg);
    if (whole && ARG_WHOLE.includes(whole[1]!)) continue;
    if (!checkTemplate(arg, ARG_INSIDE, [...path, j], ctx.problem)) return false;
  }
  if (ctx.builtin) return true;
  const [program, script] = argv;
  const allowed =
    program !== undefined &&
    (USER_PROGRAMS.has(program) || (program === 'bash' && USER_SCRIPTS.has(script ?? '')));
  if (!allowed) {
    ctx.problem(
      [...path, 0],
      `a command of catalog.yaml runs "${program ?? ''}"; catalog.yaml may only run what ACP's upgrade pages do (ac, kubectl, violet, bash upgrade.sh, bash res/upload.sh)`,
    );
  }
  return allowed;
}

/** The violet push flags a book may add: the pages' own (images only, CRs only). */
const PUSH_FLAGS = new Set(['--skip-crs', '--skip-push']);

function checkFlags(flags: string[], path: PropertyKey[], ctx: EntryContext): boolean {
  for (const [j, flag] of flags.entries()) {
    if (!PUSH_FLAGS.has(flag)) {
      ctx.problem(
        [...path, j],
        `"${flag}" is not a violet push flag a book may add (${[...PUSH_FLAGS].join(', ')})`,
      );
      return false;
    }
  }
  return true;
}

function checkShell(shell: string, path: PropertyKey[], ctx: EntryContext): boolean {
  if (!ctx.builtin) {
    ctx.problem(
      path,
      'catalog.yaml cannot give shell lines (only the built-in catalog quotes its pages): write the command as "run", one argument each',
    );
    return false;
  }
  return checkTemplate(shell, ['cluster'], path, ctx.problem);
}

function commands(
  input: CatalogRuleCommandInput[],
  path: PropertyKey[],
  ctx: EntryContext,
): RuleCommand[] | undefined {
  const out: RuleCommand[] = [];
  for (const [i, c] of input.entries()) {
    const at = [...path, i];
    if ((c.run === undefined) === (c.shell === undefined)) {
      ctx.problem(at, 'a step runs exactly one of "run" (a command) and "shell" (a line)');
      return undefined;
    }
    if (c.run && !checkArgv(c.run, [...at, 'run'], ctx)) return undefined;
    if (c.shell !== undefined && !checkShell(c.shell, [...at, 'shell'], ctx)) return undefined;
    if (!checkTemplate(c.note, NOTE_PLACES, [...at, 'note'], ctx.problem)) return undefined;
    out.push({
      on: c.on,
      note: c.note,
      ...(c.run && { run: c.run }),
      ...(c.shell !== undefined && { shell: c.shell }),
    });
  }
  return out;
}

function entries(
  input: CatalogBookEntryInput[] | undefined,
  path: PropertyKey[],
  ctx: EntryContext,
): BookEntry[] | undefined {
  const out: BookEntry[] = [];
  for (const [i, e] of (input ?? []).entries()) {
    const at = [...path, i];
    const kinds = [e.run, e.shell, e.push].filter((k) => k !== undefined).length;
    if (kinds > 1) {
      ctx.problem(at, 'a book step has at most one of "run", "shell" and "push"');
      return undefined;
    }
    if (e.run && !checkArgv(e.run, [...at, 'run'], ctx)) return undefined;
    if (e.shell !== undefined && !checkShell(e.shell, [...at, 'shell'], ctx)) return undefined;
    if (e.push && !checkFlags(e.push.flags ?? [], [...at, 'push', 'flags'], ctx)) return undefined;
    if (!checkTemplate(e.note, NOTE_PLACES, [...at, 'note'], ctx.problem)) return undefined;
    if (e.standby && !checkTemplate(e.standby, NOTE_PLACES, [...at, 'standby'], ctx.problem))
      return undefined;
    const from = e.from ? versions(e.from.length, [...at, 'from'], ctx.minor) : undefined;
    if (e.from && !from) return undefined;
    const entry: BookEntry = { note: e.note };
    if (e.as) entry.as = e.as;
    if (e.run) entry.run = e.run;
    if (e.shell !== undefined) entry.shell = e.shell;
    if (e.push)
      entry.push = {
        flags: e.push.flags ?? [],
        ...(e.push.clusters && { clusters: e.push.clusters }),
      };
    if (e.standby) entry.standby = e.standby;
    if (e.registry) entry.registry = e.registry;
    if (from) entry.from = from.map(toMinor);
    if (e.role) entry.role = e.role;
    out.push(entry);
  }
  return out;
}

export function buildBook(book: CatalogBookInput, ctx: EntryContext): Book | undefined {
  const release = ctx.minor(['release']);
  if (!release) return undefined;
  const list = (input: CatalogBookEntryInput[] | undefined, path: PropertyKey[]) =>
    entries(input, path, ctx);
  const slots = {
    prepareTier: list(book.prepare.tier, ['prepare', 'tier']),
    prepareWorkload: list(book.prepare.workload, ['prepare', 'workload']),
    windowTier: list(book.window.tier, ['window', 'tier']),
    windowWorkload: list(book.window.workload, ['window', 'workload']),
    afterTier: list(book.after?.tier, ['after', 'tier']),
    afterWorkload: list(book.after?.workload, ['after', 'workload']),
    drBefore: list(book.dr?.before, ['dr', 'before']),
    drAfter: list(book.dr?.after, ['dr', 'after']),
  };
  if (Object.values(slots).some((s) => s === undefined)) return undefined;
  const pushes = book.prepare.pushes;
  if (!checkFlags(pushes.flags ?? [], ['prepare', 'pushes', 'flags'], ctx)) return undefined;
  return {
    release: toMinor(release),
    source: book.source,
    prepare: {
      tier: slots.prepareTier!,
      pushes: {
        flags: pushes.flags ?? [],
        catalogSource: pushes.catalogSource ?? false,
        operators: pushes.operators ?? 'global',
        note: pushes.note,
      },
      workload: slots.prepareWorkload!,
    },
    window: { tier: slots.windowTier!, workload: slots.windowWorkload! },
    after: { tier: slots.afterTier!, workload: slots.afterWorkload! },
    dr: { before: slots.drBefore!, after: slots.drAfter! },
  };
}
