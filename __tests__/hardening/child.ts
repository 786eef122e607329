// Runs engine code in a fresh Node.js process, to measure what one run costs (time, peak memory)
// without the test runner's own memory in the figure. src/ is transpiled (types stripped) into a
// temporary folder once per test file; dist/ is not used, so the tests see the current source.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
let built: string | undefined;

/** A folder holding src/ as runnable ES modules, and node_modules beside it. */
export function engineBuild(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), 'acp-hardening-'));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of walk(join(root, 'src'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'dir');
  built = out;
  return out;
}

export function removeEngineBuild(): void {
  if (built) rmSync(built, { recursive: true, force: true });
  built = undefined;
}

/** The URL of a module of the build, e.g. `src/engine/check.js`. */
export function moduleUrl(path: string): string {
  return pathToFileURL(join(engineBuild(), path)).href;
}

export interface ChildRun {
  /** What the script printed with `out(value)`. */
  value: unknown;
  /** The child's peak resident memory, Node.js itself included. */
  maxRssMb: number;
  stderr: string;
  status: number | null;
}

/**
 * Runs an ES module body in a new process. The body may `await`, and calls `out(value)` once with
 * what the test should see; the child's peak memory is added on exit.
 */
export function runChild(body: string, timeoutMs = 30_000): ChildRun {
  const script = [
    'let result;',
    'const out = (value) => { result = value; };',
    body,
    `process.stdout.write(JSON.stringify({ value: result, maxRss: process.resourceUsage().maxRSS }));`,
  ].join('\n');
  const file = join(engineBuild(), `child-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, script);
  try {
    const child = spawnSync(process.execPath, [file], {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) {
      return { value: undefined, maxRssMb: NaN, stderr: child.stderr, status: child.status };
    }
    const parsed = JSON.parse(child.stdout) as { value: unknown; maxRss: number };
    return {
      value: parsed.value,
      maxRssMb: parsed.maxRss / 1024,
      stderr: child.stderr,
      status: child.status,
    };
  } finally {
    rmSync(file, { force: true });
  }
}
