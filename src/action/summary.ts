// The job summary: the comment's Markdown, kept under GitHub's 1 MiB limit for a step's summary.
const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Renders with the largest `maxLength` (in characters) whose UTF-8 size fits the summary
 * limit; non-ASCII text takes up to three bytes a character, so shrink until it fits.
 */
export function fitSummary(render: (maxLength: number) => string): string {
  let maxLength = SUMMARY_LIMIT_BYTES;
  for (;;) {
    const text = render(maxLength);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= SUMMARY_LIMIT_BYTES) return text;
    maxLength = Math.floor((maxLength * SUMMARY_LIMIT_BYTES) / bytes) - 1024;
  }
}
