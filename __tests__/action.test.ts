// Unit tests of the action's adapter pieces that the end-to-end tests cannot reach from a Linux
// runner (Windows paths) or would need minutes for (the real API bounds).
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { repositoryPath } from '../src/action/annotations.js';
import { API_LIMITS, TEST_LIMIT_VARIABLES, apiLimits } from '../src/action/client.js';
import { isNewer, resultLine, resultOf } from '../src/action/comment.js';
import { writeFileInside } from '../src/action/safe-write.js';

describe('annotation paths', () => {
  it.each([
    ['D:\\a\\platform\\platform\\acp\\plan.yaml', 'D:\\a\\platform\\platform', 'acp/plan.yaml'],
    ['d:\\a\\platform\\platform\\acp\\plan.yaml', 'D:\\a\\platform\\platform\\', 'acp/plan.yaml'],
    ['D:/a/platform/platform/acp/plan.yaml', 'D:\\a\\platform\\platform', 'acp/plan.yaml'],
    ['acp\\plan.yaml', 'D:\\a\\platform\\platform', 'acp/plan.yaml'],
    ['.\\acp\\plan.yaml', undefined, 'acp/plan.yaml'],
    ['/home/runner/work/p/p/acp/plan.yaml', '/home/runner/work/p/p', 'acp/plan.yaml'],
    ['./acp/plan.yaml', '/home/runner/work/p/p', 'acp/plan.yaml'],
    ['E:\\elsewhere\\plan.yaml', 'D:\\a\\platform\\platform', 'E:/elsewhere/plan.yaml'],
    [
      '/home/runner/work/p/pp/plan.yaml',
      '/home/runner/work/p/p',
      '/home/runner/work/p/pp/plan.yaml',
    ],
  ])('%s in workspace %s is %s', (file, workspace, expected) => {
    expect(repositoryPath(file, workspace)).toBe(expected);
  });
});

describe('API bounds', () => {
  it('are 30 s a request, 2 minutes in all, and 10 pages', () => {
    expect(apiLimits({})).toEqual(API_LIMITS);
    expect(API_LIMITS).toEqual({
      requestTimeoutMs: 30_000,
      phaseTimeoutMs: 120_000,
      retryBaseMs: 1000,
      maxPages: 10,
    });
  });

  it('can be lowered by the test-only variables, never raised', () => {
    const lower = apiLimits({
      [TEST_LIMIT_VARIABLES.requestTimeoutMs]: '200',
      [TEST_LIMIT_VARIABLES.phaseTimeoutMs]: '1500',
      [TEST_LIMIT_VARIABLES.retryBaseMs]: '10',
    });
    expect(lower).toEqual({
      requestTimeoutMs: 200,
      phaseTimeoutMs: 1500,
      retryBaseMs: 10,
      maxPages: 10,
    });
    const higher = apiLimits({
      [TEST_LIMIT_VARIABLES.requestTimeoutMs]: '999999999',
      [TEST_LIMIT_VARIABLES.phaseTimeoutMs]: '86400000',
      [TEST_LIMIT_VARIABLES.retryBaseMs]: 'lots',
    });
    expect(higher).toEqual(API_LIMITS);
  });
});

describe('the result a comment shows', () => {
  it('is read back from the hidden last line', () => {
    const body = `<!-- marker -->\n### ✅\n\n<sub>x</sub>\n${resultLine({ id: 123456789012, attempt: 2 }, 'a'.repeat(40))}\n`;
    expect(resultOf(body)).toEqual({ id: 123456789012, attempt: 2 });
    expect(resultOf('<!-- marker -->\nwritten by an older version\n')).toBeUndefined();
    // Only a line at the very end counts: one in the middle of the text is not ours.
    expect(
      resultOf(`${resultLine({ id: 9, attempt: 1 }, undefined)}\nmore text\n`),
    ).toBeUndefined();
  });

  it('orders runs by id, then attempt; an unknown run is never newer', () => {
    expect(isNewer({ id: 2, attempt: 1 }, { id: 1, attempt: 5 })).toBe(true);
    expect(isNewer({ id: 1, attempt: 2 }, { id: 1, attempt: 1 })).toBe(true);
    expect(isNewer({ id: 1, attempt: 1 }, { id: 1, attempt: 1 })).toBe(false);
    expect(isNewer({ id: 1, attempt: 1 }, { id: 2, attempt: 1 })).toBe(false);
    expect(isNewer(undefined, { id: 2, attempt: 1 })).toBe(false);
    expect(isNewer({ id: 2, attempt: 1 }, undefined)).toBe(false);
  });
});

