// The part of the GitHub Actions runner protocol this action speaks: inputs from INPUT_*
// variables, outputs and the job summary through the files the runner names, annotations and log
// levels as `::command::` lines on stdout.
//
// Why not @actions/core: version 3 loads an HTTP client (undici) at import for OIDC tokens this
// action never asks for, which alone costs about 60 ms at every start on our benchmark machine,
// the whole start-up budget. These few functions write what @actions/core writes; a test runs
// both side by side and compares.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** `INPUT_<NAME>` as the runner sets it (spaces become `_`, upper case), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Appends `name<<DELIMITER` ... to $GITHUB_OUTPUT (the file command; no stdout fallback needed). */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    // Outside a runner there is nowhere to put an output; the log shows it instead.
    info(`output ${name}=${value}`);
    return;
  }
  // Unpredictability is not what keeps an output from forging another: the check below refuses a
  // value that contains the delimiter. (node:crypto would cost a few ms at every start.)
  const delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`an output may not contain the delimiter ${delimiter}`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY); false when there is none. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, 'utf8');
  return true;
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  command('debug', {}, message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  command('notice', properties, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  command('warning', properties, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  command('error', properties, message);
}

/** Fails the step: an error line, and exit code 1 when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** `::name key=value,...::message`, with the runner's escaping of data and properties. */
function command(name: string, properties: AnnotationProperties, message: string): void {
  const pairs: [string, string | number | undefined][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['col', properties.startColumn],
  ];
  const props = pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
