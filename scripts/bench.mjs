// `npm run bench`: how fast the CLI and the action start, next to what Node.js itself needs (the
// CLI) and what a minimal action needs (the action: the hello action of the official TypeScript
// action template, bundled the same way); how fast the CLI is on a large fleet and how much memory
// it takes. Writes docs/performance.md.
//   node scripts/bench.mjs                 measure dist/ and rewrite the doc
//   node scripts/bench.mjs --dist DIR      measure a bundle built with `scripts/bundle.mjs --out DIR`
//   node scripts/bench.mjs --reps N        repetitions on the fleet (default 5; medians are reported)
//   node scripts/bench.mjs --startup-reps N  paired start-up repetitions (default 41)
//   node scripts/bench.mjs --startup       the start-up figures only, printed (about a minute)
//   node scripts/bench.mjs --no-doc        print only, leave docs/performance.md alone
//   node scripts/bench.mjs --keep          keep the generated fleet and print where it is
// Exits 1 when a figure misses its target (all figures are still printed and written).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundle, eagerFactories, minified } from './bundler.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    reps: { type: 'string', default: '5' },
    'startup-reps': { type: 'string', default: '41' },
    startup: { type: 'boolean', default: false },
    'no-doc': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const dist = resolve(args.dist);
const reps = Math.max(1, Number.parseInt(args.reps, 10) || 5);
const startupReps = Math.max(1, Number.parseInt(args['startup-reps'], 10) || 41);
const cli = join(dist, 'cli.js');
const action = join(dist, 'index.js');
for (const file of [cli, action]) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run bundle first`);
}

const TARGETS = {
  hostileSeconds: 10,
  hostileMb: 1024,
  cliOverFloor: 2.0,
  doubleFleetGrowth: 2.2,
  cliStartupOverNodeMs: 20,
  checkOverNodeMs: 40,
  startupOverHelloMs: 30,
  peakRssMb: 300,
};

// --- the fleet ------------------------------------------------------------------------------

const FLEET = { workloads: 2000, applications: 300, batch: 100 };

/**
 * A platform as a large customer runs it: one global, its DR standby, `workloads` workload
 * clusters on 4.2 with Kubernetes 1.31-1.33, `applications` extensions installed on about a
 * tenth of the clusters each (`violet list` format), a package for each, and a plan that takes
 * everything to 4.3.0 in batches. The plan passes, so every stage of the check runs.
 */
function writeFleet(dir, scale) {
  const workloads = FLEET.workloads * scale;
  const applications = FLEET.applications * scale;
  const pad = (n, width) => String(n).padStart(width, '0');
  const workloadName = (j) => `w${pad(j, 5)}`;
  mkdirSync(dir, { recursive: true });

  const clusters = [
    'platformAddress: https://acp.example.com',
    'clusters:',
    '  - name: global',
    '    role: global',
    '    version: 4.2.2',
    '    kubernetes: 1.33.4',
    '    minioFreeGB: 240',
    '  - name: global-dr',
    '    role: standby',
    '    platformAddress: https://acp-dr.example.com',
    '    registry: 192.168.20.10:11443',
    '    version: 4.2.2',
    '    kubernetes: 1.33.4',
    '    minioFreeGB: 260',
  ];
  for (let j = 1; j <= workloads; j++) {
    clusters.push(
      `  - name: ${workloadName(j)}`,
      `    version: 4.2.${j % 3}`,
      // Workloads on 4.2.0-4.2.2: never ahead of the global tier (state/workload-ahead).
      // Immutable infrastructure takes one Kubernetes minor per upgrade: those run 1.33 already.
      j % 10 === 0 ? '    kubernetes: 1.33.2' : `    kubernetes: 1.3${1 + (j % 3)}.${j % 7}`,
    );
    if (j % 10 === 0) clusters.push('    infrastructure: immutable');
  }

  const types = ['ModulePlugin', 'OperatorBundle', 'Chart'];
  const appName = (i) =>
    i === 0 ? 'logcenter-es' : i === 1 ? 'logessentials' : `extension-${pad(i, 4)}`;
  const displayName = (i) =>
    i === 0
      ? 'Alauda Container Platform Log Storage for Elasticsearch'
      : i === 1
        ? 'Alauda Container Platform Log Essentials'
        : `Extension ${i}`;
  const apps = ['applications:'];
  const packages = ['packages:', '  - core: 4.3.0', '    file: packages/acp-core-4.3.0.tgz'];
  let installations = 0;
  for (let i = 0; i < applications; i++) {
    const type = types[i % 3];
    apps.push(`  ${appName(i)}:`, `    displayName: ${displayName(i)}`, `    type: ${type}`);
    apps.push('    installed:');
    if (i % 3 !== 2 && i % 5 === 0) {
      apps.push('      - clusterName: global', `        version: v4.2.${i % 4}`);
      installations++;
    }
    for (let j = 1; j <= workloads; j++) {
      // About 200 installations per application at any scale: the file grows linearly.
      if ((j * 7 + i * 13) % (10 * scale) !== 0) continue;
      apps.push(`      - clusterName: ${workloadName(j)}`, `        version: v4.2.${(i + j) % 4}`);
      installations++;
    }
    packages.push(
      `  - name: ${appName(i)}`,
      `    type: ${type}`,
      `    version: 4.3.${i % 4}`,
      `    lifecycle: ${i % 2 ? 'agnostic' : 'aligned'}`,
      '    acpVersions: ["4.2", "4.3"]',
      `    file: packages/${appName(i)}.v4.3.${i % 4}.tgz`,
    );
  }

  const plan = [
    'target: 4.3.0',
    'steps:',
    '  - cluster: global-dr',
    '    to: 4.3.0',
    '  - cluster: global',
    '    to: 4.3.0',
  ];
  for (let first = 1; first <= workloads; first += FLEET.batch) {
    const names = [];
    for (let j = first; j < first + FLEET.batch && j <= workloads; j++) names.push(workloadName(j));
    plan.push(`  - clusters: [${names.join(', ')}]`, '    to: 4.3.0');
  }

  const files = { apps, clusters, plan, packages };
  for (const [name, lines] of Object.entries(files)) {
    writeFileSync(join(dir, `${name}.yaml`), `${lines.join('\n')}\n`);
  }
  const bytes = Object.keys(files).reduce(
    (sum, name) => sum + readFileSync(join(dir, `${name}.yaml`)).length,
    0,
  );
  return { dir, workloads, applications, installations, bytes };
}

/** The floor: a Node.js process that only reads the four files and parses them with js-yaml. */
function writeFloor(dir) {
  const jsYaml = createRequire(join(root, 'package.json')).resolve('js-yaml');
  const file = join(dir, 'floor.cjs');
  writeFileSync(
    file,
    [
      `const { readFileSync } = require('node:fs');`,
      `const { load } = require(${JSON.stringify(jsYaml)});`,
      `const dir = process.argv[2];`,
      `for (const name of ['apps', 'clusters', 'plan', 'packages']) {`,
      `  load(readFileSync(dir + '/' + name + '.yaml', 'utf8'));`,
      `}`,
    ].join('\n'),
  );
  return file;
}

// --- hostile inventories -------------------------------------------------------------------

/**
 * What a pull request can commit to make the check expensive, each inside the file limits: a
 * catalog.yaml of layered releases (5^12 equally short routes), 600,000 repeated keys (6 MB), and
 * a 30 MB scalar. SPEC §5: every inventory inside the limits is checked in under 10 s and 1 GB.
 */
function writeHostile(work) {
  const base = join(root, 'examples/acp');
  const variant = (name, files) => {
    const dir = join(work, name);
    cpSync(base, dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  };
  const width = 5;
  const layers = 12;
  const release = (layer, i) => `"5.${layer * width + i}"`;
  const catalog = ['releases:'];
  for (let layer = 0; layer <= layers; layer++)
    for (let i = 0; i < width; i++)
      catalog.push(
        `  - { version: ${release(layer, i)}, kubernetes: { creation: ["1.40"], compatible: ["1.40"] }, source: x }`,
      );
  catalog.push(
    'edges:',
    `  - { from: "4.2", to: ${release(0, 0)}, kubernetes: within-compatible, source: x }`,
  );
  for (let layer = 0; layer < layers; layer++)
    for (let i = 0; i < width; i++)
      for (let j = 0; j < width; j++)
        catalog.push(
          `  - { from: ${release(layer, i)}, to: ${release(layer + 1, j)}, kubernetes: within-compatible, source: x }`,
        );
  const clusters = readFileSync(join(base, 'clusters.yaml'), 'utf8');
  const apps = readFileSync(join(base, 'apps.yaml'), 'utf8');
  return [
    {
      name: 'a layered catalog.yaml (5 wide, 12 deep: 5^12 routes)',
      dir: variant('layered', {
        'catalog.yaml': `${catalog.join('\n')}\n`,
        'plan.yaml': `target: "5.60.0"\nsteps:\n  - cluster: global\n    to: "5.60.0"\n`,
      }),
    },
    {
      name: '600,000 repeated keys in clusters.yaml',
      dir: variant('repeated-keys', { 'clusters.yaml': `${clusters}${'zz: 1\n'.repeat(600_000)}` }),
    },
    {
      name: 'a 30 MB scalar in apps.yaml',
      dir: variant('long-scalar', {
        'apps.yaml': apps.replace(
          'displayName: Web Terminal',
          `displayName: "${'x'.repeat(30 * 1024 * 1024)}"`,
        ),
      }),
    },
  ];
}

/**
 * The yardstick for the action: what the official TypeScript action template's hello action does
 * (import @actions/core, read an input, set an output), bundled as our action is
 * (scripts/bundler.mjs). The entry sits under node_modules/.cache so that ncc resolves
 * @actions/core from the project; the bundle goes to `dir`.
 */
async function buildHello(dir) {
  const source = join(root, 'node_modules', '.cache', 'acp-bench-hello');
  mkdirSync(source, { recursive: true });
  const entry = join(source, 'index.mjs');
  writeFileSync(
    entry,
    [
      `import * as core from '@actions/core';`,
      `try {`,
      `  const who = core.getInput('who-to-greet');`,
      `  core.setOutput('greeting', \`Hello \${who}\`);`,
      `} catch (error) {`,
      `  core.setFailed(error.message);`,
      `}`,
      '',
    ].join('\n'),
  );
  let files;
  try {
    files = minified(eagerFactories(await bundle(entry, 'index.js', { sourceMap: false })));
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
  const out = join(dir, 'hello');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  for (const [file, text] of Object.entries(files)) writeFileSync(join(out, file), text);
  return join(out, 'index.js');
}

