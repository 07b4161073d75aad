/**
 * Errors of the token build. Every problem names the source file and the token path, so the
 * message alone tells an author where to look.
 */
export class TokenError extends Error {
  /**
   * @param {string} code one of the CODES below
   * @param {string} file source file, relative to the folder above the token folder
   * @param {string} path token path, e.g. polder.color.action.bg-default ('' for a whole file)
   * @param {string} detail what is wrong
   */
  constructor(code, file, path, detail) {
    super(`${file}${path ? `: ${path}` : ''}: ${detail}`);
    this.name = 'TokenError';
    this.code = code;
    this.file = file;
    this.path = path;
    this.detail = detail;
  }
}

export const CODES = Object.freeze({
  json: 'TOKEN_JSON', // file is not valid JSON
  name: 'TOKEN_NAME', // a name breaks the naming rules
  reference: 'TOKEN_REFERENCE', // a reference to a token that does not exist
  cycle: 'TOKEN_CYCLE', // references that go round in a circle
  type: 'TOKEN_TYPE', // $type missing, unknown or not matching the value
  value: 'TOKEN_VALUE', // a value that does not parse
  structure: 'TOKEN_STRUCTURE', // theme list, layers, overrides
  contrast: 'TOKEN_CONTRAST', // a declared pair misses its WCAG threshold
});

/** Thrown once per build with every problem found, so authors can fix them in one go. */
export class TokenBuildError extends Error {
  /** @param {TokenError[]} errors */
  constructor(errors) {
    const unique = [...new Map(errors.map((e) => [e.message, e])).values()];
    super(
      `The token build found ${unique.length} problem${unique.length === 1 ? '' : 's'}:\n` +
        unique.map((e) => `  - [${e.code}] ${e.message}`).join('\n'),
    );
    this.name = 'TokenBuildError';
    this.errors = unique;
  }
}

/** Collects errors; `check()` throws them all at once. */
export class ErrorList {
  constructor() {
    /** @type {TokenError[]} */
    this.errors = [];
  }
  add(code, file, path, detail) {
    this.errors.push(new TokenError(code, file, path, detail));
  }
  check() {
    if (this.errors.length) throw new TokenBuildError(this.errors);
  }
}
