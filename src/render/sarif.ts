// SARIF 2.1.0 for GitHub code scanning: one result per finding, on its file and line. Written to
// pass Microsoft's SARIF Multitool with GitHub's ingestion rules (`validate --rule-kind Sarif;Gh`):
// every rule carries its entry of the rule reference (docs/rules.md) as fullDescription and help;
// results point at repository-relative, percent-encoded URIs against %SRCROOT%, carry
// partialFingerprints, and each inventory gets its own automationDetails.id, so that a matrix of
// inventories uploaded to one repository does not overwrite itself.
import { oneLine } from '../engine/characters.js';
import type { Finding, RuleId, Severity } from '../engine/findings.js';
import { RULES, ruleOf } from '../engine/rules/registry.js';
import type { Report } from '../engine/report.js';
import { REPOSITORY_URL, VERSION } from '../version.js';
import { RULE_HELP } from './rule-help.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

const TOOL = 'acp-upgrade-check';
const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  /**
   * The rule reference (docs/rules.md) that helpUri links point into. The action passes the one
   * of its own repository and ref; by default, the released reference of this major version.
   */
  rulesUrl?: string;
  /**
   * The repository's root folder, which %SRCROOT% stands for: result URIs are relative to it.
   * Without it, relative paths are taken as relative to the repository root already.
   */
  root?: string;
  /** The folder that relative paths in the report are relative to (default: `root`). */
  cwd?: string;
}

/** The released rule reference of this major version (`v1` for 1.x.y). */
export function defaultRulesUrl(): string {
  return `${REPOSITORY_URL}/blob/v${VERSION.split('.')[0]}/docs/rules.md`;
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const { rulesUrl = defaultRulesUrl(), root, cwd } = options;
  const ruleIds = RULES.map((r) => r.id);
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const locate = locator(root, cwd ?? root);
  const fingerprints = new Fingerprints();
  const inventory = locate(report.inventory);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: ruleIds.map((id) => rule(id, rulesUrl)),
          },
        },
        automationDetails: { id: automationId(report, inventory) },
        ...(root !== undefined && {
          originalUriBaseIds: {
            [SRCROOT]: {
              uri: fileUri(root, true),
              description: { text: 'The root of the repository that holds the inventory.' },
            },
          },
        }),
        results: report.findings.map((f) => {
          const where = locate(f.file);
          return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: oneLine(f.message) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: where.relative
                    ? { uri: where.uri, uriBaseId: SRCROOT }
                    : { uri: where.uri },
                  region: { startLine: f.line, startColumn: f.column },
                },
              },
            ],
            partialFingerprints: { 'acpFindingHash/v1': fingerprints.of(f, where.uri) },
            ...(f.waived && {
              suppressions: [
                {
                  kind: 'inSource',
                  justification: oneLine(f.waiver?.reason ?? 'waived in plan.yaml'),
                },
              ],
            }),
          };
        }),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function rule(id: RuleId, rulesUrl: string) {
  const help = RULE_HELP[id];
  const anchor = help?.anchor ?? id.replace(/[^a-z0-9]+/g, '-');
  const title = ruleOf(id).title;
  return {
    id,
    name: id.replace(/[^a-z0-9]+/g, '-'),
    shortDescription: { text: `${title}.` },
    fullDescription: { text: help?.fullDescription ?? `${title}.` },
    help: {
      text: help?.text ?? `${title}. See ${rulesUrl}#${anchor}`,
      // Links between entries of the reference are relative; in an alert they must be absolute.
      markdown: (help?.markdown ?? `_${title}._`).replace(/\]\(#/g, `](${rulesUrl}#`),
    },
    helpUri: `${rulesUrl}#${anchor}`,
    defaultConfiguration: { level: LEVEL[ruleOf(id).severity] },
    properties: { tags: [id.split('/')[0]] },
  };
}

/** One automation per inventory (and per mode), so that uploads of several do not replace each other. */
function automationId(report: Report, inventory: Located): string {
  const name = inventory.relative
    ? decodeURIComponent(inventory.uri)
    : normalize(segments(report.inventory))
        .filter((part) => part !== '' && !isDrive(part))
        .join('/');
  return `${TOOL}${report.mode === 'drift' ? '-drift' : ''}/${name || '.'}/`;
}

interface Located {
  /** Percent-encoded, with forward slashes; relative to %SRCROOT% when `relative`. */
  uri: string;
  relative: boolean;
}

/** Turns a path as the report gives it (relative to `cwd`, or absolute) into a result URI. */
function locator(root: string | undefined, cwd: string | undefined): (path: string) => Located {
  const base = root === undefined ? undefined : segments(root);
  return (path) => {
    let parts = segments(path);
    if (!isAbsolutePath(path)) {
      if (cwd === undefined || base === undefined) {
        return { uri: encode(normalize(parts)), relative: true };
      }
      parts = [...segments(cwd), ...parts];
    }
    const absolute = normalize(parts);
    if (base !== undefined) {
      const within = relativeTo(normalize(base), absolute);
      if (within) return { uri: encode(within), relative: true };
    }
    return { uri: fileUri(path, false), relative: false };
  };
}

/** Windows (`C:\`, `\\server\share`) and POSIX paths alike, split on either separator. */
function segments(path: string): string[] {
  return path.replace(/\\/g, '/').split('/');
}

function isAbsolutePath(path: string): boolean {
  return /^([A-Za-z]:)?[\\/]/.test(path);
}

const isDrive = (part: string | undefined) => part !== undefined && /^[A-Za-z]:$/.test(part);

/** Resolves `.` and `..`; keeps a leading empty segment (a POSIX root) or a drive letter. */
function normalize(parts: string[]): string[] {
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part === '.' || (part === '' && i > 0)) return;
    if (part !== '..') {
      out.push(part);
      return;
    }
    const last = out[out.length - 1];
    if (last === undefined || last === '..') out.push(part);
    else if (last !== '' && !isDrive(last)) out.pop();
    // `..` above a root stays at the root.
  });
  return out;
}

/** `path` inside `base`, as segments; undefined when it lies outside (or on another drive). */
function relativeTo(base: string[], path: string[]): string[] | undefined {
  const same = (a: string, b: string) =>
    isDrive(a) ? a.toLowerCase() === b.toLowerCase() : a === b;
  if (path.length <= base.length) return undefined;
  for (let i = 0; i < base.length; i++) if (!same(base[i]!, path[i]!)) return undefined;
  return path.slice(base.length);
}

function encode(parts: string[]): string {
  return parts.map((part) => encodeURIComponent(part)).join('/');
}

function fileUri(path: string, folder: boolean): string {
  const parts = normalize(segments(path));
  const drive = isDrive(parts[0]);
  const body = parts
    .map((part, i) => (i === 0 && drive ? part : encodeURIComponent(part)))
    .join('/');
  const uri = `file://${drive ? '/' : ''}${body}`;
  return folder && !uri.endsWith('/') ? `${uri}/` : uri;
}

/**
 * A fingerprint that survives edits elsewhere in the file (no line numbers): the rule, the file,
 * what the finding is about and its message; the n-th identical finding gets its own.
 */
class Fingerprints {
  private readonly seen = new Map<string, number>();

  of(f: Finding, uri: string): string {
    const key = [f.rule, uri, f.cluster ?? '', f.package ?? '', f.message].join('\u0000');
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return `${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}:${n}`;
  }
}

/**
 * FNV-1a over the UTF-16 code units, as 8 hex digits; two seeds give 64 bits. A fingerprint needs
 * no cryptographic hash, and node:crypto would cost every start of the CLI a few milliseconds.
 */
function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
