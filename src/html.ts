/**
 * The job summary is HTML: error text, a function's own error payload or an alarm's reason must not become markup
 * there.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
