import { AdoptingElement } from '../light-element/adopting-element.js';

/**
 * Base of Polder's form elements (the button and every form field, through `Field`).
 *
 * They render native elements into their own light DOM, not a shadow root: only then does a control have a
 * form owner, so forms submit, validate, reset, autofill and restore natively, also before and without
 * JavaScript. Everything else comes from `AdoptingElement`: render with Lit, adopt markup that is already
 * there, keep native controls in `NativeControl`s.
 */
export abstract class FormElement extends AdoptingElement {}
