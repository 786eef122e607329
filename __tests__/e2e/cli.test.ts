// The CLI as a user runs it: `node dist/cli.js` in a child process.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { reportSchemaErrors } from '../support/report-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const example = join(root, 'examples/acp');
const scratch = mkdtempSync(join(tmpdir(), 'acp-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd = root, nodeArgs: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A usage error: exit 2, one message on stderr that says what was wrong, nothing on stdout. */
function expectUsageError(args: string[], message: string | RegExp) {
  const result = run(args);
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return result;
}

/** A JSON report the CLI wrote, checked against schemas/report.schema.json. */
function parseReport(text: string) {
  const report = JSON.parse(text);
  expect(reportSchemaErrors(report)).toEqual([]);
  return report;
}

/** A copy of the example inventory with one file replaced. */
function variant(name: string, file: string, text: string): string {
  const dir = join(scratch, name);
  cpSync(example, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('node dist/cli.js', () => {
  it('passes the bundled example and prints the plan, downloads and commands', () => {
    const { code, stdout } = run(['--inventory', 'examples/acp']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^acp-upgrade-check upgrade check: PASS \(0 errors/);
    expect(stdout).toContain('[x] Core 4.3.0  packages/acp-core-4.3.0.tgz');
    expect(stdout).toContain(
      'violet push packages/redis-operator.v4.3.0.tgz --target-catalog-source platform --platform-address https://acp.example.com --platform-token "$ACP_PLATFORM_TOKEN" --clusters global,prod-b',
    );
  });

  it('writes the JSON report of SPEC §4', () => {
    const { code, stdout } = run(['--inventory', 'examples/acp', '--format', 'json']);
    expect(code).toBe(0);
    const report = parseReport(stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      verdict: 'pass',
      target: '4.3.0',
      summary: { errors: 0 },
    });
    expect(report.timeline[0]).toEqual({
      step: 1,
      cluster: 'prod-a',
      role: 'workload',
      from: { version: '4.2.1', kubernetes: '1.30.9' },
      to: { version: '4.2.1', kubernetes: '1.31' },
    });
    expect(report.downloads[0]).toEqual({
      kind: 'core',
      hop: '4.3.0',
      version: '4.3.0',
      status: 'present',
      file: 'packages/acp-core-4.3.0.tgz',
    });
    const push = report.commands.find(
      (c: { package?: string; stage: string }) =>
        c.package === 'topolvm-operator' && c.stage === 'push',
    );
    expect(push.argv).toEqual([
      'violet',
      'push',
      'packages/topolvm-operator.v2.4.1.tgz',
      '--target-catalog-source',
      'platform',
      '--platform-address',
      'https://acp.example.com',
      '--platform-token',
      '$ACP_PLATFORM_TOKEN',
      '--clusters',
      'global,prod-a',
    ]);
  });

  it('fails with exit 1 and points at the step when a workload moves before the global tier', () => {
    const dir = variant(
      'workload-first',
      'plan.yaml',
      'target: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: "1.31"\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n',
    );
    const { code, stdout } = run(['--inventory', dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = parseReport(stdout);
    expect(report.verdict).toBe('fail');
    const finding = report.findings.find(
      (f: { rule: string; cluster: string }) =>
        f.rule === 'order/global-first' && f.cluster === 'prod-a',
    );
    expect(finding).toMatchObject({ file: `${dir}/plan.yaml`, line: 5, column: 16, step: 2 });
    expect(report.suggestedPlan).toContain('target: 4.3.0');
  });

  it('renders Markdown with the verdict, a Mermaid plan and a bash block', () => {
    const { code, stdout } = run(['--inventory', 'examples/acp', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('### ✅ ACP upgrade check: pass');
    expect(stdout).toContain('```mermaid');
    expect(stdout).toMatch(/```bash\n# check the signatures/);
  });

  it('renders SARIF 2.1.0 with one result per finding', () => {
    const dir = variant('no-packages', 'packages.yaml', 'packages: []\n');
    const { code, stdout } = run(['--inventory', dir, '--format', 'sarif']);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toContain('packages/core-missing');
    expect(results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it('writes the report to --out instead of stdout', () => {
    const out = join(scratch, 'report.json');
    const { code, stdout } = run(['--inventory', 'examples/acp', '--format', 'json', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(parseReport(readFileSync(out, 'utf8')).verdict).toBe('pass');
  });

  it('exits 1 with a finding, not a stack trace, for broken YAML', () => {
    const dir = variant(
      'broken',
      'clusters.yaml',
      'clusters:\n  - name: global\n    version: [4.2.1\n',
    );
    const { code, stdout, stderr } = run(['--inventory', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('input/yaml-syntax');
    expect(stdout).toContain(`${dir}/clusters.yaml:`);
    expect(stderr).toBe('');
  });

  it('exits 2 for an unknown flag, with a "did you mean"', () => {
    const { stderr } = expectUsageError(
      ['--invetory', 'examples/acp'],
      'unknown option --invetory; did you mean --inventory?',
    );
    expect(stderr).not.toContain('positional');
    expectUsageError(['--inventroy', 'x'], 'did you mean --inventory?');
    expectUsageError(['--fail-no', 'never'], 'did you mean --fail-on?');
    expectUsageError(['--colour'], /^acp-upgrade-check: unknown option --colour\n/);
  });

  it('exits 2 for a flag the subcommand does not take, instead of ignoring it', () => {
    expectUsageError(
      ['check', '--inventory', 'examples/acp', '--target', '4.2.0'],
      'check does not take --target',
    );
    expectUsageError(
      ['--inventory', 'examples/acp', '--target', '4.2.0'],
      'check does not take --target',
    );
    expectUsageError(
      ['suggest', '--inventory', 'examples/acp', '--target', '4.3.0', '--format', 'json'],
      'suggest does not take --format',
    );
    expectUsageError(
      ['--inventory', 'examples/acp', '--live-apps', 'x.yaml'],
      '--live-apps is for --mode drift',
    );
  });

  it('exits 2 for a missing inventory folder', () => {
    expectUsageError(['--inventory', join(scratch, 'nope')], 'no inventory folder');
  });

  it('exits 2, without a stack, for an --out folder that does not exist', () => {
    const out = join(scratch, 'no-such-folder', 'report.json');
    expectUsageError(
      ['--inventory', 'examples/acp', '--format', 'json', '--out', out],
      `no folder "${join(scratch, 'no-such-folder')}" for --out`,
    );
    expectUsageError(['--inventory', 'examples/acp', '--out', scratch], 'is a folder');
  });

  it('exits 2 for suggest to a release the catalog lacks, listing the ones it knows', () => {
    const { stderr } = expectUsageError(
      // A release no catalog will have soon; 4.4 and 4.5 may be built in or added by a user.
      ['suggest', '--inventory', 'examples/acp', '--target', '4.9.0'],
      'the release catalog does not know 4.9',
    );
    // Every release the built-in catalog upgrades to, in order.
    const targets = [
      ...readFileSync(join(root, 'catalog/acp.yaml'), 'utf8').matchAll(/^\s+to: "?(\d+\.\d+)/gm),
    ]
      .map((m) => m[1]!)
      .filter((v, i, all) => all.indexOf(v) === i)
      .sort((a, b) => {
        const [am, an] = a.split('.').map(Number) as [number, number];
        const [bm, bn] = b.split('.').map(Number) as [number, number];
        return am - bm || an - bn;
      });
    expect(targets).toEqual(expect.arrayContaining(['4.0', '4.1', '4.2', '4.3']));
    expect(stderr).toContain(`it knows upgrades to ${targets.join(', ')} (`);
    expectUsageError(
      ['suggest', '--inventory', 'examples/acp', '--target', 'latest'],
      'is not a version',
    );
  });

  it('prints the version with --version, and usage with --help', () => {
    const version = run(['--version']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('acp-upgrade-check suggest [--inventory DIR] --target VERSION');
    expect(help.stdout).toContain('3 internal error');
  });

  /** The subcommands `--help` lists: each one's help and loads are checked below. */
  const overview = run(['--help']);
  const subcommands = [
    ...(overview.stdout.match(/^Commands:\n((?: {2}\S.*\n)+)/m)?.[1] ?? '').matchAll(
      /^ {2}([a-z]+) /gm,
    ),
  ].map((m) => m[1]!);

  describe('help', () => {
    /** Each subcommand's options, as the overview's usage lines give them. */
    const synopses = Object.fromEntries(
      [
        ...overview.stdout.matchAll(/^ {2}acp-upgrade-check \[?([a-z]+)\]?((?:.|\n {20,})*)$/gm),
      ].map((m) => [m[1]!, [...m[2]!.matchAll(/--([a-z-]+)/g)].map((o) => o[1]!)]),
    );

    it('lists the subcommands, each with how to call it', () => {
      expect(overview.code).toBe(0);
      expect(subcommands).toEqual(expect.arrayContaining(['check', 'suggest']));
      expect(Object.keys(synopses).sort()).toEqual([...subcommands].sort());
      expect(overview.stdout).toMatch(
        /^Commands:\n {2}check +\S.*\(the default\)\n {2}suggest +\S/m,
      );
      expect(overview.stdout).toContain('acp-upgrade-check <command> --help');
    });

    it.each(subcommands)(
      'describes each option of %s on one line, with the exit codes and an example',
      (name) => {
        const help = run([name, '--help']);
        expect(help).toMatchObject({ code: 0, stderr: '' });
        expect(run([name, '-h']).stdout).toBe(help.stdout);
        const lines = help.stdout.split('\n');
        expect(lines.filter((line) => line.length > 100)).toEqual([]);
        const options = help.stdout
          .match(/^Options:\n((?: {2}.*\n)+)/m)![1]!
          .trimEnd()
          .split('\n');
        const described = options.map(
          (line) => line.match(/^ {2}--([a-z-]+)(?: \S+)?(?:, -h)? {2,}\S/)?.[1],
        );
        expect(described).not.toContain(undefined);
        expect(described).toEqual([...synopses[name]!, 'help', 'debug']);
        expect(help.stdout).toMatch(
          /^Exit codes:\n {2}0 {2}\S.*\n {2}1 {2}\S.*\n {2}2 {2}\S.*\n {2}3 {2}\S/m,
        );
        expect(help.stdout).toMatch(
          new RegExp(`^Examples?:\n {2}acp-upgrade-check .*${name === 'check' ? '' : name}`, 'm'),
        );
      },
    );
  });

  describe('usage mistakes (exit 2)', () => {
    it('suggests the subcommand meant', () => {
      expectUsageError(['chek'], 'unknown command "chek"; did you mean "check"?');
      expectUsageError(['sugest', '--target', '4.3.0'], 'did you mean "suggest"?');
      expectUsageError(
        ['frobnicate'],
        'unknown command "frobnicate" (the commands are check and suggest)',
      );
      // A folder given as a command: the inventory was meant.
      expectUsageError(['examples/acp'], 'run acp-upgrade-check --inventory examples/acp');
    });

    it.each([
      ['--apps', []],
      ['--clusters', []],
      ['--plan', []],
      ['--packages', []],
      ['--catalog', []],
      ['--apps', ['suggest', '--target', '4.3.0']],
    ])(
      'says that %s takes a file when given a folder, and what to pass instead',
      (flag, before) => {
        const { stderr } = expectUsageError(
          [...before, flag, 'examples/acp/'],
          `${flag} examples/acp/ is a folder, and ${flag} takes a file: give the file itself (${flag} examples/acp/${flag.slice(2)}.yaml), or the folder as --inventory examples/acp/`,
        );
        expect(stderr.split('\n')[0]!.length).toBeLessThan(200);
      },
    );

    it('says that --live-apps and --out take a file when given a folder', () => {
      expectUsageError(
        ['--inventory', 'examples/acp', '--mode', 'drift', '--live-apps', 'examples/acp'],
        '--live-apps examples/acp is a folder, and --live-apps takes a file: give the export file itself (--live-apps examples/acp/live-apps.yaml',
      );
      expectUsageError(
        ['suggest', '--inventory', 'examples/acp', '--target', '4.3.0', '--out', 'examples'],
        '--out examples is a folder, and --out takes a file: give a file name inside it (--out examples/plan.yaml)',
      );
    });
  });

  describe('--version and --help load no engine', () => {
    // What the process loads, recorded by a module loader hook: every file of dist/ it imports.
    const hooks = join(scratch, 'record-loads.mjs');
    writeFileSync(
      hooks,
      [
        "import { appendFileSync } from 'node:fs';",
        'export async function load(url, context, next) {',
        "  if (url.startsWith('file:')) appendFileSync(process.env.ACP_LOAD_LOG, url + '\\n');",
        '  return next(url, context);',
        '}',
      ].join('\n'),
    );
    const register = join(scratch, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );

    /** The sources (src/ files and packages) of every dist/ file that `args` loads. */
    function sourcesLoaded(args: string[]): string[] {
      const log = join(scratch, `loads-${args.join('_').replace(/\W/g, '')}.log`);
      writeFileSync(log, '');
      const result = spawnSync(process.execPath, ['--import', register, cli, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ACP_LOAD_LOG: log },
      });
      expect(result.status).not.toBe(3);
      const files = readFileSync(log, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith(pathToFileURL(join(root, 'dist')).href));
      expect(files).toContain(pathToFileURL(cli).href);
      return files.flatMap((url) =>
        JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')).sources.map((s: string) =>
          s.replace(/^.*?(src\/|node_modules\/)/, '$1'),
        ),
      );
    }
    const engine = /^(src\/(engine|render|io)\/|node_modules\/)/;

    it.each([
      [['--version']],
      [['--help']],
      [['chek']],
      ...subcommands.map((c) => [[c, '--help']]),
    ])('%j loads the CLI only', (args) => {
      const sources = sourcesLoaded(args);
      expect(sources).toContain('src/cli.ts');
      expect(sources.filter((s) => engine.test(s))).toEqual([]);
    });

    it('(a check does load it, and only the renderer it prints with)', () => {
      const sources = sourcesLoaded(['--inventory', 'examples/acp']);
      expect(sources).toEqual(
        expect.arrayContaining(['src/engine/check.ts', 'src/render/text.ts']),
      );
      expect(sources).not.toContain('src/render/sarif.ts');
      expect(sources).not.toContain('src/engine/drift.ts');
    });
  });

  describe('an internal error (a bug)', () => {
    // A fault injected into the real bundle: JSON.stringify throws on the report.
    const fault = join(scratch, 'fault.cjs');
    writeFileSync(
      fault,
      [
        'const stringify = JSON.stringify;',
        'JSON.stringify = function (value, ...rest) {',
        "  if (value && value.schemaVersion === 1) throw new TypeError('injected fault');",
        '  return stringify.call(this, value, ...rest);',
        '};',
      ].join('\n'),
    );
    const args = ['--inventory', 'examples/acp', '--format', 'json'];

    it('exits 3 with one line that says it is a bug and where to report it, without a stack', () => {
      const { code, stdout, stderr } = run(args, root, ['--require', fault]);
      expect(code).toBe(3);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(
          /^acp-upgrade-check: internal error: injected fault\. This is a bug in acp-upgrade-check \S+; please report it at https:\/\/github\.com\/\S+\/issues .*--debug/,
        ),
      ]);
    });

    it('prints the stack with --debug, mapped to the TypeScript sources', () => {
      const { code, stderr } = run([...args, '--debug'], root, ['--require', fault]);
      expect(code).toBe(3);
      expect(stderr).toContain('TypeError: injected fault');
      expect(stderr).toMatch(/^\s+at renderJson \(.*src[\\/]render[\\/]json\.ts:\d+:\d+\)$/m);
      expect(stderr).toMatch(/^\s+at (async )?\S+ \(.*src[\\/]cli[\\/][a-z-]+\.ts:\d+:\d+\)$/m);
    });
  });

  it('--mode drift compares apps.yaml with a live export and fails on drift', () => {
    const live = join(scratch, 'live-apps.yaml');
    const apps = readFileSync(join(example, 'apps.yaml'), 'utf8');
    writeFileSync(live, apps.replace('version: 4.2.0', 'version: 4.3.0'));
    const drift = ['--inventory', 'examples/acp', '--mode', 'drift', '--live-apps', live];
    const drifted = run([...drift, '--format', 'json']);
    expect(drifted.code).toBe(1);
    const report = parseReport(drifted.stdout);
    expect(report).toMatchObject({ mode: 'drift', drift: true, verdict: 'fail' });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'drift/version-changed',
        cluster: 'prod-b',
        package: 'redis-operator',
      }),
    ]);
    writeFileSync(live, apps);
    const same = run([...drift, '--format', 'json']);
    expect(same.code).toBe(0);
    expect(parseReport(same.stdout)).toMatchObject({ drift: false, verdict: 'pass' });
    expect(run(['--inventory', 'examples/acp', '--mode', 'drift']).code).toBe(2);
  });

  it('suggests a plan that passes the check, and says so', () => {
    const { code, stdout, stderr } = run([
      'suggest',
      '--inventory',
      'examples/acp',
      '--target',
      '4.3.0',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'acp-upgrade-check: the plan follows a supported route; it passes the check\n',
    );
    const dir = variant('suggested', 'plan.yaml', stdout);
    expect(run(['--inventory', dir]).code).toBe(0);
  });

  it('never says a suggested plan passes when the rest of the check does not: it names what remains', () => {
    const dir = variant('suggest-no-core', 'packages.yaml', 'packages: []\n');
    const { code, stdout, stderr } = run(['suggest', '--inventory', dir, '--target', '4.3.0']);
    expect(code).toBe(0);
    expect(stderr).toContain('with it, ');
    expect(stderr).toContain('packages/core-missing (1)');
    expect(stderr).not.toContain('passes the check');
    // And the check of that plan says the same.
    const planned = variant('suggest-no-core-planned', 'plan.yaml', stdout);
    writeFileSync(join(planned, 'packages.yaml'), 'packages: []\n');
    const check = run(['--inventory', planned, '--format', 'json']);
    const errors = parseReport(check.stdout).findings.filter(
      (f: { severity: string }) => f.severity === 'error',
    );
    expect(errors.map((f: { rule: string }) => f.rule)).toContain('packages/core-missing');
  });
});
