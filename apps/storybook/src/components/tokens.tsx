// The token pages' building blocks. Each shows the tokens of one theme and colour scheme, chosen on the page;
// values, references, descriptions and contrast ratios all come from the built token JSON (token-data.ts).
import { useContext, useId, useState, type CSSProperties, type ReactNode } from 'react';
import { DocsContext } from '@storybook/addon-docs/blocks';
import {
  byName,
  contrastOf,
  defaultTheme,
  hasContrastReport,
  themes,
  tokens,
  tokensWhere,
  valueOf,
  type Scheme,
  type Token,
} from './token-data.js';

interface Choice {
  theme: string;
  scheme: Scheme;
}

const short = (name: string) => name.replace(/^polder\./, '');
const cssVar = (t: Token) => <code>{t.cssVariable}</code>;

function Picker({ choice, onChange }: { choice: Choice; onChange: (c: Choice) => void }) {
  const id = useId();
  return (
    <form className="polder-token-picker" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select
          id={`${id}-theme`}
          value={choice.theme}
          onChange={(e) => onChange({ ...choice, theme: e.currentTarget.value })}
        >
          {themes.map((t) => (
            <option key={t.name} value={t.name}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Colour scheme</legend>
        {(['light', 'dark'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-scheme`}
              value={s}
              checked={choice.scheme === s}
              onChange={() => onChange({ ...choice, scheme: s })}
            />{' '}
            {s === 'light' ? 'Light' : 'Dark'}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

/** The toolbar's theme and colour scheme: the page starts with them and follows them until the reader picks. */
function useToolbarChoice(): Choice {
  const context = useContext(DocsContext) as unknown as {
    store?: { userGlobals?: { get(): Record<string, unknown> } };
  };
  const globals = context?.store?.userGlobals?.get() ?? {};
  const theme = themes.some((t) => t.name === globals.theme) ? String(globals.theme) : defaultTheme;
  return { theme, scheme: globals.scheme === 'dark' ? 'dark' : 'light' };
}

/** A page section with its own theme and scheme picker. */
function WithChoice({ children, schemes = true }: { children: (c: Choice) => ReactNode; schemes?: boolean }) {
  const toolbar = useToolbarChoice();
  const [picked, setChoice] = useState<Choice | undefined>(undefined);
  const choice = picked ?? toolbar;
  const theme = themes.find((t) => t.name === choice.theme);
  return (
    <>
      <Picker choice={choice} onChange={setChoice} />
      <p className="polder-token-note">
        {theme?.label}: {theme?.description} {schemes ? `${choice.scheme === 'dark' ? 'Dark' : 'Light'} scheme.` : ''}
      </p>
      {children(choice)}
    </>
  );
}

const v = (t: Token | undefined, c: Choice) => (t ? String(valueOf(t, c.theme, c.scheme)?.value ?? '') : '');
const page = (c: Choice) => v(byName.get('polder.color.default.bg-default'), c) || '#fff';
const ink = (c: Choice) => v(byName.get('polder.color.default.color-default'), c) || '#000';

/** A framed sample on the theme's own page background. */
function Sample({ c, children, style }: { c: Choice; children: ReactNode; style?: CSSProperties }) {
  return (
    <div className="polder-token-sample" style={{ background: page(c), color: ink(c), ...style }}>
      {children}
    </div>
  );
}

function Swatch({ color }: { color: string }) {
  return <span className="polder-token-swatch" aria-hidden="true" style={{ background: color }} />;
}

function Reference({ t, c }: { t: Token; c: Choice }) {
  const ref = valueOf(t, c.theme, c.scheme)?.reference;
  return ref ? <code>{`{${ref}}`}</code> : <span>literal</span>;
}

function ContrastList({ t, c }: { t: Token; c: Choice }) {
  const results = contrastOf(t, c.theme, c.scheme);
  if (!results.length) return <span className="polder-token-muted">no pair declared</span>;
  return (
    <ul className="polder-token-contrast">
      {results.map((r) => (
        <li key={r.against}>
          <strong>{r.ratio.toFixed(2)}:1</strong> on <code>{short(r.against)}</code>{' '}
          {r.enforced ? (
            <span>
              ({r.use}, needs {r.threshold}:1) {r.pass ? '✓ passes' : '✗ FAILS'}
            </span>
          ) : (
            <span>({r.use}: reported, not required)</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function ColourTable({ caption, list, c }: { caption: string; list: Token[]; c: Choice }) {
  return (
    <table className="polder-token-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Value</th>
          <th scope="col">Contrast (WCAG 2.2)</th>
        </tr>
      </thead>
      <tbody>
        {list.map((t) => (
          <tr key={t.name}>
            <th scope="row">
              {cssVar(t)}
              {t.description ? <div className="polder-token-muted">{t.description}</div> : null}
            </th>
            <td>
              <Swatch color={v(t, c)} /> <code>{v(t, c)}</code>
              <div className="polder-token-muted">
                <Reference t={t} c={c} />
              </div>
            </td>
            <td>
              <ContrastList t={t} c={c} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const group = (list: Token[], depth: number) => {
  const out = new Map<string, Token[]>();
  for (const t of list) {
    const parts = t.name.split('.');
    // A token directly under the group (brand white and black) joins its siblings instead of a group of one.
    const key = parts.slice(0, parts.length > depth ? depth : depth - 1).join('.');
    out.set(key, [...(out.get(key) ?? []), t]);
  }
  return out;
};

/** Brand scales as swatch strips, then every common colour purpose with contrast ratios. */
export function ColourTokens() {
  return (
    <WithChoice>
      {(c) => (
        <>
          <h2>Brand palette</h2>
          <p>The agency&apos;s scales. Components never use these directly; the common tokens below point at them.</p>
          {[...group(tokensWhere('polder.brand.color.', 'color'), 4)].map(([scale, list]) => (
            <div key={scale} className="polder-token-scale">
              <h3>{short(scale)}</h3>
              <ul>
                {list.map((t) => (
                  <li key={t.name}>
                    <Swatch color={v(t, c)} />
                    <span>{t.name.split('.').pop()}</span>
                    <code>{v(t, c)}</code>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <h2>Colour purposes</h2>
          <p>
            What a colour is for. Each purpose has the same slots; contrast pairs are declared in the tokens and checked
            by the build in every theme and scheme
            {hasContrastReport ? ' (ratios from the contrast report).' : ' (ratios computed from the values).'}
          </p>
          {[...group(tokensWhere('polder.color.', 'color'), 3)].map(([purpose, list]) => (
            <ColourTable key={purpose} caption={short(purpose)} list={list} c={c} />
          ))}
          <h2>Other common colours</h2>
          <ColourTable
            caption="Focus, form control and form field"
            list={tokens.filter(
              (t) => t.tier === 'common' && t.type === 'color' && !t.name.startsWith('polder.color.'),
            )}
            c={c}
          />
        </>
      )}
    </WithChoice>
  );
}

/** Every component's colour tokens, per component. */
export function ComponentColourTokens() {
  return (
    <WithChoice>
      {(c) =>
        [
          ...group(
            tokens.filter((t) => t.tier === 'component' && t.type === 'color'),
            2,
          ),
        ].map(([component, list]) => <ColourTable key={component} caption={short(component)} list={list} c={c} />)
      }
    </WithChoice>
  );
}

function ValueTable({
  caption,
  list,
  c,
  sample,
}: {
  caption: string;
  list: Token[];
  c: Choice;
  sample: (t: Token) => ReactNode;
}) {
  return (
    <table className="polder-token-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Value</th>
          <th scope="col">Sample</th>
        </tr>
      </thead>
      <tbody>
        {list.map((t) => (
          <tr key={t.name}>
            <th scope="row">
              {cssVar(t)}
              {t.description ? <div className="polder-token-muted">{t.description}</div> : null}
            </th>
            <td>
              <code>{v(t, c)}</code>
              <div className="polder-token-muted">
                <Reference t={t} c={c} />
              </div>
            </td>
            <td>{sample(t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const family = (c: Choice) => v(byName.get('polder.text.font-family'), c);

/** Font families, weights, the type scale and line heights. */
export function Typography() {
  return (
    <WithChoice schemes={false}>
      {(c) => (
        <>
          <ValueTable
            caption="Font families"
            list={tokensWhere('polder.text.font-family')}
            c={c}
            sample={(t) => <span style={{ fontFamily: v(t, c) }}>Aanvraag parkeervergunning 0123456789</span>}
          />
          <ValueTable
            caption="Type scale"
            list={tokensWhere('polder.text.font-size.')}
            c={c}
            sample={(t) => (
              <span style={{ fontFamily: family(c), fontSize: v(t, c), lineHeight: 1.2 }}>Parkeervergunning</span>
            )}
          />
          <ValueTable
            caption="Font weights"
            list={tokensWhere('polder.text.font-weight.')}
            c={c}
            sample={(t) => (
              <span style={{ fontFamily: family(c), fontWeight: Number(v(t, c)) }}>Parkeervergunning</span>
            )}
          />
          <ValueTable
            caption="Line heights"
            list={tokensWhere('polder.text.line-height.')}
            c={c}
            sample={(t) => (
              <p className="polder-token-lines" style={{ fontFamily: family(c), lineHeight: v(t, c) }}>
                U kunt een parkeervergunning aanvragen als u in de gemeente woont en een auto op uw naam heeft.
              </p>
            )}
          />
        </>
      )}
    </WithChoice>
  );
}

/** Space, sizes and the pointer target. */
export function Spacing() {
  const accent = (c: Choice) => v(byName.get('polder.color.action.bg-default'), c) || '#234da0';
  const bar = (t: Token, c: Choice, vertical = false) => (
    <span
      className="polder-token-bar"
      aria-hidden="true"
      style={{
        background: accent(c),
        ...(vertical ? { blockSize: v(t, c), inlineSize: '1rem' } : { inlineSize: v(t, c) }),
      }}
    />
  );
  return (
    <WithChoice schemes={false}>
      {(c) => (
        <>
          {['inline', 'block', 'row', 'column'].map((axis) => (
            <ValueTable
              key={axis}
              caption={`Space: ${axis}`}
              list={tokensWhere(`polder.space.${axis}.`)}
              c={c}
              sample={(t) => bar(t, c, axis === 'block' || axis === 'row')}
            />
          ))}
          <ValueTable
            caption="Sizes"
            list={[...tokensWhere('polder.size.'), ...tokensWhere('polder.pointer-target.')]}
            c={c}
            sample={(t) =>
              /icon|pointer/.test(t.name) ? bar(t, c, true) : <span className="polder-token-muted">{v(t, c)}</span>
            }
          />
        </>
      )}
    </WithChoice>
  );
}

/** Border radii and widths. */
export function Borders() {
  return (
    <WithChoice>
      {(c) => {
        const border = v(byName.get('polder.color.default.border-default'), c);
        return (
          <>
            <ValueTable
              caption="Border radius"
              list={tokensWhere('polder.border.radius.')}
              c={c}
              sample={(t) => (
                <Sample c={c} style={{ padding: 8 }}>
                  <span className="polder-token-box" style={{ borderRadius: v(t, c), border: `2px solid ${border}` }} />
                </Sample>
              )}
            />
            <ValueTable
              caption="Border width"
              list={tokensWhere('polder.border.width.')}
              c={c}
              sample={(t) => (
                <Sample c={c} style={{ padding: 8 }}>
                  <span className="polder-token-box" style={{ border: `${v(t, c)} solid ${border}` }} />
                </Sample>
              )}
            />
          </>
        );
      }}
    </WithChoice>
  );
}

/** The focus style, drawn from its tokens on the theme's page, a surface and a filled button. */
export function Focus() {
  return (
    <WithChoice>
      {(c) => {
        const f = (n: string) => v(byName.get(`polder.focus.${n}`), c);
        const ring: CSSProperties = {
          outline: `${f('outline-width')} ${f('outline-style')} ${f('outline-color')}`,
          outlineOffset: f('outline-offset'),
          // As the components draw it: the outline, and the inverse colour filling the offset gap.
          boxShadow: `0 0 0 ${f('outline-offset')} ${f('inverse-color')}`,
        };
        const action = (n: string) => v(byName.get(`polder.color.action.${n}`), c);
        return (
          <>
            <Sample c={c}>
              <div className="polder-token-focus-row">
                <span
                  className="polder-token-focus-target"
                  style={{ ...ring, border: `1px solid ${v(byName.get('polder.color.default.border-default'), c)}` }}
                >
                  Text field
                </span>
                <span
                  className="polder-token-focus-target"
                  style={{ ...ring, background: action('bg-default'), color: action('inverse-color') }}
                >
                  Button
                </span>
                <span
                  className="polder-token-focus-target"
                  style={{ background: f('background-color'), color: f('color'), textDecoration: 'underline' }}
                >
                  Focused link
                </span>
              </div>
            </Sample>
            <ValueTable
              caption="Focus tokens"
              list={tokensWhere('polder.focus.')}
              c={c}
              sample={(t) => (t.type === 'color' ? <ContrastList t={t} c={c} /> : null)}
            />
          </>
        );
      }}
    </WithChoice>
  );
}
