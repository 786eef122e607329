// An inventory file as an adapter hands it to the engine, and its text: missing, too large, refused
// (a link out of the repository) or not UTF-8 are findings, never exceptions.
import { type Finding, findingAt } from '../findings.js';
import { MAX_FILE_BYTES, tooLargeMessage } from '../yaml.js';

/** One inventory file as the adapter found it. */
export type FileInput = { path: string } & (
  | { text: string }
  | { bytes: Uint8Array }
  | { missing: true }
  /** Not read: the adapter saw its size was over the limit. */
  | { size: number }
  /** Not read: the adapter would not read it, for this reason (a link out of the repository). */
  | { refused: string }
);

export interface InventoryInput {
  apps: FileInput;
  clusters: FileInput;
  /** Required for a check; drift mode leaves it out. */
  plan?: FileInput;
  packages?: FileInput;
  catalog?: FileInput;
}

/** The file's text, or undefined with a finding when it is missing, too large or not UTF-8. */
export function readText(
  input: FileInput,
  required: boolean,
  findings: Finding[],
): string | undefined {
  if ('missing' in input) {
    if (required) {
      findings.push(
        findingAt(
          'input/missing-file',
          `${input.path} does not exist; ${MISSING_HINT.get(baseName(input.path)) ?? 'create it'}`,
          input.path,
          1,
          1,
        ),
      );
    }
    return undefined;
  }
  if ('refused' in input) {
    findings.push(
      findingAt(
        'input/schema',
        `${input.path} was not read: ${input.refused}; commit the file itself`,
        input.path,
        1,
        1,
      ),
    );
    return undefined;
  }
  if ('size' in input || ('bytes' in input && input.bytes.length > MAX_FILE_BYTES)) {
    const size = 'size' in input ? input.size : (input as { bytes: Uint8Array }).bytes.length;
    findings.push(
      findingAt(
        'input/yaml-syntax',
        tooLargeMessage(
          input.path,
          size,
          'it was not read; split it or remove what the check does not need',
        ),
        input.path,
        1,
        1,
      ),
    );
    return undefined;
  }
  if ('text' in input) return input.text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(input.bytes);
    findings.push(
      findingAt(
        'input/yaml-syntax',
        `${input.path} is not UTF-8 text (invalid byte on line ${line}); save it as UTF-8`,
        input.path,
        line,
        column,
      ),
    );
    return undefined;
  }
}

const MISSING_HINT = new Map([
  ['apps.yaml', 'export it with `violet list --output-file apps.yaml` against the platform'],
  ['clusters.yaml', 'list every cluster with its version and Kubernetes there'],
  [
    'plan.yaml',
    'write the target and steps there, or start from `acp-upgrade-check suggest --target VERSION`',
  ],
]);

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Where the first byte that is not UTF-8 sits, for the finding: the well-formed sequences of
 * Unicode's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF). The column
 * counts UTF-16 code units, as the columns of all other findings do.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return { line, column };
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d) {
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, column };
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const inRange = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return inRange(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? inRange(1, 0xa0) : b === 0xed ? inRange(1, 0x80, 0x9f) : inRange(1);
    return second && inRange(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? inRange(1, 0x90) : b === 0xf4 ? inRange(1, 0x80, 0x8f) : inRange(1);
    return second && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}
