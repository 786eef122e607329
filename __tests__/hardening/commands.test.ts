// Shell metacharacters, quotes and `$(...)` in every inventory value that reaches a command: each
// value arrives as one intact argument, and nothing else runs. Proven by running the generated
// lines under bash with `violet` and `bash upgrade.sh` replaced by functions that record their
// arguments. Values that cannot be made safe (line breaks, control characters, a leading "-")
// are refused with input/schema instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import type { Report } from '../../src/engine/report.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { expectedArgv as expectedEnvArgv, runWithShims } from '../runbook-shims.js';
import { TODAY, lineOf, pathOf } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'acp-shell-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A YAML double-quoted scalar holding exactly `value` (JSON strings are valid YAML). */
const q = (value: string) => JSON.stringify(value);

/** Would leave a file named pwned-<tag> behind if any of it ran. */
const payload = (tag: string) =>
  [
    `$(touch\${IFS}pwned-${tag}-a)`,
    `\`touch\${IFS}pwned-${tag}-b\``,
    `;touch\${IFS}pwned-${tag}-c;`,
    `&&touch\${IFS}pwned-${tag}-d`,
    `|touch\${IFS}pwned-${tag}-e`,
    `>pwned-${tag}-f`,
  ].join('');

const HOSTILE = {
  address: `https://acp.example.com/${payload('address')}'"\\!*?[x]{a,b}~#%`,
  standbyAddress: `https://dr.example.com/${payload('standby-address')}`,
  registry: `10.0.0.1:11443${payload('registry')}`,
  global: `g${payload('global')}`,
  standby: `dr'${payload('standby')}"`,
  workloads: [
    `w1${payload('w1')}`,
    `w2'"\\$HOME$PATH\${HOME}!!~root*?[ab]{c..d}<in#x`,
    `w3$((1+1))${payload('w3')}`,
  ],
  topolvm: `topolvm ${payload('app-topolvm')} "quoted" 'single'`,
  operator: `operator <b>${payload('app-operator')}`,
  plugin: `plugin # not a comment ${payload('app-plugin')}`,
  chart: `chart \\ backslash ${payload('app-chart')}`,
  files: {
    core: `core dir/${payload('core')}/acp core 4.3.0.tgz`,
    topolvm: `pkgs/'one' "two" ${payload('file-topolvm')}.tgz`,
    operator: `pkgs/$ACP_PLATFORM_TOKEN ${payload('file-operator')}.tgz`,
    plugin: `other pkgs/*?[a]{b,c}~ ${payload('file-plugin')}.tgz`,
    chart: `/abs/${payload('file-chart')} \\ .tgz`,
  },
};

