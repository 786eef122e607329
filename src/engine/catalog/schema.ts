// The shape of the release catalog (catalog/acp.yaml and a user's catalog.yaml).
import { z } from 'zod';
import { printableOrNumber, text } from '../inventory/schemas.js';

/**
 * The catalog file's schema, built on first use: only a user's catalog.yaml (and the docs
 * generator) needs it, and building zod schemas costs start-up time at every run.
 */
export function catalogFileSchema() {
  return (built ??= buildSchemas());
}

let built: ReturnType<typeof buildSchemas> | undefined;

export const MAX_RELEASES = 200;
export const MAX_EDGES = 2000;
export const MAX_RULES = 200;
/** Versions in one list (a matrix row, an edge's source patches) and patterns in one rule. */
const MAX_LIST = 100;
/** Arguments of one command. */
const MAX_ARGS = 30;

function buildSchemas() {
  /** A minor version key such as "4.3" or "1.31"; numbers are read from their source text. */
  // Every string is one line (issue #21): a task, a scenario or an ack key is printed in a
  // runbook's `# note`, where a line break would start a command of its own.
  const Minor = printableOrNumber('a minor version').describe(
    'A minor version, e.g. "4.3" or "1.31"',
  );
  const Source = text('a source').describe('The public document this entry restates');
  const Id = text('a rule id');

  const Patterns = z
    .strictObject({
      nameContains: z.array(text('a pattern')).max(MAX_LIST).optional(),
      displayNameContains: z.array(text('a pattern')).max(MAX_LIST).optional(),
    })
    .describe(
      'Substrings that recognise an application or package (case-insensitive; spaces, "-" and "_" ignored)',
    );

  /** Free text from the catalog: one line, as everything printed in a comment or a runbook. */
  const Text = text('a text');
  const EdgeList = z
    .array(z.strictObject({ from: Minor, to: Minor }))
    .min(1)
    .max(MAX_LIST);

  /** A command a package rule's steps run, where, and why. */
  const RuleCommand = z
    .strictObject({
      on: z
        .enum(['cluster', 'global'])
        .describe("The cluster's control-plane node, or the global's"),
      run: z.array(Text).min(1).max(MAX_ARGS).optional().describe('The command, one argument each'),
      shell: Text.optional().describe("A line of the page's own (built-in catalog only)"),
      note: Text.describe('Why, in words; {cluster} stands for the cluster'),
    })
    .describe('A step of a package rule');

  const BookEntry = z
    .strictObject({
      as: z
        .enum(['sync', 'preflight', 'start', 'request'])
        .optional()
        .describe('What the step is, for the composition: sync, preflight, start or request'),
      run: z.array(Text).min(1).max(MAX_ARGS).optional().describe('A command, one argument each'),
      shell: Text.optional().describe("A line of the page's own (built-in catalog only)"),
      push: z
        .strictObject({
          flags: z.array(Text).max(MAX_ARGS).optional(),
          clusters: z.literal('this').optional(),
        })
        .optional()
        .describe(
          "The hop's packages, pushed with violet (clusters: this: the cluster's operators)",
        ),
      note: Text.describe('What the step does, in words (placeholders in braces)'),
      standby: Text.optional().describe('The note for a DR standby, when it differs'),
      registry: z.enum(['builtin', 'external']).optional().describe('Only for this registry type'),
      from: z.array(Minor).max(MAX_LIST).optional().describe('Only for hops from these releases'),
      role: z.enum(['global', 'standby']).optional().describe('Only for this global-tier role'),
    })
    .describe('A step of a release book');
  const Entries = z.array(BookEntry).max(MAX_LIST);

  const Book = z
    .strictObject({
      release: Minor.describe('The release whose hops follow this book'),
      source: Source,
      prepare: z.strictObject({
        tier: Entries.optional(),
        pushes: z
          .strictObject({
            flags: z.array(Text).max(MAX_ARGS).optional(),
            catalogSource: z.boolean().optional(),
            operators: z.enum(['global', 'all-moving']).optional(),
            note: Text,
          })
          .describe("How the hop's packages are pushed before its windows"),
        workload: Entries.optional(),
      }),
      window: z.strictObject({ tier: Entries, workload: Entries }),
      after: z.strictObject({ tier: Entries.optional(), workload: Entries.optional() }).optional(),
      dr: z.strictObject({ before: Entries, after: Entries }).optional(),
    })
    .describe("A release's upgrade procedure, from its own docs branch");

  const CatalogRelease = z
    .strictObject({
      version: Minor.describe('The release, MAJOR.MINOR'),
      kubernetes: z
        .strictObject({
          creation: z
            .array(Minor)
            .min(1)
            .max(MAX_LIST)
            .describe('Kubernetes minors supported for cluster creation'),
          compatible: z
            .array(Minor)
            .min(1)
            .max(MAX_LIST)
            .describe(
              'Compatible Versions: what workloads may run before the global tier moves here',
            ),
        })
        .optional()
        .describe('The Kubernetes support matrix row; absent when no document gives one'),
      latestPatch: Minor.optional().describe(
        'The newest documented patch of the release (MAJOR.MINOR.PATCH); suggested plans land on it',
      ),
      source: Source,
    })
    .describe('One ACP release');

  const CatalogEdge = z
    .strictObject({
      from: Minor.describe('Source release, MAJOR.MINOR'),
      to: Minor.describe('Target release, MAJOR.MINOR'),
      fromPatches: z
        .array(printableOrNumber('a source patch'))
        .max(MAX_LIST)
        .optional()
        .describe('Only these source patches qualify (all clusters must be on one of them)'),
      kubernetes: z
        .union([
          z.literal('within-compatible'),
          z.strictObject({
            atLeast: Minor.describe('Every cluster runs this Kubernetes minor or later'),
          }),
        ])
        .describe(
          'within-compatible (workloads inside the target\'s Compatible Versions) or { atLeast: "1.31" }',
        ),
      prerequisites: z
        .array(
          z.strictObject({
            verify: text('a prerequisite').describe(
              'What must hold before the upgrade, in words (e.g. "Istio is on 1.22")',
            ),
            notInstalled: Patterns.optional().describe(
              'Applications that break it when apps.yaml shows them installed',
            ),
            fix: Text.optional().describe(
              'What to do about such an application (default: uninstall it before the upgrade)',
            ),
          }),
        )
        .max(MAX_LIST)
        .optional()
        .describe("The path's prerequisites beyond Kubernetes (path/edge-prerequisite)"),
      source: Source,
    })
    .describe('A supported upgrade path');

  const CatalogPackageRule = z
    .discriminatedUnion('rule', [
      z.strictObject({
        id: Id,
        rule: z.literal('packages/topolvm-prestage'),
        edges: EdgeList.describe(
          'The upgrade paths that need the package pushed before the global step',
        ),
        application: Patterns.describe('Recognises the application in apps.yaml'),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z.literal('packages/topolvm-backup'),
        edges: EdgeList.describe('The upgrade paths whose clusters running it need the steps'),
        crsWithPlatformCatalogFrom: z
          .array(Minor)
          .max(MAX_LIST)
          .optional()
          .describe(
            'From these sources, its CRs are created on their own, with --target-catalog-source platform',
          ),
        application: Patterns.describe('Recognises the application in apps.yaml'),
        before: z
          .array(RuleCommand)
          .max(MAX_LIST)
          .describe(
            "Run before the upgrade of each cluster that runs it, in that cluster's window",
          ),
        after: z.array(RuleCommand).max(MAX_LIST).describe('Run once that cluster is upgraded'),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z.literal('platform/release-note'),
        moves: z
          .strictObject({ from: Minor, to: Minor })
          .optional()
          .describe('Applies to a move from this exact version to that one (MAJOR.MINOR.PATCH)'),
        globalInto: Minor.optional().describe(
          'Applies when the global tier moves from below this release into it or later',
        ),
        whenInstalled: Patterns.optional().describe('Only when such an application is installed'),
        warning: Text.describe('What to do, in words: the finding (platform/release-note)'),
        note: Text.optional().describe("A line for the runbook, in each moving cluster's window"),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z.literal('packages/log-essentials'),
        globalAtLeast: Minor.describe(
          'Applies when the global tier moves to this release or later',
        ),
        whenInstalled: Patterns.describe('Applications whose presence requires the package'),
        package: Patterns.describe('Recognises the required package in packages.yaml'),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z.literal('packages/mysql-pxc'),
        globalInto: Minor.describe(
          'Applies when the global tier moves into this release from below it',
        ),
        application: Patterns.describe('Recognises the MySQL application in apps.yaml'),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z.literal('platform/post-upgrade'),
        release: Minor.describe(
          'Applies when the global tier moves into this release from below it',
        ),
        after: z
          .enum(['global', 'all-workloads'])
          .describe('Falls due once the global reaches the release, or once every workload has'),
        sourceBelow: Minor.optional().describe(
          'Only when the release the global tier moves from is below this one',
        ),
        whenInstalled: Patterns.optional().describe(
          'Only when such an application is installed; the task names them',
        ),
        task: text('a task').describe(
          'What to do, in words; {installed} stands for the installed applications',
        ),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z
          .literal('packages/missing')
          .describe(
            'A scenario package set: its members missing from packages.yaml are packages/missing',
          ),
        scenario: text('a scenario').describe(
          'The scenario name violet downloads, e.g. "ACP Upgrade to v4.4"',
        ),
        release: Minor.describe('Applies to a hop into this release'),
        violetAtLeast: text('a violet version').describe(
          'The oldest violet that downloads the set',
        ),
        displayNames: z
          .array(text('a display name'))
          .min(1)
          .max(MAX_LIST)
          .describe(
            'The applications of the set, by display name (case-insensitive; spaces, "-" and "_" ignored; whole names)',
          ),
        neverPushFrom: z
          .array(Minor)
          .max(MAX_LIST)
          .optional()
          .describe('Source releases whose guide warns against pushing the set with violet'),
        agnosticOptional: z
          .boolean()
          .optional()
          .describe('Missing Agnostic packages do not block the upgrade of this release'),
        source: Source,
      }),
      z.strictObject({
        id: Id,
        rule: z.literal('platform/node-readiness'),
        kubernetesAtLeast: Minor.describe(
          'Applies to a hop into a release whose creation Kubernetes is this minor or later',
        ),
        kernelAtLeast: Minor.describe(
          'The oldest Linux kernel a production node may run, MAJOR.MINOR',
        ),
        cgroup: z.literal('v2').describe('The cgroup version every production node must run'),
        ackKeys: z
          .array(z.strictObject({ release: Minor, key: text('an ack key') }))
          .max(MAX_LIST)
          .describe("The administrator acknowledgement key of each release's gate"),
        source: Source,
      }),
    ])
    .describe('A special package rule');

  // A catalog.yaml comes from the pull request: its size is bounded so that no file can make
  // route search or matching expensive (SPEC §2: at most 200 releases and 2,000 edges).
  const CatalogFile = z
    .strictObject({
      schemaVersion: z.literal(1).optional(),
      version: z
        .number()
        .int()
        .positive()
        .optional()
        .describe("The built-in catalog's version, raised whenever its facts change"),
      releases: z
        .array(CatalogRelease)
        .max(MAX_RELEASES, { error: `at most ${MAX_RELEASES} releases` })
        .optional(),
      edges: z
        .array(CatalogEdge)
        .max(MAX_EDGES, { error: `at most ${MAX_EDGES} edges` })
        .optional(),
      packageRules: z
        .array(CatalogPackageRule)
        .max(MAX_RULES, { error: `at most ${MAX_RULES} package rules` })
        .optional(),
      books: z
        .array(Book)
        .max(MAX_RELEASES, { error: `at most ${MAX_RELEASES} books` })
        .optional(),
      platform: z
        .strictObject({
          minioMinFreeGB: z.number().positive().describe('Minimum free GB in /cpaas/minio'),
          source: Source,
        })
        .optional(),
    })
    .describe('acp-upgrade-check catalog: releases, upgrade paths and package rules');
  return CatalogFile;
}

export type CatalogFileInput = z.infer<ReturnType<typeof catalogFileSchema>>;
export type CatalogPackageRuleInput = NonNullable<CatalogFileInput['packageRules']>[number];
export type CatalogBookInput = NonNullable<CatalogFileInput['books']>[number];
export type CatalogBookEntryInput = NonNullable<CatalogBookInput['window']['tier']>[number];
export type CatalogRuleCommandInput = Extract<
  CatalogPackageRuleInput,
  { rule: 'packages/topolvm-backup' }
>['before'][number];
