// schemas/report.schema.json as a test helper: the problems ajv finds in a report, as readable
// lines (empty when it validates). Tests that produce a report pass it through here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// ajv 6 validates draft-07, the draft of the schema.
import Ajv from 'ajv';

const schemaPath = fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url));
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

export function reportSchemaErrors(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.dataPath || '(report)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}
