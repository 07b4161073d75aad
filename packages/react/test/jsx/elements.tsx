// Type-checked by react.test.mjs: the React 19 JSX typings of @polder/components.
import type {} from '@polder/components/react-jsx';

export const button = (
  <polder-button variant="secondary" type="reset" disabled class="x">
    Wissen
  </polder-button>
);
export const field = <polder-text-field label="Naam" name="naam" required hint="Zoals in uw paspoort" />;
export const group = (
  <polder-radio-group label="Kleur" name="kleur" orientation="inline">
    <polder-radio value="rood" label="Rood" />
  </polder-radio-group>
);
// @ts-expect-error disabled is a boolean
export const wrongType = <polder-button disabled="soms">x</polder-button>;