/** A DR platform on 4.0 going to 4.3 with TopoLVM installed: every kind of command is generated. */
function hostileInventory(withAddresses = true) {
  const [w1, w2, w3] = HOSTILE.workloads;
  const clusters = [
    ...(withAddresses ? [`platformAddress: ${q(HOSTILE.address)}`] : []),
    'clusters:',
    `  - name: ${q(HOSTILE.global)}`,
    '    role: global',
    '    version: 4.0.3',
    '    kubernetes: 1.31.6',
    '    minioFreeGB: 200',
    `  - name: ${q(HOSTILE.standby)}`,
    '    role: standby',
    ...(withAddresses
      ? [
          `    platformAddress: ${q(HOSTILE.standbyAddress)}`,
          `    registry: ${q(HOSTILE.registry)}`,
        ]
      : []),
    '    version: 4.0.3',
    '    kubernetes: 1.31.6',
    '    minioFreeGB: 200',
    ...HOSTILE.workloads.flatMap((name) => [
      `  - name: ${q(name)}`,
      '    version: 4.0.3',
      '    kubernetes: 1.31.2',
    ]),
  ];
  const app = (name: string, type: string, on: string[]) => [
    `  ${q(name)}:`,
    `    type: ${type}`,
    '    installed:',
    ...on.flatMap((c) => [`      - clusterName: ${q(c)}`, '        version: 1.0.0']),
  ];
  const apps = [
    'applications:',
    ...app(HOSTILE.topolvm, 'OperatorBundle', [HOSTILE.global, w1!]),
    ...app(HOSTILE.operator, 'OperatorBundle', [w2!, w3!]),
    ...app(HOSTILE.plugin, 'ModulePlugin', [w1!, w3!]),
    ...app(HOSTILE.chart, 'Chart', [HOSTILE.global]),
  ];
  const pkg = (name: string, type: string, file: string) => [
    `  - name: ${q(name)}`,
    `    type: ${type}`,
    '    version: 2.0.0',
    `    file: ${q(file)}`,
  ];
  const packages = [
    'packages:',
    `  - core: 4.3.0`,
    `    file: ${q(HOSTILE.files.core)}`,
    ...pkg(HOSTILE.topolvm, 'OperatorBundle', HOSTILE.files.topolvm),
    ...pkg(HOSTILE.operator, 'OperatorBundle', HOSTILE.files.operator),
    ...pkg(HOSTILE.plugin, 'ModulePlugin', HOSTILE.files.plugin),
    ...pkg(HOSTILE.chart, 'Chart', HOSTILE.files.chart),
  ];
  const plan = [
    'target: 4.3.0',
    'steps:',
    `  - cluster: ${q(HOSTILE.standby)}`,
    '    to: 4.3.0',
    `  - cluster: ${q(HOSTILE.global)}`,
    '    to: 4.3.0',
    `  - clusters: [${HOSTILE.workloads.map(q).join(', ')}]`,
    '    to: 4.3.0',
  ];
  const text = (lines: string[]) => `${lines.join('\n')}\n`;
  return {
    apps: { path: pathOf('apps'), text: text(apps) },
    clusters: { path: pathOf('clusters'), text: text(clusters) },
    plan: { path: pathOf('plan'), text: text(plan) },
    packages: { path: pathOf('packages'), text: text(packages) },
  };
}

/** Values for every variable a command may reference; hostile too, and the token a secret. */
const ENV = {
  ACP_PLATFORM_TOKEN: `s3cr3t-token $(touch pwned-token) * "'`,
  ACP_STANDBY_PLATFORM_TOKEN: `s3cr3t-standby $(touch pwned-standby-token) * "'`,
  ACP_PLATFORM_ADDRESS: `https://env.example.com/$(touch pwned-env-address) *`,
  ACP_STANDBY_PLATFORM_ADDRESS: `https://env-dr.example.com/\`touch pwned-env-standby\``,
  ACP_STANDBY_REGISTRY: `10.9.9.9:5000;touch pwned-env-registry`,
  ACP_STANDBY_REGISTRY_USERNAME: `user $(touch pwned-env-user)`,
  ACP_STANDBY_REGISTRY_PASSWORD: `pa ss'"$(touch pwned-env-password)`,
};

/** The arguments the command should receive: `$NAME` references replaced by the environment. */
function expectedArgv(argv: string[]): string[] {
  return expectedEnvArgv(argv, ENV);
}

/**
 * Runs a bash script with `violet`, `ac`, `cp` and `upgrade.sh` recorded (runbook-shims.ts), in
 * the environment above; `name` only tells the runs apart.
 */
function runRecorded(script: string, name: string): { calls: string[][]; leftovers: string[] } {
  return runWithShims(mkdtempSync(join(scratch, `${name}-`)), script, ENV);
}

/** The commands that run something (notes have an empty argv and print as comments only). */
function runnable(report: Report) {
  return report.commands.filter((c) => c.argv.length > 0);
}

function hostileReport(withAddresses = true): Report {
  return check(hostileInventory(withAddresses), { inventory: 'acp', today: TODAY });
}