describe('writeFileInside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'acp-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates folders inside the root and leaves no temporary file behind', () => {
    const root = mkdtempSync(join(dir, 'root-'));
    expect(writeFileInside(join(root, 'a/b/report.json'), '{}', [root])).toEqual({ ok: true });
    expect(readFileSync(join(root, 'a/b/report.json'), 'utf8')).toBe('{}');
    expect(writeFileInside(join(root, 'a/b/report.json'), '{"x":1}', [root])).toEqual({ ok: true });
    expect(readFileSync(join(root, 'a/b/report.json'), 'utf8')).toBe('{"x":1}');
    expect(readdirSync(join(root, 'a/b'))).toEqual(['report.json']);
  });

  it('refuses a link as the file or on the way, and a path outside every root', () => {
    const root = mkdtempSync(join(dir, 'root-'));
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'keep');
    symlinkSync(outside, join(root, 'linked.json'));
    symlinkSync(dir, join(root, 'linked-dir'));
    expect(writeFileInside(join(root, 'linked.json'), 'x', [root])).toEqual({
      ok: false,
      reason: 'it is a symbolic link',
    });
    expect(writeFileInside(join(root, 'linked-dir/new.json'), 'x', [root])).toEqual({
      ok: false,
      reason: '"linked-dir" is a symbolic link',
    });
    expect(writeFileInside(outside, 'x', [root])).toEqual({
      ok: false,
      reason: `it is outside the workspace (${root})`,
    });
    expect(writeFileInside(root, 'x', [root])).toMatchObject({ ok: false });
    expect(readFileSync(outside, 'utf8')).toBe('keep');
  });
});

describe('the workflow snippets in the docs', () => {
  const files = ['README.md', 'docs/workflows.md', 'docs/security.md'];
  const root = fileURLToPath(new URL('..', import.meta.url));
  const blocks = files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => ({
      file,
      text: m[1]!,
    })),
  );

  it('pin every action but this one by full commit SHA, with its version as a comment', () => {
    const uses = blocks.flatMap((b) => [...b.text.matchAll(/uses: (\S+)(.*)/g)]);
    expect(uses.length).toBeGreaterThan(10);
    for (const [, action, rest] of uses) {
      if (action!.startsWith('your-org/acp-upgrade-check@')) continue;
      expect(`${action}${rest}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('use the artifact actions on their Node.js 24 majors', () => {
    const text = blocks.map((b) => b.text).join('\n');
    for (const [, name, major] of text.matchAll(
      /actions\/(upload|download)-artifact@\S+ # v(\d+)/g,
    )) {
      expect(Number(major)).toBeGreaterThanOrEqual(name === 'upload' ? 6 : 7);
    }
    expect(text).toMatch(/actions\/upload-artifact@/);
    expect(text).toMatch(/actions\/download-artifact@/);
  });

  it('give every workflow a concurrency group', () => {
    const workflows = blocks.filter((b) => /^on:/m.test(b.text));
    expect(workflows.length).toBeGreaterThan(4);
    for (const { file, text } of workflows) {
      const { concurrency } = load(text) as { concurrency?: { group?: unknown } };
      expect({ file, group: typeof concurrency?.group }).toEqual({ file, group: 'string' });
    }
  });
});
