// The action's inputs schema (src/action/inputs.ts) on its own: action.yml's defaults, each input's
// check and message, the checks across inputs, and the warnings for inputs a mode does not read.
// e2e/action.test.ts runs the same inputs through dist/index.js as the runner does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import {
  type ActionOptions,
  INPUT_DEFAULTS,
  INPUT_NAMES,
  type InputName,
  type ParsedInputs,
  parseInputs,
} from '../src/action/inputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const actionYml = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** The inputs as the runner passes them: '' for every input the workflow does not set. */
function parse(
  inputs: Partial<Record<InputName, string>>,
  env: Record<string, string> = {},
): ParsedInputs {
  return parseInputs((name) => inputs[name] ?? '', env);
}

function options(inputs: Partial<Record<InputName, string>>): ActionOptions {
  const parsed = parse(inputs);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

function failure(inputs: Partial<Record<InputName, string>>): string {
  const parsed = parse(inputs);
  if (parsed.ok) throw new Error(`parsed: ${JSON.stringify(parsed.options)}`);
  return parsed.message;
}

function warnings(inputs: Partial<Record<InputName, string>>): string[] {
  const parsed = parse(inputs);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.warnings;
}

describe('the defaults', () => {
  it("are action.yml's, for the same inputs", () => {
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(actionYml.inputs).sort());
    const defaults = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([name, spec]) => spec.default !== undefined && name !== 'github-token')
        .map(([name, spec]) => [name, spec.default]),
    );
    expect(INPUT_DEFAULTS).toEqual(defaults);
  });

  it.each(Object.entries(INPUT_DEFAULTS))(
    '%s: unset reads as "%s", as if the workflow had written it',
    (name, value) => {
      expect(options({})).toEqual(options({ [name]: value }));
    },
  );

  it('give the options an unset workflow runs with', () => {
    expect(parse({})).toEqual({
      ok: true,
      options: {
        inventory: 'acp',
        files: {},
        mode: 'check',
        driftIssue: false,
        comment: 'always',
        failOn: 'error',
        token: '',
        reportFile: 'acp-upgrade-report.json',
        summary: true,
        catalogOverrides: 'warn',
      },
      warnings: [],
    });
  });

  it('take GITHUB_TOKEN for github-token outside the runner (which evaluates `${{ github.token }}`)', () => {
    expect(actionYml.inputs['github-token']?.default).toBe('${{ github.token }}');
    const fromEnv = parse({}, { GITHUB_TOKEN: 'ghs_env' });
    expect(fromEnv.ok && fromEnv.options.token).toBe('ghs_env');
    const set = parse({ 'github-token': 'ghs_input' }, { GITHUB_TOKEN: 'ghs_env' });
    expect(set.ok && set.options.token).toBe('ghs_input');
  });

  it('apply to an input set to blanks, as the runner passes an empty one', () => {
    expect(options({ inventory: '  ', mode: ' ', 'report-file': '' })).toEqual(options({}));
  });
});

describe('each input', () => {
  it.each([
    [
      { mode: 'sideways' },
      'input "mode" must be one of check, drift, comment-from-report, not "sideways"',
    ],
    [
      { comment: 'sometimes' },
      'input "comment" must be one of always, on-failure, never, not "sometimes"',
    ],
    [
      { 'fail-on': 'critical' },
      'input "fail-on" must be one of error, warning, never, not "critical"',
    ],
    [
      { 'catalog-overrides': 'ignore' },
      'input "catalog-overrides" must be one of warn, error, allow, not "ignore"',
    ],
    [{ 'drift-issue': 'yes' }, 'input "drift-issue" must be true or false, not "yes"'],
    [{ summary: 'on' }, 'input "summary" must be true or false, not "on"'],
  ])('refuses %j: %s', (inputs, message) => {
    expect(failure(inputs)).toBe(message);
  });

  it('lists every input that is wrong, each with its name', () => {
    expect(failure({ mode: 'sideways', summary: 'on' })).toBe(
      'input "mode" must be one of check, drift, comment-from-report, not "sideways"; input "summary" must be true or false, not "on"',
    );
  });

  it('reads choices in any case, the way the runner passes them', () => {
    expect(options({ comment: 'NEVER', 'fail-on': 'Error', mode: 'Check' })).toMatchObject({
      comment: 'never',
      failOn: 'error',
      mode: 'check',
    });
  });

  it("reads booleans as YAML 1.2's core schema writes them", () => {
    for (const value of ['true', 'True', 'TRUE'])
      expect(options({ summary: value }).summary).toBe(true);
    for (const value of ['false', 'False', 'FALSE'])
      expect(options({ summary: value }).summary).toBe(false);
  });

  it('gives the files set one by one, and only those', () => {
    expect(options({ plan: 'ops/plan.yaml', catalog: 'ops/catalog.yaml' }).files).toEqual({
      plan: 'ops/plan.yaml',
      catalog: 'ops/catalog.yaml',
    });
  });

  it('leaves an optional path out of the options when unset', () => {
    const set = options({ 'sarif-file': 'out.sarif' });
    expect(set.sarifFile).toBe('out.sarif');
    expect('sarifFile' in options({})).toBe(false);
  });
});