describe('generated commands with hostile inventory values', () => {
  const report = hostileReport();

  it('loads: none of these values is refused, so every kind of command is generated', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(report.commands.map((c) => c.stage))).toEqual(
      new Set([
        'verify',
        'note',
        'before-window',
        'core',
        'push',
        'standby',
        'window',
        'request',
        'post-upgrade',
      ]),
    );
  });

  it('puts each value into argv as one whole element', () => {
    const argvs = report.commands.map((c) => c.argv);
    const elements = new Set(argvs.flat());
    const [w1, w2, w3] = HOSTILE.workloads;
    for (const file of Object.values(HOSTILE.files).filter((f) => f !== HOSTILE.files.core))
      expect(elements).toContain(file);
    for (const value of [
      HOSTILE.address,
      HOSTILE.standbyAddress,
      HOSTILE.registry,
      `${HOSTILE.global},${w1}`, // TopoLVM pre-stage: the clusters that run it
      `${HOSTILE.global},${w2},${w3}`, // an operator: global and its workloads
      ...HOSTILE.workloads.map((w) => `--cluster=${w}`),
      HOSTILE.files.core.slice(0, HOSTILE.files.core.lastIndexOf('/')), // verify its folder
    ])
      expect(elements).toContain(value);
  });

  it('runs under bash as exactly those commands, each value one intact argument, and nothing else', () => {
    const script = report.commands.map((c) => c.shell).join('\n');
    const { calls, leftovers } = runRecorded(script, 'lines');
    expect(calls).toEqual(runnable(report).map((c) => expectedArgv(c.argv)));
    expect(leftovers).toEqual([]);
  });

  it('runs the same when the commands are copied from the comment or the terminal, comments included', () => {
    const markdown = renderMarkdown(report);
    // One bash block per window, in run order.
    const blocks = [...markdown.matchAll(/(`{3,})bash\n([\s\S]*?)\n\1\n/g)].map((m) => m[2]!);
    expect(blocks.length).toBeGreaterThan(3);
    const block = blocks.join('\n');
    const text = renderText(report);
    const section = text.slice(
      text.indexOf('Commands (in order)\n') + 'Commands (in order)\n'.length,
    );
    const terminal = section
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .join('\n');
    for (const [name, script] of [
      ['markdown', block],
      ['text', terminal],
    ] as const) {
      const { calls, leftovers } = runRecorded(script, name);
      expect(calls).toEqual(runnable(report).map((c) => expectedArgv(c.argv)));
      expect(leftovers).toEqual([]);
    }
  });

  it('expands $ACP_PLATFORM_TOKEN (and the standby its own token) from the environment and never prints them', () => {
    const { calls } = runRecorded(report.commands.map((c) => c.shell).join('\n'), 'token');
    const tokens = calls.flatMap((args) =>
      args.flatMap((arg, i) => (args[i - 1] === '--platform-token' ? [arg] : [])),
    );
    expect(tokens.length).toBeGreaterThan(0);
    expect(new Set(tokens)).toEqual(
      new Set([ENV.ACP_PLATFORM_TOKEN, ENV.ACP_STANDBY_PLATFORM_TOKEN]),
    );
    for (const c of report.commands) {
      if (c.argv.includes('--platform-token')) {
        // The DR standby's pushes go through its own platform, with its own token.
        const variable =
          c.stage === 'standby' || (c.stage === 'before-window' && c.cluster)
            ? 'ACP_STANDBY_PLATFORM_TOKEN'
            : 'ACP_PLATFORM_TOKEN';
        expect(c.argv[c.argv.indexOf('--platform-token') + 1]).toBe(`$${variable}`);
        expect(c.shell).toContain(`--platform-token "$${variable}"`);
      }
    }
    // A file named "$ACP_PLATFORM_TOKEN ..." stays that text: it must not expand to the secret.
    expect(calls.flat()).toContain(HOSTILE.files.operator);
    const secretWhere = calls.flatMap((args) =>
      args.flatMap((arg, i) => (arg.includes('s3cr3t') ? [args[i - 1]] : [])),
    );
    expect(new Set(secretWhere)).toEqual(new Set(['--platform-token']));
    for (const rendered of [renderJson(report), renderMarkdown(report), renderText(report)])
      expect(rendered).not.toContain('s3cr3t');
  });

  it('uses the environment for addresses and the registry when the inventory has none', () => {
    const bare = hostileReport(false);
    expect(bare.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const flat = bare.commands.flatMap((c) => c.argv);
    for (const ref of [
      '$ACP_PLATFORM_ADDRESS',
      '$ACP_STANDBY_PLATFORM_ADDRESS',
      '$ACP_STANDBY_REGISTRY',
    ])
      expect(flat).toContain(ref);
    const { calls, leftovers } = runRecorded(bare.commands.map((c) => c.shell).join('\n'), 'env');
    expect(calls).toEqual(runnable(bare).map((c) => expectedArgv(c.argv)));
    expect(leftovers).toEqual([]);
  });
});

describe('values that cannot be made safe are refused with input/schema', () => {
  const base = hostileInventory();
  type Field = 'clusters' | 'packages' | 'apps';
  const cases: [string, Field, string, string][] = [
    ['a cluster name with a line break', 'clusters', q(HOSTILE.global), q('g\nrm -rf ~')],
    ['a cluster name with a control character', 'clusters', q(HOSTILE.global), q('g\u001b[2J')],
    ['a cluster name with a C1 control (CSI)', 'clusters', q(HOSTILE.global), q('g\u009b2J')],
    [
      'a package file with a direction override',
      'packages',
      q(HOSTILE.files.plugin),
      q('a\u202egzt.sh'),
    ],
    ['a cluster name starting with "-"', 'clusters', q(HOSTILE.global), q('--help')],
    ['a cluster name with a comma', 'clusters', q(HOSTILE.global), q('a,b')],
    ['a cluster name with a space', 'clusters', q(HOSTILE.global), q('a b')],
    ['a platform address with a line break', 'clusters', q(HOSTILE.address), q('https://x\n;id')],
    ['a platform address starting with "-"', 'clusters', q(HOSTILE.address), q('-x')],
    ['a standby address with a tab', 'clusters', q(HOSTILE.standbyAddress), q('https://x\ty')],
    ['a registry with a carriage return', 'clusters', q(HOSTILE.registry), q('10.0.0.1:5000\r')],
    ['a registry starting with "-"', 'clusters', q(HOSTILE.registry), q('--no-auth')],
    ['a package file with a line break', 'packages', q(HOSTILE.files.plugin), q('a.tgz\nid')],
    [
      'a package file starting with "-"',
      'packages',
      q(HOSTILE.files.plugin),
      q('--platform-token=x'),
    ],
    ['a Core file with a DEL character', 'packages', q(HOSTILE.files.core), q('core\u007f.tgz')],
    ['a package name with a line break', 'packages', q(HOSTILE.plugin), q('plugin\nid')],
    ['an application name with a line break', 'apps', q(HOSTILE.plugin), q('plugin\nid')],
    ['an application name with a control character', 'apps', q(HOSTILE.chart), q('chart\u0007')],
    // Invisible characters: the value would read as another one in the comment or the terminal.
    ...(
      [
        ['a zero-width space', '\u200b'],
        ['a zero-width joiner', '\u200d'],
        ['a word joiner', '\u2060'],
        ['a byte order mark', '\ufeff'],
        ['a soft hyphen', '\u00ad'],
        ['a Mongolian vowel separator', '\u180e'],
        ['a tag character', '\u{e0041}'],
      ] as const
    ).map(([what, c]): [string, Field, string, string] => [
      `a package file with ${what}`,
      'packages',
      q(HOSTILE.files.plugin),
      q(`plugin${c}.tgz`),
    ]),
  ];
  it.each(cases)('refuses %s on its line, and prints no command', (_, field, from, to) => {
    const text = base[field].text;
    const first = text.indexOf(from);
    expect(first).toBeGreaterThanOrEqual(0);
    const changed = text.slice(0, first) + to + text.slice(first + from.length);
    const report = check(
      { ...base, [field]: { path: pathOf(field), text: changed } },
      { inventory: 'acp', today: TODAY },
    );
    const refused = report.findings.filter((f) => f.rule === 'input/schema');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({
      file: pathOf(field),
      line: lineOf(changed, to),
      severity: 'error',
    });
    expect(report.commands).toEqual([]);
    expect(report.verdict).toBe('fail');
  });
});
