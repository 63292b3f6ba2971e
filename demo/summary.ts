// The job summary is HTML for GitHub's page; in a terminal it reads as text, its tables as aligned columns.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const plain = (html: string): string => decode(html.replace(/<[^>]*>/g, '')).trim();

function table(html: string): string {
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
    [...row!.matchAll(/<(th|td)[^>]*>(.*?)<\/\1>/gs)].map(([, , cell]) => plain(cell!)),
  );
  const widths = rows.reduce<number[]>((most, row) => row.map((cell, i) => Math.max(most[i] ?? 0, [...cell].length)), []);
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** The summary @actions/core writes (headings, tables, code blocks, breaks, inline code) as terminal text. */
export function summaryText(html: string): string {
  const blocks: string[] = [];
  const parts = html.split(/(<h\d>.*?<\/h\d>|<table>.*?<\/table>|<pre[^>]*>.*?<\/pre>)/s);
  for (const part of parts) {
    if (/^<h\d>/.test(part)) {
      const title = plain(part);
      blocks.push(`${title}\n${'='.repeat([...title].length)}`);
    } else if (part.startsWith('<table>')) {
      blocks.push(table(part));
    } else if (part.startsWith('<pre')) {
      blocks.push(
        plain(part.replace(/<br\s*\/?>/g, '\n'))
          .split('\n')
          .map((row) => `    ${row}`)
          .join('\n'),
      );
    } else {
      const text = plain(part.replace(/<br\s*\/?>/g, '\n'));
      if (text !== '') blocks.push(text);
    }
  }
  return blocks.join('\n\n');
}
