// The workflows: every action pinned by a full commit SHA with the release in a comment (a tag can
// be moved, a SHA cannot), Dependabot to keep the pins current, a concurrency group per workflow,
// `npm run lint` once (npm test runs it), and the action run on the three runner systems.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const workflows = readdirSync(join(root, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = {
  concurrency?: { group?: string };
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown> } }>;
};

/** Every `uses:` line of a workflow file or a YAML snippet in a Markdown file. */
function usesLines(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((m) => m[1]!.trim());
}

describe('the workflows and the workflow snippets of the README and docs/getting-started.md', () => {
  const files = [...workflows, 'README.md', 'docs/getting-started.md'];

  it.each(files)('%s pins every action by full commit SHA with a version comment', (file) => {
    const lines = usesLines(read(file));
    const unpinned = lines.filter(
      (line) =>
        !line.startsWith('./') &&
        // The action itself, where the user keeps it: its README names the major tag.
        !/^your-org\/acp-upgrade-check@v\d+\b/.test(line) &&
        !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line),
    );
    expect(unpinned).toEqual([]);
  });

  it('pin each action to one SHA everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of files) {
      for (const line of usesLines(read(file))) {
        const m = /^([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/.exec(line);
        if (m) pins.set(m[1]!, (pins.get(m[1]!) ?? new Set()).add(m[2]!));
      }
    }
    expect(pins.size).toBeGreaterThan(0);
    for (const [action, shas] of pins)
      expect({ action, shas: shas.size }).toEqual({ action, shas: 1 });
  });
});

describe('.github/workflows', () => {
  const parsed = Object.fromEntries(workflows.map((f) => [f, load(read(f)) as Workflow]));

  it.each(workflows)('%s has a concurrency group', (file) => {
    expect(parsed[file]!.concurrency?.group).toEqual(expect.any(String));
  });

  it('run npm run lint only through npm test', () => {
    const runs = Object.values(parsed).flatMap((w) =>
      Object.values(w.jobs).flatMap((job) => job.steps.map((s) => s.run ?? '')),
    );
    expect(runs.filter((run) => /npm run lint\b/.test(run))).toEqual([]);
    expect(runs.filter((run) => /^npm test\b/m.test(run)).length).toBeGreaterThan(0);
  });

  it('run the action itself on Linux, Windows and macOS against a passing and a failing example', () => {
    const ci = parsed['.github/workflows/ci.yml']!;
    const job = Object.values(ci.jobs).find((j) => j.steps.some((s) => s.uses === './'))!;
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const inventories = job.steps.filter((s) => s.uses === './').map((s) => s.with?.inventory);
    expect(inventories).toEqual(['examples/acp', 'examples/acp-failing']);
  });
});

describe('.github/dependabot.yml', () => {
  it('updates the GitHub Actions pins and the npm packages', () => {
    const config = load(read('.github/dependabot.yml')) as {
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
      ['github-actions', '/'],
      ['npm', '/'],
    ]);
  });
});
