// The version is one fact: package.json, src/version.ts and the changelog's top entry agree (the
// release workflow adds the tag to that list), and the README's `@vN` is that major version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { VERSION } from '../src/version.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string };

describe('the version', () => {
  it('is a release version x.y.z', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the same in package.json, src/version.ts and the top entry of CHANGELOG.md', () => {
    const top = /^## \[([^\]]+)\]/m.exec(read('CHANGELOG.md'));
    expect({ packageJson: pkg.version, versionTs: VERSION, changelog: top?.[1] }).toEqual({
      packageJson: pkg.version,
      versionTs: pkg.version,
      changelog: pkg.version,
    });
  });

  it("is the major version the README's workflows use", () => {
    const majors = [...read('README.md').matchAll(/acp-upgrade-check@v(\d+)\b/g)].map((m) => m[1]);
    expect(majors.length).toBeGreaterThan(0);
    expect(new Set(majors)).toEqual(new Set([pkg.version.split('.')[0]]));
  });
});

describe('action.yml', () => {
  it("has a description within the Marketplace's 125 characters", () => {
    const action = load(read('action.yml')) as { description: string };
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThan(125);
  });
});