describe('across inputs', () => {
  it('mode drift needs live-apps', () => {
    expect(failure({ mode: 'drift' })).toBe(
      'mode "drift" needs the input "live-apps": a fresh `violet list` export',
    );
    expect(
      options({ mode: 'drift', 'live-apps': 'live.yaml', 'drift-issue': 'true' }),
    ).toMatchObject({ mode: 'drift', liveApps: 'live.yaml', driftIssue: true });
  });

  it('mode comment-from-report needs from-report', () => {
    expect(failure({ mode: 'comment-from-report' })).toBe(
      'mode "comment-from-report" needs the input "from-report": the JSON report to post',
    );
    expect(
      options({
        mode: 'comment-from-report',
        'from-report': 'r/report.json',
        'from-inventory': 'r/acp',
      }),
    ).toMatchObject({ fromReport: 'r/report.json', fromInventory: 'r/acp' });
  });

  it('mode comment-from-report takes no single files: it reads the inventory folder of the artifact', () => {
    expect(
      failure({
        mode: 'comment-from-report',
        'from-report': 'r.json',
        apps: 'a.yaml',
        plan: 'p.yaml',
      }),
    ).toBe(
      'mode "comment-from-report" reads the inventory folder of the artifact (from-inventory), not single files: leave out apps, plan',
    );
  });

  it('says every problem across inputs at once', () => {
    expect(failure({ mode: 'comment-from-report', clusters: 'c.yaml' })).toBe(
      'mode "comment-from-report" needs the input "from-report": the JSON report to post; mode "comment-from-report" reads the inventory folder of the artifact (from-inventory), not single files: leave out clusters',
    );
  });

  it('are checked only once every input is valid on its own', () => {
    expect(failure({ mode: 'drift', 'drift-issue': 'yes' })).toBe(
      'input "drift-issue" must be true or false, not "yes"',
    );
  });
});

describe('inputs the mode does not read', () => {
  it.each([
    [{ 'live-apps': 'live.yaml' }, 'live-apps is read only in mode drift; mode is check.'],
    [{ 'drift-issue': 'true' }, 'drift-issue applies only in mode drift; mode is check.'],
    [
      { 'from-report': 'r.json' },
      'from-report is read only in mode comment-from-report; mode is check.',
    ],
    [
      { mode: 'drift', 'live-apps': 'live.yaml', 'from-inventory': 'r/acp' },
      'from-inventory is read only in mode comment-from-report; mode is drift.',
    ],
    [
      { mode: 'comment-from-report', 'from-report': 'r.json', 'live-apps': 'live.yaml' },
      'live-apps is read only in mode drift; mode is comment-from-report.',
    ],
  ])('%j is a warning, not an error: %s', (inputs, warning) => {
    expect(warnings(inputs)).toEqual([warning]);
  });

  it('are no warning in the mode that reads them', () => {
    expect(warnings({ mode: 'drift', 'live-apps': 'live.yaml', 'drift-issue': 'true' })).toEqual(
      [],
    );
    expect(
      warnings({ mode: 'comment-from-report', 'from-report': 'r.json', 'from-inventory': 'r/acp' }),
    ).toEqual([]);
  });
});
