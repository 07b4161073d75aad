/** The human-readable report of `polder-theme bridge` and `create`. */
const cell = (value) =>
  value === undefined || value === null || value === '' ? '' : `\`${String(value).replaceAll('|', '\\|')}\``;
const SOURCE = {
  basis: 'basis token',
  utrecht: 'Utrecht token',
  override: 'override file',
  derived: 'derived',
  generated: 'generated',
  polder: 'Polder default',
};

export function reportMarkdown(report) {
  const lines = [`# Theme "${report.label}" (${report.theme}): ${report.command} report`, ''];
  lines.push(report.ok ? '**Result: the theme passes.**' : '**Result: the theme fails.**', '');
  if (report.errors.length) lines.push('## Errors', '', ...report.errors.map((e) => `- ${e}`), '');
  if (report.input) {
    lines.push(
      '## Input',
      '',
      `- source: ${report.input.source}`,
      `- theme rule: \`${report.input.selector}\` with ${report.input.properties} custom properties (${report.input.knownProperties} basis or Utrecht)`,
    );
    if (report.input.darkSelector) lines.push(`- dark scheme: \`${report.input.darkSelector}\``);
    else lines.push('- dark scheme: none in the theme; derived from its palette');
    if (report.input.override) lines.push(`- override file: ${report.input.override}`);
    lines.push('');
  }
  if (report.coverage)
    lines.push(
      '## Coverage',
      '',
      `${report.coverage.filled} of the ${report.coverage.own} common tokens that hold a value of their own (${Math.round((100 * report.coverage.filled) / report.coverage.own)} %) come from the theme; ${report.coverage.aliases} more name another common token and follow it. Of all ${report.coverage.total}, ${report.coverage.derived} follow from the theme's values (a reference, or the palette made from its colours); the rest keep Polder's value.` +
        (report.coverageDark
          ? ` Dark scheme: ${report.coverageDark.filled} of ${report.coverageDark.total} colour tokens.`
          : ''),
      '',
    );
  if (report.generated) {
    lines.push('## Generated palette', '', '| scale | from | hue | chroma | note |', '|---|---|---:|---:|---|');
    for (const [scale, g] of Object.entries(report.generated))
      lines.push(`| ${scale} | ${cell(g.from)} | ${g.hue} | ${g.chroma} | ${g.note ?? ''} |`);
    lines.push('');
  }
  if (report.brand && Object.keys(report.brand).length) {
    lines.push('## Brand scales', '', '| scale | derived from | colour | hue | chroma |', '|---|---|---|---:|---:|');
    for (const [scale, b] of Object.entries(report.brand))
      lines.push(`| ${scale} | \`${b.from}\` | ${cell(b.color)} | ${b.hue} | ${b.chroma} |`);
    lines.push('');
  }
  if (report.contrast) {
    lines.push('## Contrast', '', '| scheme | pairs | passed | failed | lowest text | lowest UI | lowest focus |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const [scheme, s] of Object.entries(report.contrast.summary))
      lines.push(
        `| ${scheme} | ${s.pairs} | ${s.passed} | ${s.failed} | ${s.lowest.text?.ratio ?? '—'} | ${s.lowest.ui?.ratio ?? '—'} | ${s.lowest.focus?.ratio ?? '—'} |`,
      );
    lines.push('');
    if (report.contrast.failing.length) {
      lines.push(
        'Failing pairs:',
        '',
        '| token | against | scheme | colours | ratio | minimum |',
        '|---|---|---|---|---:|---:|',
      );
      for (const r of report.contrast.failing)
        lines.push(
          `| \`${r.token}\` | \`${r.against}\` | ${r.scheme} | ${r.foreground} on ${r.background} | ${r.ratio}:1 | ${r.threshold}:1 |`,
        );
      lines.push('');
    }
  }
  if (report.warnings.length) lines.push('## Warnings', '', ...report.warnings.map((w) => `- ${w}`), '');
  if (report.tokens) {
    lines.push(
      '## Tokens',
      '',
      '| Polder token | source | from | raw | value | dark | rejected |',
      '|---|---|---|---|---|---|---|',
    );
    for (const t of report.tokens)
      lines.push(
        `| \`${t.token}\` | ${SOURCE[t.source] ?? t.source} | ${cell(t.from ?? t.derivedFrom)} | ${cell(t.raw)} | ${cell(t.value ?? t.resolved?.light)} | ${cell(t.dark?.value ?? t.resolved?.dark)} | ${t.rejected
          .map((r) => `${r.from}: ${r.reason}`.replaceAll('|', '\\|'))
          .join('<br>')} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}
