// The shapes of the inventory files: the single source of truth for what a file may contain.
// The types the engine uses come from these schemas, and so do the JSON Schemas for editors.
// Checks that need the source text (version spelling) or other files happen in the loader.
import { z } from 'zod';
import { LINE_BREAKING, TAGS, UNSAFE } from '../characters.js';

/**
 * No control characters (C0, DEL, C1), line separators or bidirectional overrides: such a value
 * could not be printed safely in a command or a comment, or would read as something else there.
 */
const PRINTABLE = new RegExp(`^(?:(?!${TAGS})[^${UNSAFE}])*$`);

const printableRule = (what: string) =>
  z.regex(PRINTABLE, {
    error: `${what} must not contain control characters, line breaks or direction overrides`,
  });

/**
 * A one-line text value with extra rules. The rules go in one `.check()`: each chained
 * `.min()`/`.regex()` would build a new schema, and building schemas is most of the start-up
 * cost of zod. Every string any file may hold is one of these or `printable` (issue #21: a line
 * break in a value printed in a runbook's `# note` starts a command of its own).
 */
export const text = (what: string, ...rules: z.core.$ZodCheck<string>[]) =>
  z
    .string()
    .check(z.minLength(1, { error: `${what} must not be empty` }), printableRule(what), ...rules);

/** Text of one line that may be empty. */
export const printable = (what: string) => z.string().check(printableRule(what));

const ONE_LINE = new RegExp(`^[^${LINE_BREAKING}]*$`);

/**
 * Free text another tool wrote (a display name, as violet exports it): one line, without control
 * characters, but it may hold invisible or direction characters, which every renderer shows as
 * escapes (oneLine) and which no command carries.
 */
export const freeText = (what: string) =>
  z
    .string()
    .check(
      z.regex(ONE_LINE, { error: `${what} must not contain control characters or line breaks` }),
    );

/**
 * A scalar read from its source text (a version, a kernel release): text of one line, or a
 * number. YAML reads an unquoted number from text that is one line by itself.
 */
export const printableOrNumber = (what: string) => z.union([printable(what), z.number()]);

/** A name that reaches `--clusters a,b`: no comma, and not something violet would read as a flag. */
export const ClusterName = text(
  'a cluster name',
  z.regex(/^[^,\s]+$/, { error: 'a cluster name must not contain commas or spaces' }),
  z.regex(/^[^-]/, { error: 'a cluster name must not start with "-"' }),
).describe('The cluster name, as `violet list` writes it in clusterName');

export const ApplicationName = text(
  'an application name',
  z.regex(/^[^-]/, { error: 'an application name must not start with "-"' }),
).describe('The application (package) name');

/** A path on the operator machine, passed to violet as an argument. */
export const FilePath = text(
  'a file path',
  z.regex(/^[^-]/, { error: 'a file path must not start with "-" (write ./-name)' }),
).describe('Where the file sits on the operator machine, relative to where the commands run');

export const Address = text(
  'an address',
  z.regex(/^\S+$/, { error: 'an address must not contain spaces' }),
  z.regex(/^[^-]/, { error: 'an address must not start with "-"' }),
).describe('The platform address, for example https://acp.example.com (IPv4 literals only)');

export const Registry = text(
  'a registry',
  z.regex(/^[^\s/-][^\s/]*$/, { error: 'a registry is HOST:PORT, without spaces or slashes' }),
).describe("The DR standby's registry, HOST:PORT, for --dest-repo");

/**
 * A version as written: `4.3.0`, `v4.3`, `1.31`. Unquoted `1.30` is a number to YAML; the loader
 * reads the scalar's source text, so numbers are accepted here.
 */
export const VersionValue = printableOrNumber('a version').describe(
  'A version: MAJOR.MINOR or MAJOR.MINOR.PATCH, with or without a leading v',
);

export const ApplicationType = z
  .enum(['ModulePlugin', 'OperatorBundle', 'Chart'])
  .describe('ModulePlugin (cluster plugin), OperatorBundle (operator) or Chart (Helm chart)');

/** A production node, for node-readiness gates (the Kubernetes 1.35 gate of ACP 4.4). */
export const Node = z
  .strictObject({
    name: text('a node name').describe('The node name, as `kubectl get nodes` shows it'),
    kernel: printableOrNumber('a kernel release').describe(
      'The Linux kernel release the node runs: `uname -r` on the node, or the KERNEL-VERSION column of `kubectl get nodes -o wide` (e.g. 5.14.0-427.13.1.el9_4.x86_64)',
    ),
    cgroup: z
      .enum(['v1', 'v2'])
      .describe('v2 when `stat -fc %T /sys/fs/cgroup/` prints cgroup2fs on the node, else v1'),
  })
  .describe('A production node of the cluster');

