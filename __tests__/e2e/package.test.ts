// The npm package as a user installs it: `npm pack`, then `npm install -g` of the tarball into a
// scratch prefix (no network: the package has no runtime dependencies), then the installed
// `acp-upgrade-check` command.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { reportSchemaErrors } from '../support/report-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'acp-package-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** npm itself: the one running the tests when run through npm, else the one on PATH. */
function npm(args: string[], options: SpawnSyncOptions = {}) {
  const cli = process.env.npm_execpath;
  const [command, prefix] =
    cli && /npm-cli\.c?js$/.test(cli) ? [process.execPath, [cli]] : ['npm', [] as string[]];
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: root,
    encoding: 'utf8',
    shell: command === 'npm' && process.platform === 'win32',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return String(result.stdout);
}

describe('the npm package', () => {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch]))[0] as {
    filename: string;
    files: { path: string }[];
    size: number;
  };
  const tarball = join(scratch, packed.filename);

  it('is publishable and has no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toContain('MIT License');
  });

  it('ships the CLI bundle, the schemas, the README, the licence and the changelog only', () => {
    const files = packed.files.map((f) => f.path).sort();
    const allowed =
      /^(dist\/(\d+\.)?cli\.js(\.map)?|schemas\/[a-z]+\.schema\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'package.json',
      ]),
    );
    expect(files.filter((f) => f.startsWith('schemas/')).length).toBeGreaterThan(0);
    // The CLI is an entry and the chunks it loads when a command needs them: all of them ship.
    const cli = readdirSync(join(root, 'dist')).filter((f) => /^(\d+\.)?cli\.js(\.map)?$/.test(f));
    expect(cli.length).toBeGreaterThan(2);
    expect(files).toEqual(expect.arrayContaining(cli.map((f) => `dist/${f}`)));
  });

  it('installs with npm install -g from the tarball, offline, and its command runs', () => {
    const prefix = join(scratch, 'prefix');
    mkdirSync(prefix);
    npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', tarball], {
      cwd: scratch,
    });
    const bin =
      process.platform === 'win32'
        ? join(prefix, 'acp-upgrade-check.cmd')
        : join(prefix, 'bin', 'acp-upgrade-check');
    expect(existsSync(bin)).toBe(true);
    const run = (args: string[]) =>
      spawnSync(bin, args, {
        cwd: root,
        encoding: 'utf8',
        shell: process.platform === 'win32',
      });
    const version = run(['--version']);
    expect({ code: version.status, stdout: version.stdout }).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
    });
    const check = run(['--inventory', 'examples/acp', '--format', 'json']);
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report).toMatchObject({
      verdict: 'pass',
      target: '4.3.0',
      tool: { version: pkg.version },
    });
    expect(reportSchemaErrors(report)).toEqual([]);
    const failing = run(['--inventory', 'examples/acp-failing']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('FAIL');
  });
});
