// Everything the token pages show comes from @polder/tokens' build output: the token list with every theme's
// resolved values (json/tokens.json), the themes (json/themes.json) and, when present, the contrast report the
// build wrote. Nothing about a token is typed here.
import tokenList from '@polder/tokens/json/tokens.json';
import themeList from '@polder/tokens/json/themes.json';

export type Scheme = 'light' | 'dark';
export interface TokenValue {
  value: string | number;
  reference?: string;
}
export interface Token {
  name: string;
  cssVariable: string;
  type: string;
  tier: 'brand' | 'common' | 'component';
  description?: string;
  file: string;
  contrast?: { against: string; use: string }[];
  values: Record<string, Record<Scheme, TokenValue>>;
}
export interface ContrastResult {
  theme: string;
  scheme: Scheme;
  token: string;
  against: string;
  use: string;
  foreground: string;
  background: string;
  ratio: number;
  threshold: number;
  pass: boolean;
  enforced: boolean;
}

export const tokens = tokenList as Token[];
export const themes = themeList as { name: string; label: string; description?: string; default?: boolean }[];
export const defaultTheme = (themes.find((t) => t.default) ?? themes[0]).name;

// The contrast report is optional output: a glob finds it when it was built and is empty when not.
const reports = import.meta.glob<{ results: ContrastResult[]; thresholds: Record<string, number> }>(
  '../../../../packages/tokens/dist/contrast-report.json',
  { eager: true, import: 'default' },
);
const report = Object.values(reports)[0];
export const hasContrastReport = !!report;

export const byName = new Map(tokens.map((t) => [t.name, t]));

export function valueOf(token: Token, theme: string, scheme: Scheme): TokenValue | undefined {
  return token.values[theme]?.[scheme] ?? token.values[theme]?.light;
}

export const tokensWhere = (prefix: string, type?: string) =>
  tokens.filter((t) => t.name.startsWith(prefix) && (!type || t.type === type));

/** WCAG 2.x relative luminance contrast ratio of two sRGB hex colours (used only when no report was built). */
export function contrastRatio(a: string, b: string): number | undefined {
  const lum = (hex: string) => {
    const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
    if (!m) return undefined;
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const la = lum(a);
  const lb = lum(b);
  if (la === undefined || lb === undefined) return undefined;
  return Math.round(((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)) * 100) / 100;
}

const THRESHOLDS: Record<string, number> = { text: 4.5, 'large-text': 3, ui: 3, focus: 3, incidental: 0 };

/** The declared contrast pairs of a colour token in one theme and scheme, with their ratios. */
export function contrastOf(token: Token, theme: string, scheme: Scheme): ContrastResult[] {
  if (report) return report.results.filter((r) => r.token === token.name && r.theme === theme && r.scheme === scheme);
  return (token.contrast ?? []).flatMap((pair) => {
    const against = byName.get(pair.against);
    const fg = valueOf(token, theme, scheme)?.value;
    const bg = against && valueOf(against, theme, scheme)?.value;
    const ratio = typeof fg === 'string' && typeof bg === 'string' ? contrastRatio(fg, bg) : undefined;
    if (ratio === undefined) return [];
    const threshold = THRESHOLDS[pair.use] ?? 0;
    return [
      {
        theme,
        scheme,
        token: token.name,
        against: pair.against,
        use: pair.use,
        foreground: String(fg),
        background: String(bg),
        ratio,
        threshold,
        pass: ratio >= threshold,
        enforced: threshold > 0,
      },
    ];
  });
}