export const Cluster = z
  .strictObject({
    name: ClusterName,
    role: z
      .enum(['global', 'standby', 'workload'])
      .optional()
      .describe(
        'global | standby (global DR standby) | workload; default workload, or global by name',
      ),
    version: VersionValue.describe('The Distribution Version the cluster runs, e.g. 4.0.3'),
    kubernetes: VersionValue.describe('The Kubernetes version the cluster runs, e.g. 1.31.6'),
    minioFreeGB: z
      .number()
      .nonnegative()
      .optional()
      .describe(
        'Global or standby: the smallest free space of /cpaas/minio on its control-plane nodes, in GB',
      ),
    infrastructure: z
      .enum(['traditional', 'immutable'])
      .optional()
      .describe('traditional (default) or immutable (node images are replaced on upgrade)'),
    platformAddress: Address.optional().describe('Standby: its own platform address, for pushes'),
    registry: Registry.optional(),
    nodes: z
      .array(Node)
      .optional()
      .describe(
        "The cluster's production nodes with their kernel and cgroup version, for node-readiness gates (upgrades to ACP 4.4, Kubernetes 1.35)",
      ),
  })
  .describe('One cluster');

export const ClustersFile = z
  .strictObject({
    platformAddress: Address.optional(),
    clusters: z.array(Cluster).describe('Every cluster of the platform'),
    externalRegistry: z
      .boolean()
      .optional()
      .describe(
        'ProductBase.spec.registry.external: true when the platform uses an external registry (4.4 and later publish the Core artifacts with res/upload.sh then); default false',
      ),
  })
  .describe('acp-upgrade-check clusters.yaml: every cluster and the versions it runs');

export const Step = z
  .strictObject({
    cluster: ClusterName.optional().describe('The cluster this step upgrades'),
    clusters: z
      .array(ClusterName)
      .min(1, { message: 'clusters must name at least one cluster' })
      .optional()
      .describe('Several clusters upgraded in the same window'),
    to: VersionValue.optional().describe('The Distribution Version the cluster(s) reach'),
    kubernetes: VersionValue.optional().describe(
      'The Kubernetes version after the step; alone, a Kubernetes-only step',
    ),
  })
  .describe('One maintenance window: cluster or clusters, and to and/or kubernetes');

export const Waiver = z
  .strictObject({
    rule: text('a rule id').describe('The rule id to waive, e.g. order/kubernetes-with-core'),
    cluster: ClusterName.optional().describe('Only findings about this cluster'),
    package: text('a package name').optional().describe('Only findings about this package'),
    reason: text('a waiver reason').describe('Why the risk is accepted (shown in the comment)'),
    owner: text('a waiver owner').describe('Who accepted the risk (shown in the comment)'),
    expires: VersionValue.describe(
      'YYYY-MM-DD, quoted or not; after this day the waiver no longer applies',
    ),
  })
  .describe('An accepted risk: rule, reason, owner and expiry are required');

export const PlanFile = z
  .strictObject({
    target: VersionValue.describe('The Distribution Version the global tier must reach'),
    steps: z.array(Step).describe('Maintenance windows, run top to bottom'),
    waivers: z.array(Waiver).optional(),
  })
  .describe('acp-upgrade-check plan.yaml: the target and the ordered upgrade steps');

export const CorePackage = z
  .strictObject({
    core: VersionValue.describe('The Distribution Version of this Core package'),
    file: FilePath,
    sha256: printable('a sha256').optional(),
  })
  .describe('The Core package of a Distribution Version');

export const ApplicationPackage = z
  .strictObject({
    name: ApplicationName.describe('The application name in apps.yaml'),
    displayName: freeText('a display name').optional(),
    type: ApplicationType,
    version: VersionValue.describe('The package version'),
    lifecycle: z.enum(['aligned', 'agnostic']).optional(),
    acpVersions: z
      .array(VersionValue)
      .optional()
      .describe('The portal\'s "ACP compatible versions", e.g. ["4.2", "4.3"]'),
    file: FilePath,
    sha256: printable('a sha256').optional(),
  })
  .describe('A cluster plugin, operator or chart package');

export const PackagesFile = z
  .strictObject({
    packages: z.array(z.union([CorePackage, ApplicationPackage])).describe('Downloaded packages'),
  })
  .describe('acp-upgrade-check packages.yaml: the packages downloaded for the window');

/** apps.yaml is violet's format and may grow: keys we do not use are ignored (typos are caught). */
export const Installation = z.looseObject({
  clusterName: ClusterName,
  version: VersionValue,
});

export const Application = z.looseObject({
  displayName: freeText('a display name').optional(),
  type: ApplicationType,
  installed: z.array(Installation).nullable().optional(),
});

export const AppsFile = z.looseObject({
  applications: z.record(ApplicationName, Application).nullable(),
});

export type ClusterInput = z.infer<typeof Cluster>;
export type NodeInput = z.infer<typeof Node>;
export type StepInput = z.infer<typeof Step>;
export type WaiverInput = z.infer<typeof Waiver>;
export type CorePackageInput = z.infer<typeof CorePackage>;
export type ApplicationPackageInput = z.infer<typeof ApplicationPackage>;
export type ApplicationInput = z.infer<typeof Application>;
