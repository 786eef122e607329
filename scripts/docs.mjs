// npm run docs: regenerates schemas/*.schema.json, docs/rules.md and src/render/rule-help.ts,
// docs/example-*.md and the generated sections of README.md (scripts/docs/generate.ts lists them). The generator (scripts/docs/*.ts) imports the engine's TypeScript, so it
// is bundled with ncc into a temporary folder and run from there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'acp-docs-'));
try {
  execFileSync(
    join(root, 'node_modules/.bin/ncc'),
    ['build', join(root, 'scripts/docs/main.ts'), '-o', out, '--quiet', '--target', 'es2022'],
    { stdio: 'inherit' },
  );
  execFileSync(process.execPath, [join(out, 'index.js'), root], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