// --- measuring --------------------------------------------------------------------------------

function timed(command, commandArgs, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (options.expect !== undefined && !options.expect.includes(result.status)) {
    throw new Error(
      `${[command, ...commandArgs].join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`,
    );
  }
  return { ms, result };
}

const TIME = '/usr/bin/time';

/** The CLI's peak resident memory in MB. */
function peakRss(commandArgs) {
  if (existsSync(TIME)) {
    const { result } = timed(TIME, ['-v', process.execPath, ...commandArgs], { expect: [0, 1] });
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
    if (match) return { mb: Number(match[1]) / 1024, how: '/usr/bin/time -v' };
  }
  // Without GNU time: run the CLI inside a wrapper that prints its own peak on exit.
  const wrapper = [
    `process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));`,
    `process.argv.splice(1, 1);`,
    `await import(${JSON.stringify(new URL(`file://${commandArgs[0]}`).href)});`,
  ].join('\n');
  const { result } = timed(
    process.execPath,
    ['--input-type=module', '-e', wrapper, '--', ...commandArgs],
    { expect: [0, 1] },
  );
  const match = /maxRSS=(\d+)/.exec(result.stderr);
  if (!match) throw new Error('could not read the peak memory');
  return { mb: Number(match[1]) / 1024, how: 'process.resourceUsage().maxRSS' };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Start-up, paired: every repetition runs each command once, back to back, forward in even
 * repetitions and backward in odd ones, so that a busy moment of the machine weighs on all of them
 * alike. A warm-up round (the file cache, the first run's costs) is not counted.
 */
function pairedRuns(commands, repetitions) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) commands[name]();
  for (let rep = 0; rep < repetitions; rep++) {
    for (const name of rep % 2 === 0 ? names : [...names].reverse()) {
      samples[name].push(commands[name]());
    }
  }
  return samples;
}

