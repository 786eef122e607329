// The shape of the release catalog (catalog/acp.yaml and a user's catalog.yaml).
import { z } from 'zod';

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

function buildSchemas() {
  /** A minor version key such as "4.3" or "1.31"; numbers are read from their source text. */
  const Minor = z.union([z.string(), z.number()]).describe('A minor version, e.g. "4.3" or "1.31"');
  const Source = z.string().min(1).describe('The public document this entry restates');

  const Patterns = z
    .strictObject({
      nameContains: z.array(z.string().min(1)).max(MAX_LIST).optional(),
      displayNameContains: z.array(z.string().min(1)).max(MAX_LIST).optional(),
    })
    .describe(
      'Substrings that recognise an application or package (case-insensitive; spaces, "-" and "_" ignored)',
    );

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
      source: Source,
    })
    .describe('One ACP release');

  const CatalogEdge = z
    .strictObject({
      from: Minor.describe('Source release, MAJOR.MINOR'),
      to: Minor.describe('Target release, MAJOR.MINOR'),
      fromPatches: z
        .array(z.union([z.string(), z.number()]))
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
            verify: z
              .string()
              .min(1)
              .describe('What must hold before the upgrade, in words (e.g. "Istio is on 1.22")'),
            notInstalled: Patterns.optional().describe(
              'Applications that break it when apps.yaml shows them installed',
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
        id: z.string().min(1),
        rule: z.literal('packages/topolvm-prestage'),
        edges: z
          .array(z.strictObject({ from: Minor, to: Minor }))
          .min(1)
          .max(MAX_LIST)
          .describe('The upgrade paths that need the package pushed before the global step'),
        application: Patterns.describe('Recognises the application in apps.yaml'),
        source: Source,
      }),
      z.strictObject({
        id: z.string().min(1),
        rule: z.literal('packages/log-essentials'),
        globalAtLeast: Minor.describe(
          'Applies when the global tier moves to this release or later',
        ),
        whenInstalled: Patterns.describe('Applications whose presence requires the package'),
        package: Patterns.describe('Recognises the required package in packages.yaml'),
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
