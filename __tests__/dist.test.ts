// dist/ is committed; it must be exactly what the bundle script builds from src/ (npm run generate
// runs it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('dist/', () => {
  it('is what the bundle script builds from src/ (run npm run generate and commit dist/ when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'acp-dist-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--out', out], {
        stdio: 'pipe',
      });
      const built = readdirSync(out).sort();
      expect(readdirSync(join(root, 'dist')).sort()).toEqual(built);
      for (const file of built) {
        const fresh = readFileSync(join(out, file), 'utf8');
        const committed = readFileSync(join(root, 'dist', file), 'utf8');
        expect({ file, same: committed === fresh }).toEqual({ file, same: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