/** `a` over `b`: the median of the per-repetition differences, and their interquartile range. */
function pairedDifference(samples, a, b) {
  const differences = samples[a].map((ms, i) => ms - samples[b][i]).sort((x, y) => x - y);
  const at = (q) => differences[Math.round(q * (differences.length - 1))];
  return {
    median: median(differences),
    q1: at(0.25),
    q3: at(0.75),
    a: median(samples[a]),
    b: median(samples[b]),
  };
}

const signed = (ms) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(0)} ms`;

const work = mkdtempSync(join(os.tmpdir(), 'acp-bench-'));
try {
  const loadBefore = os.loadavg()[0];
  // The action reads only files inside its workspace: give it its own copy of the example.
  const small = join(work, 'acp');
  cpSync(join(root, 'examples/acp'), small, { recursive: true });
  const hello = await buildHello(work);
  const actionEnv = {
    ...process.env,
    INPUT_INVENTORY: small,
    INPUT_COMMENT: 'never',
    'INPUT_FAIL-ON': 'error',
    'INPUT_REPORT-FILE': join(work, 'action-report.json'),
    GITHUB_OUTPUT: join(work, 'github-output'),
    GITHUB_STEP_SUMMARY: join(work, 'github-summary'),
    GITHUB_WORKSPACE: work,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
  };
  delete actionEnv.GITHUB_TOKEN;
  delete actionEnv['INPUT_GITHUB-TOKEN'];
  const helloEnv = { ...actionEnv, 'INPUT_WHO-TO-GREET': 'ACP' };
  const runAction = (file, env) => {
    writeFileSync(actionEnv.GITHUB_OUTPUT, '');
    writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
    return timed(process.execPath, [file], { env, cwd: work, expect: [0] });
  };
  runAction(hello, helloEnv);
  if (!readFileSync(actionEnv.GITHUB_OUTPUT, 'utf8').includes('Hello ACP')) {
    throw new Error('the hello action did not set its output');
  }
  const example = join(root, 'examples/acp');
  if (!timed(process.execPath, [cli, '--inventory', example]).result.stdout.includes('PASS')) {
    throw new Error('the check of examples/acp should pass');
  }

  const startup = pairedRuns(
    {
      bare: () => timed(process.execPath, ['-e', ''], { expect: [0] }).ms,
      version: () => timed(process.execPath, [cli, '--version'], { expect: [0] }).ms,
      help: () => timed(process.execPath, [cli, '--help'], { expect: [0] }).ms,
      check: () => timed(process.execPath, [cli, '--inventory', example], { expect: [0] }).ms,
      hello: () => runAction(hello, helloEnv).ms,
      action: () => runAction(action, actionEnv).ms,
    },
    startupReps,
  );
  const overNode = (command, label, target) => {
    const d = pairedDifference(startup, command, 'bare');
    return {
      name: `Start-up: ${label} over bare node`,
      value: d.median,
      target,
      targetLabel: `<= +${target} ms`,
      text: (v) =>
        `${d.a.toFixed(0)} ms vs. \`node -e ''\` ${d.b.toFixed(0)} ms: ${signed(v)} (half of the pairs within ${signed(d.q1)} to ${signed(d.q3)}; target <= +${target} ms)`,
    };
  };
  const actionDifference = pairedDifference(startup, 'action', 'hello');
  const startupFigures = [
    overNode('version', '`--version`', TARGETS.cliStartupOverNodeMs),
    overNode('help', '`--help`', TARGETS.cliStartupOverNodeMs),
    overNode('check', 'a check of examples/acp (text)', TARGETS.checkOverNodeMs),
    {
      name: 'Start-up: the action over the hello action',
      value: actionDifference.median,
      target: TARGETS.startupOverHelloMs,
      targetLabel: `<= +${TARGETS.startupOverHelloMs} ms`,
      text: (v) =>
        `${actionDifference.a.toFixed(0)} ms (check of the example inventory included) vs. ${actionDifference.b.toFixed(0)} ms for the template's hello action: ${signed(v)} (half of the pairs within ${signed(actionDifference.q1)} to ${signed(actionDifference.q3)}; target <= +${TARGETS.startupOverHelloMs} ms)`,
    },
  ];

  let fleet;
  let double;
  let fleetFigures = [];
  let memory;
  if (!args.startup) {
    fleet = writeFleet(join(work, 'fleet'), 1);
    double = writeFleet(join(work, 'fleet-2x'), 2);
    const floor = writeFloor(work);
    const out = join(work, 'report.json');
    const cliRun = (inventory) => [cli, '--inventory', inventory, '--format', 'json', '--out', out];
    // Once before timing: the report must be a passing one, or the fleet does not exercise all stages.
    timed(process.execPath, cliRun(fleet.dir), { expect: [0] });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    if (report.verdict !== 'pass') {
      throw new Error(`the generated fleet should pass: ${JSON.stringify(report.findings[0])}`);
    }
    const samples = { floor: [], cli: [], floor2: [], cli2: [] };
    for (let rep = 0; rep < reps; rep++) {
      samples.floor.push(timed(process.execPath, [floor, fleet.dir], { expect: [0] }).ms);
      samples.cli.push(timed(process.execPath, cliRun(fleet.dir), { expect: [0] }).ms);
      samples.floor2.push(timed(process.execPath, [floor, double.dir], { expect: [0] }).ms);
      samples.cli2.push(timed(process.execPath, cliRun(double.dir), { expect: [0] }).ms);
    }
    const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
    // Each repetition runs the floor and the CLI one after the other: a ratio per repetition.
    const ratio = (a, b) => median(samples[a].map((ms, i) => ms / samples[b][i]));
    memory = peakRss(cliRun(fleet.dir));
    const hostile = writeHostile(work).map((h) => {
      const { ms } = timed(process.execPath, cliRun(h.dir), { expect: [0, 1] });
      return { ...h, ms, mb: peakRss(cliRun(h.dir)).mb };
    });
    fleetFigures = [
      {
        name: 'CLI on the fleet vs. parsing it with js-yaml',
        value: ratio('cli', 'floor'),
        target: TARGETS.cliOverFloor,
        targetLabel: `<= ${TARGETS.cliOverFloor.toFixed(1)}x`,
        text: (v) =>
          `${m.cli.toFixed(0)} ms vs. ${m.floor.toFixed(0)} ms floor: ${v.toFixed(2)}x (target <= ${TARGETS.cliOverFloor.toFixed(1)}x)`,
      },
      {
        name: 'CLI at twice the fleet vs. the fleet',
        value: ratio('cli2', 'cli'),
        target: TARGETS.doubleFleetGrowth,
        targetLabel: `<= ${TARGETS.doubleFleetGrowth.toFixed(1)}x`,
        text: (v) =>
          `${m.cli2.toFixed(0)} ms vs. ${m.cli.toFixed(0)} ms: ${v.toFixed(2)}x (target <= ${TARGETS.doubleFleetGrowth.toFixed(1)}x; the floor grows ${ratio('floor2', 'floor').toFixed(2)}x)`,
      },
      {
        name: 'Peak memory of the CLI on the fleet',
        value: memory.mb,
        target: TARGETS.peakRssMb,
        targetLabel: `<= ${TARGETS.peakRssMb} MB`,
        text: (v) => `${v.toFixed(0)} MB max RSS (target <= ${TARGETS.peakRssMb} MB)`,
      },
      ...hostile.flatMap((h) => [
        {
          name: `Time on ${h.name}`,
          value: h.ms / 1000,
          target: TARGETS.hostileSeconds,
          targetLabel: `< ${TARGETS.hostileSeconds} s`,
          text: (v) => `${v.toFixed(2)} s (target < ${TARGETS.hostileSeconds} s)`,
        },
        {
          name: `Peak memory on ${h.name}`,
          value: h.mb,
          target: TARGETS.hostileMb,
          targetLabel: `< ${TARGETS.hostileMb} MB`,
          text: (v) => `${v.toFixed(0)} MB max RSS (target < ${TARGETS.hostileMb} MB)`,
        },
      ]),
    ];
  }
  const figures = [...startupFigures, ...fleetFigures];
  for (const f of figures) f.pass = f.value <= f.target;
  const loadAfter = os.loadavg()[0];

  const cpus = os.cpus();
  const machine = [
    `CPU: ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `cores: ${cpus.length}`,
    `memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `Node.js: ${process.version}`,
    `OS: ${os.type()} ${os.arch()}`,
    `load average (1 minute) when the script started and ended: ${loadBefore.toFixed(2)}, ${loadAfter.toFixed(2)}`,
  ];
  const fleetLine = (f, label) =>
    `${label}: ${f.workloads.toLocaleString('en-US')} workload clusters + global + standby, ${f.applications} applications, ${f.installations.toLocaleString('en-US')} installations, ${(f.bytes / 1024 ** 2).toFixed(1)} MiB of YAML`;

  if (fleet) {
    console.log(fleetLine(fleet, 'fleet'));
    console.log(fleetLine(double, 'twice the fleet'));
  }
  console.log(machine.join(', '));
  console.log(
    `start-up: medians of ${startupReps} paired differences${fleet ? `; fleet: medians of ${reps} runs` : ''}:`,
  );
  for (const f of figures)
    console.log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.name}: ${f.text(f.value)}`);

  if (!args['no-doc'] && !args.startup) {
    const doc = [
      '# Performance',
      '',
      'Generated by `npm run bench` (`scripts/bench.mjs`); do not edit by hand. All figures come',
      'from one run of the script, on the machine described at the end.',
      '',
      '## Method',
      '',
      `- Start-up is measured in pairs. Each of ${startupReps} repetitions runs, back to back,`,
      "  `node -e ''`, `node dist/cli.js --version`, `--help`, a check of examples/acp (text",
      '  output), the hello action and the action, in that order in even repetitions and in the',
      '  reverse order in odd ones, after one warm-up round that is not counted. A figure is the',
      '  median of the per-repetition differences (the CLI minus bare node, the action minus the',
      '  hello action), so that a busy moment of the machine weighs on both sides of a pair; the',
      '  range that holds half of the differences (25th to 75th percentile) shows how noisy the',
      '  machine was. The medians of the two sides are shown too.',
      '- The action is `node dist/index.js` with `comment: never` on a copy of the example',
      '  inventory; the hello action is that of the official TypeScript action template (import',
      '  `@actions/core`, read an input, set an output), bundled the same way (scripts/bundler.mjs).',
      `- The fleet: each of ${reps} repetitions runs the floor, the CLI, the floor on twice the`,
      '  fleet and the CLI on it, one after the other; a ratio is the median of the',
      '  per-repetition ratios, shown with the medians of both sides.',
      `- ${fleetLine(fleet, 'The fleet')}; a passing plan to 4.3.0 in batches of ${FLEET.batch}.`,
      `- ${fleetLine(double, 'Twice the fleet')}.`,
      '- The floor is a bare `node` process that only reads the same four files and parses them',
      "  with the project's js-yaml (`load`).",
      '- Hostile inputs: what a pull request can commit inside the file limits, each run once',
      '  through the CLI (a layered catalog.yaml, 600,000 repeated keys, a 30 MB scalar).',
      `- Peak memory is measured with ${memory.how}.`,
      '',
      '## Results',
      '',
      '| | figure | target | result |',
      '|---|---|---|---|',
      ...figures.map(
        (f) => `| ${f.pass ? '✅' : '❌'} | ${f.name} | ${f.targetLabel} | ${f.text(f.value)} |`,
      ),
      '',
      '## Machine',
      '',
      ...machine.map((line) => `- ${line}`),
      '',
    ].join('\n');
    const docs = join(root, 'docs');
    mkdirSync(docs, { recursive: true });
    // Formatted as `npm run lint` expects, so that a fresh run leaves the tree clean.
    const file = join(docs, 'performance.md');
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(doc, { ...config, filepath: file }));
    console.log(
      `wrote ${relative(process.cwd(), join(docs, 'performance.md')) || 'docs/performance.md'}`,
    );
  }
  if (args.keep) console.log(`fleet kept in ${work}`);
  process.exitCode = figures.every((f) => f.pass) ? 0 : 1;
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
